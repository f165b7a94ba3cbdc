package io.github.digitrade.gravity;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A gravity model to fit: the estimator, the outcome, the regressors, the fixed effects to absorb,
 * optional weights and offset, and the numerical settings with their documented defaults.
 *
 * <p>Every setter returns a new model; the model is immutable and thread-safe, and can be fitted to
 * many frames.
 *
 * <table>
 *   <caption>Settings and defaults</caption>
 *   <tr><th>setting</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@link #tolerance}</td><td>1e-8</td><td>IRLS stops when {@code |dev − dev_old| / (0.1
 *       + |dev|)} falls below it (fixest's {@code glm.tol})</td></tr>
 *   <tr><td>{@link #fixedEffectTolerance}</td><td>1e-6</td><td>a projection stops when no effect
 *       moves by more than {@code tol · (0.1 + |α|)} (fixest's {@code fixef.tol})</td></tr>
 *   <tr><td>{@link #maxIterations}</td><td>100</td><td>IRLS steps</td></tr>
 *   <tr><td>{@link #maxFixedEffectIterations}</td><td>10000</td><td>sweeps per projection</td></tr>
 *   <tr><td>{@link #acceleration}</td><td>{@link Acceleration#IRONS_TUCK}</td><td></td></tr>
 *   <tr><td>{@link #separation}</td><td>fixed effects, simplex and ReLU</td><td>PPML only</td></tr>
 *   <tr><td>{@link #collinearityTolerance}</td><td>1e-10</td><td>a regressor whose squared norm
 *       after partialling out the others falls below this fraction of its own is dropped</td></tr>
 *   <tr><td>{@link #allowNonConvergence}</td><td>false</td><td>a fit that does not converge
 *       throws {@link NotConvergedException}</td></tr>
 * </table>
 *
 * <pre>{@code
 * GravityModel m = GravityModel.ppml("trade")
 *     .regressors("ln_DIST", "CNTG")
 *     .absorb("exporter_year", "importer_year");
 * GravityFit fit = m.fit(frame);
 * }</pre>
 */
public final class GravityModel {

  private final Estimator estimator;
  private final String outcome;
  private final ImmutableList<String> regressors;
  private final ImmutableList<String> fixedEffects;
  private final @Nullable String weights;
  private final @Nullable String offset;
  private final double tolerance;
  private final double fixedEffectTolerance;
  private final int maxIterations;
  private final int maxFixedEffectIterations;
  private final Acceleration acceleration;
  private final ImmutableSet<SeparationCheck> separation;
  private final double collinearityTolerance;
  private final boolean allowNonConvergence;

  private GravityModel(
      Estimator estimator,
      String outcome,
      ImmutableList<String> regressors,
      ImmutableList<String> fixedEffects,
      @Nullable String weights,
      @Nullable String offset,
      double tolerance,
      double fixedEffectTolerance,
      int maxIterations,
      int maxFixedEffectIterations,
      Acceleration acceleration,
      ImmutableSet<SeparationCheck> separation,
      double collinearityTolerance,
      boolean allowNonConvergence) {
    this.estimator = estimator;
    this.outcome = outcome;
    this.regressors = regressors;
    this.fixedEffects = fixedEffects;
    this.weights = weights;
    this.offset = offset;
    this.tolerance = tolerance;
    this.fixedEffectTolerance = fixedEffectTolerance;
    this.maxIterations = maxIterations;
    this.maxFixedEffectIterations = maxFixedEffectIterations;
    this.acceleration = acceleration;
    this.separation = separation;
    this.collinearityTolerance = collinearityTolerance;
    this.allowNonConvergence = allowNonConvergence;
  }

  private static GravityModel of(Estimator e, String outcome) {
    requireNonNull(outcome, "outcome");
    return new GravityModel(
        e,
        outcome,
        ImmutableList.of(),
        ImmutableList.of(),
        null,
        null,
        1e-8,
        1e-6,
        100,
        10_000,
        Acceleration.IRONS_TUCK,
        ImmutableSet.copyOf(EnumSet.allOf(SeparationCheck.class)),
        1e-10,
        false);
  }

  /**
   * Starts a PPML model of an outcome column (trade in levels, zeros allowed).
   *
   * @param outcome the numeric outcome column, not null
   * @return the model with no regressors and no fixed effects, never null
   */
  public static GravityModel ppml(String outcome) {
    return of(Estimator.PPML, outcome);
  }

  /**
   * Starts an OLS model of an outcome column (such as the log of trade).
   *
   * @param outcome the numeric outcome column, not null
   * @return the model with no regressors and no fixed effects, never null
   */
  public static GravityModel ols(String outcome) {
    return of(Estimator.OLS, outcome);
  }

  private GravityModel copy(
      ImmutableList<String> r,
      ImmutableList<String> fe,
      @Nullable String w,
      @Nullable String off,
      double tol,
      double feTol,
      int maxIt,
      int maxFeIt,
      Acceleration acc,
      ImmutableSet<SeparationCheck> sep,
      double collin,
      boolean allow) {
    return new GravityModel(
        estimator, outcome, r, fe, w, off, tol, feTol, maxIt, maxFeIt, acc, sep, collin, allow);
  }

  private static ImmutableList<String> names(String what, String... names) {
    requireNonNull(names, what);
    ImmutableList<String> l = ImmutableList.copyOf(Arrays.asList(names));
    if (ImmutableSet.copyOf(l).size() != l.size()) {
      throw new IllegalArgumentException(what + " " + l + ": expected distinct names");
    }
    return l;
  }

  /**
   * Returns this model with these regressors (numeric columns), replacing any before.
   *
   * @param names the regressor columns, distinct
   * @return the new model, never null
   * @throws IllegalArgumentException if a name repeats
   */
  public GravityModel regressors(String... names) {
    return copy(names("regressors", names), fixedEffects, weights, offset, tolerance,
        fixedEffectTolerance, maxIterations, maxFixedEffectIterations, acceleration, separation,
        collinearityTolerance, allowNonConvergence);
  }

  /**
   * Returns this model with these fixed effects (factor columns) absorbed, replacing any before.
   * Without fixed effects the model has an intercept, reported as {@code (Intercept)}.
   *
   * @param factors the factor columns, distinct
   * @return the new model, never null
   * @throws IllegalArgumentException if a name repeats
   */
  public GravityModel absorb(String... factors) {
    return copy(regressors, names("fixed effects", factors), weights, offset, tolerance,
        fixedEffectTolerance, maxIterations, maxFixedEffectIterations, acceleration, separation,
        collinearityTolerance, allowNonConvergence);
  }

  /**
   * Returns this model with observation weights (a numeric column, finite and non-negative;
   * observations of weight zero are dropped and listed).
   *
   * @param column the weight column, not null
   * @return the new model, never null
   */
  public GravityModel weights(String column) {
    requireNonNull(column, "column");
    return copy(regressors, fixedEffects, column, offset, tolerance, fixedEffectTolerance,
        maxIterations, maxFixedEffectIterations, acceleration, separation, collinearityTolerance,
        allowNonConvergence);
  }

  /**
   * Returns this model with an offset: a numeric column added to the linear predictor with
   * coefficient 1.
   *
   * @param column the offset column, not null
   * @return the new model, never null
   */
  public GravityModel offset(String column) {
    requireNonNull(column, "column");
    return copy(regressors, fixedEffects, weights, column, tolerance, fixedEffectTolerance,
        maxIterations, maxFixedEffectIterations, acceleration, separation, collinearityTolerance,
        allowNonConvergence);
  }

  /**
   * Returns this model with another IRLS tolerance: the fit has converged when {@code |dev −
   * dev_old| / (0.1 + |dev|) < tolerance}. Default 1e-8.
   *
   * @param tolerance a positive number
   * @return the new model, never null
   * @throws IllegalArgumentException if the tolerance is not positive
   */
  public GravityModel tolerance(double tolerance) {
    positive("tolerance", tolerance);
    return copy(regressors, fixedEffects, weights, offset, tolerance, fixedEffectTolerance,
        maxIterations, maxFixedEffectIterations, acceleration, separation, collinearityTolerance,
        allowNonConvergence);
  }

  /**
   * Returns this model with another fixed-effect tolerance: a projection has converged when no
   * level effect moves by more than {@code tolerance · (0.1 + |α|)} in a sweep. Default 1e-6.
   *
   * @param tolerance a positive number
   * @return the new model, never null
   * @throws IllegalArgumentException if the tolerance is not positive
   */
  public GravityModel fixedEffectTolerance(double tolerance) {
    positive("fixedEffectTolerance", tolerance);
    return copy(regressors, fixedEffects, weights, offset, this.tolerance, tolerance,
        maxIterations, maxFixedEffectIterations, acceleration, separation, collinearityTolerance,
        allowNonConvergence);
  }

  /**
   * Returns this model with another limit on IRLS steps (PPML). Default 100.
   *
   * @param limit at least 1
   * @return the new model, never null
   * @throws IllegalArgumentException if the limit is below 1
   */
  public GravityModel maxIterations(int limit) {
    atLeastOne("maxIterations", limit);
    return copy(regressors, fixedEffects, weights, offset, tolerance, fixedEffectTolerance, limit,
        maxFixedEffectIterations, acceleration, separation, collinearityTolerance,
        allowNonConvergence);
  }

  /**
   * Returns this model with another limit on sweeps per fixed-effect projection. Default 10000.
   *
   * @param limit at least 1
   * @return the new model, never null
   * @throws IllegalArgumentException if the limit is below 1
   */
  public GravityModel maxFixedEffectIterations(int limit) {
    atLeastOne("maxFixedEffectIterations", limit);
    return copy(regressors, fixedEffects, weights, offset, tolerance, fixedEffectTolerance,
        maxIterations, limit, acceleration, separation, collinearityTolerance, allowNonConvergence);
  }

  /**
   * Returns this model with another acceleration of the fixed-effect projections.
   *
   * @param acceleration the scheme, not null
   * @return the new model, never null
   */
  public GravityModel acceleration(Acceleration acceleration) {
    requireNonNull(acceleration, "acceleration");
    return copy(regressors, fixedEffects, weights, offset, tolerance, fixedEffectTolerance,
        maxIterations, maxFixedEffectIterations, acceleration, separation, collinearityTolerance,
        allowNonConvergence);
  }

  /**
   * Returns this model with these separation checks (PPML); none at all is allowed, at the risk of
   * a fit that does not converge.
   *
   * @param checks the checks, not null
   * @return the new model, never null
   */
  public GravityModel separation(SeparationCheck... checks) {
    requireNonNull(checks, "checks");
    return copy(regressors, fixedEffects, weights, offset, tolerance, fixedEffectTolerance,
        maxIterations, maxFixedEffectIterations, acceleration, ImmutableSet.copyOf(checks),
        collinearityTolerance, allowNonConvergence);
  }

  /**
   * Returns this model with another collinearity tolerance. Default 1e-10.
   *
   * @param tolerance a positive number below 1
   * @return the new model, never null
   * @throws IllegalArgumentException if the tolerance is not in (0, 1)
   */
  public GravityModel collinearityTolerance(double tolerance) {
    if (!(tolerance > 0 && tolerance < 1)) {
      throw new IllegalArgumentException(
          "collinearityTolerance = " + tolerance + ": expected a number between 0 and 1");
    }
    return copy(regressors, fixedEffects, weights, offset, this.tolerance, fixedEffectTolerance,
        maxIterations, maxFixedEffectIterations, acceleration, separation, tolerance,
        allowNonConvergence);
  }

  /**
   * Returns this model such that a fit that does not converge returns its last iterate, with
   * {@link Convergence#converged()} false, instead of throwing {@link NotConvergedException}.
   *
   * @return the new model, never null
   */
  public GravityModel allowNonConvergence() {
    return copy(regressors, fixedEffects, weights, offset, tolerance, fixedEffectTolerance,
        maxIterations, maxFixedEffectIterations, acceleration, separation, collinearityTolerance,
        true);
  }

  private static void positive(String what, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(what + " = " + v + ": expected a positive number");
    }
  }

  private static void atLeastOne(String what, int v) {
    if (v < 1) {
      throw new IllegalArgumentException(what + " = " + v + ": expected at least 1");
    }
  }

  /**
   * Fits the model to a frame.
   *
   * @param frame the data, not null
   * @return the fit, never null
   * @throws IllegalArgumentException naming the column and the row (file and line for a frame read
   *     from a file) for an unknown column, a missing, infinite or (PPML) negative outcome, a missing
   *     or infinite regressor, weight or offset, or a negative weight
   * @throws NotConvergedException if the fit does not converge and {@link #allowNonConvergence()}
   *     was not set
   */
  public GravityFit fit(ModelFrame frame) {
    requireNonNull(frame, "frame");
    return new Estimation(this, frame).run();
  }

  /**
   * Returns the estimator.
   *
   * @return the estimator, never null
   */
  public Estimator estimator() {
    return estimator;
  }

  /**
   * Returns the outcome column.
   *
   * @return the name, never null
   */
  public String outcome() {
    return outcome;
  }

  /**
   * Returns the regressor columns.
   *
   * @return the names, never null
   */
  public ImmutableList<String> regressorNames() {
    return regressors;
  }

  /**
   * Returns the absorbed fixed-effect columns.
   *
   * @return the names, never null
   */
  public ImmutableList<String> fixedEffectNames() {
    return fixedEffects;
  }

  /**
   * Returns the weight column, if any.
   *
   * @return the name, never null
   */
  public Optional<String> weightColumn() {
    return Optional.ofNullable(weights);
  }

  /**
   * Returns the offset column, if any.
   *
   * @return the name, never null
   */
  public Optional<String> offsetColumn() {
    return Optional.ofNullable(offset);
  }

  double glmTolerance() {
    return tolerance;
  }

  double feTolerance() {
    return fixedEffectTolerance;
  }

  int maxIter() {
    return maxIterations;
  }

  int maxFeIter() {
    return maxFixedEffectIterations;
  }

  Acceleration accelerationScheme() {
    return acceleration;
  }

  ImmutableSet<SeparationCheck> separationChecks() {
    return separation;
  }

  double collinTol() {
    return collinearityTolerance;
  }

  boolean nonConvergenceAllowed() {
    return allowNonConvergence;
  }

  /**
   * Returns the model as a formula, such as {@code PPML trade ~ ln_DIST + CNTG | exporter_year +
   * importer_year}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(estimator.name()).append(' ').append(outcome).append(" ~ ");
    s.append(regressors.isEmpty() ? "1" : String.join(" + ", regressors));
    if (!fixedEffects.isEmpty()) {
      s.append(" | ").append(String.join(" + ", fixedEffects));
    }
    if (weights != null) {
      s.append(", weights = ").append(weights);
    }
    if (offset != null) {
      s.append(", offset = ").append(offset);
    }
    return s.toString();
  }
}
