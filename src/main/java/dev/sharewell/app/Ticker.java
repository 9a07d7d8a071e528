package dev.sharewell.app;

import dev.sharewell.delivery.DeliveryService;
import dev.sharewell.leaderboard.LeaderboardPoster;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled work, on one thread of its own, every tick until stopped: plan and send due
 * digests, post the weekly leaderboard when its time has come. Each job is safe on several
 * instances at once.
 */
final class Ticker implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Ticker.class);

  private final ScheduledExecutorService timer;

  private Ticker(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  static Ticker start(DeliveryService deliveries, LeaderboardPoster poster, Duration tick) {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "sharewell-ticker");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleWithFixedDelay(
        () -> {
          try {
            int planned = deliveries.planDue();
            if (planned > 0) {
              LOG.info("Planned {} digests", planned);
            }
            deliveries.dispatchDue();
            int posted = poster.postDue();
            if (posted > 0) {
              LOG.info("Posted the weekly leaderboard to {} channels", posted);
            }
          } catch (RuntimeException e) {
            LOG.error("The tick failed; the next one retries", e);
          }
        },
        0,
        tick.toMillis(),
        TimeUnit.MILLISECONDS);
    return new Ticker(timer);
  }

  /** Stops ticking and waits for a tick in progress to finish its current batch. */
  @Override
  public void close() {
    timer.shutdown();
    try {
      if (!timer.awaitTermination(30, TimeUnit.SECONDS)) {
        timer.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      timer.shutdownNow();
    }
  }
}
