package dev.sharewell.app;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the app runs on besides its settings: the clock, the executor for work done after a platform
 * was answered, and extra routes. Tests give their own clock, a direct executor and routes of their
 * own.
 */
public record AppRuntime(Clock clock, ExecutorService background, List<Route> extraRoutes) {

  public static AppRuntime standard() {
    return new AppRuntime(
        Clock.systemUTC(), Executors.newFixedThreadPool(4, named("sharewell-work")), List.of());
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
