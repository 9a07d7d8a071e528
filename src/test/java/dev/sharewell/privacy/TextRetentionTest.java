package dev.sharewell.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.TestClock;
import dev.sharewell.testing.TestDatabase;
import java.sql.DriverManager;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Shares' texts and links go after the retention period; the shares stay. */
@ParameterizedClass
@MethodSource("dev.sharewell.testing.DbEngine#available")
class TextRetentionTest {
  @Parameter DbEngine engine;

  TestDatabase db;
  final TestClock clock = TestClock.standard();

  @BeforeEach
  void open() {
    db = TestDatabase.open(engine);
    db.jdbi()
        .useHandle(
            h -> {
              h.execute(
                  "INSERT INTO members (id, platform, workspace_id, user_id, display_name,"
                      + " created_at, updated_at) VALUES (1, 'SLACK', 'T1', 'U1', 'Ann', ?, ?)",
                  clock.instant(),
                  clock.instant());
              h.execute(
                  "INSERT INTO content_items (id, title, url, kind, language, live_from,"
                      + " live_until, status, created_at) VALUES (1, 'Item', 'https://e.com/1',"
                      + " 'NEWS', 'en', ?, ?, 'LIVE', ?)",
                  clock.instant(),
                  clock.instant().plus(Duration.ofDays(30)),
                  clock.instant());
            });
    share(1, clock.instant().minus(Duration.ofDays(400)));
    share(2, clock.instant().minus(Duration.ofDays(364)));
    share(3, clock.instant());
  }

  @AfterEach
  void close() {
    db.close();
  }

  private void share(long id, Instant at) {
    db.jdbi()
        .useHandle(
            h ->
                h.execute(
                    "INSERT INTO shares (id, member_id, platform, workspace_id, content_id,"
                        + " network, text, post_url, personalised, reported_at)"
                        + " VALUES (?, 1, 'SLACK', 'T1', 1, 'LINKEDIN', ?, ?, TRUE, ?)",
                    id,
                    "Text " + id,
                    "https://social.example/" + id,
                    at));
  }

  private List<String> texts() {
    return db.jdbi()
        .withHandle(
            h ->
                h.select(
                        "SELECT COALESCE(text, '-') || COALESCE(post_url, '') FROM shares ORDER BY id")
                    .mapTo(String.class)
                    .list());
  }

  @Test
  void texts_and_links_older_than_the_retention_go_once_a_day_and_the_shares_stay() {
    TextRetention retention =
        new TextRetention(db.jdbi(), clock, ZoneId.of("Europe/Copenhagen"), 365);

    assertThat(retention.purgeDue()).isEqualTo(1);
    assertThat(texts())
        .containsExactly("-", "Text 2https://social.example/2", "Text 3https://social.example/3");

    clock.advance(Duration.ofHours(1));
    share(4, clock.instant().minus(Duration.ofDays(500)));
    assertThat(retention.purgeDue()).as("once a day").isZero();

    clock.advance(Duration.ofDays(1));
    assertThat(retention.purgeDue())
        .as("the next day: share 4, and share 2 turned 365")
        .isEqualTo(2);
    assertThat(texts()).containsExactly("-", "-", "Text 3https://social.example/3", "-");
  }

  @Test
  void a_purge_that_met_an_unreachable_database_is_done_on_the_next_tick_of_the_same_day() {
    AtomicBoolean databaseAway = new AtomicBoolean(true);
    Jdbi flaky =
        Jdbi.create(
            () -> {
              if (databaseAway.get()) {
                throw new SQLTransientConnectionException("the database is away");
              }
              return DriverManager.getConnection(db.url());
            });
    TextRetention retention = new TextRetention(flaky, clock, ZoneId.of("Europe/Copenhagen"), 365);

    assertThatThrownBy(retention::purgeDue).isInstanceOf(ConnectionException.class);
    assertThat(texts()).startsWith("Text 1https://social.example/1");

    databaseAway.set(false);
    clock.advance(Duration.ofMinutes(1));
    assertThat(retention.purgeDue()).as("retried the same day").isEqualTo(1);
    assertThat(texts()).startsWith("-");
  }
}
