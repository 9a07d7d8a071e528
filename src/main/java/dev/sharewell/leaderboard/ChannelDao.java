package dev.sharewell.leaderboard;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** SQL for the leaderboard channel settings and the once-per-week claim of its post. */
@RegisterConstructorMapper(ChannelDao.Chosen.class)
interface ChannelDao {
  record Chosen(String scope, String settingValue) {}

  @SqlUpdate(
      "INSERT INTO app_settings (scope, name, setting_value, updated_at, updated_by)"
          + " VALUES (:scope, :name, :value, :now, :by) ON CONFLICT DO NOTHING")
  int insert(String scope, String name, String value, long by, Instant now);

  @SqlUpdate(
      "UPDATE app_settings SET setting_value = :value, updated_at = :now, updated_by = :by"
          + " WHERE scope = :scope AND name = :name")
  void update(String scope, String name, String value, long by, Instant now);

  /** Race-safe upsert on both databases: insert if absent, else update. */
  @Transaction
  default void set(String scope, String name, String value, long by, Instant now) {
    if (insert(scope, name, value, by, now) == 0) {
      update(scope, name, value, by, now);
    }
  }

  @SqlQuery("SELECT setting_value FROM app_settings WHERE scope = :scope AND name = :name")
  Optional<String> get(String scope, String name);

  @SqlQuery("SELECT scope, setting_value FROM app_settings WHERE name = :name ORDER BY scope")
  List<Chosen> chosen(String name);

  @SqlQuery(
      "SELECT workspace_id FROM workspaces WHERE platform = 'SLACK' AND uninstalled_at IS NULL")
  List<String> activeSlackWorkspaces();

  @SqlUpdate(
      "INSERT INTO scheduled_posts (kind, scope, period, posted_at)"
          + " VALUES (:kind, :scope, :period, :now) ON CONFLICT DO NOTHING")
  int claim(String kind, String scope, String period, Instant now);

  @SqlUpdate(
      "DELETE FROM scheduled_posts WHERE kind = :kind AND scope = :scope AND period = :period")
  void unclaim(String kind, String scope, String period);
}
