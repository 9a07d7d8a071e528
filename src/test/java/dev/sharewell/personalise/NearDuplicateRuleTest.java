package dev.sharewell.personalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NearDuplicateRuleTest {
  private static final String CAPTION =
      "Our data team just published a guide to testing machine learning pipelines. "
          + "It covers flaky data, slow fixtures and how we review model changes.";
  private static final String BILLEDTEKST =
      "Vores dataafdeling har skrevet en guide til at teste maskinlæring. "
          + "Den handler om ustabile data, langsomme tests og hvordan vi gennemgår ændringer.";

  private final NearDuplicateRule rule = NearDuplicateRule.standard();

  @Test
  void the_default_rule_compares_word_pairs_against_half_of_the_text() {
    assertThat(NearDuplicateRule.DEFAULT_SHINGLE_WORDS).isEqualTo(2);
    assertThat(rule.threshold()).isEqualTo(0.5);
    assertThat(NearDuplicateRule.MIN_WORDS).isEqualTo(5);
  }

  @Test
  void an_identical_text_is_too_close_with_closeness_one() {
    assertThat(rule.closeness(CAPTION, CAPTION)).isEqualTo(1.0);
    assertThat(rule.tooClose(BILLEDTEKST, BILLEDTEKST)).isTrue();
  }

  @Test
  void changed_case_punctuation_emoji_and_hashtags_do_not_change_closeness() {
    String restyled =
        "OUR DATA TEAM just published a guide to testing #MachineLearning pipelines 🚀🚀 "
            + "it covers flaky data; slow fixtures and how we review model changes!!! "
            + "#mlops #testing";
    assertThat(rule.closeness(restyled, CAPTION)).isEqualTo(1.0);
  }

  @Test
  void adding_or_removing_a_link_does_not_change_closeness() {
    assertThat(rule.closeness(CAPTION + " https://nordlys.dk/blog/ml-tests", CAPTION))
        .isEqualTo(1.0);
    assertThat(rule.closeness(BILLEDTEKST, BILLEDTEKST + " Læs: www.nordlys.dk/blog"))
        .isEqualTo(1.0);
  }

  @Test
  void one_swapped_word_is_still_too_close() {
    String swapped = CAPTION.replace("guide", "handbook");
    assertThat(rule.closeness(swapped, CAPTION)).isBetween(0.85, 0.95);
    assertThat(rule.tooClose(BILLEDTEKST.replace("ustabile", "skrøbelige"), BILLEDTEKST)).isTrue();
  }

  @Test
  void reordered_sentences_are_still_too_close() {
    String reordered =
        "It covers flaky data, slow fixtures and how we review model changes. "
            + "Our data team just published a guide to testing machine learning pipelines.";
    assertThat(rule.closeness(reordered, CAPTION)).isGreaterThan(0.9);
  }

  @Test
  void the_suggested_text_with_a_short_sentence_in_front_or_behind_is_too_close() {
    assertThat(rule.tooClose("Worth your time! " + CAPTION, CAPTION)).isTrue();
    assertThat(rule.tooClose(CAPTION + " Thanks to everyone who helped.", CAPTION)).isTrue();
    assertThat(rule.tooClose(BILLEDTEKST + " Del den gerne med dit team.", BILLEDTEKST)).isTrue();
  }

  @Test
  void an_own_text_that_mentions_the_title_is_not_too_close() {
    String own =
        "I spent a week fighting a flaky pipeline last month, so I am glad our data team wrote "
            + "down what they learned. The guide to testing machine learning pipelines is short "
            + "and practical.";
    assertThat(rule.closeness(own, CAPTION)).isLessThan(0.3);
    assertThat(rule.tooClose(own, CAPTION)).isFalse();
  }

  @Test
  void a_translation_is_not_too_close_in_either_direction() {
    String translated =
        "Our data department has written a guide to testing machine learning. It is about "
            + "unstable data, slow tests and how we review changes.";
    assertThat(rule.tooClose(translated, BILLEDTEKST)).isFalse();
    assertThat(rule.tooClose(BILLEDTEKST, CAPTION)).isFalse();
  }

  @Test
  void a_text_of_fewer_than_five_words_is_never_too_close() {
    assertThat(rule.judges("Great guide, go read")).isFalse();
    assertThat(rule.closeness("Great guide, go read", "Great guide, go read")).isZero();
    assertThat(rule.tooClose("Our data team 🚀 #mlops https://nordlys.dk", CAPTION)).isFalse();
  }

  @Test
  void a_text_of_exactly_five_words_is_judged() {
    assertThat(rule.judges("Great guide, go read it")).isTrue();
    assertThat(rule.tooClose("Great guide, go read it", "Great guide, go read it!")).isTrue();
  }

  @Test
  void a_reference_of_fewer_than_five_words_matches_nothing() {
    assertThat(rule.closeness("We are hiring engineers in Aarhus", "We are hiring!")).isZero();
  }

  @Test
  void closeness_measures_how_much_of_the_candidate_is_copied_not_of_the_reference() {
    String firstSentence =
        "Our data team just published a guide to testing machine learning pipelines.";
    assertThat(rule.closeness(firstSentence, CAPTION)).isEqualTo(1.0);
    assertThat(rule.closeness(CAPTION, firstSentence)).isLessThan(0.5);
  }

  @Test
  void a_stricter_threshold_can_be_chosen_but_not_an_impossible_one() {
    String swapped = CAPTION.replace("guide", "handbook");
    assertThat(NearDuplicateRule.withThreshold(0.95).tooClose(swapped, CAPTION)).isFalse();
    assertThatThrownBy(() -> NearDuplicateRule.withThreshold(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NearDuplicateRule.withThreshold(1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
