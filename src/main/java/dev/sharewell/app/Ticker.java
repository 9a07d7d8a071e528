package dev.sharewell.app;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled work, on one thread of its own, every tick until stopped (the jobs are listed in
 * {@link CoreServices#scheduledJobs}). Each job is safe on several instances at once.
 */
final class Ticker implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Ticker.class);

  private final ScheduledExecutorService timer;

  private Ticker(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  /** One piece of scheduled work; a failing job is logged and retried on the next tick. */
  record Job(String name, Runnable work) {}

  static Ticker start(List<Job> jobs, Duration tick) {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "sharewell-ticker");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleWithFixedDelay(
        () -> {
          for (Job job : jobs) {
            try {
              job.work().run();
            } catch (RuntimeException e) {
              LOG.error("Scheduled job '{}' failed; the next tick retries", job.name(), e);
            }
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
