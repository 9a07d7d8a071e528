package dev.sharewell.faults;

import static dev.sharewell.faults.SlackDatabaseOutageTest.TROUBLE_DA;
import static dev.sharewell.faults.SlackDatabaseOutageTest.TROUBLE_EN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.FakeConnector;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.Poll;
import dev.sharewell.testing.ProxiedDatabase;
import dev.sharewell.testing.Rows;
import dev.sharewell.testing.TeamsActivities;
import dev.sharewell.testing.TeamsTestApp;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The database goes away under a running app and comes back, for Teams: messages and card
 * submissions get the apology as a reply, an installation is refused so Teams sends it again, and
 * after the outage everything works without a restart.
 */
class TeamsDatabaseOutageTest {
  private static final String BOB = "29:bob";
  private static final String DORTE = "29:dorte";
  private static final String NEW = "29:new";

  private ProxiedDatabase db;
  private Rows rows;

  /** Started by each test on a proxied database of its engine. */
  @RegisterExtension final TeamsTestApp t = TeamsTestApp.extension().startedByTest();

  static Iterable<DbEngine> engines() {
    return DbEngine.available();
  }

  @ParameterizedTest
  @MethodSource("engines")
  void messages_and_cards_get_the_apology_during_an_outage_and_work_again_after_it(
      DbEngine engine) {
    db = t.closeAfter(ProxiedDatabase.create(engine));
    rows = new Rows(db.jdbi());
    t.start(DbEngine.H2, Map.of("SHAREWELL_DB_URL", db.url()));
    assertThat(t.say(BOB, "join")).contains("Welcome to Sharewell");
    assertThat(t.say(TeamsTestApp.ADMIN, "add")).contains("sharewell.add_content");
    FakeConnector.Call addCard = t.connector.last(TeamsActivities.chatOf(TeamsTestApp.ADMIN));

    db.cut();

    long start = System.nanoTime();
    assertThat(t.say(BOB, "pause 2w")).isEqualTo(TROUBLE_EN);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    System.out.printf("[%s] Teams apology during the outage in %d ms%n", engine, took.toMillis());
    // Teams tells a person whose locale is Danish in Danish, even before knowing them.
    t.teams.locale("da-DK");
    assertThat(t.say(NEW, "join")).isEqualTo(TROUBLE_DA);
    t.teams.locale("en-US");
    t.teams.press(
        TeamsTestApp.ADMIN,
        addCard,
        "sharewell.add_content",
        Map.of("title", "Our new office", "url", "https://example.com/office"));
    FakeConnector.Call refused = t.connector.last(TeamsActivities.chatOf(TeamsTestApp.ADMIN));
    assertThat(refused.text()).isEqualTo(TROUBLE_EN);
    // Nothing is stored for an installation, so it is refused: Teams sends it again later.
    Http.Response install = t.teams.install(DORTE);
    assertThat(install.status()).isEqualTo(503);
    assertThat(install.body()).doesNotContain("Exception");

    db.restore();
    Poll.until(Duration.ofSeconds(20), "/health 200", () -> t.http.get("/health").status() == 200);
    assertThat(rows.count("members", "paused_until IS NOT NULL")).isZero();
    assertThat(rows.count("members", "user_id = ?", NEW)).isZero();
    assertThat(rows.count("content_items")).isZero();

    assertThat(t.say(BOB, "pause 2w")).startsWith("Paused: no digests until");
    assertThat(t.teams.install(DORTE).status()).isBetween(200, 202);
    assertThat(rows.count("conversation_refs", "user_id = ?", DORTE)).isEqualTo(1);
    t.teams.press(
        TeamsTestApp.ADMIN,
        addCard,
        "sharewell.add_content",
        Map.of("title", "Our new office", "url", "https://example.com/office"));
    assertThat(rows.count("content_items")).isEqualTo(1);
    assertThat(rows.count("members", "paused_until IS NOT NULL")).isEqualTo(1);
  }
}
