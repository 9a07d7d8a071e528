package dev.sharewell.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UtmTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://a.example/p|https://a.example/p?utm_source=x&utm_medium=m&utm_campaign=c",
        "https://a.example/p?|https://a.example/p?utm_source=x&utm_medium=m&utm_campaign=c",
        "https://a.example/p?q=1&|https://a.example/p?q=1&utm_source=x&utm_medium=m&utm_campaign=c",
        "https://a.example/p#top|https://a.example/p?utm_source=x&utm_medium=m&utm_campaign=c#top",
        "https://a.example/p?q=1#t?u|https://a.example/p?q=1&utm_source=x&utm_medium=m"
            + "&utm_campaign=c#t?u",
        "https://a.example/p?UTM_Source=n|https://a.example/p?UTM_Source=n&utm_medium=m"
            + "&utm_campaign=c",
        "https://a.example/p?utm_source=n&utm_medium=o&utm_campaign=q|https://a.example/p"
            + "?utm_source=n&utm_medium=o&utm_campaign=q",
      })
  void parameters_are_added_after_the_query_and_before_the_fragment_never_twice(
      String url, String tagged) {
    assertThat(Utm.tag(url, "x", "m", "c")).isEqualTo(tagged);
  }

  @Test
  void values_are_encoded() {
    assertThat(Utm.tag("https://a.example/", "x", "a b&c", "d"))
        .isEqualTo("https://a.example/?utm_source=x&utm_medium=a+b%26c&utm_campaign=d");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "We launched: Sharewell!|we-launched-sharewell",
        "Ærø og Østerbro på én dag|aeroe-og-oesterbro-pa-en-dag",
        "  --Crème brûlée-- |creme-brulee",
        "日本語|item-7",
      })
  void a_title_becomes_a_short_ascii_slug(String title, String slug) {
    assertThat(Utm.slug(title, 7)).isEqualTo(slug);
  }

  @Test
  void a_long_title_is_cut_to_sixty_characters_without_a_trailing_hyphen() {
    String slug = Utm.slug("word ".repeat(40), 1);
    assertThat(slug).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-").startsWith("word-word");
  }
}
