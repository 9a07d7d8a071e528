package dev.sharewell.leaderboard;

import java.util.List;

/**
 * A workspace's leaderboard for one period: the best (ties go to who got there first), the best
 * leaders, and how many of the opted-in members took part.
 */
public record Standings(
    Period period, List<Standing> top, List<Standing> leaders, int participants, int optedIn) {
  public Standings {
    top = List.copyOf(top);
    leaders = List.copyOf(leaders);
  }
}
