package io.github.digitrade.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds rows that share all five keys (and their release, when the table has a release column),
 * and gives the key of a row: a packed {@code long} when the codes fit in 63 bits, else a list.
 */
final class DuplicateKeys {
  private DuplicateKeys() {}

  /**
   * Bits per key column (the five dimensions, then the release when {@code withRelease}), or an
   * empty array when they need more than 63.
   */
  static int[] bits(FlowTable t, boolean withRelease) {
    int[] bits = new int[Dimension.ALL.length + 1];
    int total = 0;
    for (Dimension d : Dimension.ALL) {
      bits[d.column()] = width(t.labels(d).size());
      total += bits[d.column()];
    }
    if (withRelease) {
      bits[Dimension.ALL.length] = width(t.releaseDictionarySize());
      total += bits[Dimension.ALL.length];
    }
    return total > 63 ? new int[0] : bits;
  }

  private static int width(int labels) {
    return 32 - Integer.numberOfLeadingZeros(Math.max(1, labels - 1));
  }

  /** The key of a row under {@link #bits(FlowTable, boolean)}: a Long or a list of codes. */
  static Object key(FlowTable t, int[] bits, int row, boolean withRelease) {
    if (bits.length == 0) {
      List<Integer> k = new ArrayList<>(Dimension.ALL.length + 1);
      for (Dimension d : Dimension.ALL) {
        k.add(t.code(d, row));
      }
      k.add(withRelease ? t.releaseCode(row) : 0);
      return k;
    }
    return packed(t, bits, row, withRelease);
  }

  private static long packed(FlowTable t, int[] bits, int row, boolean withRelease) {
    long k = 0;
    for (Dimension d : Dimension.ALL) {
      k = (k << bits[d.column()]) | t.code(d, row);
    }
    return withRelease ? (k << bits[Dimension.ALL.length]) | t.releaseCode(row) : k;
  }

  static void reject(FlowTable t) {
    boolean withRelease = t.releaseDictionarySize() > 0;
    int[] bits = bits(t, withRelease);
    if (bits.length == 0) {
      rejectByHash(t, withRelease);
      return;
    }
    long[] keys = new long[t.size()];
    for (int r = 0; r < t.size(); r++) {
      keys[r] = packed(t, bits, r, withRelease);
    }
    long[] sorted = keys.clone();
    Arrays.sort(sorted);
    List<String> found = new ArrayList<>();
    int count = 0;
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] == sorted[i - 1] && (i == 1 || sorted[i] != sorted[i - 2])) {
        count++;
        if (found.size() < 5) {
          for (int r = 0; r < t.size(); r++) {
            if (keys[r] == sorted[i]) {
              found.add(describe(t, r, withRelease));
              break;
            }
          }
        }
      }
    }
    fail(count, found, withRelease);
  }

  private static void rejectByHash(FlowTable t, boolean withRelease) {
    Map<Object, Integer> seen = new HashMap<>();
    int[] unpacked = new int[0];
    List<String> found = new ArrayList<>();
    int count = 0;
    for (int r = 0; r < t.size(); r++) {
      Integer n = seen.merge(key(t, unpacked, r, withRelease), 1, Integer::sum);
      if (n == 2) {
        count++;
        if (found.size() < 5) {
          found.add(describe(t, r, withRelease));
        }
      }
    }
    fail(count, found, withRelease);
  }

  private static void fail(int count, List<String> found, boolean withRelease) {
    if (count > 0) {
      throw new IllegalArgumentException(
          count
              + " duplicate key"
              + (count == 1 ? "" : "s")
              + " "
              + String.join("; ", found)
              + (count > found.size() ? "; …" : "")
              + ": expected each (reporter, partner, product, period, direction"
              + (withRelease ? ", release" : "")
              + ") once under DuplicatePolicy.REJECT");
    }
  }

  /** The labels of a row's key, such as {@code (CHN, USA, 8517, 2022, X)}. */
  static String describe(FlowTable t, int r, boolean withRelease) {
    StringBuilder s = new StringBuilder("(");
    for (Dimension d : Dimension.ALL) {
      s.append(d == Dimension.REPORTER ? "" : ", ").append(t.label(d, r));
    }
    if (withRelease) {
      s.append(", ").append(t.release(r).orElseThrow());
    }
    return s.append(')').toString();
  }
}
