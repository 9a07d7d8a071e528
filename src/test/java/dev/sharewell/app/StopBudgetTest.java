package dev.sharewell.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.TestClock;
import dev.sharewell.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Stopping takes at most its budget in all, however much is stuck: each step used to wait up to 10
 * s on its own (30 s for a request, background work and a send that never end).
 */
class StopBudgetTest {
  private final CountDownLatch release = new CountDownLatch(1);
  private final CountDownLatch stuck = new CountDownLatch(3);

  /** Waits like a read on a socket that never answers: an interrupt does not end it. */
  private void hang() {
    stuck.countDown();
    boolean released = false;
    while (!released) {
      try {
        released = release.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        // Ignored, as a blocked socket read ignores it.
      }
    }
  }

  @Test
  void stopping_ends_within_the_budget_when_a_request_background_work_and_a_send_never_end()
      throws Exception {
    Logger log = (Logger) LoggerFactory.getLogger(Application.class);
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    Level level = log.getLevel();
    log.setLevel(Level.INFO);
    logged.start();
    log.addAppender(logged);
    ExecutorService background = Executors.newFixedThreadPool(1, daemon());
    ExecutorService senders = Executors.newFixedThreadPool(1, daemon());
    try (TestDatabase db = TestDatabase.create(DbEngine.H2)) {
      Application app =
          Application.start(
              Settings.from(Map.of("PORT", "0", "SHAREWELL_DB_URL", db.url())),
              new AppRuntime(
                  TestClock.standard(),
                  background,
                  senders,
                  Duration.ZERO,
                  List.of(
                      Route.get(
                          "/hang",
                          ctx -> {
                            hang();
                            ctx.result("late");
                          }))));
      Http http = new Http(app.port());
      CompletableFuture<Void> request = CompletableFuture.runAsync(() -> http.get("/hang"));
      background.execute(this::hang);
      senders.execute(this::hang);
      assertThat(stuck.await(10, TimeUnit.SECONDS)).isTrue();

      long start = System.nanoTime();
      app.close();
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      System.out.printf("Stopping with everything stuck took %d ms%n", took.toMillis());
      assertThat(took)
          .isGreaterThanOrEqualTo(Application.STOP_BUDGET.minusSeconds(1))
          .isLessThan(Application.STOP_BUDGET.plusSeconds(3));
      assertThat(logged.list)
          .anySatisfy(
              e ->
                  assertThat(e.getFormattedMessage())
                      .contains("Stopped before background work, digest sends finished"))
          .anySatisfy(e -> assertThat(e.getFormattedMessage()).startsWith("Sharewell stopped in"));
      request.cancel(true);
    } finally {
      release.countDown();
      log.detachAppender(logged);
      log.setLevel(level);
      background.shutdownNow();
      senders.shutdownNow();
    }
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return runnable -> {
      Thread thread = new Thread(runnable, "stuck");
      thread.setDaemon(true);
      return thread;
    };
  }
}
