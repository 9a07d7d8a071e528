package dev.sharewell.share;

import dev.sharewell.identity.Platform;
import dev.sharewell.member.Network;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
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
      long memberId,
      Platform platform,
      String workspaceId,
      long contentId,
      Network network,
      String text,
      String postUrl,
      Double closeness,
      boolean personalised,
      Instant now);

  @SqlQuery(
      "SELECT id, member_id, content_id, network, text, post_url, personalised, reported_at"
          + " FROM shares WHERE id = :id")
  Optional<ShareRow> find(long id);

  /**
   * Claims the reward for this member, item and network; returns 1 for the first share, 0 after.
   */
  @SqlUpdate(
      "INSERT INTO share_rewards (member_id, content_id, network, share_id)"
          + " VALUES (:memberId, :contentId, :network, :shareId) ON CONFLICT DO NOTHING")
  int claimReward(long memberId, long contentId, Network network, long shareId);

  @SqlUpdate(
      "INSERT INTO points (member_id, share_id, points, awarded_at)"
          + " VALUES (:memberId, :shareId, :points, :now)")
  void award(long memberId, long shareId, int points, Instant now);

  @SqlQuery("SELECT COALESCE(SUM(points), 0) FROM points WHERE member_id = :memberId")
  long totalPoints(long memberId);

  @SqlQuery(
      "SELECT id, member_id, content_id, network, text, post_url, personalised, reported_at"
          + " FROM shares WHERE content_id = :contentId ORDER BY id")
  List<ShareRow> forContent(long contentId);
}
