package dev.sharewell.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.Poll;
import dev.sharewell.testing.SlackTestApp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slack answers the first digest of one workspace with 429 and Retry-After: 120 while two instances
 * share one PostgreSQL database. The workspace pauses on both instances, its claimed digests go
 * back to the queue for the end of the pause instead of waiting in a sleeping thread, the other
 * workspace's digests and the weekly leaderboard go out meanwhile, and after the pause every digest
 * arrives once.
 */
@EnabledIfEnvironmentVariable(named = DbEngine.POSTGRES_URL_VARIABLE, matches = ".+")
class SlackRetryAfterTest {
  private static final String OTHER_TEAM = "T0002";
  private static final List<String> PAUSED = List.of("UA1", "UA2", "UA3", "UA4");
  private static final List<String> OTHERS = List.of("UB1", "UB2");

  /** Digests and the leaderboard are due Monday 09:00 in Copenhagen, 08:00 UTC, all at once. */
  private static final Map<String, String> SETTINGS =
      Map.of(
          "SHAREWELL_DIGEST_SPREAD", "0m",
          "SHAREWELL_LEADERBOARD_CHANNEL", "CBOARD",
          "SHAREWELL_LEADERBOARD_SCHEDULE", "MON 09:00");

  private static final Instant DUE = Instant.parse("2026-11-23T08:00:00Z");

  /** The instance whose scheduler plans and sends. */
  @RegisterExtension
  @Order(1)
  final SlackTestApp a =
      SlackTestApp.extension()
          .on(DbEngine.POSTGRES)
          .withEnv(SETTINGS)
          .ticking(Duration.ofMillis(50));

  /** A second instance of the same deployment, without a scheduler; closed before {@link #a}. */
  @RegisterExtension
  @Order(2)
  final SlackTestApp b = SlackTestApp.extension().sharing(a).withEnv(SETTINGS);

  @Test
  void a_retry_after_of_two_minutes_pauses_one_workspace_everywhere_and_holds_up_nothing_else() {

    a.clock.set(DUE.minus(Duration.ofHours(1)));
    PAUSED.forEach(user -> a.requests.command(user, "join"));
    OTHERS.forEach(user -> b.requests.commandIn(OTHER_TEAM, user, "join"));
    a.addContent("Launch", "https://example.com/launch");
    a.slack.tooManyRequests("UA1", 120, 1);

    // Instance a's scheduler plans and sends at 09:00; UA1's digest, the first, gets the 429.
    a.clock.set(DUE);
    long start = System.nanoTime();
    Duration othersOut =
        Poll.until(
            Duration.ofSeconds(20),
            "the other workspace's digests and the leaderboard are out",
            () -> OTHERS.stream().allMatch(u -> delivered(a, u) == 1) && leaderboards(a) == 2);

    assertThat(a.slack.rateLimitedCount()).isEqualTo(1);
    assertThat(PAUSED).allMatch(u -> delivered(a, u) == 0);
    assertThat(a.rows().count("deliveries", "workspace_id = ?", FakeSlack.TEAM))
        .isEqualTo(PAUSED.size());
    assertThat(
            a.rows()
                .count(
                    "deliveries",
                    "workspace_id = ? AND status = 'PLANNED' AND attempts = 0 AND due_at = ?",
                    FakeSlack.TEAM,
                    DUE.plusSeconds(120)))
        .as("every claimed digest back in the queue, untried, for the end of the pause")
        .isEqualTo(PAUSED.size());

    // The other instance honours the pause: "digest now" there sends nothing to the workspace.
    b.requests.command(SlackTestApp.ADMIN, "digest now");
    assertThat(PAUSED).allMatch(u -> delivered(a, u) == 0);
    assertThat(FakeSlack.text(b.requests.command(SlackTestApp.ADMIN, "digest status").json()))
        .contains("Sending is paused until Mon 09:02");

    // After the pause both instances send: each digest arrives once.
    a.clock.advance(Duration.ofSeconds(120));
    b.requests.command(SlackTestApp.ADMIN, "digest now");
    Duration pausedOut =
        Poll.until(
            Duration.ofSeconds(20),
            "the paused workspace's digests are out",
            () -> PAUSED.stream().allMatch(u -> delivered(a, u) >= 1));
    b.requests.command(SlackTestApp.ADMIN, "digest now");
    Poll.until(
        Duration.ofSeconds(10),
        "nothing is left to send",
        () -> a.rows().count("deliveries", "status <> 'SENT'") == 0);

    long duplicates =
        Stream.concat(PAUSED.stream(), OTHERS.stream()).mapToLong(u -> delivered(a, u) - 1L).sum();
    System.out.printf(
        "Retry-After 120 s, two instances on PostgreSQL: %d digests, %d x 429, the other"
            + " workspace's %d digests and %d leaderboard posts out %d ms after they were due, the"
            + " paused workspace's %d digests %d ms after its pause ended (%d ms in all),"
            + " %d duplicates%n",
        PAUSED.size() + OTHERS.size(),
        a.slack.rateLimitedCount(),
        OTHERS.size(),
        leaderboards(a),
        othersOut.toMillis(),
        PAUSED.size(),
        pausedOut.toMillis(),
        Duration.ofNanos(System.nanoTime() - start).toMillis(),
        duplicates);
    assertThat(duplicates).isZero();
    assertThat(
            a.slack.calls("chat.postMessage").stream()
                .filter(c -> c.param("channel").startsWith("UA")))
        .as("one 429 and one post each")
        .hasSize(PAUSED.size() + 1);
  }

  private static int delivered(SlackTestApp t, String user) {
    return t.slack.successfulPostsPerChannel().getOrDefault(user, 0);
  }

  private static int leaderboards(SlackTestApp t) {
    return t.slack.successfulPostsPerChannel().getOrDefault("CBOARD", 0);
  }
}
