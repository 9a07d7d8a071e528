package dev.sharewell.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharewell.conversation.ActionIds;
import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.FakeConnector;
import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.SlackTestApp;
import dev.sharewell.testing.TableCounts;
import dev.sharewell.testing.TeamsActivities;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the fuzz test found, one behaviour each, so each fix stays fixed whatever the seed. */
class FuzzFindingsTest {
  private final FakeConnector connector = new FakeConnector();
  private SlackTestApp t;
  private TeamsActivities teams;
  private String item;

  @BeforeEach
  void start() {
    t = new SlackTestApp(DbEngine.H2);
    teams = new TeamsActivities(t.http, connector);
    t.requests.submit(
        SlackTestApp.ADMIN,
        ActionIds.ADD_CONTENT_FORM,
        "",
        Map.of("title", "Launch", "url", "https://example.com/launch"));
    item =
        t.db
            .jdbi()
            .withHandle(
                h -> h.select("SELECT MAX(id) FROM content_items").mapTo(String.class).one());
  }

  @AfterEach
  void stop() {
    try {
      t.close();
    } finally {
      connector.close();
    }
  }

  private String displayName(String userId) {
    return t.db
        .jdbi()
        .withHandle(
            h ->
                h.select("SELECT display_name FROM members WHERE user_id = ?", userId)
                    .mapTo(String.class)
                    .one());
  }

  @Test
  void a_slack_name_longer_than_the_database_keeps_is_cut_and_the_command_answered() {
    String form =
        "team_id="
            + FakeSlack.TEAM
            + "&user_id=ULONG&user_name="
            + "n".repeat(10_000)
            + "&command=%2Fsharewell&text=join&channel_id=C1&trigger_id=t1&response_url="
            + URLEncoder.encode(t.slack.responseUrl("long"), StandardCharsets.UTF_8);

    var response = t.requests.signed("application/x-www-form-urlencoded", form);

    assertThat(response.status()).isEqualTo(200);
    assertThat(FakeSlack.text(response.json())).contains("Welcome to Sharewell");
    assertThat(displayName("ULONG")).hasSize(255);
  }

  @Test
  void a_teams_name_longer_than_the_database_keeps_is_cut_and_the_message_answered() {
    ObjectNode activity = teams.personal("29:long", "message");
    activity.put("text", "join").put("textFormat", "plain");
    ((ObjectNode) activity.get("from")).put("name", "n".repeat(10_000));

    assertThat(teams.post(activity).status()).isEqualTo(202);

    assertThat(connector.last(TeamsActivities.chatOf("29:long")).text())
        .contains("Welcome to Sharewell");
    assertThat(displayName("29:long")).hasSize(255);
  }

  @Test
  void item_buttons_pressed_by_someone_who_has_not_joined_ask_them_to_join_and_write_nothing() {
    t.requests.command("UNEW", "help");
    Map<String, Integer> before = TableCounts.of(t.db.jdbi());

    for (String button :
        new String[] {ActionIds.NOT_FOR_ME, ActionIds.PERSONALISE, ActionIds.SHARED}) {
      assertThat(t.requests.click("UNEW", button, item).status()).isEqualTo(200);
    }

    assertThat(t.slack.responses())
        .hasSize(3)
        .allSatisfy(answer -> assertThat(FakeSlack.text(answer)).contains("have not joined"));
    assertThat(t.slack.calls("views.open")).isEmpty();
    assertThat(TableCounts.of(t.db.jdbi())).isEqualTo(before);
  }
}
