package dev.sharewell.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.Junk;
import dev.sharewell.testing.SlackRequests;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The Slack half of the fuzz: signed (and unsigned) commands, clicks, submissions and events. */
final class SlackFuzz {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FuzzTraffic traffic;
  private final Junk junk;
  private final FakeSlack fakeSlack;
  private final SlackRequests slack;
  private final Http http;

  SlackFuzz(FuzzTraffic traffic, Junk junk, FakeSlack fakeSlack, SlackRequests slack, Http http) {
    this.traffic = traffic;
    this.junk = junk;
    this.fakeSlack = fakeSlack;
    this.slack = slack;
    this.http = http;
  }

  private String fuzzSlackUser() {
    return FuzzTraffic.FUZZ_SLACK_PREFIX + junk.below(40);
  }

  private String team() {
    return junk.chance(0.7) ? FakeSlack.TEAM : junk.pick(List.of("T9999", "TOTHER", "E0001"));
  }

  Http.Response slackCommand() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("team_id", team());
    form.put("user_id", fuzzSlackUser());
    form.put("user_name", junk.chance(0.8) ? "fuzz" : junk.text());
    form.put("channel_id", junk.chance(0.8) ? "C0GENERAL" : junk.text());
    form.put("command", junk.chance(0.9) ? "/sharewell" : "/" + junk.letters(5));
    form.put("text", traffic.commandText());
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

  Http.Response slackAction() {
    ObjectNode payload = slackBase("block_actions");
    payload.put("trigger_id", junk.letters(8));
    payload.put("response_url", fakeSlack.responseUrl("fuzz"));
    ArrayNode actions = payload.putArray("actions");
    for (int i = junk.chance(0.9) ? 1 : junk.below(3); i > 0; i--) {
      ObjectNode action = actions.addObject();
      action.put("type", "button").put("block_id", "b1");
      action.put("action_id", junk.chance(0.8) ? junk.pick(FuzzTraffic.ACTIONS) : junk.text());
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

  Http.Response slackSubmission() {
    ObjectNode payload = slackBase("view_submission");
    ObjectNode view = payload.putObject("view");
    view.put("id", "V1").put("type", "modal");
    view.put("callback_id", junk.chance(0.9) ? junk.pick(FuzzTraffic.FORMS) : junk.text());
    view.put("private_metadata", traffic.contextValue());
    view.putObject("title").put("type", "plain_text").put("text", "Form");
    ObjectNode values = view.putObject("state").putObject("values");
    for (int i = junk.below(6); i > 0; i--) {
      String field = junk.chance(0.8) ? junk.pick(FuzzTraffic.FIELDS) : junk.letters(4);
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

  Http.Response slackEvent() {
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
  Http.Response slackBroken() {
    String body = "payload=" + FuzzTraffic.encode(slackBase("block_actions").toString());
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
    String body = "payload=" + FuzzTraffic.encode(payload);
    if (junk.chance(0.05)) {
      body = junk.truncate(body);
    }
    return slack.signed("application/x-www-form-urlencoded", body);
  }

  private static String formBody(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> FuzzTraffic.encode(e.getKey()) + "=" + FuzzTraffic.encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }
}
