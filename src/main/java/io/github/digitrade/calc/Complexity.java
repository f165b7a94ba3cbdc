package io.github.digitrade.calc;

import java.util.List;
import java.util.Objects;

/**
 * Economic complexity on a country × product matrix: diversity, ubiquity, the economic and product
 * complexity indices (ECI, PCI) by the eigenvector method and by the method of reflections,
 * proximity, density, the complexity outlook index (COI) and gain (COG), PRODY and EXPY, and
 * fitness and complexity.
 *
 * <p>Most methods take a <b>presence</b> matrix {@code M} of 0s and 1s (rows countries, columns
 * products), usually {@code Specialization.presence(Specialization.rca(exports))} ({@link
 * #fromExports(LabeledMatrix)} does both). Diversity is {@code k_c = Σ_p M_cp}, ubiquity {@code k_p =
 * Σ_c M_cp}. Countries with zero diversity and products with zero ubiquity make every index
 * undefined for them: they are left out and listed in each result's {@code excluded()} (the ones
 * already excluded from the input are carried over). No result is ever NaN, and no excluded country
 * "exports everything".
 *
 * <p><b>Eigenvector method</b> (Hidalgo &amp; Hausmann 2009, PNAS 106(26); Atlas of Economic
 * Complexity): {@code M̃_pp' = Σ_c M_cp M_cp' / (k_c k_p)}; the PCI is the eigenvector of the
 * second-largest eigenvalue of {@code M̃}; the ECI of a country is the mean PCI of its products,
 * {@code ECI_c = Σ_p M_cp PCI_p / k_c}; the sign makes ECI correlate positively with diversity. By
 * default both are then z-scored with the mean and population standard deviation of the ECI (the
 * Atlas normalisation, {@link Normalization#ATLAS}), which keeps {@code ECI_c} the mean of its
 * products' PCI; {@link Normalization#SAMPLE} z-scores each with its own mean and sample standard
 * deviation. Only that one eigenvector is computed: Lanczos iteration with full
 * reorthogonalisation on the symmetric matrix {@code S = D_p^-1/2 Mᵀ D_c^-1 M D_p^-1/2}, which is
 * similar to {@code M̃}, with the trivial eigenvector {@code √k_p} (eigenvalue 1) deflated; {@code S}
 * is applied through the sparse presence matrix, never formed. Cost: {@code O(nnz)} per step plus
 * the reorthogonalisation, at most 80 steps per restart; 226 × 785 takes about 16 ms (see {@code
 * docs/performance.md}). Results agree with a dense eigen-solver to about 1e-9 and do not depend on
 * row or column order beyond that tolerance. If the second eigenvalue is
 * repeated the eigenvector is not unique and the index is not well defined (a disconnected
 * country-product network, for instance); such input should be split first.
 *
 * <p><b>Method of reflections</b>: {@code k_c,N = Σ_p M_cp k_p,N−1 / k_c}, {@code k_p,N = Σ_c M_cp
 * k_c,N−1 / k_p}, starting from diversity and ubiquity; the indices are the z-scores of {@code
 * k_c,N} and {@code k_p,N}, signed so that ECI correlates positively with diversity and PCI
 * negatively with ubiquity. <b>Conditioning</b>: every reflection multiplies the informative part of
 * {@code k_c,N} by the second eigenvalue (below 1) while the constant part stays, so after N steps
 * the z-score divides rounding errors of relative size 1e-16 by {@code λ₂^N}; beyond about 20
 * iterations the result is dominated by amplified rounding, and it may become undefined (zero spread)
 * altogether. Prefer the eigenvector method, its limit.
 *
 * <p><b>Iteration counts against the peers</b>: {@code reflections(P, N)} returns {@code k_c,N}
 * and {@code k_p,N} (N updates of both sides) and {@code fitness(P, N)} does N updates. The R
 * package economiccomplexity counts its starting values as the first of N columns: its
 * reflections with {@code iterations = 20} return {@code k_c,18} and {@code k_p,19} (sample
 * standard deviation), its fitness does {@code N − 2} updates of the countries and {@code N − 1}
 * of the products. {@link IterationConvention#ECONOMICCOMPLEXITY} reproduces both counts ({@link
 * #reflections(LabeledMatrix, int, IterationConvention)}, {@link #fitness(LabeledMatrix, int,
 * IterationConvention)}).
 *
 * <p><b>Where each mechanism lives</b>: the sparse presence structure in one package-private
 * class, the eigen-solver (Lanczos with restarts, Jacobi) in another, the fitness iteration and
 * PRODY/EXPY in theirs; proximity, density, COI and COG come from a {@link ProductSpace}, computed
 * once per presence matrix (the static methods below build one per call).
 *
 * <p><b>Proximity</b> (Hidalgo et al. 2007, Science 317): {@code φ_pp' = Σ_c M_cp M_cp' / max(k_p,
 * k_p')}, diagonal 1. <b>Density</b>: {@code ω_cp = Σ_p' M_cp' φ_pp' / Σ_p' φ_pp'} (own product
 * included; {@link DensityConvention#WITHOUT_ITSELF} on a {@link ProductSpace} leaves it out, as
 * Datawheel does). <b>COI</b> (Atlas): {@code COI_c = Σ_p ω_cp (1 − M_cp) PCI_p}. <b>COG</b> (Atlas):
 * {@code COG_cp = Σ_p' (φ_pp' / Σ_p'' φ_p''p') (1 − M_cp') PCI_p' − (1 − ω_cp) PCI_p}, with the
 * Atlas-normalised eigenvector PCI ({@link CogForm} names the {@code ecomplexity} form; {@link
 * ProductSpace#withPci(LabeledVector)} takes another PCI, such as the reflections PCI that
 * economiccomplexity uses for COI). <b>PRODY/EXPY</b> (Hausmann, Hwang &amp; Rodrik 2007, J. Econ.
 * Growth 12): {@code PRODY_p = Σ_c [(X_cp/X_c) / Σ_c' (X_c'p/X_c')] Y_c} for income per capita
 * {@code Y_c}; {@code EXPY_c = Σ_p (X_cp/X_c) PRODY_p}. <b>Fitness and complexity</b> (Tacchella et
 * al. 2012, Sci. Rep. 2:723): {@code F̃_c = Σ_p M_cp Q_p}, {@code Q̃_p = 1 / Σ_c M_cp / F_c}, each
 * normalised to mean 1 after every iteration, from {@code F = Q = 1}.
 *
 * <pre>{@code
 * LabeledMatrix m = LabeledMatrix.of(
 *     List.of("A", "B", "C"), List.of("p1", "p2", "p3"),
 *     new double[] {1, 1, 1,
 *                   1, 1, 0,
 *                   1, 0, 0});
 * ComplexityIndices ci = Complexity.eigenvector(m);
 * ci.eci();  // A most complex, C least
 * Complexity.diversity(m);  // {A=3, B=2, C=1}
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Complexity {

  /** How ECI and PCI are standardised. */
  public enum Normalization {
    /**
     * The default, as the Atlas of Economic Complexity: both indices minus the mean ECI, divided by
     * the population standard deviation of ECI (the method of reflections uses each index's own
     * mean and population standard deviation).
     */
    ATLAS,
    /** Each index minus its own mean, divided by its own sample standard deviation (n − 1). */
    SAMPLE
  }


  private Complexity() {}

  /**
   * Returns the diversity of each country, {@code k_c = Σ_p M_cp}; countries with zero diversity are
   * excluded.
   *
   * @param presence a 0/1 country × product matrix, not null
   * @return the diversity per country, never null
   * @throws IllegalArgumentException if a cell is not 0 or 1
   */
  public static LabeledVector diversity(LabeledMatrix presence) {
    Presence m = new Presence(presence);
    return m.countryVector(m.kc.clone());
  }

  /**
   * Returns the ubiquity of each product, {@code k_p = Σ_c M_cp}; products with zero ubiquity are
   * excluded.
   *
   * @param presence a 0/1 country × product matrix, not null
   * @return the ubiquity per product, never null
   * @throws IllegalArgumentException if a cell is not 0 or 1
   */
  public static LabeledVector ubiquity(LabeledMatrix presence) {
    Presence m = new Presence(presence);
    return m.productVector(m.kp.clone());
  }

  /**
   * Returns ECI and PCI by the eigenvector method from an export-value matrix: Balassa RCA, presence
   * where RCA ≥ 1, then {@link #eigenvector(LabeledMatrix)}. Countries and products with zero
   * exports are excluded by the RCA step and listed.
   *
   * @param exports exports by country (rows) and product (columns), cells ≥ 0, not null
   * @return the indices, Atlas-normalised, never null
   * @throws IllegalArgumentException if a cell is negative
   * @throws UndefinedIndicatorException if the indices are undefined (see {@link
   *     #eigenvector(LabeledMatrix)})
   */
  public static ComplexityIndices fromExports(LabeledMatrix exports) {
    return eigenvector(Specialization.presence(Specialization.rca(exports)));
  }

  /**
   * Returns ECI and PCI by the eigenvector method with the Atlas normalisation.
   *
   * @param presence a 0/1 country × product matrix, not null
   * @return the indices, never null
   * @throws IllegalArgumentException if a cell is not 0 or 1
   * @throws UndefinedIndicatorException if fewer than two countries or products remain, or the
   *     second eigenvalue is zero (every country has the same basket structure), or the ECI has zero
   *     spread
   */
  public static ComplexityIndices eigenvector(LabeledMatrix presence) {
    return eigenvector(presence, Normalization.ATLAS);
  }

  /**
   * Returns ECI and PCI by the eigenvector method; see the class documentation.
   *
   * @param presence a 0/1 country × product matrix, not null
   * @param normalization {@link Normalization#ATLAS} or {@link Normalization#SAMPLE}, not null
   * @return the indices, never null
   * @throws IllegalArgumentException if a cell is not 0 or 1
   * @throws UndefinedIndicatorException as for {@link #eigenvector(LabeledMatrix)}
   */
  public static ComplexityIndices eigenvector(
      LabeledMatrix presence, Normalization normalization) {
    Objects.requireNonNull(normalization, "normalization");
    Presence m = new Presence(presence);
    return eigenvector(m, normalization);
  }

  static ComplexityIndices eigenvector(Presence m, Normalization normalization) {
    int np = m.np();
    int nc = m.nc();
    m.requireTwoOfEach();
    double[] rootKp = new double[np];
    for (int p = 0; p < np; p++) {
      rootKp[p] = Math.sqrt(m.kp[p]);
    }
    Eigen.Pair pair = Eigen.second(m, rootKp);
    double[] ritz = pair.vector();
    double theta = pair.value();
    int used = pair.steps();
    double[] pci = new double[np];
    for (int p = 0; p < np; p++) {
      pci[p] = ritz[p] / rootKp[p];
    }
    double[] eci = new double[nc];
    for (int c = 0; c < nc; c++) {
      double s = 0;
      for (int p : m.productsOf[c]) {
        s += pci[p];
      }
      eci[c] = s / m.kc[c];
    }
    if (eigenvectorSign(m, eci, pci) < 0) {
      for (int p = 0; p < np; p++) {
        pci[p] = -pci[p];
      }
      for (int c = 0; c < nc; c++) {
        eci[c] = -eci[c];
      }
    }
    if (normalization == Normalization.ATLAS) {
      double mean = mean(eci);
      double sd = sd(eci, mean, false);
      standardize(eci, mean, sd, "ECI");
      standardize(pci, mean, sd, "ECI");
    } else {
      double me = mean(eci);
      standardize(eci, me, sd(eci, me, true), "ECI");
      double mp = mean(pci);
      standardize(pci, mp, sd(pci, mp, true), "PCI");
    }
    return new ComplexityIndices(m.countryVector(eci), m.productVector(pci), theta, used);
  }

  /**
   * Returns ECI and PCI by the method of reflections with the Atlas (population) normalisation.
   *
   * @param presence a 0/1 country × product matrix, not null
   * @param iterations the number of reflections N, from 0 (diversity and ubiquity) to 1000; see the
   *     class documentation on conditioning beyond about 20
   * @return the indices, never null; {@code eigenvalue()} is NaN
   * @throws IllegalArgumentException if a cell is not 0 or 1 or {@code iterations} is out of range
   * @throws UndefinedIndicatorException if fewer than two countries or products remain or an index
   *     has zero spread
   */
  public static ComplexityIndices reflections(LabeledMatrix presence, int iterations) {
    return reflections(presence, iterations, Normalization.ATLAS);
  }

  /**
   * Returns ECI and PCI by the method of reflections; see the class documentation.
   *
   * @param presence a 0/1 country × product matrix, not null
   * @param iterations the number of reflections N, from 0 to 1000
   * @param normalization population ({@link Normalization#ATLAS}) or sample standard deviation, not
   *     null
   * @return the indices, never null; {@code eigenvalue()} is NaN
   * @throws IllegalArgumentException if a cell is not 0 or 1 or {@code iterations} is out of range
   * @throws UndefinedIndicatorException as for {@link #reflections(LabeledMatrix, int)}
   */
  public static ComplexityIndices reflections(
      LabeledMatrix presence, int iterations, Normalization normalization) {
    Objects.requireNonNull(normalization, "normalization");
    if (iterations < 0 || iterations > 1000) {
      throw new IllegalArgumentException(
          "iterations = " + iterations + ": expected 0 to 1000");
    }
    return reflections(new Presence(presence), iterations, iterations, normalization);
  }

  /**
   * Returns ECI and PCI by the method of reflections with the iteration count read as a peer reads
   * it; see {@link IterationConvention}. Under {@link IterationConvention#ECONOMICCOMPLEXITY} the
   * ECI is {@code k_c,N−2} and the PCI {@code k_p,N−1}, z-scored with the sample standard
   * deviation, signed by the same rule as {@link #reflections(LabeledMatrix, int)}.
   *
   * @param presence a 0/1 country × product matrix, not null
   * @param iterations the count N, from 0 to 1000 (from 2 under {@code ECONOMICCOMPLEXITY})
   * @param convention how N is read, not null
   * @return the indices, never null; {@code eigenvalue()} is NaN, {@code iterations()} is N
   * @throws IllegalArgumentException if a cell is not 0 or 1 or {@code iterations} is out of range
   * @throws UndefinedIndicatorException as for {@link #reflections(LabeledMatrix, int)}
   */
  public static ComplexityIndices reflections(
      LabeledMatrix presence, int iterations, IterationConvention convention) {
    Objects.requireNonNull(convention, "convention");
    if (convention == IterationConvention.DIGITRADE) {
      return reflections(presence, iterations);
    }
    if (iterations < 2 || iterations > 1000) {
      throw new IllegalArgumentException(
          "iterations = " + iterations + ": expected 2 to 1000 under " + convention);
    }
    ComplexityIndices ci =
        reflections(new Presence(presence), iterations - 2, iterations - 1, Normalization.SAMPLE);
    return new ComplexityIndices(ci.eci(), ci.pci(), Double.NaN, iterations);
  }

  /** Reflections with {@code a} steps for the country side and {@code b} for the product side. */
  private static ComplexityIndices reflections(
      Presence m, int a, int b, Normalization normalization) {
    int nc = m.nc();
    int np = m.np();
    m.requireTwoOfEach();
    double[] kc = m.kc.clone();
    double[] kp = m.kp.clone();
    double[] eciAt = kc;
    double[] pciAt = kp;
    for (int n = 0; n < Math.max(a, b); n++) {
      double[] nextC = new double[nc];
      double[] nextP = new double[np];
      for (int c = 0; c < nc; c++) {
        double s = 0;
        for (int p : m.productsOf[c]) {
          s += kp[p];
        }
        nextC[c] = s / m.kc[c];
      }
      for (int p = 0; p < np; p++) {
        double s = 0;
        for (int c : m.countriesOf[p]) {
          s += kc[c];
        }
        nextP[p] = s / m.kp[p];
      }
      kc = nextC;
      kp = nextP;
      if (n + 1 == a) {
        eciAt = kc;
      }
      if (n + 1 == b) {
        pciAt = kp;
      }
    }
    kc = eciAt.clone();
    kp = pciAt.clone();
    boolean sample = normalization == Normalization.SAMPLE;
    double mc = mean(kc);
    standardize(kc, mc, sd(kc, mc, sample), "ECI");
    double mp = mean(kp);
    standardize(kp, mp, sd(kp, mp, sample), "PCI");
    if (signAgainst(kc, m.kc) < 0) {
      negate(kc);
    }
    if (signAgainst(kp, m.kp) > 0) {
      negate(kp);
    }
    return new ComplexityIndices(
        m.countryVector(kc), m.productVector(kp), Double.NaN, Math.max(a, b));
  }

  /**
   * Returns the proximity of every pair of products, {@code φ_pp' = Σ_c M_cp M_cp' / max(k_p,
   * k_p')}, a symmetric product × product matrix with diagonal 1. Products with zero ubiquity are
   * excluded (listed as a row and as a column).
   *
   * @param presence a 0/1 country × product matrix, not null
   * @return the proximity matrix, values from 0 to 1, never null
   * @throws IllegalArgumentException if a cell is not 0 or 1
   */
  public static LabeledMatrix proximity(LabeledMatrix presence) {
    return ProductSpace.of(presence).proximity();
  }

  /**
   * Returns the density of every country in every product, {@code ω_cp = Σ_p' M_cp' φ_pp' / Σ_p'
   * φ_pp'}: how close the country's current products are to product p, from 0 to 1.
   *
   * @param presence a 0/1 country × product matrix, not null
   * @return the country × product density, never null, with excluded countries and products listed
   * @throws IllegalArgumentException if a cell is not 0 or 1
   */
  public static LabeledMatrix density(LabeledMatrix presence) {
    return ProductSpace.of(presence).density();
  }

  /**
   * Returns the complexity outlook index of each country, {@code COI_c = Σ_p ω_cp (1 − M_cp)
   * PCI_p}, with the Atlas-normalised eigenvector PCI: how many complex products lie close to what
   * the country already exports.
   *
   * @param presence a 0/1 country × product matrix, not null
   * @return the COI per country, never null
   * @throws IllegalArgumentException if a cell is not 0 or 1
   * @throws UndefinedIndicatorException if the PCI is undefined (see {@link
   *     #eigenvector(LabeledMatrix)})
   * @see ProductSpace for COI from a supplied PCI, density without the product itself, and the
   *     {@code ecomplexity} form of COG, all from one computation of the product space
   */
  public static LabeledVector coi(LabeledMatrix presence) {
    return ProductSpace.of(presence).coi();
  }

  /**
   * Returns the complexity outlook gain of every country in every product, {@code COG_cp = Σ_p'
   * (φ_pp' / Σ_p'' φ_p''p') (1 − M_cp') PCI_p' − (1 − ω_cp) PCI_p}: how much a country's outlook
   * improves by moving into product p.
   *
   * @param presence a 0/1 country × product matrix, not null
   * @return the country × product COG, never null, with excluded countries and products listed
   * @throws IllegalArgumentException if a cell is not 0 or 1
   * @throws UndefinedIndicatorException if the PCI is undefined
   */
  public static LabeledMatrix cog(LabeledMatrix presence) {
    return ProductSpace.of(presence).cog();
  }

  /**
   * Returns PRODY, the income level associated with each product: the income per capita of its
   * exporters weighted by their revealed comparative advantage, {@code PRODY_p = Σ_c [(X_cp/X_c) /
   * Σ_c' (X_c'p/X_c')] Y_c}, over the countries that have both exports and an income. Countries
   * without an income or without exports, and products none of those countries exports, are
   * excluded and listed.
   *
   * @param exports exports by country (rows) and product (columns), cells ≥ 0, not null
   * @param incomePerCapita income per capita by country label (e.g. GDP per capita, PPP dollars),
   *     values &gt; 0, not null
   * @return PRODY per product, in the unit of the income, never null
   * @throws IllegalArgumentException if a cell is negative or an income is not positive
   */
  public static LabeledVector prody(LabeledMatrix exports, LabeledVector incomePerCapita) {
    return Prody.prody(exports, incomePerCapita);
  }

  /**
   * Returns EXPY, the income level of each country's export basket, {@code EXPY_c = Σ_p s_cp
   * PRODY_p}, where {@code s_cp} is the share of product p in the country's exports over the
   * products that have a PRODY. Countries with zero exports in those products are excluded.
   *
   * @param exports exports by country (rows) and product (columns), cells ≥ 0, not null
   * @param incomePerCapita income per capita by country label, values &gt; 0, not null
   * @return EXPY per country, in the unit of the income, never null
   * @throws IllegalArgumentException if a cell is negative or an income is not positive
   */
  public static LabeledVector expy(LabeledMatrix exports, LabeledVector incomePerCapita) {
    return Prody.expy(exports, incomePerCapita);
  }

  /**
   * Returns fitness and complexity by the algorithm of Tacchella et al. (2012), {@code γ = 1}.
   *
   * @param presence a 0/1 country × product matrix, not null
   * @param iterations the number of iterations, from 1 to 10,000; a few hundred usually converge
   *     the ranking, while the values of the least fit countries keep shrinking towards 0
   * @return fitness per country and complexity per product, each with mean 1, never null
   * @throws IllegalArgumentException if a cell is not 0 or 1 or {@code iterations} is out of range
   * @throws UndefinedIndicatorException if no country or product remains
   */
  public static ComplexityFitness fitness(LabeledMatrix presence, int iterations) {
    return Fitness.fitness(presence, iterations);
  }

  /**
   * Returns fitness and complexity with an exponent on the exporters' fitness in the product
   * update: {@code Q̃_p = 1 / Σ_c M_cp F_c^−γ}. {@code γ = 1} is Tacchella et al. (2012); a larger
   * {@code γ} lets the least fit exporter of a product weigh more on its complexity, a smaller one
   * less (the generalised algorithm studied by Mariani et al. 2015, Eur. Phys. J. B 88:293).
   *
   * @param presence a 0/1 country × product matrix, not null
   * @param iterations the number of iterations, from 1 to 10,000
   * @param gamma the exponent, finite and &gt; 0
   * @return fitness per country and complexity per product, each with mean 1, never null
   * @throws IllegalArgumentException if a cell is not 0 or 1, {@code iterations} is out of range or
   *     {@code gamma} is not a positive finite number
   * @throws UndefinedIndicatorException if no country or product remains, or the values leave the
   *     range of {@code double}
   */
  public static ComplexityFitness fitness(LabeledMatrix presence, int iterations, double gamma) {
    return Fitness.fitness(presence, iterations, gamma);
  }

  /**
   * Returns fitness and complexity ({@code γ = 1}) with the iteration count read as a peer reads it;
   * see {@link IterationConvention}: under {@link IterationConvention#ECONOMICCOMPLEXITY}, {@code
   * N} gives the fitness after {@code N − 2} updates and the complexity after {@code N − 1}.
   *
   * @param presence a 0/1 country × product matrix, not null
   * @param iterations the count N, from 1 to 10,000 (from 3 under {@code ECONOMICCOMPLEXITY})
   * @param convention how N is read, not null
   * @return fitness per country and complexity per product, each with mean 1, never null
   * @throws IllegalArgumentException if a cell is not 0 or 1 or {@code iterations} is out of range
   * @throws UndefinedIndicatorException if no country or product remains
   */
  public static ComplexityFitness fitness(
      LabeledMatrix presence, int iterations, IterationConvention convention) {
    Objects.requireNonNull(convention, "convention");
    if (convention == IterationConvention.DIGITRADE) {
      return Fitness.fitness(presence, iterations);
    }
    if (iterations < 3 || iterations > 10_000) {
      throw new IllegalArgumentException(
          "iterations = " + iterations + ": expected 3 to 10000 under " + convention);
    }
    return Fitness.fitness(presence, iterations - 2, iterations - 1, 1.0);
  }

  static double mean(double[] v) {
    return Sums.sum(v) / v.length;
  }

  private static double sd(double[] v, double mean, boolean sample) {
    double[] sq = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      double d = v[i] - mean;
      sq[i] = d * d;
    }
    return Math.sqrt(Sums.sum(sq) / (sample ? v.length - 1 : v.length));
  }

  private static void standardize(double[] v, double mean, double sd, String what) {
    if (!(sd > 0) || !Double.isFinite(sd)) {
      throw new UndefinedIndicatorException(
          what + " is undefined: its standard deviation is " + sd + " (no spread to standardise)");
    }
    for (int i = 0; i < v.length; i++) {
      v[i] = (v[i] - mean) / sd;
    }
  }

  private static void negate(double[] v) {
    for (int i = 0; i < v.length; i++) {
      v[i] = -v[i];
    }
  }

  /**
   * The sign of the correlation of v with k, 0 when it is below 1e-9 in magnitude (no spread, or
   * uncorrelated up to rounding).
   */
  private static int signAgainst(double[] v, double[] k) {
    double mv = mean(v);
    double mk = mean(k);
    double cov = 0;
    double vv = 0;
    double kk = 0;
    for (int i = 0; i < v.length; i++) {
      cov += (v[i] - mv) * (k[i] - mk);
      vv += (v[i] - mv) * (v[i] - mv);
      kk += (k[i] - mk) * (k[i] - mk);
    }
    if (!(Math.abs(cov) > 1e-9 * Math.sqrt(vv * kk))) {
      return 0;
    }
    return cov > 0 ? 1 : -1;
  }

  /**
   * The sign that makes ECI rise with diversity; when ECI and diversity are uncorrelated (equal
   * diversities, or a symmetric structure), the sign that makes PCI fall with ubiquity; then positive skewness of ECI; then a positive ECI for
   * the first country in label order with a non-zero ECI. Every rule ignores row and column order.
   */
  private static int eigenvectorSign(Presence m, double[] eci, double[] pci) {
    int sign = signAgainst(eci, m.kc);
    if (sign == 0) {
      sign = -signAgainst(pci, m.kp);
    }
    if (sign == 0) {
      double mean = mean(eci);
      double scale = 0;
      double cubes = 0;
      for (double x : eci) {
        double d = x - mean;
        cubes += d * d * d;
        scale += Math.abs(d * d * d);
      }
      if (Math.abs(cubes) > 1e-9 * scale) {
        sign = cubes > 0 ? 1 : -1;
      }
    }
    if (sign == 0) {
      String first = null;
      double mean = mean(eci);
      for (int c = 0; c < eci.length; c++) {
        String label = m.countries.get(c);
        if (Math.abs(eci[c] - mean) > 1e-9 && (first == null || label.compareTo(first) < 0)) {
          first = label;
          sign = eci[c] > mean ? 1 : -1;
        }
      }
    }
    return sign == 0 ? 1 : sign;
  }
}
