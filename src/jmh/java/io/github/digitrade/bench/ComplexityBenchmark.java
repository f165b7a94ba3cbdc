package io.github.digitrade.bench;

import io.github.digitrade.calc.Complexity;
import io.github.digitrade.calc.ComplexityIndices;
import io.github.digitrade.calc.LabeledMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Complexity on a 226 × 785 presence matrix (the shape of countries × SITC4 products), nested like
 * real trade: country c exports product p with probability decreasing in both ranks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ComplexityBenchmark {

  LabeledMatrix presence;

  /** Builds the matrix once. */
  @Setup
  public void setup() {
    int countries = 226;
    int products = 785;
    Random r = new Random(42);
    List<String> rows = new ArrayList<>();
    List<String> cols = new ArrayList<>();
    for (int c = 0; c < countries; c++) {
      rows.add(String.format("C%03d", c));
    }
    for (int p = 0; p < products; p++) {
      cols.add(String.format("%04d", p));
    }
    double[] v = new double[countries * products];
    for (int c = 0; c < countries; c++) {
      double capability = 1.0 - (double) c / countries;
      for (int p = 0; p < products; p++) {
        double difficulty = (double) p / products;
        double chance = 0.05 + 0.9 * Math.max(0, capability - difficulty * 0.8);
        v[c * products + p] = r.nextDouble() < chance ? 1 : 0;
      }
      v[c * products + c] = 1;
    }
    presence = LabeledMatrix.of(rows, cols, v);
  }

  /**
   * ECI and PCI by the eigenvector method (Lanczos).
   *
   * @return the indices
   */
  @Benchmark
  public ComplexityIndices eigenvector() {
    return Complexity.eigenvector(presence);
  }

  /**
   * ECI and PCI by 18 reflections.
   *
   * @return the indices
   */
  @Benchmark
  public ComplexityIndices reflections() {
    return Complexity.reflections(presence, 18);
  }

  /**
   * The 785 × 785 proximity matrix.
   *
   * @return the matrix
   */
  @Benchmark
  public LabeledMatrix proximity() {
    return Complexity.proximity(presence);
  }
}
