package dev.sharewell.leaderboard;

import dev.sharewell.delivery.Periods;
import dev.sharewell.member.Member;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Standings of a workspace over a period, from the points ledger. */
public final class LeaderboardService {
  private final Jdbi jdbi;
  private final Clock clock;
  private final ZoneId zone;

  public LeaderboardService(Jdbi jdbi, Clock clock, ZoneId zone) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.zone = zone;
  }

  /** This week's standings (Monday 00:00 in the organisation's time zone until now). */
  public Standings thisWeek(Member viewer) {
    Instant now = clock.instant();
    Instant from = Periods.startOfWeek(now, zone);
    return standings(viewer, from, from.plus(Duration.ofDays(7)));
  }

  public Standings standings(Member viewer, Instant from, Instant to) {
    var platform = viewer.identity().platform();
    var workspace = viewer.identity().workspaceId();
    return jdbi.withExtension(
        LeaderboardDao.class,
        dao -> {
          List<Standing> ranked = dao.standings(platform, workspace, from, to);
          return new Standings(from, to, ranked, ranked.size(), dao.optedIn(platform, workspace));
        });
  }
}
