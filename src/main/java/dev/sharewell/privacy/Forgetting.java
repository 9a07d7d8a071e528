package dev.sharewell.privacy;

import dev.sharewell.audit.AuditLog;
import dev.sharewell.member.Member;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Deletes a member's personal data when they ask ({@code forget}). Their shares and points stay,
 * without member, text or link, so the programme's counts do not change; so do their tracked links,
 * which keep leading to the item and counting clicks for it, owned by nobody; everything else about
 * them goes: profile, settings, networks, roles, digests, the invitation they got, dismissals,
 * leaderboard lines, chats, downloads that hold their data, and their id in the audit log.
 */
public final class Forgetting {
  /** What the audit log says instead of the forgotten member's id. */
  public static final String FORGOTTEN = "forgotten member";

  private final Jdbi jdbi;
  private final AuditLog audit;

  public Forgetting(Jdbi jdbi, AuditLog audit) {
    this.jdbi = jdbi;
    this.audit = audit;
  }

  /** Forgets the member, all in one transaction: either everything goes or nothing does. */
  public void forget(Member member) {
    jdbi.useTransaction(handle -> forget(handle, member));
  }

  private void forget(Handle handle, Member member) {
    long id = member.id();
    String platform = member.identity().platform().name();
    String workspace = member.identity().workspaceId();
    handle.execute(
        "UPDATE shares SET member_id = NULL, text = NULL, post_url = NULL WHERE member_id = ?", id);
    handle.execute("UPDATE points SET member_id = NULL WHERE member_id = ?", id);
    handle.execute("DELETE FROM share_rewards WHERE member_id = ?", id);
    handle.execute("UPDATE tracked_links SET member_id = NULL WHERE member_id = ?", id);
    handle.execute(
        "DELETE FROM conversation_refs WHERE platform = ? AND workspace_id = ? AND user_id = ?",
        platform,
        workspace,
        member.identity().userId());
    // The invitation they were sent names them by their platform id, without a member row.
    handle.execute(
        "DELETE FROM deliveries WHERE platform = ? AND workspace_id = ? AND recipient_id = ?",
        platform,
        workspace,
        member.identity().userId());
    // Every download that holds their data, by the ids stored with it, and those they asked for.
    handle.execute(
        "DELETE FROM exports WHERE created_by = ?"
            + " OR token IN (SELECT token FROM export_members WHERE member_id = ?)",
        id,
        id);
    handle.execute(
        "UPDATE audit_log SET subject = ? WHERE subject = ?",
        FORGOTTEN,
        member.identity().qualifiedId());
    // Roles, networks, dismissals, digests and leaderboard lines go with the member (ON DELETE
    // CASCADE); content they added and roles they granted stay, without their id (SET NULL).
    handle.execute("DELETE FROM members WHERE id = ?", id);
    audit.recordWithoutActor(
        handle, member.identity().platform(), workspace, "privacy.forget", null, null);
  }
}
