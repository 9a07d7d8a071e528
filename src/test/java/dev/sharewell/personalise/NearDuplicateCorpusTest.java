package dev.sharewell.personalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The acceptance of issue 6: precision and recall of "too close" on the labelled corpus. */
class NearDuplicateCorpusTest {
  private static final List<String> REQUIRED_CATEGORIES =
      List.of(
          "identical",
          "formatting",
          "url",
          "word_swapped",
          "reordered",
          "sentence_added",
          "own_text_title",
          "translation",
          "too_short");

  private final List<LabelledPair> corpus = LabelledPair.corpus();
  private final NearDuplicateRule rule = NearDuplicateRule.standard();

  @Test
  void the_corpus_has_sixty_pairs_twenty_danish_and_every_category_in_both_languages() {
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(60);
    assertThat(corpus.stream().filter(p -> p.candidateLanguage().equals("da")))
        .hasSizeGreaterThanOrEqualTo(20);
    Map<String, List<String>> languagesByCategory =
        corpus.stream()
            .collect(
                Collectors.groupingBy(
                    LabelledPair::category,
                    Collectors.mapping(LabelledPair::candidateLanguage, Collectors.toList())));
    for (String category : REQUIRED_CATEGORIES) {
      assertThat(languagesByCategory.get(category)).as(category).contains("en", "da");
    }
    assertThat(corpus).extracting(LabelledPair::tooClose).contains(true, false);
  }

  @Test
  void precision_and_recall_of_too_close_over_the_whole_corpus_are_at_least_095() {
    Confusion all = Confusion.of(corpus, this::predicted);
    System.out.printf(
        "near-duplicate corpus: %d pairs, threshold %.2f: precision %.3f, recall %.3f%n",
        corpus.size(), rule.threshold(), all.precision(), all.recall());
    for (String language : List.of("en", "da")) {
      Confusion c =
          Confusion.of(
              corpus.stream().filter(p -> p.candidateLanguage().equals(language)).toList(),
              this::predicted);
      System.out.printf("  %s: precision %.3f, recall %.3f%n", language, c.precision(), c.recall());
    }
    Map<String, Integer> wrongByCategory = new TreeMap<>();
    for (LabelledPair pair : corpus) {
      if (predicted(pair) != pair.tooClose()) {
        wrongByCategory.merge(pair.category(), 1, Integer::sum);
        System.out.printf(
            "  wrong (line %d, %s, closeness %.2f): %s%n",
            pair.line(),
            pair.category(),
            rule.closeness(pair.candidate(), pair.reference()),
            pair.candidate());
      }
    }
    assertThat(all.precision())
        .as("precision, wrong: %s", wrongByCategory)
        .isGreaterThanOrEqualTo(0.95);
    assertThat(all.recall()).as("recall, wrong: %s", wrongByCategory).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void too_short_pairs_are_never_too_close_whatever_the_threshold() {
    NearDuplicateRule strictest = NearDuplicateRule.withThreshold(Double.MIN_VALUE);
    assertThat(corpus.stream().filter(p -> p.category().equals("too_short")))
        .allSatisfy(p -> assertThat(strictest.tooClose(p.candidate(), p.reference())).isFalse());
  }

  private boolean predicted(LabelledPair pair) {
    return rule.tooClose(pair.candidate(), pair.reference());
  }
}
