package io.github.digitrade.gravity.counterfactual;

/**
 * How the full endowment stage is solved.
 *
 * <p>Both start from the conditional stage and re-estimate the structural gravity model with the
 * counterfactual trade costs as offset, updating factory-gate prices by {@code p̂_i = ((exp π_i /
 * E_R) / (exp π_i⁰ / E_R⁰))^(1/(1−σ))}.
 */
public enum FullEndowment {
  /**
   * The default: the full endowment equilibrium as a fixed point in factory-gate prices. For given
   * price changes {@code p̂}, output is {@code p̂_i·Y_i} and expenditure {@code κ·φ_i·p̂_i·Y_i}, with
   * {@code φ_i = E_i / Y_i} of the baseline and one world factor {@code κ} that makes world
   * expenditure equal world output (κ = 1 at the baseline); the structural model is fitted to these
   * margins and gives new prices, taken with weight {@code (σ − 1)/σ} in logs (the old prices keep
   * {@code 1/σ}), which makes the iteration stable for every σ &gt; 1. Stops when no price index
   * moves by more than the tolerance
   * (default 1e-8). Output, expenditure, resistances and trade of the result satisfy every
   * equilibrium condition to that tolerance.
   */
  EQUILIBRIUM,
  /**
   * The iteration of the guide's application files (Yotov et al. 2016, ch. 2): trade is updated by
   * the last step's changes in prices and resistances, {@code X_ij · p̂_i·p̂_j / (Π̂_i^(1−σ)
   * P̂_j^(1−σ))}, and re-fitted; it stops when both the standard deviation and the largest value of
   * the difference between the last two step price changes are at most the tolerance (the guide's
   * 0.01, the default in this mode). Reproduces the guide's published iterations; its output and
   * expenditure are {@code p̂_i·Y_i} and {@code φ_i·p̂_i·Y_i}, which do not clear markets exactly.
   */
  GUIDE
}
