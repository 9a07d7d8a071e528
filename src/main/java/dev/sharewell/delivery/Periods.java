package dev.sharewell.delivery;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** Digest periods: ISO weeks in the organisation's time zone, written {@code 2026-W48}. */
public final class Periods {
  private Periods() {}

  public static String weekOf(Instant instant, ZoneId zone) {
    ZonedDateTime time = instant.atZone(zone);
    return String.format(
        "%d-W%02d",
        time.get(IsoFields.WEEK_BASED_YEAR), time.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** Monday 00:00 of the week holding {@code instant}, in {@code zone}. */
  public static Instant startOfWeek(Instant instant, ZoneId zone) {
    return instant
        .atZone(zone)
        .toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .atStartOfDay(zone)
        .toInstant();
  }
}
