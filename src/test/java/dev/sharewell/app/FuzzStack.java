package dev.sharewell.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.FakeConnector;
import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.Junk;
import dev.sharewell.testing.LogWatch;
import dev.sharewell.testing.SlackTestApp;
import dev.sharewell.testing.TeamsActivities;
import dev.sharewell.testing.TeamsTestApp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The app with Slack and Teams (local mode) on, their fakes, and the traffic sent to it. */
final class FuzzStack implements AutoCloseable {
  final SlackTestApp app;
  final FakeConnector connector;
  final TeamsActivities teams;

  FuzzStack(DbEngine engine) {
    app =
        SlackTestApp.extension()
            .on(engine)
            .withTeams()
            .withEnv(
                Map.of(
                    "SHAREWELL_ADMINS",
                    SlackTestApp.ADMIN_ID + "," + TeamsTestApp.ADMIN_ID,
                    "SHAREWELL_SLACK_WORKSPACES",
                    FakeSlack.TEAM,
                    "SHAREWELL_TEAMS_TENANTS",
                    FakeConnector.TENANT,
                    "SHAREWELL_COMMS_CHANNEL",
                    "CCOMMS"))
            .start();
    connector = app.connector;
    teams = app.teams;
  }

  /**
   * Sends the valid script among {@code fuzzCount} hostile requests (none when {@code junk} is
   * null), with a request of a once-failing shape from {@code findings} now and then. Only the
   * first {@code sent} hostile requests go out; the valid steps placed after them follow at the
   * end, so a shortened run sends exactly the requests the full one starts with.
   */
  FuzzRun play(
      List<FuzzScript.Step> script,
      Junk junk,
      Junk findings,
      int fuzzCount,
      int sent,
      LogWatch log) {
    FuzzRun run = new FuzzRun(log);
    List<Long> contentIds = new ArrayList<>();
    FuzzTraffic fuzz =
        junk == null
            ? null
            : new FuzzTraffic(
                junk, app.slack, app.requests, teams, app.http, connector.serviceUrl(), contentIds);
    FuzzFindings found =
        findings == null ? null : new FuzzFindings(findings, teams, app.requests, app.slack);
    // Where the valid steps go among the fuzz: random places, in the script's order.
    List<Integer> places = new ArrayList<>();
    for (int i = 0; i < script.size(); i++) {
      places.add(junk == null ? 0 : junk.below(fuzzCount + 1));
    }
    Collections.sort(places);
    int next = 0;
    int last = Math.min(sent, fuzzCount);
    for (int i = 0; i <= last; i++) {
      while (next < script.size() && (places.get(next) == i || i == last)) {
        Http.Response response = script.get(next++).send(this, contentIds);
        assertThat(response.status()).as("valid step %d", next).isBetween(200, 299);
        assertThat(response.body()).doesNotContain("\"response_action\":\"errors\"");
        run.record("#" + i + " valid step " + next, response);
      }
      if (i < last) {
        send(run, "#" + i, fuzz::next, () -> fuzz.last);
        if (found != null && findings.chance(FINDINGS_SHARE)) {
          send(run, "#" + i + "+", found::next, () -> found.last);
          run.findings++;
        }
      }
    }
    if (fuzz != null) {
      System.out.println("FuzzTest: ms by kind/10 " + java.util.Arrays.toString(fuzz.millisByKind));
    }
    return run;
  }

  /** How often a request of a once-failing shape follows a hostile one. */
  static final double FINDINGS_SHARE = 0.03;

  private static void send(
      FuzzRun run,
      String label,
      java.util.function.Supplier<Http.Response> request,
      java.util.function.Supplier<String> what) {
    try {
      run.record(label, request.get());
    } catch (java.io.UncheckedIOException e) {
      run.failures.add(
          label + " (" + what.get() + ", after " + run.previous + ") no answer: " + e.getMessage());
    }
    run.checkLog(label + " (" + cut(what.get()) + ")");
  }

  private static String cut(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300);
  }

  /** Everything Sharewell sent to Slack's Web API and response urls, as text. */
  String toSlack() {
    StringBuilder all = new StringBuilder();
    app.slack.calls().forEach(c -> all.append(c.params()).append('\n'));
    app.slack.responses().forEach(r -> all.append(r).append('\n'));
    return all.toString();
  }

  /**
   * What Teams reads as Markdown in everything Sharewell sent to the connector: the cards' text
   * blocks and fact values (ids, summaries and input values are never rendered as Markdown).
   */
  String toTeams() {
    StringBuilder all = new StringBuilder();
    for (FakeConnector.Call call : connector.calls()) {
      if (call.card() == null || call.card().isMissingNode()) {
        continue;
      }
      call.card()
          .findParents("type")
          .forEach(
              n -> {
                if ("TextBlock".equals(n.path("type").asText())) {
                  all.append(n.path("text").asText()).append('\n');
                }
              });
      call.card()
          .findValues("facts")
          .forEach(f -> f.forEach(fact -> all.append(fact.path("value").asText()).append('\n')));
    }
    return all.toString();
  }

  @java.lang.Override
  public void close() {
    app.close();
  }
}
