package dev.sharewell.delivery;

import dev.sharewell.identity.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One instance at a time dispatches a workspace: it holds a lease row in the database, renewed by a
 * heartbeat of its own ({@link LeaseHeartbeat}) however long a send takes. When the holder dies,
 * another instance takes over once the lease ran out. A holder that could not renew stops sending a
 * third of a lease before anyone else may start.
 */
public final class WorkspaceLeases {
  private static final Logger LOG = LoggerFactory.getLogger(WorkspaceLeases.class);

  private final Jdbi jdbi;
  private final Clock clock;
  private final String holder;
  private final Duration length;
  private final Map<OutboxDao.WorkspaceKey, Instant> held = new ConcurrentHashMap<>();
  private volatile Runnable onAcquired = () -> {};

  /** {@code holder} names this instance in the lease rows; each instance needs its own. */
  public WorkspaceLeases(Jdbi jdbi, Clock clock, String holder, Duration length) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.holder = holder;
    this.length = length;
  }

  Duration length() {
    return length;
  }

  /** Called whenever this instance takes a lease, so that the heartbeat beats. */
  void onAcquired(Runnable action) {
    this.onAcquired = action;
  }

  /** Takes or renews the lease; false when another live instance holds it. */
  boolean acquire(Platform platform, String workspaceId) {
    // Each workspace's lease changes in the map's lock, so a release and a heartbeat never cross.
    Instant until =
        held.compute(
            new OutboxDao.WorkspaceKey(platform, workspaceId),
            (key, before) -> take(platform, workspaceId) ? clock.instant().plus(length) : null);
    if (until == null) {
      return false;
    }
    onAcquired.run();
    return true;
  }

  private boolean take(Platform platform, String workspaceId) {
    Instant now = clock.instant();
    return jdbi.inTransaction(
        handle -> {
          Dao dao = handle.attach(Dao.class);
          dao.insertExpired(platform, workspaceId, Instant.EPOCH);
          return dao.take(platform, workspaceId, holder, now, now.plus(length)) == 1;
        });
  }

  void release(Platform platform, String workspaceId) {
    held.compute(
        new OutboxDao.WorkspaceKey(platform, workspaceId),
        (key, before) -> {
          jdbi.useExtension(
              Dao.class, dao -> dao.release(platform, workspaceId, holder, Instant.EPOCH));
          return null;
        });
  }

  /**
   * Whether this instance may still send to the workspace: it holds the lease, and not in the last
   * third of it (renewals failed), so nobody else can have taken over.
   */
  boolean holds(Platform platform, String workspaceId) {
    Instant until = held.get(new OutboxDao.WorkspaceKey(platform, workspaceId));
    return until != null && clock.instant().isBefore(until.minus(length.dividedBy(3)));
  }

  /** Whether any lease is held (the heartbeat has work). */
  boolean holdsAny() {
    return !held.isEmpty();
  }

  /**
   * The heartbeat: renews every lease this instance holds and has not released. One that another
   * instance took meanwhile is given up; one that could not be renewed stays until it runs out.
   */
  void renewHeld() {
    for (OutboxDao.WorkspaceKey workspace : held.keySet()) {
      try {
        held.computeIfPresent(workspace, (key, until) -> renew(key));
      } catch (RuntimeException e) {
        LOG.warn("Could not renew a dispatch lease: {}", e.getClass().getSimpleName());
      }
    }
  }

  private Instant renew(OutboxDao.WorkspaceKey key) {
    Instant now = clock.instant();
    int renewed =
        jdbi.withExtension(
            Dao.class,
            dao -> dao.renew(key.platform(), key.workspaceId(), holder, now.plus(length)));
    if (renewed == 0) {
      LOG.warn("Lost the dispatch lease of a workspace; another instance continues");
      return null;
    }
    return now.plus(length);
  }

  interface Dao {
    @SqlUpdate(
        "INSERT INTO dispatch_leases (platform, workspace_id, holder, lease_until)"
            + " VALUES (:platform, :workspaceId, '', :expired) ON CONFLICT DO NOTHING")
    void insertExpired(Platform platform, String workspaceId, Instant expired);

    /** Race-safe: the row lock serialises takers, and only one sees the lease free. */
    @SqlUpdate(
        "UPDATE dispatch_leases SET holder = :holder, lease_until = :until"
            + " WHERE platform = :platform AND workspace_id = :workspaceId"
            + " AND (holder = :holder OR lease_until < :now)")
    int take(Platform platform, String workspaceId, String holder, Instant now, Instant until);

    /** Extends this holder's lease, unless another instance took it after it ran out. */
    @SqlUpdate(
        "UPDATE dispatch_leases SET lease_until = :until WHERE platform = :platform"
            + " AND workspace_id = :workspaceId AND holder = :holder")
    int renew(Platform platform, String workspaceId, String holder, Instant until);

    @SqlUpdate(
        "UPDATE dispatch_leases SET lease_until = :expired WHERE platform = :platform"
            + " AND workspace_id = :workspaceId AND holder = :holder")
    void release(Platform platform, String workspaceId, String holder, Instant expired);
  }
}
