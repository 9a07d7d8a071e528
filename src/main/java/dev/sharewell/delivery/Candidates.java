package dev.sharewell.delivery;

import dev.sharewell.common.WeeklyTime;
import dev.sharewell.member.Cadence;
import dev.sharewell.member.QuietHours;
import java.time.LocalTime;
import java.util.Optional;

/** Turns a planning row into the planner's view of a member. */
final class Candidates {
  private Candidates() {}

  static PlanCandidate of(PlanningDao.CandidateRow row) {
    Optional<QuietHours> quiet =
        row.quietStartMinute() == null
                || row.quietEndMinute() == null
                || row.quietStartMinute().equals(row.quietEndMinute())
            ? Optional.empty()
            : Optional.of(
                new QuietHours(minute(row.quietStartMinute()), minute(row.quietEndMinute())));
    return new PlanCandidate(
        row.id(),
        Optional.ofNullable(row.timeZone()),
        Optional.ofNullable(row.preferredDay()).flatMap(WeeklyTime::day),
        Optional.ofNullable(row.preferredMinute()).map(Candidates::minute),
        quiet,
        Cadence.fromKey(row.cadence()).orElse(Cadence.WEEKLY),
        row.leader(),
        Optional.ofNullable(row.pausedUntil()),
        Optional.ofNullable(row.lastSentPeriod()));
  }

  private static LocalTime minute(int minuteOfDay) {
    return LocalTime.ofSecondOfDay(minuteOfDay * 60L);
  }
}
