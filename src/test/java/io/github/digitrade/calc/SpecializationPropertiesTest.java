package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

class SpecializationPropertiesTest {

  @Test
  void rcaIsInvariantToScalingAllFlows() {
    qt().withExamples(1000)
        .forAll(Gens.matrices(5, 6), doubles().between(1e-6, 1e6))
        .checkAssert(
            (m, factor) -> {
              double[] v = m.toArray();
              for (int i = 0; i < v.length; i++) {
                v[i] *= factor;
              }
              LabeledMatrix scaled = LabeledMatrix.of(m.rowLabels(), m.columnLabels(), v);
              LabeledMatrix a = Specialization.rca(m);
              LabeledMatrix b = Specialization.rca(scaled);
              assertThat(b.rowLabels()).isEqualTo(a.rowLabels());
              assertThat(b.columnLabels()).isEqualTo(a.columnLabels());
              double[] x = a.toArray();
              double[] y = b.toArray();
              for (int i = 0; i < x.length; i++) {
                assertThat(y[i]).isCloseTo(x[i], within(1e-9 * Math.max(1, x[i])));
              }
            });
  }

  @Test
  void exportWeightedMeanOfRcaIsOneForEveryCountry() {
    qt().withExamples(1000)
        .forAll(Gens.matrices(5, 6))
        .checkAssert(
            m -> {
              LabeledMatrix rca = Specialization.rca(m);
              double world = Sums.sum(m.toArray());
              for (String c : rca.rowLabels()) {
                double[] terms = new double[rca.columnCount()];
                for (int p = 0; p < terms.length; p++) {
                  String product = rca.columnLabels().get(p);
                  double xp = Sums.sum(m.column(product).toArray());
                  terms[p] = xp / world * rca.get(c, product);
                }
                assertThat(Sums.sum(terms)).isCloseTo(1.0, within(1e-9));
              }
            });
  }

  @Test
  void rcaMatrixHasNoUndefinedCellAndListsEveryZeroTotal() {
    qt().withExamples(1000)
        .forAll(Gens.matrices(5, 6))
        .checkAssert(
            m -> {
              LabeledMatrix rca = Specialization.rca(m);
              int zeroRows = 0;
              for (String r : m.rowLabels()) {
                zeroRows += Sums.sum(m.row(r).toArray()) == 0 ? 1 : 0;
              }
              int zeroColumns = 0;
              for (String c : m.columnLabels()) {
                zeroColumns += Sums.sum(m.column(c).toArray()) == 0 ? 1 : 0;
              }
              assertThat(rca.rowCount()).isEqualTo(m.rowCount() - zeroRows);
              assertThat(rca.columnCount()).isEqualTo(m.columnCount() - zeroColumns);
              assertThat(rca.excluded()).hasSize(zeroRows + zeroColumns);
              for (double v : rca.toArray()) {
                assertThat(v).isFinite().isGreaterThanOrEqualTo(0);
              }
            });
  }

  @Test
  void symmetricRcaIsAtLeastMinusOneAndBelowOne() {
    qt().withExamples(1000)
        .forAll(doubles().between(0, 1e12))
        .checkAssert(
            r -> assertThat(Specialization.symmetricRca(r)).isGreaterThanOrEqualTo(-1).isLessThan(1));
  }

  @Test
  void presenceIsOneExactlyWhereRcaReachesTheThreshold() {
    qt().withExamples(1000)
        .forAll(Gens.matrices(4, 5), doubles().between(0, 3))
        .checkAssert(
            (m, t) -> {
              LabeledMatrix rca = Specialization.rca(m);
              LabeledMatrix p = Specialization.presence(rca, t);
              double[] r = rca.toArray();
              double[] q = p.toArray();
              for (int i = 0; i < r.length; i++) {
                assertThat(q[i]).isEqualTo(r[i] >= t ? 1.0 : 0.0);
              }
              assertThat(p.excluded()).isEqualTo(rca.excluded());
            });
  }

  @Test
  void everyCellIsTheScalarRcaOfItsTotalsBitForBit() {
    qt().withExamples(1000)
        .forAll(Gens.matrices(5, 6))
        .checkAssert(
            m -> {
              LabeledMatrix rca = Specialization.rca(m);
              double world = Sums.sum(m.toArray());
              for (String c : rca.rowLabels()) {
                double xc = Sums.sum(m.row(c).toArray());
                for (String p : rca.columnLabels()) {
                  double xp = Sums.sum(m.column(p).toArray());
                  assertThat(Double.doubleToRawLongBits(rca.get(c, p)))
                      .isEqualTo(
                          Double.doubleToRawLongBits(
                              Specialization.rca(m.get(c, p), xc, xp, world)));
                }
              }
            });
  }
}
