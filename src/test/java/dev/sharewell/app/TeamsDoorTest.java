package dev.sharewell.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharewell.testing.FakeConnector;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.SlackTestApp;
import dev.sharewell.testing.TableCounts;
import dev.sharewell.testing.TeamsActivities;
import dev.sharewell.testing.TeamsTestApp;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The attack that opened issue 12: an unsigned Teams activity, sent from another machine, naming an
 * admin of the Slack workspace in a made-up tenant and adding a phishing link, with a loopback
 * service url for the server to post to. With Teams off it meets a 404; in local mode, sent to the
 * machine's public address, a 401. Either way nothing is stored and nothing is posted.
 */
class TeamsDoorTest {
  private static final String MADE_UP_TENANT = "99999999-9999-9999-9999-999999999999";

  /** Each test starts the server it attacks. */
  @RegisterExtension final SlackTestApp slackOnly = SlackTestApp.extension().startedByTest();

  @RegisterExtension final TeamsTestApp localMode = TeamsTestApp.extension().startedByTest();

  private static ObjectNode phishing(TeamsActivities teams) {
    ObjectNode activity = teams.tenant(MADE_UP_TENANT).personal(TeamsTestApp.ADMIN, "message");
    activity.put("text", "add https://phish.example/login").put("textFormat", "plain");
    return activity;
  }

  @Test
  void a_slack_only_server_answers_teams_404_with_a_hint_and_stores_nothing() {
    SlackTestApp t = slackOnly.start();
    FakeConnector connector = slackOnly.closeAfter(new FakeConnector());
    TeamsActivities teams = new TeamsActivities(t.http, connector);
    Map<String, Integer> before = TableCounts.of(t.db.jdbi());

    Http.Response answer = teams.post(phishing(teams));

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().get("error").asText())
        .contains("Microsoft Teams is not enabled", "SHAREWELL_TEAMS_LOCAL=true");
    assertThat(t.http.get("/health").json().get("teams").asText()).isEqualTo("disabled");
    assertThat(TableCounts.of(t.db.jdbi())).isEqualTo(before);
    assertThat(connector.calls()).isEmpty();
  }

  @Test
  void local_mode_refuses_an_activity_sent_to_the_machines_public_address_with_401() {
    InetAddress publicAddress = nonLoopbackAddress().orElse(null);
    assumeTrue(publicAddress != null, "this machine has no non-loopback IPv4 address to send to");
    TeamsTestApp t = localMode.start();
    Map<String, Integer> before = TableCounts.of(t.db.jdbi());
    // The service url is on this machine, as local mode demands: only the peer gives it away.
    String body = phishing(t.teams).toString();

    HttpResponse<String> answer =
        post(
            URI.create(
                "http://" + publicAddress.getHostAddress() + ":" + t.app.port() + "/api/messages"),
            body);

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.body()).contains("from this machine");
    assertThat(TableCounts.of(t.db.jdbi())).isEqualTo(before);
    assertThat(t.connector.calls()).isEmpty();
    // The same activity from this machine is served: the tenant is not refused, the peer was.
    assertThat(t.teams.tenant(FakeConnector.TENANT).say(TeamsTestApp.ADMIN, "help").status())
        .isEqualTo(202);
  }

  private static HttpResponse<String> post(URI uri, String body) {
    try {
      return HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .build()
          .send(
              HttpRequest.newBuilder(uri)
                  .timeout(Duration.ofSeconds(10))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError("POST " + uri + " failed", e);
    }
  }

  /** An IPv4 address of this machine that is not loopback, as another host would reach it. */
  private static Optional<InetAddress> nonLoopbackAddress() {
    try {
      for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (!nic.isUp() || nic.isLoopback()) {
          continue;
        }
        for (InetAddress address : Collections.list(nic.getInetAddresses())) {
          if (address instanceof Inet4Address
              && !address.isLoopbackAddress()
              && !address.isLinkLocalAddress()) {
            return Optional.of(address);
          }
        }
      }
    } catch (SocketException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
