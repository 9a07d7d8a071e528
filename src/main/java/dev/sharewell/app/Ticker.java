package dev.sharewell.app;

import dev.sharewell.store.Outages;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled work, on one thread of its own, every tick until stopped (the jobs are listed in
 * {@link CoreServices#scheduledJobs}). Each job is safe on several instances at once.
 */
final class Ticker {
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
    Set<String> failing = new HashSet<>();
    timer.scheduleWithFixedDelay(
        () -> {
          for (Job job : jobs) {
            run(job, failing);
          }
        },
        0,
        tick.toMillis(),
        TimeUnit.MILLISECONDS);
    return new Ticker(timer);
  }

  /**
   * Runs one job. Its first failure in a row is logged (an unreachable database as one line, a bug
   * with its stack trace), the repeats only at debug, and its recovery once: an outage of an hour
   * is a handful of lines, not one stack trace per job every tick.
   */
  static void run(Job job, Set<String> failing) {
    try {
      job.work().run();
      if (failing.remove(job.name())) {
        LOG.info("Scheduled job '{}' works again", job.name());
      }
    } catch (RuntimeException e) {
      if (!failing.add(job.name())) {
        LOG.debug("Scheduled job '{}' failed again: {}", job.name(), causes(e));
      } else if (Outages.isDatabaseUnreachable(e)) {
        LOG.warn(
            "Scheduled job '{}' cannot reach the database; it is retried every tick", job.name());
      } else {
        LOG.error("Scheduled job '{}' failed; the next tick retries", job.name(), e);
      }
    }
  }

  /** The classes of an error and its causes, without their messages (which may quote data). */
  private static String causes(Throwable error) {
    StringBuilder names = new StringBuilder(error.getClass().getSimpleName());
    int depth = 0;
    for (Throwable t = error.getCause(); t != null && depth < 5; t = t.getCause(), depth++) {
      names.append(" < ").append(t.getClass().getSimpleName());
    }
    return names.toString();
  }

  /** Starts no further ticks; a tick in progress goes on until {@code deadline} says. */
  void stop(StopDeadline deadline) {
    deadline.stop("a scheduled job", timer);
  }
}
