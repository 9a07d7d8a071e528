package dev.sharewell.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharewell.chat.ActionIds;
import dev.sharewell.testing.FakeConnector;
import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.LogWatch;
import dev.sharewell.testing.SlackTestApp;
import dev.sharewell.testing.TableCounts;
import dev.sharewell.testing.TeamsActivities;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the fuzz test found, one behaviour each, so each fix stays fixed whatever the seed. */
class FuzzFindingsTest {
  @RegisterExtension final SlackTestApp t = SlackTestApp.extension().withTeams();

  private String item;

  @BeforeEach
  void start() {
    item = t.addContent("Launch", "https://example.com/launch");
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
    ObjectNode activity = t.teams.personal("29:long", "message");
    activity.put("text", "join").put("textFormat", "plain");
    ((ObjectNode) activity.get("from")).put("name", "n".repeat(10_000));

    assertThat(t.teams.post(activity).status()).isEqualTo(202);

    assertThat(t.connector.last(TeamsActivities.chatOf("29:long")).text())
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

  private String commandIn(String userId, String channelId, String text) {
    return "team_id="
        + FakeSlack.TEAM
        + "&user_id="
        + userId
        + "&user_name=x&command=%2Fsharewell&text="
        + URLEncoder.encode(text, StandardCharsets.UTF_8)
        + "&channel_id="
        + URLEncoder.encode(channelId, StandardCharsets.UTF_8)
        + "&trigger_id=t1&response_url="
        + URLEncoder.encode(t.slack.responseUrl("cmd"), StandardCharsets.UTF_8);
  }

  @Test
  void a_command_from_a_channel_id_longer_than_the_database_keeps_is_refused_and_logs_nothing() {
    Map<String, Integer> before = TableCounts.of(t.db.jdbi());
    try (LogWatch log = new LogWatch()) {
      var response =
          t.requests.signed(
              "application/x-www-form-urlencoded",
              commandIn(SlackTestApp.ADMIN, "C" + "x".repeat(2_600), "leaderboard here"));

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.json().path("error").asText()).contains("channel_id", "longer than");
      assertThat(log.failures()).isEmpty();
    }
    assertThat(TableCounts.of(t.db.jdbi())).isEqualTo(before);
  }

  @Test
  void a_teams_bot_account_of_fifty_kilobytes_is_served_and_only_its_id_and_name_are_kept() {
    ObjectNode activity = t.teams.personal("29:big", "installationUpdate").put("action", "add");
    ObjectNode bot = (ObjectNode) activity.get("recipient");
    ObjectNode nested = bot.putObject("extra").putObject("deeper");
    for (int i = 0; i < 50; i++) {
      nested.put("field" + i, "x".repeat(1_000));
    }

    try (LogWatch log = new LogWatch()) {
      assertThat(t.teams.post(activity).status()).isEqualTo(202);
      assertThat(log.failures()).isEmpty();
    }

    assertThat(t.connector.last(TeamsActivities.chatOf("29:big")).text()).contains("Sharewell");
    String reference =
        t.db
            .jdbi()
            .withHandle(
                h ->
                    h.select("SELECT reference FROM conversation_refs WHERE user_id = '29:big'")
                        .mapTo(String.class)
                        .one());
    assertThat(reference)
        .hasSizeLessThan(1_000)
        .doesNotContain("field0")
        .contains(FakeConnector.BOT_ID, t.connector.serviceUrl());
  }

  @Test
  void members_added_or_removed_that_are_null_or_have_no_id_are_passed_over() {
    ObjectNode activity = t.teams.personal("29:nulls", "conversationUpdate");
    ArrayNode added = activity.putArray("membersAdded");
    added.addNull();
    added.addObject();
    added.addObject().put("name", "no id");
    added.addObject().put("id", FakeConnector.BOT_ID);
    ObjectNode removal = t.teams.personal("29:nulls", "conversationUpdate");
    removal.putArray("membersRemoved").addNull();

    try (LogWatch log = new LogWatch()) {
      assertThat(t.teams.post(activity).status()).isEqualTo(202);
      assertThat(t.teams.post(removal).status()).isEqualTo(202);
      assertThat(log.failures()).isEmpty();
    }

    assertThat(t.connector.last(TeamsActivities.chatOf("29:nulls")).text()).contains("Sharewell");
  }

  @Test
  void an_item_whose_url_is_longer_than_the_audit_log_keeps_is_added_and_audited_cut_short() {
    String url = "https://example.com/" + "a".repeat(2_020);

    var response =
        t.requests.submit(
            SlackTestApp.ADMIN,
            ActionIds.ADD_CONTENT_FORM,
            "",
            Map.of("title", "Long address", "url", url));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).doesNotContain("errors");
    String detail =
        t.db
            .jdbi()
            .withHandle(
                h ->
                    h.select(
                            "SELECT detail FROM audit_log WHERE action = 'content.add'"
                                + " ORDER BY id DESC LIMIT 1")
                        .mapTo(String.class)
                        .one());
    assertThat(detail).hasSize(2_000).isEqualTo(url.substring(0, 2_000));
  }
}
