package dev.sharewell.personalise;

import java.util.Arrays;

/**
 * The inverted index: for each shingle, the reference texts that contain it. Most shingles occur in
 * one text only, so a single posting lives in the map itself; a shingle shared by several texts
 * gets a growable list. Not thread-safe; {@link NearDuplicateIndex} guards it.
 */
final class ShinglePostings {
  // Map value >= 0: the only text with the shingle. Value < 0: -(list + 1), a list of texts.
  private final LongIntHashMap heads = new LongIntHashMap(1024);
  private int[][] lists = new int[64][];
  private int[] listSizes = new int[64];
  private int listCount;

  /** Records that text {@code text} contains {@code shingle}; call once per text and shingle. */
  void add(long shingle, int text) {
    int head = heads.get(shingle);
    if (head == LongIntHashMap.MISSING) {
      heads.put(shingle, text);
    } else if (head >= 0) {
      heads.put(shingle, -(newList(head, text) + 1));
    } else {
      append(-head - 1, text);
    }
  }

  /** Counts one shared shingle for every text that contains {@code shingle}. */
  void countInto(long shingle, OverlapCounter counter) {
    int head = heads.get(shingle);
    if (head == LongIntHashMap.MISSING) {
      return;
    }
    if (head >= 0) {
      counter.count(head);
      return;
    }
    int list = -head - 1;
    int[] texts = lists[list];
    for (int i = 0, n = listSizes[list]; i < n; i++) {
      counter.count(texts[i]);
    }
  }

  private int newList(int first, int second) {
    if (listCount == lists.length) {
      lists = Arrays.copyOf(lists, listCount * 2);
      listSizes = Arrays.copyOf(listSizes, listCount * 2);
    }
    lists[listCount] = new int[] {first, second, 0, 0};
    listSizes[listCount] = 2;
    return listCount++;
  }

  private void append(int list, int text) {
    int size = listSizes[list];
    if (size == lists[list].length) {
      lists[list] = Arrays.copyOf(lists[list], size + (size >> 1));
    }
    lists[list][size] = text;
    listSizes[list] = size + 1;
  }
}
