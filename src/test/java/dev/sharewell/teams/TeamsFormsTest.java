package dev.sharewell.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sharewell.testing.FakeConnector;
import dev.sharewell.testing.TeamsActivities;
import dev.sharewell.testing.TeamsTestApp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Cards with inputs: submitted with valid and invalid input, on their own and inside the digest.
 */
class TeamsFormsTest {
  private static final String ALICE = "29:alice";
  private static final String CARLA = "29:carla";
  private static final String ADMIN = TeamsTestApp.ADMIN;

  @RegisterExtension final TeamsTestApp t = TeamsTestApp.extension();

  @BeforeEach
  void start() {
    t.teams.say(ALICE, "join");
  }

  private FakeConnector.Call ask(String user, String text) {
    assertThat(t.teams.say(user, text).status()).isEqualTo(202);
    return t.connector.last(TeamsActivities.chatOf(user));
  }

  private FakeConnector.Call last(String user) {
    return t.connector.last(TeamsActivities.chatOf(user));
  }

  private String addItem(String title, String url) {
    return t.addContent(title, url, "We launched!\nBig day for us.");
  }

  private FakeConnector.Call digestFor(String user) {
    ask(ADMIN, "digest now");
    FakeConnector.Call digest = last(user);
    assertThat(digest.text()).contains("Your pick for this week");
    return digest;
  }

  /** The input with this id and the block right after it (where its error goes). */
  private static JsonNode after(JsonNode card, String inputId) {
    JsonNode body = card.path("body");
    for (int i = 0; i < body.size(); i++) {
      if (inputId.equals(body.get(i).path("id").asText())) {
        return body.get(i + 1);
      }
    }
    throw new AssertionError("no input " + inputId + " in " + card);
  }

  private static JsonNode input(JsonNode card, String inputId) {
    for (JsonNode block : card.path("body")) {
      if (inputId.equals(block.path("id").asText())) {
        return block;
      }
    }
    throw new AssertionError("no input " + inputId + " in " + card);
  }

  @Test
  void invalid_content_comes_back_on_the_card_with_each_field_named_and_nothing_is_stored() {
    FakeConnector.Call card = ask(ADMIN, "add");

    t.teams.press(
        ADMIN,
        card,
        "sharewell.add_content",
        Map.of("title", "", "url", "not a link", "kind", "podcast", "live_until", "2020-01-01"));

    FakeConnector.Call again = last(ADMIN);
    assertThat(again.method()).isEqualTo("PUT");
    assertThat(again.activityId()).isEqualTo(card.messageId());
    JsonNode form = again.card();
    assertThat(again.text()).contains("Something in what you sent is not right.");
    assertThat(after(form, "url").path("text").asText()).contains("https://");
    assertThat(after(form, "url").path("color").asText()).isEqualTo("Attention");
    assertThat(after(form, "title").path("color").asText()).isEqualTo("Attention");
    assertThat(after(form, "live_until").path("color").asText()).isEqualTo("Attention");
    assertThat(input(form, "url").path("value").asText())
        .as("what was typed stays")
        .isEqualTo("not a link");
    assertThat(TeamsActivities.Cards.hasSubmit(form, "sharewell.add_content")).isTrue();
    assertThat(t.rows().count("content_items")).isZero();
  }

  @Test
  void a_duplicate_live_url_is_refused_on_the_url_field() {
    addItem("First", "https://example.com/a");

    t.teams.press(
        ADMIN,
        ask(ADMIN, "add"),
        "sharewell.add_content",
        Map.of("title", "Again", "url", "https://example.com/a"));

    assertThat(after(last(ADMIN).card(), "url").path("text").asText())
        .contains("already live as “First”");
    assertThat(t.rows().count("content_items")).isEqualTo(1);
  }

  @Test
  void settings_with_half_quiet_hours_are_refused_on_the_quiet_end_field() {
    t.teams.press(
        ALICE, ask(ALICE, "settings"), "sharewell.settings", Map.of("quiet_start", "22:00"));

    JsonNode form = last(ALICE).card();
    assertThat(after(form, "quiet_end").path("text").asText()).contains("both a start and an end");
    assertThat(input(form, "quiet_start").path("value").asText()).isEqualTo("22:00");
    assertThat(t.rows().count("members", "quiet_start_minute IS NOT NULL")).isZero();
  }

  @Test
  void i_shared_it_on_the_digest_records_the_share_and_leaves_the_digest_as_it_was() {
    String id = addItem("Launch", "https://example.com/launch");
    FakeConnector.Call digest = digestFor(ALICE);

    t.teams.press(
        ALICE,
        digest,
        "sharewell.report_share",
        Map.of(id + ".network", "x", id + ".text", "My own words about this launch today"));
    t.teams.press(ALICE, digest, "sharewell.report_share", Map.of(id + ".network", "x"));

    List<FakeConnector.Call> answers = t.connector.postsTo(TeamsActivities.chatOf(ALICE));
    assertThat(answers.get(answers.size() - 2).text()).contains("You earned 15 points");
    assertThat(answers.get(answers.size() - 1).text()).contains("no new points (15 in total)");
    assertThat(t.connector.updates())
        .as("the digest is not replaced")
        .extracting(FakeConnector.Call::conversation)
        .doesNotContain(TeamsActivities.chatOf(ALICE));
    assertThat(
            t.rows()
                .count("shares", "network = 'X' AND text = 'My own words about this launch today'"))
        .isEqualTo(1);
  }

  @Test
  void an_inline_report_with_a_bad_post_link_comes_back_as_a_card_of_its_own() {
    String id = addItem("Launch", "https://example.com/launch");
    FakeConnector.Call digest = digestFor(ALICE);

    t.teams.press(
        ALICE,
        digest,
        "sharewell.report_share",
        Map.of(id + ".network", "linkedin", id + ".post_url", "javascript:alert(1)"));

    FakeConnector.Call again = last(ALICE);
    assertThat(again.method()).isEqualTo("POST");
    assertThat(after(again.card(), "post_url").path("text").asText()).contains("https://");
    assertThat(input(again.card(), "network").path("value").asText()).isEqualTo("linkedin");
    assertThat(t.rows().count("shares")).isZero();

    t.teams.press(
        ALICE, again, "sharewell.report_share", Map.of("network", "linkedin", "post_url", ""));
    assertThat(last(ALICE).method()).isEqualTo("PUT");
    assertThat(last(ALICE).text()).contains("You earned 10 points");
  }

  @Test
  void personalise_asks_a_question_and_answers_with_share_links_carrying_the_text() {
    String id = addItem("Launch", "https://example.com/launch");
    FakeConnector.Call digest = digestFor(ALICE);

    t.teams.press(ALICE, digest, "sharewell.personalise", Map.of());
    FakeConnector.Call form = last(ALICE);
    assertThat(form.method()).isEqualTo("POST");
    assertThat(form.text())
        .contains("Make it yours", "?")
        .containsAnyOf("We launched!", "Big day for us.");
    assertThat(
            TeamsActivities.Cards.submitData(form.card(), "sharewell.personalise")
                .path("form")
                .isObject())
        .as("the form's submit, not the button")
        .isTrue();

    t.teams.press(
        ALICE, form, "sharewell.personalise", Map.of("draft", "I helped build this & it shows"));

    FakeConnector.Call ready = last(ALICE);
    assertThat(ready.method()).isEqualTo("PUT");
    assertThat(ready.text())
        .contains("Ready to share", "I helped build this & it shows")
        .contains(
            "https://x.com/intent/post?text=I%20helped%20build%20this%20%26%20it%20shows&url=https%3A%2F%2Fexample.com%2Flaunch");
    assertThat(TeamsActivities.Cards.inputIds(ready.card())).contains(id + ".network");
  }

  @Test
  void not_for_me_means_the_item_is_never_sent_to_that_member() {
    String id = addItem("Launch", "https://example.com/launch");
    t.teams.submit(
        ALICE,
        "card-1",
        new ObjectMapper()
            .createObjectNode()
            .put("action", "sharewell.not_for_me")
            .put("contentId", Long.parseLong(id)));
    assertThat(last(ALICE).text()).contains("will not be suggested");

    ask(ADMIN, "digest now");

    assertThat(last(ADMIN).text()).contains("to 1 member");
    assertThat(t.connector.proactive())
        .extracting(FakeConnector.Call::conversation)
        .doesNotContain(TeamsActivities.chatOf(ALICE));
  }

  @Test
  void a_flagged_comment_reaches_comms_in_their_chat_with_user_text_escaped() {
    t.teams.sayMentioning(ADMIN, "role comms", CARLA);
    t.teams.say(CARLA, "help");
    FakeConnector.Call card = ask(ALICE, "flag");
    assertThat(card.text()).contains("Flag a comment", "sharewell.flag");

    t.teams.press(
        ALICE,
        card,
        "sharewell.flag",
        Map.of(
            "link", "https://social.example/post/1#c2",
            "note", "Look [here](https://evil.example) **now** <at>Everyone</at>"));

    assertThat(last(ALICE).text()).contains("Sent to the comms team");
    FakeConnector.Call flag = last(CARLA);
    assertThat(flag.activityId()).isNull();
    String shown = flag.text();
    assertThat(shown)
        .contains("Alice flagged a critical comment", "https://social.example/post/1#c2");
    assertThat(shown)
        .contains("\\[here\\](https://evil.example) \\*\\*now\\*\\* \\<at\\>Everyone\\</at\\>")
        .doesNotContain("[here](", "**now**", "<at>");
  }

  @Test
  void a_flag_without_a_link_is_refused_on_the_link_field() {
    t.teams.press(ALICE, ask(ALICE, "flag"), "sharewell.flag", Map.of("note", "help"));
    assertThat(after(last(ALICE).card(), "link").path("color").asText()).isEqualTo("Attention");
  }

  @Test
  void a_card_that_can_no_longer_be_updated_is_answered_with_a_new_message() {
    FakeConnector.Call card = ask(ALICE, "settings");
    t.connector.refuseUpdates(TeamsActivities.chatOf(ALICE));

    Map<String, Object> values = new HashMap<>(Map.of("networks", "linkedin", "cadence", "weekly"));
    t.teams.press(ALICE, card, "sharewell.settings", values);

    assertThat(last(ALICE).method()).isEqualTo("POST");
    assertThat(last(ALICE).text()).contains("Your settings are saved");
  }

  @Test
  void a_submission_that_is_not_from_a_sharewell_card_is_answered_politely() {
    t.teams.submit(ALICE, "card-1", new ObjectMapper().createObjectNode().put("choice", "yes"));
    assertThat(last(ALICE).text()).contains("That button is not known");
  }
}
