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
import dev.sharewell.testing.TeamsActivities;
import dev.sharewell.testing.TeamsTestApp;
import dev.sharewell.testing.TestClock;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Digests whose fate the Bot Connector left unknown (an answer after the read timeout, a connection
 * dropped in the middle of the answer): Teams offers no way to look a message up, so each is
 * recorded as UNKNOWN, counted, shown by "digest status", and never sent again. A connector that
 * refused the connection got nothing, and the digest is simply retried.
 */
class TeamsDeliveryOutcomesTest {
  private static final String ALICE = "29:alice";
  private static final String ADMIN = TeamsTestApp.ADMIN;

  @RegisterExtension final TeamsTestApp t = TeamsTestApp.extension();

  @BeforeEach
  void start() {
    t.teams.say(ALICE, "join");
    t.addContent("News", "https://example.com/news");
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

  private int postsToAlice() {
    return t.connector.postsTo(TeamsActivities.chatOf(ALICE)).stream()
        .filter(c -> c.activityId() == null)
        .toList()
        .size();
  }

  /** Sends what is due again, as the scheduler would on its next ticks, minutes apart. */
  private void laterTicks(int ticks) {
    for (int i = 0; i < ticks; i++) {
      t.clock.advance(Duration.ofMinutes(5));
      t.teams.say(ADMIN, "digest now");
    }
  }

  @Test
  void a_digest_the_connector_answered_too_late_is_recorded_unknown_counted_and_not_resent() {
    t.connector.slow(
        TeamsActivities.chatOf(ALICE), Duration.ofMillis(SdkAdapter.READ_TIMEOUT_MILLIS + 1_000));

    t.teams.say(ADMIN, "digest now");
    laterTicks(3);

    System.out.printf(
        "Connector answering after 6 s (read timeout 5 s): %d posts of one digest%n",
        postsToAlice());
    assertThat(postsToAlice()).isEqualTo(1);
    assertThat(status()).isEqualTo("UNKNOWN");
    t.teams.say(ADMIN, "digest status");
    assertThat(t.connector.last(TeamsActivities.chatOf(ADMIN)).text())
        .contains("Outcome unknown for 1 digest");
    assertThat(t.http.get("/metrics").body())
        .contains("sharewell_deliveries_unknown_total{platform=\"teams\"} 1.0")
        .containsPattern("sharewell_deliveries\\{state=\"unknown\"} [01]\\.0");
  }

  @Test
  void a_digest_whose_answer_was_cut_off_is_recorded_unknown_and_not_resent() {
    t.connector.dropAnswers(TeamsActivities.chatOf(ALICE));

    t.teams.say(ADMIN, "digest now");
    laterTicks(2);

    assertThat(postsToAlice()).isEqualTo(1);
    assertThat(status()).isEqualTo("UNKNOWN");
  }

  @Test
  void a_connection_refused_sent_nothing_and_may_be_tried_again() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    // Bob's chat is stored with a service url nobody listens on.
    t.teams.serviceUrl("http://127.0.0.1:" + closedPort + "/_connector").say("29:bob", "help");
    PlatformUser bob = new PlatformUser(Platform.TEAMS, FakeConnector.TENANT, "29:bob");

    ChatDeliveryException refused =
        catchThrowableOfType(
            ChatDeliveryException.class,
            () -> gateway().send(Recipient.person(bob), OutboundMessage.text("hi"), "7"));

    assertThat(refused.kind()).isEqualTo(Kind.TRANSIENT);
  }

  /** A second adapter on the same database and connector: the gateway as the core sees it. */
  private dev.sharewell.chat.ChatGateway gateway() {
    TeamsOptions local =
        new TeamsOptions(Optional.empty(), Optional.empty(), Optional.empty(), false, "", "");
    return TeamsAdapter.create(
            local, t.db.jdbi().installPlugin(new SqlObjectPlugin()), TestClock.standard())
        .gateway();
  }
}
