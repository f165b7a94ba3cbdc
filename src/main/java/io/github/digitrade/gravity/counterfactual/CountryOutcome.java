package io.github.digitrade.gravity.counterfactual;

import static java.util.Objects.requireNonNull;

/**
 * One country's values in one stage of a counterfactual, in the normalisation of the guide
 * (Yotov, Piermartini, Monteiro &amp; Larch 2016, ch. 2): the inward multilateral resistance of the
 * reference country is 1 in every stage.
 *
 * <p>With {@code π_i} and {@code χ_j} the exporter and importer fixed effects of the structural
 * gravity regression ({@code χ_R = 0} for the reference country R) and {@code E_R} the reference
 * country's expenditure, the resistances are {@code Π_i = (Y_i·E_R / exp π_i)^(1/(1−σ))} and
 * {@code P_j = (E_j / (exp χ_j · E_R))^(1/(1−σ))}.
 *
 * @param country the country code
 * @param exports international exports {@code Σ_{j≠i} X_ij} (the data's currency units)
 * @param outwardResistance the outward multilateral resistance {@code Π_i}
 * @param inwardResistance the inward multilateral resistance {@code P_i}
 * @param price the factory-gate price index (1 in the baseline and conditional stages)
 * @param output the value of output {@code Y_i}
 * @param expenditure the value of expenditure {@code E_i}
 * @param realGdp real GDP {@code Y_i / P_i}; with expenditure a fixed share of output its change
 *     is also the change in welfare (real expenditure {@code E_i / P_i})
 */
public record CountryOutcome(
    String country,
    double exports,
    double outwardResistance,
    double inwardResistance,
    double price,
    double output,
    double expenditure,
    double realGdp) {

  /**
   * Checks the components.
   *
   * @param country the code, not null
   * @param exports the exports
   * @param outwardResistance Π
   * @param inwardResistance P
   * @param price the price index
   * @param output Y
   * @param expenditure E
   * @param realGdp Y / P
   */
  public CountryOutcome {
    requireNonNull(country, "country");
  }

  /**
   * Returns one value by measure.
   *
   * @param measure the measure, not null
   * @return the value
   */
  public double get(Measure measure) {
    return switch (requireNonNull(measure, "measure")) {
      case EXPORTS -> exports;
      case OUTWARD_RESISTANCE -> outwardResistance;
      case INWARD_RESISTANCE -> inwardResistance;
      case PRICE -> price;
      case OUTPUT -> output;
      case EXPENDITURE -> expenditure;
      case REAL_GDP -> realGdp;
    };
  }
}
