package dev.sharewell.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One deadline shared by every step of stopping, so the steps together never take longer than the
 * budget however long each might wait on its own. The work still running at {@code budget -
 * windDown} is interrupted and given the wind-down to end (a call blocked on a socket ends only at
 * its read timeout), so it can record what it did while the database is still open.
 */
final class StopDeadline {
  private final long endNanos;
  private final long interruptNanos;
  private final Map<String, ExecutorService> pools = new LinkedHashMap<>();

  private StopDeadline(long endNanos, long interruptNanos) {
    this.endNanos = endNanos;
    this.interruptNanos = interruptNanos;
  }

  static StopDeadline after(Duration budget, Duration windDown) {
    long now = System.nanoTime();
    return new StopDeadline(now + budget.toNanos(), now + budget.minus(windDown).toNanos());
  }

  /** {@code cap}, or the time left until work is interrupted when that is less. */
  Duration atMost(Duration cap) {
    Duration left = Duration.ofNanos(Math.max(0, interruptNanos - System.nanoTime()));
    return left.compareTo(cap) < 0 ? left : cap;
  }

  /** Stops {@code pool} taking work; what it runs may finish until it is interrupted. */
  void stop(String what, ExecutorService pool) {
    pool.shutdown();
    pools.put(what, pool);
  }

  /**
   * Waits for the stopped pools, in the order they were stopped; interrupts what still runs when
   * its time is up, and waits for that until the end. Returns what was still running then.
   */
  List<String> awaitStopped() {
    boolean interrupted = false;
    for (ExecutorService pool : pools.values()) {
      interrupted |= !await(pool, interruptNanos);
    }
    if (interrupted) {
      pools.values().forEach(ExecutorService::shutdownNow);
      for (ExecutorService pool : pools.values()) {
        await(pool, endNanos);
      }
    }
    List<String> unfinished = new ArrayList<>();
    pools.forEach(
        (what, pool) -> {
          if (!pool.isTerminated()) {
            unfinished.add(what);
          }
        });
    return unfinished;
  }

  private static boolean await(ExecutorService pool, long untilNanos) {
    try {
      return pool.awaitTermination(
          Math.max(0, untilNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return pool.isTerminated();
    }
  }
}
