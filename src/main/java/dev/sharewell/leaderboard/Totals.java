package dev.sharewell.leaderboard;

import dev.sharewell.member.Member;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Keeps the running totals the leaderboard reads: each awarded share adds to the member's all-time,
 * week, month, day and rolling 30-day buckets ({@link Buckets#of}), inside the transaction that
 * records it.
 */
public final class Totals {
  private final ZoneId zone;

  public Totals(ZoneId zone) {
    this.zone = zone;
  }

  /** Adds a first share on a network, and the points it earned, to the member's buckets. */
  public void add(Handle handle, Member member, Instant at, int points, boolean personalised) {
    TotalsDao dao = handle.attach(TotalsDao.class);
    // Two round trips for the five buckets instead of ten: this runs for every reported share.
    List<String> buckets = Buckets.of(at, zone);
    dao.openAll(buckets, member.id(), at);
    dao.addAll(buckets, member.id(), points, 1, personalised ? 1 : 0, at);
  }

  /**
   * The member's points so far today, with today's row locked until the transaction ends, so two
   * shares reported at once cannot both squeeze under the daily cap.
   */
  public int lockToday(Handle handle, Member member, Instant at) {
    TotalsDao dao = handle.attach(TotalsDao.class);
    String today = Buckets.day(at, zone);
    dao.open(today, member.id(), at);
    return dao.lockPoints(today, member.id()).orElse(0);
  }
}
