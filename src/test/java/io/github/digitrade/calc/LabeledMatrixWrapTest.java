package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The package-private, copy-free factory {@code LabeledMatrix.wrap}. */
class LabeledMatrixWrapTest {

  @Test
  void wrapEqualsOfWithoutCopying() {
    double[] v = {1, 2, 3, 4};
    LabeledMatrix m = LabeledMatrix.wrap(List.of("a", "b"), List.of("x", "y"), v, List.of());
    assertThat(m).isEqualTo(LabeledMatrix.of(List.of("a", "b"), List.of("x", "y"), v));
    assertThat(m.values()).isSameAs(v);
    assertThat(m.get("b", "x")).isEqualTo(3.0);
  }

  @Test
  void wrapRejectsANonFiniteValueLikeOf() {
    double[] v = {1, 2, Double.POSITIVE_INFINITY, 4};
    assertThatThrownBy(
            () -> LabeledMatrix.wrap(List.of("a", "b"), List.of("x", "y"), v, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value at (b, x) = Infinity: expected a finite number");
  }
}
