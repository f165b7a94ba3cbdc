package io.github.digitrade.gravity.counterfactual;

import com.google.common.collect.ImmutableMap;
import io.github.digitrade.gravity.Convergence;
import io.github.digitrade.gravity.Factor;
import io.github.digitrade.gravity.GravityFit;
import io.github.digitrade.gravity.GravityModel;
import io.github.digitrade.gravity.ModelFrame;
import java.util.ArrayList;
import java.util.List;

/**
 * The structural gravity regression of a stage fitted to data (baseline and conditional): the
 * library's PPML estimator ({@link GravityModel}) of trade on exporter and importer fixed effects
 * with the trade costs as offset, {@code μ_ij = exp(π_i + χ_j + o_ij)}, with χ of the reference
 * country then set to 0 (π shifted by the opposite amount, which leaves μ unchanged).
 *
 * <p>The estimator runs with an IRLS tolerance of {@value #TOLERANCE} and a fixed-effect tolerance
 * of {@value #FIXED_EFFECT_TOLERANCE}, tighter than its defaults: on the guide's two applications the
 * fitted flows then agree with the exact solution of the PPML first-order conditions (the margin
 * solver {@link Structural}) to 1e-11 relative and the effects to 1e-11 absolute. A fit that does not
 * converge throws, as the estimator does.
 */
final class StageFit {

  /** IRLS tolerance of the stage fits. */
  static final double TOLERANCE = 1e-10;

  /** Fixed-effect tolerance of the stage fits. */
  static final double FIXED_EFFECT_TOLERANCE = 1e-12;

  final double[] pi;
  final double[] chi;
  final double[] mu;
  final Convergence convergence;

  /** The fit's Poisson deviance ({@link GravityFit#deviance()}). */
  final double deviance;

  private StageFit(
      double[] pi, double[] chi, double[] mu, Convergence convergence, double deviance) {
    this.pi = pi;
    this.chi = chi;
    this.mu = mu;
    this.convergence = convergence;
    this.deviance = deviance;
  }

  /** The frame of a cross-section: trade and the two country factors, one row per pair. */
  static ModelFrame frame(CrossSection cs) {
    int n = cs.n;
    List<String> ex = new ArrayList<>(n * n);
    List<String> im = new ArrayList<>(n * n);
    for (int p = 0; p < n * n; p++) {
      ex.add(cs.countries.get(p / n));
      im.add(cs.countries.get(p % n));
    }
    return ModelFrame.builder()
        .number("trade", cs.trade)
        .factor(Factor.of("exporter", ex))
        .factor(Factor.of("importer", im))
        .build();
  }

  /**
   * Fits the stage.
   *
   * @param cs the cross-section
   * @param frame its {@link #frame}
   * @param offset the trade costs per pair {@code p = i·n + j}
   * @param ref the reference country whose χ is 0
   */
  static StageFit fit(CrossSection cs, ModelFrame frame, double[] offset, int ref) {
    int n = cs.n;
    GravityFit g =
        GravityModel.ppml("trade")
            .offset("offset")
            .absorb("exporter", "importer")
            .tolerance(TOLERANCE)
            .fixedEffectTolerance(FIXED_EFFECT_TOLERANCE)
            .fit(frame.withNumber("offset", offset));
    int[] rows = g.rows();
    if (rows.length != n * n) {
      throw new IllegalArgumentException(
          "the structural gravity fit used " + rows.length + " of the " + n * n
              + " flows of the cross-section: expected every flow (" + g.dropped().size()
              + " left out, such as " + g.dropped().stream().limit(3).toList() + ")");
    }
    double[] mu = new double[n * n];
    double[] fitted = g.fitted();
    for (int k = 0; k < rows.length; k++) {
      mu[rows[k]] = fitted[k];
    }
    ImmutableMap<String, Double> a = g.fixedEffects("exporter");
    ImmutableMap<String, Double> b = g.fixedEffects("importer");
    double shift = b.getOrDefault(cs.countries.get(ref), 0.0);
    double[] pi = new double[n];
    double[] chi = new double[n];
    for (int i = 0; i < n; i++) {
      String c = cs.countries.get(i);
      pi[i] = a.getOrDefault(c, 0.0) + shift;
      chi[i] = b.getOrDefault(c, 0.0) - shift;
    }
    return new StageFit(pi, chi, mu, g.convergence(), g.deviance());
  }
}
