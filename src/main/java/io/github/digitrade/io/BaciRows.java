package io.github.digitrade.io;

import io.github.digitrade.internal.CsvScanner;
import io.github.digitrade.table.Dimension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * The BACI row parser and its fast path: integers looked up in arrays, and, when the header is
 * exactly {@code t,i,j,k,v,q}, whole blocks of bytes parsed at once ({@link BaciBlock}), one after
 * the other on a stream or in parallel on an uncompressed file, added to the table in file order.
 */
final class BaciRows implements ReadJob.Rows {
  private final ReadJob job;
  private int[] directions = new int[0];
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

  BaciRows(ReadJob job) throws FlowFormatException {
    this.job = job;
    ColumnMapping m = job.format.mapping();
    t = job.column(m.columns(Dimension.PERIOD), "year");
    i = job.column(m.columns(Dimension.REPORTER), "exporter");
    j = job.column(m.columns(Dimension.PARTNER), "importer");
    k = job.column(m.columns(Dimension.PRODUCT), "product");
    v = job.column(m.value(), "value");
    direction = job.builder.code(Dimension.DIRECTION, m.constant(Dimension.DIRECTION));
    Arrays.fill(exporters, -1);
    Arrays.fill(importers, -1);
  }

  @Override
  public boolean add(CsvScanner scanner) throws ReadJob.BadRow {
    job.checkFieldCount(scanner);
    int year = job.integer(scanner, t);
    int exporter = job.integer(scanner, i);
    int importer = job.integer(scanner, j);
    int product = job.integer(scanner, k);
    double value = job.value(scanner, v);
    if (product > 999_999) {
      throw new ReadJob.BadRow(k, "expected an HS6 code of at most 6 digits");
    }
    addRaw(year, exporter, importer, product, value);
    return true;
  }

  /** Whether the header is exactly t,i,j,k,v,q, the layout of the fast path. */
  boolean exact() {
    return job.header.size() == 6 && t == 0 && i == 1 && j == 2 && k == 3 && v == 4
        && job.header.get(5).equalsIgnoreCase("q");
  }

  void addRaw(int year, int exporter, int importer, int product, double value) throws ReadJob.BadRow {
    int e = country(exporters, exporter, Dimension.REPORTER, i);
    int m = country(importers, importer, Dimension.PARTNER, j);
    job.builder.addCodes(e, m, product(product), year(year), direction, value);
  }

  private static final int[] NO_KEYS = new int[0];

  /** The dimensions a block gives by run (reporter, partner, period), as {@link Dimension#ALL}. */
  private static final boolean[] BY_RUN = {true, true, false, true, false};

  /**
   * Adds the rows of a localized block straight from its local codes, if every distinct number of
   * the block is valid: the distinct numbers are looked up once, in their block order (which gives
   * the codes a row-by-row read would give), and the builder writes the codes from these maps into
   * the table's columns, the year's, exporter's and importer's once for each run of rows.
   * Otherwise adds nothing and returns false, and the caller maps the rows one by one, reporting
   * the bad ones.
   */
  boolean addLocalized(BaciBlock blk) {
    if (!valid(blk.exporters, exporters) || !valid(blk.importers, importers)) {
      return false;
    }
    int[] em = resolve(blk.exporters.keys(), blk.exporters.size(), 0);
    int[] mm = resolve(blk.importers.keys(), blk.importers.size(), 1);
    resolveProducts(blk);
    int[] pm = productCodes();
    int[] ym = resolve(blk.years.keys(), blk.years.size(), 3);
    job.builder.addMapped(
        new int[][] {blk.runExporter, blk.runImporter, blk.product, blk.runYear, NO_KEYS},
        BY_RUN,
        blk.runStart,
        blk.runs,
        new int[][] {em, mm, pm, ym, {direction}},
        blk.value,
        0,
        blk.rows);
    return true;
  }

  private boolean valid(IntDictionary codes, int[] cache) {
    for (int c = 0, n = codes.size(); c < n; c++) {
      int code = codes.key(c);
      if (code > 999) {
        return false;
      }
      if (cache[code] < 0 && !job.options.countryCodes.isEmpty() && !job.options.countryCodes.containsKey(code)) {
        return false;
      }
    }
    return true;
  }

  private int[] resolve(int[] keys, int n, int dimension) {
    int[] m = new int[n];
    for (int c = 0; c < n; c++) {
      int key = keys[c];
      try {
        m[c] =
            switch (dimension) {
              case 0 -> country(exporters, key, Dimension.REPORTER, i);
              case 1 -> country(importers, key, Dimension.PARTNER, j);
              default -> year(key);
            };
      } catch (ReadJob.BadRow e) {
        throw new IllegalStateException("a validated country code was refused", e);
      }
    }
    return m;
  }

  int year(int year) {
    if (year != lastYear) {
      lastYearCode = job.builder.code(Dimension.PERIOD, Integer.toString(year));
      lastYear = year;
    }
    return lastYearCode;
  }

  /**
   * Numbers, in row order, the products of a block's fast rows that were not yet known when it was
   * parsed (the first blocks of a file), so that every product gets its code at its first row in
   * the file, as row by row.
   */
  private void resolveProducts(BaciBlock blk) {
    if (blk.unresolved == 0) {
      return;
    }
    int[] product = blk.product;
    for (int r = 0; r < blk.rows; r++) {
      if (product[r] < 0) {
        product[r] = product(~product[r]);
      }
    }
    blk.unresolved = 0;
  }

  /** The code of a fast row's product entry: a table code, or {@code ~number} if unresolved. */
  private int productOf(int entry) {
    return entry >= 0 ? entry : product(~entry);
  }

  private int[] identity = new int[0];

  /**
   * The codes {@code 0 .. n−1} of the {@code n} products numbered so far, as the code map of the
   * fast rows, whose product entries are already table codes.
   */
  private int[] productCodes() {
    int n = job.builder.dictionarySize(Dimension.PRODUCT);
    if (identity.length != n) {
      identity = new int[n];
      for (int c = 0; c < n; c++) {
        identity[c] = c;
      }
    }
    return identity;
  }

  /**
   * The table's code of every 6-digit product number seen so far (-1 for the others), which the
   * parsers of the blocks read ({@link BaciBlock#knownProducts}); made before they start.
   */
  int[] knownProducts() {
    if (products.length == 0) {
      products = new int[1_000_000];
      Arrays.fill(products, -1);
    }
    return products;
  }

  /** The code of an HS6 product of at most 6 digits. */
  int product(int product) {
    int[] known = knownProducts();
    int p = known[product];
    if (p < 0) {
      String hs = Integer.toString(product + 1_000_000).substring(1);
      p = job.builder.code(Dimension.PRODUCT, hs);
      products[product] = p;
    }
    return p;
  }

  int country(int[] cache, int code, Dimension dim, int field) throws ReadJob.BadRow {
    if (code > 999) {
      throw new ReadJob.BadRow(field, "expected a country code from 0 to 999");
    }
    int c = cache[code];
    if (c >= 0) {
      return c;
    }
    String label;
    if (job.options.countryCodes.isEmpty()) {
      label = job.reader.countryLabel(code);
    } else {
      String iso = job.options.countryCodes.get(code);
      if (iso == null) {
        throw new ReadJob.BadRow(field, "unknown country code: expected a code of the country-code file");
      }
      label = iso;
    }
    c = job.builder.code(dim, label);
    cache[code] = c;
    return c;
  }

  /**
   * The bytes of a parallel block: 2 MiB, not 4, as the blocks in flight and recycled (their bytes
   * and row arrays, some 3 MB each) are part of the peak memory: 30 MB less at 10 million rows,
   * with the same CPU time (see docs/performance.md).
   */
  static final int BLOCK = 2 << 20;

  /** The position after the last line feed of {@code b[0, n)}, or -1 if there is none. */
  static int lastLineEnd(byte[] b, int n) {
    for (int i = n - 1; i >= 0; i--) {
      if (b[i] == '\n') {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * Reads and parses the lines that start in {@code [start, stop)} of a file ({@link FileRegions}),
   * reading past {@code stop} to finish the last one. Reuses a recycled block and its buffer when
   * one is given.
   */
  private static BaciBlock block(
      FileChannel channel,
      String source,
      long start,
      long stop,
      long size,
      boolean first,
      @Nullable BaciBlock old,
      int[] knownProducts)
      throws IOException {
    long from = first ? start : start - 1;
    int extra = 1 << 16;
    while (true) {
      long to = Math.min(size, stop + extra);
      int length = (int) (to - from);
      // the parser loads words of eight bytes up to SLACK bytes past the last line
      byte[] b =
          old != null && old.bytes.length >= length + BaciBlock.SLACK
              ? old.bytes
              : new byte[length + BaciBlock.SLACK];
      FileRegions.read(channel, source, b, from, length);
      BaciBlock blk = old != null ? old.reuse(b) : new BaciBlock(b, length / 24);
      blk.knownProducts = knownProducts;
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

  /**
   * Adds the rows of a parsed block, and the slow lines in their place, in file order: the raw
   * numbers of each run of fast rows are mapped to dictionary codes in place, then added at once.
   */
  private void consume(BaciBlock blk, long firstLine, long bytes)
      throws IOException {
    if (blk.localized) {
      if (blk.slowCount == 0 && blk.rows > 0 && addLocalized(blk)) {
        job.rowsRead += blk.rows;
        job.rowsKept += blk.rows;
        // once per block of at most 2 MiB: progress moves with the bytes, whatever the row count
        job.options.progress.progress(bytes, job.totalBytes, job.rowsRead);
        return;
      }
      blk.delocalize();
    }
    if (directions.length < blk.rows) {
      directions = new int[blk.year.length];
      Arrays.fill(directions, direction);
    }
    int slow = 0;
    int r = 0;
    while (true) {
      int stop = slow < blk.slowCount ? blk.slowAt[slow] : blk.rows;
      int w = r;
      int start = r;
      for (; r < stop; r++) {
        try {
          int e = country(exporters, blk.exporter[r], Dimension.REPORTER, 1);
          int m = country(importers, blk.importer[r], Dimension.PARTNER, 2);
          int p = productOf(blk.product[r]);
          int y = year(blk.year[r]);
          blk.exporter[w] = e;
          blk.importer[w] = m;
          blk.product[w] = p;
          blk.year[w] = y;
          blk.value[w] = blk.value[r];
          w++;
        } catch (ReadJob.BadRow e) {
          job.rowsRead += r - start + 1;
          job.rowsKept += w - start;
          job.builder.addAll(
              blk.exporter, blk.importer, blk.product, blk.year, directions, blk.value, start, w);
          start = r + 1;
          w = r + 1;
          job.fail(
              job.rowError(
                  firstLine + blk.lineOf(r),
                  e.field,
                  Integer.toString(e.field == 1 ? blk.exporter[r] : blk.importer[r]),
                  e.why));
        }
      }
      job.rowsRead += stop - start;
      job.rowsKept += w - start;
      job.builder.addAll(
          blk.exporter, blk.importer, blk.product, blk.year, directions, blk.value, start, w);
      if (slow >= blk.slowCount) {
        break;
      }
      int s0 = blk.slowStart[slow];
      int s1 = blk.slowEnd[slow];
      CsvScanner s =
          new CsvScanner(new ByteArrayInputStream(blk.bytes, s0, s1 - s0), Math.max(64, s1 - s0 + 1));
      job.scan(s, firstLine + blk.slowLine[slow] - 1, this, false);
      slow++;
    }
    job.options.progress.progress(bytes, job.totalBytes, job.rowsRead);
  }

  /** The BACI fast path on a stream: blocks parsed one after the other. */
  void sequential() throws IOException {
    long line = job.scanner.nextLine();
    byte[] left = job.scanner.remaining();
    // the last SLACK bytes of the buffer are never filled: the parser may load words there
    byte[] buf = Arrays.copyOf(left, Math.max(FlowReader.BUFFER, left.length * 2) + BaciBlock.SLACK);
    int n = left.length;
    boolean end = false;
    BaciBlock blk = null;
    while (true) {
      int room = buf.length - BaciBlock.SLACK;
      while (!end && n < room) {
        int r = job.data.read(buf, n, room - n);
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
          buf = Arrays.copyOf(buf, room * 2 + BaciBlock.SLACK);
          continue;
        }
      }
      // one block, its rows and its buffer reused from one run of lines to the next
      blk = blk == null ? new BaciBlock(buf, cut / 24) : blk.reuse(buf);
      blk.knownProducts = knownProducts();
      blk.parse(0, cut);
      consume(blk, line, job.counting.getCount());
      line += blk.lines;
      if (end) {
        return;
      }
      System.arraycopy(buf, cut, buf, 0, n - cut);
      n -= cut;
    }
  }

  /** The BACI fast path on an uncompressed file: blocks parsed in parallel, added in order. */
  void parallel(Path path) throws IOException {
    long line = job.scanner.nextLine();
    long dataStart = job.scanner.position();
    int threads = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "digitrade-baci-reader");
              t.setDaemon(true);
              return t;
            });
    // made here, before the first block is submitted: the parsing threads see its -1 entries
    int[] known = knownProducts();
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
              pool.submit(
                  () ->
                      block(
                          channel, job.source, start, stop, size, first, recycled.poll(), known)));
          ends.add(stop);
          next = stop;
        }
        BaciBlock blk;
        try {
          blk = Objects.requireNonNull(inflight.poll()).get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while reading " + job.source);
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof IOException io) {
            throw io;
          }
          if (cause instanceof InternalError fault && FileRegions.faulted(fault)) {
            // the fault of a mapped copy, if a JDK raises it after FileRegions.copy has returned
            throw FileRegions.changed(job.source, fault);
          }
          throw new IllegalStateException("reading " + job.source + " failed", cause);
        }
        long stop = Objects.requireNonNull(ends.poll());
        if (!estimated && blk.rows > 0) {
          estimated = true;
          double perRow = (double) (stop - dataStart) / (blk.rows + blk.slowCount);
          job.builder.expectedRows(
              (int) Math.min(Integer.MAX_VALUE - 8, (size - dataStart) / perRow * 1.02),
              Dimension.REPORTER,
              Dimension.PARTNER,
              Dimension.PRODUCT);
        }
        consume(blk, line, stop);
        line += blk.lines;
        recycled.add(blk);
      }
    } finally {
      pool.shutdownNow();
    }
  }

}
