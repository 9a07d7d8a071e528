package dev.sharewell.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.Poll;
import dev.sharewell.testing.ProxiedDatabase;
import dev.sharewell.testing.Rows;
import dev.sharewell.testing.SlackTestApp;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The database goes away under a running app (its connections are reset and new ones refused by a
 * proxy) and comes back: Slack users get an apology in time, nothing half-written is left, and the
 * app serves again without a restart.
 */
class SlackDatabaseOutageTest {
  static final String TROUBLE_EN = "Sharewell is having trouble, try again in a minute.";
  static final String TROUBLE_DA = "Sharewell har problemer lige nu. Prøv igen om et minut.";

  private ProxiedDatabase db;
  private Rows rows;

  /** Started by each test on a proxied database of its engine. */
  @RegisterExtension final SlackTestApp t = SlackTestApp.extension().startedByTest();

  static Iterable<DbEngine> engines() {
    return DbEngine.available();
  }

  private void start(DbEngine engine) {
    db = t.closeAfter(ProxiedDatabase.create(engine));
    rows = new Rows(db.jdbi());
    // The app's own test database is left unused: it runs on the proxied one.
    t.start(DbEngine.H2, Map.of("SHAREWELL_DB_URL", db.url()));
  }

  @ParameterizedTest
  @MethodSource("engines")
  void commands_get_an_apology_in_time_during_an_outage_and_work_again_after_it(DbEngine engine) {
    start(engine);
    assertThat(t.say("UBOB", "join")).contains("Welcome to Sharewell");
    assertThat(t.say("UDORTE", "join")).contains("Welcome to Sharewell");
    db.jdbi()
        .useHandle(
            h ->
                h.execute(
                    "UPDATE members SET language = ? WHERE user_id = ?",
                    new Object[] {"da", "UDORTE"}));
    assertThat(t.say("UDORTE", "list")).doesNotContain(TROUBLE_DA);
    assertThat(t.say("UBOB", "list")).doesNotContain(TROUBLE_EN);
    assertThat(t.http.get("/health").status()).isEqualTo(200);

    db.cut();

    long start = System.nanoTime();
    Http.Response health = t.http.get("/health");
    Duration healthTook = Duration.ofNanos(System.nanoTime() - start);
    assertThat(health.status()).isEqualTo(503);
    assertThat(health.json().get("status").asText()).isEqualTo("degraded");
    assertThat(healthTook).isLessThan(Duration.ofSeconds(3));

    start = System.nanoTime();
    assertThat(t.say("UBOB", "pause 2w")).isEqualTo(TROUBLE_EN);
    Duration commandTook = Duration.ofNanos(System.nanoTime() - start);
    // Slack shows its own timeout error after 3 seconds: the apology must come before.
    assertThat(commandTook).isLessThan(Duration.ofMillis(2_900));
    assertThat(t.say("UDORTE", "pause 2w")).isEqualTo(TROUBLE_DA);
    assertThat(t.say("UNEW", "join")).isEqualTo(TROUBLE_EN);
    System.out.printf(
        "[%s] during the outage: /health 503 in %d ms, a command's apology in %d ms%n",
        engine, healthTook.toMillis(), commandTook.toMillis());

    db.restore();
    start = System.nanoTime();
    Duration recovered =
        Poll.until(
            Duration.ofSeconds(20),
            "/health answers 200 again",
            () -> t.http.get("/health").status() == 200);
    assertThat(t.say("UBOB", "pause 2w")).startsWith("Paused: no digests until");
    Duration firstCommand = Duration.ofNanos(System.nanoTime() - start);
    System.out.printf(
        "[%s] after the database came back: /health 200 after %d ms, a command works after %d ms%n",
        engine, recovered.toMillis(), firstCommand.toMillis());

    // Exactly what was acknowledged: Bob's second pause; neither Dorte's pause nor a new member.
    assertThat(rows.count("members", "paused_until IS NOT NULL")).isEqualTo(1);
    assertThat(rows.count("members", "user_id = ? AND paused_until IS NOT NULL", "UBOB"))
        .isEqualTo(1);
    assertThat(rows.count("members", "user_id = ?", "UNEW")).isZero();
    assertThat(t.say("UNEW", "join")).contains("Welcome to Sharewell");
  }

  @ParameterizedTest
  @MethodSource("engines")
  void a_form_sent_during_an_outage_stays_open_with_the_apology_and_stores_nothing(
      DbEngine engine) {
    start(engine);
    assertThat(t.say(SlackTestApp.ADMIN, "help")).contains("add or add");
    Map<String, Object> item =
        Map.of("title", "Our new office", "url", "https://example.com/office");

    db.cut();
    Http.Response refused =
        t.requests.submit(SlackTestApp.ADMIN, "sharewell.add_content", "", item);
    JsonNode answer = refused.json();
    assertThat(answer.get("response_action").asText()).isEqualTo("errors");
    assertThat(answer.get("errors").elements().next().asText()).isEqualTo(TROUBLE_EN);
    assertThat(refused.body()).doesNotContain("Exception");

    db.restore();
    Poll.until(Duration.ofSeconds(20), "/health 200", () -> t.http.get("/health").status() == 200);
    assertThat(rows.count("content_items")).isZero();
    // Sent again, as the open form lets the person do: stored once.
    Http.Response stored = t.requests.submit(SlackTestApp.ADMIN, "sharewell.add_content", "", item);
    assertThat(stored.json().get("response_action").asText()).isEqualTo("update");
    assertThat(rows.count("content_items")).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("engines")
  void a_button_pressed_during_an_outage_is_answered_through_its_response_url(DbEngine engine) {
    start(engine);
    assertThat(t.say("UBOB", "join")).contains("Welcome to Sharewell");
    db.cut();
    t.slack.reset();

    Http.Response click = t.requests.click("UBOB", "sharewell.leave", "");
    assertThat(click.status()).isEqualTo(200);
    assertThat(t.slack.responses()).hasSize(1);
    assertThat(t.slack.responses().get(0).get("text").asText()).isEqualTo(TROUBLE_EN);

    db.restore();
    Poll.until(Duration.ofSeconds(20), "/health 200", () -> t.http.get("/health").status() == 200);
    assertThat(rows.count("members", "opted_in_at IS NOT NULL")).isEqualTo(1);
    t.requests.click("UBOB", "sharewell.leave", "");
    assertThat(FakeSlack.text(t.slack.responses().get(1))).contains("You have left Sharewell");
    assertThat(rows.count("members", "opted_in_at IS NOT NULL")).isZero();
  }
}
