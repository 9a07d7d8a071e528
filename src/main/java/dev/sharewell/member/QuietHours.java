package dev.sharewell.member;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A daily window in the member's own time zone when nothing is sent. It may wrap past midnight
 * (22:00 to 07:00).
 */
public record QuietHours(LocalTime start, LocalTime end) {
  public QuietHours {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.equals(end)) {
      throw new IllegalArgumentException("quiet hours must not start and end at the same time");
    }
  }

  public boolean contains(LocalTime time) {
    if (start.isBefore(end)) {
      return !time.isBefore(start) && time.isBefore(end);
    }
    return !time.isBefore(start) || time.isBefore(end);
  }
}
