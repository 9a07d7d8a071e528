package dev.sharewell.member;

import dev.sharewell.identity.Platform;
import java.time.Instant;

/** One row of {@code members}, as stored (nullable columns are nullable fields). */
record MemberRow(
    long id,
    Platform platform,
    String workspaceId,
    String userId,
    String displayName,
    String locale,
    String timeZone,
    Instant optedInAt,
    Instant leftAt,
    String leftReason,
    Instant pausedUntil,
    String language,
    Cadence cadence,
    String preferredDay,
    Integer preferredMinute,
    Integer quietStartMinute,
    Integer quietEndMinute,
    boolean leaderboardVisible,
    Instant createdAt) {}
