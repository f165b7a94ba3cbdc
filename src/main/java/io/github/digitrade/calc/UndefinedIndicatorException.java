package io.github.digitrade.calc;

import java.util.Objects;

/**
 * Thrown when a scalar indicator has no value for valid input because a denominator is zero, for
 * example {@code CAGR is undefined: start value V0 = 0}.
 *
 * <p>The calculators never return a silent {@code NaN} or infinity: a zero denominator (0/0 or x/0)
 * is this exception, whose message names the indicator and the quantity that is zero. Panel
 * calculators do not throw it for a single undefined row or column; they leave it out of the result
 * and list it in {@link LabeledMatrix#excluded()} with this message as the reason.
 *
 * <pre>{@code
 * try {
 *   Growth.cagr(0, 10, 5);
 * } catch (UndefinedIndicatorException e) {
 *   e.getMessage();  // "CAGR is undefined: start value V0 = 0"
 * }
 * }</pre>
 */
public final class UndefinedIndicatorException extends ArithmeticException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which indicator is undefined and which quantity is zero, not null
   */
  public UndefinedIndicatorException(String message) {
    super(Objects.requireNonNull(message, "message"));
  }
}
