package dev.sharewell.app;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/** One endpoint a part of the app contributes to the HTTP server (the Slack and Teams adapters). */
public record Route(HandlerType method, String path, Handler handler) {
  public static Route post(String path, Handler handler) {
    return new Route(HandlerType.POST, path, handler);
  }

  public static Route get(String path, Handler handler) {
    return new Route(HandlerType.GET, path, handler);
  }
}
