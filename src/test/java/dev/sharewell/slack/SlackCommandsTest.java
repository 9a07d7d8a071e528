package dev.sharewell.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.SlackTestApp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The /sharewell commands over signed HTTP, one behaviour each. */
class SlackCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  final SlackTestApp t = SlackTestApp.extension().withEnv("SHAREWELL_COMMS_CHANNEL", "CCOMMS");

  @BeforeEach
  void start() {
    t.slack.user("UALICE", "Alice", "America/New_York", "da-DK");
  }

  private void joinEnglish(String user) {
    t.say(user, "join");
    t.db
        .jdbi()
        .useHandle(h -> h.execute("UPDATE members SET language = 'en' WHERE user_id = ?", user));
  }

  @Test
  void help_lists_only_what_this_person_may_use_and_unknown_words_get_help() {
    String stranger = t.say("UNEW", "");
    assertThat(stranger)
        .contains("join:", "list:", "guidelines:")
        .doesNotContain("add or add", "invite @person", "stats:");

    String admin = t.say(SlackTestApp.ADMIN, "HELP");
    assertThat(admin).contains("invite @person", "role @person", "add or add", "digest now");

    assertThat(t.say("UNEW", "  dance   please "))
        .contains("I don’t know “dance”")
        .contains("join:");
  }

  @Test
  void someone_without_the_role_is_refused_politely_and_nothing_changes() {
    joinEnglish("UBOB");
    assertThat(t.say("UBOB", "add https://example.com/x"))
        .contains("Only people with the comms role");
    assertThat(t.say("UBOB", "role <@UALICE|alice> admin"))
        .contains("Only people with the admin role");
    assertThat(t.say("UBOB", "digest now")).contains("comms role");
    assertThat(t.slack.calls("views.open")).isEmpty();
    int roles = t.rows().count("member_roles");
    assertThat(roles).isEqualTo(0);
  }

  @Test
  void join_welcomes_and_leave_confirms_and_words_are_case_insensitive() {
    assertThat(t.say("UBOB", "JOIN")).contains("Welcome to Sharewell", "What we ask");
    assertThat(t.say("UBOB", "join")).contains("already in");
    assertThat(t.say("UBOB", "  Leave ")).contains("You have left Sharewell");
    assertThat(t.say("UBOB", "leave")).contains("not in the programme");
  }

  @Test
  void pause_takes_weeks_or_days_and_resume_lifts_it() {
    joinEnglish("UBOB");
    assertThat(t.say("UBOB", "pause 2w")).contains("Paused: no digests until December 7, 2026");
    assertThat(t.say("UBOB", "resume")).contains("Welcome back");
    assertThat(t.say("UBOB", "pause 10d")).contains("December 3, 2026");
    assertThat(t.say("UBOB", "pause soon")).contains("pause 2w");
    assertThat(t.say("UBOB", "pause 500d")).contains("up to 26 weeks");
  }

  @Test
  void members_only_commands_ask_to_join_first() {
    assertThat(t.say("UBOB", "stats")).contains("have not joined");
    assertThat(t.say("UBOB", "pause 2w")).contains("have not joined");
  }

  @Test
  void a_member_first_seen_gets_time_zone_and_locale_from_users_info() {
    t.say("UALICE", "join");

    Map<String, Object> alice =
        t.db
            .jdbi()
            .withHandle(
                h ->
                    h.select(
                            "SELECT display_name, time_zone, locale FROM members WHERE user_id = 'UALICE'")
                        .mapToMap()
                        .one());
    assertThat(alice)
        .containsEntry("display_name", "Alice")
        .containsEntry("time_zone", "America/New_York")
        .containsEntry("locale", "da-DK");
    assertThat(t.slack.calls("users.info")).hasSize(1);
    t.say("UALICE", "help");
    assertThat(t.slack.calls("users.info")).hasSize(1);
  }

  @Test
  void list_shows_live_items_and_guidelines_show_the_default_text() {
    assertThat(t.say("UBOB", "list")).contains("Nothing is live");
    t.say(SlackTestApp.ADMIN, "join");
    t.addContent("Office opening", "https://example.com/office");
    assertThat(t.say("UBOB", "list")).contains("Office opening", "https://example.com/office");
    assertThat(t.say("UBOB", "guidelines")).contains("Sharing about work", "Flag the comment");
  }

  @Test
  void invite_a_channel_skips_people_who_already_joined_and_reports_back() {
    joinEnglish("UBOB");
    t.slack.channel("CTEAM", List.of("UBOB", "UCARL", "UDANA", FakeSlack.BOT_USER));
    t.slack.failPostsTo(FakeSlack.BOT_USER, "cannot_dm_bot");

    assertThat(t.say(SlackTestApp.ADMIN, "invite <#CTEAM|team>")).contains("members of 1 channels");

    assertThat(t.slack.postsTo("UCARL")).hasSize(1);
    assertThat(t.slack.postsTo("UDANA")).hasSize(1);
    assertThat(t.slack.postsTo("UBOB")).isEmpty();
    // The report comes once the invitations are queued; the bot's own refuses later (FAILED).
    assertThat(t.slack.postsTo(SlackTestApp.ADMIN).get(0).param("text"))
        .contains("Newly invited: 3", "Already joined: 1", "Channels I could not read: 0");
    int members = t.rows().count("members");
    assertThat(members).as("nobody invited is stored before answering").isEqualTo(2);
  }

  @Test
  void roles_are_granted_and_taken_away_by_admins() {
    assertThat(t.say(SlackTestApp.ADMIN, "role <@UBOB|bob> comms"))
        .contains("now has the comms role");
    assertThat(t.say(SlackTestApp.ADMIN, "role <@UBOB|bob> -comms"))
        .contains("no longer has the comms role");
    assertThat(t.say(SlackTestApp.ADMIN, "role <@UBOB|bob> wizard"))
        .contains("Roles: comms, leader, admin");
    assertThat(t.say(SlackTestApp.ADMIN, "role comms")).contains("role @person comms");
  }

  @Test
  void the_home_tab_is_published_when_opened_and_after_joining_from_it() {
    ObjectNode event =
        JSON.createObjectNode()
            .put("type", "app_home_opened")
            .put("user", "UBOB")
            .put("channel", "DBOB")
            .put("tab", "home");
    assertThat(t.requests.event(event).status()).isEqualTo(200);
    JsonNode home = t.slack.calls("views.publish").get(0).json("view");
    assertThat(home.get("type").asText()).isEqualTo("home");
    assertThat(FakeSlack.text(home)).contains("sharewell.join").doesNotContain("sharewell.leave");

    ObjectNode click = homeClick("UBOB", "sharewell.join");
    assertThat(
            t.requests
                .signed(
                    "application/x-www-form-urlencoded",
                    "payload="
                        + java.net.URLEncoder.encode(
                            click.toString(), java.nio.charset.StandardCharsets.UTF_8))
                .status())
        .isEqualTo(200);
    JsonNode after = t.slack.calls("views.publish").get(1).json("view");
    assertThat(FakeSlack.text(after))
        .contains("sharewell.leave", "sharewell.open_settings", "You are in");
    assertThat(t.slack.postsTo("UBOB").get(0).param("text")).contains("Welcome");
  }

  @Test
  void uninstalling_or_revoking_tokens_stops_the_workspace_until_it_is_used_again() {
    t.say("UBOB", "help");
    assertThat(uninstalledAt()).isNull();

    t.requests.event(JSON.createObjectNode().put("type", "app_uninstalled"));
    assertThat(uninstalledAt()).isNotNull();

    t.say("UBOB", "help");
    assertThat(uninstalledAt()).isNull();

    ObjectNode revoked = JSON.createObjectNode().put("type", "tokens_revoked");
    revoked.putObject("tokens").putArray("bot").add(FakeSlack.BOT_USER);
    t.requests.event(revoked);
    assertThat(uninstalledAt()).isNotNull();
  }

  private Object uninstalledAt() {
    return t.db
        .jdbi()
        .withHandle(
            h ->
                h.select(
                        "SELECT uninstalled_at FROM workspaces WHERE workspace_id = ?",
                        FakeSlack.TEAM)
                    .mapToMap()
                    .one()
                    .get("uninstalled_at"));
  }

  @Test
  void a_member_slack_says_is_gone_is_marked_as_left_when_their_digest_fails() {
    joinEnglish("UBOB");
    t.say(SlackTestApp.ADMIN, "join");
    t.addContent("News", "https://example.com/n");
    t.slack.failPostsTo("UBOB", "account_inactive");

    t.say(SlackTestApp.ADMIN, "digest now");

    Map<String, Object> bob =
        t.db
            .jdbi()
            .withHandle(
                h ->
                    h.select("SELECT opted_in_at, left_reason FROM members WHERE user_id = 'UBOB'")
                        .mapToMap()
                        .one());
    assertThat(bob.get("opted_in_at")).isNull();
    assertThat(bob.get("left_reason")).isEqualTo("account_inactive");
  }

  @Test
  void clicks_on_share_links_are_acknowledged_and_do_nothing_else() {
    Http.Response response = t.requests.click("UBOB", "sharewell.open.0", "");
    assertThat(response.status()).isEqualTo(200);
    assertThat(t.slack.calls()).extracting(FakeSlack.Call::method).containsOnly("auth.test");
  }

  private static ObjectNode homeClick(String user, String actionId) {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("type", "block_actions").put("trigger_id", "t.home").put("api_app_id", "A0001");
    payload.putObject("team").put("id", FakeSlack.TEAM);
    payload
        .putObject("user")
        .put("id", user)
        .put("name", user.toLowerCase())
        .put("team_id", FakeSlack.TEAM);
    payload.putObject("view").put("id", "VHOME").put("type", "home");
    payload.putObject("container").put("type", "view").put("view_id", "VHOME");
    payload
        .putArray("actions")
        .addObject()
        .put("type", "button")
        .put("action_id", actionId)
        .put("block_id", "b")
        .put("value", "")
        .put("action_ts", "1.0");
    return payload;
  }
}
