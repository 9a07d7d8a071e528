package dev.sharewell.links;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts clicks in memory and writes them in batches: a redirect never waits for the database.
 * {@link #start} writes what is pending every interval; {@link #close} writes the rest, so a
 * graceful stop loses nothing and a killed process at most the last interval. A write that fails is
 * kept and tried again with the next one.
 */
public final class ClickCounter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ClickCounter.class);

  private record Key(long linkId, LocalDate day) {}

  private record Counts(long clicks, long uniques) {
    Counts plus(Counts other) {
      return new Counts(clicks + other.clicks, uniques + other.uniques);
    }
  }

  private final Jdbi jdbi;
  private final Clock clock;
  private final ZoneId zone;
  private final Visitors visitors = new Visitors();
  private final Map<Key, Counts> pending = new ConcurrentHashMap<>();
  private ScheduledExecutorService flusher;

  public ClickCounter(Jdbi jdbi, Clock clock, ZoneId zone) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.zone = zone;
  }

  /** Writes pending clicks every {@code interval}; zero: only when asked and on close. */
  public synchronized void start(Duration interval) {
    if (interval.isZero() || flusher != null) {
      return;
    }
    flusher =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "sharewell-clicks");
              thread.setDaemon(true);
              return thread;
            });
    flusher.scheduleWithFixedDelay(
        this::flushQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One click on {@code linkId} by the visitor at {@code address} with {@code userAgent}. */
  void record(long linkId, String address, String userAgent) {
    LocalDate day = LocalDate.ofInstant(clock.instant(), zone);
    boolean unique = visitors.firstVisit(day, linkId, address, userAgent);
    pending.merge(new Key(linkId, day), new Counts(1, unique ? 1 : 0), Counts::plus);
  }

  /** Clicks counted and not yet written. */
  public long pending() {
    return pending.values().stream().mapToLong(Counts::clicks).sum();
  }

  /** Writes what is pending now; returns how many clicks it wrote. */
  public synchronized long flush() {
    List<Map.Entry<Key, Counts>> batch = new ArrayList<>();
    for (Key key : List.copyOf(pending.keySet())) {
      Counts counts = pending.remove(key);
      if (counts != null) {
        batch.add(Map.entry(key, counts));
      }
    }
    if (batch.isEmpty()) {
      return 0;
    }
    try {
      jdbi.useTransaction(
          handle -> {
            LinksDao dao = handle.attach(LinksDao.class);
            for (Map.Entry<Key, Counts> entry : batch) {
              Key key = entry.getKey();
              Counts counts = entry.getValue();
              if (dao.insertClicks(key.linkId(), key.day(), counts.clicks(), counts.uniques())
                  == 0) {
                dao.addClicks(key.linkId(), key.day(), counts.clicks(), counts.uniques());
              }
            }
          });
    } catch (RuntimeException e) {
      // Kept for the next write: nothing counted is dropped while the database is away.
      batch.forEach(entry -> pending.merge(entry.getKey(), entry.getValue(), Counts::plus));
      throw e;
    }
    return batch.stream().mapToLong(entry -> entry.getValue().clicks()).sum();
  }

  private void flushQuietly() {
    try {
      flush();
    } catch (RuntimeException e) {
      LOG.warn("Clicks could not be written, trying again in a moment: {}", e.getMessage());
    }
  }

  /** Stops the timer, waits for a write under way, and writes what is still pending. */
  @Override
  public void close() {
    ScheduledExecutorService timer;
    synchronized (this) {
      timer = flusher;
      flusher = null;
    }
    if (timer != null) {
      timer.shutdown();
      try {
        timer.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    long left = pending();
    try {
      flush();
    } catch (RuntimeException e) {
      LOG.error("{} clicks could not be written before stopping", left, e);
    }
  }
}
