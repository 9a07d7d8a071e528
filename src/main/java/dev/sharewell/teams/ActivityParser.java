package dev.sharewell.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Serialization;
import dev.sharewell.common.NulCharacters;
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

  /** The longest ids stored (the columns' sizes); Teams' own are far shorter. */
  static final int USER_ID_MAX = 255;

  static final int TENANT_ID_MAX = 128;
  static final int CONVERSATION_ID_MAX = 512;
  static final int SERVICE_URL_MAX = 2048;

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
    notTooLong(json.path("from").path("id"), USER_ID_MAX, "from.id");
    notTooLong(json.path("conversation").path("id"), CONVERSATION_ID_MAX, "conversation.id");
    notTooLong(json.path("serviceUrl"), SERVICE_URL_MAX, "serviceUrl");
    Activity activity;
    try {
      activity = Serialization.treeToValue(json, Activity.class);
    } catch (IllegalArgumentException e) {
      activity = null;
    }
    if (activity == null) {
      throw new BadRequestResponse("The body is not a Bot Framework activity");
    }
    String tenant = TeamsConversation.tenantOf(activity);
    if (HANDLED.contains(activity.getType()) && tenant == null) {
      throw new BadRequestResponse("The activity names no tenant (conversation.tenantId)");
    }
    if (tenant != null && tenant.length() > TENANT_ID_MAX) {
      throw new BadRequestResponse("The activity's tenant id is too long");
    }
    return activity;
  }

  private static void notTooLong(JsonNode text, int max, String field) {
    if (text.asText().length() > max) {
      throw new BadRequestResponse("The activity's " + field + " is too long");
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
