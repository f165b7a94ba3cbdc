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

  /**
   * The fast rows in runs that share a year, an exporter and an importer (a BACI file is sorted by
   * the three, and a run is a few hundred lines long): run {@code r} begins at row {@code
   * runStart[r]} and ends where the next begins (the last at {@link #rows}), and its three
   * numbers are the block-local codes {@code runYear[r]}, {@code runExporter[r]} and {@code
   * runImporter[r]}. Two runs in a row never have the same three codes.
   */
  int runs;

  int[] runStart = new int[16];
  int[] runYear = new int[16];
  int[] runExporter = new int[16];
  int[] runImporter = new int[16];

  /**
   * The raw year, exporter and importer of each fast row, filled from the runs by {@link
   * #delocalize} (the path that reads the rows one by one); empty until then.
   */
  int[] year = NO_ROWS;

  int[] exporter = NO_ROWS;
  int[] importer = NO_ROWS;
  int[] product;
  double[] value;
  int lines;
  int slowCount;
  int[] slowStart = new int[4];
  int[] slowEnd = new int[4];
  int[] slowLine = new int[4];
  int[] slowAt = new int[4];

  /**
   * Block-local dictionaries of the years, exporters and importers: the fast rows hold the local
   * codes, numbered from 0 in the order the numbers first appear in the block.
   */
  final IntDictionary years = new IntDictionary(8);

  final IntDictionary exporters = new IntDictionary(256);
  final IntDictionary importers = new IntDictionary(256);

  /**
   * The table's code of each 6-digit product number seen so far, -1 for the others, shared with
   * the reader ({@link BaciRows#knownProducts()}), which alone writes it, or empty. The parser reads
   * it without synchronisation: an entry only ever changes once, from -1 to its final code, and an
   * {@code int} is read whole, so a parser sees either that code or -1, and -1 only leaves the row
   * to be numbered by the reader ({@link #unresolved}). The array itself (its -1 entries) is
   * published to the parsing threads before they start.
   */
  int[] knownProducts = NO_PRODUCTS;

  private static final int[] NO_PRODUCTS = new int[0];

  private static final int[] NO_ROWS = new int[0];

  /**
   * The fast rows whose product was not in {@link #knownProducts} when parsed: their entry in
   * {@link #product} holds {@code ~number} (negative) instead of a code.
   */
  int unresolved;


  /**
   * Whether the rows' years, exporters and importers are the runs' local codes; once false, the
   * per-row arrays {@link #year}, {@link #exporter} and {@link #importer} hold their raw numbers.
   */
  boolean localized = true;

  /**
   * The length of the bytes {@code t,i,j,} of the last line whose three numbers were parsed, their
   * first eight bytes (a word, little-endian) and their last eight (when longer than eight).
   */
  private int prefixLength;

  private long prefixHead;
  private long prefixTail;
  private int yearCode;
  private int exporterCode;
  private int importerCode;

  /**
   * Whether {@link #prefix} has read the three codes since the last fast row: the next fast row
   * begins a run of them ({@link #run}).
   */
  private boolean newPrefix;
  /** The last number read by {@link #number}. */
  private int number;

  /** The product read by {@link #product} (a line of another shape than BACI's). */
  private int k;

  /** The value read by {@link #longValue}. */
  private double v;

  BaciBlock(byte[] bytes, int expectedRows) {
    this.bytes = bytes;
    int n = Math.max(16, expectedRows);
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
    runs = 0;
    newPrefix = false;
    lines = 0;
    slowCount = 0;
    localized = true;
    prefixLength = 0;
    unresolved = 0;
    years.clear();
    exporters.clear();
    importers.clear();
    return this;
  }

  /**
   * Gives every fast row its raw year, exporter and importer in {@link #year}, {@link #exporter}
   * and {@link #importer}, from the local codes of its run (the products keep their table codes,
   * or {@code ~number}).
   */
  void delocalize() {
    if (!localized) {
      return;
    }
    if (year.length < rows) {
      year = new int[product.length];
      exporter = new int[product.length];
      importer = new int[product.length];
    }
    for (int r = 0; r < runs; r++) {
      int end = r + 1 < runs ? runStart[r + 1] : rows;
      Arrays.fill(year, runStart[r], end, years.key(runYear[r]));
      Arrays.fill(exporter, runStart[r], end, exporters.key(runExporter[r]));
      Arrays.fill(importer, runStart[r], end, importers.key(runImporter[r]));
    }
    localized = false;
  }

  /**
   * Parses the complete lines of {@code bytes[from, to)}; the last may lack its line end, and is
   * then left to the general path (a slow segment), so that every line the fast loop sees ends
   * with a line feed. The words of eight bytes the parser loads may reach up to {@link #SLACK}
   * bytes past {@code to}, so the array must have them (their content does not matter).
   *
   * @throws IllegalArgumentException if the array has fewer than {@code SLACK} bytes after {@code to}
   */
  BaciBlock parse(int from, int to) {
    byte[] b = bytes;
    if (b.length - to < SLACK) {
      throw new IllegalArgumentException(
          "parse(" + from + ", " + to + ") of " + b.length + " bytes: expected " + SLACK
              + " bytes after the range");
    }
    int stop = to;
    if (to > from && b[to - 1] != '\n') {
      stop = to - 1;
      while (stop > from && b[stop - 1] != '\n') {
        stop--;
      }
    }
    prefixLength = 0;
    int[] known = knownProducts;
    int p = from;
    while (p < stop) {
      p = parseLines(b, p, stop, known);
    }
    if (stop < to) {
      slow(stop, to);
      lines++;
    }
    return this;
  }

  /**
   * Parses up to {@link #CHUNK} lines from {@code p} (each ends with a line feed before {@code
   * stop}) and returns the position after the last: a simple line becomes a fast row, any other a
   * slow segment. The whole line is read in this one method, with no call on the common path, and
   * the method is called once for each chunk rather than holding the block's loop: the C1 compiler
   * then neither spills every live value around a call for each field, as it did when the line and
   * the quantity had methods of their own, nor leaves the first block of each thread to the
   * interpreter (a loop is compiled while it runs only after tens of thousands of iterations, a
   * method after about a hundred calls).
   *
   * <p>A BACI file is sorted by year, exporter and importer, so a line mostly begins with the
   * same bytes {@code t,i,j,} as the fast line before it: when it does (two words compared), the
   * three numbers and their codes are those of that line. The product and the two parts of the
   * value are read a word of eight bytes at a time ({@link Numbers#digitRun}, {@link
   * Numbers#digits}): one load, a few logical operations and three multiplications per field
   * instead of a branch and a multiplication per byte. The shapes of every BACI line, a product of
   * six digits and a value with three decimals, are tested by one comparison of the word's digit
   * marks ({@link Numbers#nonDigits}) and the byte after them ({@link #digitsThenComma}), without
   * counting the digits; other lengths are counted, with the same result. An integer part or a
   * fraction of eight digits or more is read digit by digit ({@link #longValue}).
   *
   * <p>The quantity is not read: it is skipped to the line feed a word at a time, and a comma or a
   * quote in it leaves the line to the general path. The first byte below {@code -} ({@code ,},
   * {@code "}, the line feed and other ASCII punctuation or controls) is found by the borrow of a
   * subtraction, exact for the first such byte of a word, and its index in the word by a
   * multiplication ({@link Numbers#firstMarked}).
   *
   * <p>Every line of the range ends with a line feed ({@link #parse} keeps a last line without one
   * apart) and no field reaches past it, so the words loaded past a line's end only ever decide
   * nothing.
   */
  private int parseLines(byte[] b, int p, int stop, int[] known) {
    line:
    for (int count = 0; count < CHUNK && p < stop; count++, lines++) {
      int q;
      int n = prefixLength;
      long w = Numbers.word(b, p);
      boolean same;
      if (n <= 8) {
        same = n > 0 && ((w ^ prefixHead) << (64 - 8 * n)) == 0;
      } else {
        same = n <= 16 && w == prefixHead && Numbers.word(b, p + n - 8) == prefixTail;
      }
      if (same) {
        q = p + n;
      } else {
        q = prefix(b, p);
        if (q < 0) {
          p = slowLine(b, p);
          continue;
        }
      }
      // the product: one to six digits and a comma, the byte after them read from the same word;
      // six digits (every product of a BACI file) are one comparison, not a count
      int hs;
      w = Numbers.word(b, q);
      if (digitsThenComma(w, 48)) {
        hs = (int) Numbers.digits(w, 6);
        q += 7;
      } else {
        q = product(b, q, w);
        if (q < 0) {
          p = slowLine(b, p);
          continue;
        }
        hs = k;
      }
      // the value: an integer part and a fraction of up to seven digits each, a word apiece; the
      // byte after each part is read from its word (a fraction of three digits, as in BACI, is
      // one comparison, and with an integer part of up to five digits one conversion)
      double amount;
      w = Numbers.word(b, q);
      int whole = Numbers.digitRun(w);
      int e = q + whole;
      int after = whole < 8 ? (int) (w >>> (8 * whole)) & 0xFF : b[e];
      long f = Numbers.word(b, e + 1);
      if (after == '.' && whole <= 5 && digitsThenComma(f, 24)) {
        // up to five digits, the point and three: the digits side by side in one word, the
        // fraction's three bytes moved down over the point, and one conversion of them all
        long joined = (w & ((1L << (8 * whole)) - 1)) | ((f & 0xFFFFFF) << (8 * whole));
        amount = Numbers.scaled(Numbers.digits(joined, whole + 3), -3);
        q = e + 5;
      } else {
        long m = whole == 0 ? 0 : Numbers.digits(w, whole);
        int fraction = 0;
        if (after == '.') {
          fraction = Numbers.digitRun(f);
          if (fraction > 0 && fraction < 8) {
            m = m * Numbers.powerOfTen(fraction) + Numbers.digits(f, fraction);
          }
          e += 1 + fraction;
          after = fraction < 8 ? (int) (f >>> (8 * fraction)) & 0xFF : b[e];
        }
        if (whole == 8 || fraction == 8) {
          q = longValue(b, q);
          if (q < 0) {
            p = slowLine(b, p);
            continue;
          }
          amount = v;
        } else if (whole + fraction == 0 || after != ',') {
          p = slowLine(b, p);
          continue;
        } else {
          amount = Numbers.scaled(m, -fraction);
          q = e + 1;
        }
      }
      // the quantity, skipped to the line feed a word at a time (the borrow of a subtraction
      // marks the bytes below '-', firstMarked gives the index of the first)
      while (true) {
        w = Numbers.word(b, q);
        long below = (w - 0x2D2D2D2D2D2D2D2DL) & ~w & 0x8080808080808080L;
        if (below == 0) {
          q += 8;
          continue;
        }
        q += Numbers.firstMarked(below);
        byte c = b[q];
        if (c == '\n') {
          break;
        }
        if (c == ',' || c == '"') {
          p = slowLine(b, p);
          continue line;
        }
        q++;
      }
      if (rows == product.length) {
        grow();
      }
      if (newPrefix) {
        run();
        newPrefix = false;
      }
      int code = known.length == 0 ? -1 : known[hs];
      if (code < 0) {
        code = ~hs;
        unresolved++;
      }
      product[rows] = code;
      value[rows] = amount;
      rows++;
      p = q + 1;
    }
    return p;
  }

  /**
   * Keeps the line from {@code p} as a slow segment, for the general path; returns the position
   * after its line feed.
   */
  private int slowLine(byte[] b, int p) {
    int end = p;
    while (b[end] != '\n') {
      end++;
    }
    slow(p, end);
    return end + 1;
  }

  /**
   * The lines parsed by one call of {@link #parseLines}: enough that a call costs little beside
   * them, few enough that C1 compiles the method within the first 6,400 lines of a thread.
   */
  private static final int CHUNK = 64;

  /** Bytes past the parsed range that {@link #parse} may load (and ignore). */
  static final int SLACK = 64;

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
    int n = product.length * 2;
    product = Arrays.copyOf(product, n);
    value = Arrays.copyOf(value, n);
  }

  /**
   * Begins a run of the current year, exporter and importer codes at the fast row about to be
   * added, the first since {@link #prefix} read them; if the last run has the same three codes (the
   * same numbers written otherwise, or a line between that went to the general path), it goes on
   * instead.
   */
  private void run() {
    int r = runs;
    if (r > 0
        && runYear[r - 1] == yearCode
        && runExporter[r - 1] == exporterCode
        && runImporter[r - 1] == importerCode) {
      return;
    }
    if (r == runStart.length) {
      int n = r * 2;
      runStart = Arrays.copyOf(runStart, n);
      runYear = Arrays.copyOf(runYear, n);
      runExporter = Arrays.copyOf(runExporter, n);
      runImporter = Arrays.copyOf(runImporter, n);
    }
    runStart[r] = rows;
    runYear[r] = yearCode;
    runExporter[r] = exporterCode;
    runImporter[r] = importerCode;
    runs = r + 1;
  }

  /**
   * Whether a word begins with {@code bits / 8} digits (1 to 7) and a comma: one comparison of its
   * digit marks ({@link Numbers#nonDigits}) and one of the byte after them, where {@link
   * Numbers#digitRun} would count. A field of the length a BACI file gives it (a product of six
   * digits, a fraction of three) takes this; any other length the count, with the same result.
   * Under 35 bytes of bytecode, so that the C1 compiler inlines it.
   */
  private static boolean digitsThenComma(long w, int bits) {
    return (Numbers.nonDigits(w) & ((1L << bits) - 1)) == 0 && (byte) (w >>> bits) == ',';
  }

  /**
   * Reads a product of one to six digits, plain or quoted, and its comma from {@code p} (whose
   * word is {@code w}) into {@link #k}; returns the position after the comma, or -1.
   */
  private int product(byte[] b, int p, long w) {
    int length = Numbers.digitRun(w);
    if (length == 0) {
      return quotedProduct(b, p);
    }
    if (length > 6 || ((w >>> (8 * length)) & 0xFF) != ',') {
      return -1;
    }
    k = (int) Numbers.digits(w, length);
    return p + length + 1;
  }

  /**
   * Reads a quoted product of one to six digits and its comma from {@code p} into {@link #k};
   * returns the position after the comma, or -1.
   */
  private int quotedProduct(byte[] b, int p) {
    if (b[p] != '"') {
      return -1;
    }
    long w = Numbers.word(b, p + 1);
    int length = Numbers.digitRun(w);
    if (length == 0 || length > 6) {
      return -1;
    }
    k = (int) Numbers.digits(w, length);
    p += 1 + length;
    if (b[p] != '"' || b[p + 1] != ',') {
      return -1;
    }
    return p + 2;
  }

  /**
   * Parses {@code t,i,j,} from the start of a line (a year of up to 8 digits, an exporter and an
   * importer of up to 3, a word each; a longer year goes to the general path), numbers the three
   * (block-local codes) and keeps the bytes' position for the next lines; returns the position
   * after the third comma, or -1.
   */
  private int prefix(byte[] b, int p) {
    int line = p;
    prefixLength = 0;
    p = number(b, p, 8);
    if (p < 0) {
      return -1;
    }
    int t = number;
    p = number(b, p, 3);
    if (p < 0) {
      return -1;
    }
    int i = number;
    p = number(b, p, 3);
    if (p < 0) {
      return -1;
    }
    yearCode = years.code(t);
    exporterCode = exporters.code(i);
    importerCode = importers.code(number);
    newPrefix = true;
    prefixLength = p - line;
    prefixHead = Numbers.word(b, line);
    prefixTail = Numbers.word(b, p - 8 < line ? line : p - 8);
    return p;
  }

  /**
   * Reads one to {@code max} digits (at most 8) followed by a comma from {@code p} into {@link
   * #number}; returns the position after the comma, or -1.
   */
  private int number(byte[] b, int p, int max) {
    long w = Numbers.word(b, p);
    int n = Numbers.digitRun(w);
    if (n == 0 || n > max || b[p + n] != ',') {
      return -1;
    }
    number = (int) Numbers.digits(w, n);
    return p + n + 1;
  }

  /**
   * Parses a value with eight digits or more in its integer part or its fraction, digit by digit
   * from {@code p}, into {@link #v}, counting its significant digits: more than 15 (whose long may
   * have overflowed) go to the general path. Returns the position after the value's comma, or -1.
   */
  private int longValue(byte[] b, int p) {
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
    return p + 1;
  }
}
