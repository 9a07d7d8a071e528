package dev.sharewell.store;

import java.sql.SQLException;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementException;

/**
 * The message of a failed statement: what failed (the driver's exception class and SQL state) and
 * the statement as written in the code, without the values bound to it and without the driver's own
 * text, which quotes them (H2: {@code Value too long for column ...: "'<the value>'"}).
 */
final class StatementMessages {
  private StatementMessages() {}

  static String render(StatementException e) {
    StringBuilder message = new StringBuilder();
    Throwable cause = e.getCause();
    if (cause == null) {
      message.append(e.getClass().getSimpleName());
    } else {
      message.append(cause.getClass().getName());
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        message.append(" (SQL state ").append(sql.getSQLState()).append(')');
      }
    }
    StatementContext context = e.getStatementContext();
    if (context != null && context.getRawSql() != null) {
      message.append(" [statement: \"").append(context.getRawSql()).append("\"]");
    }
    return message.toString();
  }
}
