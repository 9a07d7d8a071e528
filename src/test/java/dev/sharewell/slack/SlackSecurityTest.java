package dev.sharewell.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.SlackRequests;
import dev.sharewell.testing.SlackTestApp;
import dev.sharewell.testing.TableCounts;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Requests Slack did not sign, signed wrongly, signed too long ago or dated in the future get 401
 * and change nothing; Slack's certificate check gets its 200.
 */
class SlackSecurityTest {
  private static final String JOIN =
      "team_id="
          + FakeSlack.TEAM
          + "&user_id=UEVE&user_name=eve&command=%2Fsharewell&text=join"
          + "&channel_id=C1&trigger_id=t1&response_url=http%3A%2F%2F127.0.0.1%3A1%2Fx";

  @RegisterExtension final SlackTestApp t = SlackTestApp.extension();

  @Test
  void an_unsigned_request_is_refused() {
    Http.Response response =
        t.http.post("/slack/events", "application/x-www-form-urlencoded", JOIN, Map.of());

    assertThat(response.status()).isEqualTo(401);
    assertThat(t.rows().count("members")).isZero();
  }

  @Test
  void a_request_signed_with_another_secret_is_refused() {
    long now = Instant.now().getEpochSecond();
    Http.Response response =
        t.http.post(
            "/slack/events",
            "application/x-www-form-urlencoded",
            JOIN,
            Map.of(
                "X-Slack-Request-Timestamp", Long.toString(now),
                "X-Slack-Signature", SlackRequests.signature("not-the-secret", now, JOIN)));

    assertThat(response.status()).isEqualTo(401);
    assertThat(t.rows().count("members")).isZero();
  }

  @Test
  void a_correctly_signed_but_stale_request_is_refused() {
    long tenMinutesAgo = Instant.now().getEpochSecond() - 600;
    Http.Response response =
        t.http.post(
            "/slack/events",
            "application/x-www-form-urlencoded",
            JOIN,
            Map.of(
                "X-Slack-Request-Timestamp", Long.toString(tenMinutesAgo),
                "X-Slack-Signature",
                    SlackRequests.signature(SlackTestApp.SECRET, tenMinutesAgo, JOIN)));

    assertThat(response.status()).isEqualTo(401);
    assertThat(t.rows().count("members")).isZero();
  }

  @Test
  void a_correctly_signed_request_dated_an_hour_in_the_future_is_refused() {
    Http.Response response = signedAt(Instant.now().getEpochSecond() + 3600, JOIN);

    assertThat(response.status()).isEqualTo(401);
    assertThat(t.rows().count("members")).isZero();
  }

  @Test
  void a_correctly_signed_request_dated_six_minutes_in_the_future_is_refused() {
    Http.Response response = signedAt(Instant.now().getEpochSecond() + 360, JOIN);

    assertThat(response.status()).isEqualTo(401);
    assertThat(t.rows().count("members")).isZero();
  }

  @Test
  void a_request_dated_four_minutes_either_side_of_now_is_accepted_as_clocks_drift() {
    assertThat(signedAt(Instant.now().getEpochSecond() + 240, JOIN).status()).isEqualTo(200);
    assertThat(signedAt(Instant.now().getEpochSecond() - 240, JOIN).status()).isEqualTo(200);
    assertThat(t.rows().count("members")).isEqualTo(1);
  }

  @Test
  void a_signed_ssl_check_gets_200_with_an_empty_body_and_changes_nothing() {
    Map<String, Integer> before = TableCounts.of(t.db.jdbi());

    Http.Response response =
        t.requests.signed("application/x-www-form-urlencoded", "ssl_check=1&token=legacy-token");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
    assertThat(TableCounts.of(t.db.jdbi())).isEqualTo(before);
    assertThat(t.slack.calls("chat.postMessage")).isEmpty();
  }

  @Test
  void an_unsigned_ssl_check_is_refused() {
    Http.Response response =
        t.http.post(
            "/slack/events",
            "application/x-www-form-urlencoded",
            "ssl_check=1&token=legacy-token",
            Map.of());

    assertThat(response.status()).isEqualTo(401);
  }

  @Test
  void a_signature_in_capitals_or_cut_short_is_refused() {
    long now = Instant.now().getEpochSecond();
    String signature = SlackRequests.signature(SlackTestApp.SECRET, now, JOIN);
    for (String wrong :
        new String[] {
          "v0=" + signature.substring(3).toUpperCase(java.util.Locale.ROOT),
          signature.substring(0, signature.length() - 1),
          signature + "0",
          ""
        }) {
      Http.Response response =
          t.http.post(
              "/slack/events",
              "application/x-www-form-urlencoded",
              JOIN,
              Map.of("X-Slack-Request-Timestamp", Long.toString(now), "X-Slack-Signature", wrong));
      assertThat(response.status()).as(wrong).isEqualTo(401);
    }
    assertThat(t.rows().count("members")).isZero();
  }

  @Test
  void a_body_changed_after_signing_is_refused() {
    long now = Instant.now().getEpochSecond();
    String signature = SlackRequests.signature(SlackTestApp.SECRET, now, JOIN);
    Http.Response response =
        t.http.post(
            "/slack/events",
            "application/x-www-form-urlencoded",
            JOIN.replace("UEVE", "UADMIN"),
            Map.of(
                "X-Slack-Request-Timestamp", Long.toString(now), "X-Slack-Signature", signature));

    assertThat(response.status()).isEqualTo(401);
    assertThat(t.rows().count("members")).isZero();
  }

  @Test
  void the_documented_signing_example_gives_the_documented_signature() {
    String body =
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
            + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect"
            + "&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554"
            + "%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    assertThat(SlackRequests.signature("8f742231b10e8888abcd99yyyzzz85a5", 1531420618, body))
        .isEqualTo("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503");
  }

  @Test
  void a_signed_request_is_accepted() {
    assertThat(t.requests.command("UEVE", "join").status()).isEqualTo(200);
    assertThat(t.rows().count("members")).isEqualTo(1);
  }

  private Http.Response signedAt(long timestamp, String body) {
    return t.http.post(
        "/slack/events",
        "application/x-www-form-urlencoded",
        body,
        Map.of(
            "X-Slack-Request-Timestamp", Long.toString(timestamp),
            "X-Slack-Signature", SlackRequests.signature(SlackTestApp.SECRET, timestamp, body)));
  }
}
