package io.github.digitrade.bench;

import io.github.digitrade.calc.Concentration;
import io.github.digitrade.calc.LabeledMatrix;
import io.github.digitrade.calc.LabeledVector;
import io.github.digitrade.calc.Specialization;
import io.github.digitrade.io.FlowReader;
import io.github.digitrade.io.ReadResult;
import io.github.digitrade.table.Dimension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The digitrade side of {@code bench/compare.sh}: reads a BACI file, computes the Balassa RCA
 * matrix over (exporter, product) summed across importers, and the HHI of each exporter's basket.
 * Prints one line with the timings and checksums that the pandas and data.table jobs also print:
 * {@code BenchJob BACI.csv CODES.csv}.
 */
public final class BenchJob {
  private BenchJob() {}

  /**
   * Runs the job once.
   *
   * @param args the BACI file and its country-code file
   * @throws IOException if reading fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BenchJob BACI.csv COUNTRY_CODES.csv");
      System.exit(2);
    }
    long t0 = System.nanoTime();
    ReadResult read =
        FlowReader.baci()
            .withCountryCodes(FlowReader.baciCountryCodes(Path.of(args[1])))
            .read(Path.of(args[0]));
    long t1 = System.nanoTime();
    LabeledMatrix exports = read.table().matrix(Dimension.REPORTER, Dimension.PRODUCT);
    long tMatrix = System.nanoTime();
    LabeledMatrix rca = Specialization.rca(exports);
    long tRca = System.nanoTime();
    LabeledVector hhi = Concentration.hhiByRow(exports);
    long t2 = System.nanoTime();
    double rcaSum = 0;
    for (int r = 0; r < rca.rowCount(); r++) {
      for (int c = 0; c < rca.columnCount(); c++) {
        rcaSum += rca.get(r, c);
      }
    }
    double hhiSum = 0;
    for (double x : hhi.toArray()) {
      hhiSum += x;
    }
    System.out.printf(
        Locale.ROOT,
        "digitrade rows=%d exporters=%d products=%d rca_sum=%.6f hhi_mean=%.9f read_s=%.3f"
            + " compute_s=%.3f matrix_s=%.3f rca_s=%.3f hhi_s=%.3f%n",
        read.table().size(),
        rca.rowCount(),
        rca.columnCount(),
        rcaSum,
        hhiSum / hhi.size(),
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        (tMatrix - t1) / 1e9,
        (tRca - tMatrix) / 1e9,
        (t2 - tRca) / 1e9);
  }
}
