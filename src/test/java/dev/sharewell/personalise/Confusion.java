package dev.sharewell.personalise;

import java.util.List;
import java.util.function.Predicate;

/** Counts of a yes/no rule against labels, with precision and recall of "too close". */
record Confusion(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

  static Confusion of(List<LabelledPair> pairs, Predicate<LabelledPair> predictsTooClose) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (LabelledPair pair : pairs) {
      boolean predicted = predictsTooClose.test(pair);
      if (predicted && pair.tooClose()) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (pair.tooClose()) {
        fn++;
      } else {
        tn++;
      }
    }
    return new Confusion(tp, fp, fn, tn);
  }

  /** Of the pairs flagged too close, the share that are; 1 when none is flagged. */
  double precision() {
    int flagged = truePositives + falsePositives;
    return flagged == 0 ? 1 : (double) truePositives / flagged;
  }

  /** Of the pairs that are too close, the share flagged; 1 when there are none. */
  double recall() {
    int actual = truePositives + falseNegatives;
    return actual == 0 ? 1 : (double) truePositives / actual;
  }
}
