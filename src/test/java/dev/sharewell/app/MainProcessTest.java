package dev.sharewell.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.Poll;
import dev.sharewell.testing.SlackRequests;
import dev.sharewell.testing.SlackTestApp;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs {@link Main} as its own process, as a user would. */
class MainProcessTest {
  /** An orchestrator commonly waits 30 s after SIGTERM before it kills; this leaves a margin. */
  private static final Duration SIGTERM_LIMIT = Duration.ofSeconds(25);

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

  static List<Arguments> doorsLeftOpen() {
    return List.of(
        Arguments.of(
            Map.of(
                "SHAREWELL_TEAMS_LOCAL", "true",
                "MICROSOFT_APP_ID", "app",
                "MICROSOFT_APP_PASSWORD", "pw",
                "SHAREWELL_TEAMS_TENANTS", "tenant-1"),
            List.of("SHAREWELL_TEAMS_LOCAL", "MICROSOFT_APP_ID")),
        Arguments.of(
            Map.of("SHAREWELL_ADMINS", "slack:U0123"),
            List.of("SHAREWELL_ADMINS", "slack:<team-id>/U0123")),
        Arguments.of(
            Map.of("SHAREWELL_ADMINS", "teams:29:1abc"),
            List.of("SHAREWELL_ADMINS", "teams:<tenant-id>/29:1abc")),
        Arguments.of(
            Map.of("MICROSOFT_APP_ID", "app", "MICROSOFT_APP_PASSWORD", "pw"),
            List.of("SHAREWELL_TEAMS_TENANTS", "MultiTenant")));
  }

  @ParameterizedTest
  @MethodSource("doorsLeftOpen")
  void settings_that_would_leave_a_door_open_stop_the_start_with_exit_code_2_and_one_line(
      Map<String, String> env, List<String> named) throws Exception {
    Process process = launch(env, false);

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<String> errors = lines(process.getErrorStream());
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).contains(named);
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
      assertThat(health.json().get("teams").asText()).isEqualTo("disabled");
      assertThat(workDir.resolve("data").resolve("sharewell.mv.db")).exists();

      Duration took = terminate(process);
      System.out.printf(
          "SIGTERM with nothing in flight: the process ended in %d ms%n", took.toMillis());
      assertThat(took).isLessThan(SIGTERM_LIMIT);
      output.reader().join(TimeUnit.SECONDS.toMillis(10));
      assertThat(String.join("\n", output.all()))
          .contains("Sharewell stopping", "Sharewell stopped");
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void sigterm_while_slack_never_answers_sends_buttons_and_forms_ends_the_process_within_25_s()
      throws Exception {
    try (FakeSlack slack = new FakeSlack()) {
      slack.hang("chat.postMessage");
      slack.hang("views.open");
      slack.hang(FakeSlack.RESPONSE_URL);
      Process process =
          launch(
              Map.of(
                  "PORT",
                  "0",
                  "SLACK_BOT_TOKEN",
                  "xoxb-test-token",
                  "SLACK_SIGNING_SECRET",
                  SlackTestApp.SECRET,
                  "SLACK_API_URL",
                  slack.apiUrl(),
                  "SHAREWELL_ADMINS",
                  SlackTestApp.ADMIN_ID),
              true);
      try {
        Output output = drain(process);
        SlackRequests requests =
            new SlackRequests(new Http(awaitPort(output.fresh())), SlackTestApp.SECRET, slack);
        requests.command(SlackTestApp.ADMIN, "join");
        requests.submit(
            SlackTestApp.ADMIN,
            "sharewell.add_content",
            "",
            Map.of("title", "Launch", "url", "https://example.com/launch"));
        // A batch of 50 digests at 8 at a time, each given up after 5 s: a tick of over 30 s.
        for (int i = 0; i < 60; i++) {
          requests.command("UMEMBER" + i, "join");
        }
        // Sends stuck on chat.postMessage, buttons on their response url, forms on views.open.
        requests.command(SlackTestApp.ADMIN, "digest now");
        for (int i = 0; i < 20; i++) {
          requests.click("UNEW" + i, "sharewell.join", "");
          requests.command("UMEMBER" + (i % 10), "settings");
        }
        try {
          Poll.until(
              Duration.ofSeconds(30),
              "digests (sent on the next tick), button answers and forms are stuck in Slack",
              () ->
                  !slack.postsTo("UMEMBER0").isEmpty()
                      && slack.responseAttempts() > 0
                      && !slack.calls("views.open").isEmpty());
        } catch (AssertionError e) {
          throw new AssertionError(
              e.getMessage() + ", calls: " + slack.calls() + "\n" + String.join("\n", output.all()),
              e);
        }

        Duration took = terminate(process);
        System.out.printf(
            "SIGTERM with sends, buttons and forms stuck in Slack: the process ended in %d ms%n",
            took.toMillis());
        assertThat(took).isLessThan(SIGTERM_LIMIT);
        output.reader().join(TimeUnit.SECONDS.toMillis(10));
        String log = String.join("\n", output.all());
        assertThat(log).contains("Sharewell stopping", "Sharewell stopped in");
        assertThat(log).doesNotContain("ERROR", "Exception in thread", "\tat ");
      } finally {
        process.destroyForcibly();
      }
    }
  }

  /** SIGTERM, through the handle: Process.destroy() would also close our end of its output. */
  private static Duration terminate(Process process) throws InterruptedException {
    long start = System.nanoTime();
    process.toHandle().destroy();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("ended at all").isTrue();
    return Duration.ofNanos(System.nanoTime() - start);
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
