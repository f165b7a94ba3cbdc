package io.github.digitrade.gravity.counterfactual;

import com.google.common.collect.ImmutableList;
import io.github.digitrade.gravity.ModelFrame;
import java.util.Arrays;
import java.util.EnumMap;

/** The GEPPML stages on one cross-section: baseline, conditional and full endowment equilibrium. */
final class Equilibrium {

  private final CrossSection cs;
  private final TradeCosts costs;
  private final double sigma;
  private final int ref;
  private final double tolerance;
  private final int maxIterations;
  private final FullEndowment mode;

  Equilibrium(
      CrossSection cs,
      TradeCosts costs,
      double sigma,
      int ref,
      double tolerance,
      int maxIterations,
      FullEndowment mode) {
    this.cs = cs;
    this.costs = costs;
    this.sigma = sigma;
    this.ref = ref;
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
    this.mode = mode;
  }

  /** The full endowment solution. */
  private static final class Full {
    double[] mu = new double[0];
    double[] price = new double[0];
    double[] y = new double[0];
    double[] e = new double[0];
    double[] omr = new double[0];
    double[] imr = new double[0];
    Iterations iterations = new Iterations(false, 0, Double.NaN, Double.NaN);
    FitReport worst = new FitReport(true, 0, 0, Structural.TOLERANCE);
    ImmutableList<double[]> trace = ImmutableList.of();
  }

  /** The report of no margin fit, the start of the worst-fit search. */
  private static final FitReport NONE = new FitReport(true, 0, 0, Structural.TOLERANCE);

  private static FitReport worse(FitReport a, FitReport b) {
    if (a.converged() != b.converged()) {
      return a.converged() ? b : a;
    }
    return b.marginError() > a.marginError() ? b : a;
  }

  /** The fixed point in factory-gate prices with world-balanced expenditure. */
  private Full equilibrium(double[] y, double[] phi, StageFit base, StageFit cond) {
    int n = cs.n;
    double inv = 1 / (1 - sigma);
    double er0 = phi[ref] * y[ref];
    double[] price = new double[n];
    for (int i = 0; i < n; i++) {
      price[i] = Math.pow(Math.exp(cond.pi[i] - base.pi[i]), inv);
    }
    ImmutableList.Builder<double[]> trace = ImmutableList.builder();
    trace.add(price.clone());
    FitReport worst = NONE;
    double change = Double.NaN;
    boolean converged = false;
    int k = 0;
    double[] ys = new double[n];
    double[] es = new double[n];
    double[] lastMu = cond.mu;
    double[] lastPi = cond.pi;
    double[] lastChi = cond.chi;
    while (k < maxIterations) {
      k++;
      double world = 0;
      double spent = 0;
      for (int i = 0; i < n; i++) {
        ys[i] = price[i] * y[i];
        world += ys[i];
        spent += phi[i] * ys[i];
      }
      double kappa = world / spent;
      for (int i = 0; i < n; i++) {
        es[i] = kappa * phi[i] * ys[i];
      }
      Structural last = Structural.fitMargins(n, ys, es, costs.counterfactual, ref);
      worst = worse(worst, last.report);
      lastMu = last.mu;
      lastPi = last.pi;
      lastChi = last.chi;
      double ers = es[ref];
      change = 0;
      for (int i = 0; i < n; i++) {
        // damped in logs with weight (σ − 1)/σ, which cancels the first-order own effect of a
        // country's price on its next update (slope −1/(σ − 1)): stable for every σ > 1
        double target = Math.log(Math.exp(last.pi[i] - base.pi[i]) / (ers / er0)) * inv;
        double p = Math.exp(Math.log(price[i]) / sigma + target * (sigma - 1) / sigma);
        change = Math.max(change, Math.abs(p - price[i]));
        price[i] = p;
      }
      trace.add(price.clone());
      if (change < tolerance) {
        converged = true;
        break;
      }
      if (!Double.isFinite(change)) {
        break;
      }
    }
    // output, expenditure and resistances of the last fit, at whose margins its trade is exact
    Full f = new Full();
    f.mu = lastMu;
    f.price = price;
    f.y = ys.clone();
    f.e = es.clone();
    f.omr = new double[n];
    f.imr = new double[n];
    double ers = es[ref];
    for (int i = 0; i < n; i++) {
      f.omr[i] = ys[i] * ers / Math.exp(lastPi[i]);
      f.imr[i] = es[i] / (Math.exp(lastChi[i]) * ers);
    }
    f.iterations = new Iterations(converged, k, change, tolerance);
    f.worst = worst;
    f.trace = trace.build();
    return f;
  }

  /** The guide's iteration and stopping rule. */
  private Full guide(
      double[] y,
      double[] e,
      double[] phi,
      StageFit base,
      StageFit cond,
      double[] omr1,
      double[] imr1) {
    int n = cs.n;
    double er = e[ref];
    double inv = 1 / (1 - sigma);
    double[] prevMu = cond.mu;
    double[] prevPi = cond.pi;
    double prevEr = er;
    double[] prevOmr = omr1.clone();
    double[] prevImr = imr1.clone();
    double[] stepP = new double[n];
    double[] stepOmr = new double[n];
    double[] stepImr = new double[n];
    for (int i = 0; i < n; i++) {
      stepP[i] = Math.pow(Math.exp(cond.pi[i] - base.pi[i]), inv);
      stepOmr[i] = 1;
      stepImr[i] = 1;
    }
    ImmutableList.Builder<double[]> traceB = ImmutableList.builder();
    java.util.List<double[]> steps = new java.util.ArrayList<>();
    steps.add(stepP.clone());
    traceB.add(stepP.clone());
    double[] lastPi = cond.pi;
    double[] lastChi = cond.chi;
    FitReport worst = NONE;
    double[] ys = y.clone();
    double[] es = e.clone();
    double ers = er;
    double criterion = Double.NaN;
    boolean converged = false;
    int k = 0;
    while (k < maxIterations) {
      k++;
      double[] t = new double[n * n];
      for (int p = 0; p < n * n; p++) {
        int i = p / n;
        int j = p % n;
        t[p] = prevMu[p] * stepP[i] * stepP[j] / (stepOmr[i] * stepImr[j]);
      }
      // the PPML estimates depend on the matrix t through its margins only
      double[] rows = new double[n];
      double[] cols = new double[n];
      for (int p = 0; p < n * n; p++) {
        rows[p / n] += t[p];
        cols[p % n] += t[p];
      }
      Structural last = Structural.fitMargins(n, rows, cols, costs.counterfactual, ref);
      worst = worse(worst, last.report);
      lastPi = last.pi;
      lastChi = last.chi;
      ys = new double[n];
      for (int p = 0; p < n * n; p++) {
        ys[p / n] += last.mu[p];
      }
      es = new double[n];
      for (int i = 0; i < n; i++) {
        es[i] = phi[i] * ys[i];
      }
      ers = es[ref];
      for (int i = 0; i < n; i++) {
        stepP[i] = Math.pow(Math.exp(last.pi[i] - prevPi[i]) / (ers / prevEr), inv);
        double omr = ys[i] * ers / Math.exp(last.pi[i]);
        double imr = es[i] / (Math.exp(last.chi[i]) * ers);
        stepOmr[i] = omr / prevOmr[i];
        stepImr[i] = imr / prevImr[i];
        prevOmr[i] = omr;
        prevImr[i] = imr;
      }
      steps.add(stepP.clone());
      traceB.add(stepP.clone());
      prevMu = last.mu;
      prevPi = last.pi;
      prevEr = ers;
      // the guide tests the step price changes of the two iterations before this one
      double[] d = new double[n];
      double[] a = steps.get(k - 1);
      for (int i = 0; i < n; i++) {
        d[i] = a[i] - (k >= 2 ? steps.get(k - 2)[i] : 0);
      }
      criterion = Math.max(rowSd(d), Math.abs(max(d)));
      if (criterion <= tolerance) {
        converged = true;
        break;
      }
      if (!Double.isFinite(criterion)) {
        break;
      }
    }
    Full f = new Full();
    f.price = new double[n];
    f.y = new double[n];
    f.e = new double[n];
    f.omr = new double[n];
    f.imr = new double[n];
    for (int i = 0; i < n; i++) {
      f.price[i] = Math.pow(Math.exp(lastPi[i] - base.pi[i]) / (ers / er), inv);
      f.y[i] = f.price[i] * y[i];
      f.e[i] = phi[i] * f.y[i];
      f.omr[i] = f.y[i] * ers / Math.exp(lastPi[i]);
      f.imr[i] = es[i] / (Math.exp(lastChi[i]) * ers);
    }
    f.mu = new double[n * n];
    for (int p = 0; p < n * n; p++) {
      int i = p / n;
      int j = p % n;
      f.mu[p] = f.y[i] * f.e[j] * Math.exp(costs.counterfactual[p]) / (f.imr[j] * f.omr[i]);
    }
    f.iterations = new Iterations(converged, k, criterion, tolerance);
    f.worst = worst;
    f.trace = traceB.build();
    return f;
  }

  /**
   * The standard deviation the guide's stopping rule uses: of a per-country value repeated for
   * each of the n² pairs of the cross-section, with the n² − 1 denominator.
   */
  private static double rowSd(double[] d) {
    int n = d.length;
    double mean = 0;
    for (double v : d) {
      mean += v;
    }
    mean /= n;
    double ss = 0;
    for (double v : d) {
      ss += (v - mean) * (v - mean);
    }
    return Math.sqrt(n * ss / ((double) n * n - 1));
  }

  private static double max(double[] d) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : d) {
      m = Math.max(m, v);
    }
    return m;
  }


  CounterfactualResult solve(String description) {
    int n = cs.n;
    double[] x = cs.trade;
    double[] y = new double[n];
    double[] e = new double[n];
    for (int p = 0; p < n * n; p++) {
      y[p / n] += x[p];
      e[p % n] += x[p];
    }
    double[] phi = new double[n];
    for (int i = 0; i < n; i++) {
      if (!(y[i] > 0) || !(e[i] > 0)) {
        throw new IllegalArgumentException(
            cs.countries.get(i) + ": output " + y[i] + ", expenditure " + e[i]
                + ": expected positive output and expenditure (total sales and purchases,"
                + " intra-national trade included)");
      }
      phi[i] = e[i] / y[i];
    }
    double er = e[ref];

    ModelFrame frame = StageFit.frame(cs);
    StageFit base = StageFit.fit(cs, frame, costs.baseline, ref);
    StageFit cond = StageFit.fit(cs, frame, costs.counterfactual, ref);
    double[] omr0 = new double[n];
    double[] imr0 = new double[n];
    double[] omr1 = new double[n];
    double[] imr1 = new double[n];
    for (int i = 0; i < n; i++) {
      omr0[i] = y[i] * er / Math.exp(base.pi[i]);
      imr0[i] = e[i] / (Math.exp(base.chi[i]) * er);
      omr1[i] = y[i] * er / Math.exp(cond.pi[i]);
      imr1[i] = e[i] / (Math.exp(cond.chi[i]) * er);
    }

    Full full = mode == FullEndowment.GUIDE
        ? guide(y, e, phi, base, cond, omr1, imr1)
        : equilibrium(y, phi, base, cond);
    double[] xf = full.mu;
    double[] fullP = full.price;
    double[] yf = full.y;
    double[] ef = full.e;
    double[] omrF = full.omr;
    double[] imrF = full.imr;

    EnumMap<Stage, ImmutableList<CountryOutcome>> stages = new EnumMap<>(Stage.class);
    double[] one = new double[n];
    Arrays.fill(one, 1);
    stages.put(Stage.BASELINE, outcomes(base.mu, omr0, imr0, one, y, e));
    stages.put(Stage.CONDITIONAL, outcomes(cond.mu, omr1, imr1, one, y, e));
    stages.put(Stage.FULL, outcomes(xf, omrF, imrF, fullP, yf, ef));
    ImmutableList.Builder<PairOutcome> pairs = ImmutableList.builder();
    for (int p = 0; p < n * n; p++) {
      pairs.add(
          new PairOutcome(
              cs.countries.get(p / n), cs.countries.get(p % n), base.mu[p], cond.mu[p], xf[p]));
    }
    return new CounterfactualResult(
        description,
        sigma,
        cs.countries.get(ref),
        stages,
        pairs.build(),
        full.iterations,
        base.convergence,
        cond.convergence,
        full.worst,
        costs.estimatedPairs,
        costs.filledPairs,
        costs.changedPairs,
        full.trace);
  }

  private ImmutableList<CountryOutcome> outcomes(
      double[] mu, double[] omr, double[] imr, double[] price, double[] y, double[] e) {
    int n = cs.n;
    double inv = 1 / (1 - sigma);
    double[] exports = new double[n];
    for (int p = 0; p < n * n; p++) {
      if (p / n != p % n) {
        exports[p / n] += mu[p];
      }
    }
    ImmutableList.Builder<CountryOutcome> b = ImmutableList.builder();
    for (int i = 0; i < n; i++) {
      double pIn = Math.pow(imr[i], inv);
      b.add(
          new CountryOutcome(
              cs.countries.get(i),
              exports[i],
              Math.pow(omr[i], inv),
              pIn,
              price[i],
              y[i],
              e[i],
              y[i] / pIn));
    }
    return b.build();
  }
}
