package io.github.digitrade.calc;

/**
 * Whether the density (relatedness) of a country in a product counts the product itself, {@code
 * ω_cp = Σ_p' M_cp' φ_pp' / Σ_p' φ_pp'}. With the product itself ({@code φ_pp = 1} included), a
 * country that already exports p gets a head start in p; without it ({@code p' ≠ p}, as Datawheel's
 * {@code py-economic-complexity} sets {@code φ_pp = 0}), density measures only the neighbours.
 *
 * <pre>{@code
 * ProductSpace.of(presence).density();                                      // with p itself
 * ProductSpace.of(presence).withDensity(DensityConvention.WITHOUT_ITSELF).density();
 * }</pre>
 */
public enum DensityConvention {
  /** The product itself counts ({@code φ_pp = 1}), as in Hidalgo et al. (2007); the default. */
  WITH_ITSELF,
  /** Only the other products count ({@code φ_pp = 0}), as Datawheel's relatedness. */
  WITHOUT_ITSELF
}
