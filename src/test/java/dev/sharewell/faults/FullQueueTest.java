package dev.sharewell.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.FullExecutor;
import dev.sharewell.testing.Poll;
import dev.sharewell.testing.SlackRequests.Choice;
import dev.sharewell.testing.SlackTestApp;
import dev.sharewell.testing.TeamsActivities;
import dev.sharewell.testing.TeamsTestApp;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * When the queue of work done after the answer is full, the person is told Sharewell is busy, in
 * their language, and nothing is started; once there is room, the same request works.
 */
class FullQueueTest {
  private static final String BUSY = "Sharewell is busy, try again in a minute.";
  private static final String BUSY_DA = "Sharewell har travlt lige nu. Prøv igen om et minut.";

  private final FullExecutor full = new FullExecutor();

  /** Each test starts the one it talks to: both would take their work to the one full pool. */
  @RegisterExtension
  final SlackTestApp slack = SlackTestApp.extension().withBackground(full.pool).startedByTest();

  @RegisterExtension
  final TeamsTestApp teams = TeamsTestApp.extension().withBackground(full.pool).startedByTest();

  @Test
  void slack_commands_and_buttons_that_need_a_free_thread_are_answered_busy() {
    SlackTestApp t = slack.start();
    assertThat(t.say("UALICE", "join")).contains("Welcome");

    assertThat(t.say("UALICE", "settings")).contains(BUSY);
    assertThat(t.say("UALICE", "mydata")).contains(BUSY);
    assertThat(t.requests.click("UBOB", "sharewell.join", "").status()).isEqualTo(200);
    assertThat(FakeSlack.text(t.slack.responses().get(t.slack.responses().size() - 1)))
        .contains(BUSY);
    assertThat(t.slack.calls("views.open")).isEmpty();
    assertThat(t.slack.uploads()).isEmpty();
    assertThat(joined(t, "UBOB")).isZero();

    full.release();
    Poll.until(
        Duration.ofSeconds(10),
        "the pool is idle",
        () -> full.pool.getActiveCount() == 0 && full.pool.getQueue().isEmpty());
    assertThat(t.say("UALICE", "settings")).doesNotContain(BUSY);
    Poll.until(
        Duration.ofSeconds(10),
        "the settings form opens",
        () -> !t.slack.calls("views.open").isEmpty());
  }

  @Test
  void slack_says_busy_in_danish_to_someone_who_chose_danish() {
    SlackTestApp t = slack.start();
    t.requests.command("UALICE", "join");
    Map<String, Object> values = new HashMap<>();
    values.put("networks", List.of("linkedin"));
    values.put("language", new Choice("da"));
    t.requests.submit("UALICE", "sharewell.settings", "", values);

    assertThat(t.say("UALICE", "settings")).contains(BUSY_DA);
    full.release();
  }

  @Test
  void a_teams_invitation_with_no_room_to_run_is_answered_busy_in_the_senders_language() {
    TeamsTestApp t = teams.start();
    String admin = TeamsTestApp.ADMIN;
    assertThat(t.teams.sayMentioning(admin, "invite", "29:bob").status()).isEqualTo(202);
    assertThat(t.connector.last(TeamsActivities.chatOf(admin)).text()).contains(BUSY);
    assertThat(t.connector.postsTo(TeamsActivities.chatOf("29:bob"))).isEmpty();

    t.teams.locale("da-DK");
    assertThat(t.teams.sayMentioning(admin, "invite", "29:bob").status()).isEqualTo(202);
    assertThat(t.connector.last(TeamsActivities.chatOf(admin)).text()).contains(BUSY_DA);
    full.release();
  }

  private static int joined(SlackTestApp t, String user) {
    return t.rows().count("members", "user_id = ? AND opted_in_at IS NOT NULL", user);
  }
}
