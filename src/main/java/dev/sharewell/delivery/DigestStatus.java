package dev.sharewell.delivery;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** This period's deliveries by state, and when the last due one should be out. */
public record DigestStatus(
    String period, Map<String, Integer> counts, Optional<Instant> estimatedFinish) {
  public DigestStatus {
    counts = Map.copyOf(counts);
  }

  public int count(String state) {
    return counts.getOrDefault(state, 0);
  }
}
