package dev.sharewell.app;

import dev.sharewell.store.Database;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sharewell, wired: database, core services, platform adapters and the HTTP server. {@link Main}
 * starts one; tests start one on port 0 with their own settings and clock.
 */
public final class Application implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Application.class);

  private final Database database;
  private final Metrics metrics;
  private final CoreServices core;
  private final Javalin http;

  private Application(Database database, Metrics metrics, CoreServices core, Javalin http) {
    this.database = database;
    this.metrics = metrics;
    this.core = core;
    this.http = http;
  }

  /** Opens the database, wires everything and starts listening on the configured port. */
  public static Application start(Settings settings, Clock clock) {
    return start(settings, clock, List.of());
  }

  /** As {@link #start(Settings, Clock)}, with routes of the caller's added (tests). */
  static Application start(Settings settings, Clock clock, List<Route> extraRoutes) {
    Database database = Database.open(settings.database());
    Metrics metrics = new Metrics();
    try {
      CoreServices core = CoreServices.create(database.jdbi(), clock, settings);
      logPlatforms(settings);
      List<Route> routes = new ArrayList<>(extraRoutes);
      routes.add(
          Route.post(
              "/slack/events",
              HttpServer.disabled(
                  "Slack",
                  "Set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (README, Connect to Slack).")));
      routes.add(
          Route.post(
              "/api/messages",
              HttpServer.disabled("Microsoft Teams", "Teams support is not built yet.")));
      Javalin http =
          HttpServer.create(new HealthCheck(database, settings), metrics, routes, settings.port())
              .start();
      LOG.info("Sharewell listening on http://localhost:{}", http.port());
      return new Application(database, metrics, core, http);
    } catch (RuntimeException e) {
      metrics.close();
      database.close();
      throw e;
    }
  }

  private static void logPlatforms(Settings settings) {
    if (settings.slack().isEmpty()) {
      LOG.info(
          "Slack is disabled: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET to enable it"
              + " (README, 'Connect to Slack').");
    }
    if (settings.teams().mode() == TeamsSettings.Mode.DISABLED) {
      LOG.info("Microsoft Teams is disabled: Teams support comes with the Teams bot.");
    }
  }

  public int port() {
    return http.port();
  }

  CoreServices core() {
    return core;
  }

  /**
   * Stops gracefully: stop accepting and finish requests in flight, stop background work, close the
   * pool.
   */
  @Override
  public void close() {
    LOG.info("Sharewell stopping");
    try {
      http.stop();
    } finally {
      metrics.close();
      database.close();
    }
    LOG.info("Sharewell stopped");
  }
}
