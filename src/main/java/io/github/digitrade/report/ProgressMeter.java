package io.github.digitrade.report;

import java.io.PrintStream;

/**
 * A progress indicator on standard error for reading large files: a single line rewritten in place
 * ({@code reading flows.csv: 45% (120,000 rows)}), shown only when the input is large enough for the
 * wait to be noticeable and never when quiet. It is driven by the amount read, not by a clock, so
 * the output is deterministic.
 */
final class ProgressMeter {

  /** Inputs smaller than this (in bytes) load in well under a second and show no progress. */
  static final long THRESHOLD = 16L << 20;

  private final PrintStream err;
  private final String what;
  private final long total;
  private final boolean enabled;
  private int shown = -1;
  private long shownRows;
  private boolean started;

  /**
   * Creates a meter.
   *
   * @param err where to write, usually {@code System.err}
   * @param what what is being read, such as the file name
   * @param total the expected total in bytes, zero or more
   * @param quiet true to show nothing
   */
  ProgressMeter(PrintStream err, String what, long total, boolean quiet) {
    this(err, what, total, quiet, false);
  }

  /**
   * A meter for a file of {@code total} bytes; a gzip file counts as four times its size against
   * the threshold, since its rows come out of about that many bytes (the percentage stays the share
   * of the compressed bytes read).
   */
  ProgressMeter(PrintStream err, String what, long total, boolean quiet, boolean compressed) {
    this.err = err;
    this.what = what;
    this.total = total;
    this.enabled = !quiet && (compressed ? total * COMPRESSION : total) >= THRESHOLD;
  }

  /** The size ratio assumed for gzip input: plain trade CSV compresses about fourfold or more. */
  static final int COMPRESSION = 4;

  /** Returns whether this meter writes anything. */
  boolean enabled() {
    return enabled;
  }

  /**
   * Reports progress; writes a line each time another 5% is done, or each time more rows are read
   * when the position in the file is unknown.
   *
   * @param done bytes read so far, or 0 if unknown
   * @param rows rows read so far
   */
  void update(long done, long rows) {
    if (!enabled) {
      return;
    }
    if (done <= 0) {
      // the reader does not know its position (a parallel read): show rows only
      if (rows > shownRows) {
        shownRows = rows;
        started = true;
        err.print("\rreading " + what + ": " + String.format(java.util.Locale.ROOT, "%,d", rows)
            + " rows");
        err.flush();
      }
      return;
    }
    int percent = (int) Math.min(100, Math.max(0, done * 100 / total));
    int step = percent / 5 * 5;
    if (step > shown) {
      shown = step;
      started = true;
      err.print("\rreading " + what + ": " + step + "% (" + String.format(java.util.Locale.ROOT, "%,d", rows) + " rows)");
      err.flush();
    }
  }

  /**
   * Ends the progress line.
   *
   * @param rows the number of rows read
   */
  void finish(long rows) {
    if (enabled && started) {
      err.print("\rreading " + what + ": done (" + String.format(java.util.Locale.ROOT, "%,d", rows) + " rows)\n");
      err.flush();
    }
  }
}
