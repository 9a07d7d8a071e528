package dev.sharewell.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.RawHttp;
import dev.sharewell.testing.SlackTestApp;
import dev.sharewell.testing.TableCounts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Broken, oversized and unexpected requests on every endpoint get a 4xx with a JSON error, never a
 * 5xx or an HTML page, and change nothing in the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int OVER_LIMIT = 2_000_000;

  /** One app for the class: each test proves it wrote nothing. */
  @RegisterExtension
  static final SlackTestApp t = SlackTestApp.extension().withEnv("SHAREWELL_TEAMS_LOCAL", "true");

  private RawHttp raw;
  private Map<String, Integer> before;

  @BeforeAll
  void start() {
    raw = new RawHttp(t.app.port());
  }

  @BeforeEach
  void countRows() {
    before = TableCounts.of(t.db.jdbi());
  }

  @AfterEach
  void nothingWasWritten() {
    assertThat(TableCounts.of(t.db.jdbi())).isEqualTo(before);
    assertThat(t.slack.calls("chat.postMessage")).isEmpty();
  }

  private static void isJsonError(int status, String body, int expected) {
    assertThat(status).isEqualTo(expected);
    JsonNode json;
    try {
      json = JSON.readTree(body);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + body, e);
    }
    assertThat(json.path("error").asText()).isNotBlank().doesNotContain("Exception", "at ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/slack/events", "/api/messages"})
  void a_declared_body_over_a_megabyte_is_refused_before_a_byte_of_it_is_read(String path) {
    // No body follows the header: a server that tried to read it would wait until the timeout.
    RawHttp.Answer answer =
        raw.send(
            "POST "
                + path
                + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                + OVER_LIMIT);

    isJsonError(answer.status(), answer.body(), 413);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/slack/events", "/api/messages"})
  void a_chunked_body_is_cut_off_at_a_megabyte(String path) {
    byte[] filler = new byte[OVER_LIMIT];
    Arrays.fill(filler, (byte) 'a');
    byte[] chunk = (Integer.toHexString(OVER_LIMIT) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] tail = "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    byte[] body = new byte[chunk.length + filler.length + tail.length];
    System.arraycopy(chunk, 0, body, 0, chunk.length);
    System.arraycopy(filler, 0, body, chunk.length, filler.length);
    System.arraycopy(tail, 0, body, chunk.length + filler.length, tail.length);

    RawHttp.Answer answer =
        raw.send(
            "POST "
                + path
                + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close",
            body);

    isJsonError(answer.status(), answer.body(), 413);
  }

  @Test
  void a_body_that_ends_before_its_declared_length_gets_400() {
    RawHttp.Answer answer =
        raw.sendAndStop(
            "POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100",
            "{\"type\":".getBytes(StandardCharsets.US_ASCII));

    isJsonError(answer.status(), answer.body(), 400);
  }

  @Test
  void a_body_just_under_the_limit_is_read_and_judged_on_its_content() {
    String activity = "{\"type\":\"message\",\"text\":\"" + "a".repeat(1_000_000) + "\"}";

    Http.Response response = t.http.post("/api/messages", "application/json", activity, Map.of());

    isJsonError(response.status(), response.body(), 400);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET /exports/%ZZ HTTP/1.1",
        "GET /exports/%C3%28 HTTP/1.1",
        "HELLO",
        "GET /health HTTP/1.1\r\nX-Long: LONG",
        "POST /slack/events HTTP/1.1\r\nContent-Length: twelve",
        "POST /api/messages HTTP/1.1\r\nContent-Length: -5",
      })
  void requests_jetty_cannot_read_get_a_json_error_not_an_html_page(String request) {
    String head = request.replace("LONG", "x".repeat(20_000));
    if (head.contains("HTTP/1.1")) {
      head += "\r\nHost: x\r\nConnection: close";
    }

    RawHttp.Answer answer = raw.send(head);

    assertThat(answer.status()).isBetween(400, 499);
    isJsonError(answer.status(), answer.body(), answer.status());
    assertThat(answer.head()).containsIgnoringCase("content-type: application/json");
    // Jetty drops such a connection: a client told so does not send its next request on it.
    assertThat(answer.head()).containsIgnoringCase("connection: close");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PUT /health",
        "DELETE /metrics",
        "POST /health",
        "OPTIONS /slack/events",
        "TRACE /api/messages",
        "GET /no/such/page",
        "PATCH /exports/abc",
        "GET /exports/",
        "GET /exports/..%2F..%2Fetc%2Fpasswd",
        "GET /exports/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "GET /exports/LONG",
      })
  void unknown_routes_methods_and_download_tokens_get_a_json_404_or_405(String request) {
    RawHttp.Answer answer =
        raw.send(
            request.replace("LONG", "A".repeat(5_000))
                + " HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close");

    assertThat(answer.status()).isIn(404, 405);
    isJsonError(answer.status(), answer.body(), answer.status());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "payload=",
        "payload=%7B",
        "payload=%5B%5D",
        "payload=%7B%22type%22%3A%22block_actions%22%7D",
        "command=%2Fsharewell&text=join",
        "command=%2Fsharewell&text=%ZZ&user_id=U1&team_id=T1",
        "{\"type\":\"event_callback\",\"event\":{\"type\":\"app_uninstalled\"}}",
      })
  void an_unsigned_slack_request_is_refused_with_401_whatever_its_body(String body) {
    Http.Response response =
        t.http.post("/slack/events", "application/x-www-form-urlencoded", body, Map.of());

    isJsonError(response.status(), response.body(), 401);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "payload=xx",
        "payload=%7B%7D",
        "payload={\"type\":\"block_actions\"}",
        "payload={\"type\":\"block_actions\",\"user\":{\"id\":\"U1\"},\"team\":{\"id\":\"T0001\"}}",
        "payload={\"type\":\"block_actions\",\"user\":{\"id\":\"U1\"},\"team\":{\"id\":\"T0001\"},"
            + "\"actions\":[{\"type\":\"button\"}]}",
        "payload={\"type\":\"block_actions\",\"user\":{\"id\":\"U1\"},\"team\":{\"id\":\"T0001\"},"
            + "\"actions\":[{\"action_id\":\"sharewell.join\",\"value\":{\"x\":1}}]}",
        "payload={\"type\":\"view_submission\",\"user\":{\"id\":\"U1\",\"team_id\":\"T0001\"}}",
        "payload={\"type\":\"view_submission\",\"user\":{\"id\":[1]},\"view\":{\"callback_id\":5}}",
        "payload={\"type\":\"view_submission\",\"user\":{\"id\":\"U1\",\"team_id\":\"T0001\"},"
            + "\"view\":{\"callback_id\":\"sharewell.add_content\",\"state\":\"x\"}}",
        "payload={\"type\":\"shortcut\",\"callback_id\":\"x\"}",
        "command=%2Fsharewell&text=join",
        "command=%2Fsharewell&text=join&team_id=T0001&user_id=",
        "command=%2Fsharewell&text=%ZZ&user_id=U1&team_id=T0001",
        "command=%2Fsharewell&text=join&user_id=U1&team_id=T0001&user_name=a%00b",
        "payload={\"type\":\"block_actions\",\"user\":{\"id\":\"U1\",\"name\":\"a\\u0000\"},"
            + "\"team\":{\"id\":\"T0001\"},\"actions\":[{\"action_id\":\"sharewell.join\"}]}",
        "JSON{}",
        "JSON[1,2]",
        "JSONnot json",
        "JSON{\"type\":\"event_callback\",\"event\":5}",
        "JSON{\"type\":\"event_callback\",\"event\":{\"type\":\"app_uninstalled\"}}",
        "JSON{\"type\":\"event_callback\",\"team_id\":\"T0001\",\"event\":{\"type\":7}}",
        "JSON{\"type\":\"event_callback\",\"team_id\":\"T0001\","
            + "\"event\":{\"type\":\"app_home_opened\",\"user\":[\"U1\",\"U2\"]}}",
        "JSON{\"type\":\"event_callback\",\"team_id\":\"T0001\","
            + "\"event\":{\"type\":\"app_home_opened\",\"user\":null}}",
        "JSON{\"type\":\"event_callback\",\"team_id\":\"T0001\",\"event_time\":3.1E299,"
            + "\"event\":{\"type\":\"app_home_opened\",\"user\":\"U1\"}}",
        "JSON{\"type\":\"block_actions\"}",
        "payload={\"type\":\"view_submission\",\"team\":{},"
            + "\"user\":{\"id\":\"U1\",\"team_id\":\"T0001\"},"
            + "\"view\":{\"callback_id\":\"sharewell.flag\"}}",
        "payload={\"type\":\"block_actions\",\"user\":{\"id\":\"U1\"},"
            + "\"team\":{\"id\":\"T0001\"},\"response_url\":\"  \","
            + "\"actions\":[{\"action_id\":\"sharewell.join\"}]}",
      })
  void a_signed_but_broken_slack_request_gets_400_and_changes_nothing(String body) {
    boolean json = body.startsWith("JSON");
    String sent = json ? body.substring(4) : body;
    if (sent.startsWith("payload={")) {
      sent = "payload=" + URLEncoder.encode(sent.substring(8), StandardCharsets.UTF_8);
    }

    Http.Response response =
        t.requests.signed(json ? "application/json" : "application/x-www-form-urlencoded", sent);

    isJsonError(response.status(), response.body(), 400);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "null",
        "[]",
        "{",
        "\"text\"",
        "{\"type\":5}",
        "{\"type\":\"message\",\"serviceUrl\":\"SVC\",\"conversation\":{\"id\":\"c\"},"
            + "\"from\":{\"id\":\"u\"}}",
        "{\"type\":\"message\",\"serviceUrl\":\"SVC\",\"conversation\":{\"id\":\"c\","
            + "\"tenantId\":\"t\"},\"from\":{\"id\":\"u\"},\"timestamp\":\"yesterday\"}",
        "{\"type\":\"message\",\"serviceUrl\":\"SVC\",\"conversation\":{\"id\":\"c\","
            + "\"tenantId\":\"t\"},\"from\":{\"id\":\"u\"},\"entities\":\"many\"}",
        "{\"type\":\"message\",\"serviceUrl\":7,\"conversation\":{\"id\":\"c\","
            + "\"tenantId\":\"t\"},\"from\":{\"id\":\"u\"}}",
        "{\"type\":\"message\",\"serviceUrl\":\"SVC\",\"conversation\":{\"id\":[]},"
            + "\"from\":{\"id\":\"u\"}}",
        "{\"type\":\"message\",\"text\":\"join\",\"serviceUrl\":\"SVC\","
            + "\"conversation\":{\"id\":\"c\",\"tenantId\":\"t\"},\"from\":{\"id\":\" \"}}",
        "{\"type\":\"message\",\"text\":\"join\",\"serviceUrl\":\"SVC\","
            + "\"conversation\":{\"id\":\"c\",\"tenantId\":\"t\"},"
            + "\"from\":{\"id\":\"u\",\"name\":\"Eve\\u0000\"}}",
        "{\"type\":\"invoke\",\"name\":\"composeExtension/query\",\"serviceUrl\":\"SVC\","
            + "\"conversation\":{\"id\":\"c\",\"tenantId\":\"t\"},\"from\":{\"id\":\"u\"}}",
      })
  void a_broken_teams_activity_gets_400_and_changes_nothing(String body) {
    String sent = body.replace("SVC", "http://127.0.0.1:9/");

    Http.Response response = t.http.post("/api/messages", "application/json", sent, Map.of());

    isJsonError(response.status(), response.body(), 400);
  }

  @Test
  void a_teams_activity_from_a_foreign_service_url_is_refused_in_local_mode() {
    String activity =
        "{\"type\":\"message\",\"text\":\"join\",\"serviceUrl\":\"https://smba.example.net/emea/\","
            + "\"conversation\":{\"id\":\"c\",\"tenantId\":\"t\"},\"from\":{\"id\":\"u\"}}";

    Http.Response response = t.http.post("/api/messages", "application/json", activity, Map.of());

    isJsonError(response.status(), response.body(), 401);
  }

  static Stream<Arguments> slack_ids_that_do_not_fit() {
    String command = "command=%2Fsharewell&user_id=U1&team_id=T0001&channel_id=C1&text=";
    String payload =
        "{\"type\":\"block_actions\",\"user\":{\"id\":\"USER\"},\"team\":{\"id\":\"T0001\"},"
            + "\"actions\":[{\"action_id\":\"sharewell.join\"}]}";
    return Stream.of(
        Arguments.of(command.replace("C1", "C" + "x".repeat(2_600)) + "join", "channel_id"),
        Arguments.of(
            command + encode("role <@U" + "x".repeat(300) + "|x> admin"), "mentioned user"),
        Arguments.of(command + encode("invite <#C" + "x".repeat(600) + "|x>"), "mentioned channel"),
        Arguments.of(command + encode("role <@ |x> admin"), "names nobody"),
        Arguments.of(command.replace("U1", "U1%01") + "join", "user_id"),
        Arguments.of(command.replace("T0001", "T" + "x".repeat(200)) + "join", "team_id"),
        Arguments.of(
            "payload=" + encode(payload.replace("USER", "U" + "x".repeat(300))), "user.id"),
        Arguments.of(
            "JSON{\"type\":\"event_callback\",\"team_id\":\"T0001\","
                + "\"event\":{\"type\":\"app_home_opened\",\"user\":\"U1\\t\"}}",
            "event.user"));
  }

  @ParameterizedTest
  @MethodSource
  void slack_ids_that_do_not_fit(String body, String field) {
    boolean json = body.startsWith("JSON");

    Http.Response response =
        t.requests.signed(
            json ? "application/json" : "application/x-www-form-urlencoded",
            json ? body.substring(4) : body);

    isJsonError(response.status(), response.body(), 400);
    assertThat(response.json().path("error").asText()).contains(field);
  }

  static Stream<Arguments> teams_ids_that_do_not_fit() {
    return Stream.of(
        Arguments.of("recipient", "id", "28:" + "x".repeat(300), "recipient.id"),
        Arguments.of("recipient", "name", "n".repeat(300), "recipient.name"),
        Arguments.of(
            "channelData.channel", "id", "19:" + "x".repeat(2_600), "channelData.channel.id"),
        Arguments.of("channelData", "teamsChannelId", "19:" + "x".repeat(600), "teamsChannelId"),
        Arguments.of("channelData.team", "id", "19:" + "x".repeat(300), "channelData.team.id"),
        Arguments.of("conversation", "conversationType", "x".repeat(100), "conversationType"),
        Arguments.of("", "channelId", "x".repeat(100), "channelId"),
        Arguments.of("from", "id", "29:a\u0001b", "from.id"),
        Arguments.of("mention", "id", "29:" + "x".repeat(300), "entities.mentioned.id"),
        // The SDK reads a text in place of an account as its id: seed 4082445996400624157's bot.
        Arguments.of("", "recipient", "x".repeat(50_000), "recipient is not an object"),
        Arguments.of("channelData", "tenant", "x".repeat(300), "channelData.tenant is not"),
        Arguments.of("channelData", "team", "x".repeat(300), "channelData.team is not"),
        Arguments.of("recipient", "id", "NUMBER" + "9".repeat(900), "recipient.id"));
  }

  @ParameterizedTest
  @MethodSource
  void teams_ids_that_do_not_fit(String at, String field, String value, String named) {
    ObjectNode activity = JSON.createObjectNode();
    activity.put("type", "message").put("text", "join").put("channelId", "msteams");
    activity.put("serviceUrl", "http://127.0.0.1:9/");
    activity.putObject("from").put("id", "29:u");
    activity.putObject("recipient").put("id", "28:bot");
    activity.putObject("conversation").put("id", "c").put("tenantId", "t");
    ObjectNode target = activity;
    if (at.equals("mention")) {
      target = activity.putArray("entities").addObject().put("type", "mention");
      target = target.putObject("mentioned");
    } else if (!at.isEmpty()) {
      for (String name : at.split("\\.")) {
        target = target.has(name) ? (ObjectNode) target.get(name) : target.putObject(name);
      }
    }
    if (value.startsWith("NUMBER")) {
      target.put(field, new java.math.BigInteger(value.substring(6)));
    } else {
      target.put(field, value);
    }

    Http.Response response =
        t.http.post("/api/messages", "application/json", activity.toString(), Map.of());

    isJsonError(response.status(), response.body(), 400);
    assertThat(response.json().path("error").asText()).contains(named);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
