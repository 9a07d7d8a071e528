package dev.sharewell.leaderboard;

import java.time.Instant;
import java.util.List;

/**
 * The leaderboard of one workspace for one period: everyone who shared, best first (ties go to who
 * got there first), and how many of the opted-in members took part.
 */
public record Standings(
    Instant from, Instant to, List<Standing> ranked, int participants, int optedIn) {
  public Standings {
    ranked = List.copyOf(ranked);
  }
}
