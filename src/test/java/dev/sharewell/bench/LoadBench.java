package dev.sharewell.bench;

import dev.sharewell.testing.FakeSlack;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * The server under rising load: signed {@code /sharewell} commands and share reports (the modal
 * submitted after "I shared it", half of them with a text, so the near-duplicate check runs) from
 * 500 members over 20 live items, sent open loop at each rate in turn to the real jar. Prints
 * throughput, p50/p99/max latency and the error rate per rate.
 *
 * <p>Options: {@code --rates 50,100,200,400}, {@code --seconds 30}, {@code --warmup 60} (seconds,
 * at {@code --warmup-rate 100}), {@code --members 500}, {@code --items 20}, {@code --postgres
 * JDBC_URL} (a new schema there; H2 file otherwise), {@code --seed 42}. BENCH_JVM_OPTS adds options
 * to the server's JVM (a flight recording, say).
 */
public final class LoadBench {
  private static final List<String> COMMANDS = List.of("help", "list", "stats", "leaderboard");
  private static final List<String> NETWORKS = List.of("linkedin", "x", "facebook", "instagram");
  private static final List<String> WORDS =
      List.of(
          "proud",
          "team",
          "shipped",
          "customers",
          "learned",
          "week",
          "launch",
          "colleagues",
          "really",
          "great",
          "work",
          "new",
          "today",
          "thanks",
          "open",
          "source",
          "data",
          "people",
          "future",
          "energy",
          "building",
          "together",
          "honest",
          "faster");

  public static void main(String[] args) throws Exception {
    Map<String, String> options = BenchOptions.parse(args);
    List<Integer> rates = new ArrayList<>();
    for (String rate : options.getOrDefault("rates", "50,100,200,400").split(",")) {
      rates.add(Integer.parseInt(rate.trim()));
    }
    int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "60"));
    int warmupRate = Integer.parseInt(options.getOrDefault("warmup-rate", "100"));
    int members = Integer.parseInt(options.getOrDefault("members", "500"));
    int items = Integer.parseInt(options.getOrDefault("items", "20"));
    long seed = Long.parseLong(options.getOrDefault("seed", "42"));

    Path work = Files.createTempDirectory("sharewell-load");
    String dbUrl = BenchDatabase.url(options, "load", work);
    try (FakeSlack slack = new FakeSlack()) {
      Map<String, String> env = SignedSlack.env(slack);
      env.put("SHAREWELL_DB_URL", dbUrl);
      try (ServerProcess server = ServerProcess.start(env, work, ServerProcess.jvmOptions())) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        SignedSlack slackRequests = new SignedSlack(server.port, slack);
        setUp(client, slackRequests, members, items);
        slack.forgetCalls();
        System.out.printf(
            "database=%s members=%d items=%d cores=%d java=%s seed=%d%n",
            BenchDatabase.engine(dbUrl),
            members,
            items,
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version"),
            seed);
        Random random = new Random(seed);
        IntFunction<HttpRequest> traffic =
            n -> request(slackRequests, n, members, items, random.nextLong());
        // A server runs for days: measure it after the JIT compiler has done its work, not while
        // it still takes a core of its own (it does for the first minute or so).
        OpenLoop.Outcome warm = OpenLoop.run(client, warmupRate, warmup, traffic);
        System.out.printf(
            "warm-up: %d s at %d/s, p99_ms=%.1f errors=%d%n",
            warmup, warmupRate, warm.latencies().percentile(99), warm.errors());
        slack.forgetCalls();
        for (int rate : rates) {
          OpenLoop.Outcome outcome = OpenLoop.run(client, rate, seconds, traffic);
          Latencies latencies = outcome.latencies();
          System.out.printf(
              "rate=%d/s seconds=%d sent=%d throughput=%.1f/s p50_ms=%.1f p99_ms=%.1f max_ms=%.1f"
                  + " errors=%d error_rate=%.2f%%%n",
              rate,
              seconds,
              outcome.sent(),
              outcome.throughput(),
              latencies.percentile(50),
              latencies.percentile(99),
              latencies.max(),
              outcome.errors(),
              outcome.errorRate() * 100);
          slack.forgetCalls();
        }
      }
    }
  }

  /** The admin and every member join; the admin adds the items (fresh ids 1..items). */
  private static void setUp(HttpClient client, SignedSlack slack, int members, int items)
      throws Exception {
    expectOk(client, slack.command(SignedSlack.ADMIN, "join", 0), "Welcome");
    for (int i = 1; i <= items; i++) {
      HttpRequest add =
          slack.submission(
              SignedSlack.ADMIN,
              "sharewell.add_content",
              "",
              Map.of(
                  "title", "Item " + i,
                  "url", "https://example.com/news/" + i,
                  "captions", "Look what we did in week " + i + "\nWe are proud of item " + i),
              Map.of());
      expectOk(client, add, "Added");
    }
    for (int m = 0; m < members; m++) {
      expectOk(client, slack.command(member(m), "join", m), "");
    }
    HttpRequest report =
        slack.submission(
            member(0), "sharewell.report_share", "1", Map.of(), Map.of("network", "linkedin"));
    expectOk(client, report, "Recorded");
  }

  private static void expectOk(HttpClient client, HttpRequest request, String expected)
      throws Exception {
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200 || !response.body().contains(expected)) {
      throw new IllegalStateException(
          "set-up failed: " + response.statusCode() + " " + response.body());
    }
  }

  /** Even n: a command; odd n: a share report, half of them with a text of the member's own. */
  private static HttpRequest request(SignedSlack slack, int n, int members, int items, long r) {
    Random random = new Random(r);
    String user = member(random.nextInt(members));
    if (n % 2 == 0) {
      return slack.command(user, COMMANDS.get(random.nextInt(COMMANDS.size())), n);
    }
    String item = Integer.toString(1 + random.nextInt(items));
    Map<String, String> texts = random.nextBoolean() ? Map.of("text", text(random)) : Map.of();
    return slack.submission(
        user,
        "sharewell.report_share",
        item,
        texts,
        Map.of("network", NETWORKS.get(random.nextInt(NETWORKS.size()))));
  }

  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 8 + random.nextInt(10); i++) {
      text.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
    }
    return text.toString();
  }

  private static String member(int m) {
    return "UM" + m;
  }
}
