package dev.sharewell.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.SlackRequests.Choice;
import dev.sharewell.testing.SlackTestApp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Modals: opened by commands and buttons, submitted with valid and invalid input. */
class SlackFormsTest {
  @RegisterExtension
  final SlackTestApp t = SlackTestApp.extension().withEnv("SHAREWELL_COMMS_CHANNEL", "CCOMMS");

  @BeforeEach
  void start() {
    t.requests.command(SlackTestApp.ADMIN, "join");
    t.requests.command("UBOB", "join");
  }

  private JsonNode lastOpenedView() {
    List<FakeSlack.Call> opened = t.slack.calls("views.open");
    return opened.get(opened.size() - 1).json("view");
  }

  @Test
  void invalid_content_comes_back_as_field_errors_and_nothing_is_stored() {
    Http.Response response =
        t.requests.submit(
            SlackTestApp.ADMIN,
            "sharewell.add_content",
            "",
            Map.of(
                "title",
                "",
                "url",
                "not a link",
                "kind",
                new Choice("podcast"),
                "live_until",
                "2020-01-01"));

    JsonNode json = response.json();
    assertThat(json.get("response_action").asText()).isEqualTo("errors");
    assertThat(json.get("errors").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("title", "url", "kind", "live_until");
    assertThat(json.get("errors").get("url").asText()).contains("https://");
    int items = t.rows().count("content_items");
    assertThat(items).isZero();
  }

  @Test
  void a_duplicate_live_url_is_refused_on_the_url_field() {
    t.addContent("First", "https://example.com/a");

    Http.Response again =
        t.requests.submit(
            SlackTestApp.ADMIN,
            "sharewell.add_content",
            "",
            Map.of("title", "Again", "url", "https://example.com/a"));

    assertThat(again.json().get("errors").get("url").asText()).contains("already live as “First”");
  }

  @Test
  void settings_open_with_current_choices_and_save_what_was_chosen() {
    t.requests.command("UBOB", "settings");
    JsonNode form = lastOpenedView();
    assertThat(form.get("callback_id").asText()).isEqualTo("sharewell.settings");
    assertThat(FakeSlack.text(form)).contains("Networks you share on", "Quiet hours start");

    Map<String, Object> values = new HashMap<>();
    values.put("networks", List.of("linkedin", "facebook"));
    values.put("followers_linkedin", "1200");
    values.put("cadence", new Choice("biweekly"));
    values.put("preferred_day", new Choice("TUE"));
    values.put("quiet_start", "22:00");
    values.put("quiet_end", "07:00");
    values.put("language", new Choice("da"));
    values.put("leaderboard", new Choice("hide"));
    Http.Response saved = t.requests.submit("UBOB", "sharewell.settings", "", values);

    // Bob has just chosen Danish, so the confirmation already speaks Danish.
    assertThat(FakeSlack.text(saved.json())).contains("Dine indstillinger er gemt");
    Map<String, Object> bob =
        t.db
            .jdbi()
            .withHandle(
                h ->
                    h.select(
                            "SELECT cadence, preferred_day, quiet_start_minute, language, leaderboard_visible FROM members WHERE user_id = 'UBOB'")
                        .mapToMap()
                        .one());
    assertThat(bob)
        .containsEntry("cadence", "BIWEEKLY")
        .containsEntry("preferred_day", "TUESDAY")
        .containsEntry("quiet_start_minute", 22 * 60)
        .containsEntry("language", "da")
        .containsEntry("leaderboard_visible", false);
  }

  @Test
  void settings_with_half_quiet_hours_or_no_network_are_refused_by_field() {
    Map<String, Object> values = new HashMap<>();
    values.put("networks", List.of());
    values.put("quiet_start", "22:00");
    Http.Response response = t.requests.submit("UBOB", "sharewell.settings", "", values);

    assertThat(response.json().get("response_action").asText()).isEqualTo("errors");
    assertThat(response.json().get("errors").has("quiet_end")).isTrue();
  }

  @Test
  void personalise_shows_a_prompt_and_a_caption_and_returns_share_links_with_the_text() {
    String id =
        t.addContent("Launch", "https://example.com/launch", "We launched!\nBig day for us.");

    t.requests.click("UBOB", "sharewell.personalise", id);
    JsonNode form = lastOpenedView();
    assertThat(form.get("callback_id").asText()).isEqualTo("sharewell.personalise");
    assertThat(form.get("private_metadata").asText()).isEqualTo(id);
    assertThat(FakeSlack.text(form)).containsAnyOf("We launched!", "Big day for us.").contains("?");

    Http.Response ready =
        t.requests.submit(
            "UBOB", "sharewell.personalise", id, Map.of("draft", "I helped build this & it shows"));
    String text = FakeSlack.text(ready.json());
    assertThat(text)
        .contains("I helped build this &amp; it shows")
        .contains(
            "https://x.com/intent/post?text=I%20helped%20build%20this%20%26%20it%20shows&url=https%3A%2F%2Fexample.com%2Flaunch");
  }

  @Test
  void not_for_me_means_the_item_is_never_sent_to_that_member() {
    String id = t.addContent("Launch", "https://example.com/launch");
    t.requests.click("UBOB", "sharewell.not_for_me", id);
    assertThat(FakeSlack.text(t.slack.responses().get(t.slack.responses().size() - 1)))
        .contains("will not be suggested");

    t.requests.command(SlackTestApp.ADMIN, "digest now");

    assertThat(t.slack.postsTo("UBOB")).isEmpty();
    assertThat(t.slack.postsTo(SlackTestApp.ADMIN)).hasSize(1);
  }

  @Test
  void a_report_with_a_bad_post_link_is_refused_and_a_second_report_earns_nothing() {
    String id = t.addContent("Launch", "https://example.com/launch");
    Http.Response bad =
        t.requests.submit(
            "UBOB",
            "sharewell.report_share",
            id,
            Map.of("network", new Choice("linkedin"), "post_url", "javascript:alert(1)"));
    assertThat(bad.json().get("errors").has("post_url")).isTrue();

    Http.Response first =
        t.requests.submit("UBOB", "sharewell.report_share", id, Map.of("network", new Choice("x")));
    Http.Response second =
        t.requests.submit("UBOB", "sharewell.report_share", id, Map.of("network", new Choice("x")));

    assertThat(FakeSlack.text(first.json())).contains("You earned 10 points");
    assertThat(FakeSlack.text(second.json())).contains("no new points (10 in total)");
  }

  @Test
  void a_flagged_comment_reaches_the_comms_channel_with_user_text_escaped() {
    t.requests.command("UBOB", "flag");
    assertThat(lastOpenedView().get("callback_id").asText()).isEqualTo("sharewell.flag");

    Http.Response done =
        t.requests.submit(
            "UBOB",
            "sharewell.flag",
            "",
            Map.of(
                "link",
                "https://social.example/post/1#c2",
                "note",
                "Harsh reply <!channel> from a customer"));

    assertThat(FakeSlack.text(done.json())).contains("Sent to the comms team");
    FakeSlack.Call post = t.slack.postsTo("CCOMMS").get(0);
    assertThat(FakeSlack.text(post.json("blocks")))
        .contains("https://social.example/post/1#c2")
        .contains("&lt;!channel&gt;")
        .doesNotContain("<!channel>");
  }

  @Test
  void a_flag_without_a_link_is_refused_on_the_link_field() {
    Http.Response response =
        t.requests.submit("UBOB", "sharewell.flag", "", Map.of("note", "help"));
    assertThat(response.json().get("errors").has("link")).isTrue();
    assertThat(t.slack.postsTo("CCOMMS")).isEmpty();
  }
}
