package io.github.digitrade.io;

import java.util.Arrays;

/**
 * Numbers the distinct non-negative {@code int} keys it is given, from 0, in the order they first
 * appear: an open-addressing hash table (linear probing, at most half full) with the keys also kept
 * in that order. The BACI reader uses one per dimension and block, so that a block's rows hold small
 * local codes and only its distinct keys need a dictionary lookup on the reading thread. Not
 * thread-safe; reusable after {@link #clear()}.
 */
final class IntDictionary {

  private static final int EMPTY = -1;

  /** Pairs of (key, code) by slot, so a lookup reads one cache line; key -1 marks a free slot. */
  private int[] table;

  private int mask;
  private int[] keys;
  private int size;

  /** Creates an empty dictionary with room for {@code expected} keys before it grows. */
  IntDictionary(int expected) {
    int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
    table = new int[capacity * 2];
    Arrays.fill(table, EMPTY);
    mask = capacity - 1;
    keys = new int[Math.max(8, expected)];
  }

  /** Returns the code of a key of zero or more, numbering it if it is new. */
  int code(int key) {
    if (key < 0) {
      throw new IllegalArgumentException("key = " + key + ": expected zero or more");
    }
    int[] t = table;
    int slot = hash(key) & mask;
    while (true) {
      int k = t[2 * slot];
      if (k == key) {
        return t[2 * slot + 1];
      }
      if (k == EMPTY) {
        return add(key, slot);
      }
      slot = (slot + 1) & mask;
    }
  }

  private int add(int key, int slot) {
    int code = size;
    if (code == keys.length) {
      keys = Arrays.copyOf(keys, code * 2);
    }
    keys[code] = key;
    table[2 * slot] = key;
    table[2 * slot + 1] = code;
    size++;
    if (size * 4 > table.length) {
      rehash(table.length);
    }
    return code;
  }

  private void rehash(int capacity) {
    table = new int[capacity * 2];
    Arrays.fill(table, EMPTY);
    mask = capacity - 1;
    for (int c = 0; c < size; c++) {
      int slot = hash(keys[c]) & mask;
      while (table[2 * slot] != EMPTY) {
        slot = (slot + 1) & mask;
      }
      table[2 * slot] = keys[c];
      table[2 * slot + 1] = c;
    }
  }

  private static int hash(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** The number of distinct keys. */
  int size() {
    return size;
  }

  /** The key numbered {@code code}, from 0 to {@code size() - 1}. */
  int key(int code) {
    return keys[code];
  }

  /** The keys by code: entries 0 to {@code size() - 1} are valid; the array is not a copy. */
  int[] keys() {
    return keys;
  }

  /** Forgets every key; keeps the capacity. */
  void clear() {
    if (size == 0) {
      return;
    }
    if (size * 16 < table.length) {
      for (int c = 0; c < size; c++) {
        int slot = hash(keys[c]) & mask;
        while (table[2 * slot] != EMPTY) {
          table[2 * slot] = EMPTY;
          slot = (slot + 1) & mask;
        }
      }
    } else {
      Arrays.fill(table, EMPTY);
    }
    size = 0;
  }
}
