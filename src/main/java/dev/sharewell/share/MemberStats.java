package dev.sharewell.share;

/** One member's record: shares reported, points, and their rank among colleagues. */
public record MemberStats(long shares, long points, int rank, int rankedMembers) {}
