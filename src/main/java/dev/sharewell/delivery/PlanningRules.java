package dev.sharewell.delivery;

import dev.sharewell.common.WeeklyTime;
import java.time.Duration;
import java.time.ZoneId;

/**
 * When digests go out: the organisation's schedule and time zone, how widely members are spread
 * after it, how much earlier leaders get theirs, how late a missed digest may still go out, and how
 * far ahead a digest is planned.
 */
public record PlanningRules(
    WeeklyTime schedule,
    ZoneId orgZone,
    Duration spread,
    Duration leaderLead,
    Duration grace,
    Duration horizon) {}
