package io.github.digitrade.io;

import java.io.IOException;

/**
 * A file that a {@link FlowReader} cannot read as trade flows: a malformed row in strict mode, a
 * missing or unexpected header, or corrupt or truncated compressed data. The message names the file,
 * the line, the column and the offending text, such as {@code baci.csv:17: column 5 (v) "-3.2":
 * negative value: expected a finite, non-negative number}.
 *
 * <pre>{@code
 * try {
 *   FlowReader.baci().read(path);
 * } catch (FlowFormatException e) {
 *   e.error().line();  // 17
 * }
 * }</pre>
 */
public final class FlowFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Where the problem is and what it is. */
  @SuppressWarnings("serial") // RowError is a record of strings and numbers
  private final RowError error;

  /**
   * Creates the exception for one error.
   *
   * @param error where and what, not null
   */
  public FlowFormatException(RowError error) {
    super(error.toString());
    this.error = error;
  }

  /**
   * Creates the exception for one error caused by another exception.
   *
   * @param error where and what, not null
   * @param cause the underlying exception, not null
   */
  public FlowFormatException(RowError error, Throwable cause) {
    super(error.toString(), cause);
    this.error = error;
  }

  /**
   * Returns the error: file, line, column, text and message.
   *
   * @return the error, never null
   */
  public RowError error() {
    return error;
  }
}
