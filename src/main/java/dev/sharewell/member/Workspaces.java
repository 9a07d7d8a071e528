package dev.sharewell.member;

import dev.sharewell.identity.Platform;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack workspaces and Teams tenants the app is installed in. Once uninstalled (or its tokens
 * revoked), nothing is sent there until someone uses the app there again.
 */
public final class Workspaces {
  private static final Logger LOG = LoggerFactory.getLogger(Workspaces.class);

  private final Jdbi jdbi;
  private final Clock clock;

  public Workspaces(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * Records that the app is in use in this workspace (again). It runs on every request, so it reads
   * first and writes only for a new or a returning workspace.
   */
  public void seen(Platform platform, String workspaceId) {
    jdbi.useExtension(
        Dao.class,
        dao -> {
          Optional<Boolean> uninstalled = dao.uninstalled(platform, workspaceId);
          if (uninstalled.isEmpty()) {
            if (dao.insert(platform, workspaceId, clock.instant()) == 0) {
              dao.reinstall(platform, workspaceId);
            } else {
              // Admins need this id for SHAREWELL_ADMINS and the organisation's list.
              LOG.info("First request from {} workspace {}", platform.key(), workspaceId);
            }
          } else if (uninstalled.get()) {
            dao.reinstall(platform, workspaceId);
          }
        });
  }

  /** Stops all sending to this workspace. */
  public void uninstalled(Platform platform, String workspaceId) {
    jdbi.useExtension(
        Dao.class,
        dao -> {
          dao.insert(platform, workspaceId, clock.instant());
          dao.uninstall(platform, workspaceId, clock.instant());
        });
  }

  public boolean isActive(Platform platform, String workspaceId) {
    return jdbi.withExtension(Dao.class, dao -> dao.uninstalledCount(platform, workspaceId) == 0);
  }

  interface Dao {
    @SqlUpdate(
        "INSERT INTO workspaces (platform, workspace_id, installed_at)"
            + " VALUES (:platform, :workspaceId, :now) ON CONFLICT DO NOTHING")
    int insert(Platform platform, String workspaceId, java.time.Instant now);

    @SqlUpdate(
        "UPDATE workspaces SET uninstalled_at = NULL WHERE platform = :platform"
            + " AND workspace_id = :workspaceId AND uninstalled_at IS NOT NULL")
    int reinstall(Platform platform, String workspaceId);

    @SqlUpdate(
        "UPDATE workspaces SET uninstalled_at = :now WHERE platform = :platform"
            + " AND workspace_id = :workspaceId")
    void uninstall(Platform platform, String workspaceId, java.time.Instant now);

    @SqlQuery(
        "SELECT uninstalled_at IS NOT NULL FROM workspaces WHERE platform = :platform"
            + " AND workspace_id = :workspaceId")
    Optional<Boolean> uninstalled(Platform platform, String workspaceId);

    @SqlQuery(
        "SELECT COUNT(*) FROM workspaces WHERE platform = :platform"
            + " AND workspace_id = :workspaceId AND uninstalled_at IS NOT NULL")
    int uninstalledCount(Platform platform, String workspaceId);
  }
}
