package dev.sharewell.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.SlackRequests;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Signed Slack requests to a benchmarked server, which is started with {@link #env}. */
final class SignedSlack {
  static final String SECRET = "bench-signing-secret";
  static final String ADMIN = "UADMIN";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI events;
  private final FakeSlack slack;

  SignedSlack(int port, FakeSlack slack) {
    this.events = URI.create("http://127.0.0.1:" + port + "/slack/events");
    this.slack = slack;
  }

  /** The server's Slack settings: the fake Web API, the bench secret, and {@link #ADMIN}. */
  static Map<String, String> env(FakeSlack slack) {
    Map<String, String> env = new HashMap<>();
    env.put("SLACK_BOT_TOKEN", "xoxb-bench");
    env.put("SLACK_SIGNING_SECRET", SECRET);
    env.put("SLACK_API_URL", slack.apiUrl());
    env.put("SHAREWELL_ADMINS", "slack:" + FakeSlack.TEAM + "/" + ADMIN);
    return env;
  }

  /** {@code /sharewell text} typed by {@code user}; {@code n} keeps response urls apart. */
  HttpRequest command(String user, String text, int n) {
    String body =
        "team_id="
            + FakeSlack.TEAM
            + "&user_id="
            + user
            + "&user_name="
            + user.toLowerCase()
            + "&command=%2Fsharewell&text="
            + URLEncoder.encode(text, StandardCharsets.UTF_8)
            + "&channel_id=C1&trigger_id=t"
            + n
            + "&response_url="
            + URLEncoder.encode(slack.responseUrl("r" + n), StandardCharsets.UTF_8);
    return signed(body);
  }

  /**
   * A submitted modal {@code callbackId}: {@code texts} are plain text inputs and {@code choices}
   * single selects, both by block id.
   */
  HttpRequest submission(
      String user,
      String callbackId,
      String privateMetadata,
      Map<String, String> texts,
      Map<String, String> choices) {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("type", "view_submission").put("api_app_id", "A0001");
    payload.putObject("team").put("id", FakeSlack.TEAM);
    payload.putObject("user").put("id", user).put("name", user.toLowerCase());
    ObjectNode view = payload.putObject("view");
    view.put("id", "V1").put("type", "modal").put("callback_id", callbackId);
    view.put("private_metadata", privateMetadata);
    ObjectNode values = view.putObject("state").putObject("values");
    texts.forEach(
        (block, value) ->
            values
                .putObject(block)
                .putObject(block)
                .put("type", "plain_text_input")
                .put("value", value));
    choices.forEach(
        (block, value) ->
            values
                .putObject(block)
                .putObject(block)
                .put("type", "static_select")
                .putObject("selected_option")
                .put("value", value));
    return signed("payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8));
  }

  private HttpRequest signed(String body) {
    long now = Instant.now().getEpochSecond();
    return HttpRequest.newBuilder(events)
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-Slack-Request-Timestamp", Long.toString(now))
        .header("X-Slack-Signature", SlackRequests.signature(SECRET, now, body))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }
}
