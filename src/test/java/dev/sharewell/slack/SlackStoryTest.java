package dev.sharewell.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.SlackRequests.Choice;
import dev.sharewell.testing.SlackTestApp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole Slack story over HTTP: invite, join, add content, digest, share, stats, leaderboard.
 */
@ParameterizedClass
@MethodSource("dev.sharewell.testing.DbEngine#available")
class SlackStoryTest {
  @Parameter DbEngine engine;

  @RegisterExtension final SlackTestApp t = SlackTestApp.extension().on(() -> engine);

  @BeforeEach
  void start() {
    t.slack.user("UALICE", "Alice", "Europe/Copenhagen", "en-US");
    t.slack.user("UBOB", "Bob", "Europe/London", "en-GB");
    t.slack.user("UCOMMS", "Carla", "Europe/Copenhagen", "en-US");
  }

  @Test
  void invite_join_add_digest_share_stats_and_leaderboard() {
    // An admin invites two people.
    Http.Response invite =
        t.requests.command(SlackTestApp.ADMIN, "invite <@UALICE|alice> <@UBOB|bob>");
    assertThat(invite.status()).isEqualTo(200);
    assertThat(invite.body()).contains("Inviting 2 people");
    JsonNode invitation = t.slack.postsTo("UALICE").get(0).json("blocks");
    assertThat(FakeSlack.text(invitation)).contains("sharewell.join", "sharewell.decline");
    assertThat(t.slack.postsTo("UBOB")).hasSize(1);
    assertThat(t.slack.postsTo(SlackTestApp.ADMIN).get(0).param("text"))
        .contains("Newly invited: 2");

    // Alice joins; Bob does nothing.
    assertThat(t.requests.click("UALICE", "sharewell.join", "").status()).isEqualTo(200);
    assertThat(FakeSlack.text(t.slack.responses().get(0))).contains("Welcome to Sharewell");

    // The admin makes Carla comms; Carla adds an item through the modal.
    assertThat(t.requests.command(SlackTestApp.ADMIN, "role <@UCOMMS|carla> comms").body())
        .contains("comms role");
    assertThat(t.requests.command("UCOMMS", "add https://example.com/launch").status())
        .isEqualTo(200);
    JsonNode addForm = t.slack.calls("views.open").get(0).json("view");
    assertThat(addForm.get("callback_id").asText()).isEqualTo("sharewell.add_content");
    assertThat(FakeSlack.text(addForm)).contains("https://example.com/launch");
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("title", "We launched Sharewell");
    item.put("url", "https://example.com/launch");
    item.put("summary", "An employee advocacy bot that respects people.");
    item.put("kind", new Choice("news"));
    item.put("language", new Choice("en"));
    item.put("captions", "Proud of this launch!\nA bot that asks for your own words.");
    Http.Response added = t.requests.submit("UCOMMS", "sharewell.add_content", "", item);
    assertThat(added.json().get("response_action").asText()).isEqualTo("update");
    assertThat(FakeSlack.text(added.json())).contains("Added “We launched Sharewell”");

    // Digest now: Alice gets the item with its buttons; Bob, who did not join, gets nothing more.
    assertThat(t.requests.command("UCOMMS", "digest now").body()).contains("to 1 member");
    List<FakeSlack.Call> toAlice = t.slack.postsTo("UALICE");
    JsonNode digest = toAlice.get(toAlice.size() - 1).json("blocks");
    assertThat(FakeSlack.text(digest))
        .contains("https://example.com/launch")
        .contains("sharewell.shared", "sharewell.personalise", "sharewell.not_for_me")
        .contains(
            "https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fexample.com%2Flaunch");
    assertThat(t.slack.postsTo("UBOB")).hasSize(1);
    String contentId = valueOf(digest, "sharewell.shared");

    // Alice reports a LinkedIn share with her own text.
    t.requests.click("UALICE", "sharewell.shared", contentId);
    JsonNode reportForm = last(t.slack.calls("views.open")).json("view");
    assertThat(reportForm.get("callback_id").asText()).isEqualTo("sharewell.report_share");
    assertThat(reportForm.get("private_metadata").asText()).isEqualTo(contentId);
    Http.Response reported =
        t.requests.submit(
            "UALICE",
            "sharewell.report_share",
            contentId,
            Map.of(
                "network",
                new Choice("linkedin"),
                "text",
                "We built this to respect people’s own words."));
    assertThat(FakeSlack.text(reported.json())).contains("You earned 15 points");

    // Stats and leaderboard show it.
    String stats = FakeSlack.text(t.requests.command("UALICE", "stats").json());
    assertThat(stats).contains("*Shares*\n1").contains("*Points*\n15");
    String board = FakeSlack.text(t.requests.command("UBOB", "leaderboard").json());
    assertThat(board).contains("1. Alice: 15 points, 1 share").contains("1 of 1 members shared");
  }

  private static String valueOf(JsonNode blocks, String actionId) {
    for (JsonNode block : blocks) {
      for (JsonNode element : block.path("elements")) {
        if (actionId.equals(element.path("action_id").asText())) {
          return element.get("value").asText();
        }
      }
    }
    throw new AssertionError("no button " + actionId + " in " + blocks);
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }
}
