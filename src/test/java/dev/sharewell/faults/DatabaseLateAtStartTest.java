package dev.sharewell.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.ProxiedDatabase;
import dev.sharewell.testing.SlackTestApp;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A database that does not accept connections when the app starts, and does a few seconds later (a
 * database started beside the app, or one too busy to answer at once): the start waits for it
 * instead of failing after the pool's 1.5 s, and the app then serves.
 */
class DatabaseLateAtStartTest {
  /** Longer than the pool's connection timeout, so one try alone cannot span the outage. */
  private static final Duration AWAY = Duration.ofSeconds(4);

  @RegisterExtension final SlackTestApp t = SlackTestApp.extension().startedByTest();

  private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();

  static Iterable<DbEngine> engines() {
    return DbEngine.available();
  }

  @AfterEach
  void stopTimer() {
    later.shutdownNow();
  }

  @ParameterizedTest
  @MethodSource("engines")
  void the_start_waits_for_a_database_that_answers_late(DbEngine engine) {
    ProxiedDatabase db = t.closeAfter(ProxiedDatabase.create(engine));
    db.cut();
    long cutAt = System.nanoTime();
    // The outage's length is the scenario, not a wait for a condition.
    later.schedule(db::restore, AWAY.toMillis(), TimeUnit.MILLISECONDS);

    t.start(DbEngine.H2, Map.of("SHAREWELL_DB_URL", db.url()));

    assertThat(Duration.ofNanos(System.nanoTime() - cutAt)).isGreaterThanOrEqualTo(AWAY);
    assertThat(db.proxy().accepted()).isPositive();
    assertThat(t.http.get("/health").status()).isEqualTo(200);
    assertThat(FakeSlack.text(t.requests.command("UBOB", "join").json()))
        .contains("Welcome to Sharewell");
  }
}
