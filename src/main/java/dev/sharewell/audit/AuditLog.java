package dev.sharewell.audit;

import dev.sharewell.identity.Actor;
import dev.sharewell.identity.Platform;
import dev.sharewell.store.Columns;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Who did what with a privileged role, when, and from which platform. */
public final class AuditLog {
  private final Jdbi jdbi;
  private final Clock clock;

  public AuditLog(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * Writes one entry. {@code detail} must never hold a message body or a secret. A subject or
   * detail longer than its column (an item's url may be longer than the detail) is cut: an entry
   * must never fail the change it records.
   */
  public void record(Actor actor, String action, String subject, String detail) {
    jdbi.useHandle(handle -> record(handle, actor, action, subject, detail));
  }

  /**
   * Writes one entry inside the caller's transaction, so the entry and the change land together.
   */
  public void record(Handle handle, Actor actor, String action, String subject, String detail) {
    handle
        .attach(Dao.class)
        .insert(
            clock.instant(),
            actor.id(),
            actor.identity().platform().key(),
            actor.identity().workspaceId(),
            action,
            Columns.cut(subject, Columns.AUDIT_SUBJECT),
            Columns.cut(detail, Columns.AUDIT_DETAIL));
  }

  /** An entry with no one to name: the member who did it is being forgotten. */
  public void recordWithoutActor(
      Handle handle,
      Platform platform,
      String workspaceId,
      String action,
      String subject,
      String detail) {
    handle
        .attach(Dao.class)
        .insert(
            clock.instant(),
            null,
            platform.key(),
            workspaceId,
            action,
            Columns.cut(subject, Columns.AUDIT_SUBJECT),
            Columns.cut(detail, Columns.AUDIT_DETAIL));
  }

  /**
   * The newest {@code limit} entries of every workspace, newest first (for operators and tests).
   */
  public List<AuditEntry> latest(int limit) {
    return jdbi.withExtension(Dao.class, dao -> dao.latest(limit));
  }

  /**
   * The newest {@code limit} entries an admin may see, newest first: those of their own workspace,
   * and every change to the content catalogue, which is the whole organisation's (comms add an item
   * once, and members on every platform get it).
   */
  public List<AuditEntry> latestIn(Actor admin, int limit) {
    admin.requireAdmin();
    return jdbi.withExtension(
        Dao.class,
        dao ->
            dao.latestIn(admin.identity().platform().key(), admin.identity().workspaceId(), limit));
  }

  @RegisterConstructorMapper(AuditEntry.class)
  interface Dao {
    @SqlUpdate(
        "INSERT INTO audit_log (occurred_at, actor_member_id, platform, workspace_id, action,"
            + " subject, detail) VALUES (:at, :actor, :platform, :workspace, :action, :subject,"
            + " :detail)")
    void insert(
        Instant at,
        Long actor,
        String platform,
        String workspace,
        String action,
        String subject,
        String detail);

    String ENTRY =
        "SELECT a.occurred_at, a.actor_member_id, m.display_name AS actor_name, a.platform,"
            + " a.workspace_id, a.action, a.subject, a.detail"
            + " FROM audit_log a LEFT JOIN members m ON m.id = a.actor_member_id";

    @SqlQuery(ENTRY + " ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit")
    List<AuditEntry> latest(int limit);

    @SqlQuery(
        ENTRY
            + " WHERE (a.platform = :platform AND a.workspace_id = :workspace)"
            + " OR a.action LIKE 'content.%'"
            + " ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit")
    List<AuditEntry> latestIn(String platform, String workspace, int limit);
  }
}
