package dev.sharewell.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Builds signed Slack requests as Slack sends them: slash commands, button clicks, submissions. */
public final class SlackRequests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Http http;
  private final String secret;
  private final FakeSlack slack;
  private final String team;
  private int responseIds;

  public SlackRequests(Http http, String secret, FakeSlack slack) {
    this(http, secret, slack, FakeSlack.TEAM);
  }

  private SlackRequests(Http http, String secret, FakeSlack slack, String team) {
    this.http = http;
    this.secret = secret;
    this.slack = slack;
    this.team = team;
  }

  /** The same requests, as sent from the workspace {@code teamId}. */
  public SlackRequests fromTeam(String teamId) {
    return new SlackRequests(http, secret, slack, teamId);
  }

  /** {@code v0=hex(HMAC-SHA256(secret, "v0:{ts}:{body}"))}, as Slack signs. */
  public static String signature(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest =
          mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
      return "v0=" + HexFormat.of().formatHex(digest);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public Http.Response signed(String contentType, String body) {
    long now = Instant.now().getEpochSecond();
    return http.post(
        "/slack/events",
        contentType,
        body,
        Map.of(
            "X-Slack-Request-Timestamp", Long.toString(now),
            "X-Slack-Signature", signature(secret, now, body)));
  }

  /** {@code /sharewell <text>} typed by {@code userId}. */
  public Http.Response command(String userId, String text) {
    return commandIn(team, userId, text);
  }

  /** {@code /sharewell <text>} typed by {@code userId} in the workspace {@code teamId}. */
  public Http.Response commandIn(String teamId, String userId, String text) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "legacy");
    form.put("team_id", teamId);
    form.put("team_domain", "acme");
    form.put("channel_id", "C0GENERAL");
    form.put("channel_name", "general");
    form.put("user_id", userId);
    form.put("user_name", userId.toLowerCase());
    form.put("command", "/sharewell");
    form.put("text", text);
    form.put("response_url", slack.responseUrl(team + "cmd" + (++responseIds)));
    form.put("trigger_id", "trigger." + responseIds);
    return signed("application/x-www-form-urlencoded", encode(form));
  }

  /** A click on a button with {@code actionId} and {@code value} in a DM message. */
  public Http.Response click(String userId, String actionId, String value) {
    ObjectNode payload = base("block_actions", userId);
    payload.put("trigger_id", "trigger.click." + (++responseIds));
    payload.put("response_url", slack.responseUrl(team + "click" + responseIds));
    payload.putObject("container").put("type", "message").put("channel_id", "D" + userId);
    payload.putObject("channel").put("id", "D" + userId);
    ObjectNode action = payload.putArray("actions").addObject();
    action
        .put("type", "button")
        .put("action_id", actionId)
        .put("block_id", "b1")
        .put("value", value);
    action.putObject("text").put("type", "plain_text").put("text", "button");
    action.put("action_ts", Instant.now().getEpochSecond() + ".000");
    return interactive(payload);
  }

  /** A submission of the modal {@code callbackId}, with input values by block id. */
  public Http.Response submit(
      String userId, String callbackId, String privateMetadata, Map<String, Object> values) {
    ObjectNode payload = base("view_submission", userId);
    ObjectNode view = payload.putObject("view");
    view.put("id", "V1").put("type", "modal").put("callback_id", callbackId);
    view.put("private_metadata", privateMetadata == null ? "" : privateMetadata);
    view.putObject("title").put("type", "plain_text").put("text", "Form");
    ObjectNode state = view.putObject("state").putObject("values");
    values.forEach(
        (blockId, value) -> {
          ObjectNode entry = state.putObject(blockId).putObject(blockId);
          if (value instanceof java.util.List<?> list) {
            entry.put("type", "checkboxes");
            ArrayNode options = entry.putArray("selected_options");
            list.forEach(v -> options.addObject().put("value", v.toString()));
          } else if (value instanceof Choice choice) {
            entry.put("type", "static_select");
            entry.putObject("selected_option").put("value", choice.value());
          } else {
            entry
                .put("type", "plain_text_input")
                .put("value", value == null ? null : value.toString());
          }
        });
    return interactive(payload);
  }

  /** A single choice in a submitted form (a static select). */
  public record Choice(String value) {}

  /** An Events API callback of {@code event} (a JSON object with its "type"). */
  public Http.Response event(ObjectNode event) {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("token", "legacy").put("team_id", team).put("api_app_id", "A0001");
    payload.put("type", "event_callback").put("event_id", "Ev" + (++responseIds));
    payload.put("event_time", Instant.now().getEpochSecond());
    payload.set("event", event);
    return signed("application/json", payload.toString());
  }

  private ObjectNode base(String type, String userId) {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("type", type).put("token", "legacy").put("api_app_id", "A0001");
    payload.putObject("team").put("id", team).put("domain", "acme");
    payload
        .putObject("user")
        .put("id", userId)
        .put("username", userId.toLowerCase())
        .put("name", userId.toLowerCase())
        .put("team_id", team);
    return payload;
  }

  private Http.Response interactive(ObjectNode payload) {
    return signed(
        "application/x-www-form-urlencoded",
        "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8));
  }

  private static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
