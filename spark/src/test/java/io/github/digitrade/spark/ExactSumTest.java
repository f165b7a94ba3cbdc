package io.github.digitrade.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExactSumTest {

  /** The correctly rounded sum, from the exact binary values (new BigDecimal(double) is exact). */
  private static double reference(List<Double> values) {
    BigDecimal s = BigDecimal.ZERO;
    for (double v : values) {
      s = s.add(new BigDecimal(v));
    }
    return s.round(MathContext.UNLIMITED).doubleValue();
  }

  private static double exact(List<Double> values) {
    ExactSum s = ExactSum.empty();
    for (double v : values) {
      s.add(v);
    }
    return s.value();
  }

  @Test
  void test_value_cancellation() {
    // 1e16 + 1 rounds to 1e16 in double (the spacing there is 2), so naive summation loses the 1;
    // the partials keep it: {1, 1e16}, and adding -1e16 leaves exactly 1
    ExactSum s = ExactSum.empty().add(1e16).add(1.0).add(-1e16);
    assertThat(s.value()).isEqualTo(1.0);
    assertThat((1e16 + 1.0) - 1e16).isEqualTo(0.0);
  }

  @Test
  void test_value_roundsOnce() {
    // 0.1 + 0.2 + 0.3 as doubles is exactly 0.6000000000000000055511151231257827…, whose nearest
    // double is 0.6 (0.59999999999999997780 is 2.8e-17 away, 0.60000000000000008882 is 8.3e-17);
    // left to right, 0.1 + 0.2 rounds up to 0.30000000000000004 and the total to 0.6000000000000001
    double exact = ExactSum.empty().add(0.1).add(0.2).add(0.3).value();
    assertThat(exact).isEqualTo(0.6);
    assertThat(0.1 + 0.2 + 0.3).isEqualTo(0.6000000000000001);
  }

  @Test
  void test_value_halfWayCase() {
    // 1 + 2^-53 is exactly half-way between 1 and the next double 1 + 2^-52: ties to even give 1;
    // a further 2^-106 puts the true sum past half-way, so it must round up
    double half = 0x1.0p-53;
    assertThat(ExactSum.empty().add(1.0).add(half).value()).isEqualTo(1.0);
    assertThat(ExactSum.empty().add(1.0).add(half).add(0x1.0p-106).value())
        .isEqualTo(1.0 + 0x1.0p-52);
  }

  @Test
  void test_value_empty() {
    assertThat(ExactSum.empty().value()).isEqualTo(0.0);
    assertThat(ExactSum.empty().partials()).isZero();
    assertThat(ExactSum.empty().add(2.5).toString()).isEqualTo("ExactSum[2.5; 1 partial]");
  }

  @Test
  void test_addAll_self() {
    ExactSum s = ExactSum.empty().add(1.5).add(1e-20);
    assertThat(s.addAll(s).value()).isEqualTo(3.0);
  }

  @Test
  void test_add_rejectsNonFinite() {
    assertThatThrownBy(() -> ExactSum.empty().add(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("x = NaN: expected a finite value");
    assertThatThrownBy(() -> ExactSum.empty().add(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("x = Infinity: expected a finite value");
  }

  @Test
  void test_add_overflow() {
    assertThatThrownBy(() -> ExactSum.empty().add(Double.MAX_VALUE).add(Double.MAX_VALUE))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("the largest double");
  }

  @Test
  void valueIsTheCorrectlyRoundedSum() {
    qt().withExamples(300)
        .forAll(lists().of(doubles().between(-1e300, 1e300)).ofSizeBetween(0, 40))
        .check(values -> exact(values) == reference(values));
  }

  @Test
  void valueIsTheCorrectlyRoundedSumOfWideRanges() {
    // values spread over 600 binary orders of magnitude, with cancellations
    Random r = new Random(7);
    for (int trial = 0; trial < 300; trial++) {
      List<Double> values = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        double v = Math.scalb(r.nextDouble(), r.nextInt(600) - 300);
        values.add(r.nextBoolean() ? v : -v);
      }
      assertThat(exact(values)).isEqualTo(reference(values));
    }
  }

  @Test
  void valueDoesNotDependOnOrder() {
    qt().withExamples(200)
        .forAll(lists().of(doubles().between(0, 1e12)).ofSizeBetween(1, 60), integers().all())
        .check(
            (values, seed) -> {
              List<Double> shuffled = new ArrayList<>(values);
              Collections.shuffle(shuffled, new Random(seed));
              return Double.doubleToRawLongBits(exact(values))
                  == Double.doubleToRawLongBits(exact(shuffled));
            });
  }

  @Test
  void valueDoesNotDependOnHowAccumulatorsAreSplitAndMerged() {
    qt().withExamples(200)
        .forAll(
            lists().of(doubles().between(0, 1e12)).ofSizeBetween(1, 60),
            integers().between(1, 7))
        .check(
            (values, parts) -> {
              List<ExactSum> partial = new ArrayList<>();
              for (int p = 0; p < parts; p++) {
                partial.add(ExactSum.empty());
              }
              for (int i = 0; i < values.size(); i++) {
                partial.get(i % parts).add(values.get(i));
              }
              ExactSum merged = ExactSum.empty();
              for (int p = parts - 1; p >= 0; p--) {
                merged.addAll(partial.get(p));
              }
              return merged.value() == exact(values);
            });
  }
}
