package io.github.digitrade.gravity.counterfactual;

import static java.util.Objects.requireNonNull;

/**
 * The trade of one directed pair in the three stages: fitted baseline trade, conditional and full
 * endowment general-equilibrium trade.
 *
 * @param exporter the exporter code
 * @param importer the importer code (equal to the exporter for intra-national trade)
 * @param baseline fitted baseline trade
 * @param conditional conditional general-equilibrium trade
 * @param full full endowment general-equilibrium trade
 */
public record PairOutcome(
    String exporter, String importer, double baseline, double conditional, double full) {

  /**
   * Checks the components.
   *
   * @param exporter the exporter, not null
   * @param importer the importer, not null
   * @param baseline baseline trade
   * @param conditional conditional trade
   * @param full full trade
   */
  public PairOutcome {
    requireNonNull(exporter, "exporter");
    requireNonNull(importer, "importer");
  }

  /**
   * Returns the percentage change of trade from the baseline to a stage, {@code 100·(X_s / X_0 −
   * 1)}; NaN when baseline trade is 0.
   *
   * @param stage the stage, not null
   * @return the change in percent
   */
  public double percentChange(Stage stage) {
    double v =
        switch (requireNonNull(stage, "stage")) {
          case BASELINE -> baseline;
          case CONDITIONAL -> conditional;
          case FULL -> full;
        };
    return baseline == 0 ? Double.NaN : 100 * (v / baseline - 1);
  }
}
