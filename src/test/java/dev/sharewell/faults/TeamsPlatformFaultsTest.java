package dev.sharewell.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.testing.FakeConnector;
import dev.sharewell.testing.FakeConnector.Failure;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.TeamsActivities;
import dev.sharewell.testing.TeamsTestApp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Bot Connector failing while someone uses Sharewell in Teams (5xx, 429, no answer): the
 * activity is still acknowledged once without a stack trace, what it asked for is stored exactly
 * once, and asking again after the connector recovered answers from what was stored.
 */
class TeamsPlatformFaultsTest {
  private static final String BOB = "29:bob";
  @RegisterExtension final TeamsTestApp t = TeamsTestApp.extension();

  static Stream<Failure> failures() {
    return Stream.of(
        Failure.serverError(500), Failure.serverError(503), Failure.tooManyRequests(1));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void a_reply_the_connector_keeps_refusing_leaves_the_command_stored_once(Failure failure) {
    t.connector.fail(TeamsActivities.chatOf(BOB), failure);

    Http.Response response = t.teams.say(BOB, "join");

    assertThat(response.status()).as("acknowledged: Teams must not send it again").isEqualTo(202);
    assertThat(response.body()).doesNotContain("Exception", "at dev.sharewell");
    int attempts = t.connector.postsTo(TeamsActivities.chatOf(BOB)).size();
    System.out.printf(
        "Connector answering %d: the reply was tried %d times%n", failure.status(), attempts);
    assertThat(attempts).isPositive();
    assertThat(t.rows().count("members", "opted_in_at IS NOT NULL")).isEqualTo(1);

    t.connector.recover(TeamsActivities.chatOf(BOB));
    assertThat(t.say(BOB, "join")).contains("already in");
    assertThat(t.rows().count("members", "opted_in_at IS NOT NULL")).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("failures")
  void a_form_whose_answer_fails_is_stored_once_and_sending_it_again_says_so(Failure failure) {
    String admin = TeamsActivities.chatOf(TeamsTestApp.ADMIN);
    assertThat(t.say(TeamsTestApp.ADMIN, "add")).contains("sharewell.add_content");
    FakeConnector.Call card = t.connector.last(admin);
    Map<String, String> item = Map.of("title", "Our new office", "url", "https://example.com/o");
    t.connector.fail(admin, failure);

    Http.Response response = t.teams.press(TeamsTestApp.ADMIN, card, "sharewell.add_content", item);

    assertThat(response.status()).isEqualTo(202);
    assertThat(t.rows().count("content_items")).isEqualTo(1);
    t.connector.recover(admin);
    t.teams.press(TeamsTestApp.ADMIN, card, "sharewell.add_content", item);
    assertThat(t.connector.last(admin).text()).contains("already live");
    assertThat(t.rows().count("content_items")).isEqualTo(1);
  }

  @Test
  void a_reply_teams_asked_to_slow_down_is_sent_again_after_its_retry_after() {
    t.connector.failTimes(TeamsActivities.chatOf(BOB), Failure.tooManyRequests(1), 1);

    long start = System.nanoTime();
    Http.Response response = t.teams.say(BOB, "join");
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(response.status()).isEqualTo(202);
    List<FakeConnector.Call> replies = t.connector.postsTo(TeamsActivities.chatOf(BOB));
    assertThat(replies).hasSize(2);
    assertThat(replies.get(1).text()).contains("Welcome to Sharewell");
    assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(t.rows().count("members", "opted_in_at IS NOT NULL")).isEqualTo(1);
  }

  @Test
  void a_retry_after_longer_than_a_person_waits_is_not_waited_for() {
    t.connector.fail(TeamsActivities.chatOf(BOB), Failure.tooManyRequests(30));

    long start = System.nanoTime();
    assertThat(t.teams.say(BOB, "join").status()).isEqualTo(202);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(t.connector.postsTo(TeamsActivities.chatOf(BOB))).hasSize(1);
  }

  @Test
  void a_connector_that_does_not_answer_holds_the_request_only_until_the_read_timeout() {
    t.connector.hang(TeamsActivities.chatOf(BOB));

    long start = System.nanoTime();
    Http.Response response = t.teams.say(BOB, "help");
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    t.connector.releaseHanging();

    assertThat(response.status()).isEqualTo(202);
    assertThat(took)
        .isGreaterThanOrEqualTo(Duration.ofSeconds(5))
        .isLessThan(Duration.ofSeconds(10));
    System.out.printf(
        "A Bot Connector that never answers is given up after %d ms%n", took.toMillis());
  }

  @Test
  void a_connector_that_refuses_connections_is_not_mistaken_for_a_database_outage()
      throws Exception {
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    Http.Response join =
        t.teams.serviceUrl("http://127.0.0.1:" + closedPort + "/_connector").say(BOB, "join");

    // 503 would tell Teams to send the activity again; the join is stored, only the reply failed.
    assertThat(join.status()).isEqualTo(202);
    assertThat(t.rows().count("members", "opted_in_at IS NOT NULL")).isEqualTo(1);
  }
}
