package dev.sharewell.testing;

import dev.sharewell.store.Database;
import dev.sharewell.store.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * A fresh, migrated database of its own for one test: a new in-memory H2 database, or a new schema
 * on the test PostgreSQL server that is dropped again on close.
 */
public final class TestDatabase implements AutoCloseable {
  private final DbEngine engine;
  private final String url;
  private final Optional<String> schema;
  private Database database;

  private TestDatabase(DbEngine engine, String url, Optional<String> schema) {
    this.engine = engine;
    this.url = url;
    this.schema = schema;
  }

  /** Creates the empty database without opening it; {@link #url()} is ready for the app. */
  public static TestDatabase create(DbEngine engine) {
    String name = "sw_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    if (engine == DbEngine.H2) {
      return new TestDatabase(
          engine,
          "jdbc:h2:mem:"
              + name
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
          Optional.empty());
    }
    String base = DbEngine.postgresUrl().orElseThrow();
    execute(base, "CREATE SCHEMA " + name);
    String separator = base.contains("?") ? "&" : "?";
    return new TestDatabase(engine, base + separator + "currentSchema=" + name, Optional.of(name));
  }

  /** Creates and opens (migrates) a fresh database. */
  public static TestDatabase open(DbEngine engine) {
    TestDatabase test = create(engine);
    test.database = Database.open(test.settings());
    return test;
  }

  public DbEngine engine() {
    return engine;
  }

  public String url() {
    return url;
  }

  public DatabaseSettings settings() {
    return new DatabaseSettings(url, Optional.empty(), Optional.empty());
  }

  public Database database() {
    return database;
  }

  /** Jdbi on this database: the opened one's, or a plain one when the app under test owns it. */
  public Jdbi jdbi() {
    return database != null ? database.jdbi() : Jdbi.create(url);
  }

  @Override
  public void close() {
    if (database != null) {
      database.close();
    }
    if (engine == DbEngine.H2) {
      execute(url, "SHUTDOWN");
    } else {
      execute(
          DbEngine.postgresUrl().orElseThrow(), "DROP SCHEMA " + schema.orElseThrow() + " CASCADE");
    }
  }

  private static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Test database setup failed: " + sql, e);
    }
  }
}
