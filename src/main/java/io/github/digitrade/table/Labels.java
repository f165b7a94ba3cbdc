package io.github.digitrade.table;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks of labels against a dictionary, with the closest labels in the messages. */
final class Labels {

  /** How many labels a message lists. */
  private static final int SHOWN = 5;

  private Labels() {}

  /** Throws if a wanted label is not in the dictionary, naming it and the closest labels. */
  static void requireKnown(Dimension dimension, List<String> dict, Collection<String> wanted) {
    Set<String> known = new HashSet<>(dict);
    for (String w : wanted) {
      if (!known.contains(w)) {
        throw new IllegalArgumentException(
            dimension.label()
                + " \""
                + w
                + "\" is not a label of this table"
                + (dict.isEmpty() ? " (it has none)" : "; closest: " + shortList(closest(w, dict)))
                + ": expected one of its "
                + dict.size()
                + " "
                + dimension.label()
                + " labels");
      }
    }
  }

  /**
   * Throws if none of the members is in the dictionary and no label of the dictionary is an
   * alpha-3 code (numeric codes, say), naming a few members and labels.
   */
  static void requireAnyKnown(
      Dimension dimension, List<String> dict, List<String> members, String what) {
    Set<String> known = new HashSet<>(dict);
    for (String m : members) {
      if (known.contains(m)) {
        return;
      }
    }
    for (String d : dict) {
      if (d.length() == 3 && d.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
        return; // labels are alpha-3 codes: the group merely has no member in this table
      }
    }
    throw new IllegalArgumentException(
        "none of the "
            + members.size()
            + " members of "
            + what
            + " ("
            + shortList(members)
            + ") is a "
            + dimension.label()
            + " label of this table, whose labels are "
            + shortList(dict)
            + ": expected the members' codes (ISO alpha-3); a reader labels numeric codes so with"
            + " withIsoCodes() or a country-code file");
  }

  /** The first labels of a list, then how many more. */
  static String shortList(List<String> labels) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < Math.min(SHOWN, labels.size()); i++) {
      s.append(i == 0 ? "" : ", ").append(labels.get(i));
    }
    if (labels.size() > SHOWN) {
      s.append(", … ").append(labels.size() - SHOWN).append(" more");
    }
    return s.toString();
  }

  /** The labels of the dictionary closest to a label by edit distance, closest first. */
  static ImmutableList<String> closest(String label, List<String> dict) {
    List<String> sorted = new ArrayList<>(new HashSet<>(dict));
    sorted.sort(
        Comparator.comparingInt((String d) -> distance(label, d)).thenComparing(d -> d));
    return ImmutableList.copyOf(sorted.subList(0, Math.min(3, sorted.size())));
  }

  /** The Levenshtein distance between two strings, case ignored. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost =
            Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1))
                ? 0
                : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
