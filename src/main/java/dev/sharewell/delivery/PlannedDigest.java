package dev.sharewell.delivery;

import java.time.Instant;

/** One member's digest for one period, and when it is due. */
public record PlannedDigest(long memberId, String period, Instant dueAt) {}
