package dev.sharewell.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  /** A clock that only moves when the limiter sleeps. */
  static final class FakeTicker implements RateLimiter.Ticker {
    long now;

    @Override
    public long nanos() {
      return now;
    }

    @Override
    public void sleepNanos(long nanos) {
      now += nanos;
    }
  }

  @Test
  void one_seconds_worth_goes_at_once_then_just_under_the_configured_rate()
      throws InterruptedException {
    FakeTicker ticker = new FakeTicker();
    RateLimiter limiter = new RateLimiter(10, ticker);

    for (int i = 0; i < 10; i++) {
      assertThat(limiter.acquire()).isZero();
    }
    for (int i = 0; i < 98; i++) {
      limiter.acquire();
    }
    assertThat(ticker.now)
        .isCloseTo(Duration.ofSeconds(10).toNanos(), org.assertj.core.data.Offset.offset(1_000L));
  }

  @Test
  void in_any_window_at_most_the_capacity_plus_the_rate_times_the_window()
      throws InterruptedException {
    FakeTicker ticker = new FakeTicker();
    RateLimiter limiter = new RateLimiter(200, ticker);
    long[] times = new long[2000];
    for (int i = 0; i < times.length; i++) {
      limiter.acquire();
      times[i] = ticker.now;
    }
    int start = 0;
    for (int end = 0; end < times.length; end++) {
      while (times[end] - times[start] >= 1_000_000_000L) {
        start++;
      }
      assertThat(end - start + 1).isLessThanOrEqualTo(400);
    }
    assertThat(ticker.now).isGreaterThan(Duration.ofSeconds(9).toNanos());
  }

  @Test
  void a_429_slows_the_rate_and_empties_the_burst_and_successes_win_the_rate_back()
      throws InterruptedException {
    FakeTicker ticker = new FakeTicker();
    RateLimiter limiter = new RateLimiter(100, ticker);

    limiter.slowDown();

    // Waiting out Retry-After is the workspace pause's job: the limiter only paces.
    assertThat(limiter.acquire()).isPositive().isLessThan(Duration.ofMillis(20));
    assertThat(limiter.currentRate())
        .isCloseTo(80 * RateLimiter.MARGIN, org.assertj.core.data.Offset.offset(1e-9));
    for (int i = 0; i < 100; i++) {
      limiter.succeeded();
    }
    assertThat(limiter.currentRate())
        .isCloseTo(100 * RateLimiter.MARGIN, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void repeated_429s_never_slow_below_a_tenth() {
    RateLimiter limiter = new RateLimiter(100, new FakeTicker());
    for (int i = 0; i < 50; i++) {
      limiter.slowDown();
    }
    assertThat(limiter.currentRate())
        .isCloseTo(10 * RateLimiter.MARGIN, org.assertj.core.data.Offset.offset(1e-9));
  }
}
