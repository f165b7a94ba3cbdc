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

  /**
   * Parses the complete lines of {@code bytes[from, to)}; the last may lack its line end, and is
   * then left to the general path (a slow segment), so that every line the fast loop sees ends
   * with a line feed.
   */
  BaciBlock parse(int from, int to) {
    byte[] b = bytes;
    int stop = to;
    if (to > from && b[to - 1] != '\n') {
      stop = to - 1;
      while (stop > from && b[stop - 1] != '\n') {
        stop--;
      }
    }
    int p = from;
    while (p < stop) {
      int next = fast(b, p);
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
        while (b[end] != '\n') {
          end++;
        }
        slow(p, end);
        p = end + 1;
      }
      lines++;
    }
    if (stop < to) {
      slow(stop, to);
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

  /**
   * Parses one simple line from {@code p}; returns the position after it, or -1. Every line of the
   * range ends with a line feed ({@link #parse} keeps a last line without one apart), so the loops
   * stop at a byte that is not a digit without comparing the position with the end of the range:
   * one test per byte. A digit test is one comparison: {@code (b - '0') & 0xFF} is above 9 for
   * every byte that is not a digit, including the negative bytes of UTF-8 sequences.
   */
  private int fast(byte[] b, int p) {
    // the year (up to 9 digits), the exporter and the importer (up to 3), each before a comma;
    // written out rather than called, as the compiler of a short run does not inline a loop
    int s = p;
    int x = 0;
    while (true) {
      int d = (b[p] - '0') & 0xFF;
      if (d > 9) {
        break;
      }
      x = x * 10 + d;
      p++;
    }
    if (p == s || p - s > 9 || b[p] != ',') {
      return -1;
    }
    t = x;
    s = ++p;
    x = 0;
    while (true) {
      int d = (b[p] - '0') & 0xFF;
      if (d > 9) {
        break;
      }
      x = x * 10 + d;
      p++;
    }
    if (p == s || p - s > 3 || b[p] != ',') {
      return -1;
    }
    i = x;
    s = ++p;
    x = 0;
    while (true) {
      int d = (b[p] - '0') & 0xFF;
      if (d > 9) {
        break;
      }
      x = x * 10 + d;
      p++;
    }
    if (p == s || p - s > 3 || b[p] != ',') {
      return -1;
    }
    j = x;
    p++;
    boolean quoted = b[p] == '"';
    if (quoted) {
      p++;
    }
    s = p;
    x = 0;
    while (true) {
      int d = (b[p] - '0') & 0xFF;
      if (d > 9) {
        break;
      }
      x = x * 10 + d;
      p++;
    }
    if (p == s || p - s > 6) {
      return -1;
    }
    if (quoted) {
      if (b[p] != '"') {
        return -1;
      }
      p++;
    }
    if (b[p] != ',') {
      return -1;
    }
    k = x;
    p++;
    // the value: leading zeros, then the significant digits, counted by position; a mantissa of
    // more than 15 digits (whose long may have overflowed) goes to the general path
    int start = p;
    while (b[p] == '0') {
      p++;
    }
    int first = p;
    long m = 0;
    while (true) {
      int d = (b[p] - '0') & 0xFF;
      if (d > 9) {
        break;
      }
      m = m * 10 + d;
      p++;
    }
    int digits = p - first;
    int scale = 0;
    boolean any = p > start;
    if (b[p] == '.') {
      p++;
      int fraction = p;
      if (digits == 0) {
        while (b[p] == '0') {
          p++;
        }
      }
      int significant = p;
      while (true) {
        int d = (b[p] - '0') & 0xFF;
        if (d > 9) {
          break;
        }
        m = m * 10 + d;
        p++;
      }
      digits += p - significant;
      scale = fraction - p;
      any |= p > fraction;
    }
    if (!any || digits > 15 || scale < -22 || b[p] != ',') {
      return -1;
    }
    v = Numbers.scaled(m, scale);
    p++;
    // the quantity is not read: up to the line feed, without a comma or a quote (all three sort
    // at or below ',', digits and the decimal point above it)
    while (true) {
      byte c = b[p];
      if (c <= ',') {
        if (c == '\n') {
          return p + 1;
        }
        if (c == ',' || c == '"') {
          return -1;
        }
      }
      p++;
    }
  }

}
