package dev.sharewell.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Serialization;
import dev.sharewell.common.NulCharacters;
import dev.sharewell.store.Columns;
import io.javalin.http.BadRequestResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the body of {@code POST /api/messages} into an activity, with the SDK's own mapper (it
 * knows the activity's date types). What cannot be handled is refused with 400 before anything is
 * done with it.
 */
final class ActivityParser {
  /** Activity types Sharewell acts on; they must say which tenant they come from. */
  private static final Set<String> HANDLED =
      Set.of(
          ActivityTypes.MESSAGE,
          ActivityTypes.INSTALLATION_UPDATE,
          ActivityTypes.CONVERSATION_UPDATE);

  /** The channel ({@code msteams}) and conversation type: a few letters. */
  static final int KEYWORD_MAX = 64;

  /**
   * Every id and text of an activity that Sharewell stores or looks up, with the most it may hold:
   * the size of its column, so nothing oversized reaches the database (Teams' own are far shorter),
   * and no control character, which no id holds. The stored conversation reference is made of these
   * alone ({@link ReferenceStore}), so it fits its column too. Names, locales and time zones are
   * cut or dropped by {@code Profile}.
   */
  private static final List<Map.Entry<String, Integer>> BOUNDED =
      List.of(
          Map.entry("type", KEYWORD_MAX),
          Map.entry("channelId", KEYWORD_MAX),
          Map.entry("serviceUrl", Columns.URL),
          Map.entry("from.id", Columns.USER_ID),
          Map.entry("recipient.id", Columns.USER_ID),
          Map.entry("recipient.name", Columns.DISPLAY_NAME),
          Map.entry("conversation.id", Columns.CONVERSATION_ID),
          Map.entry("conversation.tenantId", Columns.WORKSPACE_ID),
          Map.entry("conversation.conversationType", KEYWORD_MAX),
          Map.entry("channelData.tenant.id", Columns.WORKSPACE_ID),
          Map.entry("channelData.channel.id", Columns.CONVERSATION_ID),
          Map.entry("channelData.teamsChannelId", Columns.CONVERSATION_ID),
          Map.entry("channelData.team.id", Columns.TEAM_ID),
          Map.entry("channelData.teamsTeamId", Columns.TEAM_ID));

  private ActivityParser() {}

  static Activity parse(String body) {
    JsonNode json;
    try {
      json = Serialization.jsonToTree(body == null ? "" : body);
    } catch (IOException e) {
      throw new BadRequestResponse("The body is not JSON");
    }
    if (json == null || !json.isObject()) {
      throw new BadRequestResponse("The body is not a JSON object");
    }
    if (NulCharacters.in(json)) {
      // No chat text holds one, and PostgreSQL cannot store one.
      throw new BadRequestResponse("The activity contains a NUL character");
    }
    require(json.path("type").isTextual() && !json.path("type").asText().isBlank(), "type");
    require(json.path("serviceUrl").isTextual(), "serviceUrl");
    require(text(json.path("conversation").path("id")), "conversation.id");
    require(text(json.path("from").path("id")), "from.id");
    BOUNDED.forEach(bound -> bounded(at(json, bound.getKey()), bound.getValue(), bound.getKey()));
    for (JsonNode entity : json.path("entities")) {
      bounded(entity.path("mentioned").path("id"), Columns.USER_ID, "entities.mentioned.id");
    }
    Activity activity;
    try {
      activity = Serialization.treeToValue(json, Activity.class);
    } catch (IllegalArgumentException e) {
      activity = null;
    }
    if (activity == null) {
      throw new BadRequestResponse("The body is not a Bot Framework activity");
    }
    String tenant = TeamsChat.tenantOf(activity);
    if (HANDLED.contains(activity.getType()) && tenant == null) {
      throw new BadRequestResponse("The activity names no tenant (conversation.tenantId)");
    }
    return activity;
  }

  /**
   * The node at a dotted path, or a missing node. What holds it must be an object: the SDK reads a
   * text in place of an account as the account's id, unchecked ({@code "recipient": "..."}).
   */
  private static JsonNode at(JsonNode json, String path) {
    JsonNode node = json;
    String[] names = path.split("\\.");
    for (int i = 0; i < names.length; i++) {
      if (i > 0 && !node.isMissingNode() && !node.isNull() && !node.isObject()) {
        String holder = String.join(".", Arrays.copyOf(names, i));
        throw new BadRequestResponse("The activity's " + holder + " is not an object");
      }
      node = node.path(names[i]);
    }
    return node;
  }

  private static void bounded(JsonNode value, int max, String field) {
    // The SDK reads a number or a boolean as its text; an object or a list it refuses.
    if (!value.isValueNode() || value.isNull()) {
      return;
    }
    String text = value.asText();
    if (text.length() > max) {
      throw new BadRequestResponse(
          "The activity's " + field + " is longer than " + max + " characters");
    }
    if (text.chars().anyMatch(Character::isISOControl)) {
      throw new BadRequestResponse("The activity's " + field + " holds a control character");
    }
  }

  private static boolean text(JsonNode node) {
    return node.isTextual() && !node.asText().isBlank();
  }

  private static void require(boolean present, String field) {
    if (!present) {
      throw new BadRequestResponse("The activity has no " + field);
    }
  }
}
