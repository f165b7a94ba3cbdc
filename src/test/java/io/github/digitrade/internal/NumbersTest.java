package io.github.digitrade.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NumbersTest {

  private static double decimal(String s) throws Numbers.BadNumber {
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    return Numbers.decimal(b, 0, b.length);
  }

  private static double value(String s) throws Numbers.BadNumber {
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    return Numbers.value(b, 0, b.length);
  }

  @Test
  void signedDecimalsAsTheGravityPanelsWriteThem() throws Numbers.BadNumber {
    // ln(0.5) as the synthetic panel writes it, the negated decimal 0.693147
    assertThat(decimal("-0.693147")).isEqualTo(-0.693147);
    assertThat(decimal(" +3 ")).isEqualTo(3.0);
    // 15 · 10^-4 = 0.0015, one division of two exact doubles
    assertThat(decimal("-1.5e-3")).isEqualTo(-0.0015);
    // −0 keeps its sign, as Double.parseDouble("-0") does
    assertThat(Double.doubleToRawLongBits(decimal("-0"))).isEqualTo(Double.doubleToRawLongBits(-0.0));
    // 20 significant digits go to Double.parseDouble, with the sign
    assertThat(decimal("-1.2345678901234567890")).isEqualTo(-Double.parseDouble("1.2345678901234567890"));
  }

  @Test
  void whatIsNotASignedDecimalIsRefusedSayingWhy() {
    for (String bad : new String[] {"-", "-+5", "--5", "1-", "NA", "1,5", "0x10", "e5"}) {
      assertThatThrownBy(() -> decimal(bad)).as(bad).isInstanceOf(Numbers.BadNumber.class);
    }
    assertThatThrownBy(() -> decimal("  ")).isInstanceOf(Numbers.BadNumber.class).hasMessageContaining("missing");
    assertThatThrownBy(() -> decimal("-1e400"))
        .isInstanceOf(Numbers.BadNumber.class)
        .hasMessageContaining("too large");
  }

  @Test
  void theNonNegativeParserStillRefusesTheMinusSign() {
    assertThatThrownBy(() -> value("-1"))
        .isInstanceOf(Numbers.BadNumber.class)
        .hasMessageContaining("negative value");
  }

  @Test
  void signedDecimalEqualsParseDoubleOnPrintedDoubles() {
    qt().withExamples(2000)
        .forAll(doubles().between(-1e12, 1e12))
        .checkAssert(
            x -> {
              String s = Double.toString(x);
              try {
                assertThat(Double.doubleToRawLongBits(decimal(s)))
                    .as(s)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
              } catch (Numbers.BadNumber e) {
                throw new AssertionError(s + ": " + e.why, e);
              }
            });
  }

  @Test
  void signedDecimalIsTheNegationOfTheUnsignedOne() {
    qt().withExamples(1000)
        .forAll(longs().between(0, 999_999_999_999L), integers().between(0, 12))
        .checkAssert(
            (m, point) -> {
              String digits = Long.toString(m);
              int at = Math.max(0, digits.length() - point);
              String s = digits.substring(0, at) + "." + digits.substring(at);
              try {
                double plus = decimal(s);
                assertThat(Double.doubleToRawLongBits(decimal("-" + s)))
                    .as(s)
                    .isEqualTo(Double.doubleToRawLongBits(-plus));
                assertThat(plus).as(s).isEqualTo(value(s));
              } catch (Numbers.BadNumber e) {
                throw new AssertionError(s + ": " + e.why, e);
              }
            });
  }
}
