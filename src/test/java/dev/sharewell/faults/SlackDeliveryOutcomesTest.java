package dev.sharewell.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.SlackTestApp;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Digests whose fate Slack left unknown (an answer too late, a 5xx, a connection dropped halfway):
 * each is looked for in the member's DM before anything is sent again, so nobody gets it twice.
 */
class SlackDeliveryOutcomesTest {
  private static final String ALICE = "UALICE";
  @RegisterExtension final SlackTestApp t = SlackTestApp.extension();

  @BeforeEach
  void start() {
    t.requests.command(ALICE, "join");
    t.addContent("Launch", "https://example.com/launch");
  }

  private String status() {
    return t.db
        .jdbi()
        .withHandle(
            h ->
                h.select(
                        "SELECT d.status FROM deliveries d JOIN members m ON m.id = d.member_id"
                            + " WHERE m.user_id = ?",
                        ALICE)
                    .mapTo(String.class)
                    .one());
  }

  /** Sends what is due again, as the scheduler would on its next ticks, minutes apart. */
  private void laterTicks(int ticks) {
    for (int i = 0; i < ticks; i++) {
      t.clock.advance(Duration.ofMinutes(5));
      t.requests.command(SlackTestApp.ADMIN, "digest now");
    }
  }

  private int delivered() {
    return t.slack.successfulPostsPerChannel().getOrDefault(ALICE, 0);
  }

  @Test
  void a_digest_slack_took_but_answered_after_the_read_timeout_is_found_and_not_sent_again() {
    t.slack.slow("chat.postMessage", Duration.ofSeconds(6));

    t.requests.command(SlackTestApp.ADMIN, "digest now");
    laterTicks(3);

    System.out.printf(
        "Slack answering chat.postMessage after 6 s (read timeout 5 s): %d posts, %d digests"
            + " delivered to one member, %d DM lookups%n",
        t.slack.calls("chat.postMessage").size(),
        delivered(),
        t.slack.calls("conversations.history").size());
    assertThat(delivered()).isEqualTo(1);
    assertThat(t.slack.calls("chat.postMessage")).hasSize(1);
    assertThat(status()).isEqualTo("SENT");
    FakeSlack.Call lookup = t.slack.calls("conversations.history").get(0);
    assertThat(lookup.param("include_all_metadata")).isIn("true", "1");
  }

  @Test
  void a_digest_refused_with_a_server_error_is_looked_for_then_sent_once() {
    t.slack.fail("chat.postMessage", 503);
    t.requests.command(SlackTestApp.ADMIN, "digest now");
    t.slack.recover("chat.postMessage");

    laterTicks(3);

    assertThat(t.slack.calls("chat.postMessage")).hasSize(2);
    assertThat(t.slack.calls("conversations.history")).hasSize(1);
    assertThat(delivered()).isEqualTo(1);
    assertThat(status()).isEqualTo("SENT");
  }

  @Test
  void a_digest_whose_answer_was_cut_off_is_found_and_not_sent_again() {
    t.slack.dropAnswers("chat.postMessage");
    t.requests.command(SlackTestApp.ADMIN, "digest now");
    t.slack.recover("chat.postMessage");

    laterTicks(3);

    assertThat(delivered()).isEqualTo(1);
    assertThat(status()).isEqualTo("SENT");
  }

  @Test
  void when_the_dm_cannot_be_read_the_digest_is_recorded_unknown_and_not_sent_again() {
    t.slack.slow("chat.postMessage", Duration.ofSeconds(6));
    t.slack.refuse("conversations.history", "missing_scope");
    t.requests.command(SlackTestApp.ADMIN, "digest now");
    t.slack.recover("chat.postMessage");

    laterTicks(3);

    assertThat(delivered()).isEqualTo(1);
    assertThat(t.slack.calls("chat.postMessage")).hasSize(1);
    assertThat(status()).isEqualTo("UNKNOWN");
    assertThat(FakeSlack.text(t.requests.command(SlackTestApp.ADMIN, "digest status").json()))
        .contains("Outcome unknown for 1 digest");
    assertThat(t.http.get("/metrics").body())
        .contains("sharewell_deliveries_unknown_total{platform=\"slack\"} 1.0");
  }

  @Test
  void a_digest_whose_sender_died_before_recording_it_is_found_and_not_sent_again() {
    t.requests.command(SlackTestApp.ADMIN, "digest now");
    // The process died after Slack took the digest and before SENT was committed.
    t.db
        .jdbi()
        .useHandle(
            h ->
                h.execute(
                    "UPDATE deliveries SET status = 'SENDING', lease_until = ?",
                    t.clock.instant().plusSeconds(30)));

    laterTicks(2);

    assertThat(delivered()).isEqualTo(1);
    assertThat(t.slack.calls("conversations.history")).hasSize(1);
    assertThat(status()).isEqualTo("SENT");
  }

  @Test
  void digest_now_right_after_an_unknown_outcome_does_not_hurry_the_lookup() {
    t.slack.slow("chat.postMessage", Duration.ofSeconds(6));
    t.requests.command(SlackTestApp.ADMIN, "digest now");

    t.requests.command(SlackTestApp.ADMIN, "digest now");

    assertThat(t.slack.calls("conversations.history")).as("still waiting its back-off").isEmpty();
    assertThat(t.slack.calls("chat.postMessage")).hasSize(1);
    assertThat(status()).isEqualTo("PLANNED");
  }
}
