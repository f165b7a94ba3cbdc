package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ComplexityPropertiesTest {

  /** A random presence matrix of 3–12 countries and 3–15 products, with a dense diagonal band. */
  private static Gen<LabeledMatrix> presence() {
    return longs()
        .all()
        .zip(integers().between(3, 12), integers().between(3, 15), (seed, c, p) -> matrix(seed, c, p));
  }

  private static LabeledMatrix matrix(long seed, int countries, int products) {
    Random r = new Random(seed);
    double density = 0.2 + 0.6 * r.nextDouble();
    List<String> rows = new ArrayList<>();
    List<String> cols = new ArrayList<>();
    for (int c = 0; c < countries; c++) {
      rows.add("C" + c);
    }
    for (int p = 0; p < products; p++) {
      cols.add("P" + p);
    }
    double[] v = new double[countries * products];
    for (int c = 0; c < countries; c++) {
      for (int p = 0; p < products; p++) {
        v[c * products + p] = r.nextDouble() < density ? 1 : 0;
      }
      v[c * products + c % products] = 1;
    }
    for (int p = 0; p < products; p++) {
      v[(p % countries) * products + p] = 1;
    }
    return LabeledMatrix.of(rows, cols, v);
  }

  /** The eigenvector indices, or null when they are undefined for this matrix. */
  private static @Nullable ComplexityIndices indices(LabeledMatrix m) {
    try {
      return Complexity.eigenvector(m);
    } catch (UndefinedIndicatorException e) {
      return null;
    }
  }

  @Test
  void eciIsTheMeanPciOfEachCountrysProducts() {
    qt().withExamples(1000)
        .forAll(presence())
        .checkAssert(
            m -> {
              ComplexityIndices ci = indices(m);
              if (ci == null) {
                return;
              }
              for (String c : ci.eci().labels()) {
                double s = 0;
                int k = 0;
                for (String p : ci.pci().labels()) {
                  if (m.get(c, p) == 1) {
                    s += ci.pci().get(p);
                    k++;
                  }
                }
                assertThat(ci.eci().get(c)).isCloseTo(s / k, within(1e-9));
              }
            });
  }

  @Test
  void atlasEciHasMeanZeroPopulationSdOneAndRisesWithDiversity() {
    qt().withExamples(1000)
        .forAll(presence())
        .checkAssert(
            m -> {
              ComplexityIndices ci = indices(m);
              if (ci == null) {
                return;
              }
              double[] eci = ci.eci().toArray();
              double mean = Sums.sum(eci) / eci.length;
              double var = 0;
              for (double x : eci) {
                var += (x - mean) * (x - mean) / eci.length;
              }
              assertThat(mean).isCloseTo(0, within(1e-9));
              assertThat(var).isCloseTo(1, within(1e-9));
              double[] k = Complexity.diversity(m).toArray();
              if (java.util.Arrays.stream(k).distinct().count() > 1) {
                assertThat(DenseComplexity.correlation(eci, k)).isGreaterThanOrEqualTo(-1e-9);
              }
            });
  }

  @Test
  void eigenvectorAgreesWithTheDenseSolverWhenTheEigenvalueIsSimple() {
    qt().withExamples(1000)
        .forAll(presence())
        .checkAssert(
            m -> {
              ComplexityIndices ci = indices(m);
              double[][] dense = DenseComplexity.eciPci(m);
              double[] lambda = DenseComplexity.eigen(denseOperator(m), new double[m.columnCount()][m.columnCount()]);
              java.util.Arrays.sort(lambda);
              int n = lambda.length;
              double gap = lambda[n - 2] - lambda[n - 3];
              if (ci == null || gap < 1e-3 || lambda[n - 2] < 1e-6) {
                return;
              }
              assertThat(ci.eigenvalue()).isCloseTo(lambda[n - 2], within(1e-9));
              double[] eci = ci.eci().toArray();
              // when ECI and diversity are uncorrelated the sign is a tie-break convention the
              // dense reference does not share
              double[] k = Complexity.diversity(m).toArray();
              double corr = DenseComplexity.correlation(eci, k);
              double same = 0;
              double opposite = 0;
              for (int i = 0; i < eci.length; i++) {
                same = Math.max(same, Math.abs(eci[i] - dense[0][i]));
                opposite = Math.max(opposite, Math.abs(eci[i] + dense[0][i]));
              }
              assertThat(Math.abs(corr) > 1e-6 ? same : Math.min(same, opposite)).isLessThan(1e-6);
            });
  }

  private static double[][] denseOperator(LabeledMatrix m) {
    int nc = m.rowCount();
    int np = m.columnCount();
    double[] kc = Complexity.diversity(m).toArray();
    double[] kp = Complexity.ubiquity(m).toArray();
    double[][] s = new double[np][np];
    for (int a = 0; a < np; a++) {
      for (int b = 0; b < np; b++) {
        for (int c = 0; c < nc; c++) {
          s[a][b] += m.get(c, a) * m.get(c, b) / kc[c];
        }
        s[a][b] /= Math.sqrt(kp[a] * kp[b]);
      }
    }
    return s;
  }

  @Test
  void indicesDoNotDependOnRowAndColumnOrder() {
    qt().withExamples(1000)
        .forAll(presence(), longs().all())
        .checkAssert(
            (m, seed) -> {
              ComplexityIndices ci = indices(m);
              if (ci == null) {
                return;
              }
              List<String> rows = new ArrayList<>(m.rowLabels());
              List<String> cols = new ArrayList<>(m.columnLabels());
              Collections.shuffle(rows, new Random(seed));
              Collections.shuffle(cols, new Random(seed + 1));
              double[] v = new double[rows.size() * cols.size()];
              for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < cols.size(); c++) {
                  v[r * cols.size() + c] = m.get(rows.get(r), cols.get(c));
                }
              }
              ComplexityIndices shuffled = Complexity.eigenvector(LabeledMatrix.of(rows, cols, v));
              double[] lambda = DenseComplexity.eigen(denseOperator(m), new double[cols.size()][cols.size()]);
              java.util.Arrays.sort(lambda);
              int n = lambda.length;
              if (lambda[n - 2] - lambda[n - 3] < 1e-3) {
                return;
              }
              for (String c : rows) {
                assertThat(shuffled.eci().get(c)).isCloseTo(ci.eci().get(c), within(1e-8));
              }
            });
  }

  @Test
  void proximityIsSymmetricWithUnitDiagonalAndDensityIsAFraction() {
    qt().withExamples(1000)
        .forAll(presence())
        .checkAssert(
            m -> {
              LabeledMatrix phi = Complexity.proximity(m);
              int n = phi.rowCount();
              for (int a = 0; a < n; a++) {
                assertThat(phi.get(a, a)).isEqualTo(1.0);
                for (int b = 0; b < n; b++) {
                  assertThat(phi.get(a, b)).isEqualTo(phi.get(b, a)).isBetween(0.0, 1.0);
                }
              }
              for (double w : Complexity.density(m).toArray()) {
                assertThat(w).isBetween(0.0, 1.0 + 1e-12);
              }
            });
  }

  @Test
  void fitnessAndComplexityHaveMeanOne() {
    qt().withExamples(1000)
        .forAll(presence(), integers().between(1, 30))
        .checkAssert(
            (m, iterations) -> {
              ComplexityFitness f = Complexity.fitness(m, iterations);
              double[] fit = f.fitness().toArray();
              double[] q = f.complexity().toArray();
              assertThat(Sums.sum(fit) / fit.length).isCloseTo(1, within(1e-9));
              assertThat(Sums.sum(q) / q.length).isCloseTo(1, within(1e-9));
              for (double x : fit) {
                assertThat(x).isGreaterThan(0);
              }
            });
  }
}
