package dev.sharewell.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sharewell.common.NulCharacters;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a signed Slack request's shape before Bolt reads it: the fields every handler needs (who,
 * in which workspace, which command, action or form) must be there and be text, and every id
 * Sharewell keeps or looks up must fit the column that keeps it ({@link SlackIds}). What is
 * missing, of the wrong type or too long is named, so the request is refused with 400 and nothing
 * is done with it. Names are cut by {@code Profile}; typed text is the core's to judge, field by
 * field.
 */
final class SlackPayloadCheck {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The interactions Sharewell has listeners for; Slack sends others only to apps that ask. */
  private static final Set<String> INTERACTIONS = Set.of("block_actions", "view_submission");

  /** The JSON bodies Slack sends to a request url. */
  private static final Set<String> JSON_TYPES =
      Set.of("event_callback", "url_verification", "app_rate_limited");

  /** No chat text holds a NUL character, and PostgreSQL cannot store one. */
  private static final Optional<String> NUL = Optional.of("The request contains a NUL character");

  private SlackPayloadCheck() {}

  /** Why the body cannot be a request Sharewell handles, or empty when its shape is fine. */
  static Optional<String> problem(String contentType, String body) {
    try {
      if (contentType != null
          && contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
        JsonNode json = JSON.readTree(body);
        return NulCharacters.in(json) ? NUL : json(json);
      }
      Map<String, String> form = form(body);
      if (form.values().stream().anyMatch(v -> v.indexOf('\0') >= 0)) {
        return NUL;
      }
      if (form.containsKey("payload")) {
        JsonNode payload = JSON.readTree(form.get("payload"));
        return NulCharacters.in(payload) ? NUL : interactive(payload);
      }
      return command(form);
    } catch (IOException | IllegalArgumentException e) {
      return Optional.of("The body is not a Slack payload");
    }
  }

  private static Optional<String> command(Map<String, String> form) {
    for (String field : new String[] {"command", "team_id", "user_id"}) {
      if (blank(form.get(field))) {
        return Optional.of("The slash command has no " + field);
      }
    }
    if (form.containsKey("response_url")
        && !webUrl(JSON.getNodeFactory().textNode(form.get("response_url")))) {
      return Optional.of("The response_url is not a web address");
    }
    return SlackIds.ofCommand(form);
  }

  private static Optional<String> interactive(JsonNode payload) {
    if (payload == null || !payload.isObject() || !text(payload.get("type"))) {
      return Optional.of("The payload has no type");
    }
    if (!INTERACTIONS.contains(payload.get("type").asText())) {
      return Optional.of("Not a Slack interaction this app handles");
    }
    if (payload.has("response_url") && !webUrl(payload.get("response_url"))) {
      return Optional.of("The response_url is not a web address");
    }
    if (!text(payload.path("user").get("id"))) {
      return Optional.of("The payload names no user");
    }
    // As the listeners read it: the team's id when there is a team, else the user's team id.
    JsonNode team =
        payload.path("team").isObject()
            ? payload.path("team").get("id")
            : payload.path("user").get("team_id");
    if (!text(team)) {
      return Optional.of("The payload names no workspace");
    }
    Optional<String> ids =
        SlackIds.person(
            "user.id", payload.path("user").get("id").asText(), "team.id", team.asText());
    if (ids.isPresent()) {
      return ids;
    }
    String type = payload.get("type").asText();
    if (type.equals("block_actions")) {
      JsonNode actions = payload.get("actions");
      if (actions == null || !actions.isArray()) {
        return Optional.of("The payload has no actions");
      }
      for (JsonNode action : actions) {
        if (!text(action.get("action_id"))) {
          return Optional.of("An action has no action_id");
        }
      }
    }
    if (type.equals("view_submission") || type.equals("view_closed")) {
      if (!text(payload.path("view").get("callback_id"))) {
        return Optional.of("The view has no callback_id");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> json(JsonNode body) {
    if (body == null || !body.isObject() || !text(body.get("type"))) {
      return Optional.of("The body has no type");
    }
    if (!JSON_TYPES.contains(body.get("type").asText())) {
      return Optional.of("Not a Slack request this app understands");
    }
    if (!body.get("type").asText().equals("event_callback")) {
      return Optional.empty();
    }
    JsonNode event = body.get("event");
    if (event == null || !event.isObject() || !text(event.get("type"))) {
      return Optional.of("The event has no type");
    }
    if (!text(body.get("team_id"))) {
      return Optional.of("The event names no workspace");
    }
    // Bolt reads these as text before any listener runs.
    for (String field : new String[] {"user", "bot_id", "subtype", "channel"}) {
      JsonNode value = event.get(field);
      if (value != null && !value.isTextual()) {
        return Optional.of("The event's " + field + " is not text");
      }
    }
    return SlackIds.person(
        "event.user", event.path("user").asText(null), "team_id", body.get("team_id").asText());
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  /** An absolute http(s) url, as Slack's response urls are. */
  private static boolean webUrl(JsonNode node) {
    if (!text(node)) {
      return false;
    }
    try {
      URI uri = new URI(node.asText());
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean text(JsonNode node) {
    return node != null && node.isTextual() && !node.asText().isBlank();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
