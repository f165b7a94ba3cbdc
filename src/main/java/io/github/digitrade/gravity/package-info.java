/**
 * Structural gravity estimation: Poisson pseudo-maximum likelihood (PPML) and OLS with any number of
 * absorbed fixed effects, checks for the existence of the estimates (separation), and fixest-style
 * inference.
 *
 * <p>Data go into a {@link io.github.digitrade.gravity.ModelFrame} of numeric and factor columns;
 * a {@link io.github.digitrade.gravity.GravityModel} names the outcome, regressors and fixed effects
 * and fits them; the {@link io.github.digitrade.gravity.GravityFit} holds the estimates, the
 * observations, levels and regressors that were dropped and why, the convergence report, and gives
 * standard errors under a chosen {@link io.github.digitrade.gravity.Vcov}. A frame can also be
 * built from a flow table of one direction with covariates joined by pair or by country and period
 * ({@link io.github.digitrade.gravity.FlowJoin}); {@link io.github.digitrade.gravity.BiasCorrection}
 * corrects three-way PPML estimates for their incidental-parameter bias and {@link
 * io.github.digitrade.gravity.BiasCorrectedVariance} their pair-clustered standard errors.
 *
 * <pre>{@code
 * ModelFrame f = ModelFrame.readCsv(Path.of("trade.csv"),
 *     List.of("Euros", "dist_km"), List.of("Origin", "Destination", "Product", "Year"))
 *     .withLog("log_dist", "dist_km");
 * GravityFit fit = GravityModel.ppml("Euros").regressors("log_dist")
 *     .absorb("Origin", "Destination", "Product", "Year").fit(f);
 * fit.coefficient("log_dist");             // -1.52787
 * fit.table(Vcov.cluster("Origin"));       // estimates, standard errors, z, p, confidence intervals
 * }</pre>
 */
@NullMarked
package io.github.digitrade.gravity;

import org.jspecify.annotations.NullMarked;
