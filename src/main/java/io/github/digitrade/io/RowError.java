package io.github.digitrade.io;

import java.util.Objects;

/**
 * One malformed row found by a {@link FlowReader}: where it is and what is wrong.
 *
 * <pre>{@code
 * RowError e = report.errors().get(0);
 * e.toString();  // baci.csv:17: column 5 (v) "-3.2": negative value: expected a finite, ...
 * }</pre>
 *
 * @param source the file name or the name given for a stream, not null
 * @param line the physical line where the row starts, from 1
 * @param column the 1-based field number, or 0 when the problem concerns the whole row
 * @param columnName the header of that field, or empty when unknown
 * @param text the offending text (the field, or the row when {@code column} is 0), shortened
 * @param message what is wrong and what was expected, not null
 */
public record RowError(
    String source, long line, int column, String columnName, String text, String message) {

  /**
   * Validates the components.
   *
   * @param source the file or stream name, not null
   * @param line the physical line, from 1
   * @param column the 1-based field, or 0 for the whole row
   * @param columnName the header of the field, or empty
   * @param text the offending text, not null
   * @param message what is wrong and what was expected, not null
   * @throws IllegalArgumentException if {@code line} is below 1 or {@code column} is negative
   */
  public RowError {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(columnName, "columnName");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(message, "message");
    if (line < 1) {
      throw new IllegalArgumentException("line = " + line + ": expected 1 or more");
    }
    if (column < 0) {
      throw new IllegalArgumentException("column = " + column + ": expected 0 or more");
    }
  }

  /**
   * Returns the error as {@code file:line: column N (name) "text": message}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(source).append(':').append(line).append(": ");
    if (column > 0) {
      s.append("column ").append(column);
      if (!columnName.isEmpty()) {
        s.append(" (").append(columnName).append(')');
      }
      s.append(' ');
    }
    return s.append('"').append(text).append("\": ").append(message).toString();
  }
}
