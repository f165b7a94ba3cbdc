package io.github.digitrade.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Parses numbers straight from UTF-8 bytes, without creating strings on the common path: the one
 * number parser of the CSV readers (the flow readers of {@code io} and the model frames of {@code
 * gravity}).
 *
 * <p>{@link #value} accepts plain non-negative decimals with an optional exponent ({@code 12},
 * {@code 0.5}, {@code 1.5e3}), surrounded by optional spaces; {@link #decimal} also accepts a
 * leading minus sign. With at most 15 significant digits and a decimal
 * exponent within ±22 the result is one correctly rounded multiplication or division of two exact
 * doubles; otherwise the validated text goes to {@link Double#parseDouble}. Either way the result is
 * the double nearest to the decimal.
 */
public final class Numbers {

  /** The exact powers of ten as doubles, 10^0 to 10^22. */
  private static final double[] POWERS = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < POWERS.length; i++) {
      POWERS[i] = p;
      p *= 10;
    }
  }

  private Numbers() {}

  /**
   * Returns {@code mantissa · 10^p} correctly rounded, for a mantissa of at most 15 significant
   * digits and {@code -22 ≤ p ≤ 22}: one operation on two exactly representable doubles.
   */
  public static double scaled(long mantissa, int p) {
    return p >= 0 ? mantissa * POWERS[p] : mantissa / POWERS[-p];
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The exact powers of ten as longs, 10^0 to 10^8. */
  private static final long[] LONG_POWERS = {
    1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L
  };

  /**
   * Returns the eight bytes of {@code b} from {@code p} as one little-endian word: byte {@code p}
   * in the lowest eight bits.
   *
   * @throws IndexOutOfBoundsException if {@code p + 8 > b.length}
   */
  public static long word(byte[] b, int p) {
    return (long) LONGS.get(b, p);
  }

  /**
   * Returns how many of the first bytes of a little-endian word are ASCII digits, from 0 to 8: the
   * bytes up to the first that is not a digit, the {@link #firstMarked} byte of {@link #nonDigits}
   * (a word of eight digits has no mark). Under the C1 compiler of Java 17 this is several times
   * faster than {@link Long#numberOfTrailingZeros}, which it compiles not as one instruction but
   * as a call of a binary search whose branches follow the length; one thread parses BACI lines
   * 7–9 % faster, and as fast under C2 (see docs/performance.md).
   *
   * <pre>{@code
   * digitRun(word("2022,4,8".getBytes(US_ASCII), 0))   // 4
   * }</pre>
   */
  public static int digitRun(long word) {
    long m = nonDigits(word);
    return m == 0 ? 8 : firstMarked(m);
  }

  /**
   * Returns the index (0 to 7) of the lowest byte of a word whose high bit is set, for a word of
   * such marks that has at least one ({@link #nonDigits}, or any mark of a byte's high bit): the
   * lowest mark, {@code 2^(8i + 7)}, isolated ({@code marks & -marks}) and shifted down to {@code
   * 2^(8i)}, times {@code 0x0001020304050607} is that constant moved up by {@code i} bytes, whose
   * top byte is {@code i}. A multiplication, where {@link Long#numberOfTrailingZeros} is a call of
   * a binary search under Java 17's C1 compiler; for a word without a mark it returns 0.
   *
   * <pre>{@code
   * firstMarked(0x0080_0080_0000_0000L)   // 4
   * }</pre>
   */
  public static int firstMarked(long marks) {
    return (int) ((((marks & -marks) >>> 7) * 0x0001020304050607L) >>> 56);
  }

  /**
   * Returns the marks of the bytes of a little-endian word that are not ASCII digits: the high bit
   * ({@code 0x80}) of every such byte, and nothing else. With {@code x} the word with each byte's
   * {@code 0x30} flipped (a digit becomes its value, 0 to 9), a byte is not a digit when its low
   * seven bits plus {@code 0x76} reach {@code 0x80} (they are 10 or more; the sum stays within
   * the byte) or when its own high bit is set. A test of a fixed length is a comparison, {@code
   * (nonDigits(w) & 0xFFFFFFL) == 0} for at least three digits, cheaper still than {@link
   * #digitRun}.
   *
   * <pre>{@code
   * nonDigits(word("020748,3".getBytes(US_ASCII), 0)) & 0xFFFFFFFFFFFFL   // 0: six digits
   * }</pre>
   */
  public static long nonDigits(long word) {
    long x = word ^ 0x3030303030303030L;
    return (((x & 0x7F7F7F7F7F7F7F7FL) + 0x7676767676767676L) | x) & 0x8080808080808080L;
  }

  /**
   * Returns the value of the first {@code n} bytes of a little-endian word, {@code n} ASCII digits
   * (1 to 8), most significant first: the digits are moved to the top of the word, then combined in
   * pairs, quadruples and octets by three multiplications ({@code 10·a + b}, {@code 100·a + b},
   * {@code 10^4·a + b} in every lane at once).
   *
   * <pre>{@code
   * digits(word("020748,3".getBytes(US_ASCII), 0), 6)   // 20748
   * }</pre>
   */
  public static long digits(long word, int n) {
    // three methods of at most 35 bytes of bytecode, which the C1 compiler inlines (one of 49
    // bytes it calls)
    return pairs((word << ((8 - n) << 3)) & 0x0F0F0F0F0F0F0F0FL);
  }

  /** Combines the eight digit values of a word (most significant first) in pairs: 10·a + b. */
  private static long pairs(long v) {
    return quadruples(((v * 2561) >>> 8) & 0x00FF00FF00FF00FFL);
  }

  /** Combines four pairs into quadruples (100·a + b), then into the eight-digit value. */
  private static long quadruples(long v) {
    return ((((v * 6553601) >>> 16) & 0x0000FFFF0000FFFFL) * 42949672960001L) >>> 32;
  }

  /** Returns {@code 10^n} for {@code n} from 0 to 8. */
  public static long powerOfTen(int n) {
    return LONG_POWERS[n];
  }

  /** A number that could not be parsed; the message says what was expected. */
  public static final class BadNumber extends Exception {
    private static final long serialVersionUID = 1L;

    /** What is wrong and what was expected. */
    public final String why;

    BadNumber(String message) {
      super(message, null, false, false);
      this.why = message;
    }
  }

  /**
   * Parses a finite, non-negative decimal value.
   *
   * @throws BadNumber if the field is blank, negative, not a decimal or too large for a double
   */
  public static double value(byte[] b, int s, int e) throws BadNumber {
    while (s < e && b[s] == ' ') {
      s++;
    }
    while (e > s && b[e - 1] == ' ') {
      e--;
    }
    if (s == e) {
      throw new BadNumber("missing value: expected a finite, non-negative number");
    }
    if (b[s] == '-') {
      throw new BadNumber("negative value: expected a finite, non-negative number");
    }
    return unsigned(b, s, e, s);
  }

  /**
   * Parses a finite decimal value with an optional sign ({@code -0.693147}, {@code +3}, {@code
   * 1.5e-3}), surrounded by optional spaces; {@code -0} is {@code -0.0}, as {@link
   * Double#parseDouble} gives.
   *
   * @throws BadNumber if the field is blank, not a decimal or too large for a double
   */
  public static double decimal(byte[] b, int s, int e) throws BadNumber {
    while (s < e && b[s] == ' ') {
      s++;
    }
    while (e > s && b[e - 1] == ' ') {
      e--;
    }
    if (s == e) {
      throw new BadNumber("missing value: expected a finite number");
    }
    if (b[s] == '-') {
      if (s + 1 < e && b[s + 1] == '+') {
        throw notANumber();
      }
      return -unsigned(b, s + 1, e, s);
    }
    return unsigned(b, s, e, s);
  }

  /**
   * Parses the trimmed, non-empty decimal {@code b[s, e)} that has no minus sign; {@code text} is
   * where the whole field (sign included) starts, for the slow path.
   */
  private static double unsigned(byte[] b, int s, int e, int text) throws BadNumber {
    int i = s;
    if (i < e && b[i] == '+') {
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int scale = 0;
    boolean any = false;
    while (i < e && b[i] >= '0' && b[i] <= '9') {
      any = true;
      if (mantissa == 0 && b[i] == '0') {
        i++;
        continue;
      }
      if (digits < 18) {
        mantissa = mantissa * 10 + (b[i] - '0');
        digits++;
      } else {
        scale++;
      }
      i++;
    }
    if (i < e && b[i] == '.') {
      i++;
      while (i < e && b[i] >= '0' && b[i] <= '9') {
        any = true;
        if (mantissa == 0 && b[i] == '0') {
          scale--;
        } else if (digits < 18) {
          mantissa = mantissa * 10 + (b[i] - '0');
          digits++;
          scale--;
        }
        i++;
      }
    }
    if (!any) {
      throw notANumber();
    }
    int exponent = 0;
    if (i < e && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      boolean negative = false;
      if (i < e && (b[i] == '+' || b[i] == '-')) {
        negative = b[i] == '-';
        i++;
      }
      int start = i;
      while (i < e && b[i] >= '0' && b[i] <= '9') {
        if (exponent < 100_000) {
          exponent = exponent * 10 + (b[i] - '0');
        }
        i++;
      }
      if (i == start) {
        throw notANumber();
      }
      if (negative) {
        exponent = -exponent;
      }
    }
    if (i != e) {
      throw notANumber();
    }
    double v;
    int p = scale + exponent;
    if (mantissa == 0) {
      v = 0.0;
    } else if (digits <= 15 && p >= -22 && p <= 22) {
      v = scaled(mantissa, p);
    } else {
      v = Math.abs(Double.parseDouble(new String(b, text, e - text, StandardCharsets.ISO_8859_1)));
    }
    if (Double.isInfinite(v)) {
      throw new BadNumber("value too large for a double: expected a finite, non-negative number");
    }
    return v;
  }

  private static BadNumber notANumber() {
    return new BadNumber(
        "not a number: expected a finite, non-negative decimal such as 12.5 or 1.2e3");
  }

  /**
   * Parses a non-negative integer of at most 9 digits, surrounded by optional spaces.
   *
   * @throws BadNumber if the field is blank, too long or not all digits
   */
  public static int integer(byte[] b, int s, int e) throws BadNumber {
    while (s < e && b[s] == ' ') {
      s++;
    }
    while (e > s && b[e - 1] == ' ') {
      e--;
    }
    if (s == e) {
      throw new BadNumber("missing: expected a whole number");
    }
    if (e - s > 9) {
      throw new BadNumber("too many digits: expected a whole number of at most 9 digits");
    }
    int v = 0;
    for (int i = s; i < e; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        throw new BadNumber("not a whole number: expected digits only");
      }
      v = v * 10 + d;
    }
    return v;
  }
}
