package dev.sharewell.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.TeamsActivities;
import dev.sharewell.testing.TeamsTestApp;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Local mode (no app id) for the Agents Playground: no token, but only activities whose service url
 * is on this machine; and what is not an activity is refused before anything happens.
 */
class TeamsLocalModeTest {
  private static final String EVE = "29:eve";

  @RegisterExtension final TeamsTestApp t = TeamsTestApp.extension();

  private void nothingHappened() {
    assertThat(t.rows().count("members")).isZero();
    assertThat(t.rows().count("conversation_refs")).isZero();
    assertThat(t.connector.calls()).isEmpty();
  }

  @Test
  void health_says_teams_runs_locally() {
    assertThat(t.http.get("/health").json().get("teams").asText()).isEqualTo("local");
  }

  @Test
  void an_activity_from_a_service_url_elsewhere_is_refused_with_401_and_nothing_happens() {
    for (String elsewhere :
        new String[] {
          "https://smba.trafficmanager.net/emea/",
          "http://localhost@evil.example/_connector",
          "http://127.0.0.1.evil.example/",
          "http://10.0.0.8:3978/",
        }) {
      Http.Response join = t.teams.serviceUrl(elsewhere).say(EVE, "join");
      assertThat(join.status()).as(elsewhere).isEqualTo(401);
      assertThat(join.json().get("error").asText()).contains("serviceUrl");
      assertThat(t.teams.install(EVE).status()).isEqualTo(401);
    }
    nothingHappened();
  }

  @Test
  void an_activity_from_this_machine_needs_no_token_and_any_token_sent_is_ignored() {
    String localhost = t.connector.serviceUrl().replace("127.0.0.1", "localhost");
    Http.Response join =
        t.teams.serviceUrl(localhost).authorization("Bearer not-a-jwt").say(EVE, "join");

    assertThat(join.status()).isEqualTo(202);
    assertThat(t.connector.last(TeamsActivities.chatOf(EVE)).text()).contains("Welcome");
    assertThat(t.connector.last(TeamsActivities.chatOf(EVE)).authorization()).isNull();
  }

  @Test
  void what_is_not_an_activity_gets_400_with_a_json_error_and_changes_nothing() {
    Map<String, String> none = Map.of();
    for (String body :
        new String[] {
          "not json",
          "",
          "[1,2]",
          "{}",
          "{\"type\":\"message\"}",
          "{\"type\":\"message\",\"serviceUrl\":\"http://localhost/\",\"conversation\":{\"id\":\"c\"}}",
        }) {
      Http.Response response = t.http.post("/api/messages", "application/json", body, none);
      assertThat(response.status()).as(body).isEqualTo(400);
      assertThat(response.json().get("error").asText()).isNotBlank();
      assertThat(response.body()).doesNotContain("Exception", "dev.sharewell");
    }
    ObjectNode noTenant = t.teams.personal(EVE, "message").put("text", "join");
    ((ObjectNode) noTenant.get("conversation")).remove("tenantId");
    noTenant.remove("channelData");
    assertThat(t.teams.post(noTenant).status()).isEqualTo(400);
    nothingHappened();
  }

  @Test
  void activities_of_other_types_are_acknowledged_and_ignored() {
    ObjectNode reaction = t.teams.personal(EVE, "messageReaction");
    reaction.putArray("reactionsAdded").addObject().put("type", "like");
    ObjectNode unheardOf = t.teams.personal(EVE, "somethingNew");
    ObjectNode typing = t.teams.personal(EVE, "typing");

    assertThat(t.teams.post(reaction).status()).isBetween(200, 202);
    assertThat(t.teams.post(unheardOf).status()).isBetween(200, 202);
    assertThat(t.teams.post(typing).status()).isBetween(200, 202);
    nothingHappened();
  }

  @Test
  void an_invoke_sharewell_has_no_handler_for_is_refused_with_a_json_error() {
    ObjectNode invoke = t.teams.personal(EVE, "invoke").put("name", "adaptiveCard/action");
    invoke.putObject("value").putObject("action").put("type", "Action.Execute").put("verb", "x");

    Http.Response response = t.teams.post(invoke);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("error").asText()).isNotBlank();
    assertThat(t.connector.calls()).isEmpty();
  }

  @Test
  void a_card_value_that_is_not_an_object_is_answered_like_an_unknown_button() {
    t.teams.submit(EVE, "card-1", new ObjectMapper().getNodeFactory().textNode("hello"));
    assertThat(t.connector.last(TeamsActivities.chatOf(EVE)).text()).contains("not known");
  }
}
