package dev.sharewell.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the outbox: one delivery per member and period, and what each carried. */
interface DeliveryDao {
  /** Plans a delivery unless the member already has one this period; returns 1 when planned. */
  @SqlUpdate(
      "INSERT INTO deliveries (member_id, period, due_at, status, created_at, updated_at)"
          + " VALUES (:memberId, :period, :dueAt, 'PLANNED', :now, :now) ON CONFLICT DO NOTHING")
  int plan(
      @Bind("memberId") long memberId,
      @Bind("period") String period,
      @Bind("dueAt") Instant dueAt,
      @Bind("now") Instant now);

  @SqlQuery("SELECT id FROM deliveries WHERE member_id = :memberId AND period = :period")
  Optional<Long> find(@Bind("memberId") long memberId, @Bind("period") String period);

  @SqlUpdate(
      "INSERT INTO delivery_items (delivery_id, content_id, position, prompt_key)"
          + " VALUES (:deliveryId, :contentId, :position, :promptKey)")
  void addItem(
      @Bind("deliveryId") long deliveryId,
      @Bind("contentId") long contentId,
      @Bind("position") int position,
      @Bind("promptKey") String promptKey);

  /** How many members were given this item before: the next recipient's rotation index. */
  @SqlQuery("SELECT COUNT(*) FROM delivery_items WHERE content_id = :contentId")
  int recipientCount(@Bind("contentId") long contentId);

  @SqlQuery(
      "SELECT DISTINCT i.content_id FROM delivery_items i JOIN deliveries d ON d.id = i.delivery_id"
          + " WHERE d.member_id = :memberId AND d.status IN ('PLANNED', 'SENDING', 'SENT')")
  Set<Long> sentContentIds(@Bind("memberId") long memberId);

  /** The prompt this member was given with this item, in their latest digest holding it. */
  @SqlQuery(
      "SELECT i.prompt_key FROM delivery_items i JOIN deliveries d ON d.id = i.delivery_id"
          + " WHERE d.member_id = :memberId AND i.content_id = :contentId"
          + " ORDER BY d.id DESC LIMIT 1")
  Optional<String> promptGiven(@Bind("memberId") long memberId, @Bind("contentId") long contentId);

  @SqlUpdate(
      "UPDATE deliveries SET status = 'SENT', platform_message_id = :messageId, sent_at = :now,"
          + " updated_at = :now, attempts = attempts + 1 WHERE id = :id")
  void markSent(@Bind("id") long id, @Bind("messageId") String messageId, @Bind("now") Instant now);

  @SqlUpdate(
      "UPDATE deliveries SET status = :status, reason = :reason, updated_at = :now,"
          + " attempts = attempts + 1 WHERE id = :id")
  void markEnded(
      @Bind("id") long id,
      @Bind("status") String status,
      @Bind("reason") String reason,
      @Bind("now") Instant now);

  @SqlQuery("SELECT status FROM deliveries WHERE period = :period")
  List<String> statusesOf(@Bind("period") String period);
}
