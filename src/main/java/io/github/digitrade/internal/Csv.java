package io.github.digitrade.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small reader for the embedded CSV resources: RFC 4180 quoting (fields in double quotes, {@code
 * ""} for a quote, line breaks inside quotes), UTF-8 with or without a byte-order mark, LF or CRLF
 * line ends, and a header row naming the columns. Blank lines are skipped.
 *
 * <pre>{@code
 * for (Csv.Row r : Csv.parse("t.csv", "a,b\n1,\"x, y\"\n")) {
 *   r.get("b");   // "x, y"
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
   * @throws IllegalStateException if the resource is missing or malformed
   */
  public static ImmutableList<Row> read(String resource) {
    requireNonNull(resource, "resource");
    try (InputStream in = Csv.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " is missing from the module");
      }
      return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(String.valueOf(e.getMessage()), e);
    }
  }

  /**
   * Parses CSV text whose first record is the header.
   *
   * @param name the name used in error messages, not null
   * @param text the CSV text, not null
   * @return the data rows, never null
   * @throws IllegalArgumentException naming the line if a quote is not closed, text follows a
   *     closing quote, a row has a different number of fields than the header, or the header repeats
   *     a column
   */
  public static ImmutableList<Row> parse(String name, String text) {
    requireNonNull(name, "name");
    String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int recordLine = 1;
    int i = 0;
    int n = s.length();
    boolean any = false;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '"' && field.length() == 0) {
        int start = line;
        i++;
        while (true) {
          if (i >= n) {
            throw new IllegalArgumentException(
                name + " line " + start + ": quoted field is not closed");
          }
          char q = s.charAt(i);
          if (q == '"') {
            if (i + 1 < n && s.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (q == '\n') {
            line++;
          }
          field.append(q);
          i++;
        }
        any = true;
        if (i < n && s.charAt(i) != ',' && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
          throw new IllegalArgumentException(
              name + " line " + line + ": unexpected text after a closing quote");
        }
        continue;
      }
      if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        any = true;
        i++;
      } else if (c == '\r' || c == '\n') {
        if (any || field.length() > 0) {
          fields.add(field.toString());
          records.add(List.copyOf(fields));
          lines.add(recordLine);
        }
        fields.clear();
        field.setLength(0);
        any = false;
        i += (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') ? 2 : 1;
        line++;
        recordLine = line;
      } else {
        field.append(c);
        i++;
      }
    }
    if (any || field.length() > 0) {
      fields.add(field.toString());
      records.add(List.copyOf(fields));
      lines.add(recordLine);
    }
    if (records.isEmpty()) {
      throw new IllegalArgumentException(name + ": no header row");
    }
    ImmutableMap.Builder<String, Integer> header = ImmutableMap.builder();
    List<String> names = records.get(0);
    for (int k = 0; k < names.size(); k++) {
      header.put(names.get(k), k);
    }
    ImmutableMap<String, Integer> columns;
    try {
      columns = header.buildOrThrow();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " line 1: a column name repeats in " + names, e);
    }
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    for (int r = 1; r < records.size(); r++) {
      List<String> rec = records.get(r);
      if (rec.size() != names.size()) {
        throw new IllegalArgumentException(
            name + " line " + lines.get(r) + ": " + rec.size() + " fields, expected "
                + names.size());
      }
      rows.add(new Row(name, lines.get(r), columns, rec));
    }
    return rows.build();
  }

  /** One data row: fields by column name, with the resource and line for error messages. */
  public static final class Row {
    private final String name;
    private final int line;
    private final ImmutableMap<String, Integer> columns;
    private final List<String> fields;

    private Row(String name, int line, ImmutableMap<String, Integer> columns, List<String> fields) {
      this.name = name;
      this.line = line;
      this.columns = columns;
      this.fields = fields;
    }

    /**
     * Returns the field in {@code column}, as written (not trimmed).
     *
     * @param column the column name, not null
     * @return the field, never null; empty if the field is empty
     * @throws IllegalStateException if the file has no such column
     */
    public String get(String column) {
      Integer k = columns.get(column);
      if (k == null) {
        throw new IllegalStateException(where() + ": no column " + column + " in " + columns.keySet());
      }
      return fields.get(k);
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
     * Returns {@code "name line N"} for error messages.
     *
     * @return the location, never null
     */
    public String where() {
      return name + " line " + line;
    }

    /**
     * Returns an exception for a bad value in this row, prefixed with its location.
     *
     * @param message what is wrong, not null
     * @param cause the underlying exception, not null
     * @return the exception to throw, never null
     */
    public IllegalStateException error(String message, Exception cause) {
      return new IllegalStateException(where() + ": " + message, cause);
    }

    /**
     * Returns the fields in file order.
     *
     * @return the fields, never null
     */
    @Override
    public String toString() {
      return where() + " " + fields;
    }
  }
}
