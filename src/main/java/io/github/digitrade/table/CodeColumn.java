package io.github.digitrade.table;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A column of dictionary codes, two bytes a row while every code is below 65,536 (a country, a
 * product, a year: BACI has about 230 countries and 5,000 products), four once a larger code is
 * written. The low 16 bits of each code are in {@link #low}; the high 16 bits, in {@link #high},
 * exist only once a code of 65,536 or more has been written (they are zero for the rows before).
 * Written by the builder, read-only once the table is built.
 *
 * <p>The hot loops read the two arrays through {@link #code(char[], char[], int)}, which the
 * compilers inline.
 */
final class CodeColumn {

  /** The low 16 bits of each code. */
  char[] low;

  /** The high 16 bits of each code, or null while every code is below 65,536. */
  char @Nullable [] high;

  /** A column of {@code capacity} rows of code 0. */
  CodeColumn(int capacity) {
    low = new char[capacity];
  }

  /** The low halves of a column's codes, null for no column (code 0 in every row). */
  static char @Nullable [] low(@Nullable CodeColumn column) {
    return column == null ? null : column.low;
  }

  /** The high halves of a column's codes, null for no column or codes below 65,536. */
  static char @Nullable [] high(@Nullable CodeColumn column) {
    return column == null ? null : column.high;
  }

  /** The code of row {@code r} from the two arrays of a column. */
  static int code(char[] low, char @Nullable [] high, int r) {
    return high == null ? low[r] : low[r] | high[r] << 16;
  }

  /** The code of row {@code r}. */
  int get(int r) {
    return code(low, high, r);
  }

  /** Writes the code of row {@code r}, a code of zero or more. */
  void set(int r, int code) {
    low[r] = (char) code;
    char[] h = high;
    if (h != null) {
      h[r] = (char) (code >>> 16);
    } else if (code >>> 16 != 0) {
      h = new char[low.length];
      h[r] = (char) (code >>> 16);
      high = h;
    }
  }

  /** Makes room for the high bits if {@code maxCode} needs them. */
  void holding(int maxCode) {
    if (maxCode >>> 16 != 0 && high == null) {
      high = new char[low.length];
    }
  }

  /**
   * Writes one code, of zero or more, into rows {@code from} to {@code to − 1}; the column must
   * already hold the high bits it needs ({@link #holding}).
   */
  void fill(int from, int to, int code) {
    Arrays.fill(low, from, to, (char) code);
    char[] h = high;
    if (h != null) {
      Arrays.fill(h, from, to, (char) (code >>> 16));
    }
  }

  /** The number of rows the column has room for. */
  int capacity() {
    return low.length;
  }

  /** Grows (or shrinks) the column to {@code capacity} rows. */
  void resize(int capacity) {
    low = Arrays.copyOf(low, capacity);
    char[] h = high;
    if (h != null) {
      high = Arrays.copyOf(h, capacity);
    }
  }
}
