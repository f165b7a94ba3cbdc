package io.github.digitrade.report;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The outcome of one run of the main job in process: its exit code and what it wrote to standard
 * output and standard error. Shared by the command-line tests.
 */
record MainRun(int code, String out, String err) {

  /** Runs the main job with {@code args}, capturing both streams as UTF-8. */
  static MainRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new MainRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
