package dev.sharewell.personalise;

import java.util.Arrays;

/**
 * A map from {@code long} to {@code int} without boxing: open addressing with linear probing over
 * two parallel arrays, kept at most half full. The keys are already well-mixed 64-bit hashes, so
 * their low bits pick the slot directly. Not thread-safe; the index guards it.
 */
final class LongIntHashMap {
  /** Returned by {@link #get} for a key that is not in the map; never stored as a value. */
  static final int MISSING = Integer.MIN_VALUE;

  private long[] keys;
  private int[] values;
  private int size;

  LongIntHashMap() {
    this(16);
  }

  LongIntHashMap(int capacity) {
    int slots = Integer.highestOneBit(Math.max(4, capacity * 2 - 1)) << 1;
    keys = new long[slots];
    values = new int[slots];
    Arrays.fill(values, MISSING);
  }

  int get(long key) {
    int mask = keys.length - 1;
    for (int slot = (int) key & mask; ; slot = (slot + 1) & mask) {
      if (values[slot] == MISSING || keys[slot] == key) {
        return values[slot];
      }
    }
  }

  /** Maps {@code key} to {@code value}, which must not be {@link #MISSING}. */
  void put(long key, int value) {
    if (value == MISSING) {
      throw new IllegalArgumentException("MISSING is not a value");
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int slot = (int) key & mask;
    while (values[slot] != MISSING && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    if (values[slot] == MISSING) {
      size++;
    }
    keys[slot] = key;
    values[slot] = value;
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldValues.length * 2];
    Arrays.fill(values, MISSING);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != MISSING) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }
}
