package io.github.digitrade.io;

import io.github.digitrade.internal.CsvScanner;
import io.github.digitrade.internal.GzipMembers;
import io.github.digitrade.internal.Numbers;
import com.google.common.collect.ImmutableList;
import com.google.common.io.CountingInputStream;
import io.github.digitrade.model.Release;
import io.github.digitrade.table.Dimension;
import io.github.digitrade.table.FlowTable;
import io.github.digitrade.table.FlowTableBuilder;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/**
 * One read of a {@link FlowReader}: the scanner over the (decompressed) input, the row parser the
 * format binds to the header (tidy and Comtrade rows by labels here, BACI rows by integers and
 * their block fast path in {@link BaciRows}), the strict or lenient error handling and the table
 * being built.
 */
final class ReadJob {

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

  final FlowFormat format;
  final ReadOptions options;
  final FlowReader reader;
  final String source;
  final long totalBytes;
  final CountingInputStream counting;
  final InputStream data;
  private final boolean compressed;
  final CsvScanner scanner;
  private final @Nullable Path file;
  final FlowTableBuilder builder = FlowTable.builder();
  private final List<RowError> errors = new ArrayList<>();
  List<String> header = List.of();
  private @Nullable Rows rowsParser;
  long rowsRead;
  long rowsKept;
  private final Map<Aggregate, long[]> excluded = new EnumMap<>(Aggregate.class);

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
    this.compressed = data instanceof GzipMembers;
    this.scanner =
        new CsvScanner(
            data, totalBytes >= 0 && !compressed ? (int) Math.min(FlowReader.BUFFER, totalBytes + 16) : 1 << 16);
    builder.duplicates(options.duplicates);
  }

  ReadResult run() throws IOException {
    try {
      header = FlowReader.firstRecord(scanner, source);
      rowsParser =
          format.integerRows()
              ? new BaciRows(this)
              : format instanceof ComtradeFormat ? new ComtradeRows(this) : new TidyRows();
      Rows rows = rowsParser;
      if (rows instanceof BaciRows baci && baci.exact()) {
        if (file != null && !compressed && totalBytes - scanner.position() > BaciRows.BLOCK) {
          baci.parallel(file);
        } else {
          baci.sequential();
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
    // the whole input is read: a parallel read consumed the file beside the counting stream
    options.progress.progress(Math.max(counting.getCount(), totalBytes), totalBytes, rowsRead);
    FlowTable table;
    try {
      table = builder.build();
    } catch (IllegalArgumentException e) {
      throw new FlowFormatException(
          RowError.ofFile(source, String.valueOf(e.getMessage())), e);
    }
    ImmutableList<AggregateTable> aggregates = ImmutableList.of();
    if (rowsParser instanceof ComtradeRows comtrade) {
      ComtradeRows.checkLevels(table, source);
      aggregates = comtrade.aggregates();
    }
    Map<Aggregate, Long> counts = new EnumMap<>(Aggregate.class);
    for (Map.Entry<Aggregate, long[]> e : excluded.entrySet()) {
      counts.put(e.getKey(), e.getValue()[0]);
    }
    return new ReadResult(
        table, new ReadReport(source, rowsRead, rowsKept, errors, counts), aggregates);
  }

  /** Counts a record excluded as an aggregate or a breakdown. */
  void exclude(Aggregate kind) {
    excluded.computeIfAbsent(kind, k -> new long[1])[0]++;
  }

  /** Reads the records of a scanner; {@code base} is added to its line numbers. */
  void scan(CsvScanner s, long base, Rows rows, boolean estimate) throws IOException {
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
        if (rows.add(s)) {
          rowsKept++;
        }
      } catch (BadRow e) {
        fail(rowError(base + s.line(), e.field, e.field < 0 ? s.rawRecord() : s.raw(e.field), e.why));
        if (e.field < 0) {
          s.rewindToSecondLine(header.size());
        }
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

  /** The error of a bad row: a whole record when {@code field} is negative, else one field. */
  RowError rowError(long line, int field, String text, String why) {
    return field < 0
        ? RowError.ofRecord(source, line, text, why)
        : RowError.ofField(source, line, field + 1, name(field), text, why);
  }

  private String name(int field) {
    return field >= 0 && field < header.size() ? header.get(field) : "";
  }

  void fail(RowError e) throws FlowFormatException {
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

  int column(List<String> names, String what) throws FlowFormatException {
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

  void checkFieldCount(CsvScanner scanner) throws BadRow {
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

  double value(CsvScanner scanner, int f) throws BadRow {
    try {
      return Numbers.value(scanner.buffer(), scanner.start(f), scanner.end(f));
    } catch (Numbers.BadNumber e) {
      throw new BadRow(f, e.why);
    }
  }

  int integer(CsvScanner scanner, int f) throws BadRow {
    try {
      return Numbers.integer(scanner.buffer(), scanner.start(f), scanner.end(f));
    } catch (Numbers.BadNumber e) {
      throw new BadRow(f, e.why);
    }
  }

  /** Adds the current record to the builder. */
  interface Rows {
    /**
     * Adds the record, or counts it as excluded.
     *
     * @return whether the record was added to the table
     *
     * @throws BadRow if the record is malformed
     * @throws FlowFormatException if the file as a whole cannot be used (periods of mixed
     *     frequencies)
     */
    boolean add(CsvScanner scanner) throws BadRow, FlowFormatException;
  }

  /** Tidy and Comtrade rows: labels by bytes, numbers from bytes. */
  private final class TidyRows implements Rows {
    private final int[] fields = new int[5];
    private final int[] constants = new int[5];
    private final LabelCache[] labels = new LabelCache[5];
    private final int valueField;
    private final int[] codes = new int[5];

    /** The field of the release, -1 if the file has no release column. */
    private final int releaseField;

    private final ReleaseCells releases = new ReleaseCells();

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
          labels[d] =
              new LabelCache(
                  builder, reader, dim, numeric,
                  dim == Dimension.PERIOD ? new PeriodCheck(source, header.get(fields[d])) : null);
        }
      }
      valueField = column(format.mapping().value(), "value");
      ImmutableList<String> release = format.mapping().release();
      int rf = -1;
      if (format.mapping().releaseRequired()) {
        rf = column(release, "release");
      } else {
        for (int i = 0; i < release.size() && rf < 0; i++) {
          rf = FlowReader.find(header, release.get(i));
        }
      }
      releaseField = rf;
    }

    @Override
    public boolean add(CsvScanner scanner) throws BadRow, FlowFormatException {
      checkFieldCount(scanner);
      double v = value(scanner, valueField);
      for (int d = 0; d < 5; d++) {
        int f = fields[d];
        codes[d] = f < 0 ? constants[d] : labels[d].code(scanner, f);
      }
      if (releaseField < 0) {
        builder.addCodes(codes[0], codes[1], codes[2], codes[3], codes[4], v);
      } else {
        int r = releases.code(scanner, releaseField);
        builder.addCodes(codes[0], codes[1], codes[2], codes[3], codes[4], r, v);
      }
      return true;
    }
  }

  /**
   * The release cells of a file: each distinct cell is parsed once ({@link Release#parse}) and
   * remembered by its bytes; a file holds a handful of releases.
   */
  private final class ReleaseCells {
    private final List<byte[]> cells = new ArrayList<>();
    private final List<Integer> codes = new ArrayList<>();

    int code(CsvScanner scanner, int f) throws BadRow {
      byte[] b = scanner.buffer();
      int s = scanner.start(f);
      int e = scanner.end(f);
      for (int i = 0; i < cells.size(); i++) {
        byte[] c = cells.get(i);
        if (Arrays.equals(c, 0, c.length, b, s, e)) {
          return codes.get(i);
        }
      }
      Release release;
      try {
        release = Release.parse(CsvScanner.decode(b, s, e));
      } catch (CharacterCodingException x) {
        throw new BadRow(f, "invalid UTF-8: expected UTF-8 text");
      } catch (IllegalArgumentException x) {
        throw new BadRow(f, String.valueOf(x.getMessage()));
      }
      int code = builder.releaseCode(release);
      cells.add(Arrays.copyOfRange(b, s, e));
      codes.add(code);
      return code;
    }
  }

}
