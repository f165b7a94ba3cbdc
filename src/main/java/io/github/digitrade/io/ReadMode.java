package io.github.digitrade.io;

/**
 * How a {@link FlowReader} treats a malformed row.
 *
 * <pre>{@code
 * FlowReader.baci().withMode(ReadMode.LENIENT).read(path).report().skippedRows();
 * }</pre>
 */
public enum ReadMode {
  /** The default: the first malformed row stops the read with a {@link FlowFormatException}. */
  STRICT,
  /**
   * Malformed rows are skipped and listed in the {@link ReadReport}, which states how many rows were
   * skipped. A malformed header still stops the read.
   */
  LENIENT
}
