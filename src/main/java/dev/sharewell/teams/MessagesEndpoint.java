package dev.sharewell.teams;

import com.auth0.jwt.exceptions.JWTVerificationException;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import dev.sharewell.store.Outages;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.UnauthorizedResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/messages}: the edge between Javalin and the Bot Framework adapter. The SDK
 * checks the Bot Framework token. In local mode, where there is none, an activity passes only when
 * it comes from this machine (the TCP peer, which a sender cannot write) and its service url, where
 * replies go, is on this machine too.
 */
final class MessagesEndpoint implements Handler {
  private static final Logger LOG = LoggerFactory.getLogger(MessagesEndpoint.class);

  private static final String LOCAL_ONLY =
      "Teams local mode (SHAREWELL_TEAMS_LOCAL) accepts only activities sent from this machine"
          + " with a serviceUrl on this machine";

  private final SdkAdapter sdk;
  private final Bot bot;
  private final boolean localMode;

  MessagesEndpoint(SdkAdapter sdk, Bot bot, boolean localMode) {
    this.sdk = sdk;
    this.bot = bot;
    this.localMode = localMode;
  }

  @Override
  public void handle(Context ctx) {
    if (localMode && !LoopbackUrls.isLoopbackAddress(ctx.req().getRemoteAddr())) {
      LOG.warn("POST /api/messages -> 401: local mode refused an activity from another machine");
      throw new UnauthorizedResponse(LOCAL_ONLY);
    }
    Activity activity = ActivityParser.parse(ctx.body());
    if (localMode && !LoopbackUrls.isLoopback(activity.getServiceUrl())) {
      throw new UnauthorizedResponse(LOCAL_ONLY);
    }
    // Local mode takes no token at all; with an app id the SDK requires and checks one.
    String authorization = localMode ? null : ctx.header("Authorization");
    CompletableFuture<InvokeResponse> turn;
    try {
      turn = sdk.processIncomingActivity(authorization, activity, bot);
    } catch (RuntimeException e) {
      // A token that is not a JWT at all is rejected by a synchronous throw, not the future.
      turn = CompletableFuture.failedFuture(e);
    }
    CompletableFuture<InvokeResponse> result = turn;
    ctx.future(
        () ->
            result.handle(
                (response, error) -> {
                  answer(ctx, response, error);
                  return null;
                }));
  }

  private static void answer(Context ctx, InvokeResponse response, Throwable error) {
    if (error != null) {
      if (isAuthenticationFailure(error)) {
        LOG.warn("POST /api/messages -> 401: the Bot Framework token was missing or invalid");
        ctx.status(401).json(Map.of("error", "A valid Bot Framework token is required"));
      } else if (Outages.isDatabaseUnreachable(error)) {
        LOG.warn("POST /api/messages -> 503: the database is unavailable");
        ctx.status(503).json(Map.of("error", "Sharewell is having trouble, try again in a minute"));
      } else {
        LOG.error("POST /api/messages failed", DeliveryErrors.unwrap(error));
        ctx.status(500).json(Map.of("error", "Internal server error"));
      }
      return;
    }
    if (response == null) {
      ctx.status(202);
      return;
    }
    if (response.getStatus() == 501) {
      // The SDK's answer to an invoke no handler takes: the caller asked for something unknown.
      ctx.status(400).json(Map.of("error", "This invoke is not supported"));
      return;
    }
    ctx.status(response.getStatus());
    if (response.getBody() != null) {
      ctx.contentType("application/json").result(Serialization.toStringSilent(response.getBody()));
    } else if (response.getStatus() >= 400) {
      // An invoke Sharewell has no handler for (its cards use Action.Submit only).
      ctx.json(Map.of("error", "This invoke is not supported"));
    }
  }

  private static boolean isAuthenticationFailure(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof AuthenticationException || t instanceof JWTVerificationException) {
        return true;
      }
    }
    return false;
  }
}
