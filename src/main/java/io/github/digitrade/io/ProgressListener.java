package io.github.digitrade.io;

/**
 * Receives progress reports from a {@link FlowReader}: after every 2<sup>20</sup> rows and once at
 * the end. Called on the reading thread; keep it quick.
 *
 * <pre>{@code
 * FlowReader.baci().withProgress((bytes, total, rows) ->
 *     System.err.printf("%d rows, %d of %d bytes%n", rows, bytes, total));
 * }</pre>
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores every report. */
  ProgressListener NONE = (bytes, totalBytes, rows) -> {};

  /**
   * Reports progress.
   *
   * @param bytes the bytes of the file consumed so far (compressed bytes for gzip input)
   * @param totalBytes the size of the file in bytes, or -1 when unknown (a stream)
   * @param rows the data rows read so far, including skipped ones
   */
  void progress(long bytes, long totalBytes, long rows);
}
