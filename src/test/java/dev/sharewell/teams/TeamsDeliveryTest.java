package dev.sharewell.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sharewell.chat.ChatDeliveryException;
import dev.sharewell.chat.ChatDeliveryException.Kind;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.chat.Recipient;
import dev.sharewell.identity.Platform;
import dev.sharewell.identity.PlatformUser;
import dev.sharewell.testing.FakeConnector;
import dev.sharewell.testing.FakeConnector.Failure;
import dev.sharewell.testing.TeamsActivities;
import dev.sharewell.testing.TeamsTestApp;
import dev.sharewell.testing.TestClock;
import dev.sharewell.testing.TestDatabase;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Proactive sends the connector refuses: each kind of refusal and what the core then does. */
class TeamsDeliveryTest {
  private static final String ALICE = "29:alice";
  private static final String ADMIN = TeamsTestApp.ADMIN;

  @RegisterExtension final TeamsTestApp t = TeamsTestApp.extension();

  @BeforeEach
  void start() {
    t.teams.say(ALICE, "join");
    t.addContent("News", "https://example.com/news");
  }

  private Map<String, Object> alice() {
    return t.db
        .jdbi()
        .withHandle(
            h ->
                h.select("SELECT opted_in_at, left_reason FROM members WHERE user_id = ?", ALICE)
                    .mapToMap()
                    .one());
  }

  private Map<String, Object> delivery() {
    return t.db
        .jdbi()
        .withHandle(
            h ->
                h.select(
                        "SELECT d.status, d.reason, d.platform_message_id FROM deliveries d"
                            + " JOIN members m ON m.id = d.member_id WHERE m.user_id = ?",
                        ALICE)
                    .mapToMap()
                    .one());
  }

  private int attemptsToAlice() {
    return t.connector.postsTo(TeamsActivities.chatOf(ALICE)).stream()
        .filter(c -> c.activityId() == null)
        .toList()
        .size();
  }

  @Test
  void a_digest_is_a_new_message_in_the_stored_chat_and_its_id_is_kept() {
    t.teams.say(ADMIN, "digest now");

    FakeConnector.Call digest = t.connector.last(TeamsActivities.chatOf(ALICE));
    assertThat(digest.method()).isEqualTo("POST");
    assertThat(digest.activityId()).isNull();
    assertThat(digest.body().has("replyToId")).isFalse();
    assertThat(digest.body().path("summary").asText()).isEqualTo("Your Sharewell pick: 1 item");
    assertThat(delivery())
        .containsEntry("status", "SENT")
        .containsEntry("platform_message_id", digest.messageId());
  }

  @Test
  void a_person_whose_chat_is_blocked_for_writes_is_marked_as_left() {
    t.connector.fail(TeamsActivities.chatOf(ALICE), Failure.writesBlocked());

    t.teams.say(ADMIN, "digest now");

    assertThat(alice().get("opted_in_at")).isNull();
    assertThat(alice().get("left_reason")).isEqualTo("MessageWritesBlocked");
    assertThat(delivery()).containsEntry("status", "FAILED");
    assertThat(attemptsToAlice()).as("a 403 is not retried").isEqualTo(1);
  }

  @Test
  void a_person_who_blocked_the_bot_is_marked_as_left() {
    t.connector.fail(TeamsActivities.chatOf(ALICE), Failure.blockedByUser());

    t.teams.say(ADMIN, "digest now");

    assertThat(alice().get("left_reason")).isEqualTo("ConversationBlockedByUser");
  }

  @Test
  void too_many_requests_puts_the_digest_back_for_later_and_the_person_stays_in() {
    t.connector.fail(TeamsActivities.chatOf(ALICE), Failure.tooManyRequests(7));

    t.teams.say(ADMIN, "digest now");

    assertThat(alice().get("opted_in_at")).isNotNull();
    assertThat(delivery())
        .containsEntry("status", "PLANNED")
        .containsEntry("reason", "rate limited");
    assertThat(attemptsToAlice()).isEqualTo(1);
  }

  @Test
  void a_server_error_may_have_delivered_the_digest_so_it_is_recorded_unknown_and_not_retried() {
    t.connector.fail(TeamsActivities.chatOf(ALICE), Failure.serverError(503));

    t.teams.say(ADMIN, "digest now");

    assertThat(delivery())
        .containsEntry("status", "UNKNOWN")
        .containsEntry("reason", "outcome unknown: http_503");
    assertThat(attemptsToAlice()).as("the SDK's own retries are off").isEqualTo(1);
    assertThat(alice().get("opted_in_at")).isNotNull();
  }

  @Test
  void a_rate_limit_carries_the_time_to_wait() {
    t.connector.fail(TeamsActivities.chatOf(ALICE), Failure.tooManyRequests(7));
    PlatformUser alice = new PlatformUser(Platform.TEAMS, FakeConnector.TENANT, ALICE);

    ChatDeliveryException refused =
        catchThrowableOfType(
            ChatDeliveryException.class,
            () -> gateway(t.db).send(Recipient.person(alice), OutboundMessage.text("hi")));

    assertThat(refused.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(refused.retryAfter()).contains(Duration.ofSeconds(7));
  }

  @Test
  void with_nowhere_to_write_a_send_fails_permanently() {
    PlatformUser stranger = new PlatformUser(Platform.TEAMS, "another-tenant", "29:stranger");

    ChatDeliveryException toPerson =
        catchThrowableOfType(
            ChatDeliveryException.class,
            () -> gateway(t.db).send(Recipient.person(stranger), OutboundMessage.text("hi")));
    ChatDeliveryException toChannel =
        catchThrowableOfType(
            ChatDeliveryException.class,
            () ->
                gateway(t.db)
                    .send(
                        Recipient.channel(Platform.TEAMS, FakeConnector.TENANT, "19:unknown"),
                        OutboundMessage.text("hi")));

    assertThat(toPerson.kind()).isEqualTo(Kind.PERMANENT);
    assertThat(toPerson.reason()).isEqualTo("no_conversation");
    assertThat(toChannel.kind()).isEqualTo(Kind.PERMANENT);
  }

  @Test
  void a_channel_is_posted_to_as_a_new_thread() {
    t.teams.inChannel(ALICE, "help");

    gateway(t.db)
        .send(
            Recipient.channel(Platform.TEAMS, FakeConnector.TENANT, TeamsActivities.TEAM),
            OutboundMessage.text("The weekly leaderboard"));

    FakeConnector.Call post = t.connector.last(TeamsActivities.TEAM);
    assertThat(post.activityId()).isNull();
    assertThat(post.text()).contains("The weekly leaderboard");
  }

  /** A second adapter on the same database and connector: the gateway as the core sees it. */
  private static dev.sharewell.chat.ChatGateway gateway(TestDatabase db) {
    TeamsOptions local =
        new TeamsOptions(Optional.empty(), Optional.empty(), Optional.empty(), false, "", "");
    return TeamsAdapter.create(
            local, db.jdbi().installPlugin(new SqlObjectPlugin()), TestClock.standard())
        .gateway();
  }
}
