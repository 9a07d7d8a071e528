package dev.sharewell.leaderboard;

import dev.sharewell.identity.Platform;
import dev.sharewell.member.Member;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Standings of a workspace over a period, read from the running totals. */
public final class LeaderboardService {
  /** How many names the leaderboard shows, and how many leaders. */
  static final int SHOWN = 10;

  private final Jdbi jdbi;
  private final Clock clock;
  private final ZoneId zone;
  private final RollingWindow window;

  /** {@code window} keeps the last-30-days bucket that {@link Period#LAST_30_DAYS} reads. */
  public LeaderboardService(Jdbi jdbi, Clock clock, ZoneId zone, RollingWindow window) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.zone = zone;
    this.window = window;
  }

  /** The standings of a period, as of now, in the organisation's time zone. */
  public Standings standings(Platform platform, String workspaceId, Period period) {
    String bucket = current(period);
    return jdbi.withExtension(
        TotalsDao.class,
        dao ->
            new Standings(
                period,
                dao.top(bucket, platform, workspaceId, SHOWN),
                dao.topLeaders(bucket, platform, workspaceId, SHOWN),
                dao.participants(bucket, platform, workspaceId),
                dao.optedIn(platform, workspaceId)));
  }

  /**
   * Rolls the last-30-days bucket forward when a day has passed; run on the ticker so that a reader
   * rarely does it (a first build over a year of shares takes seconds).
   */
  public void keepCurrent() {
    window.catchUp(clock.instant());
  }

  /** The member's own line and rank this period, if they shared. */
  public Optional<Rank> rankOf(Member member, Period period) {
    String bucket = current(period);
    return jdbi.withExtension(
        TotalsDao.class,
        dao ->
            dao.of(bucket, member.id())
                .filter(line -> line.shares() > 0)
                .map(
                    line ->
                        new Rank(
                            line,
                            dao.ahead(
                                    bucket,
                                    member.identity().platform(),
                                    member.identity().workspaceId(),
                                    (int) line.points(),
                                    line.reachedAt())
                                + 1)));
  }

  /** Weeks in a row, up to this one or the last, in which the member reported a share. */
  public int weeksInARow(Member member) {
    java.util.Set<String> weeks =
        java.util.Set.copyOf(
            jdbi.withExtension(TotalsDao.class, dao -> dao.weeksWithShares(member.id())));
    Instant at = clock.instant();
    if (!weeks.contains(Buckets.week(at, zone))) {
      at = at.minus(java.time.Duration.ofDays(7));
    }
    int streak = 0;
    while (weeks.contains(Buckets.week(at, zone))) {
      streak++;
      at = at.minus(java.time.Duration.ofDays(7));
    }
    return streak;
  }

  /** The bucket holding the period as of now, the rolling one brought up to date first. */
  private String current(Period period) {
    Instant now = clock.instant();
    return switch (period) {
      case WEEK -> Buckets.week(now, zone);
      case MONTH -> Buckets.month(now, zone);
      case ALL_TIME -> Buckets.ALL;
      case LAST_30_DAYS -> {
        window.catchUp(now);
        yield Buckets.ROLLING;
      }
    };
  }

  /** A member's line and their place in it (1 is first). */
  public record Rank(Standing line, int place) {}
}
