package dev.sharewell.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.testing.Http;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link Main} as its own process, as a user would. */
class MainProcessTest {
  private static final Pattern LISTENING = Pattern.compile("listening on http://localhost:(\\d+)");

  @TempDir Path workDir;

  private Process launch(Map<String, String> env, boolean mergeErrors) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                // The production logging setup, not the quiet one tests use.
                "-Dlogback.configurationFile=logback.xml",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName())
            .directory(workDir.toFile());
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
    return builder.redirectErrorStream(mergeErrors).start();
  }

  @Test
  void a_malformed_setting_stops_the_process_with_exit_code_2_and_one_line_naming_it()
      throws Exception {
    Process process = launch(Map.of("PORT", "abc"), false);

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<String> errors = lines(process.getErrorStream());
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).contains("PORT").contains("abc");
  }

  @Test
  void with_no_configuration_it_serves_health_from_an_h2_file_in_data_and_stops_on_sigterm()
      throws Exception {
    Process process = launch(Map.of("PORT", "0"), true);
    try {
      Output output = drain(process);
      int port = awaitPort(output.fresh());

      Http.Response health = new Http(port).get("/health");
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.json().get("slack").asText()).isEqualTo("disabled");
      assertThat(workDir.resolve("data").resolve("sharewell.mv.db")).exists();

      // SIGTERM through the handle: Process.destroy() would also close our end of its output.
      process.toHandle().destroy();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      output.reader().join(TimeUnit.SECONDS.toMillis(10));
      assertThat(String.join("\n", output.all()))
          .contains("Sharewell stopping", "Sharewell stopped");
    } finally {
      process.destroyForcibly();
    }
  }

  private static int awaitPort(BlockingQueue<String> output) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    StringBuilder seen = new StringBuilder();
    while (System.nanoTime() < deadline) {
      String line = output.poll(1, TimeUnit.SECONDS);
      if (line == null) {
        continue;
      }
      seen.append(line).append('\n');
      Matcher matcher = LISTENING.matcher(line);
      if (matcher.find()) {
        return Integer.parseInt(matcher.group(1));
      }
    }
    throw new AssertionError("the server did not say where it listens:\n" + seen);
  }

  /** The process's output: lines not yet looked at, every line, and the thread reading them. */
  private record Output(BlockingQueue<String> fresh, List<String> all, Thread reader) {}

  private static Output drain(Process process) {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    List<String> all = new CopyOnWriteArrayList<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines()
                    .forEach(
                        line -> {
                          all.add(line);
                          lines.add(line);
                        });
              } catch (IOException e) {
                lines.add("(output ended: " + e.getMessage() + ")");
              }
            });
    reader.setDaemon(true);
    reader.start();
    return new Output(lines, all, reader);
  }

  private static List<String> lines(java.io.InputStream stream) throws IOException {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      return in.lines().filter(l -> !l.isBlank()).toList();
    }
  }
}
