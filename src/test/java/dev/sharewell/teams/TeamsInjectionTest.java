package dev.sharewell.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharewell.testing.FakeConnector;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.TeamsActivities;
import dev.sharewell.testing.TeamsTestApp;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Text people typed (comms' titles and summaries, members' names) reaches others in Adaptive Card
 * text blocks with Teams' Markdown escaped: no link, image, heading or emphasis can be slipped into
 * a digest, the list or the leaderboard answered in a channel.
 */
class TeamsInjectionTest {
  private static final String ADMIN = TeamsTestApp.ADMIN;
  private static final String EVE = "29:eve";
  private static final String ALICE = "29:alice";
  private static final String TITLE = "[click](http://evil.test) *now*";
  private static final String SUMMARY = "![img](http://evil.test/x.png) <at>Boss</at>";
  private static final String NAME = "[Eve](http://evil.test) _boss_";

  /** Markdown a text block would turn into a link or an image: "[x](" not escaped. */
  private static final Pattern LINK = Pattern.compile("(?<!\\\\)\\[[^\\]]*(?<!\\\\)\\]\\(");

  @RegisterExtension final TeamsTestApp t = TeamsTestApp.extension();
  private String item;

  @BeforeEach
  void start() {
    item =
        t.addContent(
            Map.of("title", TITLE, "url", "https://example.com/launch", "summary", SUMMARY));
    assertThat(item).isNotNull();
    sayAsEve("join");
    t.teams.say(ALICE, "join");
  }

  /** Teams sends the name a person has with each activity: Eve's is hostile. */
  private void sayAsEve(String text) {
    ObjectNode activity = t.teams.personal(EVE, "message");
    activity.put("text", text).put("textFormat", "plain");
    ((ObjectNode) activity.get("from")).put("name", NAME);
    assertThat(t.teams.post(activity).status()).isEqualTo(202);
  }

  private FakeConnector.Call replyTo(String user, Http.Response response) {
    assertThat(response.status()).isEqualTo(202);
    return t.connector.last(TeamsActivities.chatOf(user));
  }

  /** Every text a card shows as Markdown: text blocks and fact values. */
  private static String markdown(JsonNode card) {
    StringBuilder out = new StringBuilder();
    card.findParents("type")
        .forEach(
            n -> {
              if ("TextBlock".equals(n.path("type").asText())) {
                out.append(n.path("text").asText()).append('\n');
              }
            });
    card.findValues("facts")
        .forEach(facts -> facts.forEach(f -> out.append(f.path("value").asText()).append('\n')));
    return out.toString();
  }

  private static void escaped(JsonNode card) {
    String shown = markdown(card);
    assertThat(shown).contains("\\[click\\](http://evil.test) \\*now\\*");
    assertThat(LINK.matcher(shown).find()).as("an unescaped link in: %s", shown).isFalse();
    assertThat(shown).doesNotContain("<at>", "*now*");
  }

  @Test
  void the_digest_and_the_list_show_comms_text_escaped() {
    t.teams.say(ADMIN, "digest now");
    escaped(t.connector.last(TeamsActivities.chatOf(EVE)).card());
    assertThat(markdown(t.connector.last(TeamsActivities.chatOf(EVE)).card()))
        .contains("!\\[img\\](http://evil.test/x.png) \\<at\\>Boss\\</at\\>");

    escaped(replyTo(ALICE, t.teams.say(ALICE, "list")).card());
  }

  @Test
  void the_leaderboard_in_a_channel_shows_names_escaped() {
    ObjectNode value = t.teams.personal(EVE, "message").objectNode();
    value.put("action", "sharewell.report_share").put("contentId", Long.parseLong(item));
    value.putObject("form");
    value.put("network", "linkedin");
    t.teams.submit(EVE, "card-1", value);
    sayAsEve("help");

    t.teams.inChannel(ALICE, "leaderboard");

    FakeConnector.Call board =
        t.connector.posts().stream()
            .filter(c -> c.conversation().startsWith(TeamsActivities.TEAM))
            .reduce((a, b) -> b)
            .orElseThrow();
    String shown = markdown(board.card());
    assertThat(shown).contains("\\[Eve\\](http://evil.test) \\_boss\\_");
    assertThat(LINK.matcher(shown).find()).as("an unescaped link in: %s", shown).isFalse();
  }
}
