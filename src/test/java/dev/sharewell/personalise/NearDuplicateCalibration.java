package dev.sharewell.personalise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints how the rule does on the corpus for each shingle size, hashtag handling and threshold:
 * precision, recall and the margin (lowest score of a too-close pair minus the highest score of a
 * pair that is not). The numbers behind the defaults in docs/personalise.md. Run with {@code
 * scripts/bench-java dev.sharewell.personalise.NearDuplicateCalibration}.
 */
public final class NearDuplicateCalibration {
  private static final double[] THRESHOLDS = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8};

  private NearDuplicateCalibration() {}

  public static void main(String[] args) {
    List<LabelledPair> corpus = LabelledPair.corpus();
    System.out.printf("corpus: %d pairs%n%n", corpus.size());
    System.out.print(
        "| words per shingle | hashtags | mean too close | mean not"
            + " | lowest too close | highest not |");
    for (double t : THRESHOLDS) {
      System.out.printf(" P/R at %.1f |", t);
    }
    System.out.println();
    for (int k = 1; k <= 3; k++) {
      for (TextNormalizer.Hashtags hashtags : TextNormalizer.Hashtags.values()) {
        row(corpus, k, hashtags);
      }
    }
    System.out.println();
    byCategory(corpus, NearDuplicateRule.standard());
  }

  /** Pairs, label and the range of closeness per category under {@code rule}. */
  private static void byCategory(List<LabelledPair> corpus, NearDuplicateRule rule) {
    Map<String, double[]> ranges = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Boolean> labels = new LinkedHashMap<>();
    for (LabelledPair pair : corpus) {
      double score = rule.closeness(pair.candidate(), pair.reference());
      double[] range = ranges.computeIfAbsent(pair.category(), c -> new double[] {1, 0});
      range[0] = Math.min(range[0], score);
      range[1] = Math.max(range[1], score);
      counts.merge(pair.category(), 1, Integer::sum);
      labels.put(pair.category(), pair.tooClose());
    }
    System.out.println("| category | pairs | too close | closeness |");
    ranges.forEach(
        (category, range) ->
            System.out.printf(
                "| %s | %d | %s | %.2f-%.2f |%n",
                category,
                counts.get(category),
                labels.get(category) ? "yes" : "no",
                range[0],
                range[1]));
  }

  private static void row(List<LabelledPair> corpus, int k, TextNormalizer.Hashtags hashtags) {
    NearDuplicateRule rule = new NearDuplicateRule(new TextNormalizer(hashtags), k, 0.5);
    double lowestPositive = 1;
    double highestNegative = 0;
    double sumPositive = 0;
    double sumNegative = 0;
    int positives = 0;
    double[] scores = new double[corpus.size()];
    for (int i = 0; i < corpus.size(); i++) {
      LabelledPair pair = corpus.get(i);
      scores[i] = rule.closeness(pair.candidate(), pair.reference());
      if (pair.tooClose()) {
        positives++;
        sumPositive += scores[i];
        lowestPositive = Math.min(lowestPositive, scores[i]);
      } else {
        sumNegative += scores[i];
        highestNegative = Math.max(highestNegative, scores[i]);
      }
    }
    System.out.printf(
        "| %d | %s | %.3f | %.3f | %.2f | %.2f |",
        k,
        hashtags.name().toLowerCase(Locale.ROOT),
        sumPositive / positives,
        sumNegative / (corpus.size() - positives),
        lowestPositive,
        highestNegative);
    for (double t : THRESHOLDS) {
      Confusion c = Confusion.of(corpus, p -> scores[corpus.indexOf(p)] >= t);
      System.out.printf(" %.2f / %.2f |", c.precision(), c.recall());
    }
    System.out.println();
  }
}
