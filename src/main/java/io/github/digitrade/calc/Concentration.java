package io.github.digitrade.calc;

import io.github.digitrade.model.TradeFlow;
import io.github.digitrade.model.TradeFlows;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * How concentrated a distribution of trade values is: over products (export concentration), over
 * partners (market concentration), or over any other items.
 *
 * <p>Every function takes the values themselves (not shares), finite numbers ≥ 0 in one currency
 * and unit; shares are computed inside with a compensated total ({@link Sums}). Results are unit-free
 * and on the 0–1 scale (HHI 0.25, not 2,500; multiplying by 10,000 is a display choice only).
 *
 * <p><b>Edge cases.</b> An empty array or a negative, NaN or infinite value is an {@link
 * IllegalArgumentException} naming the index; all values zero is an {@link
 * UndefinedIndicatorException} ({@code HHI is undefined: total of values = 0}). The {@code ...ByRow}
 * panel faces leave such rows out and list them in {@link LabeledVector#excluded()}; every row they
 * return equals the scalar function of that row bit for bit.
 *
 * <p><b>Rounding.</b> Each function sums {@code n} terms with Neumaier summation (error at most about
 * one rounding of the result plus {@code 2n·2^-106} of the sum of magnitudes, see {@link Sums}); the
 * results are accurate to a few units in the last place.
 *
 * <pre>{@code
 * double[] x = {50, 30, 20};
 * Concentration.hhi(x);                  // 0.25² + ... = 0.38
 * Concentration.concentrationRatio(x, 2); // 0.8
 * Concentration.entropy(x);              // 1.0297
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Concentration {

  private Concentration() {}

  /**
   * Returns the Herfindahl-Hirschman index {@code HHI = Σ s_k²}, {@code s_k = v_k / Σ v}, on the 0–1
   * scale (WITS Trade Indicators).
   *
   * <p>It is 1 when one item has everything and {@code 1/n} when {@code n} items have equal values;
   * it does not change when every value is multiplied by the same positive factor, nor when the items
   * are reordered. Example: {@code hhi({50, 30, 20}) = 0.5² + 0.3² + 0.2² = 0.38}.
   *
   * @param values the values, finite numbers ≥ 0, not null, not empty
   * @return the HHI, from {@code 1/n} to 1
   * @throws IllegalArgumentException if the array is empty or a value is negative or not finite
   * @throws UndefinedIndicatorException if every value is zero
   */
  public static double hhi(double[] values) {
    Objects.requireNonNull(values, "values");
    Checks.nonNegativeNotEmpty("values", values);
    return hhi(values, 0, values.length);
  }

  /**
   * The HHI of {@code v[from, to)}, whose values are already checked finite and non-negative and
   * which is not empty: the shares {@code v_k / Σ v} (the total by {@link Sums#sum(double[], int,
   * int)}) are squared and summed one by one with the compensation of {@link Sums#sum(double[])},
   * in the same order and with the same operations as that sum of an array of the squares, so the
   * result is the same bit for bit, without the arrays.
   *
   * @throws UndefinedIndicatorException if every value is zero
   */
  static double hhi(double[] v, int from, int to) {
    double total = Shares.total("values", v, from, to, "HHI is");
    double s = 0.0;
    double c = 0.0;
    for (int i = from; i < to; i++) {
      double share = v[i] / total;
      double x = share * share;
      double t = s + x;
      c += Sums.neumaierError(s, x, t);
      s = t;
    }
    return s + c;
  }

  /**
   * Returns the HHI of each row of a matrix: the concentration of each country's exports over
   * products, or of each reporter's exports over partners.
   *
   * <p>Rows whose values are all zero are excluded and listed with the reason. For every returned
   * row, {@code hhiByRow(m).get(c) == hhi(m.row(c).toArray())} exactly.
   *
   * @param values the values, cells ≥ 0, not null
   * @return the HHI per row, never null
   * @throws IllegalArgumentException if a cell is negative
   */
  public static LabeledVector hhiByRow(LabeledMatrix values) {
    Checks.nonNegative("values", values);
    if (values.columnCount() == 0) {
      // an empty row: hhi reports it
      return Panels.byRow(values, Concentration::hhi);
    }
    return Panels.byRowRange(values, Concentration::hhi);
  }

  /**
   * Returns the normalised HHI {@code (HHI − 1/n)/(1 − 1/n)}, where {@code n} is the number of items
   * with a positive value (as the R package concstats does), from 0 (equal values) to 1.
   *
   * <p>Example: {@code {50, 30, 20}}: {@code (0.38 − 1/3)/(1 − 1/3) = 0.07}.
   *
   * @param values the values, finite numbers ≥ 0, not null, not empty
   * @return the normalised HHI, from 0 to 1
   * @throws IllegalArgumentException if the array is empty or a value is negative or not finite
   * @throws UndefinedIndicatorException if every value is zero, or only one is positive ({@code 1 −
   *     1/n = 0})
   */
  public static double normalisedHhi(double[] values) {
    return normalisedHhi(values, HhiConvention.POSITIVE_LINES);
  }

  /**
   * Returns the normalised HHI {@code (HHI − 1/n)/(1 − 1/n)} with {@code n} counted by an explicit
   * convention: the positive lines (concstats) or every line passed in.
   *
   * <p>Example: {@code {50, 30, 20, 0}}: positive lines {@code (0.38 − 1/3)/(1 − 1/3) = 0.07}; all
   * lines {@code (0.38 − 1/4)/(1 − 1/4) = 0.13/0.75 = 0.17333…}.
   *
   * @param values the values, finite numbers ≥ 0, not null, not empty
   * @param convention how {@code n} is counted, not null
   * @return the normalised HHI, from 0 to 1
   * @throws IllegalArgumentException if the array is empty or a value is negative or not finite
   * @throws UndefinedIndicatorException if every value is zero, or {@code n = 1}
   */
  public static double normalisedHhi(double[] values, HhiConvention convention) {
    java.util.Objects.requireNonNull(convention, "convention");
    double hhi = hhi(values);
    int n = convention == HhiConvention.ALL_LINES ? values.length : positiveCount(values);
    if (n == 1) {
      throw new UndefinedIndicatorException(
          convention == HhiConvention.ALL_LINES
              ? "normalised HHI is undefined: n = 1 line (1 − 1/n = 0)"
              : "normalised HHI is undefined: only n = 1 value is positive (1 − 1/n = 0)");
    }
    double inverse = 1.0 / n;
    return (hhi - inverse) / (1 - inverse);
  }

  /**
   * Returns the normalised HHI of each row; rows where it is undefined are excluded and listed.
   *
   * @param values the values, cells ≥ 0, not null
   * @return the normalised HHI per row, never null
   * @throws IllegalArgumentException if a cell is negative
   */
  public static LabeledVector normalisedHhiByRow(LabeledMatrix values) {
    Checks.nonNegative("values", values);
    return Panels.byRow(values, Concentration::normalisedHhi);
  }

  /**
   * Returns the normalised HHI of each row with {@code n} counted by a convention; with {@link
   * HhiConvention#ALL_LINES}, {@code n} is the number of columns. Rows where it is undefined are
   * excluded and listed.
   *
   * @param values the values, cells ≥ 0, not null
   * @param convention how {@code n} is counted, not null
   * @return the normalised HHI per row, never null
   * @throws IllegalArgumentException if a cell is negative
   */
  public static LabeledVector normalisedHhiByRow(LabeledMatrix values, HhiConvention convention) {
    java.util.Objects.requireNonNull(convention, "convention");
    Checks.nonNegative("values", values);
    return Panels.byRow(values, row -> normalisedHhi(row, convention));
  }

  /**
   * Returns the UNCTAD concentration index {@code (√HHI − √(1/n))/(1 − √(1/n))}, where {@code n} is
   * the number of product lines of the classification (UNCTAD Handbook of Statistics, "Concentration
   * index"; UNCTADstat uses the 3-digit SITC Rev. 3 lines, n = 261). From 0 to 1.
   *
   * <p>Lines not passed in count as zero. Example: {@code {50, 30, 20}} with {@code n = 4}: {@code
   * (√0.38 − 0.5)/(1 − 0.5) = 0.2329}.
   *
   * @param values the values of the lines with trade, finite numbers ≥ 0, not null, not empty
   * @param productLines {@code n}, the number of lines of the classification, at least {@code
   *     values.length}
   * @return the index, from 0 to 1
   * @throws IllegalArgumentException if a value is bad or {@code productLines < values.length}
   * @throws UndefinedIndicatorException if every value is zero, or {@code productLines = 1}
   */
  public static double unctadConcentration(double[] values, int productLines) {
    double hhi = hhi(values);
    if (productLines < values.length) {
      throw new IllegalArgumentException(
          "productLines = "
              + productLines
              + ": expected at least the number of values, "
              + values.length);
    }
    if (productLines == 1) {
      throw new UndefinedIndicatorException(
          "UNCTAD concentration index is undefined: productLines n = 1 (1 − √(1/n) = 0)");
    }
    double root = Math.sqrt(1.0 / productLines);
    return (Math.sqrt(hhi) - root) / (1 - root);
  }

  /**
   * Returns the concentration ratio {@code CR_k}: the sum of the {@code k} largest shares. It does not
   * decrease as {@code k} grows, and {@code k ≥ n} gives 1 (within rounding).
   *
   * <p>Example: {@code {50, 30, 20}}, {@code k = 2}: {@code 0.5 + 0.3 = 0.8}.
   *
   * @param values the values, finite numbers ≥ 0, not null, not empty
   * @param k how many of the largest shares to add, at least 1
   * @return {@code CR_k}, from 0 to 1
   * @throws IllegalArgumentException if a value is bad or {@code k < 1}
   * @throws UndefinedIndicatorException if every value is zero
   */
  public static double concentrationRatio(double[] values, int k) {
    Checks.atLeast("k", k, 1);
    double[] s = Shares.of("values", values, "CR_k is");
    Arrays.sort(s);
    int from = Math.max(0, s.length - k);
    return Sums.sum(s, from, s.length);
  }

  /**
   * Returns {@code CR_k} of each row; rows whose values are all zero are excluded and listed.
   *
   * @param values the values, cells ≥ 0, not null
   * @param k how many of the largest shares to add, at least 1
   * @return {@code CR_k} per row, never null
   * @throws IllegalArgumentException if a cell is negative or {@code k < 1}
   */
  public static LabeledVector concentrationRatioByRow(LabeledMatrix values, int k) {
    Checks.nonNegative("values", values);
    Checks.atLeast("k", k, 1);
    return Panels.byRow(values, row -> concentrationRatio(row, k));
  }

  /**
   * Returns the Theil index with the default convention, {@link TheilConvention#ALL_LINES}.
   *
   * @param values one value per line of the classification, finite numbers ≥ 0, not null, not empty
   * @return the Theil index, from 0 (equal values) to {@code ln n}
   * @throws IllegalArgumentException if the array is empty or a value is negative or not finite
   * @throws UndefinedIndicatorException if every value is zero
   * @see #theil(double[], TheilConvention)
   */
  public static double theil(double[] values) {
    return theil(values, TheilConvention.ALL_LINES);
  }

  /**
   * Returns the Theil index {@code T = (1/n) Σ (x_k/μ) ln(x_k/μ)} with {@code μ = Σ x / n} and
   * {@code 0·ln 0 = 0}; {@code n} is chosen by the convention. Computed as {@code Σ s_k ln(n·s_k)}
   * (the same quantity, {@code s_k = x_k / Σ x}).
   *
   * <p>It is 0 exactly when the counted values are all equal and positive otherwise; a rounding
   * residue below zero is returned as 0. Example: {@code {3, 1, 0}}, all lines ({@code n = 3}):
   * {@code 0.75·ln 2.25 + 0.25·ln 0.75 = 0.5363}; positive lines ({@code n = 2}): {@code 0.75·ln 1.5
   * + 0.25·ln 0.5 = 0.1308}.
   *
   * @param values the values, finite numbers ≥ 0, not null, not empty
   * @param convention which lines count as {@code n}, not null
   * @return the Theil index, from 0 to {@code ln n}
   * @throws IllegalArgumentException if the array is empty or a value is negative or not finite
   * @throws UndefinedIndicatorException if every value is zero
   */
  public static double theil(double[] values, TheilConvention convention) {
    Objects.requireNonNull(convention, "convention");
    double[] s = Shares.of("values", values, "Theil index is");
    int n = convention == TheilConvention.ALL_LINES ? s.length : positiveCount(values);
    double[] terms = new double[s.length];
    for (int i = 0; i < s.length; i++) {
      terms[i] = s[i] == 0 ? 0 : s[i] * Math.log(n * s[i]);
    }
    return Math.max(0.0, Sums.sum(terms));
  }

  /**
   * Returns the Theil index of each row; rows whose values are all zero are excluded and listed.
   *
   * @param values the values, cells ≥ 0, not null
   * @param convention which lines count as {@code n}, not null
   * @return the Theil index per row, never null
   * @throws IllegalArgumentException if a cell is negative
   */
  public static LabeledVector theilByRow(LabeledMatrix values, TheilConvention convention) {
    Checks.nonNegative("values", values);
    Objects.requireNonNull(convention, "convention");
    return Panels.byRow(values, row -> theil(row, convention));
  }

  /**
   * Returns the Shannon entropy {@code H = −Σ s_k ln s_k} in nats (natural logarithm, {@code 0·ln 0
   * = 0}), from 0 (one item has everything) to {@code ln n} (equal values).
   *
   * <p>Example: {@code {50, 30, 20}}: {@code −(0.5 ln 0.5 + 0.3 ln 0.3 + 0.2 ln 0.2) = 1.0297}.
   *
   * @param values the values, finite numbers ≥ 0, not null, not empty
   * @return the entropy, from 0 to {@code ln n}
   * @throws IllegalArgumentException if the array is empty or a value is negative or not finite
   * @throws UndefinedIndicatorException if every value is zero
   */
  public static double entropy(double[] values) {
    double[] s = Shares.of("values", values, "entropy is");
    double[] terms = new double[s.length];
    for (int i = 0; i < s.length; i++) {
      terms[i] = s[i] == 0 ? 0 : -s[i] * Math.log(s[i]);
    }
    return Math.max(0.0, Sums.sum(terms));
  }

  /**
   * Returns the entropy of each row; rows whose values are all zero are excluded and listed.
   *
   * @param values the values, cells ≥ 0, not null
   * @return the entropy per row, never null
   * @throws IllegalArgumentException if a cell is negative
   */
  public static LabeledVector entropyByRow(LabeledMatrix values) {
    Checks.nonNegative("values", values);
    return Panels.byRow(values, Concentration::entropy);
  }

  /**
   * Returns the UNCTAD diversification index {@code Σ_k |h_ck − h_k| / 2}: how far a country's
   * export structure ({@code h_ck}, shares of its exports) is from the world's ({@code h_k}, shares of
   * world exports), from 0 (identical) to 1 (UNCTAD Handbook of Statistics; World Bank WDI).
   *
   * <p>Example: country {@code {80, 20}}, world {@code {50, 50}}: {@code (|0.8 − 0.5| + |0.2 −
   * 0.5|)/2 = 0.3}.
   *
   * @param country the country's exports per product, finite numbers ≥ 0, not null, not empty
   * @param world world exports per product (same products, same order), not null
   * @return the index, from 0 to 1
   * @throws IllegalArgumentException if a value is bad or the arrays differ in length
   * @throws UndefinedIndicatorException if either array is all zero
   */
  public static double unctadDiversification(double[] country, double[] world) {
    Checks.sameLength("country", country, "world", world);
    double[] h = Shares.of("country", country, "UNCTAD diversification index is");
    double[] w = Shares.of("world", world, "UNCTAD diversification index is");
    return halfAbsoluteDifference(h, w);
  }

  /** {@code Σ |a_k − b_k| / 2}, compensated. */
  static double halfAbsoluteDifference(double[] a, double[] b) {
    double[] d = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = Math.abs(a[i] - b[i]);
    }
    return Sums.sum(d) / 2;
  }

  private static int positiveCount(double[] values) {
    int n = 0;
    for (double v : values) {
      if (v > 0) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns the HHI of flows grouped by a key: with {@code FlowPivot.partner()} the partner
   * concentration of a reporter's exports, with {@code FlowPivot.product()} its product
   * concentration. The flows are pivoted ({@link FlowPivot#vector}) and passed to {@link
   * #hhi(double[])}, so the result equals that of the pivoted values bit for bit.
   *
   * <pre>{@code
   * Concentration.hhi(flows.reporter(chn).direction(FlowDirection.EXPORT), FlowPivot.partner());
   * }</pre>
   *
   * @param flows the flows, in one currency, not empty, not null
   * @param by the key to group by, not null
   * @return the HHI, from {@code 1/n} to 1
   * @throws IllegalArgumentException if there are no flows or they mix currencies
   * @throws UndefinedIndicatorException if every value is zero
   */
  public static double hhi(TradeFlows flows, Function<? super TradeFlow, String> by) {
    Objects.requireNonNull(flows, "flows");
    Objects.requireNonNull(by, "by");
    return hhi(FlowPivot.vector(flows, by).toArray());
  }

  /**
   * Returns the HHI of each row of flows pivoted by two keys, e.g. partner concentration of every
   * reporter: {@code hhiByRow(flows, FlowPivot.reporter(), FlowPivot.partner())}. Equals {@link
   * #hhiByRow(LabeledMatrix)} of the pivoted matrix bit for bit.
   *
   * @param flows the flows, in one currency, not null
   * @param row the key of a row, not null
   * @param item the key of the items whose concentration is measured, not null
   * @return the HHI per row, with zero rows excluded and listed, never null
   * @throws IllegalArgumentException if the flows mix currencies
   */
  public static LabeledVector hhiByRow(
      TradeFlows flows, Function<? super TradeFlow, String> row, Function<? super TradeFlow, String> item) {
    Objects.requireNonNull(flows, "flows");
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(item, "item");
    return hhiByRow(FlowPivot.matrix(flows, row, item));
  }

  /**
   * Returns the normalised HHI of flows grouped by a key; see {@link #normalisedHhi(double[])}.
   *
   * @param flows the flows, in one currency, not empty, not null
   * @param by the key to group by, not null
   * @return the normalised HHI, from 0 to 1
   * @throws IllegalArgumentException if there are no flows or they mix currencies
   * @throws UndefinedIndicatorException if fewer than two groups have a positive value
   */
  public static double normalisedHhi(TradeFlows flows, Function<? super TradeFlow, String> by) {
    Objects.requireNonNull(flows, "flows");
    Objects.requireNonNull(by, "by");
    return normalisedHhi(FlowPivot.vector(flows, by).toArray());
  }

  /**
   * Returns {@code CR_k} of flows grouped by a key; see {@link #concentrationRatio(double[], int)}.
   *
   * @param flows the flows, in one currency, not empty, not null
   * @param by the key to group by, not null
   * @param k how many of the largest shares to add, at least 1
   * @return {@code CR_k}, from 0 to 1
   * @throws IllegalArgumentException if there are no flows, they mix currencies, or {@code k < 1}
   * @throws UndefinedIndicatorException if every value is zero
   */
  public static double concentrationRatio(
      TradeFlows flows, Function<? super TradeFlow, String> by, int k) {
    Objects.requireNonNull(flows, "flows");
    Objects.requireNonNull(by, "by");
    return concentrationRatio(FlowPivot.vector(flows, by).toArray(), k);
  }

  /**
   * Returns the Theil index of flows grouped by a key; see {@link #theil(double[],
   * TheilConvention)}. Only groups that occur in the flows are lines: with {@link
   * TheilConvention#ALL_LINES}, add zero-valued lines through the primitive face.
   *
   * @param flows the flows, in one currency, not empty, not null
   * @param by the key to group by, not null
   * @param convention which lines count as {@code n}, not null
   * @return the Theil index
   * @throws IllegalArgumentException if there are no flows or they mix currencies
   * @throws UndefinedIndicatorException if every value is zero
   */
  public static double theil(
      TradeFlows flows, Function<? super TradeFlow, String> by, TheilConvention convention) {
    Objects.requireNonNull(flows, "flows");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(convention, "convention");
    return theil(FlowPivot.vector(flows, by).toArray(), convention);
  }

  /**
   * Returns the Shannon entropy of flows grouped by a key; see {@link #entropy(double[])}.
   *
   * @param flows the flows, in one currency, not empty, not null
   * @param by the key to group by, not null
   * @return the entropy in nats
   * @throws IllegalArgumentException if there are no flows or they mix currencies
   * @throws UndefinedIndicatorException if every value is zero
   */
  public static double entropy(TradeFlows flows, Function<? super TradeFlow, String> by) {
    Objects.requireNonNull(flows, "flows");
    Objects.requireNonNull(by, "by");
    return entropy(FlowPivot.vector(flows, by).toArray());
  }
}
