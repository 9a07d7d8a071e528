package dev.sharewell.personalise;

/**
 * The near-duplicate rule of docs/personalise.md. A candidate text is too close to a reference text
 * when most of it is copied: the share of the candidate's word pairs (two consecutive words, after
 * {@link TextNormalizer normalisation}) that also occur in the reference is at least the threshold.
 * Texts of fewer than {@link #MIN_WORDS} words are too short to judge and are never too close.
 *
 * <p>The measure is containment, not similarity: it asks how much of the candidate is copied, so
 * the suggested caption with one short sentence added is still too close, while a long own text
 * that quotes the title is not. Instances are immutable and thread-safe.
 */
public final class NearDuplicateRule {
  /** Texts with fewer words than this, after normalisation, are too short to judge. */
  public static final int MIN_WORDS = 5;

  /** Consecutive words per shingle; chosen on the corpus (docs/personalise.md). */
  public static final int DEFAULT_SHINGLE_WORDS = 2;

  /** Share of the candidate's shingles found in a reference from which it is too close. */
  public static final double DEFAULT_THRESHOLD = 0.5;

  private static final NearDuplicateRule STANDARD =
      new NearDuplicateRule(TextNormalizer.standard(), DEFAULT_SHINGLE_WORDS, DEFAULT_THRESHOLD);

  private final TextNormalizer normalizer;
  private final int shingleWords;
  private final double threshold;

  NearDuplicateRule(TextNormalizer normalizer, int shingleWords, double threshold) {
    if (shingleWords < 1 || shingleWords > MIN_WORDS) {
      throw new IllegalArgumentException("shingle size must be 1.." + MIN_WORDS);
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
    }
    this.normalizer = normalizer;
    this.shingleWords = shingleWords;
    this.threshold = threshold;
  }

  /** The rule with the default shingle size and threshold. */
  public static NearDuplicateRule standard() {
    return STANDARD;
  }

  /** The rule with another threshold in (0, 1], for an organisation that wants it stricter. */
  public static NearDuplicateRule withThreshold(double threshold) {
    return new NearDuplicateRule(TextNormalizer.standard(), DEFAULT_SHINGLE_WORDS, threshold);
  }

  public double threshold() {
    return threshold;
  }

  /**
   * How much of {@code candidate} is copied from {@code reference}, from 0 (nothing) to 1 (all of
   * it); 0 when either text is too short to judge.
   */
  public double closeness(String candidate, String reference) {
    return closeness(fingerprint(candidate), fingerprint(reference));
  }

  /** Whether most of {@code candidate} is copied from {@code reference}. */
  public boolean tooClose(String candidate, String reference) {
    return isTooClose(closeness(candidate, reference));
  }

  /** Whether {@code text} has enough words to be judged at all. */
  public boolean judges(String text) {
    return fingerprint(text).judged();
  }

  boolean isTooClose(double closeness) {
    return closeness >= threshold;
  }

  Fingerprint fingerprint(String text) {
    var words = normalizer.words(text);
    return new Fingerprint(words.size(), Shingles.of(words, shingleWords));
  }

  static double closeness(Fingerprint candidate, Fingerprint reference) {
    if (!candidate.judged() || !reference.judged()) {
      return 0;
    }
    return closeness(Shingles.overlap(candidate.shingles(), reference.shingles()), candidate);
  }

  static double closeness(int sharedShingles, Fingerprint candidate) {
    return (double) sharedShingles / candidate.shingles().length;
  }
}
