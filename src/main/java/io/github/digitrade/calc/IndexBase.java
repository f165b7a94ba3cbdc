package io.github.digitrade.calc;

/**
 * The value an index series takes in its base period: 1 or 100.
 *
 * <pre>{@code
 * Growth.rebase(new double[] {80, 100, 120}, 1, IndexBase.HUNDRED);  // [80, 100, 120]
 * Conversion.deflate(110, 1.10, IndexBase.ONE);                      // 100.0
 * }</pre>
 */
public enum IndexBase {
  /** Base period = 1 (a price index of 1.10 means prices 10% above the base). */
  ONE(1.0),
  /** Base period = 100, the usual published form (110 means prices 10% above the base). */
  HUNDRED(100.0);

  private final double value;

  IndexBase(double value) {
    this.value = value;
  }

  /**
   * Returns the value of the index in the base period.
   *
   * @return 1.0 or 100.0
   */
  public double value() {
    return value;
  }
}
