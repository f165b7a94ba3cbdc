package io.github.digitrade.calc;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of trade data shared by the property tests. */
final class Gens {

  private Gens() {}

  /** A trade value: mostly ordinary magnitudes, some zeros, some tiny and some huge values. */
  static Gen<Double> tradeValue() {
    Gen<Double> ordinary = doubles().between(0, 1e9);
    Gen<Double> zero = Generate.constant(0.0);
    Gen<Double> tiny = doubles().between(0, 1e-3);
    Gen<Double> huge = doubles().between(1e9, 1e13);
    return ordinary.mix(zero, 20).mix(tiny, 10).mix(huge, 10);
  }

  /** A positive trade value, from 1e-3 to 1e12. */
  static Gen<Double> positiveValue() {
    return doubles().between(1e-3, 1e12);
  }

  static double[] toArray(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** An array of trade values of length 1 to {@code max}, with at least one positive value. */
  static Gen<double[]> values(int max) {
    return lists()
        .of(tradeValue())
        .ofSizeBetween(1, max)
        .map(Gens::toArray)
        .assuming(a -> Sums.sum(a) > 0);
  }

  /** An array of trade values of exactly {@code n} values, with at least one positive value. */
  static Gen<double[]> values(int min, int max) {
    return lists()
        .of(tradeValue())
        .ofSizeBetween(min, max)
        .map(Gens::toArray)
        .assuming(a -> Sums.sum(a) > 0);
  }

  /** Two arrays of the same length 1 to {@code max}, each with a positive value. */
  static Gen<double[][]> pairs(int max) {
    return integers()
        .between(1, max)
        .flatMap(
            n ->
                lists()
                    .of(tradeValue())
                    .ofSize(2 * n)
                    .map(l -> new double[][] {toArray(l.subList(0, n)), toArray(l.subList(n, 2 * n))})
                    .assuming(p -> Sums.sum(p[0]) > 0 && Sums.sum(p[1]) > 0));
  }

  /** A matrix of trade values with 1 to {@code maxRows} rows and 1 to {@code maxColumns} columns. */
  static Gen<LabeledMatrix> matrices(int maxRows, int maxColumns) {
    return integers()
        .between(1, maxRows)
        .zip(integers().between(1, maxColumns), (r, c) -> new int[] {r, c})
        .flatMap(
            rc ->
                lists()
                    .of(tradeValue())
                    .ofSize(rc[0] * rc[1])
                    .map(l -> matrix(rc[0], rc[1], toArray(l))));
  }

  static LabeledMatrix matrix(int rows, int columns, double[] values) {
    List<String> r = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      r.add("R" + i);
    }
    List<String> c = new ArrayList<>();
    for (int j = 0; j < columns; j++) {
      c.add("C" + j);
    }
    return LabeledMatrix.of(r, c, values);
  }
}
