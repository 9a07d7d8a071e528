package dev.sharewell.personalise;

import java.util.Arrays;

/**
 * Member ids collected during one check, counted once each. Sorting a {@code long[]} at the end is
 * cheaper than a set of boxed ids when a check matches thousands of copies of the caption.
 */
final class MemberTally {
  private long[] members = new long[16];
  private int size;

  void add(long member) {
    if (size == members.length) {
      members = Arrays.copyOf(members, size * 2);
    }
    members[size++] = member;
  }

  int distinct() {
    Arrays.sort(members, 0, size);
    int distinct = 0;
    for (int i = 0; i < size; i++) {
      if (i == 0 || members[i] != members[i - 1]) {
        distinct++;
      }
    }
    return distinct;
  }
}
