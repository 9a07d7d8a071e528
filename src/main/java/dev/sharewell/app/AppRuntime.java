package dev.sharewell.app;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the app runs on besides its settings: the clock, the executor for work done after a platform
 * was answered, the executor for digest sends, the delivery tick (zero: no scheduler), and extra
 * routes. Tests give their own clock, direct executors, no tick and routes of their own.
 */
public record AppRuntime(
    Clock clock,
    ExecutorService background,
    ExecutorService senders,
    Duration deliveryTick,
    List<Route> extraRoutes) {

  /** Production: the system clock, small pools of daemon threads, a tick every 15 seconds. */
  public static AppRuntime standard() {
    return new AppRuntime(
        Clock.systemUTC(),
        Executors.newFixedThreadPool(4, named("sharewell-work")),
        Executors.newFixedThreadPool(8, named("sharewell-send")),
        Duration.ofSeconds(15),
        List.of());
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
