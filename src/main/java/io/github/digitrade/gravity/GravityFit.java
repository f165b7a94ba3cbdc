package io.github.digitrade.gravity;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A fitted gravity model: the coefficients, the observations used and those left out (with why),
 * the convergence report, goodness of fit, the fixed-effect estimates and fitted values, and
 * standard errors under any {@link Vcov}.
 *
 * <p>Goodness of fit. PPML: deviance {@code 2 Σ w [y log(y/μ) − (y − μ)]}, log-likelihood {@code Σ w
 * [y log μ − μ − ln Γ(y + 1)]}, pseudo R² {@code 1 − ℓ/ℓ₀} and adjusted pseudo R² {@code 1 − (ℓ −
 * K)/ℓ₀} with {@code ℓ₀} the log-likelihood of a constant mean (as fixest reports them), squared
 * correlation {@code cor(y, μ)²}. OLS: R² {@code 1 − RSS/TSS} and within R² {@code 1 − RSS/TSS_w}
 * with {@code TSS_w} the sum of squares of the outcome after absorbing the fixed effects.
 *
 * <p>Immutable and thread-safe. {@link #toString()} prints the fit as one column of a {@link
 * FitTable}, with fixest's default standard errors (clustered by the first fixed effect, iid when
 * there is none), followed by the convergence and separation report.
 */
public final class GravityFit {

  private final GravityModel model;
  private final ModelFrame frame;
  private final Sample s;
  private final double[] beta;
  private final double[][] xt;
  private final double[] wts;
  private final double[] score;
  private final double[] fitted;
  private final double[] etaOrWithin;
  private final double[][] effects;
  private final Convergence convergence;
  private final double deviance;
  private final ImmutableList<Dropped> dropped;
  private final ImmutableList<DroppedLevel> droppedLevels;
  private final ImmutableList<DroppedRegressor> droppedRegressors;
  private final int feParameters;
  private final double rss;
  private final double[][] bread;
  private final Map<Vcov, double[][]> cache = new HashMap<>();
  private final java.util.Set<Vcov> repaired = new java.util.HashSet<>();

  GravityFit(
      GravityModel model,
      ModelFrame frame,
      Sample s,
      double[] beta,
      double[][] xt,
      double[] wts,
      double[] score,
      double[] fitted,
      double[] etaOrWithin,
      double[][] effects,
      Convergence convergence,
      double deviance,
      ImmutableList<Dropped> dropped,
      ImmutableList<DroppedLevel> droppedLevels,
      ImmutableList<DroppedRegressor> droppedRegressors,
      int feParameters) {
    this.model = model;
    this.frame = frame;
    this.s = s;
    this.beta = beta;
    this.xt = xt;
    this.wts = wts;
    this.score = score;
    this.fitted = fitted;
    this.etaOrWithin = etaOrWithin;
    this.effects = effects;
    this.convergence = convergence;
    this.deviance = deviance;
    this.dropped = dropped;
    this.droppedLevels = droppedLevels;
    this.droppedRegressors = droppedRegressors;
    this.feParameters = feParameters;
    double r = 0;
    if (model.estimator() == Estimator.OLS) {
      for (int i = 0; i < s.n; i++) {
        r += score[i] * score[i] / wts[i];
      }
    }
    this.rss = r;
    this.bread = beta.length == 0 ? new double[0][0] : Dense.inverse(Dense.gram(xt, wts));
  }

  /**
   * Returns the model that was fitted.
   *
   * @return the model, never null
   */
  public GravityModel model() {
    return model;
  }

  /**
   * Returns the number of observations used.
   *
   * @return the count
   */
  public int observations() {
    return s.n;
  }

  /**
   * Returns the number of parameters {@code K}: the coefficients plus the fixed-effect dummies that
   * are not redundant, counted as {@code Σ G_q − (Q − 1)} for {@code Q} dimensions of {@code G_q}
   * levels (fixest's count).
   *
   * @return the count
   */
  public int parameters() {
    return beta.length + feParameters;
  }

  /**
   * Returns the names of the estimated coefficients (regressors after collinear ones were dropped;
   * {@code (Intercept)} first when there are no fixed effects).
   *
   * @return the names, never null
   */
  public ImmutableList<String> coefficientNames() {
    return s.names;
  }

  /**
   * Returns one coefficient.
   *
   * @param name the regressor, not null
   * @return the estimate
   * @throws IllegalArgumentException if there is no such coefficient (it may have been dropped: see
   *     {@link #droppedRegressors()})
   */
  public double coefficient(String name) {
    return beta[index(name)];
  }

  private int index(String name) {
    requireNonNull(name, "name");
    int i = s.names.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(
          "no coefficient \"" + name + "\": expected one of " + s.names
              + (droppedRegressors.isEmpty() ? "" : "; dropped: " + droppedRegressors));
    }
    return i;
  }

  /**
   * Returns the coefficients in the order of {@link #coefficientNames()}.
   *
   * @return a copy, never null
   */
  public double[] coefficients() {
    return beta.clone();
  }

  /**
   * Returns how the fit ended.
   *
   * @return the report, never null
   */
  public Convergence convergence() {
    return convergence;
  }

  /**
   * Returns every observation left out, in the order the checks found them.
   *
   * @return the list, never null
   */
  public ImmutableList<Dropped> dropped() {
    return dropped;
  }

  /**
   * Returns the fixed-effect levels left out because all their outcomes are zero.
   *
   * @return the list, never null
   */
  public ImmutableList<DroppedLevel> droppedLevels() {
    return droppedLevels;
  }

  /**
   * Returns the regressors left out as collinear.
   *
   * @return the list, never null
   */
  public ImmutableList<DroppedRegressor> droppedRegressors() {
    return droppedRegressors;
  }

  /**
   * Returns the frame rows that were used, in order.
   *
   * @return a copy, never null
   */
  public int[] rows() {
    return s.rows.clone();
  }

  /**
   * Returns the fitted values of the used rows: {@code μ = exp(η)} for PPML, {@code y − e} for OLS.
   *
   * @return a copy, never null
   */
  public double[] fitted() {
    return fitted.clone();
  }

  /**
   * Returns the estimated effects of one absorbed fixed effect by level name. The first fixed effect
   * carries the constant; the first level (in order of appearance among the used rows) of every
   * other one is 0. Effects of levels that are not connected through the data are identified only up
   * to such normalisations within each connected part.
   *
   * @param factor an absorbed fixed-effect column, not null
   * @return the effects, in level order of appearance, never null
   * @throws IllegalArgumentException if the column is not an absorbed fixed effect
   */
  public ImmutableMap<String, Double> fixedEffects(String factor) {
    requireNonNull(factor, "factor");
    int q = model.fixedEffectNames().indexOf(factor);
    if (q < 0) {
      throw new IllegalArgumentException(
          "no fixed effect \"" + factor + "\": expected one of " + model.fixedEffectNames());
    }
    ImmutableMap.Builder<String, Double> b = ImmutableMap.builder();
    for (int g = 0; g < s.levels[q]; g++) {
      b.put(s.factors[q].level(s.levelOf[q][g]), effects[q][g]);
    }
    return b.buildOrThrow();
  }

  /**
   * Returns the deviance (PPML).
   *
   * @return the deviance
   * @throws IllegalStateException for OLS
   */
  public double deviance() {
    requirePpml("deviance");
    return deviance;
  }

  private void requirePpml(String what) {
    if (model.estimator() != Estimator.PPML) {
      throw new IllegalStateException(what + " is defined for PPML fits: this is " + model);
    }
  }

  private void requireOls(String what) {
    if (model.estimator() != Estimator.OLS) {
      throw new IllegalStateException(what + " is defined for OLS fits: this is " + model);
    }
  }

  private double logLik(boolean constantMean) {
    double[] y = s.y;
    double @org.jspecify.annotations.Nullable [] pw = s.w;
    double mean = 0;
    if (constantMean) {
      double sw = 0;
      for (int i = 0; i < s.n; i++) {
        double wi = pw == null ? 1 : pw[i];
        mean += wi * y[i];
        sw += wi;
      }
      mean /= sw;
    }
    double sum = 0;
    double c = 0;
    for (int i = 0; i < s.n; i++) {
      double mu = constantMean ? mean : fitted[i];
      double l = -mu + (y[i] > 0 ? y[i] * Math.log(mu) - Distributions.lnGamma(y[i] + 1) : 0);
      if (pw != null) {
        l *= pw[i];
      }
      double t = sum + l;
      c += Math.abs(sum) >= Math.abs(l) ? (sum - t) + l : (l - t) + sum;
      sum = t;
    }
    return sum + c;
  }

  /**
   * Returns the Poisson log-likelihood {@code Σ w [y log μ − μ − ln Γ(y + 1)]} (PPML).
   *
   * @return the log-likelihood
   * @throws IllegalStateException for OLS
   */
  public double logLikelihood() {
    requirePpml("the log-likelihood");
    return logLik(false);
  }

  /**
   * Returns the log-likelihood of a constant mean, the null model of the pseudo R² (PPML).
   *
   * @return the log-likelihood
   * @throws IllegalStateException for OLS
   */
  public double nullLogLikelihood() {
    requirePpml("the null log-likelihood");
    return logLik(true);
  }

  /**
   * Returns McFadden's pseudo R² {@code 1 − ℓ/ℓ₀} (PPML).
   *
   * @return the pseudo R²
   * @throws IllegalStateException for OLS
   */
  public double pseudoR2() {
    return 1 - logLikelihood() / nullLogLikelihood();
  }

  /**
   * Returns the adjusted pseudo R² {@code 1 − (ℓ − K)/ℓ₀}, {@code K} = {@link #parameters()}
   * (PPML).
   *
   * @return the adjusted pseudo R²
   * @throws IllegalStateException for OLS
   */
  public double adjustedPseudoR2() {
    return 1 - (logLikelihood() - parameters()) / nullLogLikelihood();
  }

  /**
   * Returns the squared correlation of the outcome and the fitted values (unweighted).
   *
   * @return the squared correlation
   */
  public double squaredCorrelation() {
    double[] y = s.y;
    int n = s.n;
    double my = 0;
    double mf = 0;
    for (int i = 0; i < n; i++) {
      my += y[i];
      mf += fitted[i];
    }
    my /= n;
    mf /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double a = y[i] - my;
      double b = fitted[i] - mf;
      sxy += a * b;
      sxx += a * a;
      syy += b * b;
    }
    return sxy * sxy / (sxx * syy);
  }

  /**
   * Returns R² {@code 1 − RSS/TSS}, TSS around the weighted mean (OLS).
   *
   * @return R²
   * @throws IllegalStateException for PPML
   */
  public double r2() {
    requireOls("R²");
    double sw = 0;
    double m = 0;
    for (int i = 0; i < s.n; i++) {
      sw += wts[i];
      m += wts[i] * s.y[i];
    }
    m /= sw;
    double tss = 0;
    for (int i = 0; i < s.n; i++) {
      double d = s.y[i] - m;
      tss += wts[i] * d * d;
    }
    return 1 - rss / tss;
  }

  /**
   * Returns the within R² {@code 1 − RSS/TSS_w}, with {@code TSS_w} the weighted sum of squares of
   * the outcome after absorbing the fixed effects (OLS).
   *
   * @return the within R²
   * @throws IllegalStateException for PPML
   */
  public double withinR2() {
    requireOls("the within R²");
    double tss = 0;
    for (int i = 0; i < s.n; i++) {
      tss += wts[i] * etaOrWithin[i] * etaOrWithin[i];
    }
    return 1 - rss / tss;
  }

  /**
   * Returns the variance fixest reports by default: clustered by the first fixed effect, iid when
   * the model has none.
   *
   * @return the specification, never null
   */
  public Vcov defaultVcov() {
    return model.fixedEffectNames().isEmpty()
        ? Vcov.iid()
        : Vcov.cluster(model.fixedEffectNames().get(0));
  }

  /**
   * Returns the variance matrix of the coefficients.
   *
   * @param vcov the specification, not null; cluster columns must be factors of the fitted frame
   * @return a K × K matrix in the order of {@link #coefficientNames()}, a copy
   * @throws IllegalArgumentException if a cluster column is not a factor of the frame
   */
  public double[][] vcov(Vcov vcov) {
    requireNonNull(vcov, "vcov");
    double[][] v;
    synchronized (cache) {
      v = cache.get(vcov);
      if (v == null) {
        v = compute(vcov);
        cache.put(vcov, v);
      }
    }
    double[][] copy = new double[v.length][];
    for (int i = 0; i < v.length; i++) {
      copy[i] = v[i].clone();
    }
    return copy;
  }

  /**
   * Returns the standard errors.
   *
   * @param vcov the specification, not null
   * @return one per coefficient
   */
  public double[] standardErrors(Vcov vcov) {
    double[][] v = vcov(vcov);
    double[] se = new double[v.length];
    for (int i = 0; i < se.length; i++) {
      se[i] = Math.sqrt(v[i][i]);
    }
    return se;
  }

  /**
   * Returns the standard error of one coefficient.
   *
   * @param name the regressor, not null
   * @param vcov the specification, not null
   * @return the standard error
   */
  public double standardError(String name, Vcov vcov) {
    return standardErrors(vcov)[index(name)];
  }

  /**
   * Returns the coefficient table with 95% confidence intervals.
   *
   * @param vcov the specification, not null
   * @return the table, never null
   */
  public CoefficientTable table(Vcov vcov) {
    return table(vcov, 0.95);
  }

  /**
   * Returns the coefficient table.
   *
   * @param vcov the specification, not null
   * @param level the confidence level, in (0, 1)
   * @return the table, never null
   * @throws IllegalArgumentException if the level is not in (0, 1)
   */
  public CoefficientTable table(Vcov vcov, double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level = " + level + ": expected a number between 0 and 1");
    }
    double[] se = standardErrors(vcov);
    double df = degreesOfFreedom(vcov);
    double q = Distributions.tQuantile(0.5 + level / 2, df);
    ImmutableList.Builder<CoefficientTable.Row> rows = ImmutableList.builder();
    for (int k = 0; k < beta.length; k++) {
      double z = beta[k] / se[k];
      rows.add(new CoefficientTable.Row(s.names.get(k), beta[k], se[k], z,
          Distributions.twoSidedT(z, df), beta[k] - q * se[k], beta[k] + q * se[k]));
    }
    return new CoefficientTable(rows.build(), vcov, level, df);
  }

  /**
   * Returns the degrees of freedom of the reference distribution of the statistics under a
   * variance, as fixest sets them: infinite (the standard normal) for PPML; for OLS {@code n − K}
   * with iid or heteroskedasticity-robust variances and {@code G_min − 1} when clustered ({@code
   * G_min} the fewest clusters of the one or two cluster columns).
   *
   * <p>Example: an OLS fit of 6 observations on 1 regressor and one fixed effect of 2 levels has
   * {@code K = 3} and 3 degrees of freedom under {@code Vcov.iid()}; clustered by a column of 3
   * levels it has 2.
   *
   * @param vcov the specification, not null
   * @return the degrees of freedom, {@link Double#POSITIVE_INFINITY} for the normal
   * @throws IllegalArgumentException if a cluster column is not a factor of the frame
   */
  public double degreesOfFreedom(Vcov vcov) {
    requireNonNull(vcov, "vcov");
    if (model.estimator() == Estimator.PPML) {
      return Double.POSITIVE_INFINITY;
    }
    if (vcov.kind() == Vcov.Kind.CLUSTER) {
      int gmin = Integer.MAX_VALUE;
      for (String c : vcov.clusters()) {
        gmin = Math.min(gmin, distinct(clusterCodes(c)));
      }
      return Math.max(1, gmin - 1);
    }
    return Math.max(1, s.n - parameters());
  }

  private static int distinct(int[] codes) {
    int max = 0;
    for (int c : codes) {
      max = Math.max(max, c + 1);
    }
    return max;
  }

  private double[][] compute(Vcov v) {
    int n = s.n;
    int bigK = parameters();
    boolean ppml = model.estimator() == Estimator.PPML;
    SmallSample c = v.smallSample();
    return switch (v.kind()) {
      case IID -> scale(bread, ppml
          ? (c == SmallSample.FIXEST ? (n - 1.0) / (n - bigK) : 1.0)
          : rss / (c == SmallSample.NONE ? n : n - bigK));
      case HETERO -> scale(Dense.sandwich(bread, heteroMeat()),
          c == SmallSample.FIXEST ? n / (double) (n - bigK) : 1.0);
      case CLUSTER -> cluster(v);
    };
  }

  private double[][] heteroMeat() {
    int k = beta.length;
    double[][] meat = new double[k][k];
    for (int i = 0; i < s.n; i++) {
      double si = score[i];
      for (int a = 0; a < k; a++) {
        double xa = xt[a][i] * si;
        for (int b = 0; b <= a; b++) {
          meat[a][b] += xa * xt[b][i] * si;
        }
      }
    }
    symmetrize(meat);
    return meat;
  }

  private double[][] cluster(Vcov v) {
    int n = s.n;
    int bigK = parameters();
    SmallSample c = v.smallSample();
    ImmutableList<String> names = v.clusters();
    int[][] codes = new int[names.size()][];
    int[] counts = new int[names.size()];
    for (int j = 0; j < names.size(); j++) {
      codes[j] = clusterCodes(names.get(j));
      counts[j] = distinct(codes[j]);
    }
    int nestedDummies = 0;
    for (int q = 0; q < s.codes.length; q++) {
      for (int j = 0; j < codes.length; j++) {
        if (nested(s.codes[q], s.levels[q], codes[j])) {
          nestedDummies += s.levels[q] - 1;
          break;
        }
      }
    }
    int kPrime = c == SmallSample.FIXEST ? bigK - nestedDummies : bigK;
    double dof = c == SmallSample.NONE ? 1.0 : (n - 1.0) / (n - kPrime);
    if (codes.length == 1) {
      double g = counts[0];
      double f = c == SmallSample.NONE ? 1.0 : g / (g - 1) * dof;
      return scale(Dense.sandwich(bread, meat(codes[0], counts[0])), f);
    }
    int[] both = new int[n];
    Map<Long, Integer> cell = new HashMap<>();
    for (int i = 0; i < n; i++) {
      long key = (long) codes[0][i] * counts[1] + codes[1][i];
      Integer id = cell.get(key);
      if (id == null) {
        id = cell.size();
        cell.put(key, id);
      }
      both[i] = id;
    }
    double[][] ma = meat(codes[0], counts[0]);
    double[][] mb = meat(codes[1], counts[1]);
    double[][] mab = meat(both, cell.size());
    int k = beta.length;
    double[][] sum = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        sum[a][b] = ma[a][b] + mb[a][b] - mab[a][b];
      }
    }
    double gmin = Math.min(counts[0], counts[1]);
    double f = c == SmallSample.NONE ? 1.0 : gmin / (gmin - 1) * dof;
    double[][] out = scale(Dense.sandwich(bread, sum), f);
    double[][] fixedV = v.repairsNonPositive() ? Dense.clampNegativeEigenvalues(out) : null;
    if (fixedV != null) {
      repaired.add(v);
      return fixedV;
    }
    return out;
  }

  /**
   * Returns whether the variance under a specification had negative eigenvalues that were clamped
   * to zero (two-way clustering only; see {@link Vcov}).
   *
   * @param vcov the specification, not null
   * @return true if {@link #vcov(Vcov)} returns a repaired matrix
   * @throws IllegalArgumentException if a cluster column is not a factor of the frame
   */
  public boolean vcovRepaired(Vcov vcov) {
    vcov(vcov);
    synchronized (cache) {
      return repaired.contains(vcov);
    }
  }

  /** The dense codes, in order of appearance, of a cluster column over the rows used. */
  private int[] clusterCodes(String name) {
    Factor fac = frame.factor(name);
    int[] src = fac.codesView();
    int[] map = new int[fac.levelCount()];
    Arrays.fill(map, -1);
    int[] out = new int[s.n];
    int g = 0;
    for (int i = 0; i < s.n; i++) {
      int old = src[s.rows[i]];
      if (map[old] < 0) {
        map[old] = g++;
      }
      out[i] = map[old];
    }
    return out;
  }

  private static boolean nested(int[] fe, int levels, int[] cluster) {
    int[] of = new int[levels];
    Arrays.fill(of, -1);
    for (int i = 0; i < fe.length; i++) {
      int l = fe[i];
      if (of[l] < 0) {
        of[l] = cluster[i];
      } else if (of[l] != cluster[i]) {
        return false;
      }
    }
    return true;
  }

  private double[][] meat(int[] codes, int groups) {
    int k = beta.length;
    int n = s.n;
    double[][] sums = new double[groups][k];
    for (int i = 0; i < n; i++) {
      double[] row = sums[codes[i]];
      double si = score[i];
      for (int a = 0; a < k; a++) {
        row[a] += xt[a][i] * si;
      }
    }
    double[][] meat = new double[k][k];
    for (double[] g : sums) {
      for (int a = 0; a < k; a++) {
        for (int b = 0; b <= a; b++) {
          meat[a][b] += g[a] * g[b];
        }
      }
    }
    symmetrize(meat);
    return meat;
  }

  private static void symmetrize(double[][] m) {
    for (int a = 0; a < m.length; a++) {
      for (int b = 0; b < a; b++) {
        m[b][a] = m[a][b];
      }
    }
  }

  private static double[][] scale(double[][] m, double f) {
    double[][] out = new double[m.length][m.length];
    for (int a = 0; a < m.length; a++) {
      for (int b = 0; b < m.length; b++) {
        out[a][b] = m[a][b] * f;
      }
    }
    return out;
  }

  /**
   * Returns the fit as fixest's {@code etable} would print it, then the convergence report and a
   * summary of what was dropped.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(FitTable.of(this).toString());
    b.append(convergence).append('\n');
    b.append(report());
    return b.toString();
  }

  /**
   * Returns what was left out, in words: observations by reason, fixed-effect levels and
   * regressors.
   *
   * @return the text, never null
   */
  public String report() {
    StringBuilder b = new StringBuilder();
    long zw = dropped.stream().filter(d -> d.reason() == Dropped.Reason.ZERO_WEIGHT).count();
    long fe = dropped.stream().filter(d -> d.reason() == Dropped.Reason.FIXED_EFFECT_ALL_ZERO).count();
    long sep = dropped.stream().filter(d -> d.reason() == Dropped.Reason.SEPARATED).count();
    long simplex =
        dropped.stream().filter(d -> d.reason() == Dropped.Reason.SEPARATED_BY_REGRESSORS).count();
    b.append(dropped.size()).append(dropped.size() == 1 ? " observation" : " observations")
        .append(" dropped");
    if (!dropped.isEmpty()) {
      b.append(": ");
      String sepr = "";
      if (fe > 0) {
        b.append(fe).append(" in ").append(droppedLevels.size())
            .append(" fixed-effect levels with only zero outcomes");
        sepr = ", ";
      }
      if (simplex > 0) {
        b.append(sepr).append(simplex).append(" separated by the regressors (simplex)");
        sepr = ", ";
      }
      if (sep > 0) {
        b.append(sepr).append(sep).append(" separated (ReLU)");
        sepr = ", ";
      }
      if (zw > 0) {
        b.append(sepr).append(zw).append(" with zero weight");
      }
    }
    b.append('\n');
    if (!droppedRegressors.isEmpty()) {
      for (DroppedRegressor r : droppedRegressors) {
        b.append("regressor ").append(r.name()).append(" dropped: ").append(r.reason()).append('\n');
      }
    }
    return b.toString();
  }

  Sample sample() {
    return s;
  }

  /** The fitted values, not copied. */
  double[] fittedView() {
    return fitted;
  }

  /** The regressors partialled out of the fixed effects under the final weights, not copied. */
  double[][] demeanedView() {
    return xt;
  }

  /** {@code (X̃'WX̃)⁻¹}, not copied. */
  double[][] breadView() {
    return bread;
  }

  /** A factor column of the fitted frame. */
  Factor frameFactor(String column) {
    return frame.factor(column);
  }
}
