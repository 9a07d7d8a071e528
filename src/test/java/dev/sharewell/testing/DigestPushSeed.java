package dev.sharewell.testing;

import dev.sharewell.store.Database;
import dev.sharewell.store.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * A workspace ready for a large digest push, written straight into a database before the server
 * starts: {@code members} opted-in Slack members of {@link FakeSlack#TEAM}, {@code U0} to {@code
 * U<members-1>}, each with LinkedIn, and one live item.
 */
public final class DigestPushSeed {
  private DigestPushSeed() {}

  /** Seeds the database at {@code dbUrl} (migrating it first); an H2 file is closed after. */
  public static void seed(String dbUrl, int members) {
    try (Database db =
        Database.open(new DatabaseSettings(dbUrl, Optional.empty(), Optional.empty()))) {
      insert(db.jdbi(), members);
    }
    if (dbUrl.startsWith("jdbc:h2:")) {
      // DB_CLOSE_DELAY=-1 keeps the file open in this process; the server needs it.
      try (Connection connection = DriverManager.getConnection(dbUrl);
          Statement statement = connection.createStatement()) {
        statement.execute("SHUTDOWN");
      } catch (SQLException e) {
        throw new IllegalStateException("Could not close the seeded database", e);
      }
    }
  }

  private static void insert(Jdbi jdbi, int members) {
    Instant now = Instant.now();
    jdbi.useTransaction(
        handle -> {
          PreparedBatch batch =
              handle.prepareBatch(
                  "INSERT INTO members (platform, workspace_id, user_id, display_name, opted_in_at,"
                      + " created_at, updated_at)"
                      + " VALUES ('SLACK', :team, :user, :user, :now, :now, :now)");
          for (int i = 0; i < members; i++) {
            batch.bind("team", FakeSlack.TEAM).bind("user", "U" + i).bind("now", now).add();
          }
          batch.execute();
          handle.execute(
              "INSERT INTO member_networks (member_id, network) SELECT id, 'LINKEDIN' FROM members");
          handle.execute(
              "INSERT INTO content_items (title, url, summary, kind, language, live_from,"
                  + " live_until, status, live_url, created_at)"
                  + " VALUES ('Launch', 'https://example.com/launch', 'We launched.', 'NEWS', 'en',"
                  + " ?, ?, 'LIVE', 'https://example.com/launch', ?)",
              now.minusSeconds(60),
              now.plusSeconds(86400 * 14),
              now);
        });
  }
}
