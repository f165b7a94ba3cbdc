package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class BalancePropertiesTest {

  @Test
  void balanceIsAntisymmetric() {
    qt().withExamples(1000)
        .forAll(Gens.tradeValue(), Gens.tradeValue())
        .checkAssert((x, m) -> assertThat(Balance.balance(x, m)).isEqualTo(-Balance.balance(m, x)));
  }

  @Test
  void normalisedBalanceIsWithinMinusOneAndOne() {
    qt().withExamples(1000)
        .forAll(Gens.tradeValue(), Gens.tradeValue())
        .assuming((x, m) -> x + m > 0)
        .checkAssert(
            (x, m) -> {
              double b = Balance.normalisedBalance(x, m);
              assertThat(b).isBetween(-1.0, 1.0);
              assertThat(Math.signum(b)).isEqualTo(Math.signum(x - m));
            });
  }
}
