package dev.sharewell.personalise;

import java.util.List;

/**
 * Judges how much of a post is copied: from the item's suggested captions or from what colleagues
 * already reported for it.
 */
public interface Originality {
  /**
   * How close {@code text} is to what was suggested or what colleagues posted for the item; the
   * member's own earlier texts (the same post on another network) do not count against them. {@code
   * captions} are the item's suggested texts, which the caller holds with the item.
   */
  Closeness check(long contentId, List<String> captions, long memberId, String text);

  /**
   * The outcome: a score from 0 (all own words) to 1 (all copied), whether that is too close, and
   * what it is too close to: the suggested text, or how many colleagues' posts. A text too short to
   * judge (under {@link NearDuplicateRule#MIN_WORDS} words) is never too close.
   */
  record Closeness(
      double score, boolean tooClose, boolean toSuggested, int colleagues, boolean tooShort) {
    /**
     * A personalised post, which earns the bonus: the member wrote enough words of their own to
     * judge, and they are not too close to another text.
     */
    public boolean personal() {
      return !tooClose && !tooShort;
    }
  }
}
