package dev.sharewell.personalise;

/**
 * Judges how much of a post is copied: from the item's suggested captions or from what colleagues
 * already reported for it.
 */
public interface Originality {
  /** How close {@code text} is to what was suggested or already posted for the item. */
  Closeness check(long contentId, String text);

  /**
   * The outcome: a score from 0 (all own words) to 1 (all copied), whether that is too close, and
   * what it is too close to: the suggested text, or how many colleagues' posts.
   */
  record Closeness(double score, boolean tooClose, boolean toSuggested, int colleagues) {
    public static final Closeness ORIGINAL = new Closeness(0, false, false, 0);

    /** A personalised post: the member wrote a text and it is not too close to another. */
    public boolean personal() {
      return !tooClose;
    }
  }
}
