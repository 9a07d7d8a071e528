package dev.sharewell.app;

import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * Builds the HTTP server: every route, the error mapping and the metrics, configured at create
 * time. Returns it unstarted, so {@link Application} and the tests start the very same app.
 */
final class HttpServer {
  /** How long a stopping server waits for requests in flight. */
  static final long STOP_TIMEOUT_MILLIS = 10_000;

  private HttpServer() {}

  static Javalin create(HealthCheck health, Metrics metrics, List<Route> routes, int port) {
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.startup.startupWatcherEnabled = false;
          config.jetty.port = port;
          config.jetty.modifyServer(
              server -> {
                // A flood waits a moment, then is told to come back: threads and queues stay
                // bounded.
                server.insertHandler(HttpLimits.admission());
                // Finish requests in flight on stop instead of cutting them off.
                server.insertHandler(new GracefulHandler());
                server.setStopTimeout(STOP_TIMEOUT_MILLIS);
                server.setErrorHandler(new JsonErrorHandler());
              });
          config.jetty.modifyServletContextHandler(
              context -> context.setErrorHandler(new JsonErrorHandler()));
          config.http.maxRequestSize = RequestLimits.MAX_BODY_BYTES;
          config.requestLogger.http(metrics::recordRequest);
          ErrorMapping.install(config.routes);
          config.routes.before(RequestLimits::checkDeclaredLength);
          config.routes.get(
              "/health",
              ctx -> {
                Map<String, String> report = health.report();
                ctx.status(HealthCheck.isOk(report) ? 200 : 503).json(report);
              });
          config.routes.get(
              "/metrics",
              ctx ->
                  ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                      .result(metrics.scrape()));
          config.routes.get(
              "/",
              ctx ->
                  ctx.contentType(ContentType.TEXT_PLAIN)
                      .result("Sharewell is running. Health: /health, metrics: /metrics."));
          for (Route route : routes) {
            config.routes.addHttpHandler(route.method(), route.path(), route.handler());
          }
        });
  }

  /** The answer of a platform endpoint whose platform is not configured. */
  static Handler disabled(String platform, String howToEnable) {
    return ctx ->
        ErrorMapping.respond(ctx, 404, platform + " is not enabled on this server. " + howToEnable);
  }
}
