package dev.sharewell.app;

import dev.sharewell.links.Redirects;
import dev.sharewell.links.TrackedLinks;
import dev.sharewell.links.Visit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Set;

/**
 * {@code GET} and {@code HEAD /r/{token}}: the HTTP side of tracked links. The visitor's address is
 * the TCP peer's, unless that peer is a proxy named in SHAREWELL_TRUSTED_PROXIES, whose {@code
 * X-Forwarded-For} is then believed. Neither the token nor the address is logged.
 */
final class ShortLinks {
  static final String PATH = TrackedLinks.PATH + "{token}";

  private static final String NOT_FOUND =
      "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Link not found</title>"
          + "</head><body><h1>Link not found</h1><p>This Sharewell link does not exist. Check that"
          + " it was copied whole.</p></body></html>";

  private final Redirects redirects;
  private final Set<String> trustedProxies;

  ShortLinks(Redirects redirects, Set<String> trustedProxies) {
    this.redirects = redirects;
    this.trustedProxies = trustedProxies;
  }

  List<Route> routes() {
    Handler handler = this::follow;
    return List.of(
        new Route(HandlerType.GET, PATH, handler), new Route(HandlerType.HEAD, PATH, handler));
  }

  private void follow(Context ctx) {
    Visit visit =
        new Visit(
            ctx.method() == HandlerType.HEAD,
            address(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For")),
            ctx.userAgent());
    ctx.header("Cache-Control", "no-store");
    ctx.header("Referrer-Policy", "no-referrer");
    redirects
        .follow(ctx.pathParam("token"), visit)
        .ifPresentOrElse(
            location -> ctx.status(302).header("Location", location),
            () -> ctx.status(404).html(NOT_FOUND));
  }

  /**
   * The peer, or, when the peer is a trusted proxy, the right-most address in {@code forwarded}
   * that is not one: the first that no trusted proxy vouches for.
   */
  String address(String peer, String forwarded) {
    if (!trustedProxies.contains(peer) || forwarded == null) {
      return peer;
    }
    String[] hops = forwarded.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].trim();
      if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
        return hop;
      }
    }
    return peer;
  }
}
