package io.github.digitrade.io;

import io.github.digitrade.table.Dimension;
import io.github.digitrade.table.FlowTable;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a {@link FlowTable} as tidy CSV, the format {@link FlowReader#tidy()} reads back to an
 * equal table: UTF-8 without a byte-order mark, LF line ends, header {@code
 * reporter,partner,product,period,direction,value}, one row per table row in table order. A table
 * with a release column ({@link FlowTable#releases()} not empty) gets a {@code release} column
 * before the value, in the text form {@link io.github.digitrade.model.Release#parse} reads. Labels are
 * quoted only when they contain a comma, a quote or a line break; values are
 * written with {@link Double#toString(double)}, which reads back to the same double.
 *
 * <pre>{@code
 * FlowWriter.write(table, Path.of("flows.csv.gz"));  // gzip because of the name
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class FlowWriter {

  private FlowWriter() {}

  /**
   * Writes a table to a file, gzip-compressed if the name ends in {@code .gz}.
   *
   * @param table the table, not null
   * @param file the file, created or replaced, not null
   * @throws IOException if writing fails
   */
  public static void write(FlowTable table, Path file) throws IOException {
    try (OutputStream raw = Files.newOutputStream(file)) {
      if (String.valueOf(file.getFileName()).endsWith(".gz")) {
        try (GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16)) {
          write(table, gz);
        }
      } else {
        write(table, raw);
      }
    }
  }

  /**
   * Writes a table to a stream, which is flushed but not closed.
   *
   * @param table the table, not null
   * @param out the stream, not null
   * @throws IOException if writing fails
   */
  public static void write(FlowTable table, OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    boolean releases = !table.releases().isEmpty();
    w.write(
        releases
            ? "reporter,partner,product,period,direction,release,value\n"
            : "reporter,partner,product,period,direction,value\n");
    Dimension[] dims = Dimension.values();
    for (int r = 0; r < table.size(); r++) {
      for (Dimension d : dims) {
        w.write(quote(table.label(d, r)));
        w.write(',');
      }
      if (releases) {
        w.write(table.release(r).orElseThrow().toString());
        w.write(',');
      }
      w.write(Double.toString(table.value(r)));
      w.write('\n');
    }
    w.flush();
  }

  static String quote(String label) {
    boolean plain = true;
    for (int i = 0; i < label.length() && plain; i++) {
      char c = label.charAt(i);
      plain = c != ',' && c != '"' && c != '\n' && c != '\r';
    }
    return plain ? label : '"' + label.replace("\"", "\"\"") + '"';
  }
}
