package io.github.digitrade.gravity.counterfactual;

/** A per-country outcome of a counterfactual; see {@link CountryOutcome} for the definitions. */
public enum Measure {
  /** International exports. */
  EXPORTS("exports"),
  /** Outward multilateral resistance Π. */
  OUTWARD_RESISTANCE("OMR"),
  /** Inward multilateral resistance P. */
  INWARD_RESISTANCE("IMR"),
  /** Factory-gate price. */
  PRICE("price"),
  /** Value of output. */
  OUTPUT("output"),
  /** Value of expenditure. */
  EXPENDITURE("expenditure"),
  /** Real GDP, output over the inward resistance; its change is the welfare change. */
  REAL_GDP("real GDP");

  private final String label;

  Measure(String label) {
    this.label = label;
  }

  /**
   * Returns the short name used in tables, such as {@code IMR}.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }
}
