package dev.sharewell.app;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the app runs on besides its settings: the clock, the executor for work done after a platform
 * was answered, the executor for digest sends, the delivery tick (zero: no scheduler), extra
 * routes, and how often counted clicks are written (zero: only when the app stops). Tests give
 * their own clock, direct executors, no tick and routes of their own.
 */
public record AppRuntime(
    Clock clock,
    ExecutorService background,
    ExecutorService senders,
    Duration deliveryTick,
    List<Route> extraRoutes,
    Duration clickFlush) {

  /** Clicks are written every second: a killed process loses at most the last one. */
  public static final Duration CLICK_FLUSH = Duration.ofSeconds(1);

  public AppRuntime(
      Clock clock,
      ExecutorService background,
      ExecutorService senders,
      Duration deliveryTick,
      List<Route> extraRoutes) {
    this(clock, background, senders, deliveryTick, extraRoutes, CLICK_FLUSH);
  }

  /** The same, writing clicks every {@code every} (zero: only on stop). */
  public AppRuntime withClickFlush(Duration every) {
    return new AppRuntime(clock, background, senders, deliveryTick, extraRoutes, every);
  }

  static final int BACKGROUND_THREADS = 4;

  /**
   * Work waiting for a background thread, at most. Beyond it the person is told Sharewell is busy:
   * a form opened or a file sent minutes later is no answer anyway.
   */
  static final int BACKGROUND_QUEUE = 100;

  static final int SENDER_THREADS = 8;

  /** Sends waiting for a sender thread, at most; beyond it the dispatcher sends them itself. */
  static final int SENDER_QUEUE = 200;

  /** Production: the system clock, small bounded pools of daemon threads, a tick every 15 s. */
  public static AppRuntime standard() {
    return new AppRuntime(
        Clock.systemUTC(),
        bounded(BACKGROUND_THREADS, BACKGROUND_QUEUE, "sharewell-work", refuse()),
        bounded(SENDER_THREADS, SENDER_QUEUE, "sharewell-send", runInCaller()),
        Duration.ofSeconds(15),
        List.of());
  }

  /** A pool of {@code threads} with at most {@code queue} tasks waiting. */
  static ThreadPoolExecutor bounded(
      int threads, int queue, String name, RejectedExecutionHandler whenFull) {
    return new ThreadPoolExecutor(
        threads,
        threads,
        0,
        TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(queue),
        named(name),
        whenFull);
  }

  /** A full queue refuses: the caller tells the person Sharewell is busy. */
  private static RejectedExecutionHandler refuse() {
    return new ThreadPoolExecutor.AbortPolicy();
  }

  /**
   * A full queue slows the caller down by running the task itself (the dispatcher waits for every
   * send of its batch, so none may be dropped); a stopped pool refuses, as a stopping app must.
   */
  private static RejectedExecutionHandler runInCaller() {
    return (task, pool) -> {
      if (pool.isShutdown()) {
        throw new RejectedExecutionException("The senders have stopped");
      }
      task.run();
    };
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
