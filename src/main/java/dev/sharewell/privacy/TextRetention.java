package dev.sharewell.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;

/**
 * Removes the texts and post links of shares older than {@code SHAREWELL_TEXT_RETENTION_DAYS}: the
 * share itself stays as a count. Runs on the ticker and does its work once a day per instance; two
 * instances doing it the same day change nothing the second time.
 */
public final class TextRetention {
  private final Jdbi jdbi;
  private final Clock clock;
  private final ZoneId zone;
  private final Duration keep;
  private final AtomicReference<LocalDate> lastRun = new AtomicReference<>();

  public TextRetention(Jdbi jdbi, Clock clock, ZoneId zone, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("Texts must be kept at least a day");
    }
    this.jdbi = jdbi;
    this.clock = clock;
    this.zone = zone;
    this.keep = Duration.ofDays(days);
  }

  /** Purges once a day; returns how many shares lost their text (0 when it already ran today). */
  public int purgeDue() {
    Instant now = clock.instant();
    LocalDate today = now.atZone(zone).toLocalDate();
    LocalDate last = lastRun.get();
    if (today.equals(last) || !lastRun.compareAndSet(last, today)) {
      return 0;
    }
    try {
      return purgeBefore(now.minus(keep));
    } catch (RuntimeException e) {
      // Not done today after all (the database was away): the next tick tries again.
      lastRun.compareAndSet(today, last);
      throw e;
    }
  }

  /** Removes texts and links of shares reported before {@code cutoff}. */
  public int purgeBefore(Instant cutoff) {
    return jdbi.withHandle(
        handle ->
            handle
                .createUpdate(
                    "UPDATE shares SET text = NULL, post_url = NULL WHERE reported_at < :cutoff"
                        + " AND (text IS NOT NULL OR post_url IS NOT NULL)")
                .bind("cutoff", cutoff)
                .execute());
  }
}
