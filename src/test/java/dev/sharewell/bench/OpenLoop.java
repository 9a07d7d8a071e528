package dev.sharewell.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Sends requests at a fixed rate without waiting for answers (open loop), as real users do: a slow
 * server then shows up as growing latency instead of a politely lower request rate.
 */
final class OpenLoop {
  private OpenLoop() {}

  /** What one run at one rate measured. Errors are unexpected statuses and failed sends. */
  record Outcome(int rate, int seconds, int sent, int errors, double[] millis, double wallSeconds) {
    Latencies latencies() {
      return new Latencies(millis);
    }

    double errorRate() {
      return sent == 0 ? 0 : errors / (double) sent;
    }

    /** Answered requests a second, from the first send to the last answer. */
    double throughput() {
      return millis.length / wallSeconds;
    }
  }

  static Outcome run(
      HttpClient client, int rate, int seconds, IntFunction<HttpRequest> requestNumbered)
      throws InterruptedException {
    return run(client, rate, seconds, 200, requestNumbered);
  }

  /** As above, where {@code expected} is the status of a good answer (302 for a redirect). */
  static Outcome run(
      HttpClient client,
      int rate,
      int seconds,
      int expected,
      IntFunction<HttpRequest> requestNumbered)
      throws InterruptedException {
    int total = rate * seconds;
    List<Double> millis = new CopyOnWriteArrayList<>();
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger sent = new AtomicInteger();
    List<CompletableFuture<?>> inFlight = new CopyOnWriteArrayList<>();
    CountDownLatch allSent = new CountDownLatch(1);
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    long started = System.nanoTime();
    scheduler.scheduleAtFixedRate(
        () -> {
          int n = sent.getAndIncrement();
          if (n >= total) {
            allSent.countDown();
            return;
          }
          HttpRequest request = requestNumbered.apply(n);
          long start = System.nanoTime();
          inFlight.add(
              client
                  .sendAsync(request, HttpResponse.BodyHandlers.discarding())
                  .whenComplete(
                      (response, error) -> {
                        if (error != null || response.statusCode() != expected) {
                          errors.incrementAndGet();
                        } else {
                          millis.add((System.nanoTime() - start) / 1_000_000.0);
                        }
                      }));
        },
        0,
        TimeUnit.SECONDS.toNanos(1) / rate,
        TimeUnit.NANOSECONDS);
    boolean finished = allSent.await(seconds + 30L, TimeUnit.SECONDS);
    scheduler.shutdownNow();
    CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
        .orTimeout(30, TimeUnit.SECONDS)
        .exceptionally(e -> null)
        .join();
    double wall = (System.nanoTime() - started) / 1e9;
    int attempted = Math.min(sent.get(), total);
    if (!finished) {
      System.out.printf("warning: only %d of %d requests were sent in time%n", attempted, total);
    }
    return new Outcome(
        rate,
        seconds,
        attempted,
        errors.get(),
        millis.stream().mapToDouble(Double::doubleValue).toArray(),
        wall);
  }
}
