package dev.sharewell.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What {@link FakeSlack} and {@link FakeConnector} share: a local server on port 0 that records
 * every call it gets, can hang, slow down or cut off its answers about a key (a Web API method for
 * Slack, a conversation for Teams), and on {@link #close} lets hung calls go and stops.
 *
 * @param <C> what it records of one call
 */
public abstract class FakeServer<C> implements AutoCloseable {
  private final List<C> calls = new CopyOnWriteArrayList<>();
  private final Set<String> hanging = ConcurrentHashMap.newKeySet();
  private final Map<String, Duration> slow = new ConcurrentHashMap<>();
  private final Set<String> dropping = ConcurrentHashMap.newKeySet();
  private final CountDownLatch released = new CountDownLatch(1);
  private Javalin server;

  FakeServer() {}

  /**
   * Starts on 127.0.0.1, port 0, with the routes {@code routes} sets: a constructor's last step.
   */
  final void serve(Consumer<JavalinConfig> routes) {
    server =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  routes.accept(config);
                })
            .start("127.0.0.1", 0);
  }

  /** {@code 127.0.0.1:port}, to put after a scheme. */
  final String address() {
    return "127.0.0.1:" + server.port();
  }

  final void record(C call) {
    calls.add(call);
  }

  /** Every call recorded, in order. */
  public List<C> calls() {
    return List.copyOf(calls);
  }

  final Stream<C> recorded() {
    return calls.stream();
  }

  /** Forgets the calls recorded so far. */
  public void reset() {
    calls.clear();
  }

  /**
   * Makes every call about {@code key} hang without an answer until the fake closes (or {@link
   * #releaseHanging}), as a service that stopped answering. Calls are still recorded.
   */
  public void hang(String key) {
    hanging.add(key);
  }

  /**
   * Makes calls about {@code key} do their work at once (a message is recorded and gets an id) but
   * answers only after {@code delay}: a service that took the request and was slow to say so.
   */
  public void slow(String key, Duration delay) {
    slow.put(key, delay);
  }

  /** Makes calls about {@code key} do their work, then drops the connection halfway through. */
  public void dropAnswers(String key) {
    dropping.add(key);
  }

  /** Calls about {@code key} are answered at once and in full again. */
  public void recover(String key) {
    hanging.remove(key);
    slow.remove(key);
    dropping.remove(key);
  }

  /** Holds a call about {@code key} if it {@link #hang hangs}: true once it is let go. */
  final boolean held(String key) {
    if (!hanging.contains(key)) {
      return false;
    }
    await(Duration.ofSeconds(60));
    return true;
  }

  /** Answers at once, late ({@link #slow}), or not to the end ({@link #dropAnswers}). */
  final void answer(Context ctx, String key, int status, JsonNode answer) {
    Duration delay = slow.get(key);
    if (delay != null) {
      await(delay);
    }
    if (!dropping.contains(key)) {
      ctx.status(status).json(answer);
      return;
    }
    // Promise more than is sent: the client sees the connection end in the middle of the answer.
    byte[] start = answer.toString().substring(0, 5).getBytes(StandardCharsets.UTF_8);
    try {
      ctx.res().setStatus(status);
      ctx.res().setContentType("application/json");
      ctx.res().setContentLength(start.length + 100);
      ctx.res().getOutputStream().write(start);
      ctx.res().flushBuffer();
    } catch (IOException e) {
      // The connection is gone either way.
    }
  }

  private void await(Duration limit) {
    try {
      released.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The values of the {@code fields} in {@code node} and all below it that {@code taken} accepts,
   * in order, joined by newlines: what a message, card or view says, for assertions.
   */
  static String texts(JsonNode node, Set<String> fields, Predicate<JsonNode> taken) {
    List<String> texts = new ArrayList<>();
    collect(node, fields, taken, texts);
    return String.join("\n", texts);
  }

  private static void collect(
      JsonNode node, Set<String> fields, Predicate<JsonNode> taken, List<String> texts) {
    if (node == null) {
      return;
    }
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              field -> {
                if (fields.contains(field.getKey()) && taken.test(field.getValue())) {
                  texts.add(field.getValue().asText());
                } else {
                  collect(field.getValue(), fields, taken, texts);
                }
              });
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, fields, taken, texts));
    }
  }

  /** Lets every call held by {@link #hang} finish, so the app can stop at once. */
  public void releaseHanging() {
    released.countDown();
  }

  @Override
  public void close() {
    released.countDown();
    server.stop();
  }
}
