package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MacroTest {

  @Test
  void test_openness_bothConventions() {
    // WITS (300 + 200)/1000 = 0.5; UNCTAD ((300 + 200)/2)/1000 = 0.25
    assertThat(Macro.openness(300, 200, 1000)).isEqualTo(0.5);
    assertThat(Macro.openness(300, 200, 1000, OpennessConvention.WITS)).isEqualTo(0.5);
    assertThat(Macro.openness(300, 200, 1000, OpennessConvention.UNCTAD)).isEqualTo(0.25);
    // an entrepôt: trade above GDP, (1200 + 1100)/1000 = 2.3
    assertThat(Macro.openness(1200, 1100, 1000)).isEqualTo(2.3);
    assertThatThrownBy(() -> Macro.openness(1, 1, 0))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("trade openness is undefined: GDP = 0");
    assertThatThrownBy(() -> Macro.openness(1, 1, -5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gdp = -5.0: expected a finite number ≥ 0");
  }

  @Test
  void test_importPenetration_handExample() {
    // 200/(900 − 300 + 200) = 200/800 = 0.25
    assertThat(Macro.importPenetration(200, 900, 300)).isEqualTo(0.25);
    // no domestic output, all consumption imported: 1
    assertThat(Macro.importPenetration(50, 0, 0)).isEqualTo(1.0);
    assertThatThrownBy(() -> Macro.importPenetration(0, 100, 100))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("import penetration is undefined: apparent consumption Q − X + M = 0");
    assertThatThrownBy(() -> Macro.importPenetration(10, 100, 150))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "apparent consumption Q − X + M = -40.0: expected ≥ 0 (exports exceed output plus"
                + " imports)");
    assertThatThrownBy(() -> Macro.importPenetration(10, Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("output = NaN: expected a finite number ≥ 0");
  }
}
