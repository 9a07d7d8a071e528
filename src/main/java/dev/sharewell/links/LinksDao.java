package dev.sharewell.links;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for tracked links and their daily click counts. */
@RegisterConstructorMapper(LinksDao.Target.class)
interface LinksDao {
  /** Where a token leads: its link, the source it was made for, and the item. */
  record Target(long linkId, String network, long contentId, String url, String title) {}

  @SqlQuery(
      "SELECT token FROM tracked_links WHERE content_id = :contentId AND member_id = :memberId"
          + " AND network = :network")
  Optional<String> tokenOf(long contentId, long memberId, String network);

  /** Adds the link unless another request added this member's link for the item just now. */
  @SqlUpdate(
      "INSERT INTO tracked_links (token, content_id, member_id, network, created_at)"
          + " VALUES (:token, :contentId, :memberId, :network, :now) ON CONFLICT DO NOTHING")
  int insert(String token, long contentId, long memberId, String network, Instant now);

  @SqlQuery(
      "SELECT l.id AS link_id, l.network, c.id AS content_id, c.url, c.title"
          + " FROM tracked_links l JOIN content_items c ON c.id = l.content_id"
          + " WHERE l.token = :token")
  Optional<Target> target(String token);

  @SqlUpdate(
      "INSERT INTO link_clicks (link_id, click_day, clicks, unique_clicks)"
          + " VALUES (:linkId, :day, :clicks, :uniques) ON CONFLICT DO NOTHING")
  int insertClicks(long linkId, LocalDate day, long clicks, long uniques);

  @SqlUpdate(
      "UPDATE link_clicks SET clicks = clicks + :clicks, unique_clicks = unique_clicks + :uniques"
          + " WHERE link_id = :linkId AND click_day = :day")
  int addClicks(long linkId, LocalDate day, long clicks, long uniques);
}
