package dev.sharewell.teams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.testing.FakeBotLogin;
import dev.sharewell.testing.FakeConnector;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.TeamsActivities;
import dev.sharewell.testing.TeamsTestApp;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With an app id every activity must carry a Bot Framework token: checked offline against the keys
 * of a {@link FakeBotLogin}, which also hands the bot its own token for the connector.
 */
class TeamsTokenTest {
  private static final String EVE = "29:eve";

  /** Started by each test: one needs more settings. */
  @RegisterExtension final TeamsTestApp t = TeamsTestApp.extension().withAppId().startedByTest();

  private String serviceUrl() {
    return t.connector.serviceUrl();
  }

  private Http.Response joinWith(String authorization) {
    return t.teams.authorization(authorization).say(EVE, "join");
  }

  @Test
  void a_valid_token_is_accepted_and_replies_carry_the_bots_own_token() {
    t.start();
    assertThat(t.http.get("/health").json().get("teams").asText()).isEqualTo("enabled");

    assertThat(joinWith(t.login.bearer(TeamsTestApp.APP_ID, serviceUrl())).status()).isEqualTo(202);
    assertThat(t.teams.say(EVE, "help").status()).isEqualTo(202);

    FakeConnector.Call reply = t.connector.last(TeamsActivities.chatOf(EVE));
    assertThat(reply.authorization()).isEqualTo("Bearer bot-token-1");
    assertThat(t.login.tokenRequests())
        .as("asked once, kept until it nearly expires")
        .singleElement()
        .satisfies(
            request ->
                assertThat(request)
                    .startsWith("botframework.com grant_type=client_credentials")
                    .contains("client_id=" + TeamsTestApp.APP_ID, "client_secret=app-secret")
                    .contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default"));
    assertThat(t.rows().count("members")).isEqualTo(1);
  }

  @Test
  void missing_expired_misdirected_or_badly_signed_tokens_get_401_and_nothing_happens() {
    t.start();
    FakeBotLogin login = t.login;
    String app = TeamsTestApp.APP_ID;
    Map<String, String> refused =
        Map.of(
            "missing",
            "",
            "expired ten minutes ago",
            "Bearer "
                + login
                    .token(app, serviceUrl(), Instant.now().minusSeconds(600))
                    .sign(login.signer()),
            "for another app",
            "Bearer "
                + login
                    .token("another-app", serviceUrl(), Instant.now().plusSeconds(3600))
                    .sign(login.signer()),
            "signed by a stranger",
            "Bearer "
                + login
                    .token(app, serviceUrl(), Instant.now().plusSeconds(3600))
                    .sign(FakeBotLogin.strangerSigner()),
            "for another service url",
            login.bearer(app, "https://smba.trafficmanager.net/emea/"),
            "not a token",
            "Bearer not-a-jwt",
            "another scheme",
            "Basic dXNlcjpwdw==");

    refused.forEach(
        (why, header) -> {
          Http.Response response = joinWith(header.isEmpty() ? null : header);
          assertThat(response.status()).as(why).isEqualTo(401);
          assertThat(response.json().get("error").asText()).as(why).isNotBlank();
        });
    assertThat(t.teams.authorization(null).install(EVE).status()).isEqualTo(401);

    assertThat(t.rows().count("members")).isZero();
    assertThat(t.connector.calls()).isEmpty();
    assertThat(login.tokenRequests()).isEmpty();
  }

  @Test
  void a_single_tenant_app_asks_for_its_tokens_in_its_own_tenant() {
    t.withEnv(Map.of("MICROSOFT_APP_TYPE", "SingleTenant", "MICROSOFT_APP_TENANT_ID", "tenant-42"))
        .start();

    joinWith(t.login.bearer(TeamsTestApp.APP_ID, serviceUrl()));

    assertThat(t.login.tokenRequests()).singleElement().asString().startsWith("tenant-42 ");
  }

  @Test
  void proactive_messages_carry_the_bots_token_too() {
    t.start();
    t.teams.authorization(t.login.bearer(TeamsTestApp.APP_ID, serviceUrl()));
    t.teams.say(EVE, "join");
    t.teams.sayMentioning(TeamsTestApp.ADMIN, "invite", "29:frank");

    FakeConnector.Call invitation = t.connector.last("a:chat-with-29:frank");
    assertThat(invitation.activityId()).isNull();
    assertThat(invitation.authorization()).isEqualTo("Bearer bot-token-1");
    assertThat(t.connector.createdConversations().get(0).authorization())
        .isEqualTo("Bearer bot-token-1");
  }
}
