package dev.sharewell.leaderboard;

import java.util.Locale;
import java.util.Optional;

/** The periods a leaderboard covers. */
public enum Period {
  WEEK,
  MONTH,
  LAST_30_DAYS,
  ALL_TIME;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads {@code week}, {@code month}, {@code 30d} or {@code 30}, {@code all} (and Danish). */
  public static Optional<Period> fromWord(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "week", "uge", "this-week" -> Optional.of(WEEK);
      case "month", "måned", "maaned" -> Optional.of(MONTH);
      case "30d", "30", "30days", "30-days", "30dage" -> Optional.of(LAST_30_DAYS);
      case "all", "alltime", "all-time", "ever", "alt", "altid" -> Optional.of(ALL_TIME);
      default -> Optional.empty();
    };
  }
}
