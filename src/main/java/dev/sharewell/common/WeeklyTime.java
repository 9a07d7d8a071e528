package dev.sharewell.common;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/** A day of the week and a time of day, written {@code MON 09:00}, as in the schedule settings. */
public record WeeklyTime(DayOfWeek day, LocalTime time) {

  /** Parses {@code MON 09:00} or {@code monday 9:00}; empty when the text is not such a time. */
  public static Optional<WeeklyTime> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String[] parts = text.trim().split("\\s+");
    if (parts.length != 2) {
      return Optional.empty();
    }
    Optional<DayOfWeek> day = day(parts[0]);
    Optional<LocalTime> time = time(parts[1]);
    if (day.isEmpty() || time.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new WeeklyTime(day.get(), time.get()));
  }

  /** Parses {@code MON}, {@code mon} or {@code Monday}. */
  public static Optional<DayOfWeek> day(String text) {
    String t = text.trim().toUpperCase(Locale.ROOT);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (t.length() >= 3
          && day.name().startsWith(t)
          && (t.length() == 3 || t.equals(day.name()))) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }

  /** Parses {@code 09:00} or {@code 9:00}. */
  public static Optional<LocalTime> time(String text) {
    String t = text.trim();
    if (!t.matches("\\d{1,2}:\\d{2}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalTime.parse(t.length() == 4 ? "0" + t : t));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toUpperCase(Locale.ROOT)
        + " "
        + time;
  }
}
