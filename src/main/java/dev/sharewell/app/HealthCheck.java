package dev.sharewell.app;

import dev.sharewell.store.Database;
import java.util.LinkedHashMap;
import java.util.Map;

/** What /health reports: whether the database answers, and which platforms are on. */
final class HealthCheck {
  private final Database database;
  private final String slack;
  private final String teams;

  HealthCheck(Database database, Settings settings) {
    this.database = database;
    this.slack = settings.slackEnabled() ? "enabled" : "disabled";
    this.teams = settings.teams().mode().key();
  }

  /** The report; {@code status} is {@code ok} or {@code degraded}. */
  Map<String, String> report() {
    boolean databaseUp = database.isHealthy();
    Map<String, String> report = new LinkedHashMap<>();
    report.put("status", databaseUp ? "ok" : "degraded");
    report.put("database", databaseUp ? "ok" : "unavailable");
    report.put("slack", slack);
    report.put("teams", teams);
    return report;
  }

  static boolean isOk(Map<String, String> report) {
    return "ok".equals(report.get("status"));
  }
}
