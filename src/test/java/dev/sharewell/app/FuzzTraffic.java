package dev.sharewell.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sharewell.chat.ActionIds;
import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.Junk;
import dev.sharewell.testing.SlackRequests;
import dev.sharewell.testing.TeamsActivities;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The hostile half of the fuzz test: requests from people who are not in the valid script (their
 * ids start with {@code UF} or {@code 29:f}), broken in many ways. None of them may be answered
 * with a 5xx, and none may change what the valid script predicts.
 */
final class FuzzTraffic {
  static final String FUZZ_SLACK_PREFIX = "UF";
  static final String FUZZ_TEAMS_PREFIX = "29:f";
  private static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> HARMLESS_VERBS =
      List.of("help", "list", "leaderboard", "reach", "guidelines", "stats", "leaderboard month");
  static final List<String> REFUSED_VERBS =
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
  static final List<String> ACTIONS =
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

  static final List<String> FORMS =
      List.of(
          ActionIds.ADD_CONTENT_FORM,
          ActionIds.REPORT_SHARE_FORM,
          ActionIds.PERSONALISE_FORM,
          ActionIds.SETTINGS_FORM,
          ActionIds.FLAG_FORM,
          "sharewell.nope");
  static final List<String> FIELDS =
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
  private final Http http;
  private final List<Long> contentIds;
  private final SlackFuzz slackFuzz;
  private final TeamsFuzz teamsFuzz;

  FuzzTraffic(
      Junk junk,
      FakeSlack fakeSlack,
      SlackRequests slack,
      TeamsActivities teams,
      Http http,
      String serviceUrl,
      List<Long> contentIds) {
    this.junk = junk;
    this.http = http;
    this.contentIds = contentIds;
    this.slackFuzz = new SlackFuzz(this, junk, fakeSlack, slack, http);
    this.teamsFuzz = new TeamsFuzz(this, junk, teams, http, serviceUrl);
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
      return slackFuzz.slackCommand();
    }
    if (kind < 28) {
      return slackFuzz.slackAction();
    }
    if (kind < 44) {
      return slackFuzz.slackSubmission();
    }
    if (kind < 48) {
      return slackFuzz.slackEvent();
    }
    if (kind < 52) {
      return slackFuzz.slackBroken();
    }
    if (kind < 64) {
      return teamsFuzz.teamsMessage();
    }
    if (kind < 80) {
      return teamsFuzz.teamsSubmit();
    }
    if (kind < 94) {
      return teamsFuzz.teamsMangled();
    }
    return otherEndpoint();
  }

  String commandText() {
    return switch (junk.below(4)) {
      case 0 -> junk.pick(HARMLESS_VERBS);
      case 1 -> junk.pick(REFUSED_VERBS);
      case 2 -> junk.pick(HARMLESS_VERBS) + " " + junk.text();
      default -> junk.text();
    };
  }

  /** A real content id from someone who has no business with it, or no id at all. */
  String contextValue() {
    if (!contentIds.isEmpty() && junk.chance(0.3)) {
      return Long.toString(junk.pick(contentIds));
    }
    return junk.badId();
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

  static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
