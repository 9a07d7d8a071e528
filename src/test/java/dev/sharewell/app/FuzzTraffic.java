package dev.sharewell.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharewell.conversation.ActionIds;
import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.Junk;
import dev.sharewell.testing.SlackRequests;
import dev.sharewell.testing.TeamsActivities;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The hostile half of the fuzz test: requests from people who are not in the valid script (their
 * ids start with {@code UF} or {@code 29:f}), broken in many ways. None of them may be answered
 * with a 5xx, and none may change what the valid script predicts.
 */
final class FuzzTraffic {
  static final String FUZZ_SLACK_PREFIX = "UF";
  static final String FUZZ_TEAMS_PREFIX = "29:f";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> HARMLESS_VERBS =
      List.of("help", "list", "leaderboard", "reach", "guidelines", "stats", "leaderboard month");
  private static final List<String> REFUSED_VERBS =
      List.of(
          "add https://evil.test/x",
          "role <@UV00|v> admin",
          "role <@UV01|v> comms",
          "invite <#CALL|all>",
          "digest now",
          "audit",
          "stats content",
          "stats export",
          "leaderboard here",
          "leaderboard post");

  /**
   * Buttons of content items and harmless ones; never join, leave or forget, which act on the
   * presser's own membership (a valid thing for anyone to do).
   */
  private static final List<String> ACTIONS =
      List.of(
          ActionIds.SHARED,
          ActionIds.PERSONALISE,
          ActionIds.NOT_FOR_ME,
          ActionIds.OPEN_SETTINGS,
          ActionIds.DECLINE,
          ActionIds.OPEN_LINK_PREFIX + "0",
          "sharewell.nope",
          "sharewell.",
          "not.ours");

  private static final List<String> FORMS =
      List.of(
          ActionIds.ADD_CONTENT_FORM,
          ActionIds.REPORT_SHARE_FORM,
          ActionIds.PERSONALISE_FORM,
          ActionIds.SETTINGS_FORM,
          ActionIds.FLAG_FORM,
          "sharewell.nope");
  private static final List<String> FIELDS =
      List.of(
          "title",
          "url",
          "summary",
          "kind",
          "tags",
          "language",
          "captions",
          "live_until",
          "network",
          "text",
          "post_url",
          "comment",
          "link",
          "day",
          "time",
          "cadence",
          "prompts");

  private final Junk junk;
  private final FakeSlack fakeSlack;
  private final SlackRequests slack;
  private final TeamsActivities teams;
  private final Http http;
  private final String serviceUrl;
  private final List<Long> contentIds;

  FuzzTraffic(
      Junk junk,
      FakeSlack fakeSlack,
      SlackRequests slack,
      TeamsActivities teams,
      Http http,
      String serviceUrl,
      List<Long> contentIds) {
    this.junk = junk;
    this.fakeSlack = fakeSlack;
    this.slack = slack;
    this.teams = teams;
    this.http = http;
    this.serviceUrl = serviceUrl;
    this.contentIds = contentIds;
  }

  /** What the last request was, for a failure's message. */
  String last = "";

  /** Milliseconds spent per kind of request (the tens digit of the kind), for the report. */
  final long[] millisByKind = new long[10];

  /** Sends one random hostile request; returns its answer. */
  Http.Response next() {
    int kind = junk.below(100);
    last = "kind " + kind;
    long started = System.nanoTime();
    try {
      return send(kind);
    } finally {
      millisByKind[kind / 10] += (System.nanoTime() - started) / 1_000_000;
    }
  }

  private Http.Response send(int kind) {
    if (kind < 14) {
      return slackCommand();
    }
    if (kind < 28) {
      return slackAction();
    }
    if (kind < 44) {
      return slackSubmission();
    }
    if (kind < 48) {
      return slackEvent();
    }
    if (kind < 52) {
      return slackBroken();
    }
    if (kind < 64) {
      return teamsMessage();
    }
    if (kind < 80) {
      return teamsSubmit();
    }
    if (kind < 94) {
      return teamsMangled();
    }
    return otherEndpoint();
  }

  private String fuzzSlackUser() {
    return FUZZ_SLACK_PREFIX + junk.below(40);
  }

  private String team() {
    return junk.chance(0.7) ? FakeSlack.TEAM : junk.pick(List.of("T9999", "TOTHER", "E0001"));
  }

  private String commandText() {
    return switch (junk.below(4)) {
      case 0 -> junk.pick(HARMLESS_VERBS);
      case 1 -> junk.pick(REFUSED_VERBS);
      case 2 -> junk.pick(HARMLESS_VERBS) + " " + junk.text();
      default -> junk.text();
    };
  }

  private Http.Response slackCommand() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("team_id", team());
    form.put("user_id", fuzzSlackUser());
    form.put("user_name", junk.chance(0.8) ? "fuzz" : junk.text());
    form.put("channel_id", junk.chance(0.8) ? "C0GENERAL" : junk.text());
    form.put("command", junk.chance(0.9) ? "/sharewell" : "/" + junk.letters(5));
    form.put("text", commandText());
    form.put("response_url", junk.chance(0.9) ? fakeSlack.responseUrl("fuzz") : junk.text());
    form.put("trigger_id", junk.letters(8));
    if (junk.chance(0.1)) {
      form.remove(junk.pick(new ArrayList<>(form.keySet())));
    }
    return slack.signed("application/x-www-form-urlencoded", formBody(form));
  }

  private ObjectNode slackBase(String type) {
    ObjectNode payload = JSON.createObjectNode();
    String user = fuzzSlackUser();
    String team = team();
    payload.put("type", type).put("api_app_id", "A0001");
    payload.putObject("team").put("id", team);
    payload.putObject("user").put("id", user).put("name", "fuzz").put("team_id", team);
    return payload;
  }

  private Http.Response slackAction() {
    ObjectNode payload = slackBase("block_actions");
    payload.put("trigger_id", junk.letters(8));
    payload.put("response_url", fakeSlack.responseUrl("fuzz"));
    ArrayNode actions = payload.putArray("actions");
    for (int i = junk.chance(0.9) ? 1 : junk.below(3); i > 0; i--) {
      ObjectNode action = actions.addObject();
      action.put("type", "button").put("block_id", "b1");
      action.put("action_id", junk.chance(0.8) ? junk.pick(ACTIONS) : junk.text());
      if (junk.chance(0.8)) {
        action.put("value", junk.badId());
      } else {
        action.set("value", junk.json(2));
      }
    }
    if (junk.chance(0.1)) {
      payload.putObject("view").put("type", "home").put("id", "VHOME");
    }
    maybeMangle(payload);
    return interactive(payload.toString());
  }

  private Http.Response slackSubmission() {
    ObjectNode payload = slackBase("view_submission");
    ObjectNode view = payload.putObject("view");
    view.put("id", "V1").put("type", "modal");
    view.put("callback_id", junk.chance(0.9) ? junk.pick(FORMS) : junk.text());
    view.put("private_metadata", contextValue());
    view.putObject("title").put("type", "plain_text").put("text", "Form");
    ObjectNode values = view.putObject("state").putObject("values");
    for (int i = junk.below(6); i > 0; i--) {
      String field = junk.chance(0.8) ? junk.pick(FIELDS) : junk.letters(4);
      ObjectNode entry = values.putObject(field).putObject(field);
      switch (junk.below(5)) {
        case 0 -> entry.put("type", "plain_text_input").put("value", junk.text());
        case 1 ->
            entry
                .put("type", "static_select")
                .putObject("selected_option")
                .put("value", junk.text());
        case 2 -> {
          ArrayNode options = entry.put("type", "checkboxes").putArray("selected_options");
          for (int j = junk.below(4); j > 0; j--) {
            options.addObject().put("value", junk.text());
          }
        }
        case 3 -> entry.put("type", "datepicker").put("selected_date", junk.text());
        default -> entry.set("value", junk.json(2));
      }
    }
    maybeMangle(payload);
    return interactive(payload.toString());
  }

  /** A real content id from someone who has no business with it, or no id at all. */
  private String contextValue() {
    if (!contentIds.isEmpty() && junk.chance(0.3)) {
      return Long.toString(junk.pick(contentIds));
    }
    return junk.badId();
  }

  private Http.Response slackEvent() {
    ObjectNode body = JSON.createObjectNode();
    body.put("type", junk.chance(0.9) ? "event_callback" : junk.letters(6));
    body.put("team_id", junk.chance(0.5) ? FakeSlack.TEAM : "T9" + junk.below(100));
    body.put("event_id", "Ev" + junk.letters(6)).put("event_time", Instant.now().getEpochSecond());
    ObjectNode event = body.putObject("event");
    String type = junk.pick(List.of("app_home_opened", "message", "reaction_added", "nope"));
    event.put("type", type).put("user", fuzzSlackUser()).put("tab", "home");
    if (junk.chance(0.2)) {
      // Of the wrong type: a number or a list where Slack sends a user id.
      event.set(
          "user",
          junk.chance(0.5)
              ? JSON.getNodeFactory().numberNode(junk.below(99))
              : JSON.createArrayNode().add(fuzzSlackUser()));
    }
    if (body.get("team_id").asText().startsWith("T9") && junk.chance(0.5)) {
      // Uninstalling from some other workspace must not touch this one.
      event.put("type", junk.pick(List.of("app_uninstalled", "tokens_revoked")));
    }
    maybeMangle(body);
    return slack.signed("application/json", body.toString());
  }

  /** Truncated, unsigned or wrongly signed bodies, and bodies of the wrong content type. */
  private Http.Response slackBroken() {
    String body = "payload=" + encode(slackBase("block_actions").toString());
    return switch (junk.below(4)) {
      case 0 -> slack.signed("application/x-www-form-urlencoded", junk.truncate(body));
      case 1 -> http.post("/slack/events", "application/x-www-form-urlencoded", body, Map.of());
      case 2 ->
          http.post(
              "/slack/events",
              "application/x-www-form-urlencoded",
              body,
              Map.of(
                  "X-Slack-Request-Timestamp",
                  junk.number(),
                  "X-Slack-Signature",
                  "v0=" + junk.letters(64)));
      default -> slack.signed(junk.pick(List.of("application/json", "text/plain", "")), body);
    };
  }

  private void maybeMangle(ObjectNode payload) {
    if (junk.chance(0.15)) {
      List<String> names = new ArrayList<>();
      payload.fieldNames().forEachRemaining(names::add);
      String name = junk.pick(names);
      if (junk.chance(0.5)) {
        payload.remove(name);
      } else {
        payload.set(name, junk.json(2));
      }
    }
  }

  private Http.Response interactive(String payload) {
    String body = "payload=" + encode(payload);
    if (junk.chance(0.05)) {
      body = junk.truncate(body);
    }
    return slack.signed("application/x-www-form-urlencoded", body);
  }

  private String fuzzTeamsUser() {
    return FUZZ_TEAMS_PREFIX + junk.below(40);
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

  private Http.Response teamsMessage() {
    ObjectNode activity = teamsActivity("message");
    activity.put("text", commandText()).put("textFormat", "plain");
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

  private Http.Response teamsSubmit() {
    ObjectNode activity = teamsActivity("message");
    activity.put("replyToId", "card-" + junk.below(100));
    ((ObjectNode) activity.get("channelData")).putObject("source").put("name", "message");
    if (junk.chance(0.2)) {
      activity.set("value", junk.json(3));
      return teams.post(activity);
    }
    ObjectNode value = activity.putObject("value");
    value.put("action", junk.chance(0.8) ? junk.pick(FORMS.subList(0, 5)) : junk.text());
    if (junk.chance(0.5)) {
      value.put("action", junk.pick(ACTIONS));
    }
    if (junk.chance(0.7)) {
      value.put("contentId", contextValue());
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
      value.set(junk.pick(FIELDS), junk.chance(0.7) ? junk.json(0) : junk.json(2));
    }
    String shown = value.toString();
    last += " " + shown.substring(0, Math.min(300, shown.length()));
    return teams.post(activity);
  }

  /** An activity with one field removed or of the wrong type, a foreign url, or cut short. */
  private Http.Response teamsMangled() {
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
    activity.put("text", junk.pick(HARMLESS_VERBS));
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

  private Http.Response otherEndpoint() {
    return switch (junk.below(6)) {
      case 0 -> http.get("/health");
      case 1 -> http.get("/metrics");
      case 2 -> http.get("/exports/" + encode(cut(junk.badId(), 1500)));
      // Kept under Jetty's 8 KB for a request line: a longer one is answered 414 and the
      // connection closed while the client may still be writing, so the answer can be lost in
      // transit (HostileInputTest sends those one at a time).
      case 3 -> http.get("/" + encode(junk.letters(5)) + "/" + encode(cut(junk.text(), 1500)));
      // Bodies sent where nobody reads them stay small: Jetty answers without reading them and
      // closes the connection when the rest is not already there, and a client still writing a
      // large body may then lose the answer in transit.
      case 4 ->
          http.post("/health", "application/json", cut(junk.json(2).toString(), 4000), Map.of());
      default ->
          http.post(
              "/exports/" + junk.letters(43),
              "text/plain",
              cut(junk.truncate(junk.text()), 4000),
              Map.of());
    };
  }

  private static String formBody(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
