package dev.sharewell.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.FakeConnector;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.Junk;
import dev.sharewell.testing.SlackTestApp;
import dev.sharewell.testing.TeamsActivities;
import dev.sharewell.testing.TeamsTestApp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The app with Slack and Teams (local mode) on, their fakes, and the traffic sent to it. */
final class FuzzStack implements AutoCloseable {
  final FakeConnector connector = new FakeConnector();
  final SlackTestApp app;
  final TeamsActivities teams;

  FuzzStack(DbEngine engine) {
    app =
        new SlackTestApp(
            engine,
            Map.of(
                "SHAREWELL_ADMINS",
                "slack:" + SlackTestApp.ADMIN + ",teams:" + TeamsTestApp.ADMIN,
                "SHAREWELL_COMMS_CHANNEL",
                "CCOMMS"));
    teams = new TeamsActivities(app.http, connector);
  }

  FuzzRun play(List<FuzzScript.Step> script, Junk junk, int fuzzCount) {
    FuzzRun run = new FuzzRun();
    List<Long> contentIds = new ArrayList<>();
    FuzzTraffic fuzz =
        junk == null
            ? null
            : new FuzzTraffic(
                junk, app.slack, app.requests, teams, app.http, connector.serviceUrl(), contentIds);
    // Where the valid steps go among the fuzz: random places, in the script's order.
    List<Integer> places = new ArrayList<>();
    for (int i = 0; i < script.size(); i++) {
      places.add(junk == null ? 0 : junk.below(fuzzCount + 1));
    }
    Collections.sort(places);
    int next = 0;
    for (int i = 0; i <= fuzzCount; i++) {
      while (next < script.size() && places.get(next) == i) {
        Http.Response response = script.get(next++).send(this, contentIds);
        assertThat(response.status()).as("valid step %d", next).isBetween(200, 299);
        assertThat(response.body()).doesNotContain("\"response_action\":\"errors\"");
        run.record(i, response);
      }
      if (i < fuzzCount) {
        try {
          run.record(i, fuzz.next());
        } catch (java.io.UncheckedIOException e) {
          run.failures.add(
              "#"
                  + i
                  + " ("
                  + fuzz.last
                  + ", after "
                  + run.previous
                  + ") no answer: "
                  + e.getMessage());
        }
      }
    }
    if (fuzz != null) {
      System.out.println("FuzzTest: ms by kind/10 " + java.util.Arrays.toString(fuzz.millisByKind));
    }
    return run;
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
    try {
      app.close();
    } finally {
      connector.close();
    }
  }
}
