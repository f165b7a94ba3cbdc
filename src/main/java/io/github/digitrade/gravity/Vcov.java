package io.github.digitrade.gravity;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * How to estimate the variance of the coefficients: iid, heteroskedasticity-robust, or clustered by
 * one or two factor columns, with a {@link SmallSample} convention (fixest's by default).
 *
 * <p>With bread {@code B = (X̃'WX̃)⁻¹} ({@code X̃} the regressors with the fixed effects partialled
 * out, {@code W} the IRLS weights {@code μ} for PPML and the prior weights for OLS) and scores
 * {@code s_i = x̃_i (y_i − μ_i)} (PPML) or {@code x̃_i w_i e_i} (OLS):
 *
 * <ul>
 *   <li>iid: {@code B} (PPML), {@code σ² B} with {@code σ² = Σ w e² / (n − K)} (OLS);
 *   <li>hetero: {@code B (Σ s_i s_i') B};
 *   <li>cluster: {@code B (Σ_g S_g S_g') B} with {@code S_g} the sum of the scores in cluster
 *       {@code g}; two-way: {@code V_A + V_B − V_{A∩B}};
 * </ul>
 *
 * each times the factor of the convention. Immutable.
 *
 * <p>A two-way clustered variance {@code V_A + V_B − V_{A∩B}} is a difference of positive
 * semi-definite matrices and need not be one itself: with few clusters a coefficient can get a
 * negative variance. By default such a matrix is repaired as fixest ({@code vcov_fix = TRUE}),
 * reghdfe and R's {@code sandwich::vcovCL(fix = TRUE)} do, following Cameron, Gelbach &amp; Miller
 * (2011, "Robust inference with multiway clustering", JBES 29(2), section 2.3): with the
 * eigendecomposition {@code V = U Λ U'}, the negative eigenvalues are set to zero, {@code V⁺ = U
 * max(Λ, 0) U'}. {@link GravityFit#vcovRepaired(Vcov)} says whether that happened; {@link
 * #repairNonPositive(boolean)} turns it off.
 *
 * <pre>{@code
 * fit.table(Vcov.cluster("Origin"));
 * fit.table(Vcov.cluster("Origin", "Destination"));
 * fit.table(Vcov.hetero().convention(SmallSample.STATSMODELS));
 * }</pre>
 */
public final class Vcov {

  /** The kind of variance. */
  public enum Kind {
    /** Independent, identically distributed errors (Poisson variance for PPML). */
    IID,
    /** Heteroskedasticity-robust (White / Huber sandwich). */
    HETERO,
    /** Clustered by one or two factor columns. */
    CLUSTER
  }

  private final Kind kind;
  private final ImmutableList<String> clusters;
  private final SmallSample convention;
  private final boolean repair;

  private Vcov(Kind kind, ImmutableList<String> clusters, SmallSample convention) {
    this(kind, clusters, convention, true);
  }

  private Vcov(Kind kind, ImmutableList<String> clusters, SmallSample convention, boolean repair) {
    this.kind = kind;
    this.clusters = clusters;
    this.convention = convention;
    this.repair = repair;
  }

  /**
   * Returns this specification with the repair of a two-way clustered variance that is not positive
   * semi-definite on (the default) or off.
   *
   * @param on whether to clamp negative eigenvalues to zero
   * @return the specification, never null
   */
  public Vcov repairNonPositive(boolean on) {
    return new Vcov(kind, clusters, convention, on);
  }

  /**
   * Returns whether a two-way clustered variance with negative eigenvalues is repaired.
   *
   * @return true by default
   */
  public boolean repairsNonPositive() {
    return repair;
  }

  /**
   * Returns the iid variance.
   *
   * @return the specification, never null
   */
  public static Vcov iid() {
    return new Vcov(Kind.IID, ImmutableList.of(), SmallSample.FIXEST);
  }

  /**
   * Returns the heteroskedasticity-robust variance.
   *
   * @return the specification, never null
   */
  public static Vcov hetero() {
    return new Vcov(Kind.HETERO, ImmutableList.of(), SmallSample.FIXEST);
  }

  /**
   * Returns the variance clustered by one or two factor columns of the fitted frame.
   *
   * @param factors one or two distinct factor columns
   * @return the specification, never null
   * @throws IllegalArgumentException for no, more than two, or repeated names
   */
  public static Vcov cluster(String... factors) {
    requireNonNull(factors, "factors");
    ImmutableList<String> c = ImmutableList.copyOf(factors);
    if (c.isEmpty() || c.size() > 2 || (c.size() == 2 && c.get(0).equals(c.get(1)))) {
      throw new IllegalArgumentException(
          "cluster " + c + ": expected one or two distinct factor columns");
    }
    return new Vcov(Kind.CLUSTER, c, SmallSample.FIXEST);
  }

  /**
   * Returns this specification under another small-sample convention.
   *
   * @param convention the convention, not null
   * @return the specification, never null
   * @throws IllegalArgumentException for two-way clustering under {@link SmallSample#STATSMODELS}
   */
  public Vcov convention(SmallSample convention) {
    requireNonNull(convention, "convention");
    if (convention == SmallSample.STATSMODELS && clusters.size() == 2) {
      throw new IllegalArgumentException(
          "two-way clustering has no statsmodels convention here: expected FIXEST or NONE");
    }
    return new Vcov(kind, clusters, convention, repair);
  }

  /**
   * Returns the kind.
   *
   * @return the kind, never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the cluster columns, empty unless clustered.
   *
   * @return the names, never null
   */
  public ImmutableList<String> clusters() {
    return clusters;
  }

  /**
   * Returns the small-sample convention.
   *
   * @return the convention, never null
   */
  public SmallSample smallSample() {
    return convention;
  }

  /**
   * Returns a label such as {@code Clustered (Origin & Destination), fixest}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    String c = convention.name().toLowerCase(java.util.Locale.ROOT)
        + (repair || clusters.size() < 2 ? "" : ", not repaired");
    return switch (kind) {
      case IID -> "IID, " + c;
      case HETERO -> "Heteroskedasticity-robust, " + c;
      case CLUSTER -> "Clustered (" + String.join(" & ", clusters) + "), " + c;
    };
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof Vcov v
        && v.kind == kind
        && v.clusters.equals(clusters)
        && v.convention == convention
        && v.repair == repair;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(kind, clusters, convention, repair);
  }
}
