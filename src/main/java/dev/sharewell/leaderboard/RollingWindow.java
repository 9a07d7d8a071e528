package dev.sharewell.leaderboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Keeps the last-30-days bucket current. Summing thirty day buckets per member at read time took
 * over 100 ms on PostgreSQL at 100,000 members, so every share adds to the rolling bucket as it is
 * reported and each day is subtracted once it leaves the window; a standing is then one indexed
 * read, like the week's.
 */
public final class RollingWindow {
  static final int DAYS = 30;

  private final Jdbi jdbi;
  private final ZoneId zone;

  public RollingWindow(Jdbi jdbi, ZoneId zone) {
    this.jdbi = jdbi;
    this.zone = zone;
  }

  /**
   * Brings the bucket up to {@code now}: subtracts the days that left the window since the last
   * call. Cheap when nothing is due (one indexed read); any instance may run it, one at a time.
   */
  public void catchUp(Instant now) {
    LocalDate lastOut = now.atZone(zone).toLocalDate().minusDays(DAYS);
    Optional<LocalDate> through =
        jdbi.withExtension(WindowDao.class, dao -> dao.throughDay(Buckets.ROLLING));
    if (through.isPresent() && !through.get().isBefore(lastOut)) {
      return;
    }
    jdbi.useTransaction(handle -> roll(handle, lastOut));
  }

  private void roll(Handle handle, LocalDate lastOut) {
    WindowDao dao = handle.attach(WindowDao.class);
    dao.start(Buckets.ROLLING, lastOut.minusDays(DAYS));
    LocalDate through = dao.lockThroughDay(Buckets.ROLLING).orElseThrow();
    if (!through.isBefore(lastOut)) {
      return;
    }
    if (ChronoUnit.DAYS.between(through, lastOut) >= DAYS) {
      // The whole window is stale (a first start, or a month without a running instance): rebuild
      // it from the day buckets rather than subtract thirty days that were never added.
      dao.clear(Buckets.ROLLING);
      for (int i = DAYS - 1; i >= 0; i--) {
        String day = Buckets.day(lastOut.plusDays(DAYS - i));
        dao.openFrom(Buckets.ROLLING, day);
        dao.shift(Buckets.ROLLING, dao.day(day), 1);
      }
    } else {
      for (LocalDate d = through.plusDays(1); !d.isAfter(lastOut); d = d.plusDays(1)) {
        dao.shift(Buckets.ROLLING, dao.day(Buckets.day(d)), -1);
      }
    }
    dao.setThroughDay(Buckets.ROLLING, lastOut);
  }
}
