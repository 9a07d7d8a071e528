package dev.sharewell.delivery;

import java.time.Duration;

/**
 * A token bucket for one workspace: up to one second's worth of messages at once, then 98 % of the
 * configured rate, a margin that absorbs network jitter, which would otherwise push some messages
 * over a platform limit set to exactly the same rate. A 429 stops sending for its Retry-After and
 * slows the rate to 80 %; each success wins back 1 % until the steady rate is reached again.
 */
final class RateLimiter {
  /** Time as the limiter sees it; tests drive it by hand. */
  interface Ticker {
    long nanos();

    void sleepNanos(long nanos) throws InterruptedException;

    Ticker SYSTEM =
        new Ticker() {
          @Override
          public long nanos() {
            return System.nanoTime();
          }

          @Override
          public void sleepNanos(long nanos) throws InterruptedException {
            java.util.concurrent.TimeUnit.NANOSECONDS.sleep(nanos);
          }
        };
  }

  private final double configuredPerSecond;
  private final Ticker ticker;
  private double perSecond;
  private double tokens;
  private long updatedNanos;
  private long blockedUntilNanos;

  static final double MARGIN = 0.98;

  RateLimiter(double perSecond, Ticker ticker) {
    this.configuredPerSecond = perSecond * MARGIN;
    this.perSecond = configuredPerSecond;
    this.ticker = ticker;
    this.tokens = capacity();
    this.updatedNanos = ticker.nanos();
    this.blockedUntilNanos = updatedNanos;
  }

  /** Waits until one message may go; returns how long it waited. */
  Duration acquire() throws InterruptedException {
    long wait = reserve();
    if (wait > 0) {
      ticker.sleepNanos(wait);
    }
    return Duration.ofNanos(wait);
  }

  /** Takes a token now or reserves the next one; returns the nanoseconds to wait for it. */
  synchronized long reserve() {
    long now = ticker.nanos();
    refill(now);
    long wait = Math.max(0, blockedUntilNanos - now);
    tokens -= 1;
    if (tokens < 0) {
      wait = Math.max(wait, (long) (-tokens / perSecond * 1_000_000_000L));
    }
    return wait;
  }

  synchronized void rateLimited(Duration retryAfter) {
    long now = ticker.nanos();
    refill(now);
    blockedUntilNanos = Math.max(blockedUntilNanos, now + retryAfter.toNanos());
    perSecond = Math.max(configuredPerSecond * 0.1, perSecond * 0.8);
    tokens = Math.min(tokens, 0);
  }

  synchronized void succeeded() {
    perSecond = Math.min(configuredPerSecond, perSecond * 1.01);
  }

  synchronized double currentRate() {
    return perSecond;
  }

  private double capacity() {
    return Math.max(1, configuredPerSecond / MARGIN);
  }

  private void refill(long now) {
    long elapsed = now - updatedNanos;
    if (elapsed > 0) {
      tokens = Math.min(capacity(), tokens + elapsed / 1e9 * perSecond);
      updatedNanos = now;
    }
  }
}
