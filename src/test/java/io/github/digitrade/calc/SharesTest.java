package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SharesTest {

  @Test
  void test_share_ddsShareOfServices2020() {
    // MOFCOM 2020: DDS 294.76 / services 661.72 (US$ bn) = 0.44545 → 44.5%
    assertThat(Shares.share(294.76, 661.72)).isCloseTo(0.445, within(0.0005));
    assertThat(Shares.share(294.76, 661.72)).isEqualTo(294.76 / 661.72);
  }

  @Test
  void test_shares_handExample() {
    // 50 + 30 + 20 = 100: 0.5, 0.3, 0.2
    assertThat(Shares.shares(new double[] {50, 30, 20})).containsExactly(0.5, 0.3, 0.2);
    assertThat(Shares.shares(new double[] {0, 4})).containsExactly(0.0, 1.0);
  }

  @Test
  void test_share_badInput() {
    assertThatThrownBy(() -> Shares.share(5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("part = 5.0: expected a number ≤ total = 4.0");
    assertThatThrownBy(() -> Shares.share(-1, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("part = -1.0: expected a finite number ≥ 0");
    assertThatThrownBy(() -> Shares.share(0, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("total = NaN: expected a finite number ≥ 0");
    assertThatThrownBy(() -> Shares.share(0, 0))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("share is undefined: total = 0");
    assertThatThrownBy(() -> Shares.shares(new double[] {0, 0}))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("shares are undefined: total of values = 0");
    assertThatThrownBy(() -> Shares.shares(new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values is empty: expected at least one value");
  }

  @Test
  void test_sharesByRow_agreesWithScalarAndExcludesZeroRows() {
    LabeledMatrix m =
        LabeledMatrix.of(
            List.of("CHN", "ATA", "IDN"), List.of("USA", "JPN"), new double[] {3, 1, 0, 0, 1, 4});
    LabeledMatrix s = Shares.sharesByRow(m);
    assertThat(s.rowLabels()).containsExactly("CHN", "IDN");
    // CHN: 3/4, 1/4; IDN: 1/5, 4/5
    assertThat(s.toArray()).containsExactly(0.75, 0.25, 0.2, 0.8);
    assertThat(s.row("IDN").toArray()).containsExactly(Shares.shares(new double[] {1, 4}));
    assertThat(s.excluded())
        .containsExactly(
            new Exclusion(Exclusion.Axis.ROW, "ATA", "shares are undefined: total of values = 0"));
  }
}
