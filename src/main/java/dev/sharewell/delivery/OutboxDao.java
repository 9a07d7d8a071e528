package dev.sharewell.delivery;

import dev.sharewell.identity.Platform;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * SQL for the outbox: one digest per member and period, one invitation per person, their state, and
 * what a digest carried.
 */
@RegisterConstructorMapper(OutboxDao.Claimed.class)
@RegisterConstructorMapper(OutboxDao.WorkspaceKey.class)
@RegisterConstructorMapper(OutboxDao.ItemRow.class)
@RegisterConstructorMapper(OutboxDao.StatusCount.class)
interface OutboxDao {
  /**
   * A row claimed for sending. {@code memberId} is null for an invitation ({@code recipientId} is
   * the person invited); {@code unconfirmedAt} is set when an earlier attempt's outcome is unknown;
   * {@code abandoned} when the row was claimed from a sender whose lease ran out.
   */
  record Claimed(
      long id,
      Long memberId,
      String period,
      int attempts,
      String kind,
      Platform platform,
      String workspaceId,
      String recipientId,
      Long inviterId,
      Instant unconfirmedAt,
      boolean abandoned) {

    boolean isInvitation() {
      return INVITATION.equals(kind);
    }

    Claimed asAbandoned() {
      return new Claimed(
          id,
          memberId,
          period,
          attempts,
          kind,
          platform,
          workspaceId,
          recipientId,
          inviterId,
          unconfirmedAt,
          true);
    }
  }

  String INVITATION = "INVITATION";

  record WorkspaceKey(Platform platform, String workspaceId) {}

  record ItemRow(long contentId, int position, Long promptId, Integer captionPosition) {}

  record StatusCount(String status, int count) {}

  String DUE =
      "((status = 'PLANNED' AND due_at <= :now) OR (status = 'SENDING' AND lease_until < :now))";

  /** Plans many deliveries at once; each returns 1 when planned, 0 when the member had one. */
  @SqlBatch(
      "INSERT INTO deliveries (member_id, platform, workspace_id, period, due_at, status, kind,"
          + " created_at, updated_at) VALUES (:memberId, :platform, :workspaceId, :period, :dueAt,"
          + " 'PLANNED', 'DIGEST', :now, :now) ON CONFLICT DO NOTHING")
  int[] planAll(
      @Bind("memberId") List<Long> memberIds,
      @Bind("platform") List<Platform> platforms,
      @Bind("workspaceId") List<String> workspaceIds,
      @Bind("period") List<String> periods,
      @Bind("dueAt") List<Instant> dueAts,
      Instant now);

  /**
   * Brings a workspace's planned deliveries of this period forward to now ("digest now"), except
   * those waiting to be looked for after an unknown outcome: their wait lets a late message land.
   */
  @SqlUpdate(
      "UPDATE deliveries SET due_at = :now, updated_at = :now"
          + " WHERE period = :period AND platform = :platform AND workspace_id = :workspaceId"
          + " AND status = 'PLANNED' AND due_at > :now AND unconfirmed_at IS NULL")
  int bringForward(String period, Platform platform, String workspaceId, Instant now);

  @SqlQuery(
      "SELECT member_id, period FROM deliveries WHERE period IN (<periods>)"
          + " AND member_id IS NOT NULL")
  @RegisterConstructorMapper(Planned.class)
  List<Planned> plannedIn(@BindList("periods") List<String> periods);

  record Planned(long memberId, String period) {}

  /** Workspaces with something due, except those whose sending is paused after a 429. */
  @SqlQuery(
      "SELECT DISTINCT platform, workspace_id FROM deliveries d WHERE "
          + DUE
          + " AND NOT EXISTS (SELECT 1 FROM dispatch_leases l WHERE l.platform = d.platform"
          + " AND l.workspace_id = d.workspace_id AND l.paused_until > :now)")
  List<WorkspaceKey> workspacesWithDueWork(Instant now);

  /**
   * Planned rows of one workspace that are due, oldest first, locked; another claimer skips them.
   * One status per query, so the (platform, workspace, status, due) index serves it.
   */
  @SqlQuery(
      "SELECT id FROM deliveries WHERE platform = :platform AND workspace_id = :workspaceId"
          + " AND status = 'PLANNED' AND due_at <= :now"
          + " ORDER BY due_at, id LIMIT :limit FOR UPDATE SKIP LOCKED")
  List<Long> lockDuePlanned(Platform platform, String workspaceId, Instant now, int limit);

  /** Rows of one workspace whose sender's lease ran out (it died), locked. */
  @SqlQuery(
      "SELECT id FROM deliveries WHERE platform = :platform AND workspace_id = :workspaceId"
          + " AND status = 'SENDING' AND lease_until < :now"
          + " ORDER BY due_at, id LIMIT :limit FOR UPDATE SKIP LOCKED")
  List<Long> lockAbandoned(Platform platform, String workspaceId, Instant now, int limit);

  @SqlUpdate(
      "UPDATE deliveries SET status = 'SENDING', lease_until = :leaseUntil, updated_at = :now"
          + " WHERE id IN (<ids>)")
  void markSending(@BindList("ids") List<Long> ids, Instant leaseUntil, Instant now);

  @SqlQuery(
      "SELECT id, member_id, period, attempts, kind, platform, workspace_id, recipient_id,"
          + " inviter_id, unconfirmed_at, FALSE AS abandoned FROM deliveries WHERE id IN (<ids>)"
          + " ORDER BY due_at, id")
  List<Claimed> claimed(@BindList("ids") List<Long> ids);

  @SqlUpdate(
      "UPDATE deliveries SET status = 'SENT', platform_message_id = :messageId, sent_at = :now,"
          + " updated_at = :now, lease_until = NULL, kind = :kind WHERE id = :id")
  void markSent(long id, String messageId, String kind, Instant now);

  @SqlUpdate(
      "UPDATE deliveries SET status = :status, reason = :reason, updated_at = :now,"
          + " lease_until = NULL WHERE id = :id")
  void markEnded(long id, String status, String reason, Instant now);

  /**
   * Puts a delivery back in the queue after an attempt whose outcome is unknown: before it is sent
   * again, the platform is asked whether it arrived.
   */
  @SqlUpdate(
      "UPDATE deliveries SET status = 'PLANNED', due_at = :dueAt, reason = :reason,"
          + " attempts = attempts + 1, unconfirmed_at = :now, kind = :kind, lease_until = NULL,"
          + " updated_at = :now WHERE id = :id")
  void markUnconfirmed(long id, Instant dueAt, String reason, String kind, Instant now);

  /** Ends a delivery nobody can tell about: it may have arrived, so it is not sent again. */
  @SqlUpdate(
      "UPDATE deliveries SET status = 'UNKNOWN', reason = :reason, kind = :kind,"
          + " unconfirmed_at = COALESCE(unconfirmed_at, :now), lease_until = NULL,"
          + " updated_at = :now WHERE id = :id")
  void markUnknown(long id, String reason, String kind, Instant now);

  /** Queues invitations; each returns 1 when queued, 0 when the person was invited before. */
  @SqlBatch(
      "INSERT INTO deliveries (member_id, platform, workspace_id, period, due_at, status, kind,"
          + " recipient_id, inviter_id, created_at, updated_at) VALUES (NULL, :platform,"
          + " :workspaceId, :period, :now, 'PLANNED', 'INVITATION', :recipientId, :inviterId,"
          + " :now, :now) ON CONFLICT DO NOTHING")
  int[] queueInvitations(
      @Bind("recipientId") List<String> recipientIds,
      Platform platform,
      String workspaceId,
      String period,
      long inviterId,
      Instant now);

  /** Puts a delivery back in the queue for a later attempt. */
  @SqlUpdate(
      "UPDATE deliveries SET status = 'PLANNED', due_at = :dueAt, reason = :reason,"
          + " attempts = attempts + :countsAsAttempt, lease_until = NULL, updated_at = :now"
          + " WHERE id = :id")
  void retryAt(long id, Instant dueAt, String reason, int countsAsAttempt, Instant now);

  @SqlQuery(
      "SELECT content_id, position, prompt_id, caption_position FROM delivery_items"
          + " WHERE delivery_id = :id ORDER BY position")
  List<ItemRow> itemsOf(@Bind("id") long deliveryId);

  @SqlUpdate(
      "INSERT INTO delivery_items (delivery_id, content_id, position, prompt_id, caption_position)"
          + " VALUES (:deliveryId, :contentId, :position, :promptId, :captionPosition)")
  void addItem(
      long deliveryId, long contentId, int position, long promptId, Integer captionPosition);

  /** Counts one more recipient of this item; the row stays locked until the transaction ends. */
  @SqlUpdate("UPDATE content_items SET recipients = recipients + 1 WHERE id = :contentId")
  void countRecipient(long contentId);

  @SqlQuery("SELECT recipients FROM content_items WHERE id = :contentId")
  int recipients(long contentId);

  /** Items not to pick for this member: given in another delivery, or dismissed ("Not for me"). */
  @SqlQuery(
      "SELECT i.content_id FROM delivery_items i JOIN deliveries d ON d.id = i.delivery_id"
          + " WHERE d.member_id = :memberId AND d.id <> :exceptDelivery"
          + " AND d.status IN ('PLANNED', 'SENDING', 'SENT', 'UNKNOWN')"
          + " UNION SELECT content_id FROM dismissals WHERE member_id = :memberId")
  Set<Long> excludedContentIds(long memberId, long exceptDelivery);

  /** What this member was given with this item in their latest digest holding it. */
  @SqlQuery(
      "SELECT i.content_id, i.position, i.prompt_id, i.caption_position FROM delivery_items i"
          + " JOIN deliveries d ON d.id = i.delivery_id"
          + " WHERE d.member_id = :memberId AND i.content_id = :contentId"
          + " ORDER BY d.id DESC LIMIT 1")
  Optional<ItemRow> given(long memberId, long contentId);

  /** A workspace's digests of a period by state (invitations are not digests). */
  @SqlQuery(
      "SELECT status, COUNT(*) AS count FROM deliveries WHERE period = :period"
          + " AND platform = :platform AND workspace_id = :workspaceId"
          + " AND kind <> 'INVITATION' GROUP BY status")
  List<StatusCount> countsIn(String period, Platform platform, String workspaceId);

  @SqlQuery("SELECT status, COUNT(*) AS count FROM deliveries GROUP BY status")
  List<StatusCount> countsAll();

  @SqlQuery(
      "SELECT MAX(due_at) FROM deliveries WHERE period = :period"
          + " AND platform = :platform AND workspace_id = :workspaceId"
          + " AND status IN ('PLANNED', 'SENDING') AND kind <> 'INVITATION'")
  Optional<Instant> lastDueIn(String period, Platform platform, String workspaceId);

  /** The member's ignored-digest count, last reaction, and when their last digest went out. */
  @SqlQuery(
      "SELECT m.ignored_digests, m.last_reaction_at, (SELECT MAX(d.sent_at) FROM deliveries d"
          + " WHERE d.member_id = m.id AND d.status = 'SENT' AND d.kind = 'DIGEST')"
          + " AS last_sent_at FROM members m WHERE m.id = :memberId")
  @RegisterConstructorMapper(EngagementRow.class)
  EngagementRow engagement(long memberId);

  record EngagementRow(int ignoredDigests, Instant lastReactionAt, Instant lastSentAt) {}
}
