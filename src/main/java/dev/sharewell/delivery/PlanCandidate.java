package dev.sharewell.delivery;

import dev.sharewell.member.Cadence;
import dev.sharewell.member.QuietHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;

/**
 * What the planner needs to know about one opted-in member: their time zone and choices, whether
 * they lead, their pause, and the last period they were sent a digest in.
 */
public record PlanCandidate(
    long memberId,
    Optional<String> timeZone,
    Optional<DayOfWeek> preferredDay,
    Optional<LocalTime> preferredTime,
    Optional<QuietHours> quietHours,
    Cadence cadence,
    boolean leader,
    Optional<Instant> pausedUntil,
    Optional<String> lastSentPeriod) {}
