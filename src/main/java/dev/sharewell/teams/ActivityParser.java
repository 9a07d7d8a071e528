package dev.sharewell.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Serialization;
import io.javalin.http.BadRequestResponse;
import java.io.IOException;
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
    require(json.path("type").isTextual() && !json.path("type").asText().isBlank(), "type");
    require(json.path("serviceUrl").isTextual(), "serviceUrl");
    require(json.path("conversation").path("id").isTextual(), "conversation.id");
    require(json.path("from").path("id").isTextual(), "from.id");
    Activity activity;
    try {
      activity = Serialization.treeToValue(json, Activity.class);
    } catch (IllegalArgumentException e) {
      activity = null;
    }
    if (activity == null) {
      throw new BadRequestResponse("The body is not a Bot Framework activity");
    }
    if (HANDLED.contains(activity.getType()) && TeamsConversation.tenantOf(activity) == null) {
      throw new BadRequestResponse("The activity names no tenant (conversation.tenantId)");
    }
    return activity;
  }

  private static void require(boolean present, String field) {
    if (!present) {
      throw new BadRequestResponse("The activity has no " + field);
    }
  }
}
