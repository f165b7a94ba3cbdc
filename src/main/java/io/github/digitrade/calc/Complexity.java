package io.github.digitrade.calc;

import java.util.ArrayList;
import java.util.Arrays;
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
 * <p><b>Proximity</b> (Hidalgo et al. 2007, Science 317): {@code φ_pp' = Σ_c M_cp M_cp' / max(k_p,
 * k_p')}, diagonal 1. <b>Density</b>: {@code ω_cp = Σ_p' M_cp' φ_pp' / Σ_p' φ_pp'} (own product
 * included). <b>COI</b> (Atlas): {@code COI_c = Σ_p ω_cp (1 − M_cp) PCI_p}. <b>COG</b> (Atlas):
 * {@code COG_cp = Σ_p' (φ_pp' / Σ_p'' φ_p''p') (1 − M_cp') PCI_p' − (1 − ω_cp) PCI_p}, with the
 * Atlas-normalised eigenvector PCI. <b>PRODY/EXPY</b> (Hausmann, Hwang &amp; Rodrik 2007, J. Econ.
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

  private static final int MAX_LANCZOS = 80;
  private static final int MAX_RESTARTS = 60;

  private Complexity() {}

  /** A presence matrix without zero rows and columns, as sparse lists. */
  private static final class Presence {
    final List<String> countries = new ArrayList<>();
    final List<String> products = new ArrayList<>();
    final List<Exclusion> rowExcluded = new ArrayList<>();
    final List<Exclusion> columnExcluded = new ArrayList<>();
    final int[] rowOf;
    final int[] columnOf;
    int[][] productsOf;
    int[][] countriesOf;
    double[] kc;
    double[] kp;

    Presence(LabeledMatrix m) {
      Objects.requireNonNull(m, "presence");
      int rows = m.rowCount();
      int cols = m.columnCount();
      double[] v = m.toArray();
      int[] rowSum = new int[rows];
      int[] colSum = new int[cols];
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          double x = v[r * cols + c];
          if (x != 0.0 && x != 1.0) {
            throw new IllegalArgumentException(
                "presence at ("
                    + m.rowLabels().get(r)
                    + ", "
                    + m.columnLabels().get(c)
                    + ") = "
                    + x
                    + ": expected 0 or 1");
          }
          if (x == 1.0) {
            rowSum[r]++;
            colSum[c]++;
          }
        }
      }
      for (Exclusion e : m.excluded()) {
        (e.axis() == Exclusion.Axis.COLUMN ? columnExcluded : rowExcluded).add(e);
      }
      rowOf = new int[rows];
      columnOf = new int[cols];
      for (int r = 0; r < rows; r++) {
        if (rowSum[r] == 0) {
          rowOf[r] = -1;
          rowExcluded.add(
              new Exclusion(
                  Exclusion.Axis.ROW, m.rowLabels().get(r), "diversity is zero: no product present"));
        } else {
          rowOf[r] = countries.size();
          countries.add(m.rowLabels().get(r));
        }
      }
      for (int c = 0; c < cols; c++) {
        if (colSum[c] == 0) {
          columnOf[c] = -1;
          columnExcluded.add(
              new Exclusion(
                  Exclusion.Axis.COLUMN,
                  m.columnLabels().get(c),
                  "ubiquity is zero: present in no country"));
        } else {
          columnOf[c] = products.size();
          products.add(m.columnLabels().get(c));
        }
      }
      int nc = countries.size();
      int np = products.size();
      productsOf = new int[nc][];
      countriesOf = new int[np][];
      kc = new double[nc];
      kp = new double[np];
      int[] fill = new int[np];
      for (int c = 0; c < cols; c++) {
        if (columnOf[c] >= 0) {
          countriesOf[columnOf[c]] = new int[colSum[c]];
          kp[columnOf[c]] = colSum[c];
        }
      }
      for (int r = 0; r < rows; r++) {
        if (rowOf[r] < 0) {
          continue;
        }
        int ci = rowOf[r];
        int[] list = new int[rowSum[r]];
        int n = 0;
        for (int c = 0; c < cols; c++) {
          if (v[r * cols + c] == 1.0) {
            int p = columnOf[c];
            list[n++] = p;
            countriesOf[p][fill[p]++] = ci;
          }
        }
        productsOf[ci] = list;
        kc[ci] = n;
      }
    }

    int nc() {
      return countries.size();
    }

    int np() {
      return products.size();
    }

    /** ECI and PCI need at least two countries and two products that remain. */
    void requireTwoOfEach() {
      if (np() < 2 || nc() < 2) {
        throw new UndefinedIndicatorException(
            "ECI is undefined: "
                + nc()
                + " countries and "
                + np()
                + " products have positive diversity and ubiquity; expected at least 2 of each");
      }
    }

    boolean has(int country, int product) {
      return Arrays.binarySearch(productsOf[country], product) >= 0;
    }

    LabeledVector countryVector(double[] values) {
      return LabeledVector.of(countries, values, rowExcluded);
    }

    LabeledVector productVector(double[] values) {
      List<Exclusion> asRows = new ArrayList<>();
      for (Exclusion e : columnExcluded) {
        asRows.add(new Exclusion(Exclusion.Axis.ROW, e.label(), e.reason()));
      }
      return LabeledVector.of(products, values, asRows);
    }

    List<Exclusion> all() {
      List<Exclusion> all = new ArrayList<>(rowExcluded);
      all.addAll(columnExcluded);
      return all;
    }

    /** y = S x with S = D_p^-1/2 Mᵀ D_c^-1 M D_p^-1/2. */
    void apply(double[] x, double[] y, double[] rootKp, double[] work) {
      for (int c = 0; c < nc(); c++) {
        double s = 0;
        for (int p : productsOf[c]) {
          s += x[p] / rootKp[p];
        }
        work[c] = s / kc[c];
      }
      for (int p = 0; p < np(); p++) {
        double s = 0;
        for (int c : countriesOf[p]) {
          s += work[c];
        }
        y[p] = s / rootKp[p];
      }
    }
  }

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

  private static ComplexityIndices eigenvector(Presence m, Normalization normalization) {
    int np = m.np();
    int nc = m.nc();
    m.requireTwoOfEach();
    double[] rootKp = new double[np];
    double[] trivial = new double[np];
    for (int p = 0; p < np; p++) {
      rootKp[p] = Math.sqrt(m.kp[p]);
      trivial[p] = rootKp[p];
    }
    normalize(trivial);
    int steps = Math.min(MAX_LANCZOS, np - 1);
    double[][] q = new double[steps + 1][];
    double[] alpha = new double[steps];
    double[] beta = new double[steps];
    double[] work = new double[nc];
    double[] start = new double[np];
    for (int p = 0; p < np; p++) {
      // deterministic, not orthogonal to any structured vector
      start[p] = 1.0 + 0.5 * Math.sin(1.0 + p * 0.7548776662466927) + m.kp[p] / nc;
    }
    double theta = 0;
    double[] ritz = new double[np];
    int used = 0;
    for (int restart = 0; restart < MAX_RESTARTS; restart++) {
      double[] q0 = start.clone();
      orthogonalize(q0, trivial);
      orthogonalize(q0, trivial);
      if (normalize(q0) == 0) {
        throw new UndefinedIndicatorException(
            "ECI is undefined: the product operator has no eigenvector besides the trivial one");
      }
      q[0] = q0;
      int m2 = steps;
      double lastBeta = 0;
      for (int j = 0; j < steps; j++) {
        double[] w = new double[np];
        m.apply(q[j], w, rootKp, work);
        used++;
        alpha[j] = dot(q[j], w);
        for (int pass = 0; pass < 2; pass++) {
          orthogonalize(w, trivial);
          for (int i = 0; i <= j; i++) {
            orthogonalize(w, q[i]);
          }
        }
        double b = Math.sqrt(dot(w, w));
        beta[j] = b;
        if (b <= 1e-13 || j == steps - 1) {
          m2 = j + 1;
          lastBeta = j == steps - 1 ? b : 0;
          break;
        }
        for (int p = 0; p < np; p++) {
          w[p] /= b;
        }
        q[j + 1] = w;
      }
      double[][] t = new double[m2][m2];
      for (int i = 0; i < m2; i++) {
        t[i][i] = alpha[i];
        if (i + 1 < m2) {
          t[i][i + 1] = beta[i];
          t[i + 1][i] = beta[i];
        }
      }
      double[][] vectors = new double[m2][m2];
      double[] values = jacobi(t, vectors);
      int best = 0;
      for (int i = 1; i < m2; i++) {
        if (values[i] > values[best]) {
          best = i;
        }
      }
      theta = values[best];
      Arrays.fill(ritz, 0);
      for (int i = 0; i < m2; i++) {
        double s = vectors[i][best];
        for (int p = 0; p < np; p++) {
          ritz[p] += s * q[i][p];
        }
      }
      normalize(ritz);
      double residual = Math.abs(lastBeta * vectors[m2 - 1][best]);
      if (residual <= 1e-12) {
        break;
      }
      start = ritz.clone();
    }
    if (!(theta > 1e-12)) {
      throw new UndefinedIndicatorException(
          "ECI is undefined: the second eigenvalue of M̃ is 0 (all countries have the same"
              + " basket structure)");
    }
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
    Presence m = new Presence(presence);
    int nc = m.nc();
    int np = m.np();
    m.requireTwoOfEach();
    double[] kc = m.kc.clone();
    double[] kp = m.kp.clone();
    for (int n = 0; n < iterations; n++) {
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
    }
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
    return new ComplexityIndices(m.countryVector(kc), m.productVector(kp), Double.NaN, iterations);
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
    Presence m = new Presence(presence);
    return LabeledMatrix.of(m.products, m.products, proximity(m), productExclusionsBothAxes(m));
  }

  private static List<Exclusion> productExclusionsBothAxes(Presence m) {
    List<Exclusion> out = new ArrayList<>();
    for (Exclusion e : m.columnExcluded) {
      out.add(new Exclusion(Exclusion.Axis.ROW, e.label(), e.reason()));
      out.add(e);
    }
    return out;
  }

  private static double[] proximity(Presence m) {
    int np = m.np();
    double[] co = new double[np * np];
    for (int c = 0; c < m.nc(); c++) {
      int[] list = m.productsOf[c];
      for (int a : list) {
        int row = a * np;
        for (int b : list) {
          co[row + b] += 1;
        }
      }
    }
    for (int a = 0; a < np; a++) {
      for (int b = 0; b < np; b++) {
        co[a * np + b] /= Math.max(m.kp[a], m.kp[b]);
      }
    }
    return co;
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
    Presence m = new Presence(presence);
    return LabeledMatrix.of(m.countries, m.products, density(m, proximity(m)), m.all());
  }

  private static double[] density(Presence m, double[] phi) {
    int np = m.np();
    int nc = m.nc();
    double[] rowSum = new double[np];
    for (int p = 0; p < np; p++) {
      double s = 0;
      for (int q = 0; q < np; q++) {
        s += phi[p * np + q];
      }
      rowSum[p] = s;
    }
    double[] omega = new double[nc * np];
    for (int c = 0; c < nc; c++) {
      for (int q : m.productsOf[c]) {
        for (int p = 0; p < np; p++) {
          omega[c * np + p] += phi[p * np + q];
        }
      }
      for (int p = 0; p < np; p++) {
        omega[c * np + p] /= rowSum[p];
      }
    }
    return omega;
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
   */
  public static LabeledVector coi(LabeledMatrix presence) {
    Presence m = new Presence(presence);
    double[] pci = pciArray(m);
    double[] omega = density(m, proximity(m));
    int np = m.np();
    double[] coi = new double[m.nc()];
    for (int c = 0; c < m.nc(); c++) {
      double s = 0;
      for (int p = 0; p < np; p++) {
        if (!m.has(c, p)) {
          s += omega[c * np + p] * pci[p];
        }
      }
      coi[c] = s;
    }
    return m.countryVector(coi);
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
    Presence m = new Presence(presence);
    double[] pci = pciArray(m);
    double[] phi = proximity(m);
    double[] omega = density(m, phi);
    int np = m.np();
    int nc = m.nc();
    double[] columnSum = new double[np];
    for (int q = 0; q < np; q++) {
      for (int p = 0; p < np; p++) {
        columnSum[q] += phi[p * np + q];
      }
    }
    double[] cog = new double[nc * np];
    double[] weight = new double[np];
    for (int c = 0; c < nc; c++) {
      for (int q = 0; q < np; q++) {
        weight[q] = m.has(c, q) ? 0 : pci[q] / columnSum[q];
      }
      for (int p = 0; p < np; p++) {
        double s = 0;
        for (int q = 0; q < np; q++) {
          s += phi[p * np + q] * weight[q];
        }
        cog[c * np + p] = s - (1 - omega[c * np + p]) * pci[p];
      }
    }
    return LabeledMatrix.of(m.countries, m.products, cog, m.all());
  }

  private static double[] pciArray(Presence m) {
    LabeledVector pci = eigenvector(m, Normalization.ATLAS).pci();
    return pci.toArray();
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
    return prodyWithShares(exports, incomePerCapita).prody();
  }

  /** PRODY and, per column of the exports, its position in the PRODY vector or -1. */
  private static final class Prody {
    private final LabeledVector prody;
    private final int[] index;

    Prody(LabeledVector prody, int[] index) {
      this.prody = prody;
      this.index = index;
    }

    LabeledVector prody() {
      return prody;
    }

    int[] prodyIndex() {
      return index;
    }
  }

  private static Prody prodyWithShares(LabeledMatrix exports, LabeledVector income) {
    Objects.requireNonNull(exports, "exports");
    Objects.requireNonNull(income, "incomePerCapita");
    Checks.nonNegative("exports", exports);
    for (int i = 0; i < income.size(); i++) {
      if (!(income.get(i) > 0)) {
        throw new IllegalArgumentException(
            "incomePerCapita of "
                + income.labels().get(i)
                + " = "
                + income.get(i)
                + ": expected a positive number");
      }
    }
    int rows = exports.rowCount();
    int cols = exports.columnCount();
    double[] x = exports.toArray();
    double[] shares = new double[rows * cols];
    List<Exclusion> excluded = new ArrayList<>();
    List<Integer> withIncome = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      String label = exports.rowLabels().get(r);
      double total = Sums.sum(x, r * cols, (r + 1) * cols);
      if (total == 0) {
        continue;
      }
      for (int c = 0; c < cols; c++) {
        shares[r * cols + c] = x[r * cols + c] / total;
      }
      if (income.contains(label)) {
        withIncome.add(r);
      } else {
        excluded.add(new Exclusion(Exclusion.Axis.ROW, label, "no income per capita given"));
      }
    }
    List<String> labels = new ArrayList<>();
    double[] prody = new double[cols];
    int[] index = new int[cols];
    int n = 0;
    double[] weights = new double[withIncome.size()];
    double[] terms = new double[withIncome.size()];
    for (int c = 0; c < cols; c++) {
      for (int i = 0; i < weights.length; i++) {
        weights[i] = shares[withIncome.get(i) * cols + c];
      }
      double denominator = Sums.sum(weights);
      if (denominator == 0) {
        index[c] = -1;
        excluded.add(
            new Exclusion(
                Exclusion.Axis.COLUMN,
                exports.columnLabels().get(c),
                "no country with an income per capita exports it"));
        continue;
      }
      for (int i = 0; i < weights.length; i++) {
        terms[i] = weights[i] / denominator * income.get(exports.rowLabels().get(withIncome.get(i)));
      }
      index[c] = n;
      prody[n++] = Sums.sum(terms);
      labels.add(exports.columnLabels().get(c));
    }
    List<Exclusion> asRows = new ArrayList<>();
    for (Exclusion e : excluded) {
      if (e.axis() == Exclusion.Axis.COLUMN) {
        asRows.add(new Exclusion(Exclusion.Axis.ROW, e.label(), e.reason()));
      }
    }
    return new Prody(LabeledVector.of(labels, Arrays.copyOf(prody, n), asRows), index);
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
    Prody p = prodyWithShares(exports, incomePerCapita);
    int rows = exports.rowCount();
    int cols = exports.columnCount();
    double[] x = exports.toArray();
    List<String> labels = new ArrayList<>();
    List<Exclusion> excluded = new ArrayList<>();
    double[] out = new double[rows];
    int n = 0;
    for (int r = 0; r < rows; r++) {
      double[] kept = new double[cols];
      double[] prody = new double[cols];
      int k = 0;
      for (int c = 0; c < cols; c++) {
        if (p.prodyIndex()[c] >= 0) {
          kept[k] = x[r * cols + c];
          prody[k++] = p.prody().get(p.prodyIndex()[c]);
        }
      }
      double total = Sums.sum(kept, 0, k);
      String label = exports.rowLabels().get(r);
      if (total == 0) {
        excluded.add(
            new Exclusion(Exclusion.Axis.ROW, label, "exports in products with a PRODY are zero"));
        continue;
      }
      double[] terms = new double[k];
      for (int i = 0; i < k; i++) {
        terms[i] = kept[i] / total * prody[i];
      }
      out[n++] = Sums.sum(terms);
      labels.add(label);
    }
    return LabeledVector.of(labels, Arrays.copyOf(out, n), excluded);
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
    return fitness(presence, iterations, 1.0);
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
    if (!(gamma > 0) || Double.isInfinite(gamma)) {
      throw new IllegalArgumentException("gamma = " + gamma + ": expected a positive finite number");
    }
    if (iterations < 1 || iterations > 10_000) {
      throw new IllegalArgumentException("iterations = " + iterations + ": expected 1 to 10000");
    }
    Presence m = new Presence(presence);
    int nc = m.nc();
    int np = m.np();
    if (nc == 0 || np == 0) {
      throw new UndefinedIndicatorException(
          "fitness is undefined: no country with positive diversity");
    }
    double[] f = new double[nc];
    double[] q = new double[np];
    Arrays.fill(f, 1);
    Arrays.fill(q, 1);
    for (int n = 0; n < iterations; n++) {
      double[] nf = new double[nc];
      double[] nq = new double[np];
      for (int c = 0; c < nc; c++) {
        double s = 0;
        for (int p : m.productsOf[c]) {
          s += q[p];
        }
        nf[c] = s;
      }
      for (int p = 0; p < np; p++) {
        double s = 0;
        for (int c : m.countriesOf[p]) {
          s += gamma == 1.0 ? 1 / f[c] : Math.pow(f[c], -gamma);
        }
        nq[p] = 1 / s;
      }
      scaleToMeanOne(nf);
      scaleToMeanOne(nq);
      f = nf;
      q = nq;
    }
    for (double x : f) {
      if (!Double.isFinite(x)) {
        throw new UndefinedIndicatorException(
            "fitness is undefined: the values left the range of double after "
                + iterations
                + " iterations (use fewer iterations or a smaller gamma)");
      }
    }
    return new ComplexityFitness(m.countryVector(f), m.productVector(q));
  }

  private static void scaleToMeanOne(double[] v) {
    double mean = mean(v);
    for (int i = 0; i < v.length; i++) {
      v[i] /= mean;
    }
  }

  // --- small dense helpers

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double normalize(double[] v) {
    double n = Math.sqrt(dot(v, v));
    if (n > 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] /= n;
      }
    }
    return n;
  }

  /** Removes from v its component along the unit vector u. */
  private static void orthogonalize(double[] v, double[] u) {
    double d = dot(v, u);
    for (int i = 0; i < v.length; i++) {
      v[i] -= d * u[i];
    }
  }

  private static double mean(double[] v) {
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

  /**
   * Eigenvalues of a small symmetric matrix by cyclic Jacobi rotations; fills {@code vectors} with
   * the eigenvectors as columns. {@code a} is overwritten.
   */
  static double[] jacobi(double[][] a, double[][] vectors) {
    int n = a.length;
    for (int i = 0; i < n; i++) {
      Arrays.fill(vectors[i], 0);
      vectors[i][i] = 1;
    }
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          off += a[i][j] * a[i][j];
        }
      }
      if (off < 1e-30) {
        break;
      }
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          if (Math.abs(a[p][q]) < 1e-300) {
            continue;
          }
          double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) {
            t = 1;
          }
          double c = 1 / Math.sqrt(t * t + 1);
          double s = t * c;
          for (int k = 0; k < n; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
          }
          for (int k = 0; k < n; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
          }
          for (int k = 0; k < n; k++) {
            double vkp = vectors[k][p];
            double vkq = vectors[k][q];
            vectors[k][p] = c * vkp - s * vkq;
            vectors[k][q] = s * vkp + c * vkq;
          }
        }
      }
    }
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = a[i][i];
    }
    return values;
  }
}
