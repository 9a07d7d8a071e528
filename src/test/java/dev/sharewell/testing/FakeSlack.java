package dev.sharewell.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local stand-in for Slack's Web API on port 0: answers the methods Sharewell calls, records
 * every call, and records what is posted to response urls. Tests program users, channels and
 * failures.
 */
public final class FakeSlack extends FakeServer<FakeSlack.Call> {
  public static final String TEAM = "T0001";
  public static final String BOT_USER = "UBOT";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One call to the Web API: the method and its form parameters. */
  public record Call(String method, Map<String, String> params, String authorization) {
    public String param(String name) {
      return params.get(name);
    }

    public JsonNode json(String name) {
      try {
        return JSON.readTree(params.get(name));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final List<JsonNode> responses = new CopyOnWriteArrayList<>();
  private final Map<String, String> uploads = new ConcurrentHashMap<>();
  private final Map<String, ObjectNode> users = new ConcurrentHashMap<>();
  private final Map<String, List<String>> channels = new ConcurrentHashMap<>();
  private final Map<String, String> postErrors = new ConcurrentHashMap<>();
  private final Map<String, String> methodErrors = new ConcurrentHashMap<>();
  private final Map<String, RateLimit> rateLimits = new ConcurrentHashMap<>();
  private final Map<String, List<ObjectNode>> history = new ConcurrentHashMap<>();
  private final AtomicLong ts = new AtomicLong(1_700_000_000_000L);
  private final java.util.concurrent.atomic.AtomicInteger rateLimited =
      new java.util.concurrent.atomic.AtomicInteger();
  private final Map<String, Integer> delivered = new ConcurrentHashMap<>();
  private double postsPerSecond;
  private double postTokens;
  private long postTokensAt;
  private volatile boolean recordCalls = true;
  private final java.util.concurrent.atomic.AtomicReference<io.javalin.websocket.WsContext> socket =
      new java.util.concurrent.atomic.AtomicReference<>();
  private final java.util.concurrent.CountDownLatch socketConnected =
      new java.util.concurrent.CountDownLatch(1);
  private final java.util.concurrent.BlockingQueue<JsonNode> socketMessages =
      new java.util.concurrent.LinkedBlockingQueue<>();

  public FakeSlack() {
    serve(
        config -> {
          config.routes.post("/api/{method}", this::api);
          config.routes.post("/response/{id}", this::response);
          config.routes.post(
              "/upload/{id}",
              ctx -> {
                uploads.put(ctx.pathParam("id"), ctx.body());
                ctx.result("OK - " + ctx.bodyAsBytes().length);
              });
          config.routes.ws(
              "/socket",
              ws -> {
                ws.onConnect(
                    ctx -> {
                      socket.set(ctx);
                      socketConnected.countDown();
                    });
                ws.onMessage(ctx -> socketMessages.add(JSON.readTree(ctx.message())));
              });
        });
  }

  /** The base url Sharewell's SLACK_API_URL points at. */
  public String apiUrl() {
    return "http://" + address() + "/api";
  }

  /** A response url as Slack puts in commands and actions. */
  public String responseUrl(String id) {
    return "http://" + address() + "/response/" + id;
  }

  public void user(String id, String name, String tz, String locale) {
    ObjectNode user = JSON.createObjectNode();
    user.put("id", id).put("name", name.toLowerCase()).put("real_name", name).put("tz", tz);
    user.put("locale", locale).put("team_id", TEAM);
    user.putObject("profile").put("real_name", name).put("display_name", name);
    users.put(id, user);
  }

  public void channel(String id, List<String> members) {
    channels.put(id, List.copyOf(members));
  }

  /** The name {@link #fail} and {@link #hang} know response urls by. */
  public static final String RESPONSE_URL = "response_url";

  private final Map<String, Integer> failingMethods = new ConcurrentHashMap<>();

  /**
   * Makes every call of {@code method} (a Web API method, or {@link #RESPONSE_URL}) answer with
   * HTTP {@code status}; 429 comes with Retry-After: 1, as Slack sends it. Calls are still
   * recorded.
   */
  public void fail(String method, int status) {
    failingMethods.put(method, status);
  }

  /** {@code method} answers normally again. */
  @Override
  public void recover(String method) {
    super.recover(method);
    failingMethods.remove(method);
    methodErrors.remove(method);
  }

  /** Answers the call with the fault programmed for {@code method}; false when there is none. */
  private boolean fault(String method, Context ctx) {
    if (held(method)) {
      ctx.status(503).json(Map.of("ok", false, "error", "service_unavailable"));
      return true;
    }
    Integer status = failingMethods.get(method);
    if (status == null) {
      return false;
    }
    if (status == 429) {
      ctx.header("Retry-After", "1");
    }
    ctx.status(status)
        .json(Map.of("ok", false, "error", status == 429 ? "ratelimited" : "fatal_error"));
    return true;
  }

  /** Makes chat.postMessage to {@code channel} answer {@code ok:false} with this error. */
  public void failPostsTo(String channel, String error) {
    postErrors.put(channel, error);
  }

  /** Makes every call of {@code method} answer {@code ok:false} with this error. */
  public void refuse(String method, String error) {
    methodErrors.put(method, error);
  }

  /** The next {@code times} posts to {@code channel} get HTTP 429 with this Retry-After. */
  public void tooManyRequests(String channel, int retryAfterSeconds, int times) {
    rateLimits.put(
        channel,
        new RateLimit(retryAfterSeconds, new java.util.concurrent.atomic.AtomicInteger(times)));
  }

  private record RateLimit(int retryAfterSeconds, java.util.concurrent.atomic.AtomicInteger left) {}

  /**
   * What is in a conversation, newest first, as conversations.history shows it: the DM of a user is
   * {@code D} and the user id without its {@code U}.
   */
  public List<JsonNode> history(String channel) {
    return List.copyOf(history.getOrDefault(channel, List.of()));
  }

  /**
   * Makes chat.postMessage enforce {@code perSecond} like Slack: one second's burst, then HTTP 429
   * with Retry-After: 1 for messages over the rate.
   */
  public void limitPosts(double perSecond) {
    this.postsPerSecond = perSecond;
    this.postTokens = perSecond;
    this.postTokensAt = System.nanoTime();
  }

  public int rateLimitedCount() {
    return rateLimited.get();
  }

  /** Successful chat.postMessage calls per channel (a user id for DMs). */
  public Map<String, Integer> successfulPostsPerChannel() {
    return Map.copyOf(delivered);
  }

  private synchronized boolean takePostToken() {
    if (postsPerSecond <= 0) {
      return true;
    }
    long now = System.nanoTime();
    postTokens = Math.min(postsPerSecond, postTokens + (now - postTokensAt) / 1e9 * postsPerSecond);
    postTokensAt = now;
    if (postTokens >= 1) {
      postTokens -= 1;
      return true;
    }
    return false;
  }

  /** Stops keeping every call (benchmarks send tens of thousands); counts are still kept. */
  public void forgetCalls() {
    recordCalls = false;
  }

  public List<Call> calls(String method) {
    return recorded().filter(c -> c.method().equals(method)).toList();
  }

  /** Messages posted to {@code channel} (a user id for DMs). */
  public List<Call> postsTo(String channel) {
    return calls("chat.postMessage").stream()
        .filter(c -> channel.equals(c.param("channel")))
        .toList();
  }

  /** File contents uploaded through files upload v2, by file id. */
  public Map<String, String> uploads() {
    return Map.copyOf(uploads);
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text == null ? "[]" : text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private final java.util.concurrent.atomic.AtomicInteger responseAttempts =
      new java.util.concurrent.atomic.AtomicInteger();

  /** Posts to response urls, failed ones included. */
  public int responseAttempts() {
    return responseAttempts.get();
  }

  /** What was posted to response urls and taken (failed posts are not in here). */
  public List<JsonNode> responses() {
    return List.copyOf(responses);
  }

  @Override
  public void reset() {
    super.reset();
    responses.clear();
  }

  private void api(Context ctx) {
    String method = ctx.pathParam("method");
    Map<String, String> params = form(ctx.body());
    if (recordCalls) {
      record(new Call(method, params, ctx.header("Authorization")));
    }
    if (fault(method, ctx)) {
      return;
    }
    if (method.equals("chat.postMessage") && !takePostToken()) {
      rateLimited.incrementAndGet();
      ctx.status(429).header("Retry-After", "1").json(Map.of("ok", false, "error", "ratelimited"));
      return;
    }
    RateLimit limit =
        method.equals("chat.postMessage") ? rateLimits.get(params.get("channel")) : null;
    if (limit != null && limit.left().getAndDecrement() > 0) {
      rateLimited.incrementAndGet();
      ctx.status(429)
          .header("Retry-After", Integer.toString(limit.retryAfterSeconds()))
          .json(Map.of("ok", false, "error", "ratelimited"));
      return;
    }
    ObjectNode answer = JSON.createObjectNode().put("ok", true);
    String error = methodErrors.get(method);
    if (error != null) {
      ctx.json(answer.put("ok", false).put("error", error));
      return;
    }
    switch (method) {
      case "auth.test" ->
          answer
              .put("url", "https://acme.example/")
              .put("team", "Acme")
              .put("user", "sharewell")
              .put("team_id", TEAM)
              .put("user_id", BOT_USER)
              .put("bot_id", "B0001");
      case "users.info" -> {
        ObjectNode user = users.get(params.get("user"));
        if (user == null) {
          answer.put("ok", false).put("error", "user_not_found");
        } else {
          answer.set("user", user);
        }
      }
      case "chat.postMessage" -> {
        String channel = params.get("channel");
        String refused = postErrors.get(channel);
        if (refused == null && tooLongUrl(params.get("blocks"))) {
          // As Slack: a button url over 3,000 characters, and the whole message is refused.
          refused = "invalid_blocks";
        }
        if (refused != null) {
          answer.put("ok", false).put("error", refused);
        } else {
          delivered.merge(channel, 1, Integer::sum);
          answer.put("channel", dmOf(channel));
          answer.put("ts", ts.incrementAndGet() / 1000 + "." + ts.get() % 1000);
          remember(dmOf(channel), answer.get("ts").asText(), params);
        }
      }
      case "conversations.history" -> history(params, answer);
      case "views.open", "views.publish", "views.update" ->
          answer.putObject("view").put("id", "V" + ts.incrementAndGet());
      case "conversations.members" -> members(params, answer);
      case "conversations.open" -> answer.putObject("channel").put("id", dmOf(params.get("users")));
      case "files.getUploadURLExternal" -> {
        String fileId = "F" + ts.incrementAndGet();
        answer
            .put("file_id", fileId)
            .put("upload_url", "http://" + address() + "/upload/" + fileId);
      }
      case "files.completeUploadExternal" -> {
        ArrayNode files = answer.putArray("files");
        json(params.get("files"))
            .forEach(file -> files.addObject().put("id", file.get("id").asText()));
      }
      case "apps.connections.open" -> answer.put("url", "ws://" + address() + "/socket");
      default -> answer.put("ok", true);
    }
    answer(ctx, method, 200, answer);
  }

  /** The DM channel of a user id (U123 -> D123); a channel id stays as it is. */
  private static String dmOf(String channel) {
    return channel.startsWith("U") ? "D" + channel.substring(1) : channel;
  }

  private void remember(String channel, String messageTs, Map<String, String> params) {
    ObjectNode message = JSON.createObjectNode();
    message.put("type", "message").put("ts", messageTs).put("bot_id", "B0001");
    message.put("text", params.getOrDefault("text", ""));
    if (params.get("metadata") != null) {
      message.set("metadata", json(params.get("metadata")));
    }
    history.computeIfAbsent(channel, k -> new CopyOnWriteArrayList<>()).add(0, message);
  }

  private void history(Map<String, String> params, ObjectNode answer) {
    List<ObjectNode> all = history.getOrDefault(params.get("channel"), List.of());
    int limit = Integer.parseInt(params.getOrDefault("limit", "100"));
    // Slack reads booleans as true or 1 (the Java SDK sends 1).
    boolean metadata = java.util.Set.of("true", "1").contains(params.get("include_all_metadata"));
    ArrayNode messages = answer.putArray("messages");
    all.stream()
        .limit(limit)
        .forEach(
            m -> {
              ObjectNode shown = m.deepCopy();
              if (!metadata) {
                shown.remove("metadata");
              }
              messages.add(shown);
            });
    answer.put("has_more", all.size() > limit);
  }

  /** Waits until a Socket Mode client connected, then greets it as Slack does. */
  public boolean awaitSocket(java.time.Duration limit) throws InterruptedException {
    if (!socketConnected.await(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
      return false;
    }
    socket.get().send("{\"type\":\"hello\",\"num_connections\":1}");
    return true;
  }

  /** Sends one Socket Mode envelope to the connected client. */
  public void sendEnvelope(String envelopeId, String type, JsonNode payload) {
    ObjectNode envelope = JSON.createObjectNode();
    envelope.put("envelope_id", envelopeId).put("type", type).put("accepts_response_payload", true);
    envelope.set("payload", payload);
    socket.get().send(envelope.toString());
  }

  /** The next message the Socket Mode client sent (an acknowledgement), or null after the limit. */
  public JsonNode nextSocketMessage(java.time.Duration limit) throws InterruptedException {
    return socketMessages.poll(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  private void members(Map<String, String> params, ObjectNode answer) {
    List<String> all = channels.get(params.get("channel"));
    if (all == null) {
      answer.put("ok", false).put("error", "channel_not_found");
      return;
    }
    int limit = Integer.parseInt(params.getOrDefault("limit", "100"));
    int from =
        params.get("cursor") == null || params.get("cursor").isEmpty()
            ? 0
            : Integer.parseInt(params.get("cursor"));
    ArrayNode page = answer.putArray("members");
    all.subList(from, Math.min(all.size(), from + limit)).forEach(page::add);
    int next = from + limit;
    answer
        .putObject("response_metadata")
        .put("next_cursor", next < all.size() ? Integer.toString(next) : "");
  }

  private void response(Context ctx) throws IOException {
    responseAttempts.incrementAndGet();
    if (fault(RESPONSE_URL, ctx)) {
      return;
    }
    responses.add(JSON.readTree(ctx.body()));
    ctx.json(Map.of("ok", true));
  }

  static Map<String, String> form(String body) {
    Map<String, String> params = new HashMap<>();
    if (body == null || body.isEmpty()) {
      return params;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.put(key, value);
    }
    return params;
  }

  /** The longest url Slack takes on a button. */
  public static final int URL_MAX = 3_000;

  private static boolean tooLongUrl(String blocks) {
    if (blocks == null) {
      return false;
    }
    try {
      return JSON.readTree(blocks).findValues("url").stream()
          .anyMatch(url -> url.asText().length() > URL_MAX);
    } catch (IOException e) {
      return true;
    }
  }

  /** Texts of every block of a recorded message or view, joined, for assertions. */
  public static String text(JsonNode node) {
    return texts(node, TEXT_FIELDS, JsonNode::isTextual);
  }

  private static final java.util.Set<String> TEXT_FIELDS =
      java.util.Set.of("text", "url", "value", "action_id", "initial_value");
}
