package dev.sharewell.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.Junk;
import dev.sharewell.testing.TeamsActivities;
import java.util.List;
import java.util.Map;

/** The Teams half of the fuzz: messages, card submissions and mangled activities. */
final class TeamsFuzz {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FuzzTraffic traffic;
  private final Junk junk;
  private final TeamsActivities teams;
  private final Http http;
  private final String serviceUrl;

  TeamsFuzz(FuzzTraffic traffic, Junk junk, TeamsActivities teams, Http http, String serviceUrl) {
    this.traffic = traffic;
    this.junk = junk;
    this.teams = teams;
    this.http = http;
    this.serviceUrl = serviceUrl;
  }

  private String fuzzTeamsUser() {
    return FuzzTraffic.FUZZ_TEAMS_PREFIX + junk.below(40);
  }

  private ObjectNode teamsActivity(String type) {
    ObjectNode activity = teams.personal(fuzzTeamsUser(), type);
    activity.put("serviceUrl", serviceUrl);
    if (junk.chance(0.2)) {
      String tenant = "tenant-" + junk.below(5);
      ((ObjectNode) activity.get("conversation")).put("tenantId", tenant);
      ((ObjectNode) activity.get("channelData")).putObject("tenant").put("id", tenant);
    }
    return activity;
  }

  Http.Response teamsMessage() {
    ObjectNode activity = teamsActivity("message");
    activity.put("text", traffic.commandText()).put("textFormat", "plain");
    if (junk.chance(0.2)) {
      ArrayNode entities = activity.putArray("entities");
      ObjectNode mention = entities.addObject().put("type", "mention").put("text", junk.text());
      mention.putObject("mentioned").put("id", junk.text()).put("name", junk.text());
    }
    if (junk.chance(0.15)) {
      ObjectNode conversation = (ObjectNode) activity.get("conversation");
      conversation.put("conversationType", "channel").put("isGroup", true);
      conversation.put("id", TeamsActivities.TEAM + ";messageid=" + junk.below(1000));
      ((ObjectNode) activity.get("channelData")).putObject("team").put("id", TeamsActivities.TEAM);
    }
    return teams.post(activity);
  }

  Http.Response teamsSubmit() {
    ObjectNode activity = teamsActivity("message");
    activity.put("replyToId", "card-" + junk.below(100));
    ((ObjectNode) activity.get("channelData")).putObject("source").put("name", "message");
    if (junk.chance(0.2)) {
      activity.set("value", junk.json(3));
      return teams.post(activity);
    }
    ObjectNode value = activity.putObject("value");
    value.put(
        "action", junk.chance(0.8) ? junk.pick(FuzzTraffic.FORMS.subList(0, 5)) : junk.text());
    if (junk.chance(0.5)) {
      value.put("action", junk.pick(FuzzTraffic.ACTIONS));
    }
    if (junk.chance(0.7)) {
      value.put("contentId", traffic.contextValue());
    } else {
      value.set("contentId", junk.json(1));
    }
    if (junk.chance(0.6)) {
      ObjectNode form = value.putObject("form");
      if (junk.chance(0.3)) {
        form.set("multiSelect", junk.json(1));
      }
      if (junk.chance(0.2)) {
        form.set("prefix", junk.json(0));
      }
    } else if (junk.chance(0.2)) {
      value.set("form", junk.json(1));
    }
    for (int i = junk.below(5); i > 0; i--) {
      value.set(junk.pick(FuzzTraffic.FIELDS), junk.chance(0.7) ? junk.json(0) : junk.json(2));
    }
    String shown = value.toString();
    traffic.last += " " + shown.substring(0, Math.min(300, shown.length()));
    return teams.post(activity);
  }

  /** An activity with one field removed or of the wrong type, a foreign url, or cut short. */
  Http.Response teamsMangled() {
    String type =
        junk.pick(
            List.of(
                "message",
                "installationUpdate",
                "conversationUpdate",
                "invoke",
                "typing",
                "messageReaction",
                junk.letters(5)));
    ObjectNode activity = teamsActivity(type);
    activity.put("text", junk.pick(FuzzTraffic.HARMLESS_VERBS));
    if (type.equals("installationUpdate")) {
      activity.set("action", junk.chance(0.5) ? junk.json(0) : JSON.valueToTree("add-upgrade"));
    }
    if (type.equals("conversationUpdate")) {
      activity.set("membersAdded", junk.json(2));
    }
    if (type.equals("invoke")) {
      activity.put("name", junk.text());
    }
    switch (junk.below(5)) {
      case 0 -> activity.remove(junk.pick(List.of("from", "conversation", "serviceUrl", "type")));
      case 1 ->
          activity.set(
              junk.pick(
                  List.of(
                      "from",
                      "conversation",
                      "recipient",
                      "channelData",
                      "entities",
                      "timestamp",
                      "locale",
                      "text",
                      "attachments")),
              junk.json(2));
      case 2 ->
          activity.put(
              "serviceUrl",
              junk.pick(
                  List.of(
                      "https://smba.trafficmanager.example/emea/",
                      "http://10.0.0.1/",
                      "file:///etc/passwd",
                      "http://127.0.0.1.evil.test/",
                      junk.text())));
      case 3 -> {
        return http.post(
            "/api/messages", "application/json", junk.truncate(activity.toString()), Map.of());
      }
      default -> ((ObjectNode) activity.get("from")).set("id", junk.json(1));
    }
    return teams.post(activity);
  }
}
