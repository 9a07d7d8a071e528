package dev.sharewell.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a signed Slack request's shape before Bolt reads it: the fields every handler needs (who,
 * in which workspace, which command, action or form) must be there and be text. What is missing or
 * of the wrong type is named, so the request is refused with 400 and nothing is done with it.
 */
final class SlackPayloadCheck {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SlackPayloadCheck() {}

  /** Why the body cannot be a request Sharewell handles, or empty when its shape is fine. */
  static Optional<String> problem(String contentType, String body) {
    try {
      if (contentType != null && contentType.toLowerCase().startsWith("application/json")) {
        return json(JSON.readTree(body));
      }
      Map<String, String> form = form(body);
      if (form.containsKey("payload")) {
        return interactive(JSON.readTree(form.get("payload")));
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
    return Optional.empty();
  }

  private static Optional<String> interactive(JsonNode payload) {
    if (payload == null || !payload.isObject() || !text(payload.get("type"))) {
      return Optional.of("The payload has no type");
    }
    if (!text(payload.path("user").get("id"))) {
      return Optional.of("The payload names no user");
    }
    if (!text(payload.path("team").get("id")) && !text(payload.path("user").get("team_id"))) {
      return Optional.of("The payload names no workspace");
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
    if (body.get("type").asText().equals("event_callback")) {
      if (!text(body.path("event").get("type"))) {
        return Optional.of("The event has no type");
      }
      if (!text(body.get("team_id"))) {
        return Optional.of("The event names no workspace");
      }
    }
    return Optional.empty();
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

  private static boolean text(JsonNode node) {
    return node != null && node.isTextual() && !node.asText().isBlank();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
