package dev.sharewell.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.FakeConnector;
import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.SlackRequests;
import dev.sharewell.testing.SlackTestApp;
import dev.sharewell.testing.TableCounts;
import dev.sharewell.testing.TeamsActivities;
import dev.sharewell.testing.TeamsTestApp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One deployment serves one organisation: its Slack workspaces and Teams tenants. Someone from
 * outside gets one polite answer and leaves no row behind; admins are admins only in the workspace
 * or tenant they are named with; and every change to the shared catalogue is in every admin's
 * audit.
 */
class OneOrganisationTest {
  private static final String OUTSIDE_TEAM = "T0OUTSIDE";
  private static final String OUTSIDE_TENANT = "99999999-9999-9999-9999-999999999999";

  /** Slack and Teams on one app, started by each test on its engine. */
  @RegisterExtension
  final SlackTestApp t =
      SlackTestApp.extension()
          .withTeams()
          .withEnv("SHAREWELL_ADMINS", SlackTestApp.ADMIN_ID + "," + TeamsTestApp.ADMIN_ID)
          .startedByTest();

  static List<DbEngine> engines() {
    return DbEngine.available();
  }

  private void startListed(DbEngine engine) {
    t.start(
        engine,
        Map.of(
            "SHAREWELL_SLACK_WORKSPACES", FakeSlack.TEAM,
            "SHAREWELL_TEAMS_TENANTS", FakeConnector.TENANT));
  }

  @ParameterizedTest
  @MethodSource("engines")
  void a_slack_workspace_outside_the_organisation_gets_one_polite_answer_and_leaves_no_row(
      DbEngine engine) {
    startListed(engine);
    SlackRequests outsider = t.requests.fromTeam(OUTSIDE_TEAM);
    Map<String, Integer> before = TableCounts.of(t.db.jdbi());

    Http.Response command = outsider.command("UOUT", "join");
    Http.Response click = outsider.click("UOUT", "sharewell.join", "");
    ObjectNode uninstalled = JsonNodeFactory.instance.objectNode().put("type", "app_uninstalled");
    Http.Response event = outsider.event(uninstalled);

    assertThat(command.status()).isEqualTo(200);
    assertThat(command.json().get("response_type").asText()).isEqualTo("ephemeral");
    assertThat(command.json().get("text").asText()).contains("serves another organisation");
    assertThat(click.status()).isEqualTo(200);
    assertThat(t.slack.responses()).hasSize(1);
    assertThat(FakeSlack.text(t.slack.responses().get(0))).contains("serves another organisation");
    assertThat(event.status()).isEqualTo(200);
    assertThat(TableCounts.of(t.db.jdbi())).isEqualTo(before);
    assertThat(t.slack.calls("users.info")).isEmpty();

    // The organisation's own workspace is served as before.
    assertThat(t.requests.command("UALICE", "join").body()).contains("Welcome");
  }

  @ParameterizedTest
  @MethodSource("engines")
  void a_teams_tenant_outside_the_organisation_gets_one_polite_answer_and_leaves_no_row(
      DbEngine engine) {
    startListed(engine);
    t.teams.tenant(OUTSIDE_TENANT);
    Map<String, Integer> before = TableCounts.of(t.db.jdbi());

    assertThat(t.teams.install("29:out").status()).isEqualTo(202);
    assertThat(t.teams.say("29:out", "join").status()).isEqualTo(202);
    assertThat(t.teams.say(TeamsTestApp.ADMIN, "add https://phish.example/login").status())
        .isEqualTo(202);

    assertThat(TableCounts.of(t.db.jdbi())).isEqualTo(before);
    assertThat(t.connector.postsTo(TeamsActivities.chatOf("29:out"))).hasSize(1);
    assertThat(t.connector.last(TeamsActivities.chatOf("29:out")).text())
        .contains("serves another organisation");
    assertThat(t.connector.last(TeamsActivities.chatOf(TeamsTestApp.ADMIN)).text())
        .contains("serves another organisation");

    t.teams.tenant(FakeConnector.TENANT);
    assertThat(t.teams.say("29:alice", "join").status()).isEqualTo(202);
    assertThat(t.connector.last(TeamsActivities.chatOf("29:alice")).text()).contains("Welcome");
  }

  @ParameterizedTest
  @MethodSource("engines")
  void an_admin_is_an_admin_only_in_the_workspace_or_tenant_named_with_them(DbEngine engine) {
    t.start(engine);
    String refused = "Only people with the comms role";

    // Same user ids, other workspace and tenant: both inside the (unlisted) organisation.
    assertThat(
            t.requests
                .fromTeam("T0SECOND")
                .command(SlackTestApp.ADMIN, "add https://x.test/a")
                .body())
        .contains(refused);
    t.teams.tenant("another-tenant").say(TeamsTestApp.ADMIN, "add https://x.test/a");
    assertThat(t.connector.last(TeamsActivities.chatOf(TeamsTestApp.ADMIN)).text())
        .contains(refused);

    assertThat(t.requests.command(SlackTestApp.ADMIN, "add https://x.test/a").body())
        .doesNotContain(refused);
    assertThat(t.slack.calls("views.open")).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("engines")
  void content_added_on_one_platform_is_in_the_audit_of_admins_on_the_other(DbEngine engine) {
    t.start(engine);
    t.teams.say(TeamsTestApp.ADMIN, "join");
    FakeConnector.Call card =
        t.teams.say(TeamsTestApp.ADMIN, "add https://example.com/launch").status() == 202
            ? t.connector.last(TeamsActivities.chatOf(TeamsTestApp.ADMIN))
            : null;
    t.teams.press(
        TeamsTestApp.ADMIN,
        card,
        "sharewell.add_content",
        Map.of(
            "title", "We launched",
            "url", "https://example.com/launch",
            "kind", "news",
            "language", "en",
            "captions", "Proud of this!"));
    assertThat(t.connector.last(TeamsActivities.chatOf(TeamsTestApp.ADMIN)).text())
        .contains("Added “We launched”");

    String slackAudit = FakeSlack.text(t.requests.command(SlackTestApp.ADMIN, "audit").json());

    assertThat(slackAudit).contains("content.add", "https://example.com/launch");
  }
}
