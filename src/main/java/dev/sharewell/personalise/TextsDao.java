package dev.sharewell.personalise;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The texts members reported for an item, read in order of arrival. */
interface TextsDao {
  @SqlQuery(
      "SELECT COUNT(*) FROM shares WHERE content_id = :item AND id <= :last AND text IS NOT NULL"
          + " AND member_id IS NOT NULL")
  long countUpTo(long item, long last);

  @SqlQuery(
      "SELECT id, member_id, text FROM shares WHERE content_id = :item AND id > :last"
          + " AND text IS NOT NULL AND member_id IS NOT NULL ORDER BY id")
  @RegisterConstructorMapper(Reported.class)
  List<Reported> after(long item, long last);

  record Reported(long id, long memberId, String text) {}
}
