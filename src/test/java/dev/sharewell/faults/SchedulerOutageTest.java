package dev.sharewell.faults;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.common.util.concurrent.MoreExecutors;
import dev.sharewell.app.AppRuntime;
import dev.sharewell.app.Application;
import dev.sharewell.app.Settings;
import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.Poll;
import dev.sharewell.testing.ProxiedDatabase;
import dev.sharewell.testing.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * The scheduled jobs through a database outage: each says once, without a stack trace, that it
 * cannot reach the database, keeps ticking, and works again when the database is back.
 */
class SchedulerOutageTest {
  private static final Set<String> JOBS =
      Set.of(
          "plan digests",
          "send digests",
          "post the weekly leaderboard",
          "roll the last 30 days",
          "remove expired downloads",
          "remove old share texts");

  private final Logger ticker = (Logger) LoggerFactory.getLogger("dev.sharewell.app.Ticker");
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private Level previousLevel;
  private ProxiedDatabase db;
  private Application app;

  static Iterable<DbEngine> engines() {
    return DbEngine.available();
  }

  @AfterEach
  void stop() {
    try {
      if (app != null) {
        app.close();
      }
    } finally {
      ticker.detachAppender(logged);
      ticker.setLevel(previousLevel);
      logged.stop();
      if (db != null) {
        db.close();
      }
    }
  }

  private List<ILoggingEvent> events() {
    synchronized (logged.list) {
      return List.copyOf(logged.list);
    }
  }

  private Set<String> jobsSaying(String words) {
    return events().stream()
        .filter(e -> e.getFormattedMessage().contains(words))
        .map(e -> e.getArgumentArray()[0].toString())
        .collect(Collectors.toSet());
  }

  @ParameterizedTest
  @MethodSource("engines")
  void jobs_survive_an_outage_with_one_warning_each_and_work_again_after_it(DbEngine engine) {
    previousLevel = ticker.getLevel();
    ticker.setLevel(Level.DEBUG);
    logged.start();
    ticker.addAppender(logged);
    db = ProxiedDatabase.create(engine);
    app =
        Application.start(
            Settings.from(Map.of("PORT", "0", "SHAREWELL_DB_URL", db.url())),
            new AppRuntime(
                TestClock.standard(),
                MoreExecutors.newDirectExecutorService(),
                MoreExecutors.newDirectExecutorService(),
                Duration.ofMillis(50),
                List.of()));

    db.cut();
    // The digest jobs read the database on every tick; the others only when they are due.
    Set<String> everyTick = Set.of("plan digests", "send digests");
    Poll.until(
        Duration.ofSeconds(30),
        "the digest jobs warned that the database is unreachable",
        () -> jobsSaying("cannot reach the database").containsAll(everyTick));
    // Still ticking: they have failed again since, and said so only at debug level.
    Poll.until(
        Duration.ofSeconds(30),
        "the digest jobs failed again",
        () -> jobsSaying("failed again").containsAll(everyTick));

    db.restore();
    Set<String> warned = jobsSaying("cannot reach the database");
    Poll.until(
        Duration.ofSeconds(30),
        "every job that failed works again",
        () -> jobsSaying("works again").containsAll(warned));

    List<ILoggingEvent> events = events();
    assertThat(JOBS).containsAll(warned);
    assertThat(events).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
    assertThat(events).noneMatch(e -> e.getLevel() == Level.ERROR);
    assertThat(events.stream().filter(e -> e.getLevel() == Level.WARN).count())
        .as("one warning per failing job for the whole outage")
        .isEqualTo(warned.size());
  }
}
