package dev.sharewell.common;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** Digest periods: ISO weeks in the organisation's time zone, written {@code 2026-W48}. */
public final class Periods {
  private Periods() {}

  public static String weekOf(Instant instant, ZoneId zone) {
    return key(instant.atZone(zone).toLocalDate());
  }

  static String key(LocalDate date) {
    return String.format(
        "%d-W%02d",
        date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The Monday of a period. */
  public static LocalDate mondayOf(String period) {
    String[] parts = period.split("-W");
    int year = Integer.parseInt(parts[0]);
    int week = Integer.parseInt(parts[1]);
    return LocalDate.of(year, 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  public static String next(String period) {
    return key(mondayOf(period).plusWeeks(1));
  }

  /** Whole weeks from one period to another (negative when {@code to} is earlier). */
  public static long weeksBetween(String from, String to) {
    return ChronoUnit.WEEKS.between(mondayOf(from), mondayOf(to));
  }
}
