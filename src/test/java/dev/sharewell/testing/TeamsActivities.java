package dev.sharewell.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Activities as Teams (and the Microsoft 365 Agents Playground, whose captures they follow) sends
 * them to {@code POST /api/messages}: messages in the personal chat and in team channels, card
 * submissions, installation and removal.
 */
public final class TeamsActivities {
  public static final String TEAM = "19:team-general@thread.tacv2";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Http http;
  private final FakeConnector connector;
  private final Map<String, String> headers = new HashMap<>();
  private String serviceUrl;
  private String locale = "en-US";
  private String tenant = FakeConnector.TENANT;

  public TeamsActivities(Http http, FakeConnector connector) {
    this.http = http;
    this.connector = connector;
    this.serviceUrl = connector.serviceUrl();
  }

  /** The personal chat of a person with the bot. */
  public static String chatOf(String userId) {
    return "a:dm-" + userId;
  }

  /** "29:alice" is called Alice. */
  public static String nameOf(String userId) {
    String name = userId.substring(userId.indexOf(':') + 1);
    return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  /** Sends the next activities with this Authorization header (null: none). */
  public TeamsActivities authorization(String value) {
    if (value == null) {
      headers.remove("Authorization");
    } else {
      headers.put("Authorization", value);
    }
    return this;
  }

  public TeamsActivities serviceUrl(String url) {
    this.serviceUrl = url;
    return this;
  }

  /** Sends the next activities as from this tenant. */
  public TeamsActivities tenant(String id) {
    this.tenant = id;
    return this;
  }

  public TeamsActivities locale(String tag) {
    this.locale = tag;
    return this;
  }

  /** A message typed in the personal chat. */
  public Http.Response say(String userId, String text) {
    ObjectNode activity = personal(userId, "message");
    activity.put("text", text).put("textFormat", "plain");
    return post(activity);
  }

  /** A message in the team's General channel that @mentions the bot and maybe other people. */
  public Http.Response inChannel(String userId, String text, String... mentioned) {
    return post(channelMessage(userId, text, mentioned));
  }

  /** The activity of {@link #inChannel}, to change before posting it. */
  public ObjectNode channelMessage(String userId, String text, String... mentioned) {
    ObjectNode activity = base(userId, "message");
    String thread = TEAM + ";messageid=" + System.nanoTime();
    activity
        .putObject("conversation")
        .put("isGroup", true)
        .put("conversationType", "channel")
        .put("tenantId", FakeConnector.TENANT)
        .put("id", thread);
    ArrayNode entities = activity.putArray("entities");
    StringBuilder typed =
        new StringBuilder(mention(entities, FakeConnector.BOT_ID, FakeConnector.BOT_NAME));
    typed.append(' ').append(text);
    for (String person : mentioned) {
      typed.append(' ').append(mention(entities, person, nameOf(person)));
    }
    activity.put("text", typed.toString()).put("textFormat", "plain");
    ObjectNode data = activity.putObject("channelData");
    data.put("teamsChannelId", TEAM).put("teamsTeamId", TEAM);
    data.putObject("tenant").put("id", FakeConnector.TENANT);
    data.putObject("team").put("id", TEAM);
    data.putObject("channel").put("id", TEAM);
    return activity;
  }

  /** A personal message that mentions people ({@code role @x comms}, {@code invite @x @y}). */
  public Http.Response sayMentioning(String userId, String text, String... mentioned) {
    ObjectNode activity = personal(userId, "message");
    ArrayNode entities = activity.putArray("entities");
    StringBuilder typed = new StringBuilder(text);
    for (String person : mentioned) {
      typed.append(' ').append(mention(entities, person, nameOf(person)));
    }
    activity.put("text", typed.toString()).put("textFormat", "plain");
    return post(activity);
  }

  /** Presses the Action.Submit {@code action} on {@code card}, with these input values. */
  public Http.Response press(
      String userId, FakeConnector.Call card, String action, Map<String, ?> inputs) {
    JsonNode data = Cards.submitData(card.card(), action);
    ObjectNode value = ((ObjectNode) data).deepCopy();
    inputs.forEach((id, v) -> value.set(id, JSON.valueToTree(v)));
    return submit(userId, card.messageId(), value);
  }

  /** An Action.Submit as Teams delivers it: a message with a value and no text. */
  public Http.Response submit(String userId, String replyToId, JsonNode value) {
    ObjectNode activity = personal(userId, "message");
    activity.put("replyToId", replyToId);
    activity.set("value", value);
    ((ObjectNode) activity.get("channelData")).putObject("source").put("name", "message");
    return post(activity);
  }

  /** The app installed in a person's chat. */
  public Http.Response install(String userId) {
    ObjectNode activity = personal(userId, "installationUpdate");
    activity.put("action", "add");
    return post(activity);
  }

  public Http.Response uninstall(String userId) {
    ObjectNode activity = personal(userId, "installationUpdate");
    activity.put("action", "remove");
    return post(activity);
  }

  /** The conversationUpdate Teams sends with an installation: the bot among the members added. */
  public Http.Response botAdded(String userId) {
    ObjectNode activity = personal(userId, "conversationUpdate");
    activity.putArray("membersAdded").addObject().put("id", FakeConnector.BOT_ID);
    return post(activity);
  }

  /** The app added to (or removed from) the team, as seen from its General channel. */
  public Http.Response teamInstallation(String userId, String action) {
    ObjectNode activity = base(userId, "installationUpdate");
    activity.put("action", action);
    activity
        .putObject("conversation")
        .put("isGroup", true)
        .put("conversationType", "channel")
        .put("tenantId", FakeConnector.TENANT)
        .put("id", TEAM);
    ObjectNode data = activity.putObject("channelData");
    data.putObject("tenant").put("id", FakeConnector.TENANT);
    data.putObject("team").put("id", TEAM).put("name", "My Team");
    data.putObject("channel").put("id", TEAM);
    return post(activity);
  }

  /** A person added to the team: Teams tells the bot, which must leave them alone. */
  public Http.Response memberAddedToTeam(String userId) {
    ObjectNode activity = base(TeamsTestApp.ADMIN, "conversationUpdate");
    activity
        .putObject("conversation")
        .put("isGroup", true)
        .put("conversationType", "channel")
        .put("tenantId", FakeConnector.TENANT)
        .put("id", TEAM);
    activity.putArray("membersAdded").addObject().put("id", userId);
    ObjectNode data = activity.putObject("channelData");
    data.put("eventType", "teamMemberAdded");
    data.putObject("tenant").put("id", FakeConnector.TENANT);
    data.putObject("team").put("id", TEAM);
    return post(activity);
  }

  public ObjectNode personal(String userId, String type) {
    ObjectNode activity = base(userId, type);
    activity
        .putObject("conversation")
        .put("conversationType", "personal")
        .put("tenantId", tenant)
        .put("id", chatOf(userId));
    activity.putObject("channelData").putObject("tenant").put("id", tenant);
    return activity;
  }

  private ObjectNode base(String userId, String type) {
    ObjectNode activity = JSON.createObjectNode();
    activity.put("type", type).put("id", UUID.randomUUID().toString());
    activity.put("timestamp", Instant.now().toString()).put("channelId", "msteams");
    activity.put("serviceUrl", serviceUrl);
    activity
        .putObject("from")
        .put("id", userId)
        .put("name", nameOf(userId))
        .put("aadObjectId", "aad-" + userId);
    activity
        .putObject("recipient")
        .put("id", FakeConnector.BOT_ID)
        .put("name", FakeConnector.BOT_NAME);
    activity.put("locale", locale).put("localTimezone", "Europe/Copenhagen");
    return activity;
  }

  private static String mention(ArrayNode entities, String id, String name) {
    String text = "<at>" + name + "</at>";
    ObjectNode entity = entities.addObject().put("type", "mention").put("text", text);
    entity.putObject("mentioned").put("id", id).put("name", name);
    return text;
  }

  public Http.Response post(JsonNode activity) {
    return http.post("/api/messages", "application/json", activity.toString(), Map.copyOf(headers));
  }

  /** Finding things in cards, as a person pressing buttons would. */
  public static final class Cards {
    private Cards() {}

    /** The data of the first Action.Submit (anywhere, inline forms too) whose action is this. */
    public static JsonNode submitData(JsonNode card, String action) {
      JsonNode found = find(card, action);
      if (found == null) {
        throw new AssertionError("no Action.Submit for " + action + " in " + card);
      }
      return found;
    }

    public static boolean hasSubmit(JsonNode card, String action) {
      return find(card, action) != null;
    }

    /** The input ids of a card, in order. */
    public static List<String> inputIds(JsonNode card) {
      List<String> ids = new java.util.ArrayList<>();
      card.findParents("type")
          .forEach(
              n -> {
                if (n.path("type").asText().startsWith("Input.")) {
                  ids.add(n.path("id").asText());
                }
              });
      return ids;
    }

    private static JsonNode find(JsonNode node, String action) {
      if (node == null) {
        return null;
      }
      if (node.isObject()
          && "Action.Submit".equals(node.path("type").asText())
          && action.equals(node.path("data").path("action").asText())) {
        return node.get("data");
      }
      for (JsonNode child : node) {
        JsonNode found = find(child, action);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
  }
}
