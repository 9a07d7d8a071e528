package dev.sharewell.delivery;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * This period's digests by state, when the last due one should be out, and until when sending is
 * paused because the platform asked to wait. UNKNOWN counts digests that may or may not have
 * arrived: the platform gave no answer and cannot be asked, so they are not sent again.
 */
public record DigestStatus(
    String period,
    Map<String, Integer> counts,
    Optional<Instant> estimatedFinish,
    Optional<Instant> pausedUntil) {
  public DigestStatus {
    counts = Map.copyOf(counts);
  }

  public int count(String state) {
    return counts.getOrDefault(state, 0);
  }
}
