package io.github.digitrade.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reader of the embedded CSV resources, a record builder over the one tokenizer {@link
 * CsvScanner}: RFC 4180 quoting (fields in double quotes, {@code ""} for a quote, line breaks inside
 * quotes, no quote inside an unquoted field), UTF-8 with or without a byte-order mark, LF, CRLF or
 * CR line ends, blank lines skipped, and a header row naming the columns. Rows give typed fields whose errors name the file, the line,
 * the column, the bad value and what was expected.
 *
 * <pre>{@code
 * for (Csv.Row r : Csv.parse("t.csv", "a,b\n1,\"x, y\"\n")) {
 *   r.get("b");        // "x, y"
 *   r.integer("a");    // 1
 * }
 * }</pre>
 */
public final class Csv {

  private Csv() {}

  /**
   * Reads a CSV resource of this module by its absolute name, such as {@code
   * /io/github/digitrade/reference/partners.csv}.
   *
   * @param resource the absolute resource name, not null
   * @return the data rows, never null
   * @throws IllegalStateException if the resource is missing
   * @throws IllegalArgumentException if it is malformed, naming the line
   */
  public static ImmutableList<Row> read(String resource) {
    requireNonNull(resource, "resource");
    try (InputStream in = Csv.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " is missing from the module");
      }
      String name = resource.substring(resource.lastIndexOf('/') + 1);
      return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }

  /**
   * Parses CSV text whose first record is the header.
   *
   * @param file the name used in error messages, not null
   * @param text the whole text, not null
   * @return the data rows, in order, never null
   * @throws IllegalArgumentException naming the line if the text is empty, a column name is blank or
   *     repeated, a quote is not closed or stray, or a row has the wrong number of fields
   */
  public static ImmutableList<Row> parse(String file, String text) {
    List<List<String>> records = new ArrayList<>();
    List<Integer> startLines = new ArrayList<>();
    scan(
        file,
        text,
        (recordLine, fields) -> {
          records.add(new ArrayList<>(fields));
          startLines.add(recordLine);
        });
    if (records.isEmpty()) {
      throw new IllegalArgumentException(file + ": empty: expected a header row");
    }
    List<String> header = records.get(0);
    Set<String> seen = new HashSet<>();
    for (String h : header) {
      if (h.isBlank() || !seen.add(h)) {
        throw new IllegalArgumentException(
            file + " line 1: header " + header + ": expected distinct, non-blank column names");
      }
    }
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    for (int r = 1; r < records.size(); r++) {
      List<String> fields = records.get(r);
      int at = startLines.get(r);
      if (fields.size() != header.size()) {
        throw new IllegalArgumentException(
            file + " line " + at + ": " + fields.size() + " fields: expected " + header.size()
                + " as in the header");
      }
      ImmutableMap.Builder<String, String> values = ImmutableMap.builder();
      for (int k = 0; k < header.size(); k++) {
        values.put(header.get(k), fields.get(k));
      }
      rows.add(new Row(file, at, values.buildOrThrow()));
    }
    return rows.build();
  }

  /** Receives the records of {@link #scan}, one at a time. */
  @FunctionalInterface
  public interface RecordHandler {
    /**
     * Receives one record.
     *
     * @param line the line the record starts on, from 1 (the header is the first record)
     * @param fields the fields as written, unquoted; the list is reused for the next record, so
     *     copy what you keep
     */
    void record(int line, List<String> fields);
  }

  /**
   * Tokenizes CSV text record by record, the header included, without building rows: the streaming
   * face of {@link #parse} (same tokenizer, quoting, byte-order mark and line-end rules), for large
   * files whose fields the caller converts as they come.
   *
   * @param file the name used in error messages, not null
   * @param text the whole text, not null
   * @param handler receives each record in order, not null
   * @throws IllegalArgumentException naming the line if a quote is not closed or stray
   */
  public static void scan(String file, String text, RecordHandler handler) {
    requireNonNull(file, "file");
    requireNonNull(text, "text");
    requireNonNull(handler, "handler");
    List<String> record = new ArrayList<>();
    scan(
        file,
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        (line, fields) -> {
          record.clear();
          for (int f = 0; f < fields.fieldCount(); f++) {
            record.add(text(file, line, fields, f));
          }
          handler.record(line, record);
        });
  }

  /** Receives the records of {@link #scan(String, InputStream, FieldHandler)}, one at a time. */
  @FunctionalInterface
  public interface FieldHandler {
    /**
     * Receives one record.
     *
     * @param line the line the record starts on, from 1 (the header is the first record)
     * @param fields the scanner positioned on the record: its fields are byte ranges of {@link
     *     CsvScanner#buffer()}, valid until the handler returns
     */
    void record(int line, CsvScanner fields);
  }

  /**
   * Tokenizes a stream of UTF-8 CSV record by record, the header included, handing each record over
   * as byte ranges so that numbers parse without creating strings ({@link Numbers}) and repeated
   * labels are looked up by their bytes ({@link ByteKeys}): the same tokenizer and rules as {@link
   * #parse}, with memory bounded by the longest record. The stream is not closed.
   *
   * @param file the name used in error messages, not null
   * @param in the bytes, not null
   * @param handler receives each record in order, not null
   * @throws IllegalArgumentException naming the line if a quote is not closed or stray
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static void scan(String file, InputStream in, FieldHandler handler) {
    requireNonNull(file, "file");
    requireNonNull(in, "in");
    requireNonNull(handler, "handler");
    CsvScanner s = new CsvScanner(in, 1 << 16);
    try {
      while (s.next()) {
        byte[] b = s.buffer();
        for (int f = 0; f < s.fieldCount(); f++) {
          if (!s.quoted(f)) {
            for (int x = s.start(f), e = s.end(f); x < e; x++) {
              if (b[x] == '"') {
                throw new IllegalArgumentException(
                    file
                        + " line "
                        + s.line()
                        + ": stray quote: expected quotes only around a whole field");
              }
            }
          }
        }
        handler.record((int) s.line(), s);
      }
    } catch (CsvScanner.SyntaxError e) {
      String why =
          e.why.startsWith("unterminated")
              ? "unclosed quote: expected a closing \""
              : e.why.startsWith("unexpected character after a closing quote")
                  ? "text after a closing quote: expected a comma or line end"
                  : e.why;
      throw new IllegalArgumentException(file + " line " + e.line + ": " + why, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Returns field {@code f} of the record the scanner is on as text, as written (not stripped).
   *
   * @param file the name used in error messages, not null
   * @param line the line of the record
   * @param fields the scanner, not null
   * @param f the field, from 0
   * @return the text, never null
   * @throws IllegalArgumentException naming the file, line and column if the bytes are not UTF-8
   */
  public static String text(String file, int line, CsvScanner fields, int f) {
    try {
      return fields.field(f);
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(
          file + " line " + line + ", column " + (f + 1) + ": invalid UTF-8: expected UTF-8 text", e);
    }
  }

  /** One data row: its location and its fields keyed by the header's column names. */
  public static final class Row {
    private final String file;
    private final int line;
    private final ImmutableMap<String, String> values;

    private Row(String file, int line, ImmutableMap<String, String> values) {
      this.file = file;
      this.line = line;
      this.values = values;
    }

    /**
     * Returns the fields by column name, in header order.
     *
     * @return the fields, never null
     */
    public ImmutableMap<String, String> values() {
      return values;
    }

    /**
     * Returns the line the row starts on, counting the header as line 1.
     *
     * @return the line number
     */
    public int line() {
      return line;
    }

    /**
     * Returns {@code "file line N"} for error messages.
     *
     * @return the location, never null
     */
    public String where() {
      return file + " line " + line;
    }

    /**
     * Returns the field as written (not trimmed), possibly empty.
     *
     * @param column the column name, not null
     * @return the field, never null
     * @throws IllegalArgumentException if the file has no such column
     */
    public String get(String column) {
      String v = values.get(column);
      if (v == null) {
        throw new IllegalArgumentException(
            where() + ": no column \"" + column + "\": expected one of " + values.keySet());
      }
      return v;
    }

    /**
     * Returns the trimmed field, which must not be blank.
     *
     * @param column the column name, not null
     * @return the text, never blank
     * @throws IllegalArgumentException if the field is blank or the column is missing
     */
    public String text(String column) {
      String v = get(column).trim();
      if (v.isEmpty()) {
        throw error(column, "", "a non-blank value");
      }
      return v;
    }

    /**
     * Returns the trimmed field, or empty when it is blank.
     *
     * @param column the column name, not null
     * @return the text if any, never null
     * @throws IllegalArgumentException if the column is missing
     */
    public Optional<String> optional(String column) {
      String v = get(column).trim();
      return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /**
     * Returns the field as a decimal integer.
     *
     * @param column the column name, not null
     * @return the value
     * @throws IllegalArgumentException if the field is not an integer
     */
    public int integer(String column) {
      String v = text(column);
      try {
        return Integer.parseInt(v);
      } catch (NumberFormatException e) {
        throw error(column, v, "an integer");
      }
    }

    /**
     * Returns the field as an ISO date such as {@code 2022-11-14}.
     *
     * @param column the column name, not null
     * @return the date, never null
     * @throws IllegalArgumentException if the field is blank or not an ISO date
     */
    public LocalDate date(String column) {
      return toDate(column, text(column));
    }

    /**
     * Returns the field as an ISO date, or empty when it is blank.
     *
     * @param column the column name, not null
     * @return the date if any, never null
     * @throws IllegalArgumentException if the field is neither blank nor an ISO date
     */
    public Optional<LocalDate> optionalDate(String column) {
      Optional<String> v = optional(column);
      return v.isPresent() ? Optional.of(toDate(column, v.get())) : Optional.empty();
    }

    /**
     * Returns the field as {@code yes} (true) or {@code no} (false).
     *
     * @param column the column name, not null
     * @return the flag
     * @throws IllegalArgumentException if the field is neither
     */
    public boolean yesNo(String column) {
      String v = text(column);
      if (v.equals("yes")) {
        return true;
      }
      if (v.equals("no")) {
        return false;
      }
      throw error(column, v, "yes or no");
    }

    /**
     * Returns the field split at semicolons into trimmed, non-blank parts.
     *
     * @param column the column name, not null
     * @return the parts, never null; empty when the field is blank
     * @throws IllegalArgumentException if a part is blank
     */
    public ImmutableList<String> list(String column) {
      String v = get(column).trim();
      if (v.isEmpty()) {
        return ImmutableList.of();
      }
      ImmutableList.Builder<String> parts = ImmutableList.builder();
      for (String part : v.split(";", -1)) {
        String p = part.trim();
        if (p.isEmpty()) {
          throw error(column, v, "a list of non-blank items separated by semicolons");
        }
        parts.add(p);
      }
      return parts.build();
    }

    private LocalDate toDate(String column, String v) {
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        throw error(column, v, "an ISO date such as 2022-11-14");
      }
    }

    /**
     * Returns an exception whose message names the row, the column, the bad value and what was
     * expected, such as {@code t.csv line 2: batch = "9": expected 1 to 8}.
     *
     * @param column the column, not null
     * @param value the bad value, not null
     * @param expected what was expected, not null
     * @return the exception, for the caller to throw
     */
    public IllegalArgumentException error(String column, String value, String expected) {
      return new IllegalArgumentException(
          where() + ": " + column + " = \"" + value + "\": expected " + expected);
    }

    /**
     * Wraps a validation failure of the value built from this row so that its message names the row.
     *
     * @param e the failure, not null
     * @return the exception, for the caller to throw
     */
    public IllegalArgumentException wrap(IllegalArgumentException e) {
      return new IllegalArgumentException(where() + ": " + e.getMessage(), e);
    }

    /**
     * Returns the location and the fields, such as {@code t.csv line 5 [2, , z]}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
      return where() + " " + values.values();
    }
  }
}
