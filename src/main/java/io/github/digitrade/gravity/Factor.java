package io.github.digitrade.gravity;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A factor column: one integer code per row, {@code 0 … levelCount()-1}, and a name for each level.
 * Fixed effects, clusters and interactions such as exporter × year are factors.
 *
 * <p>An interaction of two factors is coded from the two code columns alone; its level names
 * ({@code "ARG×1986"}) are made only when asked for, so a million-row exporter × year factor costs
 * one {@code int} per row.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Factor e = Factor.of("exporter", List.of("ARG", "BRA", "ARG"));
 * Factor t = Factor.of("year", List.of("1986", "1986", "1990"));
 * Factor et = Factor.interact("exporter_year", e, t);
 * et.levelCount();   // 3
 * et.level(et.code(2)); // "ARG×1990"
 * }</pre>
 */
public final class Factor {

  private final String name;
  private final int[] codes;
  private final int levelCount;
  private final ImmutableList<String> names;
  private final Factor left;
  private final Factor right;
  private final int[] leftLevel;
  private final int[] rightLevel;

  private Factor(String name, int[] codes, ImmutableList<String> names) {
    this.name = name;
    this.codes = codes;
    this.levelCount = names.size();
    this.names = names;
    this.left = this;
    this.right = this;
    this.leftLevel = new int[0];
    this.rightLevel = new int[0];
  }

  private Factor(String name, int[] codes, Factor left, Factor right, int[] ll, int[] rl) {
    this.name = name;
    this.codes = codes;
    this.levelCount = ll.length;
    this.names = ImmutableList.of();
    this.left = left;
    this.right = right;
    this.leftLevel = ll;
    this.rightLevel = rl;
  }

  /**
   * Codes labels by order of first appearance.
   *
   * @param name the column name, not null or blank
   * @param labels one label per row, not null, no null element
   * @return the factor, never null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Factor of(String name, List<String> labels) {
    checkName(name);
    requireNonNull(labels, "labels");
    Map<String, Integer> index = new HashMap<>();
    ImmutableList.Builder<String> names = ImmutableList.builder();
    int[] codes = new int[labels.size()];
    for (int i = 0; i < codes.length; i++) {
      String l = requireNonNull(labels.get(i), "labels element");
      Integer c = index.get(l);
      if (c == null) {
        c = index.size();
        index.put(l, c);
        names.add(l);
      }
      codes[i] = c;
    }
    return new Factor(name, codes, names.build());
  }

  /**
   * Wraps codes and their level names.
   *
   * @param name the column name, not null or blank
   * @param codes one code per row, each in {@code 0 … levels.size()-1}; copied
   * @param levels the level names, not null, distinct
   * @return the factor, never null
   * @throws IllegalArgumentException naming the row if a code is out of range, or if level names
   *     repeat
   */
  public static Factor ofCodes(String name, int[] codes, List<String> levels) {
    checkName(name);
    ImmutableList<String> names = ImmutableList.copyOf(levels);
    if (names.stream().distinct().count() != names.size()) {
      throw new IllegalArgumentException(
          "factor " + name + ": levels " + names + ": expected distinct level names");
    }
    int[] c = codes.clone();
    for (int i = 0; i < c.length; i++) {
      if (c[i] < 0 || c[i] >= names.size()) {
        throw new IllegalArgumentException(
            "factor " + name + " row " + i + ": code " + c[i] + ": expected 0 to "
                + (names.size() - 1));
      }
    }
    return new Factor(name, c, names);
  }

  /**
   * Returns the interaction of two factors of the same length: one level per combination that
   * occurs, numbered by first appearance, without building level names.
   *
   * @param name the name of the interaction, not null or blank
   * @param a the first factor, not null
   * @param b the second factor, not null
   * @return the interaction, never null
   * @throws IllegalArgumentException if the lengths differ
   */
  public static Factor interact(String name, Factor a, Factor b) {
    checkName(name);
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    if (a.rows() != b.rows()) {
      throw new IllegalArgumentException(
          "interaction " + name + ": " + a.name + " has " + a.rows() + " rows but " + b.name
              + " has " + b.rows() + ": expected the same length");
    }
    int n = a.rows();
    long cells = (long) a.levelCount * b.levelCount;
    int[] codes = new int[n];
    // cells are numbered in order of first appearance: a dense table of the a × b cells when it
    // is small, a map of the cells that occur otherwise
    int @Nullable [] dense = cells <= 1L << 24 ? new int[(int) cells] : null;
    Map<Long, Integer> sparse = new HashMap<>();
    if (dense != null) {
      Arrays.fill(dense, -1);
    }
    int[] ll = new int[16];
    int[] rl = new int[16];
    int count = 0;
    for (int i = 0; i < n; i++) {
      long k = (long) a.codes[i] * b.levelCount + b.codes[i];
      int c = dense != null ? dense[(int) k] : sparse.getOrDefault(k, -1);
      if (c < 0) {
        c = count++;
        if (dense != null) {
          dense[(int) k] = c;
        } else {
          sparse.put(k, c);
        }
        if (c == ll.length) {
          ll = Arrays.copyOf(ll, 2 * c);
          rl = Arrays.copyOf(rl, 2 * c);
        }
        ll[c] = a.codes[i];
        rl[c] = b.codes[i];
      }
      codes[i] = c;
    }
    return new Factor(name, codes, a, b, Arrays.copyOf(ll, count), Arrays.copyOf(rl, count));
  }

  /** Wraps codes known to be valid and distinct level names, without copying. */
  static Factor trusted(String name, int[] codes, List<String> levels) {
    return new Factor(name, codes, ImmutableList.copyOf(levels));
  }

  private static void checkName(String name) {
    requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("factor name \"" + name + "\": expected a non-blank name");
    }
  }

  /**
   * Returns the name of the column.
   *
   * @return the name, never null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the number of rows.
   *
   * @return the number of rows
   */
  public int rows() {
    return codes.length;
  }

  /**
   * Returns the number of levels.
   *
   * @return the number of levels
   */
  public int levelCount() {
    return levelCount;
  }

  /**
   * Returns the code of one row.
   *
   * @param row the row, from 0
   * @return the code, in {@code 0 … levelCount()-1}
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public int code(int row) {
    return codes[row];
  }

  /**
   * Returns the name of one level; for an interaction, the two names joined by {@code ×}.
   *
   * @param code the level code
   * @return the name, never null
   * @throws IndexOutOfBoundsException if the code is out of range
   */
  public String level(int code) {
    if (left == this) {
      return names.get(code);
    }
    return left.level(leftLevel[code]) + "×" + right.level(rightLevel[code]);
  }

  /**
   * Returns the names of all levels, made on demand for an interaction.
   *
   * @return the names in code order, never null
   */
  public ImmutableList<String> levels() {
    if (left == this) {
      return names;
    }
    ImmutableList.Builder<String> b = ImmutableList.builderWithExpectedSize(levelCount);
    for (int c = 0; c < levelCount; c++) {
      b.add(level(c));
    }
    return b.build();
  }

  /** The codes themselves, not copied: for this package's estimators only. */
  int[] codesView() {
    return codes;
  }

  /**
   * Returns the factor restricted to some rows, with the same name and level names; levels that no
   * longer occur are kept (estimators renumber what they use).
   *
   * @param rows the rows to keep, in order
   * @return the restricted factor
   */
  Factor select(int[] rows) {
    int[] c = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      c[i] = codes[rows[i]];
    }
    if (left == this) {
      return new Factor(name, c, names);
    }
    return new Factor(name, c, left, right, leftLevel, rightLevel);
  }

  /**
   * Returns the factor under another name.
   *
   * @param newName the name, not null or blank
   * @return the renamed factor, never null
   */
  public Factor named(String newName) {
    checkName(newName);
    if (left == this) {
      return new Factor(newName, codes, names);
    }
    return new Factor(newName, codes, left, right, leftLevel, rightLevel);
  }

  /**
   * Returns the name, the number of rows and of levels, such as {@code Factor[exporter: 99981 rows,
   * 69 levels]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "Factor[" + name + ": " + codes.length + " rows, " + levelCount + " levels]";
  }
}
