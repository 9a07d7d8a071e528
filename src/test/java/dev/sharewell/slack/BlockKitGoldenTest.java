package dev.sharewell.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.slack.api.util.json.GsonFactory;
import dev.sharewell.chat.Action;
import dev.sharewell.chat.Block;
import dev.sharewell.chat.Form;
import dev.sharewell.chat.Input;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.Language;
import dev.sharewell.leaderboard.LeaderboardMessage;
import dev.sharewell.testing.LeaderboardFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Block Kit rendering against golden JSON files in src/test/resources/golden/slack. */
class BlockKitGoldenTest {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static OutboundMessage digest() {
    return OutboundMessage.builder("Your Sharewell pick: 1 items")
        .heading("Your pick for this week")
        .paragraph("Share what you think your network will find interesting.")
        .add(new Block.Divider())
        .add(
            new Block.Item(
                "We <3 open source & you",
                "https://example.com/blog?id=1&ref=a|b",
                "Summary with *stars* and <!channel>",
                Optional.of("To make it yours: What did you learn?"),
                List.of(
                    new Action.Link(
                        "Share on LinkedIn",
                        "https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fexample.com"),
                    new Action.Button(
                        "sharewell.personalise", "Personalise", "7", Action.Style.DEFAULT),
                    new Action.Button("sharewell.shared", "I shared it", "7", Action.Style.PRIMARY),
                    new Action.Button(
                        "sharewell.not_for_me", "Not for me", "7", Action.Style.DEFAULT))))
        .add(
            new Block.Facts(List.of(new Block.Fact("Shares", "3"), new Block.Fact("Points", "30"))))
        .note("“pause 2w” takes a break")
        .build();
  }

  static Form settingsLikeForm() {
    return new Form(
        "sharewell.settings",
        "A title longer than twenty-four characters",
        "Save",
        Optional.of("42"),
        List.of(new Block.Paragraph("Choose what suits you.")),
        List.of(
            new Input.Choice(
                "networks",
                "Networks",
                List.of(new Input.Option("linkedin", "LinkedIn"), new Input.Option("x", "X")),
                List.of("x"),
                true,
                false),
            new Input.Choice(
                "cadence",
                "How often",
                List.of(new Input.Option("weekly", "Every week")),
                List.of("weekly"),
                false,
                false),
            new Input.Number(
                "followers_x", "Followers on X", Optional.of(250), 0, 100_000_000, true),
            new Input.Text(
                "draft",
                "Your text",
                Optional.of("Draft"),
                Optional.of("What did you learn?"),
                true,
                3000,
                false),
            new Input.Date("live_until", "Live until", Optional.empty(), true),
            new Input.Time("quiet_start", "Quiet from", Optional.of("22:00"), true)));
  }

  @Test
  void a_digest_item_renders_as_section_context_and_buttons_with_text_escaped() throws IOException {
    assertMatches("digest.json", GsonFactory.createSnakeCase().toJson(BlockKit.render(digest())));
  }

  @Test
  void a_form_renders_as_a_modal_whose_block_ids_are_the_input_ids() throws IOException {
    assertMatches(
        "form.json",
        GsonFactory.createSnakeCase().toJson(Modals.form(settingsLikeForm(), "Cancel")));
  }

  @Test
  void the_leaderboard_names_the_visible_counts_the_rest_and_has_a_leaders_section()
      throws IOException {
    assertMatches(
        "leaderboard.json",
        GsonFactory.createSnakeCase()
            .toJson(
                BlockKit.render(
                    LeaderboardMessage.render(LeaderboardFixture.week(), Language.EN))));
  }

  /** Run with -Dgolden.update=true to rewrite the golden files from the current output. */
  private static void assertMatches(String golden, String actualJson) throws IOException {
    JsonNode actual = JSON.readTree(actualJson);
    if (Boolean.getBoolean("golden.update")) {
      java.nio.file.Path file = java.nio.file.Path.of("src/test/resources/golden/slack", golden);
      java.nio.file.Files.writeString(file, JSON.writeValueAsString(actual) + "\n");
    }
    try (InputStream in = BlockKitGoldenTest.class.getResourceAsStream("/golden/slack/" + golden)) {
      assertThat(in).as("golden file " + golden).isNotNull();
      JsonNode expected = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      assertThat(JSON.writeValueAsString(actual)).isEqualTo(JSON.writeValueAsString(expected));
    }
  }
}
