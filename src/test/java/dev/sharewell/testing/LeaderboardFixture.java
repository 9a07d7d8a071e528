package dev.sharewell.testing;

import dev.sharewell.leaderboard.Period;
import dev.sharewell.leaderboard.Standing;
import dev.sharewell.leaderboard.Standings;
import java.time.Instant;
import java.util.List;

/** One week's standings with every case the rendering has: a leader, a hidden member, "more". */
public final class LeaderboardFixture {
  private LeaderboardFixture() {}

  public static Standings week() {
    Instant monday = Instant.parse("2026-11-23T08:00:00Z");
    Standing carl = new Standing(3, "Carl Leader", true, true, 25, 2, 1, monday);
    Standing hidden =
        new Standing(7, "Hidden Person", false, false, 20, 2, 0, monday.plusSeconds(60));
    Standing alice =
        new Standing(1, "Alice *bold* _x_", true, false, 10, 1, 1, monday.plusSeconds(120));
    return new Standings(Period.WEEK, List.of(carl, hidden, alice), List.of(carl), 5, 12);
  }
}
