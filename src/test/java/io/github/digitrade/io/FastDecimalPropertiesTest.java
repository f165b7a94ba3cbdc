package io.github.digitrade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.digitrade.internal.Numbers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The decimal parsers of the readers (the BACI block fast path and {@link Numbers#value}) give
 * exactly {@link Double#parseDouble} on plain decimals, short and long.
 */
class FastDecimalPropertiesTest {

  /** Digits before and after an optional point: 1 to 20 digits, leading zeros included. */
  private static Gen<String> decimals() {
    return lists()
        .of(integers().between(0, 9))
        .ofSizeBetween(1, 20)
        .zip(integers().between(-1, 20), FastDecimalPropertiesTest::decimal);
  }

  private static String decimal(List<Integer> digits, int point) {
    StringBuilder s = new StringBuilder();
    for (int d : digits) {
      s.append(d);
    }
    if (point >= 0) {
      s.insert(Math.min(point, s.length()), '.');
      if (s.charAt(0) == '.') {
        s.insert(0, '0');
      }
    }
    return s.toString();
  }

  /** The digits the fast path keeps: all but the leading zeros. */
  private static int mantissaDigits(String s) {
    return s.replace(".", "").replaceFirst("^0+", "").length();
  }

  private static BaciBlock parse(String value) {
    byte[] line = ("2022,4,8,10121," + value + ",1\n").getBytes(StandardCharsets.US_ASCII);
    return new BaciBlock(Arrays.copyOf(line, line.length + BaciBlock.SLACK), 1).parse(0, line.length);
  }

  @Test
  void baciFastPathEqualsParseDouble() {
    qt().withExamples(1000)
        .forAll(decimals())
        .checkAssert(
            s -> {
              BaciBlock b = parse(s);
              int fraction = s.indexOf('.') < 0 ? 0 : s.length() - s.indexOf('.') - 1;
              if (b.rows == 1) {
                assertThat(Double.doubleToRawLongBits(b.value[0]))
                    .as(s)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
              } else {
                // a line the fast path leaves to the general path: too many digits or decimals
                assertThat(b.slowCount).isEqualTo(1);
                assertThat(mantissaDigits(s) > 15 || fraction > 22).as(s).isTrue();
              }
            });
  }

  @Test
  void shortDecimalsTakeTheFastPath() {
    qt().withExamples(1000)
        .forAll(decimals())
        .assuming(s -> mantissaDigits(s) <= 15)
        .checkAssert(s -> assertThat(parse(s).rows).as(s).isEqualTo(1));
  }

  @Test
  void generalParserEqualsParseDouble() {
    qt().withExamples(1000)
        .forAll(decimals(), integers().between(-30, 30), integers().between(0, 2))
        .checkAssert(
            (s, exponent, form) -> {
              String text = form == 0 ? s : s + (form == 1 ? "e" : "E") + exponent;
              byte[] b = (" " + text + " ").getBytes(StandardCharsets.US_ASCII);
              double parsed;
              try {
                parsed = Numbers.value(b, 0, b.length);
              } catch (Numbers.BadNumber e) {
                throw new AssertionError(text + ": " + e.why, e);
              }
              assertThat(Double.doubleToRawLongBits(parsed))
                  .as(text)
                  .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
            });
  }
}
