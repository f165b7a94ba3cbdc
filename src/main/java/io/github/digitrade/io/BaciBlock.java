package io.github.digitrade.io;

import io.github.digitrade.internal.Numbers;
import java.util.Arrays;

/**
 * The rows of one block of a BACI file ({@code t,i,j,k,v,q} in this order), parsed from bytes
 * without any shared state, so several blocks can be parsed in parallel. A line of the simple form
 * (plain or quoted digits, a plain decimal value, a quantity without commas or quotes) becomes a row
 * of raw numbers; any other line (blank, malformed, quoted text, an exponent, more than 15 significant
 * digits) is kept as a "slow" segment for the general CSV path, which parses it exactly or reports
 * it. Line breaks inside quoted fields are not supported by this path: such a line is reported as
 * malformed.
 */
final class BaciBlock {

  byte[] bytes;
  int rows;
  int[] year;
  int[] exporter;
  int[] importer;
  int[] product;
  double[] value;
  int lines;
  int slowCount;
  int[] slowStart = new int[4];
  int[] slowEnd = new int[4];
  int[] slowLine = new int[4];
  int[] slowAt = new int[4];

  /**
   * Block-local dictionaries of the raw numbers: the fast rows hold the local codes, numbered from 0
   * in the order the numbers first appear in the block.
   */
  final IntDictionary years = new IntDictionary(8);

  final IntDictionary exporters = new IntDictionary(256);
  final IntDictionary importers = new IntDictionary(256);
  final IntDictionary products = new IntDictionary(8192);

  /** Local codes of country numbers (at most 3 digits, so below 1000), or -1. */
  private final int[] exporterCodes = new int[1000];

  private final int[] importerCodes = new int[1000];
  private int lastYear = -1;
  private int lastYearCode = -1;

  /** Whether the row arrays hold local codes (of the dictionaries above) instead of raw numbers. */
  boolean localized = true;

  private int t;
  private int i;
  private int j;
  private int k;
  private double v;

  BaciBlock(byte[] bytes, int expectedRows) {
    this.bytes = bytes;
    Arrays.fill(exporterCodes, -1);
    Arrays.fill(importerCodes, -1);
    int n = Math.max(16, expectedRows);
    year = new int[n];
    exporter = new int[n];
    importer = new int[n];
    product = new int[n];
    value = new double[n];
  }

  /**
   * Returns the line of fast row {@code r}, counted from 0 at the block's first line: every line is
   * either a fast row or one slow segment, so it is {@code r} plus the slow lines before it.
   */
  int lineOf(int r) {
    int before = 0;
    while (before < slowCount && slowAt[before] <= r) {
      before++;
    }
    return r + before;
  }

  /** Empties the block for reuse with other bytes; the row arrays keep their capacity. */
  BaciBlock reuse(byte[] newBytes) {
    bytes = newBytes;
    rows = 0;
    lines = 0;
    slowCount = 0;
    localized = true;
    lastYear = -1;
    for (int c = 0; c < exporters.size(); c++) {
      exporterCodes[exporters.key(c)] = -1;
    }
    for (int c = 0; c < importers.size(); c++) {
      importerCodes[importers.key(c)] = -1;
    }
    years.clear();
    exporters.clear();
    importers.clear();
    products.clear();
    return this;
  }

  /** Replaces the local codes of the fast rows by their raw numbers again. */
  void delocalize() {
    if (!localized) {
      return;
    }
    for (int r = 0; r < rows; r++) {
      year[r] = years.key(year[r]);
      exporter[r] = exporters.key(exporter[r]);
      importer[r] = importers.key(importer[r]);
      product[r] = products.key(product[r]);
    }
    localized = false;
  }

  /** Parses the complete lines of {@code bytes[from, to)}; the last may lack its line end. */
  BaciBlock parse(int from, int to) {
    byte[] b = bytes;
    int p = from;
    while (p < to) {
      int next = fast(b, p, to);
      if (next >= 0) {
        if (rows == year.length) {
          grow();
        }
        int y = t;
        if (y != lastYear) {
          lastYear = y;
          lastYearCode = years.code(y);
        }
        year[rows] = lastYearCode;
        int e = exporterCodes[i];
        if (e < 0) {
          e = exporters.code(i);
          exporterCodes[i] = e;
        }
        exporter[rows] = e;
        int m = importerCodes[j];
        if (m < 0) {
          m = importers.code(j);
          importerCodes[j] = m;
        }
        importer[rows] = m;
        product[rows] = products.code(k);
        value[rows] = v;
        rows++;
        p = next;
      } else {
        int end = p;
        while (end < to && b[end] != '\n') {
          end++;
        }
        slow(p, end);
        p = end + 1;
      }
      lines++;
    }
    return this;
  }

  private void slow(int start, int end) {
    if (slowCount == slowStart.length) {
      int n = slowCount * 2;
      slowStart = Arrays.copyOf(slowStart, n);
      slowEnd = Arrays.copyOf(slowEnd, n);
      slowLine = Arrays.copyOf(slowLine, n);
      slowAt = Arrays.copyOf(slowAt, n);
    }
    slowStart[slowCount] = start;
    slowEnd[slowCount] = end;
    slowLine[slowCount] = lines;
    slowAt[slowCount] = rows;
    slowCount++;
  }

  private void grow() {
    int n = year.length * 2;
    year = Arrays.copyOf(year, n);
    exporter = Arrays.copyOf(exporter, n);
    importer = Arrays.copyOf(importer, n);
    product = Arrays.copyOf(product, n);
    value = Arrays.copyOf(value, n);
  }

  /** Parses one simple line from {@code p}; returns the position after it, or -1. */
  private int fast(byte[] b, int p, int to) {
    p = integer(b, p, to, 9);
    if (p < 0) {
      return -1;
    }
    t = t2;
    p = integer(b, p, to, 3);
    if (p < 0) {
      return -1;
    }
    i = t2;
    p = integer(b, p, to, 3);
    if (p < 0) {
      return -1;
    }
    j = t2;
    boolean quoted = p < to && b[p] == '"';
    if (quoted) {
      p++;
    }
    int s = p;
    int x = 0;
    while (p < to) {
      int d = b[p] - '0';
      if (d < 0 || d > 9) {
        break;
      }
      x = x * 10 + d;
      p++;
    }
    if (p == s || p - s > 6) {
      return -1;
    }
    if (quoted) {
      if (p >= to || b[p] != '"') {
        return -1;
      }
      p++;
    }
    if (p >= to || b[p] != ',') {
      return -1;
    }
    k = x;
    p++;
    long m = 0;
    int digits = 0;
    int scale = 0;
    boolean any = false;
    while (p < to) {
      int d = b[p] - '0';
      if (d < 0 || d > 9) {
        break;
      }
      any = true;
      if (m != 0 || d != 0) {
        if (digits == 15) {
          return -1;
        }
        m = m * 10 + d;
        digits++;
      }
      p++;
    }
    if (p < to && b[p] == '.') {
      p++;
      while (p < to) {
        int d = b[p] - '0';
        if (d < 0 || d > 9) {
          break;
        }
        any = true;
        if (m != 0 || d != 0) {
          if (digits == 15) {
            return -1;
          }
          m = m * 10 + d;
          digits++;
        }
        scale--;
        p++;
      }
    }
    if (!any || scale < -22 || p >= to || b[p] != ',') {
      return -1;
    }
    v = Numbers.scaled(m, scale);
    p++;
    while (p < to) {
      byte c = b[p];
      if (c == '\n') {
        return p + 1;
      }
      if (c == ',' || c == '"') {
        return -1;
      }
      p++;
    }
    return p;
  }

  private int t2;

  /** Parses up to {@code max} digits then a comma; leaves the number in {@code t2}. */
  private int integer(byte[] b, int p, int to, int max) {
    int s = p;
    int x = 0;
    while (p < to) {
      int d = b[p] - '0';
      if (d < 0 || d > 9) {
        break;
      }
      x = x * 10 + d;
      p++;
    }
    if (p == s || p - s > max || p >= to || b[p] != ',') {
      return -1;
    }
    t2 = x;
    return p + 1;
  }
}
