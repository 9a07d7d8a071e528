package dev.sharewell.delivery;

import dev.sharewell.member.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * One instance at a time dispatches a workspace: it holds a lease row in the database and renews it
 * while it works. When the holder dies, another instance takes over once the lease ran out.
 */
final class WorkspaceLeases {
  private final Jdbi jdbi;
  private final Clock clock;
  private final String holder;
  private final Duration length;

  WorkspaceLeases(Jdbi jdbi, Clock clock, String holder, Duration length) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.holder = holder;
    this.length = length;
  }

  Duration length() {
    return length;
  }

  /** Takes or renews the lease; false when another live instance holds it. */
  boolean acquire(Platform platform, String workspaceId) {
    Instant now = clock.instant();
    return jdbi.inTransaction(
        handle -> {
          Dao dao = handle.attach(Dao.class);
          dao.insertExpired(platform, workspaceId, Instant.EPOCH);
          return dao.take(platform, workspaceId, holder, now, now.plus(length)) == 1;
        });
  }

  void release(Platform platform, String workspaceId) {
    jdbi.useExtension(Dao.class, dao -> dao.release(platform, workspaceId, holder, Instant.EPOCH));
  }

  interface Dao {
    @SqlUpdate(
        "INSERT INTO dispatch_leases (platform, workspace_id, holder, lease_until)"
            + " VALUES (:platform, :workspaceId, '', :expired) ON CONFLICT DO NOTHING")
    void insertExpired(
        @Bind("platform") Platform platform,
        @Bind("workspaceId") String workspaceId,
        @Bind("expired") Instant expired);

    /** Race-safe: the row lock serialises takers, and only one sees the lease free. */
    @SqlUpdate(
        "UPDATE dispatch_leases SET holder = :holder, lease_until = :until"
            + " WHERE platform = :platform AND workspace_id = :workspaceId"
            + " AND (holder = :holder OR lease_until < :now)")
    int take(
        @Bind("platform") Platform platform,
        @Bind("workspaceId") String workspaceId,
        @Bind("holder") String holder,
        @Bind("now") Instant now,
        @Bind("until") Instant until);

    @SqlUpdate(
        "UPDATE dispatch_leases SET lease_until = :expired WHERE platform = :platform"
            + " AND workspace_id = :workspaceId AND holder = :holder")
    void release(
        @Bind("platform") Platform platform,
        @Bind("workspaceId") String workspaceId,
        @Bind("holder") String holder,
        @Bind("expired") Instant expired);
  }
}
