package io.github.digitrade.table;

import com.google.common.collect.ImmutableList;
import io.github.digitrade.model.Release;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The release column of a {@link FlowTable}: per row, a code into a dictionary of {@link Release}s.
 * A table read without a release column has an empty dictionary and no codes, and costs nothing.
 * The checks and the choice of {@link FlowTable#latest()} compare rows by their key, the five
 * dimensions.
 */
final class Releases {

  /** No release column. */
  static final Releases NONE = new Releases(null, ImmutableList.of());

  /** Per row, the code of its release; null when every row has code 0. */
  final int @Nullable [] codes;

  /** The releases in code order; empty when the table has no release column. */
  final ImmutableList<Release> dictionary;

  Releases(int @Nullable [] codes, ImmutableList<Release> dictionary) {
    this.codes = codes;
    this.dictionary = dictionary;
  }

  boolean any() {
    return !dictionary.isEmpty();
  }

  int code(int row) {
    int[] c = codes;
    return c == null ? 0 : c[row];
  }

  /** Per code of the dictionary, its rank from earliest (0) to latest. */
  private int[] ranks() {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < dictionary.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> dictionary.get(a).compareTo(dictionary.get(b)));
    int[] rank = new int[dictionary.size()];
    for (int i = 0; i < order.size(); i++) {
      rank[order.get(i)] = i;
    }
    return rank;
  }

  /** The releases rows of the table hold, from earliest to latest. */
  static ImmutableList<Release> present(FlowTable t, Releases r) {
    boolean[] used = new boolean[r.dictionary.size()];
    for (int row = 0; row < t.size(); row++) {
      used[r.code(row)] = true;
    }
    List<Release> out = new ArrayList<>();
    for (int i = 0; i < used.length; i++) {
      if (used[i]) {
        out.add(r.dictionary.get(i));
      }
    }
    return ImmutableList.sortedCopyOf(out);
  }

  /**
   * Returns why the table mixes releases (the first key found in two releases, its releases and
   * values), or null if no key of the table is given in more than one release.
   */
  static @Nullable String mixed(FlowTable t, Releases r) {
    if (r.dictionary.size() < 2 || r.codes == null) {
      return null;
    }
    int[] bits = DuplicateKeys.bits(t, false);
    Map<Object, Integer> first = new HashMap<>();
    for (int row = 0; row < t.size(); row++) {
      Integer seen = first.putIfAbsent(DuplicateKeys.key(t, bits, row, false), row);
      if (seen != null && r.code(seen) != r.code(row)) {
        return DuplicateKeys.describe(t, row, false)
            + " is given in several releases ("
            + r.dictionary.get(r.code(seen))
            + " "
            + t.value(seen)
            + ", "
            + r.dictionary.get(r.code(row))
            + " "
            + t.value(row)
            + ")";
      }
    }
    return null;
  }

  /**
   * Marks, per row, 1 if its release is the latest of its key's releases in the table, else 0.
   */
  static int[] latest(FlowTable t, Releases r) {
    int[] rank = r.ranks();
    int[] bits = DuplicateKeys.bits(t, false);
    Map<Object, Integer> best = new HashMap<>();
    Object[] keys = new Object[t.size()];
    for (int row = 0; row < t.size(); row++) {
      keys[row] = DuplicateKeys.key(t, bits, row, false);
      best.merge(keys[row], rank[r.code(row)], Math::max);
    }
    int[] mark = new int[t.size()];
    for (int row = 0; row < t.size(); row++) {
      Integer b = best.get(keys[row]);
      mark[row] = b != null && b == rank[r.code(row)] ? 1 : 0;
    }
    return mark;
  }
}
