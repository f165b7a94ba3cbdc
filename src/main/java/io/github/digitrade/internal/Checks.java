package io.github.digitrade.internal;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * The one home of argument checks and their wording, shared by every package so that each kind of
 * bad input reads the same wherever it is caught: the argument (and index), the bad value, and what
 * was expected — {@code title = " ": expected a report title}, {@code values[2] = -1.0: expected a
 * finite number ≥ 0}, {@code flows[1] is null: expected a flow}. A {@code null} argument is a
 * {@link NullPointerException} whose message is the parameter's name. Not part of the API.
 */
public final class Checks {

  private Checks() {}

  /**
   * Rejects null, blank text: {@code name = " ": expected a non-blank text}.
   *
   * @param name the argument's name
   * @param value the value to check
   * @return {@code value}
   */
  public static String notBlank(String name, String value) {
    return notBlank(name, value, "a non-blank text");
  }

  /**
   * Rejects null and blank text (blank in the sense of {@link String#isBlank()}): {@code name =
   * " ": expected <i>expected</i>}.
   *
   * @param name the argument's name
   * @param value the value to check
   * @param expected what the argument should be, such as {@code a report title}
   * @return {@code value}
   */
  public static String notBlank(String name, String value, String expected) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " = \"" + value + "\": expected " + expected);
    }
    return value;
  }

  /**
   * Returns whether a code point is invisible or white space: Unicode white space (including
   * no-break and ideographic spaces), a control character, or a format character such as the byte
   * order mark {@code U+FEFF} or the zero-width space {@code U+200B}.
   *
   * @param cp the code point
   * @return true if the character cannot be told apart from none or from a space on screen
   */
  public static boolean isInvisible(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || Character.isISOControl(cp)
        || Character.getType(cp) == Character.FORMAT;
  }

  /**
   * Returns the index of the first {@linkplain #isInvisible(int) invisible} character of {@code
   * text}, or -1.
   *
   * @param text the text
   * @return the char index, or -1 if every character is visible
   */
  public static int firstInvisible(CharSequence text) {
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      if (isInvisible(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /**
   * Returns {@code text} with every {@linkplain #isInvisible(int) invisible} character other than
   * the ASCII space written as a backslash, {@code u} and four hex digits (U+00A0 as
   * <code>&#92;u00A0</code>), so that a message shows it.
   *
   * @param text the text
   * @return the text, visible
   */
  public static String visible(CharSequence text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      if (cp != ' ' && isInvisible(cp)) {
        sb.append(String.format("\\u%04X", cp));
      } else {
        sb.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  /**
   * Copies {@code items}, rejecting a null collection ({@code NullPointerException: name}) and a
   * null element ({@code NullPointerException: name[1] is null}).
   *
   * @param <T> the element type
   * @param name the argument's name
   * @param items the items to copy
   * @return the items, in iteration order
   */
  public static <T> ImmutableList<T> elements(String name, Iterable<? extends T> items) {
    Objects.requireNonNull(items, name);
    ImmutableList.Builder<T> b = ImmutableList.builder();
    int i = 0;
    for (T item : items) {
      if (item == null) {
        throw new NullPointerException(name + "[" + i + "] is null");
      }
      b.add(item);
      i++;
    }
    return b.build();
  }

  /**
   * Rejects a NaN or infinite value: {@code gdp = NaN: expected a finite number}.
   *
   * @param name the argument's name
   * @param value the value to check
   * @return {@code value}
   */
  public static double finite(String name, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " = " + value + ": expected a finite number");
    }
    return value;
  }

  /**
   * Rejects a negative, NaN or infinite value: {@code exports = -1.0: expected a finite number ≥
   * 0}.
   *
   * @param name the argument's name, with an index or cell when there is one
   * @param value the value to check
   * @return {@code value}
   */
  public static double nonNegative(String name, double value) {
    if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(name + " = " + value + ": expected a finite number ≥ 0");
    }
    return value;
  }

  /**
   * Rejects a value that is not finite and strictly positive.
   *
   * @param name the argument's name
   * @param value the value to check
   * @return {@code value}
   */
  public static double positive(String name, double value) {
    if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(name + " = " + value + ": expected a finite number > 0");
    }
    return value;
  }

  /**
   * Rejects a count below a minimum: {@code k = 0: expected an integer ≥ 1}.
   *
   * @param name the argument's name
   * @param value the value to check
   * @param minimum the smallest value allowed
   * @return {@code value}
   */
  public static int atLeast(String name, int value, int minimum) {
    if (value < minimum) {
      throw new IllegalArgumentException(
          name + " = " + value + ": expected an integer ≥ " + minimum);
    }
    return value;
  }
}
