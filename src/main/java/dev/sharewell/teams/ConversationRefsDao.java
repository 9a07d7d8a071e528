package dev.sharewell.teams;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * The Teams rows of {@code conversation_refs} (platform {@code TEAMS}, workspace = tenant): where
 * the bot may write without being asked.
 */
interface ConversationRefsDao {

  /**
   * Stores or refreshes a reference; returns whether it is new. Insert-then-update is race-safe on
   * H2 and PostgreSQL alike (wiring.md), which matters because Teams sends installationUpdate and
   * conversationUpdate for one installation at the same moment.
   */
  @Transaction
  default boolean save(
      String tenantId,
      String conversationId,
      RefKind kind,
      String userId,
      String teamId,
      String reference,
      Instant now) {
    if (insert(tenantId, conversationId, kind, userId, teamId, reference, now) == 1) {
      return true;
    }
    update(tenantId, conversationId, kind, userId, teamId, reference, now);
    return false;
  }

  @SqlUpdate(
      "INSERT INTO conversation_refs (platform, workspace_id, conversation_id, kind, user_id,"
          + " team_id, reference, updated_at) VALUES ('TEAMS', :tenantId, :conversationId, :kind,"
          + " :userId, :teamId, :reference, :now) ON CONFLICT DO NOTHING")
  int insert(
      String tenantId,
      String conversationId,
      RefKind kind,
      String userId,
      String teamId,
      String reference,
      Instant now);

  @SqlUpdate(
      "UPDATE conversation_refs SET kind = :kind, user_id = :userId, team_id = :teamId,"
          + " reference = :reference, updated_at = :now WHERE platform = 'TEAMS'"
          + " AND workspace_id = :tenantId AND conversation_id = :conversationId")
  int update(
      String tenantId,
      String conversationId,
      RefKind kind,
      String userId,
      String teamId,
      String reference,
      Instant now);

  @SqlQuery(
      "SELECT reference FROM conversation_refs WHERE platform = 'TEAMS' AND workspace_id = :tenantId"
          + " AND kind = 'PERSONAL' AND user_id = :userId ORDER BY updated_at DESC LIMIT 1")
  Optional<String> personal(String tenantId, String userId);

  @SqlQuery(
      "SELECT reference FROM conversation_refs WHERE platform = 'TEAMS' AND workspace_id = :tenantId"
          + " AND conversation_id = :conversationId")
  Optional<String> byConversation(String tenantId, String conversationId);

  @SqlQuery(
      "SELECT reference FROM conversation_refs WHERE platform = 'TEAMS' AND workspace_id = :tenantId"
          + " AND team_id = :teamId ORDER BY updated_at DESC LIMIT 1")
  Optional<String> ofTeam(String tenantId, String teamId);

  /** The most recently used reference of the tenant: where its service url and bot are known. */
  @SqlQuery(
      "SELECT reference FROM conversation_refs WHERE platform = 'TEAMS' AND workspace_id = :tenantId"
          + " ORDER BY updated_at DESC LIMIT 1")
  Optional<String> latest(String tenantId);

  @SqlUpdate(
      "DELETE FROM conversation_refs WHERE platform = 'TEAMS' AND workspace_id = :tenantId"
          + " AND conversation_id = :conversationId")
  int deleteConversation(String tenantId, String conversationId);

  @SqlUpdate(
      "DELETE FROM conversation_refs WHERE platform = 'TEAMS' AND workspace_id = :tenantId"
          + " AND team_id = :teamId")
  int deleteTeam(String tenantId, String teamId);
}
