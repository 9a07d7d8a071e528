package dev.sharewell.delivery;

import java.time.Duration;

/**
 * A token bucket for one workspace: up to one second's worth of messages at once, then 98 % of the
 * configured rate, a margin that absorbs network jitter, which would otherwise push some messages
 * over a platform limit set to exactly the same rate. A 429 slows the rate to 80 % and empties the
 * bucket; each success wins back 1 % until the steady rate is reached again. Waiting out a 429's
 * Retry-After is not the limiter's business: the workspace is paused instead ({@link
 * WorkspaceThrottle}), so no sender sleeps through it.
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

  static final double MARGIN = 0.98;

  RateLimiter(double perSecond, Ticker ticker) {
    this.configuredPerSecond = perSecond * MARGIN;
    this.perSecond = configuredPerSecond;
    this.ticker = ticker;
    this.tokens = capacity();
    this.updatedNanos = ticker.nanos();
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
    refill(ticker.nanos());
    tokens -= 1;
    return tokens < 0 ? (long) (-tokens / perSecond * 1_000_000_000L) : 0;
  }

  /** The platform answered 429: slower from now on, and no burst left. */
  synchronized void slowDown() {
    refill(ticker.nanos());
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
