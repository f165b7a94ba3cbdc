package io.github.digitrade.gravity.counterfactual;

/** The three stages of a general-equilibrium counterfactual with structural gravity (GEPPML). */
public enum Stage {
  /** The baseline: observed output and expenditure, baseline trade costs. */
  BASELINE("baseline"),
  /**
   * The conditional general equilibrium: counterfactual trade costs, output and expenditure held
   * at their baseline values; only the multilateral resistances adjust.
   */
  CONDITIONAL("conditional"),
  /**
   * The full endowment general equilibrium: factory-gate prices, and with them output and
   * expenditure, adjust too.
   */
  FULL("full");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  /**
   * Returns the lower-case name used in tables and CSV headers, such as {@code conditional}.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }
}
