package dev.sharewell.delivery;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Plans and dispatches on a fixed tick, on one thread of its own, until stopped. */
public final class DeliveryScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DeliveryScheduler.class);

  private final ScheduledExecutorService timer;

  private DeliveryScheduler(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  public static DeliveryScheduler start(DeliveryService deliveries, Duration tick) {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "sharewell-deliveries");
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
          } catch (RuntimeException e) {
            LOG.error("The delivery tick failed; the next one retries", e);
          }
        },
        0,
        tick.toMillis(),
        TimeUnit.MILLISECONDS);
    return new DeliveryScheduler(timer);
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
