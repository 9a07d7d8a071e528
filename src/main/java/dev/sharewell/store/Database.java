package dev.sharewell.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection pool, the schema migrations and the Jdbi handle, for H2 or PostgreSQL alike. Each
 * feature owns its DAO; no business SQL lives here.
 */
public final class Database implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  /** How long a request waits for a connection before the database counts as unavailable. */
  public static final long CONNECTION_TIMEOUT_MILLIS = 1_500;

  private final HikariDataSource dataSource;
  private final Jdbi jdbi;

  private Database(HikariDataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
  }

  /**
   * Opens a pool on {@code settings}, brings the schema up to date and returns the database.
   *
   * @throws DatabaseUnavailableException when the database cannot be reached or migrated
   */
  public static Database open(DatabaseSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("sharewell");
    config.setJdbcUrl(tuned(settings.url()));
    settings.user().ifPresent(config::setUsername);
    settings.password().ifPresent(config::setPassword);
    config.setMaximumPoolSize(settings.poolSize());
    // Fail fast: when the database is gone, /health and a person's command must get their answer
    // well within Slack's 3 seconds, so waiting for a connection gives up after 1.5 s. The pool
    // keeps trying in the background and serves again as soon as the database answers.
    config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
    config.setValidationTimeout(1_000);
    config.setExceptionOverride(new BrokenConnections());
    if (settings.isPostgres()) {
      // Without these the driver waits 10 s to connect and forever for an answer on a socket
      // whose peer vanished; a request thread must never hang on a dead database.
      config.addDataSourceProperty("connectTimeout", "2");
      config.addDataSourceProperty("socketTimeout", "60");
    }
    // Let the pool start even when the database is briefly away; open() migrates right after.
    config.setInitializationFailTimeout(-1);
    HikariDataSource dataSource = new HikariDataSource(config);
    try {
      migrate(dataSource);
    } catch (RuntimeException e) {
      dataSource.close();
      throw new DatabaseUnavailableException(describe(settings.url()), e);
    }
    LOG.info("Database ready: {}", describe(settings.url()));
    return new Database(dataSource);
  }

  /** Migrates the connection's current schema (PostgreSQL: the first of its search path). */
  /**
   * H2 keeps only 8 parsed statements per session by default; Sharewell runs a few dozen distinct
   * ones, and re-parsing them cost a third of the CPU of a large digest push.
   */
  static String tuned(String url) {
    if (url.startsWith("jdbc:h2:")
        && !url.toUpperCase(java.util.Locale.ROOT).contains("QUERY_CACHE_SIZE")) {
      return url + ";QUERY_CACHE_SIZE=128";
    }
    return url;
  }

  private static void migrate(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  /** Whether the database answers a trivial query right now. */
  public boolean isHealthy() {
    try (Connection connection = dataSource.getConnection()) {
      boolean valid;
      try {
        valid = connection.isValid(1);
      } catch (SQLException e) {
        valid = false;
      }
      if (!valid) {
        // A pooled connection to a database that went away: drop it so the pool opens fresh
        // ones, and the service recovers by itself once the database is back.
        dataSource.evictConnection(connection);
        LOG.warn("Database health check failed: the connection is no longer valid");
      }
      return valid;
    } catch (SQLException e) {
      LOG.warn("Database health check failed: {}", e.getMessage());
      return false;
    }
  }

  /** The kind of database and where it is, without credentials, for logs. */
  static String describe(String url) {
    String withoutQuery = url.split("[?;]", 2)[0];
    return withoutQuery.replaceAll("//[^/@]*@", "//");
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
