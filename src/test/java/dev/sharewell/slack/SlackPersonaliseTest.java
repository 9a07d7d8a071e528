package dev.sharewell.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.SlackRequests.Choice;
import dev.sharewell.testing.SlackTestApp;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 6 over HTTP: different prompts and captions for colleagues, the too-close note, the bonus.
 */
class SlackPersonaliseTest {
  static final String CAPTION_A =
      "Proud to share what our team launched this week with all of you.";
  static final String CAPTION_B =
      "Big news from our team: the product we worked on all year is out.";

  @RegisterExtension
  final SlackTestApp t =
      SlackTestApp.extension().withEnv("SHAREWELL_SLACK_MESSAGES_PER_MINUTE", "6000");

  private String item;

  @BeforeEach
  void start() {
    item = t.addContent("Launch", "https://example.com/launch", CAPTION_A + "\n" + CAPTION_B);
  }

  @Test
  void ten_colleagues_get_at_least_five_different_prompts_and_both_caption_variants() {
    for (int i = 0; i < 10; i++) {
      t.requests.command("U" + i, "join");
    }
    t.requests.command(SlackTestApp.ADMIN, "digest now");

    Set<String> prompts = new HashSet<>();
    Set<String> xLinks = new HashSet<>();
    for (int i = 0; i < 10; i++) {
      JsonNode digest = t.slack.postsTo("U" + i).get(0).json("blocks");
      for (JsonNode block : digest) {
        if (block.path("type").asText().equals("context")) {
          prompts.add(block.path("elements").get(0).path("text").asText());
        }
        for (JsonNode element : block.path("elements")) {
          if (element.path("url").asText().startsWith("https://x.com/intent/post")) {
            xLinks.add(element.path("url").asText());
          }
        }
      }
    }
    assertThat(prompts.stream().filter(p -> p.startsWith("To make it yours")))
        .hasSizeGreaterThanOrEqualTo(5);
    assertThat(xLinks).hasSize(2);
  }

  @Test
  void the_suggested_caption_unchanged_brings_the_note_and_an_own_text_brings_the_links() {
    t.requests.command("UALICE", "join");

    Http.Response copied =
        t.requests.submit(
            "UALICE", "sharewell.personalise", item, Map.of("draft", CAPTION_A + " 🎉 #launch"));
    assertThat(copied.json().get("response_action").asText()).isEqualTo("update");
    String note = FakeSlack.text(copied.json());
    assertThat(note)
        .contains("very close to the suggested text")
        .contains("go_ahead")
        .contains("?");

    Http.Response anyway =
        t.requests.submit(
            "UALICE",
            "sharewell.personalise",
            item,
            Map.of("draft", CAPTION_A, "go_ahead", List.of("yes")));
    assertThat(FakeSlack.text(anyway.json())).contains("Ready to share");

    Http.Response own =
        t.requests.submit(
            "UALICE",
            "sharewell.personalise",
            item,
            Map.of(
                "draft",
                "I spent a year on this with five colleagues and learned how much users care about speed."));
    String ready = FakeSlack.text(own.json());
    assertThat(ready)
        .contains("Ready to share")
        .contains("https://x.com/intent/post?text=I%20spent%20a%20year");
  }

  @Test
  void an_own_text_earns_the_bonus_and_the_suggested_text_does_not() {
    t.requests.command("UALICE", "join");
    t.requests.command("UBOB", "join");

    Http.Response own =
        t.requests.submit(
            "UALICE",
            "sharewell.report_share",
            item,
            Map.of(
                "network",
                new Choice("linkedin"),
                "text",
                "What I learned building this: users care about speed."));
    Http.Response suggested =
        t.requests.submit(
            "UBOB",
            "sharewell.report_share",
            item,
            Map.of("network", new Choice("linkedin"), "text", CAPTION_B));

    assertThat(FakeSlack.text(own.json())).contains("You earned 15 points");
    assertThat(FakeSlack.text(suggested.json()))
        .contains("You earned 10 points")
        .contains("5 points more");
    Map<String, Object> bob =
        t.db
            .jdbi()
            .withHandle(
                h ->
                    h.select(
                            "SELECT personalised, closeness FROM shares s JOIN members m ON m.id = s.member_id WHERE m.user_id = 'UBOB'")
                        .mapToMap()
                        .one());
    assertThat(bob.get("personalised")).isEqualTo(false);
    assertThat(((Number) bob.get("closeness")).doubleValue()).isGreaterThan(0.5);
  }
}
