package dev.sharewell.share;

/**
 * The outcome of reporting a share: the share, the points it earned (0 when this member already
 * reported this item on this network) and the member's points in total.
 */
public record RecordedShare(Share share, int pointsEarned, long totalPoints) {}
