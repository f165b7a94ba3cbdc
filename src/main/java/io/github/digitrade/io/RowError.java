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
  /**
   * Returns an error about a whole file or stream, such as an empty file or corrupt compressed
   * data: line 1, no column, no text.
   *
   * @param source the file or stream name, not null
   * @param message what is wrong and what was expected, not null
   * @return the error, never null
   */
  public static RowError ofFile(String source, String message) {
    return new RowError(source, 1, 0, "", "", message);
  }

  /**
   * Returns an error about the header row, with the header's text.
   *
   * @param source the file or stream name, not null
   * @param header the header as read, not null
   * @param message what is wrong and what was expected, not null
   * @return the error, never null
   */
  public static RowError ofHeader(String source, String header, String message) {
    return new RowError(source, 1, 0, "", header, message);
  }

  /**
   * Returns an error about a whole record (a wrong number of fields, say), with its text.
   *
   * @param source the file or stream name, not null
   * @param line the physical line of the record, from 1
   * @param record the record as read, not null
   * @param message what is wrong and what was expected, not null
   * @return the error, never null
   * @throws IllegalArgumentException if {@code line} is below 1
   */
  public static RowError ofRecord(String source, long line, String record, String message) {
    return new RowError(source, line, 0, "", record, message);
  }

  /**
   * Returns an error about one field.
   *
   * @param source the file or stream name, not null
   * @param line the physical line of the record, from 1
   * @param column the column, from 1
   * @param columnName the header of the column, not null, may be empty
   * @param text the field as read, not null
   * @param message what is wrong and what was expected, not null
   * @return the error, never null
   * @throws IllegalArgumentException if {@code line} or {@code column} is below 1
   */
  public static RowError ofField(
      String source, long line, int column, String columnName, String text, String message) {
    if (column < 1) {
      throw new IllegalArgumentException("column = " + column + ": expected 1 or more");
    }
    return new RowError(source, line, column, columnName, text, message);
  }

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
