package dev.sharewell.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sharewell.chat.ActionIds;
import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.SlackTestApp;
import dev.sharewell.testing.TableCounts;
import dev.sharewell.testing.TeamsActivities;
import dev.sharewell.testing.TeamsTestApp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slack refuses a message whose button url is longer than 3,000 characters ({@link FakeSlack} does
 * too), and the X share link carries the suggested caption: a long caption must not cost anyone
 * their digest, on Slack or on Teams.
 */
class ShareLinkLengthTest {
  /** 3,000 characters: 1,500 emoji, each twelve characters once url-encoded. */
  private static final String CAPTION = "😀".repeat(1_500);

  /** Slack and Teams on one app. */
  @RegisterExtension
  final SlackTestApp t =
      SlackTestApp.extension()
          .withTeams()
          .withEnv("SHAREWELL_ADMINS", SlackTestApp.ADMIN_ID + "," + TeamsTestApp.ADMIN_ID);

  private Http.Response add(String url, String captions) {
    return t.requests.submit(
        SlackTestApp.ADMIN,
        ActionIds.ADD_CONTENT_FORM,
        "",
        Map.of("title", "Launch", "url", url, "captions", captions));
  }

  private static List<String> urls(JsonNode message) {
    return message.findValues("url").stream().map(JsonNode::asText).toList();
  }

  @Test
  void a_caption_of_three_thousand_emoji_characters_leaves_the_slack_digest_deliverable() {
    assertThat(add("https://example.com/launch", CAPTION).body()).doesNotContain("errors");
    t.requests.command("UEVE", "join");

    t.requests.command(SlackTestApp.ADMIN, "digest now");

    assertThat(t.slack.successfulPostsPerChannel()).containsKey("UEVE");
    List<FakeSlack.Call> toEve = t.slack.postsTo("UEVE");
    List<String> urls = urls(toEve.get(toEve.size() - 1).json("blocks"));
    assertThat(urls)
        .anySatisfy(
            url -> assertThat(url).startsWith("https://x.com/intent/post?text=%F0%9F%98%80"))
        .allSatisfy(url -> assertThat(url.length()).isLessThanOrEqualTo(FakeSlack.URL_MAX));
  }

  @Test
  void a_caption_of_three_thousand_emoji_characters_keeps_the_teams_link_within_the_same_bound() {
    add("https://example.com/launch", CAPTION);
    t.teams.say("29:eve", "join");

    t.teams.say(TeamsTestApp.ADMIN, "digest now");

    JsonNode card = t.connector.last(TeamsActivities.chatOf("29:eve")).card();
    List<String> urls =
        card.findParents("type").stream()
            .filter(n -> "Action.OpenUrl".equals(n.path("type").asText()))
            .map(n -> n.path("url").asText())
            .toList();
    assertThat(urls)
        .anySatisfy(
            url -> assertThat(url).startsWith("https://x.com/intent/post?text=%F0%9F%98%80"))
        .allSatisfy(url -> assertThat(url.length()).isLessThanOrEqualTo(3_000));
  }

  @Test
  void an_item_whose_share_links_could_not_fit_is_refused_when_it_is_added() {
    Http.Response response = add("https://example.com/" + "~".repeat(1_000), "");

    assertThat(response.json().path("response_action").asText()).isEqualTo("errors");
    assertThat(response.json().path("errors").path("url").asText()).contains("too long to share");
    assertThat(TableCounts.of(t.db.jdbi()))
        .containsEntry("content_items", 0)
        .containsEntry("audit_log", 0);
  }
}
