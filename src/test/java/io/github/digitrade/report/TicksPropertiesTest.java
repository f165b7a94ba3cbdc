package io.github.digitrade.report;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

class TicksPropertiesTest {

  private static boolean isNice(double step) {
    double mantissa = step / Math.pow(10, Math.floor(Math.log10(step)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (Math.abs(mantissa - m) < 1e-9) {
        return true;
      }
    }
    return false;
  }

  @Test
  void ticksCoverTheRange() {
    qt().withExamples(1000)
        .forAll(doubles().between(-1e12, 1e12), doubles().between(0, 1e12), integers().between(2, 12))
        .check((lo, width, target) -> {
          Ticks t = Ticks.of(lo, lo + width, target);
          return t.min() <= lo + Math.ulp(lo) * 4 && t.max() >= lo + width - Math.ulp(lo + width) * 4;
        });
  }

  @Test
  void stepIsOneTwoTwoPointFiveOrFiveTimesAPowerOfTen() {
    qt().withExamples(1000)
        .forAll(doubles().between(-1e9, 1e9), doubles().between(1e-6, 1e9), integers().between(2, 12))
        .check((lo, width, target) -> isNice(Ticks.of(lo, lo + width, target).step()));
  }

  @Test
  void everyTickIsAWholeMultipleOfTheStep() {
    qt().withExamples(1000)
        .forAll(doubles().between(-1e6, 1e6), doubles().between(1e-3, 1e6), integers().between(2, 12))
        .assuming((lo, width, target) -> width >= Math.abs(lo) * 1e-9)
        .check((lo, width, target) -> {
          Ticks t = Ticks.of(lo, lo + width, target);
          for (double v : t.values()) {
            double k = v / t.step();
            if (Math.abs(k - Math.rint(k)) > 1e-6) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void tickCountStaysNearTheTarget() {
    qt().withExamples(1000)
        .forAll(doubles().between(-1e9, 1e9), doubles().between(1e-6, 1e9), integers().between(2, 12))
        .check((lo, width, target) -> {
          List<Double> v = Ticks.of(lo, lo + width, target).values();
          return v.size() >= 2 && v.size() <= target + 2;
        });
  }

  @Test
  void labelsAreDistinct() {
    qt().withExamples(1000)
        .forAll(doubles().between(-1e12, 1e12), doubles().between(1e-3, 1e12), integers().between(2, 12))
        // a span narrower than a billionth of the magnitude is below what a double resolves
        .assuming((lo, width, target) -> width >= Math.abs(lo) * 1e-9)
        .check((lo, width, target) -> {
          Ticks t = Ticks.of(lo, lo + width, target);
          return t.values().stream().map(t::label).distinct().count() == t.values().size();
        });
  }
}
