package dev.sharewell.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.SlackTestApp;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With an app token, the same listeners answer over a Socket Mode WebSocket (Java-WebSocket). */
class SlackSocketModeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  final SlackTestApp t = SlackTestApp.extension().withEnv("SLACK_APP_TOKEN", "xapp-test");

  @Test
  void a_slash_command_over_socket_mode_is_answered_in_the_acknowledgement() throws Exception {

    assertThat(t.slack.awaitSocket(Duration.ofSeconds(20))).as("socket connected").isTrue();
    assertThat(t.slack.calls("apps.connections.open").get(0).authorization())
        .isEqualTo("Bearer xapp-test");

    ObjectNode command = JSON.createObjectNode();
    command.put("team_id", FakeSlack.TEAM).put("user_id", "USOCK").put("user_name", "sock");
    command.put("command", "/sharewell").put("text", "join").put("channel_id", "C1");
    command.put("trigger_id", "t1").put("response_url", t.slack.responseUrl("sock"));
    t.slack.sendEnvelope("env-1", "slash_commands", command);

    JsonNode ack = t.slack.nextSocketMessage(Duration.ofSeconds(20));
    assertThat(ack).as("acknowledgement").isNotNull();
    assertThat(ack.get("envelope_id").asText()).isEqualTo("env-1");
    assertThat(FakeSlack.text(ack.get("payload"))).contains("Welcome to Sharewell");
    String joined =
        t.db
            .jdbi()
            .withHandle(
                h ->
                    h.select("SELECT opted_in_at FROM members WHERE user_id = 'USOCK'")
                        .mapTo(String.class)
                        .one());
    assertThat(joined).isNotNull();
  }
}
