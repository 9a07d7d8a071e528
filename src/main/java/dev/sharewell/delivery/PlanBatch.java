package dev.sharewell.delivery;

import dev.sharewell.identity.Platform;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Deliveries to plan, inserted as one batch in one transaction: "digest now" for ten thousand
 * members must answer within Slack's three seconds, not take ten thousand round trips.
 */
final class PlanBatch {
  private final List<Long> members = new ArrayList<>();
  private final List<Platform> platforms = new ArrayList<>();
  private final List<String> workspaces = new ArrayList<>();
  private final List<String> periods = new ArrayList<>();
  private final List<Instant> dues = new ArrayList<>();

  void add(PlanningDao.CandidateRow row, String period, Instant due) {
    members.add(row.id());
    platforms.add(row.platform());
    workspaces.add(row.workspaceId());
    periods.add(period);
    dues.add(due);
  }

  /** Inserts the rows; returns how many were planned (a member who had one already is skipped). */
  int insert(Jdbi jdbi, Instant now) {
    return jdbi.inTransaction(handle -> insert(handle, now));
  }

  /** As {@link #insert(Jdbi, Instant)}, within the caller's transaction. */
  int insert(Handle handle, Instant now) {
    if (members.isEmpty()) {
      return 0;
    }
    int[] counts =
        handle.attach(OutboxDao.class).planAll(members, platforms, workspaces, periods, dues, now);
    return Arrays.stream(counts).map(count -> Math.max(0, count)).sum();
  }
}
