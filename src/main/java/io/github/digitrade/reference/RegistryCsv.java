package io.github.digitrade.reference;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A small reader for the embedded registry files: RFC 4180 comma-separated values in UTF-8 with a
 * header row.
 *
 * <p>Fields may be quoted with {@code "}; a quoted field may hold commas, line breaks and doubled
 * quotes ({@code ""} for one {@code "}). Lines end in LF or CRLF; a leading byte-order mark is
 * skipped. Every row must have as many fields as the header. Errors name the file and the line.
 */
final class RegistryCsv {

  private RegistryCsv() {}

  /** One data row: its line number and its fields keyed by the header's column names. */
  static final class Row {
    private final String file;
    private final int line;
    private final ImmutableMap<String, String> values;

    Row(String file, int line, ImmutableMap<String, String> values) {
      this.file = file;
      this.line = line;
      this.values = values;
    }

    /** The fields by column name, in header order. */
    ImmutableMap<String, String> values() {
      return values;
    }

    /** The line the row starts on (the header is line 1). */
    int line() {
      return line;
    }

    /** The field as written, possibly empty; an unknown column is an error. */
    String raw(String column) {
      String v = values.get(column);
      if (v == null) {
        throw new IllegalArgumentException(
            file + ": no column \"" + column + "\": expected one of " + values.keySet());
      }
      return v;
    }

    /** The trimmed field, which must not be blank. */
    String text(String column) {
      String v = raw(column).trim();
      if (v.isEmpty()) {
        throw error(column, "", "a non-blank value");
      }
      return v;
    }

    /** The trimmed field, or empty when it is blank. */
    Optional<String> optional(String column) {
      String v = raw(column).trim();
      return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** The field as a decimal integer. */
    int integer(String column) {
      String v = text(column);
      try {
        return Integer.parseInt(v);
      } catch (NumberFormatException e) {
        throw error(column, v, "an integer");
      }
    }

    /** The field as an ISO date (yyyy-MM-dd). */
    LocalDate date(String column) {
      return toDate(column, text(column));
    }

    /** The field as an ISO date, or empty when it is blank. */
    Optional<LocalDate> optionalDate(String column) {
      Optional<String> v = optional(column);
      return v.isPresent() ? Optional.of(toDate(column, v.get())) : Optional.empty();
    }

    /** The field as {@code yes} or {@code no}. */
    boolean yesNo(String column) {
      String v = text(column);
      if (v.equals("yes")) {
        return true;
      }
      if (v.equals("no")) {
        return false;
      }
      throw error(column, v, "yes or no");
    }

    /** The field split at semicolons into trimmed, non-blank parts; empty when the field is. */
    ImmutableList<String> list(String column) {
      String v = raw(column).trim();
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
     * An exception whose message names the file, line, column, bad value and the expectation.
     *
     * @param column the column
     * @param value the bad value
     * @param expected what was expected
     * @return the exception, for the caller to throw
     */
    IllegalArgumentException error(String column, String value, String expected) {
      return new IllegalArgumentException(
          file + " line " + line + ": " + column + " = \"" + value + "\": expected " + expected);
    }

    /**
     * Wraps a validation failure of the object built from this row so that it names the row.
     *
     * @param e the failure
     * @return the exception, for the caller to throw
     */
    IllegalArgumentException wrap(IllegalArgumentException e) {
      return new IllegalArgumentException(file + " line " + line + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a resource next to {@link RegistryCsv} in this package.
   *
   * @param name the file name, such as {@code pilot_zones.csv}
   * @return the data rows
   * @throws IllegalStateException if the resource is missing or unreadable
   */
  static ImmutableList<Row> resource(String name) {
    String path = "/io/github/digitrade/reference/" + name;
    try (InputStream in = RegistryCsv.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("embedded resource " + path + " is missing");
      }
      return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read embedded resource " + path, e);
    }
  }

  /**
   * Parses CSV text whose first record is the header.
   *
   * @param file the name used in error messages
   * @param text the whole text
   * @return the data rows, in order
   * @throws IllegalArgumentException if the text is empty, a header is blank or repeated, a quote
   *     is not closed or stray, or a row has the wrong number of fields
   */
  static ImmutableList<Row> parse(String file, String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<List<String>> records = new ArrayList<>();
    List<Integer> startLines = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int recordLine = 1;
    boolean quoted = false;
    boolean afterQuote = false;
    int i = 0;
    int n = t.length();
    while (i < n) {
      char c = t.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && t.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
          afterQuote = true;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
        i++;
        continue;
      }
      if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        afterQuote = false;
      } else if (c == '\n' || (c == '\r' && i + 1 < n && t.charAt(i + 1) == '\n')) {
        record.add(field.toString());
        field.setLength(0);
        afterQuote = false;
        records.add(record);
        startLines.add(recordLine);
        record = new ArrayList<>();
        if (c == '\r') {
          i++;
        }
        line++;
        recordLine = line;
      } else if (c == '"') {
        if (field.length() > 0 || afterQuote) {
          throw new IllegalArgumentException(
              file + " line " + line + ": stray quote: expected quotes only around a whole field");
        }
        quoted = true;
      } else {
        if (afterQuote) {
          throw new IllegalArgumentException(
              file
                  + " line "
                  + line
                  + ": text after a closing quote: expected a comma or line end");
        }
        field.append(c);
      }
      i++;
    }
    if (quoted) {
      throw new IllegalArgumentException(
          file + " line " + recordLine + ": unclosed quote: expected a closing \"");
    }
    if (field.length() > 0 || !record.isEmpty() || afterQuote) {
      record.add(field.toString());
      records.add(record);
      startLines.add(recordLine);
    }
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
            file
                + " line "
                + at
                + ": "
                + fields.size()
                + " fields: expected "
                + header.size()
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
}
