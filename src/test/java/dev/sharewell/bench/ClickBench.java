package dev.sharewell.bench;

import dev.sharewell.store.Database;
import dev.sharewell.store.DatabaseSettings;
import dev.sharewell.testing.DigestPushSeed;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Tracked-link redirects under load: {@code --links N} short links to one item, followed at a fixed
 * rate (open loop) by browsers of 50 kinds from the one address, so most clicks are repeats and
 * some are unique. Prints p50/p90/p99/max of the 302, then stops the server gracefully and checks
 * that the clicks written equal the redirects answered.
 *
 * <p>Arguments: {@code --rate R} (1000), {@code --seconds S} (30), {@code --warmup W} (5), {@code
 * --links N} (1000), {@code --postgres JDBC_URL}.
 */
public final class ClickBench {
  private static final String BROWSER =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
          + " Chrome/120.0.%d.0 Safari/537.36";

  public static void main(String[] args) throws Exception {
    Map<String, String> options = BenchOptions.parse(args);
    int rate = Integer.parseInt(options.getOrDefault("rate", "1000"));
    int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
    int links = Integer.parseInt(options.getOrDefault("links", "1000"));

    Path work = Files.createTempDirectory("sharewell-click-bench");
    String dbUrl = BenchDatabase.url(options, "clicks", work);
    System.out.printf("database: %s%n", BenchDatabase.engine(dbUrl));
    // One member, so the scheduler has no digests to plan while the clicks are measured; the links
    // are owned by nobody, as a forgotten member's are (which lets there be many of one item).
    DigestPushSeed.seed(dbUrl, 1);
    List<String> tokens = seedLinks(dbUrl, links);
    System.out.printf("seeded %d tracked links%n", tokens.size());

    Map<String, String> env = new HashMap<>();
    env.put("SHAREWELL_DB_URL", dbUrl);
    env.put("SHAREWELL_LINK_BASE_URL", "https://go.example.org");
    int answered;
    try (ServerProcess server =
        ServerProcess.start(env, work, ServerProcess.jvmOptions("-Xmx512m"))) {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      IntFunction<HttpRequest> click =
          n ->
              HttpRequest.newBuilder(
                      URI.create(
                          "http://127.0.0.1:"
                              + server.port
                              + "/r/"
                              + tokens.get(n % tokens.size())))
                  .header("User-Agent", String.format(BROWSER, n % 50))
                  .GET()
                  .build();
      System.out.printf("warm-up: %d s at %d/s%n", warmup, rate);
      OpenLoop.Outcome warm = OpenLoop.run(client, rate, warmup, 302, click);
      System.out.printf("measuring: %d s at %d/s%n", seconds, rate);
      OpenLoop.Outcome outcome = OpenLoop.run(client, rate, seconds, 302, click);
      Latencies latencies = outcome.latencies();
      System.out.printf(
          "requests=%d errors=%d p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.1f"
              + " achieved_rate=%.1f/s server_cpu_s=%.1f%n",
          outcome.sent(),
          outcome.errors(),
          latencies.percentile(50),
          latencies.percentile(90),
          latencies.percentile(99),
          latencies.max(),
          outcome.throughput(),
          server.cpuSeconds());
      answered = warm.millis().length + outcome.millis().length;
    }
    // Stopped with SIGTERM: the pending clicks were written on the way out.
    long written = written(dbUrl);
    System.out.printf(
        "redirects_answered=%d clicks_written=%d %s%n",
        answered, written, written == answered ? "EQUAL" : "MISMATCH");
    System.out.printf(
        "cores=%d java=%s%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    if (written != answered) {
      System.exit(1);
    }
  }

  /** {@code links} LinkedIn links to the one item, with a random token each. */
  private static List<String> seedLinks(String dbUrl, int links) throws Exception {
    SecureRandom random = new SecureRandom();
    List<String> tokens = new ArrayList<>();
    try (Database db =
        Database.open(new DatabaseSettings(dbUrl, Optional.empty(), Optional.empty()))) {
      db.jdbi()
          .useTransaction(
              handle -> {
                long item =
                    handle.select("SELECT MIN(id) FROM content_items").mapTo(Long.class).one();
                PreparedBatch batch =
                    handle.prepareBatch(
                        "INSERT INTO tracked_links (token, content_id, member_id, network,"
                            + " created_at) VALUES (:token, :item, NULL, 'LINKEDIN', :now)");
                for (int i = 0; i < links; i++) {
                  byte[] bytes = new byte[16];
                  random.nextBytes(bytes);
                  String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                  tokens.add(token);
                  batch.bind("token", token).bind("item", item).bind("now", Instant.now()).add();
                }
                batch.execute();
              });
    }
    shutdownH2(dbUrl);
    return tokens;
  }

  private static long written(String dbUrl) throws Exception {
    long total;
    try (Database db =
        Database.open(new DatabaseSettings(dbUrl, Optional.empty(), Optional.empty()))) {
      total =
          db.jdbi()
              .withHandle(
                  h ->
                      h.select("SELECT COALESCE(SUM(clicks), 0) FROM link_clicks")
                          .mapTo(Long.class)
                          .one());
    }
    shutdownH2(dbUrl);
    return total;
  }

  /** DB_CLOSE_DELAY=-1 keeps an H2 file open in this process; the server needs it. */
  private static void shutdownH2(String dbUrl) throws Exception {
    if (dbUrl.startsWith("jdbc:h2:")) {
      try (Connection connection = DriverManager.getConnection(dbUrl);
          Statement statement = connection.createStatement()) {
        statement.execute("SHUTDOWN");
      }
    }
  }
}
