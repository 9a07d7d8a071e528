package dev.sharewell.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.app.Main;
import dev.sharewell.store.DatabaseSettings;
import dev.sharewell.testing.ChildJvm;
import dev.sharewell.testing.DigestPushSeed;
import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.Poll;
import dev.sharewell.testing.SlackRequests;
import dev.sharewell.testing.SlackTestApp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weekly push on the database Sharewell starts with, an H2 file in ./data: the real server, in
 * a JVM of its own, is SIGKILLed three times while it sends and started again each time. About two
 * minutes, most of it the dead instance's 30-second leases running out.
 */
class H2PushCrashTest {
  private static final int MEMBERS = 300;
  private static final int KILLS = 3;

  /** The dispatcher's sender threads: the most sends one instance has in flight when it dies. */
  private static final int SENDS_IN_FLIGHT = 8;

  private static final String SECRET = "crash-test-signing-secret";
  private static final Pattern LISTENING = Pattern.compile("listening on http://localhost:(\\d+)");
  private static final Pattern OUTBOX =
      Pattern.compile("^sharewell_deliveries\\{state=\"(planned|sending)\",?} ([0-9.eE+]+)$");

  @TempDir Path workDir;

  @Test
  void
      a_push_killed_three_times_delivers_every_digest_and_repeats_no_more_than_the_sends_in_flight()
          throws Exception {
    String url =
        DatabaseSettings.DEFAULT_URL.replace(
            "./data/sharewell", workDir.resolve("data").resolve("sharewell").toString());
    DigestPushSeed.seed(url, MEMBERS);
    List<Map<String, Integer>> atEachKill = new ArrayList<>();
    try (FakeSlack slack = new FakeSlack()) {
      Map<String, String> env = env(slack);
      ChildJvm server = ChildJvm.start(workDir, env, Main.class);
      try {
        int port = port(server);
        Http.Response ack =
            new SlackRequests(new Http(port), SECRET, slack).command("UADMIN", "digest now");
        assertThat(ack.status()).isEqualTo(200);
        for (int kill = 1; kill <= KILLS; kill++) {
          int before = MEMBERS * kill / (KILLS + 1);
          Poll.until(
              Duration.ofMinutes(2),
              "server " + kill + " delivers " + before + " digests",
              () -> slack.successfulPostsPerChannel().size() >= before);
          server.kill();
          atEachKill.add(slack.successfulPostsPerChannel());
          server = ChildJvm.start(workDir, env, Main.class);
          port = port(server);
        }
        int lastPort = port;
        Poll.until(
            Duration.ofMinutes(3),
            "every member has a digest and nothing is left to send",
            () -> slack.successfulPostsPerChannel().size() == MEMBERS && outboxEmpty(lastPort));
      } finally {
        server.close();
      }

      Map<String, Integer> atEnd = slack.successfulPostsPerChannel();
      atEachKill.add(atEnd);
      System.out.printf(
          "H2 push of %d killed %d times: delivered at each kill %s, sent twice by then %s%n",
          MEMBERS,
          KILLS,
          atEachKill.subList(0, KILLS).stream().map(Map::size).toList(),
          atEachKill.stream().map(H2PushCrashTest::duplicates).toList());
      for (int i = 0; i < MEMBERS; i++) {
        assertThat(atEnd.getOrDefault("U" + i, 0)).as("digests to U%d", i).isPositive();
      }
      // A resend can come after the next kill (its row waited for its lease), so the bound is
      // counted up to each kill: by the time of kill k+1, at most the sends in flight at k kills.
      for (int kill = 1; kill <= KILLS; kill++) {
        assertThat(duplicates(atEachKill.get(kill)))
            .as("digests sent twice by kill %d (or the end), after %d kills", kill + 1, kill)
            .isLessThanOrEqualTo(SENDS_IN_FLIGHT * kill);
      }
    }
  }

  private static Map<String, String> env(FakeSlack slack) {
    Map<String, String> env = new HashMap<>();
    env.put("PORT", "0");
    env.put("SLACK_BOT_TOKEN", "xoxb-crash-test");
    env.put("SLACK_SIGNING_SECRET", SECRET);
    env.put("SLACK_API_URL", slack.apiUrl());
    env.put("SHAREWELL_ADMINS", SlackTestApp.ADMIN_ID);
    // Fast enough that a kill lands among many sends, which is where forgotten commits show.
    env.put("SHAREWELL_SLACK_MESSAGES_PER_MINUTE", "60000");
    return env;
  }

  private static int port(ChildJvm server) throws InterruptedException {
    Matcher matcher =
        LISTENING.matcher(
            server.awaitLine(Duration.ofSeconds(60), line -> LISTENING.matcher(line).find()));
    assertThat(matcher.find()).isTrue();
    return Integer.parseInt(matcher.group(1));
  }

  /** Whether /metrics counts no planned and no sending digests. */
  private static boolean outboxEmpty(int port) {
    Http.Response metrics = new Http(port).get("/metrics");
    if (metrics.status() != 200) {
      return false;
    }
    int states = 0;
    for (String line : metrics.body().split("\n")) {
      Matcher matcher = OUTBOX.matcher(line);
      if (matcher.matches()) {
        if (Double.parseDouble(matcher.group(2)) != 0) {
          return false;
        }
        states++;
      }
    }
    return states == 2;
  }

  /** Digests beyond each member's first. */
  private static int duplicates(Map<String, Integer> postsPerMember) {
    return postsPerMember.values().stream().mapToInt(n -> n - 1).sum();
  }
}
