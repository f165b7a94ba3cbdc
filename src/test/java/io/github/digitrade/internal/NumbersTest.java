package io.github.digitrade.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

  private static long word(String s) {
    return Numbers.word(Arrays.copyOf(s.getBytes(StandardCharsets.ISO_8859_1), 8), 0);
  }

  @Test
  void aWordIsItsEightBytesLittleEndian() {
    // '1' = 0x31 in the lowest byte, then '2' = 0x32 ..., '8' = 0x38 in the highest
    assertThat(word("12345678")).isEqualTo(0x3837363534333231L);
    byte[] b = new byte[7];
    assertThatThrownBy(() -> Numbers.word(b, 0)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void digitRunCountsTheLeadingDigitsOfAWord() {
    assertThat(Numbers.digitRun(word("2022,4,8"))).isEqualTo(4);
    assertThat(Numbers.digitRun(word("020748,3"))).isEqualTo(6);
    assertThat(Numbers.digitRun(word("12345678"))).isEqualTo(8);
    assertThat(Numbers.digitRun(word(",1234567"))).isZero();
    // ':' (0x3A) and '?' (0x3F) share the high half 3 with the digits; '/' (0x2F) is just below '0'
    assertThat(Numbers.digitRun(word("12:45678"))).isEqualTo(2);
    assertThat(Numbers.digitRun(word("1?345678"))).isEqualTo(1);
    assertThat(Numbers.digitRun(word("123/5678"))).isEqualTo(3);
    // 0xB5 is '5' (0x35) with the high bit set: its low seven bits are a digit's, its high bit marks it
    assertThat(Numbers.digitRun(word("12\u00b545678"))).isEqualTo(2);
    assertThat(Numbers.digitRun(word("12\u00ff45678"))).isEqualTo(2);
  }

  @Test
  void digitRunIsTheLengthOfTheLeadingDigitsForAnyBytes() {
    qt().withExamples(5000)
        .forAll(longs().all())
        .checkAssert(
            w -> {
              int n = 0;
              while (n < 8 && ((w >>> (8 * n)) & 0xFF) >= '0' && ((w >>> (8 * n)) & 0xFF) <= '9') {
                n++;
              }
              assertThat(Numbers.digitRun(w)).as(Long.toHexString(w)).isEqualTo(n);
            });
    // words made mostly of digits, so that long runs are drawn too
    qt().withExamples(5000)
        .forAll(longs().all(), integers().between(0, 8))
        .checkAssert(
            (seed, n) -> {
              char[] c = mostlyDigits(seed, n);
              int expected = 0;
              while (expected < 8 && c[expected] >= '0' && c[expected] <= '9') {
                expected++;
              }
              assertThat(Numbers.digitRun(word(new String(c)))).isEqualTo(expected);
            });
  }

  /** Eight characters: {@code digits} random digits, then random bytes (digits among them). */
  private static char[] mostlyDigits(long seed, int digits) {
    char[] c = new char[8];
    java.util.Random r = new java.util.Random(seed);
    for (int k = 0; k < 8; k++) {
      c[k] = k < digits ? (char) ('0' + r.nextInt(10)) : (char) r.nextInt(256);
    }
    return c;
  }

  @Test
  void firstMarkedIsTheIndexOfTheLowestByteWithItsHighBitSet() {
    // marks in bytes 4 and 6: 2^39 is the lowest, 2^32 shifted down, times 0x0001020304050607 puts
    // 0x04 in the top byte
    assertThat(Numbers.firstMarked(0x0080_0080_0000_0000L)).isEqualTo(4);
    assertThat(Numbers.firstMarked(0x80L)).isZero();
    assertThat(Numbers.firstMarked(0x8000_0000_0000_0000L)).isEqualTo(7);
    // any nonzero set of byte marks: the byte of the lowest, as a trailing-zero count gives it
    qt().withExamples(2000)
        .forAll(longs().all())
        .assuming(w -> (w & 0x8080_8080_8080_8080L) != 0)
        .checkAssert(
            w -> {
              long marks = w & 0x8080_8080_8080_8080L;
              assertThat(Numbers.firstMarked(marks))
                  .as(Long.toHexString(marks))
                  .isEqualTo(Long.numberOfTrailingZeros(marks) >>> 3);
            });
  }

  @Test
  void nonDigitsMarksTheHighBitOfEveryByteThatIsNotADigit() {
    // "2022,4,8": bytes 4 and 6 are commas, so 0x80 in bytes 4 and 6 and nothing else
    assertThat(Numbers.nonDigits(word("2022,4,8"))).isEqualTo(0x0080_0080_0000_0000L);
    qt().withExamples(5000)
        .forAll(longs().all())
        .checkAssert(
            w -> {
              long expected = 0;
              for (int k = 0; k < 8; k++) {
                long c = (w >>> (8 * k)) & 0xFF;
                if (c < '0' || c > '9') {
                  expected |= 0x80L << (8 * k);
                }
              }
              assertThat(Numbers.nonDigits(w)).as(Long.toHexString(w)).isEqualTo(expected);
            });
  }

  @Test
  void noMarkInTheFirstBytesMeansThatManyDigits() {
    // "020748,3": six digits, so the marks of bytes 0-5 are zero and byte 6 (the comma) has one
    assertThat(Numbers.nonDigits(word("020748,3")) & 0xFFFF_FFFF_FFFFL).isZero();
    assertThat(Numbers.nonDigits(word("020748,3")) & 0xFF_FFFF_FFFF_FFFFL).isNotZero();
    // "82,806.2": two digits only
    assertThat(Numbers.nonDigits(word("82,806.2")) & 0xFF_FFFFL).isNotZero();
    // for any word and any length n, the first n bytes are unmarked exactly when digitRun >= n
    qt().withExamples(5000)
        .forAll(longs().all(), integers().between(0, 8), integers().between(1, 8))
        .checkAssert(
            (seed, digits, n) -> {
              long w = word(new String(mostlyDigits(seed, digits)));
              long mask = n == 8 ? -1L : (1L << (8 * n)) - 1;
              assertThat((Numbers.nonDigits(w) & mask) == 0)
                  .as("%s, %d bytes", Long.toHexString(w), n)
                  .isEqualTo(Numbers.digitRun(w) >= n);
            });
  }

  @Test
  void digitsIsTheValueOfTheFirstDigits() {
    // 0·10^5 + 2·10^4 + 0·10^3 + 7·10^2 + 4·10 + 8 = 20748; the bytes after the sixth are ignored
    assertThat(Numbers.digits(word("020748,3"), 6)).isEqualTo(20_748L);
    assertThat(Numbers.digits(word("99999999"), 8)).isEqualTo(99_999_999L);
    assertThat(Numbers.digits(word("7,......"), 1)).isEqualTo(7L);
    assertThat(Numbers.powerOfTen(0)).isEqualTo(1L);
    assertThat(Numbers.powerOfTen(8)).isEqualTo(100_000_000L);
  }

  @Test
  void digitsEqualsParseLongOnEveryLength() {
    qt().withExamples(5000)
        .forAll(longs().between(0, 99_999_999L), integers().between(1, 8), longs().all())
        .checkAssert(
            (x, n, junk) -> {
              String d = String.format(java.util.Locale.ROOT, "%08d", x).substring(8 - n);
              byte[] b = new byte[8];
              for (int k = 0; k < 8; k++) {
                b[k] = (byte) (junk >>> (8 * k));
              }
              System.arraycopy(d.getBytes(StandardCharsets.US_ASCII), 0, b, 0, n);
              assertThat(Numbers.digits(Numbers.word(b, 0), n)).as(d).isEqualTo(Long.parseLong(d));
            });
  }
}
