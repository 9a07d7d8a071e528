package dev.sharewell.bench;

import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.SlackRequests;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slash-command acknowledgement latency: signed {@code /sharewell} commands sent at a fixed rate
 * (open loop: the next request does not wait for the previous answer) to the real jar, which talks
 * to a local fake Slack Web API. Prints p50/p90/p99/max and errors.
 *
 * <p>Arguments: rate per second (100), seconds (30), warm-up seconds (5).
 */
public final class SlackAckBench {
  private static final String SECRET = "bench-signing-secret";
  private static final List<String> COMMANDS =
      List.of("help", "list", "stats", "leaderboard", "join", "guidelines");

  public static void main(String[] args) throws Exception {
    int rate = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    try (FakeSlack slack = new FakeSlack();
        ServerProcess server =
            ServerProcess.start(
                Map.of(
                    "SLACK_BOT_TOKEN",
                    "xoxb-bench",
                    "SLACK_SIGNING_SECRET",
                    SECRET,
                    "SLACK_API_URL",
                    slack.apiUrl(),
                    "SHAREWELL_ADMINS",
                    "slack:UADMIN"))) {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      String url = "http://127.0.0.1:" + server.port + "/slack/events";
      System.out.printf("warm-up: %d s at %d/s%n", warmup, rate);
      run(client, url, slack, rate, warmup);
      System.out.printf("measuring: %d s at %d/s%n", seconds, rate);
      Result result = run(client, url, slack, rate, seconds);
      Latencies latencies =
          new Latencies(result.millis.stream().mapToDouble(Double::doubleValue).toArray());
      System.out.printf(
          "requests=%d errors=%d p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f achieved_rate=%.1f/s%n",
          latencies.count() + result.errors.get(),
          result.errors.get(),
          latencies.percentile(50),
          latencies.percentile(90),
          latencies.percentile(99),
          latencies.max(),
          latencies.count() / (double) seconds);
      System.out.printf(
          "cores=%d java=%s%n",
          Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }
  }

  private record Result(List<Double> millis, AtomicInteger errors) {}

  private static Result run(HttpClient client, String url, FakeSlack slack, int rate, int seconds)
      throws Exception {
    List<Double> millis = new CopyOnWriteArrayList<>();
    AtomicInteger errors = new AtomicInteger();
    List<CompletableFuture<?>> inFlight = new CopyOnWriteArrayList<>();
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    AtomicInteger sent = new AtomicInteger();
    int total = rate * seconds;
    long periodNanos = TimeUnit.SECONDS.toNanos(1) / rate;
    scheduler.scheduleAtFixedRate(
        () -> {
          int n = sent.getAndIncrement();
          if (n >= total) {
            return;
          }
          HttpRequest request =
              signedCommand(url, slack, "U" + (n % 500), COMMANDS.get(n % COMMANDS.size()), n);
          long start = System.nanoTime();
          inFlight.add(
              client
                  .sendAsync(request, HttpResponse.BodyHandlers.discarding())
                  .whenComplete(
                      (response, error) -> {
                        if (error != null || response.statusCode() != 200) {
                          errors.incrementAndGet();
                        } else {
                          millis.add((System.nanoTime() - start) / 1_000_000.0);
                        }
                      }));
        },
        0,
        periodNanos,
        TimeUnit.NANOSECONDS);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds + 30L);
    while (sent.get() < total && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(100);
    }
    scheduler.shutdownNow();
    CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
        .orTimeout(30, TimeUnit.SECONDS)
        .exceptionally(e -> null)
        .join();
    return new Result(millis, errors);
  }

  private static HttpRequest signedCommand(
      String url, FakeSlack slack, String user, String text, int n) {
    String body =
        "team_id="
            + FakeSlack.TEAM
            + "&user_id="
            + user
            + "&user_name="
            + user.toLowerCase()
            + "&command=%2Fsharewell&text="
            + URLEncoder.encode(text, StandardCharsets.UTF_8)
            + "&channel_id=C1&trigger_id=t"
            + n
            + "&response_url="
            + URLEncoder.encode(slack.responseUrl("r" + n), StandardCharsets.UTF_8);
    long now = Instant.now().getEpochSecond();
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-Slack-Request-Timestamp", Long.toString(now))
        .header("X-Slack-Signature", SlackRequests.signature(SECRET, now, body))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }
}
