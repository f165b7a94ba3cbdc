package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SumsPropertiesTest {

  /** Mixes huge, ordinary and tiny magnitudes of both signs: the adversarial case for summation. */
  private static Gen<Double> adversarial() {
    Gen<Double> huge = doubles().between(-1e200, 1e200);
    Gen<Double> ordinary = doubles().between(-1e6, 1e6);
    Gen<Double> tiny = doubles().between(-1e-200, 1e-200);
    return huge.mix(ordinary, 40).mix(tiny, 30);
  }

  private static double[] toArray(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static BigDecimal exact(double[] xs) {
    BigDecimal s = BigDecimal.ZERO;
    for (double x : xs) {
      s = s.add(new BigDecimal(x));
    }
    return s;
  }

  @Test
  void sumIsWithinItsErrorBoundOfTheExactSum() {
    qt().withExamples(2000)
        .forAll(lists().of(adversarial()).ofSizeBetween(0, 60))
        .checkAssert(
            list -> {
              double[] xs = toArray(list);
              BigDecimal error = new BigDecimal(Sums.sum(xs)).subtract(exact(xs)).abs();
              assertThat(error).isLessThanOrEqualTo(new BigDecimal(Sums.errorBound(xs)));
            });
  }

  @Test
  void sumDoesNotDependOnOrderBeyondItsBound() {
    qt().withExamples(1000)
        .forAll(lists().of(adversarial()).ofSizeBetween(1, 40), integers().all())
        .checkAssert(
            (list, seed) -> {
              double[] xs = toArray(list);
              List<Double> shuffled = new ArrayList<>(list);
              Collections.shuffle(shuffled, new Random(seed));
              double[] ys = toArray(shuffled);
              double diff = Math.abs(Sums.sum(xs) - Sums.sum(ys));
              assertThat(diff).isLessThanOrEqualTo(Sums.errorBound(xs) + Sums.errorBound(ys));
            });
  }
}
