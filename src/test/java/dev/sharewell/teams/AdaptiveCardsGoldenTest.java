package dev.sharewell.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sharewell.chat.Action;
import dev.sharewell.chat.ActionIds;
import dev.sharewell.chat.Block;
import dev.sharewell.chat.Form;
import dev.sharewell.chat.Input;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.Language;
import dev.sharewell.conversation.Greetings;
import dev.sharewell.leaderboard.LeaderboardMessage;
import dev.sharewell.testing.LeaderboardFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Adaptive Cards the renderers build, against golden JSON in {@code
 * src/test/resources/golden/teams}. After an intended change, run with {@code -Dgolden.update=true}
 * and review the diff of the files.
 */
class AdaptiveCardsGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/teams");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static void assertGolden(String name, JsonNode card) throws IOException {
    Path file = GOLDEN.resolve(name + ".json");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, JSON.writeValueAsString(card) + "\n");
    }
    assertThat(file).as("golden file (write it with -Dgolden.update=true)").exists();
    // Compared as parsed JSON, so a long and an int of the same value are equal.
    assertThat(JSON.readTree(JSON.writeValueAsString(card)))
        .isEqualTo(JSON.readTree(file.toFile()));
  }

  private static Form reportForm() {
    return new Form(
        ActionIds.REPORT_SHARE_FORM,
        "I shared it",
        "Record",
        Optional.of("42"),
        List.of(new Block.Paragraph("Thanks for sharing “Launch”! Where did you share it?")),
        List.of(
            new Input.Choice(
                "network",
                "Network",
                List.of(new Input.Option("linkedin", "LinkedIn"), new Input.Option("x", "X")),
                List.of("linkedin"),
                false,
                false),
            new Input.Text(
                "text",
                "The text you posted (optional)",
                Optional.empty(),
                Optional.empty(),
                true,
                3000,
                true)));
  }

  /** Every kind of input. */
  private static Form everyInput() {
    return new Form(
        "sharewell.example",
        "Every input",
        "Save",
        Optional.empty(),
        List.of(new Block.Note("A hint about the form")),
        List.of(
            new Input.Text(
                "title", "Title", Optional.of("Draft"), Optional.of("A title"), false, 150, false),
            new Input.Choice(
                "networks",
                "Networks",
                List.of(new Input.Option("linkedin", "LinkedIn"), new Input.Option("x", "X")),
                List.of("linkedin", "x"),
                true,
                false),
            new Input.Number("followers", "Followers", Optional.of(1200), 0, 100_000_000, true),
            new Input.Date("live_until", "Live until", Optional.empty(), true),
            new Input.Time("quiet_start", "Quiet hours start", Optional.of("22:00"), true)));
  }

  @Test
  void the_leaderboard_card_names_the_visible_counts_the_rest_and_has_a_leaders_section()
      throws IOException {
    assertGolden(
        "leaderboard",
        MessageCards.render(
            LeaderboardMessage.render(LeaderboardFixture.week(), Language.EN), Map.of()));
  }

  @Test
  void the_hello_on_installation_has_join_and_no_thanks() throws IOException {
    assertGolden("hello", MessageCards.render(Greetings.hello(Language.EN), Map.of()));
  }

  @Test
  void a_digest_item_has_share_links_its_buttons_and_the_report_form_inside() throws IOException {
    OutboundMessage digest =
        OutboundMessage.builder("Your Sharewell pick: 1 items")
            .heading("Your pick for this week")
            .paragraph("Share what you think your network will find interesting.")
            .add(new Block.Divider())
            .add(
                new Block.Item(
                    "Launch",
                    "https://example.com/launch?a=1&b=(2)",
                    "We launched.\nSecond line.",
                    Optional.of("To make it yours: What did you learn from this?"),
                    List.of(
                        new Action.Link(
                            "Share on LinkedIn",
                            "https://www.linkedin.com/sharing/share-offsite/?url=x"),
                        new Action.Button(
                            ActionIds.PERSONALISE, "Personalise", "42", Action.Style.DEFAULT),
                        new Action.Button(
                            ActionIds.SHARED, "I shared it", "42", Action.Style.PRIMARY),
                        new Action.Button(
                            ActionIds.NOT_FOR_ME, "Not for me", "42", Action.Style.DEFAULT))))
            .add(new Block.Divider())
            .note("“pause 2w” takes a break")
            .build();
    assertGolden("digest", MessageCards.render(digest, Map.of("42", reportForm())));
  }

  @Test
  void facts_become_a_fact_set() throws IOException {
    OutboundMessage stats =
        OutboundMessage.builder("You shared 1 times")
            .heading("Your Sharewell stats")
            .add(
                new Block.Facts(
                    List.of(new Block.Fact("Shares", "1"), new Block.Fact("Rank", "1 of 3"))))
            .build();
    assertGolden("stats", MessageCards.render(stats, Map.of()));
  }

  @Test
  void plain_text_cannot_become_markup() throws IOException {
    OutboundMessage message =
        OutboundMessage.builder("summary")
            .heading("# Not a heading")
            .paragraph(
                "[a link](https://evil.example) **bold** _it_ `code` <at>All</at> ~x~\n"
                    + "1. not a list\n- nor this\n\nafter a gap")
            .build();
    assertGolden("escaped", MessageCards.render(message, Map.of()));
  }

  @Test
  void a_form_has_every_kind_of_input_and_a_submit_naming_it() throws IOException {
    assertGolden("form", FormCards.render(everyInput(), FormCards.State.fresh()));
  }

  @Test
  void a_form_shown_again_keeps_the_values_and_names_each_field_in_error() throws IOException {
    FormCards.State state =
        new FormCards.State(
            Map.of("title", List.of(""), "networks", List.of("x"), "quiet_start", List.of("25:00")),
            Map.of("title", "Give the item a title.", "quiet_start", "Give a time like 09:30."),
            Optional.of("Something in what you sent is not right."));
    assertGolden("form-with-errors", FormCards.render(everyInput(), state));
  }
}
