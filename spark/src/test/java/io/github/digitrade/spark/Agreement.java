package io.github.digitrade.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digitrade.calc.LabeledMatrix;
import io.github.digitrade.calc.LabeledVector;
import io.github.digitrade.calc.MatrixSeries;
import io.github.digitrade.calc.VectorSeries;

/** Assertions that two results agree: same labels and exclusions, values within 1e-12 relative. */
final class Agreement {
  static final double RELATIVE = 1e-12;

  /** How many compared values were bit-identical, and how many were compared. */
  static long identical;

  static long compared;

  private Agreement() {}

  static void close(double expected, double actual, String where) {
    compared++;
    if (Double.doubleToLongBits(expected) == Double.doubleToLongBits(actual)) {
      identical++;
      return;
    }
    double scale = Math.max(Math.abs(expected), Math.abs(actual));
    assertThat(Math.abs(expected - actual))
        .as("%s: core %s, Spark %s", where, expected, actual)
        .isLessThanOrEqualTo(RELATIVE * scale);
  }

  static void close(LabeledVector expected, LabeledVector actual, String where) {
    assertThat(actual.labels()).as(where).isEqualTo(expected.labels());
    assertThat(actual.excluded()).as(where).isEqualTo(expected.excluded());
    for (int i = 0; i < expected.size(); i++) {
      close(expected.get(i), actual.get(i), where + " " + expected.labels().get(i));
    }
  }

  static void close(LabeledMatrix expected, LabeledMatrix actual, String where) {
    assertThat(actual.rowLabels()).as(where).isEqualTo(expected.rowLabels());
    assertThat(actual.columnLabels()).as(where).isEqualTo(expected.columnLabels());
    assertThat(actual.excluded()).as(where).isEqualTo(expected.excluded());
    double[] e = expected.toArray();
    double[] a = actual.toArray();
    for (int i = 0; i < e.length; i++) {
      close(e[i], a[i], where + " cell " + i);
    }
  }

  static void close(VectorSeries expected, VectorSeries actual, String where) {
    assertThat(actual.periods()).as(where).isEqualTo(expected.periods());
    for (String p : expected.periods()) {
      close(expected.get(p), actual.get(p), where + " " + p);
    }
  }

  static void close(MatrixSeries expected, MatrixSeries actual, String where) {
    assertThat(actual.periods()).as(where).isEqualTo(expected.periods());
    for (String p : expected.periods()) {
      close(expected.get(p), actual.get(p), where + " " + p);
    }
  }
}
