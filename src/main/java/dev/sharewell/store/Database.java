package dev.sharewell.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
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

  /**
   * How long a start waits for the database to answer: a database started beside the app, or a busy
   * one, may take a few seconds to accept its first connection. A request never waits this long;
   * only the migration at start does.
   */
  public static final Duration START_WAIT = Duration.ofSeconds(30);

  private static final Duration RETRY_PAUSE = Duration.ofMillis(250);

  private final HikariDataSource dataSource;
  private final Jdbi jdbi;

  private Database(HikariDataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    // Jdbi's default message lists the statement's arguments: people's words and ids, which a
    // logged failure would then carry into the logs.
    jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementMessages::render);
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
      // The server's detail quotes the values of a failed statement ("Key (url)=(...)").
      config.addDataSourceProperty("logServerErrorDetail", "false");
    }
    // Let the pool start even when the database is briefly away; open() migrates right after.
    config.setInitializationFailTimeout(-1);
    if (!settings.isPostgres()) {
      try {
        whenReachable(settings.url(), () -> finishLeftoverCommits(config));
      } catch (RuntimeException e) {
        throw new DatabaseUnavailableException(describe(settings.url()), e);
      }
    }
    HikariDataSource dataSource = new HikariDataSource(config);
    try {
      whenReachable(settings.url(), () -> migrate(dataSource));
    } catch (RuntimeException e) {
      dataSource.close();
      throw new DatabaseUnavailableException(describe(settings.url()), e);
    }
    LOG.info("Database ready: {}", describe(settings.url()));
    return new Database(dataSource);
  }

  /**
   * Before anything else touches an H2 database, finishes what a crash left half committed. On a
   * connection of its own, outside the pool: opening a large file after a crash may take longer
   * than the pool waits for a connection.
   */
  private static void finishLeftoverCommits(HikariConfig config) {
    Properties login = new Properties();
    if (config.getUsername() != null) {
      login.setProperty("user", config.getUsername());
    }
    if (config.getPassword() != null) {
      login.setProperty("password", config.getPassword());
    }
    try (Connection connection = new org.h2.Driver().connect(config.getJdbcUrl(), login)) {
      int finished = H2LeftoverCommits.finish(connection);
      if (finished > 0) {
        LOG.warn(
            "The database was not closed cleanly: finished {} commits it was in the middle of",
            finished);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not open the H2 database", e);
    } catch (IllegalStateException e) {
      // Rows of those commits stay locked and writing them hangs (see H2LeftoverCommits); all
      // else works, so serve, and say so loudly.
      LOG.error("Commits left half done by a crash could not be finished", e);
    }
  }

  /**
   * H2 settings Sharewell needs whatever url it is given. H2 keeps only 8 parsed statements per
   * session by default; Sharewell runs a few dozen distinct ones, and re-parsing them cost a third
   * of the CPU of a large digest push. And H2 writes commits to its file in the background, every
   * half second by default, so a killed process forgot the commits of its last half second (digests
   * recorded as sent went out again); {@code WRITE_DELAY=0} writes each commit to the file before
   * the commit returns. That survives the process dying; it does not fsync, so it does not survive
   * the machine losing power (docs/delivery.md).
   */
  static String tuned(String url) {
    String upper = url.toUpperCase(java.util.Locale.ROOT);
    String tuned = url;
    if (isEmbeddedH2File(url) && !upper.startsWith("JDBC:H2:RETRY:")) {
      // A file channel closes for good when the thread using it is interrupted, and H2 then
      // refuses every statement ("the database has been closed"); a stopping app interrupts its
      // workers. H2's retry file system reopens the channel and carries on. Same file, same name.
      tuned = "jdbc:h2:retry:" + url.substring("jdbc:h2:".length());
    }
    if (url.startsWith("jdbc:h2:") && !upper.contains("QUERY_CACHE_SIZE")) {
      tuned += ";QUERY_CACHE_SIZE=128";
    }
    if (url.startsWith("jdbc:h2:") && !upper.contains("WRITE_DELAY")) {
      tuned += ";WRITE_DELAY=0";
    }
    if (isEmbeddedH2File(url) && !upper.contains("DB_CLOSE_ON_EXIT")) {
      // H2 closes the file itself as the JVM exits, at once and alongside Sharewell's own stop:
      // requests and sends still finishing would fail (and be done again after the restart).
      // close() shuts it down instead, last.
      tuned += ";DB_CLOSE_ON_EXIT=FALSE";
    }
    return tuned;
  }

  /** An H2 database in a file that this process opens itself (not over TCP, not in memory). */
  static boolean isEmbeddedH2File(String url) {
    return url.startsWith("jdbc:h2:")
        && !url.startsWith("jdbc:h2:tcp:")
        && !url.startsWith("jdbc:h2:ssl:")
        && !url.startsWith("jdbc:h2:mem:");
  }

  /**
   * Runs {@code step} as soon as the database accepts a connection, for up to {@link #START_WAIT}.
   * A try through the pool waits the pool's connection timeout; a direct connection that is refused
   * at once is tried again after {@link #RETRY_PAUSE}. A failure that is not about reaching the
   * database (a migration that does not apply, a wrong password) ends the start at once.
   */
  private static void whenReachable(String url, Runnable step) {
    long deadline = System.nanoTime() + START_WAIT.toNanos();
    boolean said = false;
    while (true) {
      try {
        step.run();
        return;
      } catch (RuntimeException e) {
        if (!isUnreachable(e) || System.nanoTime() - deadline >= 0) {
          throw e;
        }
        if (!said) {
          LOG.warn(
              "The database at {} does not accept connections yet; waiting up to {} s",
              describe(url),
              START_WAIT.toSeconds());
          said = true;
        }
        pause();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(RETRY_PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the database", e);
    }
  }

  /**
   * Whether the pool gave up waiting for a connection, rather than the database refusing work or
   * refusing us: a wrong password (SQL state class 28) or a database that does not exist (3D) will
   * not get better by waiting.
   */
  private static boolean isUnreachable(Throwable failure) {
    boolean timedOut = false;
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException) {
        timedOut = true;
      }
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("28") || sql.getSQLState().startsWith("3D"))) {
        return false;
      }
    }
    return timedOut;
  }

  /** Migrates the connection's current schema (PostgreSQL: the first of its search path). */
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

  /** Closes the pool; an H2 file is then shut down, so it is left complete and compact. */
  @Override
  public void close() {
    dataSource.close();
    String url = dataSource.getJdbcUrl();
    if (!isEmbeddedH2File(url)) {
      return;
    }
    try (Connection connection =
            DriverManager.getConnection(url, dataSource.getUsername(), dataSource.getPassword());
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    } catch (SQLException e) {
      LOG.warn("Shutting the H2 database down failed: {}", e.getMessage());
    }
  }
}
