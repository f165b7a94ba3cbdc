package io.github.digitrade.report;

import io.github.digitrade.calc.Sums;
import java.io.PrintStream;

/**
 * The main job: prints a brief on the embedded sample data.
 *
 * <p>Run it from a clone with {@code ./mvnw -q compile exec:java}.
 */
public final class Main {

  private Main() {}

  /**
   * Prints the brief to standard output.
   *
   * @param args command-line arguments, not null
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    // China's CBEC imports and exports, broad GACC series, billion CNY (GACC 2021-01-14 and later)
    double[] cbec = {1690, 1920, 2100, 2380, 2710};
    out.println("digitrade brief");
    out.printf("China CBEC trade 2020-2024, billion CNY, total %.0f%n", Sums.sum(cbec));
  }
}
