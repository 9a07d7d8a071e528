package dev.sharewell.share;

/**
 * What a share earns: {@code perShare} points, {@code personalBonus} more when the text is the
 * member's own, at most {@code dailyCap} points a day so nobody games the board.
 */
public record PointsRules(int perShare, int personalBonus, int dailyCap) {}
