package dev.sharewell.app;

import dev.sharewell.chat.ChatGateway;
import dev.sharewell.chat.ChatGateways;
import dev.sharewell.chat.Directory;
import dev.sharewell.slack.SlackAdapter;
import dev.sharewell.slack.SlackOptions;
import dev.sharewell.store.Database;
import dev.sharewell.teams.TeamsAdapter;
import dev.sharewell.teams.TeamsOptions;
import io.javalin.Javalin;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Server;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sharewell, wired: database, core services, platform adapters and the HTTP server. {@link Main}
 * starts one; tests start one on port 0 with their own settings, clock and executor.
 */
public final class Application implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Application.class);

  private final Database database;
  private final Metrics metrics;
  private final AppRuntime runtime;
  private final Optional<SlackAdapter> slack;
  private final Optional<Ticker> scheduler;
  private final CoreServices core;
  private final Javalin http;
  private final java.util.concurrent.atomic.AtomicBoolean closing =
      new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * The most stopping may take in all, the JVM's own exit besides: well inside the 30 s an
   * orchestrator commonly waits after SIGTERM before it kills.
   */
  static final Duration STOP_BUDGET = Duration.ofSeconds(20);

  /**
   * The end of the budget kept for work that had to be interrupted: a Slack or Bot Connector call
   * blocked on its socket ends only at its 5 s read timeout, and then records its outcome.
   */
  static final Duration WIND_DOWN = Duration.ofSeconds(6);

  private Application(
      Database database,
      Metrics metrics,
      AppRuntime runtime,
      Optional<SlackAdapter> slack,
      Optional<Ticker> scheduler,
      CoreServices core,
      Javalin http) {
    this.database = database;
    this.metrics = metrics;
    this.runtime = runtime;
    this.slack = slack;
    this.scheduler = scheduler;
    this.core = core;
    this.http = http;
  }

  /** Opens the database, wires everything and starts listening on the configured port. */
  public static Application start(Settings settings) {
    return start(settings, AppRuntime.standard());
  }

  /** As {@link #start(Settings)}, on a runtime of the caller's (tests: clock, executor, routes). */
  public static Application start(Settings settings, AppRuntime runtime) {
    Database database = Database.open(settings.database());
    Metrics metrics = new Metrics();
    Optional<SlackAdapter> slack = Optional.empty();
    try {
      Optional<TeamsAdapter> teams = teams(settings.teams(), database, runtime);
      slack =
          settings
              .slack()
              .map(
                  s ->
                      SlackAdapter.create(
                          new SlackOptions(
                              s.botToken(), s.signingSecret(), s.appToken(), s.apiUrl())));
      List<ChatGateway> gateways = new ArrayList<>();
      List<Directory> directories = new ArrayList<>();
      slack.ifPresent(
          adapter -> {
            gateways.add(adapter.gateway());
            directories.add(adapter.directory());
          });
      teams.ifPresent(
          adapter -> {
            gateways.add(adapter.gateway());
            directories.add(adapter.directory());
          });
      CoreServices core =
          CoreServices.create(
              database.jdbi(),
              runtime.clock(),
              settings,
              new ChatGateways(gateways),
              directories,
              runtime,
              metrics.registry());
      slack.ifPresent(
          adapter ->
              adapter.listen(
                  core.conversation(), core.members(), core.workspaces(), runtime.background()));
      java.util.concurrent.atomic.AtomicInteger boundPort =
          new java.util.concurrent.atomic.AtomicInteger();
      DownloadLinks downloads =
          new DownloadLinks(
              core.downloads(),
              () -> settings.publicUrl().orElse("http://localhost:" + boundPort.get()));
      teams.ifPresent(adapter -> adapter.listen(core.conversation(), downloads));
      logPlatforms(settings);
      Javalin http =
          HttpServer.create(
                  new HealthCheck(database, settings),
                  metrics,
                  routes(settings, slack, teams, runtime, downloads, core),
                  settings.port())
              .start();
      boundPort.set(http.port());
      slack.ifPresent(SlackAdapter::start);
      core.clicks().start(runtime.clickFlush());
      Optional<Ticker> scheduler =
          runtime.deliveryTick().isZero()
              ? Optional.empty()
              : Optional.of(Ticker.start(core.scheduledJobs(), runtime.deliveryTick()));
      LOG.info("Sharewell listening on http://localhost:{}", http.port());
      return new Application(database, metrics, runtime, slack, scheduler, core, http);
    } catch (RuntimeException e) {
      slack.ifPresent(SlackAdapter::close);
      runtime.background().shutdownNow();
      runtime.senders().shutdownNow();
      metrics.close();
      database.close();
      throw e;
    }
  }

  private static Optional<TeamsAdapter> teams(
      TeamsSettings teams, Database database, AppRuntime runtime) {
    if (teams.mode() == TeamsSettings.Mode.DISABLED) {
      return Optional.empty();
    }
    TeamsOptions options =
        new TeamsOptions(
            teams.appId(),
            teams.appPassword(),
            teams.tenantId(),
            teams.appType() == TeamsSettings.AppType.SINGLE_TENANT,
            teams.loginUrl(),
            teams.openIdMetadataUrl());
    return Optional.of(TeamsAdapter.create(options, database.jdbi(), runtime.clock()));
  }

  private static List<Route> routes(
      Settings settings,
      Optional<SlackAdapter> slack,
      Optional<TeamsAdapter> teams,
      AppRuntime runtime,
      DownloadLinks downloads,
      CoreServices core) {
    List<Route> routes = new ArrayList<>(runtime.extraRoutes());
    routes.addAll(new ShortLinks(core.redirects(), settings.trustedProxies()).routes());
    routes.add(Route.get(DownloadLinks.PATH, downloads.handler()));
    routes.add(
        Route.post(
            "/slack/events",
            slack
                .map(SlackAdapter::eventsHandler)
                .orElse(
                    HttpServer.disabled(
                        "Slack",
                        "Set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (README, Connect to Slack)."))));
    routes.add(
        Route.post(
            "/api/messages",
            teams
                .map(TeamsAdapter::messagesHandler)
                .orElse(
                    HttpServer.disabled(
                        "Microsoft Teams",
                        "Set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD (README, Connect to"
                            + " Teams), or SHAREWELL_TEAMS_LOCAL=true for the Agents Playground"
                            + " on this machine."))));
    return routes;
  }

  private static void logPlatforms(Settings settings) {
    if (settings.slack().isEmpty()) {
      LOG.info(
          "Slack is disabled: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET to enable it"
              + " (README, 'Connect to Slack').");
    } else {
      LOG.info(
          "Slack is enabled{}",
          settings.slack().get().appToken().isPresent() ? " (with Socket Mode)" : "");
    }
    switch (settings.teams().mode()) {
      case ENABLED -> LOG.info("Microsoft Teams is enabled");
      case LOCAL ->
          LOG.warn(
              "Microsoft Teams runs in local mode (SHAREWELL_TEAMS_LOCAL=true): no token is"
                  + " checked, so only activities sent from this machine to a service url on this"
                  + " machine are accepted. For the Agents Playground (scripts/playground); set"
                  + " MICROSOFT_APP_ID instead to connect to Teams.");
      case DISABLED ->
          LOG.info(
              "Microsoft Teams is disabled: set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD to"
                  + " enable it, or SHAREWELL_TEAMS_LOCAL=true for the Agents Playground (README)");
    }
  }

  /**
   * Stops accepting and waits for requests in flight, at most 10 s and never past the deadline.
   * Jetty is stopped directly: Javalin would log a stack trace for requests still running, and stop
   * a server that did not stop cleanly a second time.
   */
  private void stopHttp(StopDeadline deadline) {
    Server server = http.jettyServer().server();
    server.setStopTimeout(
        deadline.atMost(Duration.ofMillis(HttpServer.STOP_TIMEOUT_MILLIS)).toMillis());
    try {
      server.stop();
    } catch (Exception e) {
      LOG.warn("Requests still running when the time to finish them was up were cut off");
    }
  }

  public int port() {
    return http.port();
  }

  CoreServices core() {
    return core;
  }

  Jdbi jdbi() {
    return database.jdbi();
  }

  /**
   * Stops gracefully within {@link #STOP_BUDGET} in all: no new ticks, stop accepting and finish
   * requests in flight, let the scheduled jobs, background work and sends finish, close the pool.
   * What still runs {@link #WIND_DOWN} before the end is interrupted and given that long to end.
   */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    LOG.info("Sharewell stopping");
    long started = System.nanoTime();
    StopDeadline deadline = StopDeadline.after(STOP_BUDGET, WIND_DOWN);
    scheduler.ifPresent(ticker -> ticker.stop(deadline));
    List<String> unfinished = List.of();
    try {
      stopHttp(deadline);
    } finally {
      slack.ifPresent(SlackAdapter::close);
      deadline.stop("background work", runtime.background());
      deadline.stop("digest sends", runtime.senders());
      try {
        unfinished = deadline.awaitStopped();
      } finally {
        // No request can count a click any more: write the last ones.
        core.clicks().close();
        core.deliveries().close();
        metrics.close();
        database.close();
      }
    }
    if (!unfinished.isEmpty()) {
      LOG.warn(
          "Stopped before {} finished; digests being sent are sent again once their claim runs out",
          String.join(", ", unfinished));
    }
    LOG.info(
        "Sharewell stopped in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
  }
}
