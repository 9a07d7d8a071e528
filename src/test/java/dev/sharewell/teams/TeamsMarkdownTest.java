package dev.sharewell.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TeamsMarkdownTest {
  @Test
  void markup_characters_are_escaped_and_plain_text_is_left_alone() {
    assertThat(TeamsMarkdown.escape("Plain words, 10 points: fine!"))
        .isEqualTo("Plain words, 10 points: fine!");
    assertThat(TeamsMarkdown.escape("*a* _b_ [c](d) <e> `f` ~g~ \\"))
        .isEqualTo("\\*a\\* \\_b\\_ \\[c\\](d) \\<e\\> \\`f\\` \\~g\\~ \\\\");
  }

  @Test
  void what_would_start_a_list_or_a_heading_at_the_start_of_a_line_is_escaped() {
    assertThat(TeamsMarkdown.escape("1. Alice: 10 points")).isEqualTo("1\\. Alice: 10 points");
    assertThat(TeamsMarkdown.escape("  - item")).isEqualTo("  \\- item");
    assertThat(TeamsMarkdown.escape("# title")).isEqualTo("\\# title");
    assertThat(TeamsMarkdown.escape("+ more")).isEqualTo("\\+ more");
    assertThat(TeamsMarkdown.escape("Version 1.5 - fine")).isEqualTo("Version 1.5 - fine");
  }

  @Test
  void a_link_has_its_text_escaped_and_only_web_urls_become_links() {
    assertThat(TeamsMarkdown.link("A [b]", "https://example.com/x (1)"))
        .isEqualTo("[A \\[b\\]](https://example.com/x%20%281%29)");
    assertThat(TeamsMarkdown.link("Click", "javascript:alert(1)")).isEqualTo("Click");
  }
}
