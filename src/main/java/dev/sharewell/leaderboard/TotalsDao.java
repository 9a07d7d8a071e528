package dev.sharewell.leaderboard;

import dev.sharewell.identity.Platform;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the leaderboard's running totals and the standings read from them. */
@RegisterConstructorMapper(Standing.class)
interface TotalsDao {
  String OPEN =
      "INSERT INTO leaderboard_totals (bucket, member_id, platform, workspace_id, active, points,"
          + " shares, personalised, reached_at) SELECT :bucket, id, platform, workspace_id,"
          + " opted_in_at IS NOT NULL, 0, 0, 0, :at FROM members WHERE id = :memberId"
          + " ON CONFLICT DO NOTHING";

  /** Opens the member's row in a bucket, carrying whether they are opted in. */
  @SqlUpdate(OPEN)
  void open(String bucket, long memberId, Instant at);

  /** {@link #open} for several buckets in one round trip. */
  @SqlBatch(OPEN)
  void openAll(@Bind("bucket") List<String> buckets, long memberId, Instant at);

  /** Adds a share and its points to several buckets in one statement. */
  @SqlUpdate(
      "UPDATE leaderboard_totals SET points = points + :points, shares = shares + :shares,"
          + " personalised = personalised + :personalised,"
          + " reached_at = CASE WHEN :points > 0 THEN :at ELSE reached_at END"
          + " WHERE bucket IN (<buckets>) AND member_id = :memberId")
  void addAll(
      @BindList("buckets") List<String> buckets,
      long memberId,
      int points,
      int shares,
      int personalised,
      Instant at);

  /** The member's points in a bucket, row locked until the transaction ends (the daily cap). */
  @SqlQuery(
      "SELECT points FROM leaderboard_totals WHERE bucket = :bucket AND member_id = :memberId"
          + " FOR UPDATE")
  Optional<Integer> lockPoints(String bucket, long memberId);

  /** Who counts in a bucket: opted-in members of the workspace with a share in it. */
  String COUNTED =
      " WHERE t.bucket = :bucket AND t.platform = :platform AND t.workspace_id = :workspaceId"
          + " AND t.active = TRUE AND t.shares > 0";

  /** Best first, ties to who got there first: the order of the leaderboard_rank index. */
  String RANKED = " ORDER BY t.points DESC, t.reached_at ASC, t.member_id ASC LIMIT :limit";

  String STANDING =
      "SELECT t.member_id, m.display_name, m.leaderboard_visible AS visible,"
          + " EXISTS (SELECT 1 FROM member_roles r WHERE r.member_id = m.id AND r.role = 'LEADER')"
          + " AS leader, t.points, t.shares, t.personalised, t.reached_at"
          + " FROM leaderboard_totals t JOIN members m ON m.id = t.member_id"
          + COUNTED;

  @SqlQuery(STANDING + RANKED)
  List<Standing> top(String bucket, Platform platform, String workspaceId, int limit);

  @SqlQuery(
      STANDING
          + " AND EXISTS (SELECT 1 FROM member_roles r WHERE r.member_id = m.id"
          + " AND r.role = 'LEADER')"
          + RANKED)
  List<Standing> topLeaders(String bucket, Platform platform, String workspaceId, int limit);

  @SqlQuery("SELECT COUNT(*) FROM leaderboard_totals t" + COUNTED)
  int participants(String bucket, Platform platform, String workspaceId);

  @SqlQuery(
      "SELECT COUNT(*) FROM members WHERE platform = :platform AND workspace_id = :workspaceId"
          + " AND opted_in_at IS NOT NULL")
  int optedIn(Platform platform, String workspaceId);

  /** How many members of the workspace are ahead of {@code points} in a bucket (for rank). */
  @SqlQuery(
      "SELECT COUNT(*) FROM leaderboard_totals t"
          + COUNTED
          + " AND (t.points > :points OR (t.points = :points AND t.reached_at < :reachedAt))")
  int ahead(String bucket, Platform platform, String workspaceId, int points, Instant reachedAt);

  @SqlQuery(
      "SELECT t.member_id, m.display_name, m.leaderboard_visible AS visible, FALSE AS leader,"
          + " t.points, t.shares, t.personalised, t.reached_at"
          + " FROM leaderboard_totals t JOIN members m ON m.id = t.member_id"
          + " WHERE t.bucket = :bucket AND t.member_id = :memberId")
  Optional<Standing> of(String bucket, long memberId);

  @SqlQuery(
      "SELECT bucket FROM leaderboard_totals WHERE member_id = :memberId AND bucket LIKE 'W%'"
          + " AND shares > 0")
  List<String> weeksWithShares(long memberId);
}
