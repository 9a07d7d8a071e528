package dev.sharewell.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharewell.store.Columns;
import dev.sharewell.testing.FakeConnector;
import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.Junk;
import dev.sharewell.testing.SlackRequests;
import dev.sharewell.testing.SlackTestApp;
import dev.sharewell.testing.TeamsActivities;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Requests of the shapes the fuzz once found answered with a 5xx or logged as a failure, and ids at
 * and just past the length their column keeps. They come from a random stream of their own, so
 * every run sends them whatever its seed, while the main stream, and with it every replayed seed,
 * stays as it was.
 */
final class FuzzFindings {
  private final Junk junk;
  private final TeamsActivities teams;
  private final SlackRequests slack;
  private final FakeSlack fakeSlack;

  /** What the last request was, for a failure's message. */
  String last = "";

  FuzzFindings(Junk junk, TeamsActivities teams, SlackRequests slack, FakeSlack fakeSlack) {
    this.junk = junk;
    this.teams = teams;
    this.slack = slack;
    this.fakeSlack = fakeSlack;
  }

  Http.Response next() {
    return switch (junk.below(5)) {
      case 0 -> hugeAccount();
      case 1 -> membersWithHoles();
      case 2 -> teamsIdAtTheEdge();
      case 3 -> slackChannelAtTheEdge();
      default -> slackIdsAtTheEdge();
    };
  }

  private String teamsUser() {
    return FuzzTraffic.FUZZ_TEAMS_PREFIX + junk.below(40);
  }

  /** A length at, just past or far past {@code max}; sometimes with a control character in it. */
  private String sized(String prefix, int max) {
    int length = junk.pick(List.of(max, max, max + 1, 2_600, 20_000));
    String text = prefix + junk.letters(Math.max(0, length - prefix.length()));
    if (junk.chance(0.15)) {
      int at = prefix.length() + junk.below(Math.max(1, text.length() - prefix.length()));
      text = text.substring(0, at) + junk.pick(List.of("\u0001", "\t", "\n")) + text.substring(at);
    }
    return text;
  }

  /** Found by seed 4082445996400624157: an account of 50 KB, stored in the reference. */
  private Http.Response hugeAccount() {
    String type = junk.pick(List.of("message", "installationUpdate", "conversationUpdate"));
    ObjectNode activity = teams.personal(teamsUser(), type);
    activity.put("text", junk.pick(FuzzTraffic.HARMLESS_VERBS)).put("textFormat", "plain");
    if (type.equals("installationUpdate")) {
      activity.put("action", "add");
    } else if (type.equals("conversationUpdate")) {
      activity.putArray("membersAdded").addObject().put("id", FakeConnector.BOT_ID);
    }
    String account = junk.pick(List.of("recipient", "recipient", "from", "conversation"));
    if (junk.chance(0.3)) {
      // What seed 4082445996400624157 sent: the SDK reads the text as the account's id.
      activity.put(account, junk.huge());
      last = "finding: " + account + " as a text of 10 to 60 KB in a " + type;
      return teams.post(activity);
    }
    ObjectNode nested = (ObjectNode) activity.get(account);
    for (int depth = 1 + junk.below(5); depth > 0; depth--) {
      nested = nested.putObject(junk.letters(1 + junk.below(8)));
    }
    for (int size = 0; size < 50_000; ) {
      String value = junk.pick(List.of(junk.huge(), junk.text(), junk.letters(100)));
      nested.put(junk.letters(6), value);
      size += value.length();
    }
    last = "finding: an account of 50 KB in " + account + " of a " + type;
    return teams.post(activity);
  }

  /** Found by seed 4082445996400624157: a null among the members added. */
  private Http.Response membersWithHoles() {
    ObjectNode activity = teams.personal(teamsUser(), "conversationUpdate");
    ArrayNode members = activity.putArray(junk.chance(0.7) ? "membersAdded" : "membersRemoved");
    for (int i = 1 + junk.below(4); i > 0; i--) {
      switch (junk.below(5)) {
        case 0 -> members.addNull();
        case 1 -> members.addObject();
        case 2 -> members.addObject().put("name", junk.text());
        case 3 -> members.addObject().set("id", junk.json(0));
        default -> members.addObject().put("id", FakeConnector.BOT_ID);
      }
    }
    String shown = members.toString();
    last = "finding: members " + shown.substring(0, Math.min(200, shown.length()));
    return teams.post(activity);
  }

  /** Every bounded id of an activity, at and past its column's size. */
  private Http.Response teamsIdAtTheEdge() {
    String field =
        junk.pick(
            List.of(
                "from.id",
                "recipient.id",
                "recipient.name",
                "conversation.id",
                "conversation.tenantId",
                "conversation.conversationType",
                "channelData.channel.id",
                "channelData.teamsChannelId",
                "channelData.team.id",
                "channelId",
                "entities.mentioned.id"));
    ObjectNode activity = teams.personal(teamsUser(), "message");
    activity.put("text", junk.pick(FuzzTraffic.HARMLESS_VERBS)).put("textFormat", "plain");
    String value =
        switch (field) {
          case "from.id" -> sized(FuzzTraffic.FUZZ_TEAMS_PREFIX, Columns.USER_ID);
          case "recipient.id", "entities.mentioned.id" -> sized("28:", Columns.USER_ID);
          case "recipient.name" -> sized("", Columns.DISPLAY_NAME);
          case "conversation.id" -> sized("a:dm-f", Columns.CONVERSATION_ID);
          case "conversation.tenantId" -> sized("tenant-f", Columns.WORKSPACE_ID);
          case "channelData.channel.id", "channelData.teamsChannelId" ->
              sized("19:f", Columns.CONVERSATION_ID);
          case "channelData.team.id" -> sized("19:f", Columns.TEAM_ID);
          default -> sized("", 64);
        };
    if (field.startsWith("channelData.") || field.equals("conversation.conversationType")) {
      // As in a channel: the channel and team ids are what Sharewell keeps of it.
      ((ObjectNode) activity.get("conversation"))
          .put("conversationType", "channel")
          .put("isGroup", true);
    }
    if (field.equals("entities.mentioned.id")) {
      activity.put("text", "role <at>Someone</at> admin");
      ObjectNode mention = activity.putArray("entities").addObject().put("type", "mention");
      mention.put("text", "<at>Someone</at>").putObject("mentioned").put("id", value);
    } else {
      String[] path = field.split("\\.");
      ObjectNode parent = activity;
      for (int i = 0; i < path.length - 1; i++) {
        parent = parent.has(path[i]) ? (ObjectNode) parent.get(path[i]) : parent.putObject(path[i]);
      }
      parent.put(path[path.length - 1], value);
    }
    last = "finding: " + field + " of " + value.length() + " characters";
    return teams.post(activity);
  }

  /**
   * Found by the issue's run: a channel id of 2,600 characters made an admin's command fail in the
   * database. An admin's channel id is always too long here, so a fitting one never changes what
   * the valid script predicts.
   */
  private Http.Response slackChannelAtTheEdge() {
    boolean admin = junk.chance(0.5);
    String channel = sized("C", Columns.CONVERSATION_ID);
    if (admin && channel.length() <= Columns.CONVERSATION_ID) {
      channel += "x";
    }
    String text =
        admin
            ? junk.pick(List.of("leaderboard here", "invite <#" + channel + "|all>"))
            : junk.pick(FuzzTraffic.REFUSED_VERBS);
    last = "finding: channel id of " + channel.length() + " characters" + (admin ? " (admin)" : "");
    return command(admin ? SlackTestApp.ADMIN : FuzzTraffic.FUZZ_SLACK_PREFIX + "0", channel, text);
  }

  /** Who, which workspace, and whom a command mentions, at and past their columns' sizes. */
  private Http.Response slackIdsAtTheEdge() {
    String user = FuzzTraffic.FUZZ_SLACK_PREFIX + junk.below(40);
    String team = FakeSlack.TEAM;
    String text = junk.pick(FuzzTraffic.HARMLESS_VERBS);
    switch (junk.below(4)) {
      case 0 -> user = sized(FuzzTraffic.FUZZ_SLACK_PREFIX, Columns.USER_ID);
      case 1 -> team = sized("T9", Columns.WORKSPACE_ID);
      case 2 -> text = "role <@" + sized("U", Columns.USER_ID) + "|someone> admin";
      default -> text = "invite <#" + sized("C", Columns.CONVERSATION_ID) + "|somewhere>";
    }
    last = "finding: ids of " + user.length() + ", " + team.length() + ", text " + text.length();
    Map<String, String> form = form(user, "C0GENERAL", text);
    form.put("team_id", team);
    return slack.signed("application/x-www-form-urlencoded", encode(form));
  }

  private Http.Response command(String user, String channel, String text) {
    return slack.signed("application/x-www-form-urlencoded", encode(form(user, channel, text)));
  }

  private Map<String, String> form(String user, String channel, String text) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("team_id", FakeSlack.TEAM);
    form.put("user_id", user);
    form.put("user_name", "fuzz");
    form.put("channel_id", channel);
    form.put("command", "/sharewell");
    form.put("text", text);
    form.put("response_url", fakeSlack.responseUrl("finding"));
    form.put("trigger_id", junk.letters(8));
    return form;
  }

  private static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> FuzzTraffic.encode(e.getKey()) + "=" + FuzzTraffic.encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }
}
