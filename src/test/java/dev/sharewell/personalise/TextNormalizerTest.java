package dev.sharewell.personalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  private final TextNormalizer normalizer = TextNormalizer.standard();

  private List<String> words(String text) {
    return normalizer.words(text);
  }

  @Test
  void words_are_lower_cased_without_punctuation_and_with_whitespace_collapsed() {
    assertThat(words("  Big   NEWS, today!!!\n\tWe did it... (really)  "))
        .containsExactly("big", "news", "today", "we", "did", "it", "really");
  }

  @Test
  void lower_casing_does_not_depend_on_the_default_locale() {
    // Under a Turkish default locale, "I".toLowerCase() would give a dotless ı.
    assertThat(words("IT INTERNSHIP")).containsExactly("it", "internship");
  }

  @Test
  void danish_letters_and_other_scripts_are_kept() {
    assertThat(words("Æbler, Øl og ÅBENT hus på Ærø"))
        .containsExactly("æbler", "øl", "og", "åbent", "hus", "på", "ærø");
    assertThat(words("Привет мир, नमस्ते दुनिया"))
        .containsExactly("привет", "мир", "नमस्ते", "दुनिया");
  }

  @Test
  void a_decomposed_aa_with_ring_is_the_same_word_as_the_composed_one() {
    assertThat(words("a\u030Abent")).isEqualTo(words("åbent"));
  }

  @Test
  void bold_letters_pasted_from_a_unicode_generator_read_as_plain_letters() {
    assertThat(words("\uD835\uDDDB\uD835\uDDF6\uD835\uDDFF\uD835\uDDF6\uD835\uDDFB\uD835\uDDF4"))
        .containsExactly("hiring");
  }

  @Test
  void digits_are_kept_as_words() {
    assertThat(words("50 år, 400 kolleger i 6 lande"))
        .containsExactly("50", "år", "400", "kolleger", "i", "6", "lande");
  }

  @Test
  void links_with_a_scheme_with_www_or_as_a_bare_domain_with_a_path_are_removed() {
    assertThat(words("Read it https://blog.nordlys.dk/post?id=3&utm=x now"))
        .containsExactly("read", "it", "now");
    assertThat(words("Read it HTTP://Nordlys.dk now")).containsExactly("read", "it", "now");
    assertThat(words("Read it www.nordlys.dk/blog now")).containsExactly("read", "it", "now");
    assertThat(words("Read it lnkd.in/eXaMpLe now")).containsExactly("read", "it", "now");
    assertThat(words("Read it (https://nordlys.dk/a).")).containsExactly("read", "it");
  }

  @Test
  void mentions_and_email_addresses_are_removed() {
    assertThat(words("Thanks @anna.jensen and @Platform_Team! Questions: jobs@nordlys.dk"))
        .containsExactly("thanks", "and", "questions");
  }

  @Test
  void a_hashtag_inside_a_sentence_keeps_its_word_and_camel_case_is_split() {
    assertThat(words("We are #hiring in #Aarhus")).isEqualTo(words("We are hiring in Aarhus"));
    assertThat(words("#WeAreHiring for the #data_platform team"))
        .containsExactly("we", "are", "hiring", "for", "the", "data", "platform", "team");
  }

  @Test
  void the_closing_block_of_hashtags_is_dropped_with_emoji_and_punctuation_between() {
    assertThat(words("Proud of the team! 🎉 #proud #LifeAtNordlys, #hiring 🚀"))
        .containsExactly("proud", "of", "the", "team");
  }

  @Test
  void one_closing_hashtag_right_after_the_last_word_keeps_its_word() {
    assertThat(words("Proud to be part of #TeamNordlys"))
        .containsExactly("proud", "to", "be", "part", "of", "team", "nordlys");
    assertThat(words("Proud to be part of the team.\n#TeamNordlys"))
        .containsExactly("proud", "to", "be", "part", "of", "the", "team");
    assertThat(words("Proud to be part of the team #proud #TeamNordlys"))
        .containsExactly("proud", "to", "be", "part", "of", "the", "team");
  }

  @Test
  void a_text_of_hashtags_only_has_no_words() {
    assertThat(words("#hiring #jobs #aarhus")).isEmpty();
  }

  @Test
  void emoji_of_every_kind_are_removed_without_joining_the_words_around_them() {
    assertThat(words("great❤️news 👩🏽‍💻 team 🇩🇰 1️⃣ first"))
        .containsExactly("great", "news", "team", "1", "first");
  }

  @Test
  void symbols_dashes_and_quotes_separate_words() {
    assertThat(words("four-day week → «better» • 100% & more"))
        .containsExactly("four", "day", "week", "better", "100", "more");
  }

  @Test
  void an_apostrophe_inside_a_word_does_not_split_it() {
    assertThat(words("We're proud of Nordlys’ team"))
        .containsExactly("were", "proud", "of", "nordlys", "team");
  }

  @Test
  void blank_and_missing_texts_have_no_words() {
    assertThat(words(null)).isEmpty();
    assertThat(words(" \n ")).isEmpty();
    assertThat(words("🎉🎉 !!! https://nordlys.dk")).isEmpty();
  }

  @Test
  void the_three_hashtag_policies_differ_only_in_hashtags() {
    String text = "We are #hiring engineers #jobs #aarhus";
    assertThat(new TextNormalizer(TextNormalizer.Hashtags.KEEP_ALL).words(text))
        .containsExactly("we", "are", "hiring", "engineers", "jobs", "aarhus");
    assertThat(new TextNormalizer(TextNormalizer.Hashtags.DROP_ALL).words(text))
        .containsExactly("we", "are", "engineers");
    assertThat(normalizer.words(text)).containsExactly("we", "are", "hiring", "engineers");
  }
}
