package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ConversionPropertiesTest {

  private static Gen<Double> rates() {
    return doubles().between(1e-4, 1e4);
  }

  @Test
  void convertingThereAndBackReturnsTheAmount() {
    qt().withExamples(1000)
        .forAll(doubles().between(-1e15, 1e15), rates())
        .checkAssert(
            (a, r) -> {
              double back = Conversion.convert(Conversion.convert(a, r), Conversion.inverse(r));
              assertThat(back).isCloseTo(a, within(4 * Math.ulp(a) + Double.MIN_NORMAL));
              assertThat(Conversion.convertQuoted(Conversion.convert(a, r), r))
                  .isCloseTo(a, within(2 * Math.ulp(a) + Double.MIN_NORMAL));
              assertThat(r * Conversion.inverse(r)).isCloseTo(1.0, within(2 * 0x1p-52));
            });
  }

  @Test
  void convertingThroughThePivotEqualsConvertingAtTheCrossRate() {
    qt().withExamples(1000)
        .forAll(doubles().between(0, 1e15), rates(), rates())
        .checkAssert(
            (a, toPivot, fromPivot) -> {
              double viaPivot = Conversion.convert(Conversion.convert(a, toPivot), fromPivot);
              double direct = Conversion.convert(a, Conversion.crossRate(toPivot, fromPivot));
              assertThat(direct).isCloseTo(viaPivot, within(4 * Math.ulp(viaPivot)));
              // the cross rate back is the inverse of the cross rate there
              double back =
                  Conversion.crossRate(Conversion.inverse(fromPivot), Conversion.inverse(toPivot));
              assertThat(back * Conversion.crossRate(toPivot, fromPivot))
                  .isCloseTo(1.0, within(8 * 0x1p-52));
            });
  }

  @Test
  void deflatingByTheBaseIndexLeavesTheValue() {
    qt().withExamples(1000)
        .forAll(doubles().between(-1e15, 1e15))
        .checkAssert(
            v -> {
              assertThat(Conversion.deflate(v, 100, IndexBase.HUNDRED)).isEqualTo(v);
              assertThat(Conversion.deflate(v, 1, IndexBase.ONE)).isEqualTo(v);
            });
  }
}
