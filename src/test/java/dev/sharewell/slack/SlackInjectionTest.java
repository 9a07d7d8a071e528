package dev.sharewell.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.SlackRequests.Choice;
import dev.sharewell.testing.SlackTestApp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Text people typed (comms' titles, summaries and captions, members' names) reaches others only
 * escaped for Slack's mrkdwn: no mention, broadcast or link can be slipped into a digest, the list,
 * the content stats or the leaderboard posted in a channel.
 */
class SlackInjectionTest {
  private static final String TITLE = "Launch <!channel> <@UADMIN>";
  private static final String SUMMARY = "Read <http://evil.test|this> & <!here> now";
  private static final String CAPTION = "Wow <!everyone> *really*";
  private static final String NAME = "<!here> Eve <http://evil.test|x>";
  private static final List<String> RAW =
      List.of("<!channel>", "<!here>", "<!everyone>", "<@UADMIN>", "<http://evil.test|");

  @RegisterExtension final SlackTestApp t = SlackTestApp.extension();
  private String item;

  @BeforeEach
  void start() {
    t.slack.user("UEVE", NAME, "Europe/Copenhagen", "en-US");
    t.requests.command(SlackTestApp.ADMIN, "join");
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("title", TITLE);
    values.put("url", "https://example.com/launch");
    values.put("summary", SUMMARY);
    values.put("kind", new Choice("news"));
    values.put("captions", CAPTION);
    item = t.addContent(values);
    sayAsEve("join");
  }

  /** Slack sends the name a person chose with each command: Eve chose a hostile one. */
  private void sayAsEve(String text) {
    String command =
        "team_id="
            + FakeSlack.TEAM
            + "&user_id=UEVE&user_name="
            + URLEncoder.encode(NAME, StandardCharsets.UTF_8)
            + "&command=%2Fsharewell&text="
            + text
            + "&channel_id=C0GENERAL&trigger_id=t1&response_url="
            + URLEncoder.encode(t.slack.responseUrl("eve"), StandardCharsets.UTF_8);
    assertThat(t.requests.signed("application/x-www-form-urlencoded", command).status())
        .isEqualTo(200);
  }

  /** The mrkdwn of a message (its plain_text parts are never read as markup) is escaped. */
  private static void escaped(JsonNode message) {
    assertThat(mrkdwn(message))
        .contains("&lt;!channel&gt;")
        .doesNotContain(RAW.toArray(String[]::new));
  }

  @Test
  void the_digest_and_the_list_show_comms_text_escaped() {
    assertThat(t.requests.command(SlackTestApp.ADMIN, "digest now").status()).isEqualTo(200);
    List<FakeSlack.Call> toEve = t.slack.postsTo("UEVE");
    FakeSlack.Call digest = toEve.get(toEve.size() - 1);
    escaped(digest.json("blocks"));
    assertThat(mrkdwn(digest.json("blocks"))).contains("&lt;!here&gt;", "&amp;");
    assertThat(digest.param("text")).doesNotContain(RAW.toArray(String[]::new));

    escaped(t.requests.command("UEVE", "list").json());
  }

  @Test
  void the_leaderboard_posted_in_a_channel_shows_names_escaped() {
    t.requests.submit("UEVE", "sharewell.report_share", item, Map.of("network", new Choice("x")));
    sayAsEve("help");
    t.requests.command(SlackTestApp.ADMIN, "leaderboard here");
    assertThat(FakeSlack.text(t.requests.command(SlackTestApp.ADMIN, "leaderboard post").json()))
        .contains("Posted");

    FakeSlack.Call post = t.slack.postsTo("C0GENERAL").get(0);
    assertThat(mrkdwn(post.json("blocks")) + post.param("text"))
        .contains("&lt;!here&gt; Eve")
        .doesNotContain(RAW.toArray(String[]::new));
  }

  @Test
  void content_stats_show_titles_escaped() {
    t.requests.command(SlackTestApp.ADMIN, "digest now");

    Http.Response stats = t.requests.command(SlackTestApp.ADMIN, "stats content");

    assertThat(stats.status()).isEqualTo(200);
    assertThat(FakeSlack.text(stats.json())).contains("Launch");
    assertThat(mrkdwn(stats.json())).doesNotContain(RAW.toArray(String[]::new));
  }

  @Test
  void the_personalise_form_shows_the_suggested_text_and_title_without_live_mentions() {
    t.requests.click("UEVE", "sharewell.personalise", item);

    List<FakeSlack.Call> opened = t.slack.calls("views.open");
    JsonNode form = opened.get(opened.size() - 1).json("view");
    // Modal titles, labels and inputs are plain_text, never read as mrkdwn: only the mrkdwn
    // sections need escaping, and they must have it.
    String mrkdwn = mrkdwn(form);
    assertThat(mrkdwn).contains("&lt;!channel&gt;").doesNotContain(RAW.toArray(String[]::new));
  }

  private static String mrkdwn(JsonNode node) {
    StringBuilder out = new StringBuilder();
    node.findParents("type")
        .forEach(
            n -> {
              if ("mrkdwn".equals(n.path("type").asText())) {
                out.append(n.path("text").asText()).append('\n');
              }
            });
    return out.toString();
  }
}
