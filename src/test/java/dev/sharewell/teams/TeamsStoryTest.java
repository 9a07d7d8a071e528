package dev.sharewell.teams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.FakeConnector;
import dev.sharewell.testing.TeamsActivities;
import dev.sharewell.testing.TeamsTestApp;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole story on Teams, as on Slack: invite, join, add content, digest, share, stats,
 * leaderboard.
 */
@ParameterizedClass
@MethodSource("dev.sharewell.testing.DbEngine#available")
class TeamsStoryTest {
  private static final String ALICE = "29:alice";
  private static final String BOB = "29:bob";
  private static final String CARLA = "29:carla";

  @Parameter DbEngine engine;

  @RegisterExtension final TeamsTestApp t = TeamsTestApp.extension().on(() -> engine);

  private FakeConnector.Call answer(String user, String text) {
    assertThat(t.teams.say(user, text).status()).isEqualTo(202);
    return t.connector.last(TeamsActivities.chatOf(user));
  }

  @Test
  void invite_join_add_digest_share_stats_and_leaderboard() {
    // An admin invites two people; each gets an invitation in a new personal chat.
    t.teams.sayMentioning(TeamsTestApp.ADMIN, "invite", ALICE, BOB);
    FakeConnector.Call invitation = t.connector.last("a:chat-with-" + ALICE);
    assertThat(invitation.text())
        .contains("You are invited", "sharewell.join", "sharewell.decline");
    assertThat(t.connector.last("a:chat-with-" + BOB).text()).contains("You are invited");

    // Alice joins with the button; Bob does nothing.
    t.teams.press(ALICE, invitation, "sharewell.join", Map.of());
    assertThat(t.connector.last(TeamsActivities.chatOf(ALICE)).text())
        .contains("Welcome to Sharewell");

    // The admin makes Carla comms; Carla adds an item through the card.
    t.teams.sayMentioning(TeamsTestApp.ADMIN, "role comms", CARLA);
    FakeConnector.Call addCard = answer(CARLA, "add https://example.com/launch");
    assertThat(addCard.text()).contains("https://example.com/launch");
    t.teams.press(
        CARLA,
        addCard,
        "sharewell.add_content",
        Map.of(
            "title", "We launched Sharewell",
            "url", "https://example.com/launch",
            "summary", "An employee advocacy bot that respects people.",
            "kind", "news",
            "language", "en",
            "captions", "Proud of this launch!\nA bot that asks for your own words."));
    assertThat(t.connector.last(TeamsActivities.chatOf(CARLA)).text())
        .contains("Added “We launched Sharewell”");

    // Digest now: Alice gets the item with its buttons; Bob, who did not join, gets nothing.
    assertThat(answer(CARLA, "digest now").text()).contains("to 1 member");
    FakeConnector.Call digest = t.connector.last(TeamsActivities.chatOf(ALICE));
    assertThat(digest.text())
        .contains("We launched Sharewell", "An employee advocacy bot")
        .contains(
            "https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fexample.com%2Flaunch")
        .contains("sharewell.personalise", "sharewell.report_share", "sharewell.not_for_me");
    assertThat(t.connector.postsTo(TeamsActivities.chatOf(BOB))).isEmpty();
    String id =
        TeamsActivities.Cards.submitData(digest.card(), "sharewell.report_share")
            .get("contentId")
            .asText();

    // Alice reports a LinkedIn share with her own text, right on the digest.
    t.teams.press(
        ALICE,
        digest,
        "sharewell.report_share",
        Map.of(
            id + ".network",
            "linkedin",
            id + ".text",
            "We built this to respect people’s own words."));
    assertThat(t.connector.last(TeamsActivities.chatOf(ALICE)).text())
        .contains("You earned 15 points");

    // Stats and the leaderboard show it.
    assertThat(answer(ALICE, "stats").text()).contains("Shares\n1", "Points\n15");
    assertThat(answer(BOB, "leaderboard").text())
        .contains("1\\. Alice: 15 points, 1 share", "1 of 1 members shared");
  }
}
