package dev.sharewell.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The Sharewell jar running as its own process in a scratch folder, for benchmarks. */
final class ServerProcess implements AutoCloseable {
  final int port;
  final Process process;
  final Path workDir;

  private ServerProcess(int port, Process process, Path workDir) {
    this.port = port;
    this.process = process;
    this.workDir = workDir;
  }

  /** Starts {@code target/sharewell.jar} with {@code env} and waits until /health answers 200. */
  static ServerProcess start(Map<String, String> env, String... jvmOptions) throws Exception {
    return start(env, Files.createTempDirectory("sharewell-bench"), jvmOptions);
  }

  /** Starts the jar in {@code workDir} (its ./data and log live there). */
  static ServerProcess start(Map<String, String> env, Path workDir, String... jvmOptions)
      throws Exception {
    Path jar = Path.of("target", "sharewell.jar").toAbsolutePath();
    if (!Files.exists(jar)) {
      throw new IllegalStateException("Build the jar first: mvn -q -DskipTests package");
    }
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    command.add("-jar");
    command.add(jar.toString());
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    builder.environment().putAll(env);
    builder.environment().put("PORT", Integer.toString(port));
    builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("server.log").toFile()));
    ServerProcess server = new ServerProcess(port, builder.start(), workDir);
    server.awaitHealthy(Duration.ofSeconds(60));
    return server;
  }

  /** {@code base}, and whatever the environment's BENCH_JVM_OPTS adds (a profiler, say). */
  static String[] jvmOptions(String... base) {
    List<String> options = new ArrayList<>(List.of(base));
    String extra = System.getenv("BENCH_JVM_OPTS");
    if (extra != null && !extra.isBlank()) {
      options.addAll(List.of(extra.trim().split("\\s+")));
    }
    return options.toArray(String[]::new);
  }

  void awaitHealthy(Duration limit) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "server exited:\n" + Files.readString(workDir.resolve("server.log")));
      }
      try {
        HttpResponse<String> health =
            client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
    throw new IllegalStateException("server did not become healthy in " + limit);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** CPU time the server has used so far (all its threads), in seconds; 0 when unknown. */
  double cpuSeconds() {
    return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
  }

  /** Ends the server at once, as a crash would (SIGKILL). */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** Stops the server with SIGTERM and waits for it. */
  @Override
  public void close() throws Exception {
    process.toHandle().destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
