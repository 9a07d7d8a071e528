package dev.sharewell.share;

/**
 * The outcome of reporting a share: the share, the points it earned (0 when this member already
 * reported this item on this network), whether the daily cap cut them, the bonus a text of their
 * own would have added, and the member's points in total.
 */
public record RecordedShare(
    Share share, int pointsEarned, boolean capped, int bonusMissed, long totalPoints) {}
