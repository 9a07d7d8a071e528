package dev.sharewell.member;

import dev.sharewell.identity.Platform;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for members, their roles and networks. Services assemble {@link Member}s from these rows. */
@RegisterConstructorMapper(MemberRow.class)
@RegisterConstructorMapper(NetworkRow.class)
@RegisterConstructorMapper(RoleRow.class)
interface MemberDao {
  String COLUMNS =
      "id, platform, workspace_id, user_id, display_name, locale, time_zone, opted_in_at, left_at,"
          + " left_reason, paused_until, language, cadence, preferred_day, preferred_minute,"
          + " quiet_start_minute, quiet_end_minute, leaderboard_visible, created_at";

  /** Inserts the member unless one with the same identity exists; race-safe on both databases. */
  @SqlUpdate(
      "INSERT INTO members (platform, workspace_id, user_id, display_name, locale, time_zone,"
          + " created_at, updated_at) VALUES (:platform, :workspaceId, :userId, :displayName,"
          + " :locale, :timeZone, :now, :now) ON CONFLICT DO NOTHING")
  int insertIfAbsent(
      Platform platform,
      String workspaceId,
      String userId,
      String displayName,
      String locale,
      String timeZone,
      Instant now);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM members WHERE platform = :platform AND workspace_id = :workspaceId"
          + " AND user_id = :userId")
  Optional<MemberRow> findByIdentity(Platform platform, String workspaceId, String userId);

  @SqlQuery("SELECT " + COLUMNS + " FROM members WHERE id = :id")
  Optional<MemberRow> findById(long id);

  @SqlQuery("SELECT " + COLUMNS + " FROM members WHERE opted_in_at IS NOT NULL ORDER BY id")
  List<MemberRow> findOptedIn();

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM members m WHERE platform = :platform AND workspace_id = :workspaceId"
          + " AND EXISTS (SELECT 1 FROM member_roles r WHERE r.member_id = m.id AND r.role = :role)"
          + " ORDER BY id")
  List<MemberRow> findWithRole(Platform platform, String workspaceId, Role role);

  @SqlUpdate(
      "UPDATE members SET display_name = :displayName, locale = :locale, time_zone = :timeZone,"
          + " updated_at = :now WHERE id = :id")
  void updateProfile(long id, String displayName, String locale, String timeZone, Instant now);

  /** Opts the member in; returns 0 when they were already in. */
  @SqlUpdate(
      "UPDATE members SET opted_in_at = :now, left_at = NULL, left_reason = NULL,"
          + " paused_until = NULL, ignored_digests = 0, updated_at = :now"
          + " WHERE id = :id AND opted_in_at IS NULL")
  int optIn(long id, Instant now);

  /** Opts the member out; returns 0 when they were not in. */
  @SqlUpdate(
      "UPDATE members SET opted_in_at = NULL, left_at = :now, left_reason = :reason,"
          + " paused_until = NULL, updated_at = :now WHERE id = :id AND opted_in_at IS NOT NULL")
  int optOut(long id, String reason, Instant now);

  /**
   * The leaderboard's totals carry the opted-in state so standings need not join every member (V6
   * migration); this keeps the copy in step.
   */
  @SqlUpdate("UPDATE leaderboard_totals SET active = :active WHERE member_id = :id")
  void setStandingsActive(long id, boolean active);

  /**
   * Notes a reaction unless one is already noted since the member's last digest: most clicks then
   * write nothing, and a write is a disk flush on PostgreSQL.
   */
  @SqlUpdate(
      "UPDATE members SET last_reaction_at = :now, ignored_digests = 0 WHERE id = :id"
          + " AND (ignored_digests <> 0 OR last_reaction_at IS NULL"
          + " OR last_reaction_at <= (SELECT MAX(d.sent_at) FROM deliveries d"
          + " WHERE d.member_id = :id AND d.status = 'SENT' AND d.kind = 'DIGEST'))")
  void noteReaction(long id, Instant now);

  @SqlUpdate("UPDATE members SET ignored_digests = :count WHERE id = :id")
  void setIgnoredDigests(long id, int count);

  @SqlUpdate("UPDATE members SET paused_until = :until, updated_at = :now WHERE id = :id")
  void setPausedUntil(long id, Instant until, Instant now);

  @SqlUpdate(
      "UPDATE members SET language = :language, cadence = :cadence,"
          + " preferred_day = :preferredDay, preferred_minute = :preferredMinute,"
          + " quiet_start_minute = :quietStartMinute, quiet_end_minute = :quietEndMinute,"
          + " leaderboard_visible = :leaderboardVisible, updated_at = :now WHERE id = :id")
  void updatePreferences(
      long id,
      String language,
      Cadence cadence,
      String preferredDay,
      Integer preferredMinute,
      Integer quietStartMinute,
      Integer quietEndMinute,
      boolean leaderboardVisible,
      Instant now);

  @SqlQuery("SELECT member_id, role FROM member_roles WHERE member_id IN (<ids>)")
  List<RoleRow> rolesOf(@BindList("ids") Collection<Long> memberIds);

  @SqlUpdate(
      "INSERT INTO member_roles (member_id, role, granted_at, granted_by)"
          + " VALUES (:memberId, :role, :now, :grantedBy) ON CONFLICT DO NOTHING")
  int grantRole(long memberId, Role role, Long grantedBy, Instant now);

  @SqlUpdate("DELETE FROM member_roles WHERE member_id = :memberId AND role = :role")
  int revokeRole(long memberId, Role role);

  @SqlQuery("SELECT member_id, network, followers FROM member_networks WHERE member_id IN (<ids>)")
  List<NetworkRow> networksOf(@BindList("ids") Collection<Long> memberIds);

  @SqlUpdate("DELETE FROM member_networks WHERE member_id = :memberId")
  void clearNetworks(long memberId);

  @SqlBatch(
      "INSERT INTO member_networks (member_id, network, followers)"
          + " VALUES (:memberId, :network, :followers)")
  void insertNetworks(
      long memberId, @Bind("network") List<Network> networks, List<Integer> followers);
}
