package dev.sharewell.delivery;

import dev.sharewell.identity.Platform;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the engine reports on /metrics: deliveries by state, sends by outcome, sends whose outcome
 * the platform left unknown, and time spent waiting for the rate limiter.
 */
public final class DeliveryMetrics {
  private static final String[] STATES = {
    "PLANNED", "SENDING", "SENT", "FAILED", "SKIPPED", "UNKNOWN"
  };
  private static final Duration STATE_CACHE = Duration.ofSeconds(10);

  private final MeterRegistry registry;
  private final DeliveryCounts counts;
  private volatile Map<String, Integer> cached = Map.of();
  private volatile long cachedAtNanos;

  public DeliveryMetrics(MeterRegistry registry, DeliveryCounts counts) {
    this.registry = registry;
    this.counts = counts;
    for (String state : STATES) {
      Gauge.builder("sharewell.deliveries", () -> stateCount(state))
          .description("Deliveries in the outbox by state")
          .tag("state", state.toLowerCase(java.util.Locale.ROOT))
          .register(registry);
    }
  }

  private final Map<String, Counter> outcomes = new ConcurrentHashMap<>();

  void outcome(Platform platform, DeliveryWorker.Outcome outcome) {
    outcomes
        .computeIfAbsent(
            platform.key() + outcome,
            k ->
                Counter.builder("sharewell.sends")
                    .description("Send attempts by platform and outcome")
                    .tag("platform", platform.key())
                    .tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
                    .register(registry))
        .increment();
  }

  /**
   * A send went out and no answer says whether it arrived ({@code
   * sharewell_deliveries_unknown_total}); where the platform can be asked, it is looked for before
   * any new attempt, elsewhere it ends as UNKNOWN.
   */
  void unknownOutcome(Platform platform) {
    Counter.builder("sharewell.deliveries.unknown")
        .description("Sends whose outcome the platform left unknown (not simply sent again)")
        .tag("platform", platform.key())
        .register(registry)
        .increment();
  }

  void waited(Platform platform, Duration wait) {
    Timer.builder("sharewell.rate_limit.wait")
        .description("Time spent waiting for the rate limiter before a send")
        .tag("platform", platform.key())
        .register(registry)
        .record(wait);
  }

  private double stateCount(String state) {
    long now = System.nanoTime();
    if (now - cachedAtNanos > STATE_CACHE.toNanos()) {
      try {
        cached = counts.byState();
      } catch (RuntimeException e) {
        // The database may be away; keep the last known numbers.
      }
      cachedAtNanos = now;
    }
    return cached.getOrDefault(state, 0);
  }
}
