package io.github.digitrade.calc;

import io.github.digitrade.model.CurrencyMismatchException;
import io.github.digitrade.model.MirrorPair;
import io.github.digitrade.model.Money;
import io.github.digitrade.model.TradeFlows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Indicators of a pair of economies: trade intensity, trade complementarity, export similarity and
 * mirror asymmetry.
 *
 * <p>Notation: {@code x_ij} exports of {@code i} to {@code j}, {@code X_i} total exports of {@code
 * i}, {@code M_j} total imports of {@code j}, {@code M_w} world imports. Values are trade values in
 * one currency and unit, finite and ≥ 0. Complementarity and similarity are indices from 0 to 100;
 * the others are unit-free ratios. Sums over products are compensated ({@link Sums}).
 *
 * <pre>{@code
 * Bilateral.tradeIntensity(20, 100, 50, 1000);   // (20/100)/(50/1000) = 4.0
 * Bilateral.exportSimilarity(new double[] {60, 40}, new double[] {30, 70});  // 100·(0.3 + 0.4) = 70
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Bilateral {

  private Bilateral() {}

  /**
   * Returns the trade intensity index {@code (x_ij / X_i) / (M_j / M_w)} with world imports including
   * the reporter (WITS, {@link WorldImports#INCLUDING_REPORTER}): above 1, {@code i} exports more to
   * {@code j} than {@code j}'s weight in world imports would suggest.
   *
   * <p>Example: {@code x_ij = 20, X_i = 100, M_j = 50, M_w = 1000}: {@code 0.2/0.05 = 4}.
   *
   * @param exportsToPartner {@code x_ij}, a finite number ≥ 0
   * @param exports {@code X_i}, total exports of the reporter, a finite number ≥ 0
   * @param partnerImports {@code M_j}, total imports of the partner, a finite number ≥ 0
   * @param worldImports {@code M_w}, a finite number ≥ 0
   * @return the index, ≥ 0
   * @throws IllegalArgumentException if a value is negative or not finite
   * @throws UndefinedIndicatorException if {@code X_i}, {@code M_j} or {@code M_w} is zero
   */
  public static double tradeIntensity(
      double exportsToPartner, double exports, double partnerImports, double worldImports) {
    Checks.nonNegative("exportsToPartner", exportsToPartner);
    Checks.nonNegative("exports", exports);
    Checks.nonNegative("partnerImports", partnerImports);
    Checks.nonNegative("worldImports", worldImports);
    if (exports == 0) {
      throw new UndefinedIndicatorException(
          "trade intensity is undefined: total exports of the reporter X_i = 0");
    }
    if (partnerImports == 0) {
      throw new UndefinedIndicatorException(
          "trade intensity is undefined: total imports of the partner M_j = 0");
    }
    if (worldImports == 0) {
      throw new UndefinedIndicatorException("trade intensity is undefined: world imports M_w = 0");
    }
    return (exportsToPartner / exports) / (partnerImports / worldImports);
  }

  /**
   * Returns the trade intensity index under a world-imports convention: {@code (x_ij / X_i) / (M_j /
   * M_w)} or, excluding the reporter, {@code (x_ij / X_i) / (M_j / (M_w − M_i))} (ESCAP APTIAD).
   *
   * <p>Example: {@code x_ij = 20, X_i = 100, M_j = 50, M_w = 1000, M_i = 80}: including 4.0; excluding
   * {@code 0.2/(50/920) = 3.68}.
   *
   * @param exportsToPartner {@code x_ij}, a finite number ≥ 0
   * @param exports {@code X_i}, a finite number ≥ 0
   * @param partnerImports {@code M_j}, a finite number ≥ 0
   * @param worldImports {@code M_w}, a finite number ≥ 0
   * @param reporterImports {@code M_i}, the reporter's own imports, a finite number from 0 to {@code
   *     M_w}; ignored (but checked) when the convention includes the reporter
   * @param convention whether {@code M_w} includes the reporter, not null
   * @return the index, ≥ 0
   * @throws IllegalArgumentException if a value is negative or not finite, or {@code M_i > M_w}
   * @throws UndefinedIndicatorException if {@code X_i}, {@code M_j} or the world imports used is zero
   */
  public static double tradeIntensity(
      double exportsToPartner,
      double exports,
      double partnerImports,
      double worldImports,
      double reporterImports,
      WorldImports convention) {
    Objects.requireNonNull(convention, "convention");
    Checks.nonNegative("worldImports", worldImports);
    Checks.nonNegative("reporterImports", reporterImports);
    if (reporterImports > worldImports) {
      throw new IllegalArgumentException(
          "reporterImports = "
              + reporterImports
              + ": expected a number ≤ worldImports = "
              + worldImports);
    }
    if (convention == WorldImports.INCLUDING_REPORTER) {
      return tradeIntensity(exportsToPartner, exports, partnerImports, worldImports);
    }
    double others = worldImports - reporterImports;
    if (others == 0) {
      throw new UndefinedIndicatorException(
          "trade intensity is undefined: world imports excluding the reporter M_w − M_i = 0");
    }
    return tradeIntensity(exportsToPartner, exports, partnerImports, others);
  }

  /**
   * Returns the trade intensity matrix (reporters × partners) with world imports including the
   * reporter (WITS).
   *
   * @param exports {@code x_ij}, exports of each reporter (row) to each partner (column), cells ≥ 0,
   *     not null
   * @param imports {@code M_j}, total imports of every economy, values ≥ 0, with a value for each
   *     partner, not null
   * @return the index per reporter and partner, never null
   * @throws IllegalArgumentException if a value is negative or a partner has no imports value
   * @see #tradeIntensity(LabeledMatrix, LabeledVector, WorldImports)
   */
  public static LabeledMatrix tradeIntensity(LabeledMatrix exports, LabeledVector imports) {
    return tradeIntensity(exports, imports, WorldImports.INCLUDING_REPORTER);
  }

  /**
   * Returns the trade intensity matrix (reporters × partners).
   *
   * <p>{@code X_i} is the row total of {@code exports} (so the columns should cover all partners,
   * the rest of the world included), {@code M_j} is {@code imports.get(j)}, and {@code M_w} is the
   * sum of all values of {@code imports}; both totals are compensated sums. With these totals {@code
   * Σ_j (M_j / M_w)·TII_ij = 1} for every reporter under {@link WorldImports#INCLUDING_REPORTER}.
   * Every cell equals the scalar {@link #tradeIntensity(double, double, double, double, double,
   * WorldImports)} of the same numbers bit for bit. Reporters with no exports (or, excluding the
   * reporter, with {@code M_w − M_i = 0}) and partners with no imports are excluded and listed.
   *
   * @param exports {@code x_ij}, cells ≥ 0, not null
   * @param imports {@code M_j} of every economy, values ≥ 0, not null; must have a value for each
   *     partner, and for each reporter when the convention excludes it
   * @param convention whether {@code M_w} includes the reporter, not null
   * @return the index per reporter and partner, never null
   * @throws IllegalArgumentException if a value is negative or a needed imports value is missing
   */
  public static LabeledMatrix tradeIntensity(
      LabeledMatrix exports, LabeledVector imports, WorldImports convention) {
    Checks.nonNegative("exports", exports);
    Checks.nonNegative("imports", imports);
    Objects.requireNonNull(convention, "convention");
    double world = Sums.sum(imports.toArray());
    int rows = exports.rowCount();
    int cols = exports.columnCount();
    double[] v = exports.toArray();
    List<Exclusion> excluded = new ArrayList<>(exports.excluded());
    List<String> keptColumns = new ArrayList<>();
    List<Integer> columnIndex = new ArrayList<>();
    double[] partnerImports = new double[cols];
    for (int c = 0; c < cols; c++) {
      String partner = exports.columnLabels().get(c);
      partnerImports[c] = required(imports, partner, "partner");
      if (partnerImports[c] == 0) {
        excluded.add(
            new Exclusion(
                Exclusion.Axis.COLUMN,
                partner,
                "trade intensity is undefined: total imports of the partner M_j = 0"));
      } else {
        keptColumns.add(partner);
        columnIndex.add(c);
      }
    }
    List<String> keptRows = new ArrayList<>();
    double[] out = new double[rows * keptColumns.size()];
    int k = 0;
    for (int r = 0; r < rows; r++) {
      String reporter = exports.rowLabels().get(r);
      double total = Sums.sum(v, r * cols, (r + 1) * cols);
      double own =
          convention == WorldImports.EXCLUDING_REPORTER ? required(imports, reporter, "reporter") : 0;
      String reason = null;
      if (total == 0) {
        reason = "trade intensity is undefined: total exports of the reporter X_i = 0";
      } else if (convention == WorldImports.EXCLUDING_REPORTER && world - own == 0) {
        reason = "trade intensity is undefined: world imports excluding the reporter M_w − M_i = 0";
      }
      if (reason != null) {
        excluded.add(new Exclusion(Exclusion.Axis.ROW, reporter, reason));
        continue;
      }
      keptRows.add(reporter);
      for (int c : columnIndex) {
        out[k++] = tradeIntensity(v[r * cols + c], total, partnerImports[c], world, own, convention);
      }
    }
    return LabeledMatrix.of(keptRows, keptColumns, Arrays.copyOf(out, k), excluded);
  }

  private static double required(LabeledVector imports, String label, String role) {
    if (!imports.contains(label)) {
      throw new IllegalArgumentException(
          "imports has no value for "
              + role
              + " "
              + label
              + ": expected total imports of every "
              + role);
    }
    return imports.get(label);
  }

  /**
   * Returns Michaely's trade complementarity index {@code 100·(1 − Σ_k |m_jk − x_ik| / 2)}, where
   * {@code x_ik} are the shares of product {@code k} in {@code i}'s exports and {@code m_jk} in
   * {@code j}'s imports (Michaely 1996, "Trade preferential agreements in Latin America: an ex-ante
   * assessment", World Bank WP 1583; WITS). 100 when {@code i}'s export structure matches {@code j}'s
   * import structure exactly, 0 when they share no product.
   *
   * <p>Example: {@code x = {60, 40}}, {@code m = {30, 70}}: shares {@code {0.6, 0.4}} and {@code
   * {0.3, 0.7}}, {@code 100·(1 − (0.3 + 0.3)/2) = 70}.
   *
   * @param exportsOfI {@code i}'s exports by product, finite numbers ≥ 0, not empty, not null
   * @param importsOfJ {@code j}'s imports of the same products, same length, not null
   * @return the index, from 0 to 100
   * @throws IllegalArgumentException if a value is bad or the lengths differ
   * @throws UndefinedIndicatorException if either side is all zero
   */
  public static double complementarity(double[] exportsOfI, double[] importsOfJ) {
    Checks.sameLength("exportsOfI", exportsOfI, "importsOfJ", importsOfJ);
    double[] x = Shares.of("exportsOfI", exportsOfI, "trade complementarity index is");
    double[] m = Shares.of("importsOfJ", importsOfJ, "trade complementarity index is");
    return Math.max(0.0, 100 * (1 - Concentration.halfAbsoluteDifference(m, x)));
  }

  /**
   * Returns the complementarity index of a pair given as labelled vectors of products; products are
   * the union of both labels (missing = 0), in the order exports then imports, and the result equals
   * {@link #complementarity(double[], double[])} of the aligned arrays bit for bit.
   *
   * @param exportsOfI {@code i}'s exports by product, values ≥ 0, not null
   * @param importsOfJ {@code j}'s imports by product, values ≥ 0, not null
   * @return the index, from 0 to 100
   * @throws IllegalArgumentException if a value is negative or both are empty
   * @throws UndefinedIndicatorException if either side is all zero
   */
  public static double complementarity(LabeledVector exportsOfI, LabeledVector importsOfJ) {
    Checks.nonNegative("exportsOfI", exportsOfI);
    Checks.nonNegative("importsOfJ", importsOfJ);
    double[][] aligned = align(exportsOfI, importsOfJ);
    return complementarity(aligned[0], aligned[1]);
  }

  /** The two vectors' values over the union of their labels, missing values 0. */
  static double[][] align(LabeledVector a, LabeledVector b) {
    Set<String> labels = new LinkedHashSet<>(a.labels());
    labels.addAll(b.labels());
    double[] x = new double[labels.size()];
    double[] y = new double[labels.size()];
    int i = 0;
    for (String l : labels) {
      x[i] = a.contains(l) ? a.get(l) : 0;
      y[i] = b.contains(l) ? b.get(l) : 0;
      i++;
    }
    return new double[][] {x, y};
  }

  /**
   * Returns the Finger-Kreinin export similarity index {@code 100·Σ_k min(x_ak, x_bk)}, where {@code
   * x_ak} is the share of product {@code k} in {@code a}'s exports (Finger and Kreinin 1979, "A
   * measure of 'export similarity' and its possible uses", Economic Journal 89). From 0 (no common
   * product) to 100 (identical structure); symmetric in {@code a} and {@code b}.
   *
   * <p>Example: {@code a = {60, 40}}, {@code b = {30, 70}}: {@code 100·(min(0.6, 0.3) + min(0.4,
   * 0.7)) = 70}.
   *
   * @param a exporter a's exports by product, finite numbers ≥ 0, not empty, not null
   * @param b exporter b's exports of the same products (often to the same market), same length
   * @return the index, from 0 to 100
   * @throws IllegalArgumentException if a value is bad or the lengths differ
   * @throws UndefinedIndicatorException if either exporter's values are all zero
   */
  public static double exportSimilarity(double[] a, double[] b) {
    Checks.sameLength("a", a, "b", b);
    double[] sa = Shares.of("a", a, "export similarity index is");
    double[] sb = Shares.of("b", b, "export similarity index is");
    double[] min = new double[sa.length];
    for (int i = 0; i < min.length; i++) {
      min[i] = Math.min(sa[i], sb[i]);
    }
    return Math.min(100.0, 100 * Sums.sum(min));
  }

  /**
   * Returns the export similarity index of every pair of exporters (rows) of an export matrix:
   * a symmetric matrix with the exporters as both rows and columns. Exporters with no exports are
   * excluded (as a row and as a column) and listed. Each cell equals {@link
   * #exportSimilarity(double[], double[])} of the two rows bit for bit.
   *
   * @param exports exports by exporter (rows) and product (columns), cells ≥ 0, not null
   * @return the pairwise index, from 0 to 100, never null
   * @throws IllegalArgumentException if a cell is negative
   */
  public static LabeledMatrix exportSimilarity(LabeledMatrix exports) {
    Checks.nonNegative("exports", exports);
    int cols = exports.columnCount();
    double[] v = exports.toArray();
    List<String> kept = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    List<Exclusion> excluded = new ArrayList<>(exports.excluded());
    String reason = "export similarity index is undefined: total exports = 0";
    for (int r = 0; r < exports.rowCount(); r++) {
      double[] row = Panels.row(v, cols, r);
      String label = exports.rowLabels().get(r);
      if (Sums.sum(row) == 0) {
        excluded.add(new Exclusion(Exclusion.Axis.ROW, label, reason));
        excluded.add(new Exclusion(Exclusion.Axis.COLUMN, label, reason));
      } else {
        kept.add(label);
        rows.add(row);
      }
    }
    int n = kept.size();
    double[] out = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        double s = exportSimilarity(rows.get(i), rows.get(j));
        out[i * n + j] = s;
        out[j * n + i] = s;
      }
    }
    return LabeledMatrix.of(kept, kept, out, excluded);
  }

  /**
   * Returns the mirror asymmetry {@code (X_ij − M_ji) / ((X_ij + M_ji) / 2)}: the gap between what
   * {@code i} reports exporting to {@code j} and what {@code j} reports importing from {@code i},
   * relative to their mean. Imports are usually valued CIF and exports FOB, so a small negative
   * value (imports higher by freight and insurance, often 5–10%) is expected.
   *
   * <p>Example: {@code X_ij = 95, M_ji = 105}: {@code −10/100 = −0.1}.
   *
   * @param reportedExports {@code X_ij} as reported by the exporter, a finite number ≥ 0
   * @param mirrorImports {@code M_ji} as reported by the importer, a finite number ≥ 0
   * @return the asymmetry, from −2 to 2
   * @throws IllegalArgumentException if a value is negative or not finite
   * @throws UndefinedIndicatorException if both are zero
   */
  public static double mirrorAsymmetry(double reportedExports, double mirrorImports) {
    Checks.nonNegative("reportedExports", reportedExports);
    Checks.nonNegative("mirrorImports", mirrorImports);
    double sum = reportedExports + mirrorImports;
    if (sum == 0) {
      throw new UndefinedIndicatorException(
          "mirror asymmetry is undefined: both reported values X_ij and M_ji = 0");
    }
    // halve before adding only when the sum overflows
    double mean = Double.isInfinite(sum) ? reportedExports / 2 + mirrorImports / 2 : sum / 2;
    return (reportedExports - mirrorImports) / mean;
  }

  /**
   * Returns the trade intensity matrix from flows: {@code exports} pivoted by reporter and partner,
   * {@code imports} totalled by reporter (each economy's total imports), then {@link
   * #tradeIntensity(LabeledMatrix, LabeledVector, WorldImports)}.
   *
   * @param exports export flows, by reporter and partner, in one currency, not null
   * @param imports import flows of every economy (the world), same currency, not null
   * @param convention whether {@code M_w} includes the reporter, not null
   * @return the index per reporter and partner code, never null
   * @throws IllegalArgumentException if the flows mix currencies or a partner has no imports
   */
  public static LabeledMatrix tradeIntensity(
      TradeFlows exports, TradeFlows imports, WorldImports convention) {
    Objects.requireNonNull(exports, "exports");
    Objects.requireNonNull(imports, "imports");
    Objects.requireNonNull(convention, "convention");
    FlowPivot.requireOneCurrency(exports, imports);
    return tradeIntensity(
        FlowPivot.matrix(exports, FlowPivot.reporter(), FlowPivot.partner()),
        FlowPivot.vector(imports, FlowPivot.reporter()),
        convention);
  }

  /**
   * Returns the complementarity of {@code i}'s export flows with {@code j}'s import flows, by
   * product; equals {@link #complementarity(LabeledVector, LabeledVector)} of the pivoted flows.
   *
   * @param exportsOfI i's export flows, in one currency, not null
   * @param importsOfJ j's import flows, same currency, not null
   * @return the index, from 0 to 100
   * @throws IllegalArgumentException if the flows mix currencies
   * @throws UndefinedIndicatorException if either side is all zero
   */
  public static double complementarity(TradeFlows exportsOfI, TradeFlows importsOfJ) {
    Objects.requireNonNull(exportsOfI, "exportsOfI");
    Objects.requireNonNull(importsOfJ, "importsOfJ");
    FlowPivot.requireOneCurrency(exportsOfI, importsOfJ);
    return complementarity(
        FlowPivot.vector(exportsOfI, FlowPivot.product()),
        FlowPivot.vector(importsOfJ, FlowPivot.product()));
  }

  /**
   * Returns the pairwise export similarity of every reporter of export flows, by product; equals
   * {@link #exportSimilarity(LabeledMatrix)} of the pivoted flows.
   *
   * @param exports export flows, in one currency, not null
   * @return the pairwise index, never null
   * @throws IllegalArgumentException if the flows mix currencies
   */
  public static LabeledMatrix exportSimilarity(TradeFlows exports) {
    Objects.requireNonNull(exports, "exports");
    return exportSimilarity(FlowPivot.matrix(exports, FlowPivot.reporter(), FlowPivot.product()));
  }

  /**
   * Returns the mirror asymmetry of a mirror pair ({@code TradeFlows.mirror(...)}): {@link
   * #mirrorAsymmetry(double, double)} of its two reported values.
   *
   * @param pair the exporter's and the importer's reports, both present, not null
   * @return the asymmetry, from −2 to 2
   * @throws IllegalArgumentException if a side is missing or the sides differ in currency
   * @throws UndefinedIndicatorException if both values are zero
   */
  public static double mirrorAsymmetry(MirrorPair pair) {
    Objects.requireNonNull(pair, "pair");
    Money x =
        pair.exportReported()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "pair has no reported exports: expected both sides of the mirror pair"));
    Money m =
        pair.importReported()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "pair has no reported imports: expected both sides of the mirror pair"));
    CurrencyMismatchException.check("mirror pair", x.currency(), m.currency());
    return mirrorAsymmetry(x.amount().doubleValue(), m.amount().doubleValue());
  }
}
