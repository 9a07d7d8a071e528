package dev.sharewell.personalise;

import java.util.Arrays;

/**
 * The distinct reference texts of an index, numbered from 0, each with whether it is a suggested
 * caption and which colleagues reported it. When a whole company posts the suggested caption
 * unchanged, that is one text with many authors, not thousands of copies. Two texts are the same
 * when their shingles are (compared by a 64-bit hash of them). Not thread-safe; the index guards
 * it.
 */
final class ReferenceTexts {
  private static final long[] NO_AUTHORS = new long[0];

  private final LongIntHashMap idByShingles = new LongIntHashMap(1024);
  private boolean[] suggested = new boolean[64];
  private long[][] authors = new long[64][];
  private int[] authorCounts = new int[64];
  private int count;

  int count() {
    return count;
  }

  /** The id of the text with these shingles, or {@link LongIntHashMap#MISSING}. */
  int find(long[] shingles) {
    return idByShingles.get(Shingles.setHash(shingles));
  }

  /** Adds a text known not to be here yet and returns its id. */
  int add(long[] shingles) {
    if (count == suggested.length) {
      suggested = Arrays.copyOf(suggested, count * 2);
      authors = Arrays.copyOf(authors, count * 2);
      authorCounts = Arrays.copyOf(authorCounts, count * 2);
    }
    authors[count] = NO_AUTHORS;
    idByShingles.put(Shingles.setHash(shingles), count);
    return count++;
  }

  void markSuggested(int text) {
    suggested[text] = true;
  }

  boolean suggested(int text) {
    return suggested[text];
  }

  /** Records that {@code member} reported {@code text}; once per member however often. */
  void addAuthor(int text, long member) {
    long[] members = authors[text];
    int size = authorCounts[text];
    for (int i = 0; i < size; i++) {
      if (members[i] == member) {
        return;
      }
    }
    if (size == members.length) {
      members = Arrays.copyOf(members, Math.max(1, size * 2));
      authors[text] = members;
    }
    members[size] = member;
    authorCounts[text] = size + 1;
  }

  /** Whether {@code member} is the only one who wrote {@code text}: not a suggested caption. */
  boolean onlyBy(int text, long member) {
    return !suggested[text] && authorCounts[text] == 1 && authors[text][0] == member;
  }

  /** Adds the authors of {@code text} other than {@code except} to {@code tally}. */
  void tallyAuthors(int text, Long except, MemberTally tally) {
    long[] members = authors[text];
    for (int i = 0, n = authorCounts[text]; i < n; i++) {
      if (except == null || members[i] != except) {
        tally.add(members[i]);
      }
    }
  }
}
