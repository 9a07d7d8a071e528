package dev.sharewell.delivery;

import dev.sharewell.identity.Platform;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * A workspace's sending pause after a 429, kept next to its dispatch lease so that whichever
 * instance dispatches the workspace next honours it too.
 */
public final class SendPauses {
  private final Jdbi jdbi;

  public SendPauses(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Pauses the workspace until {@code until}, unless it is already paused for longer. */
  void pause(Platform platform, String workspaceId, Instant until) {
    jdbi.useTransaction(
        handle -> {
          Dao dao = handle.attach(Dao.class);
          dao.insertUnpaused(platform, workspaceId, Instant.EPOCH);
          dao.extend(platform, workspaceId, until);
        });
  }

  /** Until when the workspace's sending is paused, if it is paused at {@code now}. */
  Optional<Instant> pausedAt(Platform platform, String workspaceId, Instant now) {
    return jdbi.withExtension(Dao.class, dao -> dao.pausedUntil(platform, workspaceId))
        .filter(now::isBefore);
  }

  interface Dao {
    @SqlUpdate(
        "INSERT INTO dispatch_leases (platform, workspace_id, holder, lease_until)"
            + " VALUES (:platform, :workspaceId, '', :expired) ON CONFLICT DO NOTHING")
    void insertUnpaused(Platform platform, String workspaceId, Instant expired);

    @SqlUpdate(
        "UPDATE dispatch_leases SET paused_until = :until WHERE platform = :platform"
            + " AND workspace_id = :workspaceId"
            + " AND (paused_until IS NULL OR paused_until < :until)")
    void extend(Platform platform, String workspaceId, Instant until);

    @SqlQuery(
        "SELECT paused_until FROM dispatch_leases WHERE platform = :platform"
            + " AND workspace_id = :workspaceId AND paused_until IS NOT NULL")
    Optional<Instant> pausedUntil(Platform platform, String workspaceId);
  }
}
