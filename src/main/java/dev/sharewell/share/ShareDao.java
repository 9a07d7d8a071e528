package dev.sharewell.share;

import dev.sharewell.identity.Platform;
import dev.sharewell.member.Network;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for shares and the points ledger. */
@RegisterConstructorMapper(ShareRow.class)
interface ShareDao {
  @SqlUpdate(
      "INSERT INTO shares (member_id, platform, workspace_id, content_id, network, text, post_url,"
          + " closeness, personalised, reported_at) VALUES (:memberId, :platform, :workspaceId,"
          + " :contentId, :network, :text, :postUrl, :closeness, :personalised, :now)")
  @GetGeneratedKeys("id")
  long insert(
      @Bind("memberId") long memberId,
      @Bind("platform") Platform platform,
      @Bind("workspaceId") String workspaceId,
      @Bind("contentId") long contentId,
      @Bind("network") Network network,
      @Bind("text") String text,
      @Bind("postUrl") String postUrl,
      @Bind("closeness") Double closeness,
      @Bind("personalised") boolean personalised,
      @Bind("now") Instant now);

  @SqlQuery(
      "SELECT id, member_id, content_id, network, text, post_url, personalised, reported_at"
          + " FROM shares WHERE id = :id")
  Optional<ShareRow> find(@Bind("id") long id);

  /**
   * Claims the reward for this member, item and network; returns 1 for the first share, 0 after.
   */
  @SqlUpdate(
      "INSERT INTO share_rewards (member_id, content_id, network, share_id)"
          + " VALUES (:memberId, :contentId, :network, :shareId) ON CONFLICT DO NOTHING")
  int claimReward(
      @Bind("memberId") long memberId,
      @Bind("contentId") long contentId,
      @Bind("network") Network network,
      @Bind("shareId") long shareId);

  @SqlUpdate(
      "INSERT INTO points (member_id, share_id, points, awarded_at)"
          + " VALUES (:memberId, :shareId, :points, :now)")
  void award(
      @Bind("memberId") long memberId,
      @Bind("shareId") long shareId,
      @Bind("points") int points,
      @Bind("now") Instant now);

  @SqlQuery("SELECT COALESCE(SUM(points), 0) FROM points WHERE member_id = :memberId")
  long totalPoints(@Bind("memberId") long memberId);

  @SqlQuery("SELECT COUNT(*) FROM shares WHERE member_id = :memberId")
  long shareCount(@Bind("memberId") long memberId);

  /** Members of one workspace with more points than {@code points}. */
  @SqlQuery(
      "SELECT COUNT(*) FROM (SELECT p.member_id FROM points p JOIN members m ON m.id = p.member_id"
          + " WHERE m.platform = :platform AND m.workspace_id = :workspaceId"
          + " AND m.opted_in_at IS NOT NULL GROUP BY p.member_id"
          + " HAVING SUM(p.points) > :points) ahead")
  int membersAhead(
      @Bind("platform") Platform platform,
      @Bind("workspaceId") String workspaceId,
      @Bind("points") long points);

  @SqlQuery(
      "SELECT COUNT(*) FROM members WHERE platform = :platform AND workspace_id = :workspaceId"
          + " AND opted_in_at IS NOT NULL")
  int optedInCount(@Bind("platform") Platform platform, @Bind("workspaceId") String workspaceId);

  @SqlQuery(
      "SELECT id, member_id, content_id, network, text, post_url, personalised, reported_at"
          + " FROM shares WHERE content_id = :contentId ORDER BY id")
  List<ShareRow> forContent(@Bind("contentId") long contentId);
}
