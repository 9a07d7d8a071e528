package dev.sharewell.leaderboard;

import dev.sharewell.common.Periods;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The keys of the running-total buckets a moment falls in, in the organisation's time zone. */
public final class Buckets {
  public static final String ALL = "ALL";

  /** The last 30 days, kept current by {@link RollingWindow}. */
  public static final String ROLLING = "R30";

  private Buckets() {}

  public static String week(Instant at, ZoneId zone) {
    return "W" + Periods.weekOf(at, zone);
  }

  public static String month(Instant at, ZoneId zone) {
    LocalDate date = at.atZone(zone).toLocalDate();
    return String.format("M%d-%02d", date.getYear(), date.getMonthValue());
  }

  public static String day(Instant at, ZoneId zone) {
    return day(at.atZone(zone).toLocalDate());
  }

  static String day(LocalDate date) {
    return "D" + date;
  }

  /** Every bucket a point awarded at {@code at} (now) counts in. */
  public static List<String> of(Instant at, ZoneId zone) {
    return List.of(ALL, week(at, zone), month(at, zone), day(at, zone), ROLLING);
  }
}
