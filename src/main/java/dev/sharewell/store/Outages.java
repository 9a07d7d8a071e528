package dev.sharewell.store;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;

/**
 * Tells a database that cannot be reached from a real fault, so an outage is logged as one line per
 * failed request instead of a stack trace each, while a bug keeps its stack trace.
 */
public final class Outages {
  private Outages() {}

  /** Whether {@code error}, or anything it wraps, says the database could not be reached. */
  public static boolean isDatabaseUnreachable(Throwable error) {
    int depth = 0;
    boolean inSql = false;
    for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof DatabaseUnavailableException
          // A refused connection is the database's only below a driver's error: a Bot
          // Connector or Slack that refuses is not a database outage.
          || (inSql && t instanceof ConnectException)) {
        return true;
      }
      inSql |= t instanceof SQLException;
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Logs that {@code what} failed: a warning without stack trace when the database is away, an
   * error with the stack trace otherwise.
   */
  public static void log(Logger log, String what, Throwable error) {
    if (isDatabaseUnreachable(error)) {
      log.warn("{} failed: the database is unavailable", what);
    } else {
      log.error("{} failed", what, error);
    }
  }
}
