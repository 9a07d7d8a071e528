package dev.sharewell.personalise;

/**
 * The answer of {@link NearDuplicateIndex#check}: whether the text is too close, to what, and how
 * close it came to the closest reference text.
 *
 * @param tooShort the text has fewer than {@link NearDuplicateRule#MIN_WORDS} words after
 *     normalisation, so it was not judged (and is not too close)
 * @param closeness the share of the text copied from the closest reference text, 0 to 1 (0 when too
 *     short or when no reference shares a word pair with it); the number to store with a share
 * @param tooCloseToSuggested the text is too close to at least one suggested caption
 * @param tooCloseColleagues how many different colleagues reported a text it is too close to (the
 *     member who asked is never counted)
 */
public record NearDuplicateVerdict(
    boolean tooShort, double closeness, boolean tooCloseToSuggested, int tooCloseColleagues) {

  static final NearDuplicateVerdict TOO_SHORT = new NearDuplicateVerdict(true, 0, false, 0);

  /** Whether the member should see the note: the text is too close to something. */
  public boolean tooClose() {
    return tooCloseToSuggested || tooCloseColleagues > 0;
  }
}
