package dev.sharewell.audit;

import dev.sharewell.member.Member;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
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

  /** Writes one entry. {@code detail} must never hold a message body or a secret. */
  public void record(Member actor, String action, String subject, String detail) {
    jdbi.useHandle(handle -> record(handle, actor, action, subject, detail));
  }

  /**
   * Writes one entry inside the caller's transaction, so the entry and the change land together.
   */
  public void record(Handle handle, Member actor, String action, String subject, String detail) {
    handle
        .attach(Dao.class)
        .insert(
            clock.instant(),
            actor.id(),
            actor.identity().platform().key(),
            actor.identity().workspaceId(),
            action,
            subject,
            detail);
  }

  /** The newest {@code limit} entries, newest first. */
  public List<AuditEntry> latest(int limit) {
    return jdbi.withExtension(Dao.class, dao -> dao.latest(limit));
  }

  @RegisterConstructorMapper(AuditEntry.class)
  interface Dao {
    @SqlUpdate(
        "INSERT INTO audit_log (occurred_at, actor_member_id, platform, workspace_id, action,"
            + " subject, detail) VALUES (:at, :actor, :platform, :workspace, :action, :subject,"
            + " :detail)")
    void insert(
        @Bind("at") Instant at,
        @Bind("actor") long actor,
        @Bind("platform") String platform,
        @Bind("workspace") String workspace,
        @Bind("action") String action,
        @Bind("subject") String subject,
        @Bind("detail") String detail);

    @SqlQuery(
        "SELECT occurred_at, actor_member_id, platform, workspace_id, action, subject, detail"
            + " FROM audit_log ORDER BY occurred_at DESC, id DESC LIMIT :limit")
    List<AuditEntry> latest(@Bind("limit") int limit);
  }
}
