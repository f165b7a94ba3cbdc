package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class BilateralPropertiesTest {

  /** An export matrix and the imports of its partners (the columns), all positive. */
  private static Gen<Object[]> matrixAndImports() {
    return Gens.matrices(4, 6)
        .flatMap(
            m ->
                lists()
                    .of(Gens.positiveValue())
                    .ofSize(m.columnCount())
                    .map(l -> new Object[] {m, LabeledVector.of(m.columnLabels(), Gens.toArray(l))}));
  }

  @Test
  void importWeightedMeanOfTradeIntensityIsOne() {
    qt().withExamples(1000)
        .forAll(matrixAndImports())
        .checkAssert(
            o -> {
              LabeledMatrix x = (LabeledMatrix) o[0];
              LabeledVector imports = (LabeledVector) o[1];
              LabeledMatrix t = Bilateral.tradeIntensity(x, imports);
              double world = Sums.sum(imports.toArray());
              for (String i : t.rowLabels()) {
                double[] terms = new double[t.columnCount()];
                for (int j = 0; j < terms.length; j++) {
                  String partner = t.columnLabels().get(j);
                  terms[j] = imports.get(partner) / world * t.get(i, partner);
                }
                assertThat(Sums.sum(terms)).isCloseTo(1.0, within(1e-9));
              }
            });
  }

  @Test
  void tradeIntensityMatrixEqualsScalarBitForBit() {
    qt().withExamples(1000)
        .forAll(matrixAndImports())
        .checkAssert(
            o -> {
              LabeledMatrix x = (LabeledMatrix) o[0];
              LabeledVector imports = (LabeledVector) o[1];
              LabeledMatrix t = Bilateral.tradeIntensity(x, imports);
              double world = Sums.sum(imports.toArray());
              for (String i : t.rowLabels()) {
                double total = Sums.sum(x.row(i).toArray());
                for (String j : t.columnLabels()) {
                  assertThat(t.get(i, j))
                      .isEqualTo(
                          Bilateral.tradeIntensity(x.get(i, j), total, imports.get(j), world));
                }
              }
            });
  }

  @Test
  void complementarityIsBetweenZeroAndHundred() {
    qt().withExamples(1000)
        .forAll(Gens.pairs(20))
        .checkAssert(
            p -> assertThat(Bilateral.complementarity(p[0], p[1])).isBetween(0.0, 100.0));
  }

  @Test
  void similarityIsBetweenZeroAndHundredAndSymmetric() {
    qt().withExamples(1000)
        .forAll(Gens.pairs(20))
        .checkAssert(
            p -> {
              double ab = Bilateral.exportSimilarity(p[0], p[1]);
              assertThat(ab).isBetween(0.0, 100.0);
              assertThat(Bilateral.exportSimilarity(p[1], p[0])).isEqualTo(ab);
            });
  }

  @Test
  void similarityOfAnExporterWithItselfIsHundred() {
    qt().withExamples(1000)
        .forAll(Gens.values(20))
        .checkAssert(
            a -> {
              assertThat(Bilateral.exportSimilarity(a, a)).isCloseTo(100.0, within(1e-12));
              assertThat(Bilateral.complementarity(a, a)).isCloseTo(100.0, within(1e-12));
            });
  }

  @Test
  void mirrorAsymmetryIsBetweenMinusTwoAndTwoAndAntisymmetric() {
    qt().withExamples(1000)
        .forAll(Gens.tradeValue(), Gens.tradeValue())
        .assuming((a, b) -> a + b > 0)
        .checkAssert(
            (a, b) -> {
              double d = Bilateral.mirrorAsymmetry(a, b);
              assertThat(d).isBetween(-2.0, 2.0);
              assertThat(Bilateral.mirrorAsymmetry(b, a)).isEqualTo(-d);
            });
  }
}
