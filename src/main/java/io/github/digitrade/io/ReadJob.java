package io.github.digitrade.io;

import io.github.digitrade.internal.CsvScanner;
import com.google.common.collect.ImmutableList;
import com.google.common.io.CountingInputStream;
import io.github.digitrade.table.Dimension;
import io.github.digitrade.table.FlowTable;
import io.github.digitrade.table.FlowTableBuilder;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/**
 * One read of a {@link FlowReader}: the scanner over the (decompressed) input, the row parser the
 * format binds to the header (tidy and Comtrade rows by labels, BACI rows by integers), the BACI
 * block fast path (sequential on streams, parallel on uncompressed files), the strict or lenient
 * error handling and the table being built.
 */
final class ReadJob {

  private static final int BLOCK = 4 << 20;

  private static int lastLineEnd(byte[] b, int n) {
    for (int i = n - 1; i >= 0; i--) {
      if (b[i] == '\n') {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * Reads and parses the lines that start in {@code [start, stop)} of a file, reading past {@code
   * stop} to finish the last one. Reuses a recycled block and its buffer when one is given.
   */
  private static BaciBlock block(
      FileChannel channel, long start, long stop, long size, boolean first, @Nullable BaciBlock old)
      throws IOException {
    long from = first ? start : start - 1;
    int extra = 1 << 16;
    while (true) {
      long to = Math.min(size, stop + extra);
      int length = (int) (to - from);
      byte[] b = old != null && old.bytes.length >= length ? old.bytes : new byte[length];
      ByteBuffer bb = ByteBuffer.wrap(b, 0, length);
      while (bb.hasRemaining()) {
        if (channel.read(bb, from + bb.position()) < 0) {
          break;
        }
      }
      BaciBlock blk = old != null ? old.reuse(b) : new BaciBlock(b, length / 24);
      int p = 0;
      if (!first) {
        while (p < length && b[p] != '\n') {
          p++;
        }
        p++;
      }
      int own = (int) (stop - from);
      if (p >= own) {
        return blk.parse(0, 0);
      }
      int end = own - 1;
      while (end < length && b[end] != '\n') {
        end++;
      }
      if (end < length) {
        return blk.parse(p, end + 1);
      }
      if (to == size) {
        return blk.parse(p, length);
      }
      extra *= 4;
      old = blk;
    }
  }

  /** A row that cannot be used; becomes a {@link RowError}. */
  static final class BadRow extends Exception {
    private static final long serialVersionUID = 1L;
    final int field;
    final String why;

    BadRow(int field, String message) {
      super(message, null, false, false);
      this.field = field;
      this.why = message;
    }
  }

  private final FlowFormat format;
  private final ReadOptions options;
  private final FlowReader reader;
  private final String source;
  private final long totalBytes;
  private final CountingInputStream counting;
  private final InputStream data;
  private final boolean compressed;
  private final CsvScanner scanner;
  private final @Nullable Path file;
  private final FlowTableBuilder builder = FlowTable.builder();
  private final List<RowError> errors = new ArrayList<>();
  private List<String> header = List.of();
  private int[] directions = new int[0];
  private long rowsRead;
  private long rowsKept;

  ReadJob(
      FlowReader reader, InputStream in, String source, long totalBytes, @Nullable Path file)
      throws IOException {
    this.format = reader.format;
    this.options = reader.options;
    this.reader = reader;
    this.source = source;
    this.file = file;
    this.totalBytes = totalBytes;
    this.counting = new CountingInputStream(in);
    this.data = FlowReader.decompress(counting, source);
    this.compressed = data instanceof GZIPInputStream;
    this.scanner =
        new CsvScanner(
            data, totalBytes >= 0 && !compressed ? (int) Math.min(FlowReader.BUFFER, totalBytes + 16) : 1 << 16);
    builder.duplicates(options.duplicates);
  }

  ReadResult run() throws IOException {
    try {
      header = FlowReader.firstRecord(scanner, source);
      Rows rows = format.integerRows() ? new BaciRows() : new TidyRows();
      if (rows instanceof BaciRows baci && baci.exact()) {
        if (file != null && !compressed && totalBytes - scanner.position() > BLOCK) {
          parallel(baci, file);
        } else {
          sequential(baci);
        }
      } else {
        scan(scanner, 0, rows, true);
      }
    } catch (EOFException | ZipException e) {
      if (!compressed) {
        throw e;
      }
      throw FlowReader.corrupt(source, scanner, e);
    }
    options.progress.progress(counting.getCount(), totalBytes, rowsRead);
    FlowTable table;
    try {
      table = builder.build();
    } catch (IllegalArgumentException e) {
      throw new FlowFormatException(
          RowError.ofFile(source, String.valueOf(e.getMessage())), e);
    }
    return new ReadResult(table, new ReadReport(source, rowsRead, rowsKept, errors));
  }

  /** Reads the records of a scanner; {@code base} is added to its line numbers. */
  private void scan(CsvScanner s, long base, Rows rows, boolean estimate) throws IOException {
    while (true) {
      try {
        if (!s.next()) {
          break;
        }
      } catch (CsvScanner.SyntaxError e) {
        rowsRead++;
        fail(
            new RowError(
                source, base + e.line, e.column, name(e.column - 1), e.text, e.why));
        continue;
      }
      rowsRead++;
      try {
        rows.add(s);
        rowsKept++;
      } catch (BadRow e) {
        fail(rowError(base + s.line(), e.field, e.field < 0 ? s.rawRecord() : s.raw(e.field), e.why));
      }
      if ((rowsRead & (FlowReader.PROGRESS_EVERY - 1)) == 0) {
        options.progress.progress(counting.getCount(), totalBytes, rowsRead);
      }
      if (estimate && rowsRead == 4096 && totalBytes > 0 && !compressed) {
        double perRow = (double) s.position() / rowsRead;
        builder.expectedRows((int) Math.min(Integer.MAX_VALUE - 8, totalBytes / perRow * 1.02));
      }
    }
  }

  /**
   * Adds the rows of a parsed block, and the slow lines in their place, in file order: the raw
   * numbers of each run of fast rows are mapped to dictionary codes in place, then added at once.
   */
  private void consume(BaciBlock blk, long firstLine, BaciRows rows, long bytes)
      throws IOException {
    if (directions.length < blk.year.length) {
      directions = new int[blk.year.length];
      Arrays.fill(directions, rows.direction);
    }
    long before = rowsRead;
    if (blk.localized) {
      if (blk.slowCount == 0 && rows.translate(blk)) {
        rowsRead += blk.rows;
        rowsKept += blk.rows;
        builder.addAll(
            blk.exporter, blk.importer, blk.product, blk.year, directions, blk.value, 0, blk.rows);
        if ((before >>> 20) != (rowsRead >>> 20)) {
          options.progress.progress(bytes, totalBytes, rowsRead);
        }
        return;
      }
      blk.delocalize();
    }
    int slow = 0;
    int r = 0;
    while (true) {
      int stop = slow < blk.slowCount ? blk.slowAt[slow] : blk.rows;
      int w = r;
      int start = r;
      for (; r < stop; r++) {
        try {
          int e = rows.country(rows.exporters, blk.exporter[r], Dimension.REPORTER, 1);
          int m = rows.country(rows.importers, blk.importer[r], Dimension.PARTNER, 2);
          int p = rows.product(blk.product[r]);
          int y = rows.year(blk.year[r]);
          blk.exporter[w] = e;
          blk.importer[w] = m;
          blk.product[w] = p;
          blk.year[w] = y;
          blk.value[w] = blk.value[r];
          w++;
        } catch (BadRow e) {
          rowsRead += r - start + 1;
          rowsKept += w - start;
          builder.addAll(
              blk.exporter, blk.importer, blk.product, blk.year, directions, blk.value, start, w);
          start = r + 1;
          w = r + 1;
          fail(
              rowError(
                  firstLine + blk.lineOf(r),
                  e.field,
                  Integer.toString(e.field == 1 ? blk.exporter[r] : blk.importer[r]),
                  e.why));
        }
      }
      rowsRead += stop - start;
      rowsKept += w - start;
      builder.addAll(
          blk.exporter, blk.importer, blk.product, blk.year, directions, blk.value, start, w);
      if (slow >= blk.slowCount) {
        break;
      }
      int s0 = blk.slowStart[slow];
      int s1 = blk.slowEnd[slow];
      CsvScanner s =
          new CsvScanner(new ByteArrayInputStream(blk.bytes, s0, s1 - s0), Math.max(64, s1 - s0 + 1));
      scan(s, firstLine + blk.slowLine[slow] - 1, rows, false);
      slow++;
    }
    if ((before >>> 20) != (rowsRead >>> 20)) {
      options.progress.progress(bytes, totalBytes, rowsRead);
    }
  }

  /** The BACI fast path on a stream: blocks parsed one after the other. */
  private void sequential(BaciRows rows) throws IOException {
    long line = scanner.nextLine();
    byte[] left = scanner.remaining();
    byte[] buf = Arrays.copyOf(left, Math.max(FlowReader.BUFFER, left.length * 2));
    int n = left.length;
    boolean end = false;
    while (true) {
      while (!end && n < buf.length) {
        int r = data.read(buf, n, buf.length - n);
        if (r < 0) {
          end = true;
        } else {
          n += r;
        }
      }
      int cut = n;
      if (!end) {
        cut = lastLineEnd(buf, n);
        if (cut < 0) {
          buf = Arrays.copyOf(buf, buf.length * 2);
          continue;
        }
      }
      BaciBlock blk = new BaciBlock(buf, cut / 24).parse(0, cut);
      consume(blk, line, rows, counting.getCount());
      line += blk.lines;
      if (end) {
        return;
      }
      byte[] next = new byte[buf.length];
      System.arraycopy(buf, cut, next, 0, n - cut);
      n -= cut;
      buf = next;
    }
  }

  /** The BACI fast path on an uncompressed file: blocks parsed in parallel, added in order. */
  private void parallel(BaciRows rows, Path path) throws IOException {
    long line = scanner.nextLine();
    long dataStart = scanner.position();
    int threads = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "digitrade-baci-reader");
              t.setDaemon(true);
              return t;
            });
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      long size = channel.size();
      ArrayDeque<Future<BaciBlock>> inflight = new ArrayDeque<>();
      ConcurrentLinkedQueue<BaciBlock> recycled = new ConcurrentLinkedQueue<>();
      ArrayDeque<Long> ends = new ArrayDeque<>();
      long next = dataStart;
      boolean estimated = false;
      while (next < size || !inflight.isEmpty()) {
        while (next < size && inflight.size() < threads + 2) {
          long start = next;
          long stop = Math.min(size, start + BLOCK);
          boolean first = start == dataStart;
          inflight.add(
              pool.submit(() -> block(channel, start, stop, size, first, recycled.poll())));
          ends.add(stop);
          next = stop;
        }
        BaciBlock blk;
        try {
          blk = Objects.requireNonNull(inflight.poll()).get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while reading " + source);
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof IOException io) {
            throw io;
          }
          throw new IllegalStateException("reading " + source + " failed", cause);
        }
        long stop = Objects.requireNonNull(ends.poll());
        if (!estimated && blk.rows > 0) {
          estimated = true;
          double perRow = (double) (stop - dataStart) / (blk.rows + blk.slowCount);
          builder.expectedRows(
              (int) Math.min(Integer.MAX_VALUE - 8, (size - dataStart) / perRow * 1.02));
        }
        consume(blk, line, rows, stop);
        line += blk.lines;
        recycled.add(blk);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The error of a bad row: a whole record when {@code field} is negative, else one field. */
  private RowError rowError(long line, int field, String text, String why) {
    return field < 0
        ? RowError.ofRecord(source, line, text, why)
        : RowError.ofField(source, line, field + 1, name(field), text, why);
  }

  private String name(int field) {
    return field >= 0 && field < header.size() ? header.get(field) : "";
  }

  private void fail(RowError e) throws FlowFormatException {
    if (options.mode == ReadMode.STRICT) {
      throw new FlowFormatException(e);
    }
    if (errors.size() < ReadReport.MAX_LISTED) {
      errors.add(e);
    }
  }

  private FlowFormatException badHeader(String message) {
    return new FlowFormatException(
        RowError.ofHeader(source, CsvScanner.shorten(String.join(",", header), 200), message));
  }

  private int column(List<String> names, String what) throws FlowFormatException {
    for (String n : names) {
      int i = FlowReader.find(header, n);
      if (i >= 0) {
        return i;
      }
    }
    throw badHeader(
        "no column for the "
            + what
            + ": expected a header named "
            + (names.size() == 1 ? names.get(0) : "one of " + names));
  }

  private void checkFieldCount(CsvScanner scanner) throws BadRow {
    if (scanner.fieldCount() != header.size()) {
      throw new BadRow(
          -1,
          "found "
              + scanner.fieldCount()
              + " field"
              + (scanner.fieldCount() == 1 ? "" : "s")
              + ": expected "
              + header.size()
              + ", as in the header");
    }
  }

  private double value(CsvScanner scanner, int f) throws BadRow {
    try {
      return Numbers.value(scanner.buffer(), scanner.start(f), scanner.end(f));
    } catch (Numbers.BadNumber e) {
      throw new BadRow(f, e.why);
    }
  }

  private int integer(CsvScanner scanner, int f) throws BadRow {
    try {
      return Numbers.integer(scanner.buffer(), scanner.start(f), scanner.end(f));
    } catch (Numbers.BadNumber e) {
      throw new BadRow(f, e.why);
    }
  }

  /** Adds the current record to the builder. */
  private interface Rows {
    void add(CsvScanner scanner) throws BadRow;
  }

  /** Tidy and Comtrade rows: labels by bytes, numbers from bytes. */
  private final class TidyRows implements Rows {
    private final int[] fields = new int[5];
    private final int[] constants = new int[5];
    private final LabelCache[] labels = new LabelCache[5];
    private final int valueField;
    private final int[] codes = new int[5];

    TidyRows() throws FlowFormatException {
      Dimension[] dims = Dimension.values();
      for (int d = 0; d < 5; d++) {
        Dimension dim = dims[d];
        ImmutableList<String> names = format.mapping().columns(dim);
        if (names.isEmpty()) {
          fields[d] = -1;
          constants[d] = builder.code(dim, format.mapping().constant(dim));
        } else {
          fields[d] = column(names, dim.label());
          boolean numeric =
              format.numericCountries()
                  && (dim == Dimension.REPORTER || dim == Dimension.PARTNER);
          labels[d] = new LabelCache(builder, reader, dim, numeric);
        }
      }
      valueField = column(format.mapping().value(), "value");
    }

    @Override
    public void add(CsvScanner scanner) throws BadRow {
      checkFieldCount(scanner);
      double v = value(scanner, valueField);
      for (int d = 0; d < 5; d++) {
        int f = fields[d];
        codes[d] = f < 0 ? constants[d] : labels[d].code(scanner, f);
      }
      builder.addCodes(codes[0], codes[1], codes[2], codes[3], codes[4], v);
    }
  }

  /** BACI rows: integers looked up in arrays. */
  private final class BaciRows implements Rows {
    private final int t;
    private final int i;
    private final int j;
    private final int k;
    private final int v;
    final int direction;
    final int[] exporters = new int[1000];
    final int[] importers = new int[1000];
    private int[] products = new int[0];
    private int lastYear = -1;
    private int lastYearCode = -1;

    BaciRows() throws FlowFormatException {
      ColumnMapping m = format.mapping();
      t = column(m.columns(Dimension.PERIOD), "year");
      i = column(m.columns(Dimension.REPORTER), "exporter");
      j = column(m.columns(Dimension.PARTNER), "importer");
      k = column(m.columns(Dimension.PRODUCT), "product");
      v = column(m.value(), "value");
      direction = builder.code(Dimension.DIRECTION, m.constant(Dimension.DIRECTION));
      Arrays.fill(exporters, -1);
      Arrays.fill(importers, -1);
    }

    @Override
    public void add(CsvScanner scanner) throws BadRow {
      checkFieldCount(scanner);
      int year = integer(scanner, t);
      int exporter = integer(scanner, i);
      int importer = integer(scanner, j);
      int product = integer(scanner, k);
      double value = value(scanner, v);
      if (product > 999_999) {
        throw new BadRow(k, "expected an HS6 code of at most 6 digits");
      }
      addRaw(year, exporter, importer, product, value);
    }

    /** Whether the header is exactly t,i,j,k,v,q, the layout of the fast path. */
    boolean exact() {
      return header.size() == 6 && t == 0 && i == 1 && j == 2 && k == 3 && v == 4
          && header.get(5).equalsIgnoreCase("q");
    }

    void addRaw(int year, int exporter, int importer, int product, double value) throws BadRow {
      int e = country(exporters, exporter, Dimension.REPORTER, i);
      int m = country(importers, importer, Dimension.PARTNER, j);
      builder.addCodes(e, m, product(product), year(year), direction, value);
    }

    private int[] exporterMap = new int[0];
    private int[] importerMap = new int[0];
    private int[] productMap = new int[0];
    private int[] yearMap = new int[0];

    /**
     * Replaces the local codes of a localized block by dictionary codes, if every distinct number
     * of the block is valid; otherwise changes nothing and returns false, and the caller maps the
     * rows one by one, reporting the bad ones. With valid numbers only, numbering the distinct
     * numbers in their block order gives the codes a row-by-row read would give.
     */
    boolean translate(BaciBlock blk) {
      if (!valid(blk.exporters, exporters) || !valid(blk.importers, importers)) {
        return false;
      }
      exporterMap = resolve(blk.exporters, exporterMap, 0);
      importerMap = resolve(blk.importers, importerMap, 1);
      productMap = resolve(blk.products, productMap, 2);
      yearMap = resolve(blk.years, yearMap, 3);
      int[] em = exporterMap;
      int[] mm = importerMap;
      int[] pm = productMap;
      int[] ym = yearMap;
      int[] es = blk.exporter;
      int[] ms = blk.importer;
      int[] ps = blk.product;
      int[] ys = blk.year;
      for (int r = 0, n = blk.rows; r < n; r++) {
        es[r] = em[es[r]];
        ms[r] = mm[ms[r]];
        ps[r] = pm[ps[r]];
        ys[r] = ym[ys[r]];
      }
      blk.localized = false;
      return true;
    }

    private boolean valid(IntDictionary codes, int[] cache) {
      for (int c = 0, n = codes.size(); c < n; c++) {
        int code = codes.key(c);
        if (code > 999) {
          return false;
        }
        if (cache[code] < 0 && !options.countryCodes.isEmpty() && !options.countryCodes.containsKey(code)) {
          return false;
        }
      }
      return true;
    }

    private int[] resolve(IntDictionary local, int[] map, int dimension) {
      int n = local.size();
      int[] m = map.length >= n ? map : new int[Math.max(n, map.length * 2)];
      for (int c = 0; c < n; c++) {
        int key = local.key(c);
        try {
          m[c] =
              switch (dimension) {
                case 0 -> country(exporters, key, Dimension.REPORTER, i);
                case 1 -> country(importers, key, Dimension.PARTNER, j);
                case 2 -> product(key);
                default -> year(key);
              };
        } catch (BadRow e) {
          throw new IllegalStateException("a validated country code was refused", e);
        }
      }
      return m;
    }

    int year(int year) {
      if (year != lastYear) {
        lastYearCode = builder.code(Dimension.PERIOD, Integer.toString(year));
        lastYear = year;
      }
      return lastYearCode;
    }

    /** The code of an HS6 product of at most 6 digits. */
    int product(int product) {
      if (products.length == 0) {
        products = new int[1_000_000];
        Arrays.fill(products, -1);
      }
      int p = products[product];
      if (p < 0) {
        String hs = Integer.toString(product + 1_000_000).substring(1);
        p = builder.code(Dimension.PRODUCT, hs);
        products[product] = p;
      }
      return p;
    }

    int country(int[] cache, int code, Dimension dim, int field) throws BadRow {
      if (code > 999) {
        throw new BadRow(field, "expected a country code from 0 to 999");
      }
      int c = cache[code];
      if (c >= 0) {
        return c;
      }
      String label;
      if (options.countryCodes.isEmpty()) {
        label = reader.countryLabel(code);
      } else {
        String iso = options.countryCodes.get(code);
        if (iso == null) {
          throw new BadRow(field, "unknown country code: expected a code of the country-code file");
        }
        label = iso;
      }
      c = builder.code(dim, label);
      cache[code] = c;
      return c;
    }
  }
}
