package dev.sharewell.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sharewell.testing.FakeConnector;
import dev.sharewell.testing.TeamsActivities;
import dev.sharewell.testing.TeamsTestApp;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every command typed in the personal chat, over HTTP against the fake connector. */
class TeamsCommandsTest {
  private static final String ALICE = "29:alice";
  private static final String BOB = "29:bob";
  private static final String CARLA = "29:carla";
  private static final String ADMIN = TeamsTestApp.ADMIN;

  @RegisterExtension final TeamsTestApp t = TeamsTestApp.extension();

  @Test
  void help_lists_only_what_this_person_may_use_and_unknown_words_get_help() {
    assertThat(t.say(BOB, "help"))
        .contains("join:", "list:", "guidelines:")
        .doesNotContain("digest now", "stats:");
    assertThat(t.say(ADMIN, "HELP")).contains("role @person", "digest now", "add or add");
    assertThat(t.say(BOB, "  dance   please ")).contains("I don’t know “dance”", "join:");
    assertThat(t.say(BOB, "")).contains("join:");
  }

  @Test
  void join_welcomes_and_leave_confirms_and_words_are_case_insensitive() {
    String welcome = t.say(ALICE, "JOIN");
    assertThat(welcome).contains("Welcome to Sharewell", "What we ask", "sharewell.open_settings");
    assertThat(t.say(ALICE, "join")).contains("already in");
    assertThat(t.say(ALICE, "  Leave ")).contains("You have left Sharewell");
    assertThat(t.say(ALICE, "leave")).contains("not in the programme");
  }

  @Test
  void a_member_gets_name_and_time_zone_from_the_activity() {
    t.say(ALICE, "join");
    Map<String, Object> alice =
        t.db
            .jdbi()
            .withHandle(
                h ->
                    h.select(
                            "SELECT display_name, time_zone, locale FROM members WHERE user_id = ?",
                            ALICE)
                        .mapToMap()
                        .one());
    assertThat(alice)
        .containsEntry("display_name", "Alice")
        .containsEntry("time_zone", "Europe/Copenhagen")
        .containsEntry("locale", "en-US");
  }

  @Test
  void pause_takes_weeks_or_days_and_resume_lifts_it() {
    t.say(ALICE, "join");
    assertThat(t.say(ALICE, "pause 2w")).contains("Paused: no digests until December 7, 2026");
    assertThat(t.say(ALICE, "resume")).contains("Welcome back");
    assertThat(t.say(ALICE, "pause soon")).contains("pause 2w");
    assertThat(t.say(ALICE, "resume")).contains("not paused");
  }

  @Test
  void members_only_commands_ask_to_join_first() {
    assertThat(t.say(BOB, "stats")).contains("have not joined");
    assertThat(t.say(BOB, "settings")).contains("have not joined");
    assertThat(t.say(BOB, "flag")).contains("have not joined");
  }

  @Test
  void someone_without_the_role_is_refused_politely_and_nothing_changes() {
    t.say(BOB, "join");
    assertThat(t.say(BOB, "add https://example.com/x")).contains("Only people with the comms role");
    assertThat(t.teams.sayMentioning(BOB, "role", ALICE).status()).isEqualTo(202);
    assertThat(t.connector.last(TeamsActivities.chatOf(BOB)).text())
        .contains("Only people with the admin role");
    assertThat(t.say(BOB, "digest now")).contains("comms role");
    assertThat(t.rows().count("member_roles")).isZero();
  }

  @Test
  void settings_open_as_a_card_with_current_choices_and_the_submission_is_saved() {
    t.say(BOB, "join");
    FakeConnector.Call card = t.reply(BOB, "settings");
    assertThat(card.text())
        .contains("Networks you share on", "Quiet hours start", "sharewell.settings");
    assertThat(TeamsActivities.Cards.inputIds(card.card()))
        .contains("networks", "followers_linkedin", "cadence", "quiet_start", "leaderboard");

    t.teams.press(
        BOB,
        card,
        "sharewell.settings",
        Map.of(
            "networks", "linkedin,facebook",
            "followers_linkedin", "1200",
            "cadence", "biweekly",
            "preferred_day", "TUE",
            "quiet_start", "22:00",
            "quiet_end", "07:00",
            "language", "en",
            "leaderboard", "hide"));

    FakeConnector.Call saved = t.connector.last(TeamsActivities.chatOf(BOB));
    assertThat(saved.method()).as("the card turns into its outcome").isEqualTo("PUT");
    assertThat(saved.activityId()).isEqualTo(card.messageId());
    assertThat(saved.text()).contains("Your settings are saved");
    Map<String, Object> bob =
        t.db
            .jdbi()
            .withHandle(
                h ->
                    h.select(
                            "SELECT cadence, preferred_day, quiet_start_minute, leaderboard_visible"
                                + " FROM members WHERE user_id = ?",
                            BOB)
                        .mapToMap()
                        .one());
    assertThat(bob)
        .containsEntry("cadence", "BIWEEKLY")
        .containsEntry("preferred_day", "TUESDAY")
        .containsEntry("quiet_start_minute", 22 * 60)
        .containsEntry("leaderboard_visible", false);
    assertThat(
            t.rows()
                .count(
                    "member_networks n JOIN members m ON m.id = n.member_id", "m.user_id = ?", BOB))
        .isEqualTo(2);
  }

  @Test
  void add_opens_a_card_with_the_url_and_its_submission_adds_the_item() {
    FakeConnector.Call card = t.reply(ADMIN, "add https://example.com/launch");
    assertThat(card.text()).contains("Add content", "https://example.com/launch");

    t.teams.press(
        ADMIN,
        card,
        "sharewell.add_content",
        Map.of(
            "title", "We launched",
            "url", "https://example.com/launch",
            "kind", "news",
            "language", "en",
            "captions", "Proud of this!\nOur own words."));

    assertThat(t.connector.last(TeamsActivities.chatOf(ADMIN)).text())
        .contains("Added “We launched”");
    assertThat(t.rows().count("content_items")).isEqualTo(1);
    assertThat(t.rows().count("caption_variants")).isEqualTo(2);
  }

  @Test
  void list_shows_live_items_and_guidelines_show_the_default_text() {
    assertThat(t.say(BOB, "list")).contains("Nothing is live");
    t.addContent("Office opening", "https://example.com/office");
    assertThat(t.say(BOB, "list")).contains("Office opening", "https://example.com/office");
    assertThat(t.say(BOB, "guidelines")).contains("Sharing about work");
  }

  @Test
  void stats_and_leaderboard_answer_in_the_personal_chat() {
    t.say(ALICE, "join");
    assertThat(t.say(ALICE, "stats")).contains("Shares", "Points", "0");
    assertThat(t.say(BOB, "leaderboard")).contains("Leaderboard this week", "No shares yet");
  }

  @Test
  void roles_are_granted_and_taken_away_by_admins_naming_people_by_mention() {
    t.teams.sayMentioning(ADMIN, "role", BOB);
    assertThat(t.connector.last(TeamsActivities.chatOf(ADMIN)).text())
        .contains("role @person comms");

    t.teams.sayMentioning(ADMIN, "role comms", BOB);
    assertThat(t.connector.last(TeamsActivities.chatOf(ADMIN)).text())
        .contains("now has the comms role");
    t.teams.sayMentioning(ADMIN, "role -comms", BOB);
    assertThat(t.connector.last(TeamsActivities.chatOf(ADMIN)).text())
        .contains("no longer has the comms role");
  }

  @Test
  void invite_sends_each_person_mentioned_an_invitation_card_and_reports_back() {
    t.say(CARLA, "join");
    t.connector.reset();

    t.teams.sayMentioning(ADMIN, "invite", BOB, CARLA);

    assertThat(t.connector.createdConversations())
        .as("Bob has never written to the bot: a personal chat is opened")
        .singleElement()
        .satisfies(
            c -> assertThat(c.body().path("members").path(0).path("id").asText()).isEqualTo(BOB));
    FakeConnector.Call invitation = t.connector.last("a:chat-with-" + BOB);
    assertThat(invitation.activityId()).as("posted, not a reply").isNull();
    assertThat(invitation.text())
        .contains("You are invited", "sharewell.join", "sharewell.decline");
    assertThat(t.connector.postsTo(TeamsActivities.chatOf(CARLA))).as("already joined").isEmpty();
    // The answer, and the report once done (the test's direct executor runs it first).
    assertThat(t.connector.postsTo(TeamsActivities.chatOf(ADMIN)))
        .extracting(FakeConnector.Call::text)
        .anySatisfy(text -> assertThat(text).contains("Inviting 2 people"))
        .anySatisfy(
            text ->
                assertThat(text)
                    .contains(
                        "Newly invited: 1", "Already joined: 1", "Channels I could not read: 0"));
    assertThat(t.rows().count("members", "user_id = ?", BOB))
        .as("nobody invited is stored before answering")
        .isZero();
  }

  @Test
  void an_invited_person_joins_with_the_button_on_the_invitation() {
    t.teams.sayMentioning(ADMIN, "invite", BOB);
    FakeConnector.Call invitation = t.connector.last("a:chat-with-" + BOB);

    t.teams.press(BOB, invitation, "sharewell.join", Map.of());

    assertThat(t.connector.last(TeamsActivities.chatOf(BOB)).text())
        .contains("Welcome to Sharewell");
    assertThat(t.rows().count("members", "opted_in_at IS NOT NULL AND user_id = ?", BOB))
        .isEqualTo(1);
  }

  @Test
  void digest_now_sends_the_pick_to_members_with_the_report_form_inside() {
    t.say(ALICE, "join");
    String id = t.addContent("Launch", "https://example.com/launch");

    assertThat(t.say(ADMIN, "digest now")).contains("Sending this week’s digest to 1 member");

    FakeConnector.Call digest = t.connector.last(TeamsActivities.chatOf(ALICE));
    assertThat(digest.activityId()).as("proactive: not a reply").isNull();
    JsonNode card = digest.card();
    assertThat(digest.text())
        .contains(
            "Your pick for this week", "Launch", "Share on LinkedIn", "Personalise", "Not for me");
    assertThat(card.findValues("type")).extracting(JsonNode::asText).contains("Action.ShowCard");
    assertThat(TeamsActivities.Cards.inputIds(card)).contains(id + ".network", id + ".text");
    assertThat(
            TeamsActivities.Cards.submitData(card, "sharewell.report_share")
                .path("contentId")
                .asLong())
        .isEqualTo(Long.parseLong(id));
  }
}
