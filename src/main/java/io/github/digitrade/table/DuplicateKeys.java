package io.github.digitrade.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds rows that share all five keys. */
final class DuplicateKeys {
  private DuplicateKeys() {}

  static void reject(FlowTable t) {
    long[] keys = new long[t.size()];
    int[] bits = new int[Dimension.ALL.length];
    int total = 0;
    for (Dimension d : Dimension.ALL) {
      bits[d.column()] = 32 - Integer.numberOfLeadingZeros(Math.max(1, t.labels(d).size() - 1));
      total += bits[d.column()];
    }
    if (total > 63) {
      rejectByHash(t);
      return;
    }
    for (int r = 0; r < t.size(); r++) {
      long k = 0;
      for (Dimension d : Dimension.ALL) {
        k = (k << bits[d.column()]) | t.code(d, r);
      }
      keys[r] = k;
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
              found.add(describe(t, r));
              break;
            }
          }
        }
      }
    }
    fail(count, found);
  }

  private static void rejectByHash(FlowTable t) {
    Map<List<Integer>, Integer> seen = new HashMap<>();
    List<String> found = new ArrayList<>();
    int count = 0;
    for (int r = 0; r < t.size(); r++) {
      List<Integer> key = new ArrayList<>();
      for (Dimension d : Dimension.ALL) {
        key.add(t.code(d, r));
      }
      Integer n = seen.merge(key, 1, Integer::sum);
      if (n == 2) {
        count++;
        if (found.size() < 5) {
          found.add(describe(t, r));
        }
      }
    }
    fail(count, found);
  }

  private static void fail(int count, List<String> found) {
    if (count > 0) {
      throw new IllegalArgumentException(
          count
              + " duplicate key"
              + (count == 1 ? "" : "s")
              + " "
              + String.join("; ", found)
              + (count > found.size() ? "; …" : "")
              + ": expected each (reporter, partner, product, period, direction) once under"
              + " DuplicatePolicy.REJECT");
    }
  }

  private static String describe(FlowTable t, int r) {
    StringBuilder s = new StringBuilder("(");
    for (Dimension d : Dimension.ALL) {
      s.append(d == Dimension.REPORTER ? "" : ", ").append(t.label(d, r));
    }
    return s.append(')').toString();
  }
}
