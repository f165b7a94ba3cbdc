package io.github.digitrade.io;

import io.github.digitrade.internal.CsvScanner;
import io.github.digitrade.internal.GzipMembers;
import com.google.common.collect.ImmutableMap;
import io.github.digitrade.model.Partner;
import io.github.digitrade.calc.DuplicatePolicy;
import io.github.digitrade.table.FlowTable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 *   <li>{@link #comtrade()}: UN Comtrade bulk CSV, current and legacy headers. Reporter and partner
 *       are UN M49 numeric codes, including Comtrade's special areas (490 Other Asia nes, 899 Areas
 *       nes, …), kept as the number without leading zeros ({@code "076"} becomes {@code "76"});
 *       flow codes ({@code X}, {@code M}, {@code RX}, …; legacy 1 to 4) and commodity codes are
 *       kept as strings. Only leaf records are kept: partner World, commodity {@code TOTAL},
 *       commodities above the leaf level and breakdown records (second partner, customs
 *       procedure, mode of transport) are excluded and counted by {@link Aggregate} kind in the
 *       report, and kept apart on request ({@link #withAggregates()}); see {@code ComtradeFormat}.
 * </ul>
 *
 * <p>Periods (tidy and Comtrade): each label must be a year, half-year, quarter or month of the
 * forms {@link PeriodLabels} lists ({@code 2023}, {@code 2023-H1}, {@code 2023-Q1}, {@code
 * 2023Q1}, {@code 2023-01}, {@code 202301}); another label ({@code FY2023}, {@code 20231}) is a
 * malformed row naming the value, the column, the line and the accepted forms. A file whose period
 * column mixes frequencies ({@code 2023} beside {@code 2023-Q1}) is refused whatever the mode,
 * since a year beside its quarters or months would be counted twice.
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
 * header, an empty file, mixed period frequencies, or truncated or corrupt gzip data always throws
 * {@link FlowFormatException}. Nothing is dropped silently: {@code rowsRead = rowsKept +
 * excludedRows + skippedRows}.
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

  static final int PROGRESS_EVERY = 1 << 20;
  static final int BUFFER = 1 << 20;

  final FlowFormat format;
  final ReadOptions options;

  private FlowReader(FlowFormat format, ReadOptions options) {
    this.format = format;
    this.options = options;
  }

  /**
   * Returns a strict reader of a format.
   *
   * @param format the format, not null
   * @return the reader, strict, never null
   */
  public static FlowReader of(FlowFormat format) {
    return new FlowReader(Objects.requireNonNull(format, "format"), ReadOptions.DEFAULT);
  }

  /**
   * Returns a reader of digitrade's tidy format ({@link ColumnMapping#tidy()}).
   *
   * @return the reader, strict, never null
   */
  public static FlowReader tidy() {
    return of(FlowFormat.tidy());
  }

  /**
   * Returns a reader of a tidy CSV file with the given columns.
   *
   * @param mapping which header holds each dimension and the value, not null
   * @return the reader, strict, never null
   */
  public static FlowReader tidy(ColumnMapping mapping) {
    return of(FlowFormat.tidy(mapping));
  }

  /**
   * Returns a reader of CEPII BACI files ({@code t,i,j,k,v,q}) that keeps numeric country codes.
   *
   * @return the reader, strict, never null
   */
  public static FlowReader baci() {
    return of(FlowFormat.baci());
  }

  /**
   * Returns a reader of UN Comtrade bulk CSV files ({@link ColumnMapping#comtrade()}).
   *
   * @return the reader, strict, never null
   */
  public static FlowReader comtrade() {
    return of(FlowFormat.comtrade());
  }

  /**
   * Returns the format this reader reads.
   *
   * @return the format, never null
   */
  public FlowFormat format() {
    return format;
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
    return new FlowReader(format, options.withCountryCodes(codes));
  }

  /**
   * Returns a copy with another error mode.
   *
   * @param mode strict (the default) or lenient, not null
   * @return a new reader, never null
   */
  public FlowReader withMode(ReadMode mode) {
    return new FlowReader(format, options.withMode(mode));
  }

  /**
   * Returns a copy that reports progress to a listener.
   *
   * @param listener the listener, not null
   * @return a new reader, never null
   */
  public FlowReader withProgress(ProgressListener listener) {
    return new FlowReader(format, options.withProgress(listener));
  }

  /**
   * Returns a copy with another duplicate-key policy for the table it builds.
   *
   * @param policy {@link DuplicatePolicy#SUM} (the default) or {@link DuplicatePolicy#REJECT}, not
   *     null
   * @return a new reader, never null
   */
  public FlowReader withDuplicates(DuplicatePolicy policy) {
    return new FlowReader(format, options.withDuplicates(policy));
  }

  /**
   * Returns a copy that labels numeric country codes with ISO 3166-1 alpha-3 codes through {@link
   * Partner#parse(String)}, which knows UN M49 numeric codes and the BACI and Comtrade aliases
   * ({@code 842} becomes {@code "USA"}, Comtrade's {@code 0} becomes {@code "WLD"}). Codes it does
   * not know, such as Comtrade's special area {@code 899} (Areas, nes), keep their numeric label.
   * Used by BACI readers without a country-code file (a country-code file takes precedence) and by
   * Comtrade readers; tidy readers keep labels as written.
   *
   * @return a new reader, never null
   */
  public FlowReader withIsoCodes() {
    return new FlowReader(format, options.withIsoCodes());
  }

  /**
   * Returns a copy that keeps the records a UN Comtrade reader excludes as aggregates or
   * breakdowns ({@link Aggregate}) in separate tables, {@link ReadResult#aggregates()}: one per
   * kind and breakdown code, never mixed with the leaf records of {@link ReadResult#table()} nor
   * with each other. Without it they are only counted ({@link ReadReport#excluded()}). Other
   * formats have no such records.
   *
   * <pre>{@code
   * ReadResult r = FlowReader.comtrade().withAggregates().read(path);
   * r.aggregates();   // [PARTNER_WORLD: 120 rows, TRANSPORT_MODE 1: 40 rows, ...]
   * }</pre>
   *
   * @return a new reader, never null
   */
  public FlowReader withAggregates() {
    return new FlowReader(format, options.withAggregates());
  }

  /** The label of a numeric country code under {@link #withIsoCodes()}, or the number. */
  String countryLabel(int code) {
    String number = Integer.toString(code);
    if (!options.isoCodes) {
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
    return BaciFormat.countryCodes(file);
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
    return BaciFormat.countryCodes(in, source);
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
      return new ReadJob(this, in, String.valueOf(file.getFileName()), size, file).run();
    }
  }

  /**
   * Reads the first record of a file as its header; an empty file or a malformed first record is a
   * {@link FlowFormatException} naming the source.
   */
  static List<String> firstRecord(CsvScanner s, String source) throws IOException {
    boolean any;
    try {
      any = s.next();
    } catch (CsvScanner.SyntaxError e) {
      throw new FlowFormatException(new RowError(source, e.line, e.column, "", e.text, e.why));
    }
    if (!any) {
      throw new FlowFormatException(
          RowError.ofFile(source, "empty file: expected a header row"));
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
    return new ReadJob(this, in, Objects.requireNonNull(source, "source"), -1, null).run();
  }

  @Override
  public String toString() {
    return "FlowReader{" + format.name() + ", " + options + "}";
  }

  static InputStream decompress(InputStream raw, String source) throws IOException {
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

  static FlowFormatException corrupt(String source, CsvScanner s, IOException e) {
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
            RowError.ofField(source, s.line(), f + 1, "", s.raw(f), "invalid UTF-8 in the header"));
      }
    }
    return names;
  }

  static int find(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equalsIgnoreCase(name.strip())) {
        return i;
      }
    }
    return -1;
  }
}
