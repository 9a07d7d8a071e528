package dev.sharewell.leaderboard;

import java.time.Instant;

/** One member's line on the leaderboard for a period. */
public record Standing(
    long memberId,
    String displayName,
    boolean visible,
    boolean leader,
    long points,
    long shares,
    long personalised,
    Instant reachedAt) {}
