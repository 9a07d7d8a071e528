package dev.sharewell.personalise;

import java.util.Arrays;

/**
 * Per-check tally of shared shingles per reference text, remembering which texts were touched so
 * the check looks only at those and not at every text of the item.
 */
final class OverlapCounter {
  private final int[] counts;
  private int[] touched = new int[64];
  private int touchedCount;

  OverlapCounter(int texts) {
    counts = new int[texts];
  }

  void count(int text) {
    if (counts[text]++ == 0) {
      if (touchedCount == touched.length) {
        touched = Arrays.copyOf(touched, touchedCount * 2);
      }
      touched[touchedCount++] = text;
    }
  }

  int touchedCount() {
    return touchedCount;
  }

  /** The {@code i}-th text that shares at least one shingle. */
  int touchedText(int i) {
    return touched[i];
  }

  int sharedShingles(int text) {
    return counts[text];
  }
}
