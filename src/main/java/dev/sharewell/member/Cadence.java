package dev.sharewell.member;

import java.util.Locale;
import java.util.Optional;

/** How often a member wants a digest. */
public enum Cadence {
  WEEKLY(1),
  BIWEEKLY(2),
  MONTHLY(4);

  private final int weeks;

  Cadence(int weeks) {
    this.weeks = weeks;
  }

  /** The number of weekly periods between two digests. */
  public int weeks() {
    return weeks;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Cadence> fromKey(String key) {
    for (Cadence cadence : values()) {
      if (cadence.key().equalsIgnoreCase(key == null ? "" : key.trim())) {
        return Optional.of(cadence);
      }
    }
    return Optional.empty();
  }
}
