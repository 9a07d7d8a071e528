package dev.sharewell.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.FakeConnector;
import dev.sharewell.testing.Poll;
import dev.sharewell.testing.TeamsActivities;
import dev.sharewell.testing.TeamsTestApp;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The files Teams members download (mydata, the share export) over HTTP: the scheduled job deletes
 * them once expired, and forgetting a member deletes every file that holds their data.
 */
@ParameterizedClass
@MethodSource("dev.sharewell.testing.DbEngine#available")
class DownloadsLifetimeTest {
  private static final String ALICE = "29:alice";
  private static final String BOB = "29:bob";
  private static final String ADMIN = TeamsTestApp.ADMIN;

  @Parameter DbEngine engine;

  @RegisterExtension
  final TeamsTestApp t = TeamsTestApp.extension().on(() -> engine).ticking(Duration.ofMillis(50));

  @BeforeEach
  void start() {
    for (String user : List.of(ALICE, BOB)) {
      t.teams.say(user, "join");
    }
    String item = t.addContent("Launch", "https://example.com/launch");
    ask(ADMIN, "digest now");
    // The ticker may be the one sending it.
    Poll.until(Duration.ofSeconds(10), "Alice has her digest", () -> digestOf(ALICE) != null);
    t.teams.press(
        ALICE, digestOf(ALICE), "sharewell.report_share", Map.of(item + ".network", "linkedin"));
  }

  private FakeConnector.Call digestOf(String user) {
    return t.connector.postsTo(TeamsActivities.chatOf(user)).stream()
        .filter(call -> call.text().contains("Your pick for this week"))
        .reduce((first, second) -> second)
        .orElse(null);
  }

  @Test
  void an_expired_download_is_deleted_by_the_scheduled_job_with_its_member_list() {
    String link = downloadLink(ask(ALICE, "mydata").card());
    assertThat(t.http.get(URI.create(link).getPath()).status()).isEqualTo(200);
    assertThat(t.rows().count("exports")).isEqualTo(1);
    assertThat(t.rows().count("export_members")).isEqualTo(1);

    t.clock.advance(Duration.ofMinutes(59));
    assertThat(t.rows().count("exports")).as("not yet expired").isEqualTo(1);
    t.clock.advance(Duration.ofMinutes(2));

    Poll.until(
        Duration.ofSeconds(10),
        "the expired download is deleted",
        () -> t.rows().count("exports") == 0);
    assertThat(t.rows().count("export_members")).isEqualTo(0);
    assertThat(t.http.get(URI.create(link).getPath()).status()).isEqualTo(404);
  }

  @Test
  void forgetting_a_member_deletes_every_download_holding_their_data_under_any_name() {
    // Alice went by another name in Teams when the export was made; she is Alice again now.
    ObjectNode renamed = t.teams.personal(ALICE, "message");
    renamed.put("text", "stats").put("textFormat", "plain");
    ((ObjectNode) renamed.get("from")).put("name", "Ada King");
    assertThat(t.teams.post(renamed).status()).isEqualTo(202);
    t.teams.sayMentioning(ADMIN, "role leader", ALICE);
    String export = downloadLink(ask(ADMIN, "stats export").card());
    assertThat(t.http.get(URI.create(export).getPath()).body())
        .contains("Ada King,Launch")
        .doesNotContain("Alice", ALICE);
    ask(ADMIN, "mydata");
    ask(BOB, "mydata");
    assertThat(t.rows().count("exports")).isEqualTo(3);

    t.teams.press(ALICE, ask(ALICE, "forget"), "sharewell.forget", Map.of());

    assertThat(t.rows().count("members", "user_id = ?", ALICE)).isEqualTo(0);
    assertThat(t.http.get(URI.create(export).getPath()).status()).isEqualTo(404);
    // Left: Bob's own data, which says nothing about Alice.
    List<String> left =
        t.db
            .jdbi()
            .withHandle(h -> h.select("SELECT content FROM exports").mapTo(String.class).list());
    assertThat(left).singleElement().asString().contains(BOB).doesNotContain("alice", "Ada");
  }

  private FakeConnector.Call ask(String user, String text) {
    assertThat(t.teams.say(user, text).status()).isEqualTo(202);
    return t.connector.last(TeamsActivities.chatOf(user));
  }

  private static String downloadLink(JsonNode card) {
    for (JsonNode action : card.findValues("actions")) {
      for (JsonNode each : action) {
        if ("Action.OpenUrl".equals(each.path("type").asText())) {
          return each.path("url").asText();
        }
      }
    }
    throw new AssertionError("no download link on " + card);
  }
}
