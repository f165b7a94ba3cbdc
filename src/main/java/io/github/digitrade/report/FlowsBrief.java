package io.github.digitrade.report;

import java.io.IOException;
import java.nio.file.Path;

/** The brief on a user's file of trade flows. */
final class FlowsBrief {

  private FlowsBrief() {}

  /**
   * Reads a file of flows and computes the brief for one reporter.
   *
   * @param file the file, readable
   * @param options the command line
   * @param progress the progress indicator to drive while reading
   * @return the report, never null
   * @throws IOException if the file cannot be read
   */
  @SuppressWarnings("DoNotCallSuggester") // placeholder until the flow-table readers are wired
  static Report of(Path file, Options options, ProgressMeter progress) throws IOException {
    throw new IOException(
        "cannot analyse --flows " + file + ": the " + options.format()
            + " reader is not part of this build yet");
  }
}
