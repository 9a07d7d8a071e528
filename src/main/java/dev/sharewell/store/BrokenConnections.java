package dev.sharewell.store;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

/**
 * Tells the pool to drop a connection whose driver says it is broken. HikariCP recognises broken
 * connections by SQL state class 08, which PostgreSQL uses; H2 reports them with states of its own
 * (90067 "connection is broken"), and without this the pool kept lending out H2 connections that
 * had died with the database whenever they were used more often than it re-validates them.
 */
final class BrokenConnections implements SQLExceptionOverride {
  @java.lang.Override
  public Override adjudicate(SQLException error) {
    return error instanceof SQLNonTransientConnectionException
        ? Override.MUST_EVICT
        : Override.CONTINUE_EVICT;
  }
}
