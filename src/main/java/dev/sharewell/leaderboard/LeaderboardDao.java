package dev.sharewell.leaderboard;

import dev.sharewell.member.Platform;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The standings query over the points ledger and the shares of a period. */
@RegisterConstructorMapper(Standing.class)
interface LeaderboardDao {
  @SqlQuery(
      "SELECT m.id AS member_id, m.display_name, m.leaderboard_visible AS visible,"
          + " EXISTS (SELECT 1 FROM member_roles r WHERE r.member_id = m.id AND r.role = 'LEADER')"
          + " AS leader, COALESCE(pt.points, 0) AS points, COALESCE(sh.shares, 0) AS shares,"
          + " COALESCE(sh.personalised, 0) AS personalised, pt.reached_at"
          + " FROM members m"
          + " LEFT JOIN (SELECT member_id, SUM(points) AS points, MAX(awarded_at) AS reached_at"
          + "   FROM points WHERE awarded_at >= :from AND awarded_at < :to GROUP BY member_id) pt"
          + "   ON pt.member_id = m.id"
          + " LEFT JOIN (SELECT member_id, COUNT(*) AS shares,"
          + "   SUM(CASE WHEN personalised THEN 1 ELSE 0 END) AS personalised"
          + "   FROM shares WHERE reported_at >= :from AND reported_at < :to GROUP BY member_id) sh"
          + "   ON sh.member_id = m.id"
          + " WHERE m.platform = :platform AND m.workspace_id = :workspaceId"
          + " AND m.opted_in_at IS NOT NULL AND (pt.points > 0 OR sh.shares > 0)"
          + " ORDER BY points DESC, pt.reached_at ASC, m.id ASC")
  List<Standing> standings(
      @Bind("platform") Platform platform,
      @Bind("workspaceId") String workspaceId,
      @Bind("from") Instant from,
      @Bind("to") Instant to);

  @SqlQuery(
      "SELECT COUNT(*) FROM members WHERE platform = :platform AND workspace_id = :workspaceId"
          + " AND opted_in_at IS NOT NULL")
  int optedIn(@Bind("platform") Platform platform, @Bind("workspaceId") String workspaceId);
}
