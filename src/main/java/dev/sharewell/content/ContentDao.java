package dev.sharewell.content;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for content items, their tags and caption variants. */
@RegisterConstructorMapper(ContentRow.class)
@RegisterConstructorMapper(ContentDao.TagRow.class)
@RegisterConstructorMapper(ContentDao.CaptionRow.class)
interface ContentDao {
  String COLUMNS =
      "id, title, url, summary, kind, language, live_from, live_until, status, created_by,"
          + " created_at";

  record TagRow(long contentId, String tag) {}

  record CaptionRow(long contentId, int position, String text) {}

  @SqlUpdate(
      "INSERT INTO content_items (title, url, summary, kind, language, live_from, live_until,"
          + " status, live_url, created_by, created_at) VALUES (:title, :url, :summary, :kind,"
          + " :language, :liveFrom, :liveUntil, 'LIVE', :url, :createdBy, :liveFrom)")
  @GetGeneratedKeys("id")
  long insert(
      String title,
      String url,
      String summary,
      ContentKind kind,
      String language,
      Instant liveFrom,
      Instant liveUntil,
      Long createdBy);

  @SqlBatch("INSERT INTO content_tags (content_id, tag) VALUES (:contentId, :tag)")
  void insertTags(long contentId, @Bind("tag") List<String> tags);

  @SqlBatch(
      "INSERT INTO caption_variants (content_id, position, text)"
          + " VALUES (:contentId, :position, :text)")
  void insertCaptions(
      long contentId, @Bind("position") List<Integer> positions, @Bind("text") List<String> texts);

  /** Frees the url of items whose live window has ended, so the url can be added again. */
  @SqlUpdate(
      "UPDATE content_items SET status = 'EXPIRED', live_url = NULL"
          + " WHERE live_url = :url AND live_until <= :now")
  int expireEnded(String url, Instant now);

  @SqlQuery("SELECT " + COLUMNS + " FROM content_items WHERE live_url = :url")
  Optional<ContentRow> findLiveByUrl(String url);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM content_items WHERE status = 'LIVE' AND live_from <= :now"
          + " AND live_until > :now ORDER BY live_from DESC, id DESC")
  List<ContentRow> findLive(Instant now);

  @SqlQuery("SELECT " + COLUMNS + " FROM content_items WHERE id = :id")
  Optional<ContentRow> findById(long id);

  @SqlQuery("SELECT " + COLUMNS + " FROM content_items WHERE id IN (<ids>) ORDER BY id")
  List<ContentRow> findByIds(@BindList("ids") Collection<Long> ids);

  @SqlUpdate(
      "UPDATE content_items SET status = 'ARCHIVED', live_url = NULL"
          + " WHERE id = :id AND status = 'LIVE'")
  int archive(long id);

  @SqlUpdate(
      "INSERT INTO dismissals (member_id, content_id, dismissed_at)"
          + " VALUES (:memberId, :contentId, :now) ON CONFLICT DO NOTHING")
  int dismiss(long memberId, long contentId, Instant now);

  @SqlQuery("SELECT content_id FROM dismissals WHERE member_id = :memberId")
  java.util.Set<Long> dismissedBy(long memberId);

  @SqlQuery(
      "SELECT content_id, tag FROM content_tags WHERE content_id IN (<ids>)"
          + " ORDER BY content_id, tag")
  List<TagRow> tagsOf(@BindList("ids") Collection<Long> contentIds);

  @SqlQuery(
      "SELECT content_id, position, text FROM caption_variants WHERE content_id IN (<ids>)"
          + " ORDER BY content_id, position")
  List<CaptionRow> captionsOf(@BindList("ids") Collection<Long> contentIds);
}
