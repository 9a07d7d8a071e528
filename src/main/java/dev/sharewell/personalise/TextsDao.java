package dev.sharewell.personalise;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The texts members reported for an item, read in order of arrival. */
interface TextsDao {
  @SqlQuery(
      "SELECT COUNT(*) FROM shares WHERE content_id = :item AND id <= :last AND text IS NOT NULL"
          + " AND member_id IS NOT NULL")
  long countUpTo(@Bind("item") long item, @Bind("last") long last);

  @SqlQuery(
      "SELECT id, member_id, text FROM shares WHERE content_id = :item AND id > :last"
          + " AND text IS NOT NULL AND member_id IS NOT NULL ORDER BY id")
  @RegisterConstructorMapper(Reported.class)
  List<Reported> after(@Bind("item") long item, @Bind("last") long last);

  record Reported(long id, long memberId, String text) {}
}
