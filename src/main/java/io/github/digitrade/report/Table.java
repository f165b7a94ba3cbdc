package io.github.digitrade.report;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A table of formatted cells with a caption, the unit of its numbers and its source, rendered both
 * as aligned plain text and as an HTML {@code <table>} by {@link Report}.
 *
 * <p>Cells are text: format numbers before adding them, so that the text brief and the HTML report
 * show the same digits. A column whose cells all look like numbers (digits, separators, a sign, a
 * percent sign or a unit suffix such as {@code bn}) is right-aligned.
 *
 * <pre>{@code
 * Table t = Table.builder("China CBEC trade")
 *     .columns("year", "value", "YoY")
 *     .row("2020", "1,690", "+31.1%")
 *     .row("2021", "1,980", "+15.0%")
 *     .unit("billion CNY; growth in %")
 *     .source("GACC preliminary figures")
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; the builder is not thread-safe.
 */
public final class Table {

  private static final Pattern NUMERIC =
      Pattern.compile("[+\\-\u2212]?[0-9][0-9,.]*\\s?(%|pp|bn|M|k|x)?\\*?|[\u2013\u2014-]|n/a|");

  private final String caption;
  private final ImmutableList<String> columns;
  private final ImmutableList<ImmutableList<String>> rows;
  private final String unit;
  private final String source;

  private Table(Builder b) {
    this.caption = b.caption;
    this.columns = ImmutableList.copyOf(b.columns);
    this.rows = ImmutableList.copyOf(b.rows);
    this.unit = b.unit;
    this.source = b.source;
  }

  /**
   * Returns a builder for a table with this caption.
   *
   * @param caption what the table shows, not blank
   * @return a new builder, never null
   * @throws IllegalArgumentException if the caption is blank
   */
  public static Builder builder(String caption) {
    return new Builder(Report.notBlank(caption, "caption", "what the table shows"));
  }

  /**
   * Returns the caption.
   *
   * @return the caption, never null
   */
  public String caption() {
    return caption;
  }

  /**
   * Returns the column headings.
   *
   * @return one or more headings, never null
   */
  public ImmutableList<String> columns() {
    return columns;
  }

  /**
   * Returns the rows, each with one cell per column.
   *
   * @return the rows, never null, possibly empty
   */
  public ImmutableList<ImmutableList<String>> rows() {
    return rows;
  }

  /**
   * Returns the unit of the numbers in the table.
   *
   * @return the unit, never null
   */
  public String unit() {
    return unit;
  }

  /**
   * Returns where the numbers come from.
   *
   * @return the source, never null
   */
  public String source() {
    return source;
  }

  /**
   * Returns whether a column is right-aligned because every cell in it looks like a number.
   *
   * @param column the column position, from 0
   * @return true for a numeric column
   * @throws IndexOutOfBoundsException if there is no such column
   */
  public boolean isNumeric(int column) {
    Objects.checkIndex(column, columns.size());
    if (rows.isEmpty()) {
      return false;
    }
    for (List<String> row : rows) {
      if (!NUMERIC.matcher(row.get(column).trim()).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the table as aligned plain text: caption, headings, a rule, the rows, then the unit and
   * source lines.
   *
   * @return the text, ending with a line break, never null
   */
  public String toText() {
    int[] widths = new int[columns.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = width(columns.get(c));
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], width(row.get(c)));
      }
    }
    StringBuilder s = new StringBuilder();
    s.append(caption).append('\n');
    line(s, columns, widths);
    for (int c = 0; c < widths.length; c++) {
      s.append("  ").append("-".repeat(widths[c]));
    }
    s.append('\n');
    for (List<String> row : rows) {
      line(s, row, widths);
    }
    s.append("  Unit: ").append(unit).append(". Source: ").append(source).append('\n');
    return s.toString();
  }

  /**
   * Returns the table as CSV (RFC 4180): the column headings, then one line per row, each cell as
   * shown in the report; a cell holding a comma, a quote or a line break is quoted, with quotes
   * doubled. Lines end with CRLF.
   *
   * @return the CSV text, never null
   */
  public String toCsv() {
    StringBuilder s = new StringBuilder();
    csvLine(s, columns);
    for (List<String> row : rows) {
      csvLine(s, row);
    }
    return s.toString();
  }

  private static void csvLine(StringBuilder s, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        s.append(',');
      }
      String cell = cells.get(c);
      if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
          || cell.indexOf('\r') >= 0) {
        s.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        s.append(cell);
      }
    }
    s.append("\r\n");
  }

  private void line(StringBuilder s, List<String> cells, int[] widths) {
    StringBuilder l = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(widths[c] - width(cell));
      l.append("  ");
      if (isNumeric(c)) {
        l.append(pad).append(cell);
      } else {
        l.append(cell).append(pad);
      }
    }
    s.append(l.toString().stripTrailing()).append('\n');
  }

  private static int width(String text) {
    int w = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      // CJK ideographs and full-width forms take two columns in a terminal
      w += (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
          || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  /**
   * Returns a one-line description such as {@code Table{"China CBEC trade", 3 columns, 2 rows}}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "Table{\"" + caption + "\", " + columns.size() + " columns, " + rows.size() + " rows}";
  }

  /**
   * Builds a {@link Table}: set the columns first, then add rows, and give the unit and the source.
   *
   * <p>Not thread-safe.
   */
  public static final class Builder {
    private final String caption;
    private final List<String> columns = new ArrayList<>();
    private final List<ImmutableList<String>> rows = new ArrayList<>();
    private String unit = "";
    private String source = "";

    private Builder(String caption) {
      this.caption = caption;
    }

    /**
     * Sets the column headings; call once, before any row.
     *
     * @param names one or more non-blank headings
     * @return this builder
     * @throws IllegalArgumentException if there is no heading, one is blank, or columns were already
     *     set
     */
    public Builder columns(String... names) {
      if (!columns.isEmpty()) {
        throw new IllegalArgumentException(
            "columns are already set to " + columns + ": expected columns(...) once");
      }
      if (names.length == 0) {
        throw new IllegalArgumentException("columns is empty: expected at least one heading");
      }
      for (int i = 0; i < names.length; i++) {
        columns.add(Report.notBlank(names[i], "columns[" + i + "]", "a column heading"));
      }
      return this;
    }

    /**
     * Adds a row.
     *
     * @param cells one cell per column, not null; an empty cell is allowed
     * @return this builder
     * @throws IllegalArgumentException if the columns are not set yet or the number of cells differs
     *     from the number of columns
     */
    public Builder row(String... cells) {
      return row(List.of(cells));
    }

    /**
     * Adds a row.
     *
     * @param cells one cell per column, not null; an empty cell is allowed
     * @return this builder
     * @throws IllegalArgumentException if the columns are not set yet or the number of cells differs
     *     from the number of columns
     */
    public Builder row(List<String> cells) {
      if (columns.isEmpty()) {
        throw new IllegalArgumentException(
            "row " + cells + " before columns: expected columns(...) first");
      }
      if (cells.size() != columns.size()) {
        throw new IllegalArgumentException(
            "row "
                + (rows.size() + 1)
                + " has "
                + cells.size()
                + " cells: expected "
                + columns.size()
                + ", one per column "
                + columns);
      }
      rows.add(ImmutableList.copyOf(cells));
      return this;
    }

    /**
     * Sets the unit of the numbers, e.g. {@code "billion CNY"} or {@code "count"}.
     *
     * @param unit the unit, not blank
     * @return this builder
     * @throws IllegalArgumentException if the unit is blank
     */
    public Builder unit(String unit) {
      this.unit = Report.notBlank(unit, "unit", "the unit of the numbers, e.g. \"billion CNY\"");
      return this;
    }

    /**
     * Sets the source of the numbers.
     *
     * @param source the source, not blank
     * @return this builder
     * @throws IllegalArgumentException if the source is blank
     */
    public Builder source(String source) {
      this.source = Report.notBlank(source, "source", "where the numbers come from");
      return this;
    }

    /**
     * Returns the table.
     *
     * @return the table, never null
     * @throws IllegalArgumentException if the columns, the unit or the source are missing
     */
    public Table build() {
      if (columns.isEmpty()) {
        throw new IllegalArgumentException(
            "table \"" + caption + "\" has no columns: expected columns(...)");
      }
      if (unit.isEmpty()) {
        throw new IllegalArgumentException(
            "table \"" + caption + "\" has no unit: expected unit(...), e.g. \"billion CNY\"");
      }
      if (source.isEmpty()) {
        throw new IllegalArgumentException(
            "table \"" + caption + "\" has no source: expected source(...)");
      }
      return new Table(this);
    }
  }
}
