package dev.sharewell.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition by asking it again and again, up to a deadline; never a fixed sleep. */
public final class Poll {
  private Poll() {}

  /**
   * Returns how long it took until {@code condition} held; fails with {@code what} when it still
   * does not after {@code limit}.
   */
  public static Duration until(Duration limit, String what, BooleanSupplier condition) {
    long start = System.nanoTime();
    long deadline = start + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Still not true after " + limit + ": " + what);
      }
      // Give the cores back between asks; the condition ends the wait, not this pause.
      java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
