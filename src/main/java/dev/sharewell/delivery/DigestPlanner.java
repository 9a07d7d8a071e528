package dev.sharewell.delivery;

import dev.sharewell.common.Periods;
import dev.sharewell.member.QuietHours;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

/**
 * Decides when each member's next digest is due. Pure: the clock and the members come in as
 * arguments, so every rule is tested without a database or a wait.
 *
 * <p>The due time is the schedule (or the member's own day and time) in the member's time zone
 * (else the organisation's), plus a per-member offset spread over {@link PlanningRules#spread()},
 * minus the leaders' lead, moved out of the member's quiet hours.
 */
public final class DigestPlanner {
  private DigestPlanner() {}

  /**
   * The member's digest to plan now: in the current period unless its time passed longer ago than
   * the grace, else in the next one; only when it is due within the horizon, and only for periods
   * their cadence and pause allow.
   */
  public static Optional<PlannedDigest> plan(
      PlanCandidate member, PlanningRules rules, Instant now) {
    String current = Periods.weekOf(now, rules.orgZone());
    for (String period : List.of(current, Periods.next(current))) {
      if (!cadenceAllows(member, period)) {
        continue;
      }
      Instant due = dueAt(member, rules, period);
      if (period.equals(current) && due.plus(rules.grace()).isBefore(now)) {
        continue;
      }
      if (member.pausedUntil().map(due::isBefore).orElse(false)) {
        continue;
      }
      if (due.isAfter(now.plus(rules.horizon()))) {
        return Optional.empty();
      }
      return Optional.of(new PlannedDigest(member.memberId(), period, due));
    }
    return Optional.empty();
  }

  static boolean cadenceAllows(PlanCandidate member, String period) {
    return member
        .lastSentPeriod()
        .map(last -> Periods.weeksBetween(last, period) >= member.cadence().weeks())
        .orElse(true);
  }

  /** When this member's digest of {@code period} is due. */
  public static Instant dueAt(PlanCandidate member, PlanningRules rules, String period) {
    ZoneId zone = zoneOf(member, rules);
    DayOfWeek day = member.preferredDay().orElse(rules.schedule().day());
    LocalTime time = member.preferredTime().orElse(rules.schedule().time());
    LocalDate date = Periods.mondayOf(period).with(TemporalAdjusters.nextOrSame(day));
    ZonedDateTime due =
        ZonedDateTime.of(LocalDateTime.of(date, time), zone)
            .plus(offset(member.memberId(), rules.spread()))
            .minus(member.leader() ? rules.leaderLead() : Duration.ZERO);
    return member.quietHours().map(quiet -> outOfQuiet(due, quiet)).orElse(due).toInstant();
  }

  /** A fixed offset per member within the spread, so colleagues do not all post at once. */
  static Duration offset(long memberId, Duration spread) {
    long seconds = spread.toSeconds();
    if (seconds <= 0) {
      return Duration.ZERO;
    }
    return Duration.ofSeconds(Math.floorMod(mix(memberId), seconds));
  }

  /** Moves a time inside quiet hours to the moment they end. */
  static ZonedDateTime outOfQuiet(ZonedDateTime time, QuietHours quiet) {
    LocalTime local = time.toLocalTime();
    if (!quiet.contains(local)) {
      return time;
    }
    LocalDate endDate =
        quiet.end().isAfter(local) ? time.toLocalDate() : time.toLocalDate().plusDays(1);
    return ZonedDateTime.of(endDate, quiet.end(), time.getZone());
  }

  private static ZoneId zoneOf(PlanCandidate member, PlanningRules rules) {
    return member
        .timeZone()
        .flatMap(
            id -> {
              try {
                return Optional.of(ZoneId.of(id));
              } catch (DateTimeException e) {
                return Optional.empty();
              }
            })
        .orElse(rules.orgZone());
  }

  /** A 64-bit mix (splitmix64) so neighbouring ids land far apart. */
  private static long mix(long value) {
    long z = value + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
