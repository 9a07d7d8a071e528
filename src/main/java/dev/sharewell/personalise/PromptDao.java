package dev.sharewell.personalise;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for prompts and their rotation per item and language. */
@RegisterConstructorMapper(Prompt.class)
interface PromptDao {
  /** The item's own prompts first, then the defaults, in the given language. */
  @SqlQuery(
      "SELECT id, language, text FROM prompts WHERE language = :language"
          + " AND (content_id = :contentId OR content_id IS NULL)"
          + " ORDER BY CASE WHEN content_id IS NULL THEN 1 ELSE 0 END, position, id")
  List<Prompt> rotationOf(long contentId, String language);

  @SqlQuery("SELECT id, language, text FROM prompts WHERE id = :id")
  Optional<Prompt> find(long id);

  @SqlBatch(
      "INSERT INTO prompts (language, text, position, content_id, created_at)"
          + " VALUES (:language, :text, :position, :contentId, :now)")
  void addToItem(
      long contentId,
      String language,
      @Bind("text") List<String> texts,
      @Bind("position") List<Integer> positions,
      Instant now);

  @SqlUpdate(
      "INSERT INTO prompt_rotation (content_id, language, given) VALUES (:contentId, :language, 0)"
          + " ON CONFLICT DO NOTHING")
  void startRotation(long contentId, String language);

  /** Takes the next place; the row stays locked until the caller's transaction ends. */
  @SqlUpdate(
      "UPDATE prompt_rotation SET given = given + 1 WHERE content_id = :contentId"
          + " AND language = :language")
  void advance(long contentId, String language);

  @SqlQuery(
      "SELECT given FROM prompt_rotation WHERE content_id = :contentId AND language = :language")
  int given(long contentId, String language);
}
