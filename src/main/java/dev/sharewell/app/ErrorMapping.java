package dev.sharewell.app;

import dev.sharewell.common.NotAllowedException;
import dev.sharewell.common.NotFoundException;
import dev.sharewell.common.SharewellException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place HTTP errors are turned into answers: JSON {@code {"error": "..."}}, 4xx logged at
 * warn without a stack, 5xx at error with one. No stack trace ever reaches a caller.
 */
final class ErrorMapping {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

  private ErrorMapping() {}

  static void install(RoutesConfig routes) {
    routes.exception(SharewellException.class, ErrorMapping::domain);
    routes.exception(HttpResponseException.class, ErrorMapping::http);
    routes.exception(Exception.class, ErrorMapping::unexpected);
    routes.error(HttpStatus.NOT_FOUND, ctx -> ifEmpty(ctx, "Not found"));
    routes.error(HttpStatus.METHOD_NOT_ALLOWED, ctx -> ifEmpty(ctx, "Method not allowed"));
  }

  private static void domain(SharewellException e, Context ctx) {
    int status = statusOf(e);
    LOG.warn("{} {} -> {}: {}", ctx.method(), route(ctx), status, e.getMessage());
    respond(ctx, status, e.getMessage());
  }

  static int statusOf(SharewellException e) {
    if (e instanceof NotAllowedException) {
      return 403;
    }
    if (e instanceof NotFoundException) {
      return 404;
    }
    return 400;
  }

  private static void http(HttpResponseException e, Context ctx) {
    if (e.getStatus() >= 500) {
      LOG.error("{} {} -> {}", ctx.method(), route(ctx), e.getStatus(), e);
    } else {
      LOG.warn("{} {} -> {}: {}", ctx.method(), route(ctx), e.getStatus(), e.getMessage());
    }
    respond(ctx, e.getStatus(), e.getMessage());
  }

  private static void unexpected(Exception e, Context ctx) {
    if (endedEarly(e)) {
      LOG.warn("{} {} -> 400: the request body ended early", ctx.method(), route(ctx));
      respond(ctx, 400, "The request body ended early");
      return;
    }
    LOG.error("{} {} failed", ctx.method(), route(ctx), e);
    respond(ctx, 500, "Internal server error");
  }

  /**
   * The route a request matched ({@code /r/{token}}), not its path: a path can hold a token (short
   * links, downloads), and no token is ever logged. The path only when no route matched.
   */
  static String route(Context ctx) {
    return ctx.endpoints().lastHttpEndpoint() == null
        ? ctx.path()
        : ctx.endpoints().lastHttpEndpoint().path;
  }

  /** The client stopped sending in the middle of its body: its fault, not the server's. */
  private static boolean endedEarly(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.io.EOFException) {
        return true;
      }
    }
    return false;
  }

  /** The JSON error, unless the handler answered with a body of its own (JSON, or a page). */
  private static void ifEmpty(Context ctx, String message) {
    String type = ctx.res().getContentType();
    if (type == null || !(type.contains("json") || type.contains("html"))) {
      respond(ctx, ctx.statusCode(), message);
    }
  }

  static void respond(Context ctx, int status, String message) {
    ctx.status(status).json(Map.of("error", message));
  }
}
