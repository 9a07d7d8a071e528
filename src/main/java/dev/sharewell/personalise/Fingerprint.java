package dev.sharewell.personalise;

/**
 * What the rule keeps of a text: how many words it has after normalisation and the sorted, distinct
 * hashes of its word shingles.
 */
record Fingerprint(int words, long[] shingles) {
  /** Long enough to judge: shorter texts are never too close, and never held as references. */
  boolean judged() {
    return words >= NearDuplicateRule.MIN_WORDS;
  }
}
