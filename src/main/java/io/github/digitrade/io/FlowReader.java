package io.github.digitrade.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.io.CountingInputStream;
import io.github.digitrade.model.Partner;
import io.github.digitrade.table.Dimension;
import io.github.digitrade.table.DuplicatePolicy;
import io.github.digitrade.table.FlowTable;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipException;

/**
 * Reads trade flows from CSV files into a {@link FlowTable}, streaming, with strict or lenient
 * error handling. Three formats:
 *
 * <ul>
 *   <li>{@link #tidy(ColumnMapping)}: a long table with one flow per row and configurable columns;
 *   <li>{@link #baci()}: CEPII BACI ({@code t,i,j,k,v,q}: year, exporter, importer, HS6 product,
 *       value in thousands of US dollars, quantity in tonnes). Exporter and importer are numeric
 *       country codes, mapped to the ISO 3166 alpha-3 codes of BACI's country-code file when one is
 *       given ({@link #withCountryCodes(Map)}), kept as numbers otherwise. Products are HS6 codes
 *       padded to six digits ({@code 10121} becomes {@code "010121"}); the direction is {@code "X"};
 *       the quantity is not read;
 *   <li>{@link #comtrade()}: UN Comtrade bulk CSV. Reporter and partner are UN M49 numeric codes,
 *       including Comtrade's special areas (0 World, 490 Other Asia nes, 899 Areas nes, …), kept as
 *       the number without leading zeros ({@code "076"} becomes {@code "76"}); flow codes ({@code X},
 *       {@code M}, {@code RX}, …) and commodity codes are kept as strings.
 * </ul>
 *
 * <p>Input: UTF-8 with or without a byte-order mark, LF or CRLF line ends, fields optionally in
 * double quotes ({@code ""} for a quote inside), gzip-compressed or not (recognised by its magic
 * bytes, whatever the file name). Blank lines are ignored. Labels lose surrounding spaces. Values must
 * be finite, non-negative decimals ({@code 12}, {@code 0.25}, {@code 1.5e3}); {@code NA}, {@code
 * NaN}, negative or overflowing numbers are malformed.
 *
 * <p>Errors: a malformed row (wrong number of fields, bad number, blank label, invalid UTF-8,
 * unknown country code, bad quoting) is a {@link RowError} with file, line, column and text. In
 * {@link ReadMode#STRICT} mode (the default) the first one is thrown as a {@link
 * FlowFormatException}; in {@link ReadMode#LENIENT} mode it is listed in the {@link ReadReport} and
 * the row is skipped, and the report states how many rows were skipped. A missing or unusable
 * header, an empty file, or truncated or corrupt gzip data always throws {@link
 * FlowFormatException}. Nothing is dropped silently.
 *
 * <p>Memory: the reader holds one buffer (1 MiB, more only for a longer record) plus the table being
 * built; it never holds the file. Speed: numbers and repeated labels are parsed straight from bytes;
 * see {@code docs/performance.md}.
 *
 * <pre>{@code
 * ReadResult r = FlowReader.baci()
 *     .withCountryCodes(FlowReader.baciCountryCodes(Path.of("country_codes_V202401.csv")))
 *     .withMode(ReadMode.LENIENT)
 *     .read(Path.of("BACI_HS17_Y2022_V202401.csv.gz"));
 * r.report();  // BACI_HS17_Y2022_V202401.csv.gz: 11235542 rows read, 11235542 kept, 0 skipped
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each {@code read} is independent.
 */
public final class FlowReader {

  private enum Format {
    TIDY,
    BACI,
    COMTRADE
  }

  static final int PROGRESS_EVERY = 1 << 20;
  private static final int BUFFER = 1 << 20;

  private final Format format;
  private final ColumnMapping mapping;
  private final ImmutableMap<Integer, String> countryCodes;
  private final ReadMode mode;
  private final ProgressListener progress;
  private final DuplicatePolicy duplicates;
  private final boolean isoCodes;

  private FlowReader(
      Format format,
      ColumnMapping mapping,
      ImmutableMap<Integer, String> countryCodes,
      ReadMode mode,
      ProgressListener progress,
      DuplicatePolicy duplicates,
      boolean isoCodes) {
    this.format = format;
    this.mapping = mapping;
    this.countryCodes = countryCodes;
    this.mode = mode;
    this.progress = progress;
    this.duplicates = duplicates;
    this.isoCodes = isoCodes;
  }

  /**
   * Returns a reader of digitrade's tidy format ({@link ColumnMapping#tidy()}).
   *
   * @return the reader, strict, never null
   */
  public static FlowReader tidy() {
    return tidy(ColumnMapping.tidy());
  }

  /**
   * Returns a reader of a tidy CSV file with the given columns.
   *
   * @param mapping which header holds each dimension and the value, not null
   * @return the reader, strict, never null
   */
  public static FlowReader tidy(ColumnMapping mapping) {
    return new FlowReader(
        Format.TIDY,
        Objects.requireNonNull(mapping, "mapping"),
        ImmutableMap.of(),
        ReadMode.STRICT,
        ProgressListener.NONE,
        DuplicatePolicy.SUM,
        false);
  }

  /**
   * Returns a reader of CEPII BACI files ({@code t,i,j,k,v,q}) that keeps numeric country codes.
   *
   * @return the reader, strict, never null
   */
  public static FlowReader baci() {
    return new FlowReader(
        Format.BACI,
        ColumnMapping.tidy(),
        ImmutableMap.of(),
        ReadMode.STRICT,
        ProgressListener.NONE,
        DuplicatePolicy.SUM,
        false);
  }

  /**
   * Returns a reader of UN Comtrade bulk CSV files ({@link ColumnMapping#comtrade()}).
   *
   * @return the reader, strict, never null
   */
  public static FlowReader comtrade() {
    return new FlowReader(
        Format.COMTRADE,
        ColumnMapping.comtrade(),
        ImmutableMap.of(),
        ReadMode.STRICT,
        ProgressListener.NONE,
        DuplicatePolicy.SUM,
        false);
  }

  /**
   * Returns a copy that maps BACI's numeric country codes to these labels; a code missing from the
   * map is a malformed row. Only BACI readers use it.
   *
   * @param codes numeric code to label (ISO alpha-3), not null
   * @return a new reader, never null
   * @throws IllegalArgumentException if a label is blank or a code is outside 0 to 999
   */
  public FlowReader withCountryCodes(Map<Integer, String> codes) {
    for (Map.Entry<Integer, String> e : codes.entrySet()) {
      if (e.getKey() < 0 || e.getKey() > 999) {
        throw new IllegalArgumentException(
            "country code = " + e.getKey() + ": expected a code from 0 to 999");
      }
      if (e.getValue().isBlank()) {
        throw new IllegalArgumentException(
            "label of country code " + e.getKey() + " = \"" + e.getValue() + "\": expected a label");
      }
    }
    ImmutableMap.Builder<Integer, String> stripped = ImmutableMap.builder();
    codes.forEach((code, label) -> stripped.put(code, label.strip()));
    return new FlowReader(
        format, mapping, stripped.buildOrThrow(), mode, progress, duplicates, isoCodes);
  }

  /**
   * Returns a copy with another error mode.
   *
   * @param mode strict (the default) or lenient, not null
   * @return a new reader, never null
   */
  public FlowReader withMode(ReadMode mode) {
    return new FlowReader(
        format,
        mapping,
        countryCodes,
        Objects.requireNonNull(mode, "mode"),
        progress,
        duplicates,
        isoCodes);
  }

  /**
   * Returns a copy that reports progress to a listener.
   *
   * @param listener the listener, not null
   * @return a new reader, never null
   */
  public FlowReader withProgress(ProgressListener listener) {
    return new FlowReader(
        format,
        mapping,
        countryCodes,
        mode,
        Objects.requireNonNull(listener, "listener"),
        duplicates,
        isoCodes);
  }

  /**
   * Returns a copy with another duplicate-key policy for the table it builds.
   *
   * @param policy {@link DuplicatePolicy#SUM} (the default) or {@link DuplicatePolicy#REJECT}, not
   *     null
   * @return a new reader, never null
   */
  public FlowReader withDuplicates(DuplicatePolicy policy) {
    return new FlowReader(
        format,
        mapping,
        countryCodes,
        mode,
        progress,
        Objects.requireNonNull(policy, "policy"),
        isoCodes);
  }

  /**
   * Returns a copy that labels numeric country codes with ISO 3166-1 alpha-3 codes through {@link
   * Partner#parse(String)}, which knows UN M49 numeric codes and the BACI and Comtrade aliases
   * ({@code 842} becomes {@code "USA"}, Comtrade's {@code 0} becomes {@code "WLD"}). Codes it does
   * not know, such as Comtrade's special area {@code 899} (Areas, nes), keep their numeric label. Used by BACI readers without
   * a country-code file (a country-code file takes precedence) and by Comtrade readers; tidy readers
   * keep labels as written.
   *
   * @return a new reader, never null
   */
  public FlowReader withIsoCodes() {
    return new FlowReader(format, mapping, countryCodes, mode, progress, duplicates, true);
  }

  /** The label of a numeric country code under {@link #withIsoCodes()}, or the number. */
  private String countryLabel(int code) {
    String number = Integer.toString(code);
    if (!isoCodes) {
      return number;
    }
    try {
      return Partner.parse(number).code();
    } catch (IllegalArgumentException unknown) {
      return number;
    }
  }

  /**
   * Reads BACI's country-code file ({@code country_codes_V2024xx.csv}): the column {@code
   * country_code} and the ISO alpha-3 column ({@code country_iso3} or {@code iso_3digit_alpha}).
   * Rows with a blank or {@code NA} alpha-3 code keep the numeric code as label.
   *
   * @param file the file, plain or gzip, not null
   * @return numeric code to label, never null
   * @throws FlowFormatException if the file lacks those columns or a row is malformed
   * @throws IOException if the file cannot be read
   */
  public static ImmutableMap<Integer, String> baciCountryCodes(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return baciCountryCodes(in, file.toString());
    }
  }

  /**
   * Reads BACI's country-code file from a stream; see {@link #baciCountryCodes(Path)}.
   *
   * @param in the stream, plain or gzip, not null; not closed
   * @param source the name used in error messages, not null
   * @return numeric code to label, never null
   * @throws FlowFormatException if the file lacks those columns or a row is malformed
   * @throws IOException if the stream cannot be read
   */
  public static ImmutableMap<Integer, String> baciCountryCodes(InputStream in, String source)
      throws IOException {
    CountingInputStream counting = new CountingInputStream(in);
    InputStream data = decompress(counting, source);
    CsvScanner s = new CsvScanner(data, 1 << 16);
    Map<Integer, String> codes = new HashMap<>();
    try {
      List<String> header = firstRecord(s, source);
      int code = find(header, "country_code");
      int iso = find(header, "country_iso3");
      if (iso < 0) {
        iso = find(header, "iso_3digit_alpha");
      }
      if (code < 0 || iso < 0) {
        throw new FlowFormatException(
            new RowError(
                source,
                1,
                0,
                "",
                String.join(",", header),
                "expected the columns country_code and country_iso3 (or iso_3digit_alpha)"));
      }
      while (true) {
        try {
          if (!s.next()) {
            break;
          }
        } catch (CsvScanner.SyntaxError e) {
          throw new FlowFormatException(
              new RowError(source, e.line, e.column, "", e.text, e.why));
        }
        if (s.fieldCount() != header.size()) {
          throw new FlowFormatException(
              new RowError(
                  source,
                  s.line(),
                  0,
                  "",
                  s.rawRecord(),
                  "found " + s.fieldCount() + " fields: expected " + header.size()));
        }
        int c;
        try {
          c = Numbers.integer(s.buffer(), s.start(code), s.end(code));
        } catch (Numbers.BadNumber e) {
          throw new FlowFormatException(
              new RowError(
                  source, s.line(), code + 1, "country_code", s.raw(code), e.why));
        }
        if (c > 999) {
          throw new FlowFormatException(
              new RowError(
                  source,
                  s.line(),
                  code + 1,
                  "country_code",
                  s.raw(code),
                  "expected a code from 0 to 999"));
        }
        String label;
        try {
          label = s.text(iso);
        } catch (CharacterCodingException e) {
          throw new FlowFormatException(
              new RowError(source, s.line(), iso + 1, header.get(iso), s.raw(iso), "invalid UTF-8"));
        }
        label = label.strip();
        if (label.isEmpty() || label.equals("NA")) {
          label = Integer.toString(c);
        }
        codes.putIfAbsent(c, label);
      }
    } catch (EOFException | ZipException e) {
      throw corrupt(source, s, e);
    }
    return ImmutableMap.copyOf(codes);
  }

  /**
   * Reads a file, plain or gzip.
   *
   * @param file the file, not null
   * @return the table and the report, never null
   * @throws FlowFormatException in strict mode at the first malformed row; in any mode for an empty
   *     file, a bad header, corrupt or truncated gzip data, or duplicate keys under {@link
   *     DuplicatePolicy#REJECT}
   * @throws IOException if the file cannot be read
   */
  public ReadResult read(Path file) throws IOException {
    long size = InputFiles.size(file);
    try (InputStream in = Files.newInputStream(file)) {
      return new Job(in, String.valueOf(file.getFileName()), size, file).run();
    }
  }

  /**
   * Reads the first record of a file as its header; an empty file or a malformed first record is a
   * {@link FlowFormatException} naming the source.
   */
  private static List<String> firstRecord(CsvScanner s, String source) throws IOException {
    boolean any;
    try {
      any = s.next();
    } catch (CsvScanner.SyntaxError e) {
      throw new FlowFormatException(new RowError(source, e.line, e.column, "", e.text, e.why));
    }
    if (!any) {
      throw new FlowFormatException(
          new RowError(source, 1, 0, "", "", "empty file: expected a header row"));
    }
    return header(s, source);
  }

  /**
   * Reads a stream, plain or gzip. The stream is read to its end but not closed.
   *
   * @param in the stream, not null
   * @param source the name used in messages and the report, not null
   * @return the table and the report, never null
   * @throws FlowFormatException as for {@link #read(Path)}
   * @throws IOException if the stream cannot be read
   */
  public ReadResult read(InputStream in, String source) throws IOException {
    return new Job(in, Objects.requireNonNull(source, "source"), -1, null).run();
  }

  @Override
  public String toString() {
    return "FlowReader{" + format.name().toLowerCase(Locale.ROOT) + ", " + mode + ", duplicates "
        + duplicates + (countryCodes.isEmpty() ? "" : ", " + countryCodes.size() + " country codes")
        + (isoCodes ? ", ISO codes" : "") + "}";
  }

  private static InputStream decompress(InputStream raw, String source) throws IOException {
    PushbackInputStream p = new PushbackInputStream(raw, 2);
    int b0 = p.read();
    if (b0 < 0) {
      return p;
    }
    int b1 = p.read();
    if (b1 >= 0) {
      p.unread(b1);
    }
    p.unread(b0);
    if (b0 == 0x1f && b1 == 0x8b) {
      try {
        return new GzipMembers(p);
      } catch (EOFException | ZipException e) {
        throw new FlowFormatException(
            new RowError(
                source,
                1,
                0,
                "",
                "",
                "truncated or corrupt gzip data (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")"),
            e);
      }
    }
    return p;
  }

  private static FlowFormatException corrupt(String source, CsvScanner s, IOException e) {
    return new FlowFormatException(
        new RowError(
            source,
            Math.max(1, s.line()),
            0,
            "",
            "",
            "truncated or corrupt gzip data (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"),
        e);
  }

  private static List<String> header(CsvScanner s, String source) throws FlowFormatException {
    List<String> names = new ArrayList<>();
    for (int f = 0; f < s.fieldCount(); f++) {
      try {
        names.add(s.text(f));
      } catch (CharacterCodingException e) {
        throw new FlowFormatException(
            new RowError(source, s.line(), f + 1, "", s.raw(f), "invalid UTF-8 in the header"));
      }
    }
    return names;
  }

  private static int find(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equalsIgnoreCase(name.strip())) {
        return i;
      }
    }
    return -1;
  }

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
  private static final class BadRow extends Exception {
    private static final long serialVersionUID = 1L;
    final int field;
    final String why;

    BadRow(int field, String message) {
      super(message, null, false, false);
      this.field = field;
      this.why = message;
    }
  }

  /** The state of one read. */
  private final class Job {
    private final String source;
    private final long totalBytes;
    private final CountingInputStream counting;
    private final InputStream data;
    private final boolean compressed;
    private final CsvScanner scanner;
    private final @Nullable Path file;
    private final FlowTable.Builder builder = FlowTable.builder();
    private final List<RowError> errors = new ArrayList<>();
    private List<String> header = List.of();
    private int[] directions = new int[0];
    private long rowsRead;
    private long rowsKept;

    Job(InputStream in, String source, long totalBytes, @Nullable Path file) throws IOException {
      this.source = source;
      this.file = file;
      this.totalBytes = totalBytes;
      this.counting = new CountingInputStream(in);
      this.data = decompress(counting, source);
      this.compressed = data instanceof GzipMembers;
      this.scanner =
          new CsvScanner(
              data, totalBytes >= 0 && !compressed ? (int) Math.min(BUFFER, totalBytes + 16) : 1 << 16);
      builder.duplicates(duplicates);
    }

    ReadResult run() throws IOException {
      try {
        header = firstRecord(scanner, source);
        Rows rows = format == Format.BACI ? new BaciRows() : new TidyRows();
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
        throw corrupt(source, scanner, e);
      }
      // the whole input is read: a parallel read consumed the file beside the counting stream
      progress.progress(Math.max(counting.getCount(), totalBytes), totalBytes, rowsRead);
      FlowTable table;
      try {
        table = builder.build();
      } catch (IllegalArgumentException e) {
        throw new FlowFormatException(
            new RowError(source, 1, 0, "", "", String.valueOf(e.getMessage())), e);
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
          s.rewindToSecondLine(header.size());
          continue;
        }
        rowsRead++;
        try {
          rows.add(s);
          rowsKept++;
        } catch (BadRow e) {
          fail(
              new RowError(
                  source,
                  base + s.line(),
                  e.field + 1,
                  name(e.field),
                  e.field < 0 ? s.rawRecord() : s.raw(e.field),
                  e.why));
          if (e.field < 0) {
            s.rewindToSecondLine(header.size());
          }
        }
        if ((rowsRead & (PROGRESS_EVERY - 1)) == 0) {
          progress.progress(counting.getCount(), totalBytes, rowsRead);
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
      if (blk.localized) {
        if (blk.slowCount == 0 && rows.translate(blk)) {
          rowsRead += blk.rows;
          rowsKept += blk.rows;
          builder.addAll(
              blk.exporter, blk.importer, blk.product, blk.year, directions, blk.value, 0, blk.rows);
          // once per block of at most 4 MiB: progress moves with the bytes, whatever the row count
          progress.progress(bytes, totalBytes, rowsRead);
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
                new RowError(
                    source,
                    firstLine + blk.lineOf(r),
                    e.field + 1,
                    name(e.field),
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
      progress.progress(bytes, totalBytes, rowsRead);
    }

    /** The BACI fast path on a stream: blocks parsed one after the other. */
    private void sequential(BaciRows rows) throws IOException {
      long line = scanner.nextLine();
      byte[] left = scanner.remaining();
      byte[] buf = Arrays.copyOf(left, Math.max(BUFFER, left.length * 2));
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

    private String name(int field) {
      return field >= 0 && field < header.size() ? header.get(field) : "";
    }

    private void fail(RowError e) throws FlowFormatException {
      if (mode == ReadMode.STRICT) {
        throw new FlowFormatException(e);
      }
      if (errors.size() < ReadReport.MAX_LISTED) {
        errors.add(e);
      }
    }

    private FlowFormatException badHeader(String message) {
      return new FlowFormatException(
          new RowError(source, 1, 0, "", CsvScanner.shorten(String.join(",", header), 200), message));
    }

    private int column(List<String> names, String what) throws FlowFormatException {
      for (String n : names) {
        int i = find(header, n);
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
      private final Labels[] labels = new Labels[5];
      private final int valueField;
      private final int[] codes = new int[5];

      TidyRows() throws FlowFormatException {
        Dimension[] dims = Dimension.values();
        for (int d = 0; d < 5; d++) {
          Dimension dim = dims[d];
          ImmutableList<String> names = mapping.columns(dim);
          if (names.isEmpty()) {
            fields[d] = -1;
            constants[d] = builder.code(dim, mapping.constant(dim));
          } else {
            fields[d] = column(names, dim.label());
            boolean numeric =
                format == Format.COMTRADE
                    && (dim == Dimension.REPORTER || dim == Dimension.PARTNER);
            labels[d] = new Labels(dim, numeric);
          }
        }
        valueField = column(mapping.value(), "value");
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
        t = column(List.of("t"), "year");
        i = column(List.of("i"), "exporter");
        j = column(List.of("j"), "importer");
        k = column(List.of("k"), "product");
        v = column(List.of("v"), "value");
        direction = builder.code(Dimension.DIRECTION, "X");
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
          if (cache[code] < 0 && !countryCodes.isEmpty() && !countryCodes.containsKey(code)) {
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
        if (countryCodes.isEmpty()) {
          label = countryLabel(code);
        } else {
          String iso = countryCodes.get(code);
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

    /** A dictionary cache keyed by the bytes of a field, so repeated labels cost no decoding. */
    private final class Labels {
      private final Dimension dimension;
      private final boolean numeric;
      private byte[][] keys = new byte[256][];
      private int[] values = new int[256];
      private int count;

      Labels(Dimension dimension, boolean numeric) {
        this.dimension = dimension;
        this.numeric = numeric;
      }

      int code(CsvScanner scanner, int f) throws BadRow {
        byte[] b = scanner.buffer();
        int s = scanner.start(f);
        int e = scanner.end(f);
        while (s < e && b[s] == ' ') {
          s++;
        }
        while (e > s && b[e - 1] == ' ') {
          e--;
        }
        int h = 0;
        for (int x = s; x < e; x++) {
          h = 31 * h + b[x];
        }
        h ^= h >>> 16;
        int mask = keys.length - 1;
        int slot = h & mask;
        while (true) {
          byte[] key = keys[slot];
          if (key == null) {
            break;
          }
          if (Arrays.equals(key, 0, key.length, b, s, e)) {
            return values[slot];
          }
          slot = (slot + 1) & mask;
        }
        String label = label(f, b, s, e);
        int code = builder.code(dimension, label);
        keys[slot] = Arrays.copyOfRange(b, s, e);
        values[slot] = code;
        if (++count * 2 > keys.length) {
          rehash();
        }
        return code;
      }

      private String label(int f, byte[] b, int s, int e) throws BadRow {
        if (s == e) {
          throw new BadRow(f, "blank " + dimension.label() + ": expected a label");
        }
        if (numeric) {
          int n;
          try {
            n = Numbers.integer(b, s, e);
          } catch (Numbers.BadNumber x) {
            throw new BadRow(f, x.why + " (a UN M49 code from 0 to 999)");
          }
          if (n > 999) {
            throw new BadRow(f, "expected a UN M49 code from 0 to 999");
          }
          return countryLabel(n);
        }
        try {
          String label = CsvScanner.decode(b, s, e).strip();
          if (label.isEmpty()) {
            throw new BadRow(f, "blank " + dimension.label() + ": expected a label");
          }
          String lookalike = LookalikeLabels.problem(label);
          if (lookalike != null) {
            throw new BadRow(f, dimension.label() + " " + lookalike);
          }
          return label;
        } catch (CharacterCodingException x) {
          throw new BadRow(f, "invalid UTF-8: expected UTF-8 text");
        }
      }

      private void rehash() {
        byte[][] oldKeys = keys;
        int[] oldValues = values;
        keys = new byte[oldKeys.length * 2][];
        values = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int x = 0; x < oldKeys.length; x++) {
          byte[] key = oldKeys[x];
          if (key != null) {
            int h = 0;
            for (byte y : key) {
              h = 31 * h + y;
            }
            h ^= h >>> 16;
            int slot = h & mask;
            while (keys[slot] != null) {
              slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = oldValues[x];
          }
        }
      }
    }
  }
}
