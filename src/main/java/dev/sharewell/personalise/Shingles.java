package dev.sharewell.personalise;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Word shingles: every run of {@code k} consecutive words, each reduced to a 64-bit hash so a
 * text's shingles fit in one sorted {@code long[]}. The hash is a fixed function of the words
 * (FNV-1a over UTF-8, then a final mix), so it is the same in every JVM and every run.
 */
final class Shingles {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Shingles() {}

  /**
   * The distinct shingle hashes of {@code words}, sorted ascending; empty if fewer than k words.
   */
  static long[] of(List<String> words, int k) {
    if (words.size() < k) {
      return new long[0];
    }
    long[] wordHashes = new long[words.size()];
    for (int i = 0; i < wordHashes.length; i++) {
      wordHashes[i] = hash(words.get(i));
    }
    long[] shingles = new long[words.size() - k + 1];
    for (int start = 0; start < shingles.length; start++) {
      long h = FNV_OFFSET;
      for (int i = start; i < start + k; i++) {
        h = (h ^ wordHashes[i]) * FNV_PRIME;
        h = Long.rotateLeft(h, 29);
      }
      shingles[start] = mix(h);
    }
    Arrays.sort(shingles);
    return distinct(shingles);
  }

  /** How many hashes two sorted, distinct arrays have in common. */
  static int overlap(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }

  /** A 64-bit hash of a whole sorted shingle array: two texts with the same shingles share it. */
  static long setHash(long[] sorted) {
    long h = FNV_OFFSET ^ sorted.length;
    for (long shingle : sorted) {
      h = mix((h ^ shingle) * FNV_PRIME);
    }
    return h;
  }

  private static long hash(String word) {
    long h = FNV_OFFSET;
    for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * FNV_PRIME;
    }
    return mix(h);
  }

  /** The 64-bit finaliser of MurmurHash3: spreads every input bit over the whole hash. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  private static long[] distinct(long[] sorted) {
    int size = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[size++] = sorted[i];
      }
    }
    return size == sorted.length ? sorted : Arrays.copyOf(sorted, size);
  }
}
