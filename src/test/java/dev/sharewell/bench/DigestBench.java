package dev.sharewell.bench;

import dev.sharewell.testing.DigestPushSeed;
import dev.sharewell.testing.FakeSlack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The weekly push at scale: N opted-in members, one live item, "digest now", against a fake Slack
 * that allows {@code limit} messages a second and answers 429 + Retry-After beyond it. Prints the
 * makespan against the floor (N / limit), 429s, peak heap, and lost and duplicate digests. With
 * {@code --kill K} the server is SIGKILLed and restarted K times at random moments.
 *
 * <p>Arguments: {@code --members N} (10000), {@code --limit L} (200), {@code --kill K} (0), {@code
 * --seed S}.
 */
public final class DigestBench {
  private static final Pattern HEAP =
      Pattern.compile("^jvm_memory_used_bytes\\{area=\"heap\",[^}]*} ([0-9.eE+]+)$");

  public static void main(String[] args) throws Exception {
    Map<String, String> options = BenchOptions.parse(args);
    int members = Integer.parseInt(options.getOrDefault("members", "10000"));
    int limit = Integer.parseInt(options.getOrDefault("limit", "200"));
    int kills = Integer.parseInt(options.getOrDefault("kill", "0"));
    Random random = new Random(Long.parseLong(options.getOrDefault("seed", "42")));

    Path work = Files.createTempDirectory("sharewell-digest-bench");
    String dbUrl = BenchDatabase.url(options, "bench", work);
    System.out.printf("database: %s%n", BenchDatabase.engine(dbUrl));
    DigestPushSeed.seed(dbUrl, members);
    System.out.printf("seeded %d opted-in members and one live item%n", members);

    try (FakeSlack slack = new FakeSlack()) {
      slack.limitPosts(limit);
      slack.forgetCalls();
      Map<String, String> env = SignedSlack.env(slack);
      env.put("SHAREWELL_DB_URL", dbUrl);
      env.put("SHAREWELL_SLACK_MESSAGES_PER_MINUTE", Integer.toString(limit * 60));
      ServerProcess server = ServerProcess.start(env, work, ServerProcess.jvmOptions("-Xmx512m"));
      double serverCpu = 0;
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      AtomicLong peakHeap = new AtomicLong();
      double floor = members / (double) limit;
      List<Double> killAt = new ArrayList<>();
      for (int i = 0; i < kills; i++) {
        killAt.add(2 + random.nextDouble() * (floor - 2));
      }
      killAt.sort(Double::compare);
      try {
        long start = System.nanoTime();
        String ack = digestNow(client, server.port, slack);
        System.out.printf("digest now: %s%n", ack);
        int delivered = 0;
        long lastProgress = start;
        long deadline = start + TimeUnit.SECONDS.toNanos((long) (floor * 3 + 120L * (kills + 1)));
        while (System.nanoTime() < deadline) {
          TimeUnit.MILLISECONDS.sleep(250);
          sampleHeap(client, server.port).ifPresent(h -> peakHeap.accumulateAndGet(h, Math::max));
          int now = slack.successfulPostsPerChannel().size();
          if (now > delivered) {
            delivered = now;
            lastProgress = System.nanoTime();
          }
          if (delivered >= members) {
            break;
          }
          double elapsed = (System.nanoTime() - start) / 1e9;
          if (!killAt.isEmpty() && elapsed >= killAt.get(0)) {
            killAt.remove(0);
            System.out.printf("SIGKILL at %.1f s (%d delivered), restarting%n", elapsed, delivered);
            serverCpu += server.cpuSeconds();
            server.kill();
            server = ServerProcess.start(env, work, ServerProcess.jvmOptions("-Xmx512m"));
          }
        }
        report(slack, members, limit, (lastProgress - start) / 1e9, floor, peakHeap.get(), kills);
        serverCpu += server.cpuSeconds();
        System.out.printf("server_cpu_s=%.1f h2_file_mb=%s%n", serverCpu, h2FileMb(work));
      } finally {
        server.close();
      }
      System.out.printf("after a clean stop: h2_file_mb=%s%n", h2FileMb(work));
    }
  }

  /** The size of the H2 file in megabytes, or "-" on PostgreSQL. */
  private static String h2FileMb(Path work) throws java.io.IOException {
    Path file = work.resolve("data").resolve("sharewell.mv.db");
    return Files.exists(file) ? String.format("%.1f", Files.size(file) / 1048576.0) : "-";
  }

  private static void report(
      FakeSlack slack,
      int members,
      int limit,
      double makespan,
      double floor,
      long peakHeap,
      int kills) {
    Map<String, Integer> perMember = slack.successfulPostsPerChannel();
    long lost = 0;
    long duplicates = 0;
    for (int i = 0; i < members; i++) {
      int count = perMember.getOrDefault("U" + i, 0);
      lost += count == 0 ? 1 : 0;
      duplicates += Math.max(0, count - 1);
    }
    System.out.printf(
        "members=%d limit_per_s=%d kills=%d makespan_s=%.1f floor_s=%.1f ratio=%.3f 429s=%d peak_heap_mb=%.0f lost=%d duplicates=%d%n",
        members,
        limit,
        kills,
        makespan,
        floor,
        makespan / floor,
        slack.rateLimitedCount(),
        peakHeap / 1048576.0,
        lost,
        duplicates);
  }

  private static String digestNow(HttpClient client, int port, FakeSlack slack) throws Exception {
    HttpResponse<String> response =
        client.send(
            new SignedSlack(port, slack).command(SignedSlack.ADMIN, "digest now", 1),
            HttpResponse.BodyHandlers.ofString());
    return response.statusCode()
        + " "
        + (response.body().contains("Sending") ? "sending" : response.body());
  }

  private static Optional<Long> sampleHeap(HttpClient client, int port) {
    try {
      String metrics =
          client
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      long total = 0;
      for (String line : metrics.split("\n")) {
        Matcher matcher = HEAP.matcher(line);
        if (matcher.matches()) {
          total += (long) Double.parseDouble(matcher.group(1));
        }
      }
      return Optional.of(total);
    } catch (Exception e) {
      return Optional.empty();
    }
  }
}
