package dev.sharewell.bench;

import dev.sharewell.identity.Platform;
import dev.sharewell.leaderboard.Buckets;
import dev.sharewell.leaderboard.LeaderboardService;
import dev.sharewell.leaderboard.Period;
import dev.sharewell.leaderboard.RollingWindow;
import dev.sharewell.store.Database;
import dev.sharewell.store.DatabaseSettings;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The leaderboard at company scale: 100,000 members and 1,000,000 shares over the last year, then
 * the standings of each period computed again and again. Prints p50/p99/max per period.
 *
 * <p>Arguments: {@code --members N} (100000), {@code --shares S} (1000000), {@code --postgres URL}
 * (default: an H2 file in a scratch folder), {@code --runs R} (50).
 */
public final class LeaderboardBench {
  private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
  private static final String TEAM = "T0001";

  public static void main(String[] args) throws Exception {
    Map<String, String> options = BenchOptions.parse(args);
    int members = Integer.parseInt(options.getOrDefault("members", "100000"));
    int shares = Integer.parseInt(options.getOrDefault("shares", "1000000"));
    int runs = Integer.parseInt(options.getOrDefault("runs", "50"));
    String url = BenchDatabase.url(options, "lb", Files.createTempDirectory("sharewell-lb"));
    Instant now = Instant.parse("2026-11-27T12:00:00Z");
    try (Database db =
        Database.open(new DatabaseSettings(url, Optional.empty(), Optional.empty()))) {
      long seedStart = System.nanoTime();
      seed(db.jdbi(), members, shares, now);
      System.out.printf(
          "database=%s members=%d shares=%d seeded_in_s=%.1f%n",
          BenchDatabase.engine(url), members, shares, (System.nanoTime() - seedStart) / 1e9);
      // Production databases have statistics (autovacuum, or H2's own): gather them as they would.
      db.jdbi().useHandle(handle -> handle.execute("ANALYZE"));
      RollingWindow window = new RollingWindow(db.jdbi(), ZONE);
      long rebuildStart = System.nanoTime();
      window.catchUp(now);
      System.out.printf(
          "rolling_30_days_rebuild_ms=%.0f%n", (System.nanoTime() - rebuildStart) / 1e6);
      LeaderboardService leaderboard =
          new LeaderboardService(db.jdbi(), Clock.fixed(now, ZoneOffset.UTC), ZONE, window);
      for (Period period : Period.values()) {
        for (int i = 0; i < 5; i++) {
          leaderboard.standings(Platform.SLACK, TEAM, period);
        }
        double[] millis = new double[runs];
        int participants = 0;
        for (int i = 0; i < runs; i++) {
          long start = System.nanoTime();
          participants = leaderboard.standings(Platform.SLACK, TEAM, period).participants();
          millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Latencies latencies = new Latencies(millis);
        System.out.printf(
            "period=%s participants=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f%n",
            period.key(),
            participants,
            latencies.percentile(50),
            latencies.percentile(99),
            latencies.max());
      }
      long rollStart = System.nanoTime();
      window.catchUp(now.plus(Duration.ofDays(1)));
      System.out.printf(
          "rolling_30_days_daily_roll_ms=%.0f%n", (System.nanoTime() - rollStart) / 1e6);
    }
  }

  /** Members (one in 50 a leader, one in 10 hidden), 100 items, and shares spread over a year. */
  private static void seed(Jdbi jdbi, int members, int shares, Instant now) {
    Random random = new Random(7);
    jdbi.useHandle(
        handle -> {
          handle.begin();
          PreparedBatch people =
              handle.prepareBatch(
                  "INSERT INTO members (id, platform, workspace_id, user_id, display_name, opted_in_at,"
                      + " leaderboard_visible, created_at, updated_at) VALUES (:id, 'SLACK', :team, :user,"
                      + " :name, :at, :visible, :at, :at)");
          for (int i = 1; i <= members; i++) {
            people
                .bind("id", i)
                .bind("team", TEAM)
                .bind("user", "U" + i)
                .bind("name", "Member " + i)
                .bind("at", now.minus(Duration.ofDays(400)))
                .bind("visible", i % 10 != 0)
                .add();
            if (i % 5_000 == 0) {
              people.execute();
            }
          }
          people.execute();
          handle.execute(
              "INSERT INTO member_roles (member_id, role, granted_at) SELECT id, 'LEADER', created_at"
                  + " FROM members WHERE MOD(id, 50) = 0");
          for (int i = 1; i <= 100; i++) {
            handle.execute(
                "INSERT INTO content_items (id, title, url, kind, language, live_from, live_until,"
                    + " status, created_at) VALUES (?, ?, ?, 'NEWS', 'en', ?, ?, 'EXPIRED', ?)",
                i,
                "Item " + i,
                "https://e.com/" + i,
                now.minus(Duration.ofDays(400)),
                now,
                now.minus(Duration.ofDays(400)));
          }
          handle.commit();
        });
    Map<String, long[]> totals = new HashMap<>();
    Map<String, Instant> reached = new HashMap<>();
    jdbi.useHandle(
        handle -> {
          handle.begin();
          PreparedBatch share =
              handle.prepareBatch(
                  "INSERT INTO shares (id, member_id, platform, workspace_id, content_id, network,"
                      + " personalised, reported_at)"
                      + " VALUES (:id, :member, 'SLACK', :team, :content, 'LINKEDIN', :personal, :at)");
          PreparedBatch point =
              handle.prepareBatch(
                  "INSERT INTO points (member_id, share_id, points, awarded_at) VALUES (:member, :id, :points, :at)");
          for (int i = 1; i <= shares; i++) {
            long member = 1 + random.nextInt(members);
            Instant at = now.minusSeconds(random.nextInt(365 * 86_400));
            boolean personal = random.nextInt(3) == 0;
            int points = personal ? 15 : 10;
            share
                .bind("id", i)
                .bind("member", member)
                .bind("team", TEAM)
                .bind("content", 1 + random.nextInt(100))
                .bind("personal", personal)
                .bind("at", at)
                .add();
            point.bind("member", member).bind("id", i).bind("points", points).bind("at", at).add();
            // The rolling bucket is left to RollingWindow, timed below: seeded shares are a year
            // old.
            for (String bucket : Buckets.of(at, ZONE)) {
              if (bucket.equals(Buckets.ROLLING)) {
                continue;
              }
              String key = bucket + "|" + member;
              long[] t = totals.computeIfAbsent(key, k -> new long[3]);
              t[0] += points;
              t[1]++;
              t[2] += personal ? 1 : 0;
              reached.merge(key, at, (a, b) -> a.isAfter(b) ? a : b);
            }
            if (i % 10_000 == 0) {
              share.execute();
              point.execute();
            }
          }
          share.execute();
          point.execute();
          handle.commit();
          insertTotals(handle, totals, reached);
        });
  }

  private static void insertTotals(
      Handle handle, Map<String, long[]> totals, Map<String, Instant> reached) {
    handle.begin();
    PreparedBatch batch =
        handle.prepareBatch(
            "INSERT INTO leaderboard_totals (bucket, member_id, platform, workspace_id, points, shares,"
                + " personalised, reached_at) VALUES (:bucket, :member, 'SLACK', :team, :points, :shares,"
                + " :personal, :at)");
    int n = 0;
    for (Map.Entry<String, long[]> entry : totals.entrySet()) {
      String[] key = entry.getKey().split("\\|");
      batch
          .bind("bucket", key[0])
          .bind("member", Long.parseLong(key[1]))
          .bind("team", TEAM)
          .bind("points", entry.getValue()[0])
          .bind("shares", entry.getValue()[1])
          .bind("personal", entry.getValue()[2])
          .bind("at", reached.get(entry.getKey()))
          .add();
      if (++n % 10_000 == 0) {
        batch.execute();
      }
    }
    batch.execute();
    handle.commit();
    System.out.printf("leaderboard_totals rows=%d%n", n);
  }
}
