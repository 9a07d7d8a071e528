package dev.sharewell.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A main class of this build running as its own process, on the test class path, in a folder of its
 * own: its output lines as they come, and a SIGKILL, as a crash would end it.
 */
public final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final BlockingQueue<String> fresh = new LinkedBlockingQueue<>();
  private final List<String> all = new CopyOnWriteArrayList<>();
  private final Thread reader;

  private ChildJvm(Process process) {
    this.process = process;
    this.reader = new Thread(this::read, "child-jvm-output-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Starts {@code mainClass} with {@code args} in {@code workDir}. The environment is this one
   * without Sharewell's, Slack's and Microsoft's variables, plus {@code env}; standard error is
   * merged into the output.
   */
  public static ChildJvm start(
      Path workDir, Map<String, String> env, Class<?> mainClass, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // The production logging setup, not the quiet one tests use.
    command.add("-Dlogback.configurationFile=logback.xml");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    builder
        .environment()
        .keySet()
        .removeIf(
            k ->
                k.startsWith("SHAREWELL_")
                    || k.startsWith("SLACK_")
                    || k.startsWith("MICROSOFT_")
                    || k.equals("PORT"));
    builder.environment().putAll(env);
    return new ChildJvm(builder.redirectErrorStream(true).start());
  }

  private void read() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      in.lines()
          .forEach(
              line -> {
                all.add(line);
                fresh.add(line);
              });
    } catch (IOException e) {
      all.add("(output ended: " + e.getMessage() + ")");
    }
  }

  /** The next output line not yet taken, waiting up to {@code limit}; null when none came. */
  public String nextLine(Duration limit) throws InterruptedException {
    return fresh.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Waits up to {@code limit} for an output line that {@code wanted} accepts, and returns it. */
  public String awaitLine(Duration limit, Predicate<String> wanted) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      String line = nextLine(Duration.ofMillis(200));
      if (line != null && wanted.test(line)) {
        return line;
      }
      if (line == null && !process.isAlive() && fresh.isEmpty()) {
        break;
      }
    }
    throw new AssertionError("the child process did not print the line awaited:\n" + output());
  }

  /** Every line so far, for failure messages. */
  public String output() {
    return String.join("\n", all);
  }

  /**
   * Ends the process at once with SIGKILL, as a crash would, waits until it is gone and its output
   * is read to the end, and returns the lines not taken yet.
   */
  public List<String> kill() throws InterruptedException {
    // Through the handle: Process.destroyForcibly() would also close our end of its output.
    process.toHandle().destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError("the child process did not end after SIGKILL");
    }
    reader.join(TimeUnit.SECONDS.toMillis(10));
    List<String> rest = new ArrayList<>();
    fresh.drainTo(rest);
    return rest;
  }

  public long pid() {
    return process.pid();
  }

  /** Stops the process with SIGTERM, and SIGKILL when it has not ended within 30 s. */
  @Override
  public void close() throws InterruptedException {
    process.toHandle().destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.toHandle().destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
