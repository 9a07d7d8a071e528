package dev.sharewell.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.common.Periods;
import dev.sharewell.common.WeeklyTime;
import dev.sharewell.member.Cadence;
import dev.sharewell.member.QuietHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DigestPlannerTest {
  private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
  private static final PlanningRules RULES =
      new PlanningRules(
          new WeeklyTime(DayOfWeek.MONDAY, LocalTime.of(9, 0)),
          CPH,
          Duration.ZERO,
          Duration.ofDays(1),
          Duration.ofDays(1),
          Duration.ofMinutes(10));
  // 2026-W48 runs Monday 23 November to Sunday 29 November.
  private static final String W48 = "2026-W48";

  private static PlanCandidate member(long id) {
    return new PlanCandidate(
        id,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Cadence.WEEKLY,
        false,
        Optional.empty(),
        Optional.empty());
  }

  private static PlanCandidate withZone(PlanCandidate m, String zone) {
    return new PlanCandidate(
        m.memberId(),
        Optional.of(zone),
        m.preferredDay(),
        m.preferredTime(),
        m.quietHours(),
        m.cadence(),
        m.leader(),
        m.pausedUntil(),
        m.lastSentPeriod());
  }

  @Test
  void the_schedule_applies_in_the_members_own_time_zone_else_the_organisations() {
    assertThat(DigestPlanner.dueAt(member(1), RULES, W48))
        .isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
    assertThat(DigestPlanner.dueAt(withZone(member(1), "America/New_York"), RULES, W48))
        .isEqualTo(Instant.parse("2026-11-23T14:00:00Z"));
    assertThat(DigestPlanner.dueAt(withZone(member(1), "Asia/Tokyo"), RULES, W48))
        .isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
    assertThat(DigestPlanner.dueAt(withZone(member(1), "Not/AZone"), RULES, W48))
        .isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
  }

  @Test
  void a_members_own_day_and_time_win_over_the_schedule() {
    PlanCandidate m =
        new PlanCandidate(
            1,
            Optional.empty(),
            Optional.of(DayOfWeek.THURSDAY),
            Optional.of(LocalTime.of(13, 30)),
            Optional.empty(),
            Cadence.WEEKLY,
            false,
            Optional.empty(),
            Optional.empty());
    assertThat(DigestPlanner.dueAt(m, RULES, W48)).isEqualTo(Instant.parse("2026-11-26T12:30:00Z"));
  }

  @Test
  void a_week_with_a_daylight_saving_change_keeps_the_local_time() {
    // Europe/Copenhagen moves from +01:00 to +02:00 on Sunday 2027-03-28 (week 12 of 2027).
    PlanCandidate sunday =
        new PlanCandidate(
            1,
            Optional.empty(),
            Optional.of(DayOfWeek.SUNDAY),
            Optional.empty(),
            Optional.empty(),
            Cadence.WEEKLY,
            false,
            Optional.empty(),
            Optional.empty());
    assertThat(DigestPlanner.dueAt(member(1), RULES, "2027-W12"))
        .isEqualTo(Instant.parse("2027-03-22T08:00:00Z"));
    assertThat(DigestPlanner.dueAt(sunday, RULES, "2027-W12"))
        .isEqualTo(Instant.parse("2027-03-28T07:00:00Z"));
    // 02:30 does not exist that night: the digest goes at 03:30 local, the first valid time.
    PlanCandidate inTheGap =
        new PlanCandidate(
            1,
            Optional.empty(),
            Optional.of(DayOfWeek.SUNDAY),
            Optional.of(LocalTime.of(2, 30)),
            Optional.empty(),
            Cadence.WEEKLY,
            false,
            Optional.empty(),
            Optional.empty());
    assertThat(DigestPlanner.dueAt(inTheGap, RULES, "2027-W12"))
        .isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
  }

  @Test
  void times_inside_quiet_hours_move_to_their_end() {
    QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));
    QuietHours morning = new QuietHours(LocalTime.of(8, 0), LocalTime.of(10, 0));
    PlanCandidate early =
        new PlanCandidate(
            1,
            Optional.empty(),
            Optional.empty(),
            Optional.of(LocalTime.of(6, 15)),
            Optional.of(night),
            Cadence.WEEKLY,
            false,
            Optional.empty(),
            Optional.empty());
    PlanCandidate late =
        new PlanCandidate(
            1,
            Optional.empty(),
            Optional.empty(),
            Optional.of(LocalTime.of(23, 0)),
            Optional.of(night),
            Cadence.WEEKLY,
            false,
            Optional.empty(),
            Optional.empty());
    PlanCandidate busy =
        new PlanCandidate(
            1,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(morning),
            Cadence.WEEKLY,
            false,
            Optional.empty(),
            Optional.empty());

    assertThat(DigestPlanner.dueAt(early, RULES, W48))
        .isEqualTo(Instant.parse("2026-11-23T06:00:00Z"));
    assertThat(DigestPlanner.dueAt(late, RULES, W48))
        .isEqualTo(Instant.parse("2026-11-24T06:00:00Z"));
    assertThat(DigestPlanner.dueAt(busy, RULES, W48))
        .isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
  }

  @Test
  void members_are_spread_over_the_window_deterministically() {
    PlanningRules spread =
        new PlanningRules(
            RULES.schedule(),
            CPH,
            Duration.ofHours(2),
            Duration.ofDays(1),
            Duration.ofDays(1),
            Duration.ofMinutes(10));
    Instant start = Instant.parse("2026-11-23T08:00:00Z");
    Set<Long> minutes = new HashSet<>();
    for (long id = 1; id <= 1000; id++) {
      Instant due = DigestPlanner.dueAt(member(id), spread, W48);
      assertThat(due).isBetween(start, start.plus(Duration.ofHours(2)));
      assertThat(DigestPlanner.dueAt(member(id), spread, W48)).isEqualTo(due);
      minutes.add(Duration.between(start, due).toMinutes());
    }
    assertThat(minutes).as("distinct minutes used by 1000 members").hasSizeGreaterThan(100);
  }

  @Test
  void leaders_get_theirs_a_day_earlier() {
    PlanCandidate leader =
        new PlanCandidate(
            1,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Cadence.WEEKLY,
            true,
            Optional.empty(),
            Optional.empty());
    assertThat(DigestPlanner.dueAt(leader, RULES, W48))
        .isEqualTo(Instant.parse("2026-11-22T08:00:00Z"));
  }

  @Test
  void a_digest_is_planned_shortly_before_it_is_due_and_a_missed_one_within_the_grace() {
    Instant due = Instant.parse("2026-11-23T08:00:00Z");
    assertThat(DigestPlanner.plan(member(1), RULES, due.minus(Duration.ofHours(1)))).isEmpty();
    assertThat(DigestPlanner.plan(member(1), RULES, due.minus(Duration.ofMinutes(5))))
        .contains(new PlannedDigest(1, W48, due));
    assertThat(DigestPlanner.plan(member(1), RULES, due.plus(Duration.ofHours(20))))
        .as("the server was down at 9: it still goes out within a day")
        .contains(new PlannedDigest(1, W48, due));
    assertThat(DigestPlanner.plan(member(1), RULES, due.plus(Duration.ofDays(3))))
        .as("too late for this week, next week's is not due yet")
        .isEmpty();
    assertThat(DigestPlanner.plan(member(1), RULES, Instant.parse("2026-11-30T07:55:00Z")))
        .contains(new PlannedDigest(1, "2026-W49", Instant.parse("2026-11-30T08:00:00Z")));
  }

  @Test
  void a_member_paused_at_the_due_time_is_not_planned() {
    Instant due = Instant.parse("2026-11-23T08:00:00Z");
    PlanCandidate paused =
        new PlanCandidate(
            1,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Cadence.WEEKLY,
            false,
            Optional.of(due.plusSeconds(1)),
            Optional.empty());
    PlanCandidate pauseOver =
        new PlanCandidate(
            1,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Cadence.WEEKLY,
            false,
            Optional.of(due.minusSeconds(1)),
            Optional.empty());

    assertThat(DigestPlanner.plan(paused, RULES, due)).isEmpty();
    assertThat(DigestPlanner.plan(pauseOver, RULES, due)).isPresent();
  }

  /** A member on {@code cadence} whose last digest went out in {@code period}. */
  private static PlanCandidate lastSentIn(Cadence cadence, String period) {
    return new PlanCandidate(
        1,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        cadence,
        false,
        Optional.empty(),
        Optional.of(period));
  }

  @Test
  void cadence_skips_weeks_after_the_last_digest_sent() {
    Instant due = Instant.parse("2026-11-23T08:00:00Z");
    PlanCandidate biweeklySentLastWeek = lastSentIn(Cadence.BIWEEKLY, "2026-W47");
    PlanCandidate biweeklySentTwoWeeksAgo = lastSentIn(Cadence.BIWEEKLY, "2026-W46");
    PlanCandidate monthlySentThreeWeeksAgo = lastSentIn(Cadence.MONTHLY, "2026-W45");
    PlanCandidate weeklyAcrossTheYear = lastSentIn(Cadence.WEEKLY, "2026-W53");

    assertThat(DigestPlanner.plan(biweeklySentLastWeek, RULES, due)).isEmpty();
    assertThat(DigestPlanner.plan(biweeklySentTwoWeeksAgo, RULES, due)).isPresent();
    assertThat(DigestPlanner.plan(monthlySentThreeWeeksAgo, RULES, due)).isEmpty();
    assertThat(Periods.weeksBetween("2026-W53", "2027-W01")).isEqualTo(1);
    assertThat(DigestPlanner.cadenceAllows(weeklyAcrossTheYear, "2027-W01")).isTrue();
  }

  @Test
  void periods_are_iso_weeks_in_the_organisations_zone() {
    assertThat(Periods.weekOf(Instant.parse("2026-11-22T23:30:00Z"), CPH)).isEqualTo(W48);
    assertThat(Periods.weekOf(Instant.parse("2026-11-22T22:30:00Z"), CPH)).isEqualTo("2026-W47");
    assertThat(Periods.next("2026-W53")).isEqualTo("2027-W01");
    assertThat(Periods.mondayOf("2027-W01")).isEqualTo(java.time.LocalDate.of(2027, 1, 4));
  }
}
