package dev.sharewell.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for the Bot Framework connector of Teams on port 0, under {@link #serviceUrl()}:
 * records every reply, proactive message, card update, createConversation and pagedmembers call,
 * answers as Teams does, and can be told to fail for a conversation (403, 429, 5xx).
 */
public final class FakeConnector extends FakeServer<FakeConnector.Call> {
  public static final String TENANT = "00000000-0000-0000-0000-0000000000001";
  public static final String BOT_ID = "28:sharewell-bot";
  public static final String BOT_NAME = "Sharewell";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BASE = "/_connector";
  private static final Pattern ACTIVITIES =
      Pattern.compile(BASE + "/v3/conversations/([^/]+)/activities(?:/([^/]+))?");
  private static final Pattern PAGED =
      Pattern.compile(BASE + "/v3/conversations/([^/]+)/pagedmembers");

  /**
   * One call the bot made. {@code conversation} and {@code activityId} (replied to or updated) are
   * decoded from the path; {@code messageId} is the id the message got, for pressing its buttons.
   */
  public record Call(
      String method,
      String path,
      String query,
      String conversation,
      String activityId,
      JsonNode body,
      String authorization,
      String messageId) {

    /** The Adaptive Card the activity carries (its first attachment's content), or null. */
    public JsonNode card() {
      return body == null ? null : body.path("attachments").path(0).path("content");
    }

    /** Every text of the card, joined, for assertions (see {@link #text(JsonNode)}). */
    public String text() {
      return FakeConnector.text(card() == null ? body : card());
    }
  }

  /** An error answer for a conversation. */
  public record Failure(int status, Map<String, String> headers, String body) {
    public static Failure writesBlocked() {
      return new Failure(
          403,
          Map.of(),
          "{\"error\":{\"code\":\"Forbidden\",\"subCode\":\"MessageWritesBlocked\","
              + "\"message\":\"Thread is blocked from message writes.\"}}");
    }

    public static Failure blockedByUser() {
      return new Failure(
          403,
          Map.of(),
          "{\"error\":{\"code\":\"ConversationBlockedByUser\","
              + "\"message\":\"User blocked the conversation with the bot.\"}}");
    }

    public static Failure tooManyRequests(int retryAfterSeconds) {
      return new Failure(
          429,
          Map.of("Retry-After", Integer.toString(retryAfterSeconds)),
          "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Slow down.\"}}");
    }

    public static Failure serverError(int status) {
      return new Failure(
          status, Map.of(), "{\"error\":{\"code\":\"ServiceError\",\"message\":\"Try later.\"}}");
    }
  }

  private final Map<String, Failure> failures = new ConcurrentHashMap<>();
  private final Map<String, List<List<String>>> rosters = new ConcurrentHashMap<>();
  private final Set<String> notUpdatable = ConcurrentHashMap.newKeySet();
  private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();

  public FakeConnector() {
    Handler handler = this::handle;
    serve(
        config -> {
          config.routes.get("/*", handler);
          config.routes.post("/*", handler);
          config.routes.put("/*", handler);
        });
  }

  /** The service url activities carry: no trailing slash, as the Agents Playground sends it. */
  public String serviceUrl() {
    return "http://" + address() + BASE;
  }

  /** Answers every call about {@code conversation} (a conversation or user id) with a failure. */
  public void fail(String conversation, Failure failure) {
    failures.put(conversation, failure);
  }

  /** As {@link #fail}, for the next {@code times} calls about {@code conversation} only. */
  public void failTimes(String conversation, Failure failure, int times) {
    failures.put(conversation, failure);
    failuresLeft.put(conversation, new AtomicInteger(times));
  }

  @Override
  public void recover(String conversation) {
    super.recover(conversation);
    failures.remove(conversation);
    failuresLeft.remove(conversation);
  }

  /** The members of a team, page by page, each page behind a continuation token. */
  public void roster(String teamId, List<List<String>> pages) {
    rosters.put(teamId, List.copyOf(pages));
  }

  /** Makes updating cards in {@code conversation} fail with 404, as for a deleted message. */
  public void refuseUpdates(String conversation) {
    notUpdatable.add(conversation);
  }

  /** New messages (POST activities): replies and proactive ones. */
  public List<Call> posts() {
    return recorded().filter(c -> c.method().equals("POST") && c.conversation() != null).toList();
  }

  public List<Call> postsTo(String conversation) {
    return posts().stream().filter(c -> conversation.equals(c.conversation())).toList();
  }

  /** Messages posted with no activity to reply to: what the bot says on its own initiative. */
  public List<Call> proactive() {
    return posts().stream().filter(c -> c.activityId() == null).toList();
  }

  /** Cards updated in place (PUT). */
  public List<Call> updates() {
    return recorded().filter(c -> c.method().equals("PUT")).toList();
  }

  public List<Call> createdConversations() {
    return recorded()
        .filter(c -> c.method().equals("POST") && c.path().equals(BASE + "/v3/conversations"))
        .toList();
  }

  public List<Call> pagedMembers() {
    return recorded().filter(c -> c.path().endsWith("/pagedmembers")).toList();
  }

  /** The last message posted or card updated in {@code conversation}. */
  public Call last(String conversation) {
    List<Call> list =
        recorded()
            .filter(c -> conversation.equals(c.conversation()) && !c.method().equals("GET"))
            .toList();
    if (list.isEmpty()) {
      throw new AssertionError("nothing was sent to " + conversation + "; calls: " + calls());
    }
    return list.get(list.size() - 1);
  }

  private void handle(Context ctx) throws IOException {
    String path = ctx.req().getRequestURI();
    JsonNode body = ctx.body().isEmpty() ? null : JSON.readTree(ctx.body());
    String conversation = null;
    String activityId = null;
    Matcher activities = ACTIVITIES.matcher(path);
    Matcher paged = PAGED.matcher(path);
    if (activities.matches()) {
      conversation = decode(activities.group(1));
      activityId = activities.group(2) == null ? null : decode(activities.group(2));
    } else if (paged.matches()) {
      conversation = decode(paged.group(1));
    } else if (path.equals(BASE + "/v3/conversations") && body != null) {
      conversation = body.path("members").path(0).path("id").asText(null);
    }
    boolean isPost = ctx.method().name().equals("POST");
    String messageId =
        activities.matches() ? (isPost ? "act-" + ids.incrementAndGet() : activityId) : null;
    record(
        new Call(
            ctx.method().name(),
            path,
            ctx.queryString(),
            conversation,
            activityId,
            body,
            ctx.header("Authorization"),
            messageId));
    if (conversation != null && held(conversation)) {
      ctx.status(503).contentType("application/json").result("{}");
      return;
    }
    Failure failure = conversation == null ? null : failures.get(conversation);
    AtomicInteger left = conversation == null ? null : failuresLeft.get(conversation);
    if (failure != null && left != null && left.getAndDecrement() <= 0) {
      failure = null;
    }
    if (failure != null) {
      failure.headers().forEach(ctx::header);
      ctx.status(failure.status()).contentType("application/json").result(failure.body());
      return;
    }
    if (activities.matches() && !isPost) {
      if (notUpdatable.contains(conversation)) {
        ctx.status(404).json(Map.of("error", Map.of("code", "NotFound", "message", "gone")));
      } else {
        ctx.status(200).json(Map.of("id", activityId));
      }
    } else if (activities.matches()) {
      answer(ctx, conversation, 201, JSON.createObjectNode().put("id", messageId));
    } else if (paged.matches()) {
      page(ctx, conversation);
    } else if (conversation != null) {
      // A personal chat with the bot: the same id for the same person, as Teams does.
      ctx.status(201).json(Map.of("id", "a:chat-with-" + conversation));
    } else {
      ctx.status(404).json(Map.of("error", Map.of("code", "NotFound", "message", path)));
    }
  }

  private void page(Context ctx, String teamId) {
    List<List<String>> pages = rosters.getOrDefault(teamId, List.of(List.of()));
    String token = ctx.queryParam("continuationToken");
    int index = token == null ? 0 : Integer.parseInt(token.substring("page-".length()));
    ObjectNode answer = JSON.createObjectNode();
    ArrayNode members = answer.putArray("members");
    for (String id : pages.get(index)) {
      members
          .addObject()
          .put("id", id)
          .put("name", "Person " + id)
          .put("aadObjectId", "aad-" + id)
          .put("tenantId", TENANT)
          .put("userRole", "user");
    }
    if (index + 1 < pages.size()) {
      answer.put("continuationToken", "page-" + (index + 1));
    }
    ctx.status(200).json(answer);
  }

  private static String decode(String segment) {
    return URLDecoder.decode(segment, StandardCharsets.UTF_8);
  }

  /** Every text, title, url and data value in a card or activity, joined by newlines. */
  public static String text(JsonNode node) {
    return texts(node, TEXT_FIELDS, JsonNode::isValueNode);
  }

  private static final Set<String> TEXT_FIELDS =
      Set.of("text", "title", "url", "value", "action", "label", "id");
}
