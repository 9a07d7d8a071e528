package dev.sharewell.bench;

import dev.sharewell.testing.FakeSlack;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Slash-command acknowledgement latency: signed {@code /sharewell} commands sent at a fixed rate
 * (open loop: the next request does not wait for the previous answer) to the real jar, which talks
 * to a local fake Slack Web API. Prints p50/p90/p99/max and errors.
 *
 * <p>Arguments: rate per second (100), seconds (30), warm-up seconds (5).
 */
public final class SlackAckBench {
  private static final List<String> COMMANDS =
      List.of("help", "list", "stats", "leaderboard", "join", "guidelines");

  public static void main(String[] args) throws Exception {
    int rate = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    try (FakeSlack slack = new FakeSlack();
        ServerProcess server = ServerProcess.start(SignedSlack.env(slack))) {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      SignedSlack requests = new SignedSlack(server.port, slack);
      // Command n: one of six words from one of 500 people.
      IntFunction<HttpRequest> command =
          n -> requests.command("U" + (n % 500), COMMANDS.get(n % COMMANDS.size()), n);
      System.out.printf("warm-up: %d s at %d/s%n", warmup, rate);
      OpenLoop.run(client, rate, warmup, command);
      System.out.printf("measuring: %d s at %d/s%n", seconds, rate);
      OpenLoop.Outcome outcome = OpenLoop.run(client, rate, seconds, command);
      Latencies latencies = outcome.latencies();
      System.out.printf(
          "requests=%d errors=%d p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f achieved_rate=%.1f/s%n",
          outcome.sent(),
          outcome.errors(),
          latencies.percentile(50),
          latencies.percentile(90),
          latencies.percentile(99),
          latencies.max(),
          outcome.throughput());
      System.out.printf(
          "cores=%d java=%s%n",
          Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }
  }
}
