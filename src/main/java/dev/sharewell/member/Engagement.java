package dev.sharewell.member;

import java.time.Instant;

/** Digests in a row a member ignored, and when they last pressed a button or sent a form. */
public record Engagement(int ignoredDigests, Instant lastReactionAt) {}
