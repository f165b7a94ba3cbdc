package io.github.digitrade.calc;

import io.github.digitrade.model.FlowDirection;
import io.github.digitrade.model.Partner;
import io.github.digitrade.model.TradeFlows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Intra-industry trade: the Grubel-Lloyd index of how much of a country's trade in a product is
 * two-way (Grubel and Lloyd 1975, <i>Intra-Industry Trade</i>, Macmillan).
 *
 * <p>Exports {@code X_k} and imports {@code M_k} of the same products, in one currency and unit,
 * finite and ≥ 0. Results are unit-free, from 0 (one-way trade) to 1 (exports equal imports), and
 * symmetric in exports and imports. Array sums are compensated ({@link Sums}; error about one
 * rounding of each total).
 *
 * <pre>{@code
 * IntraIndustry.grubelLloyd(60, 40);                    // 1 − 20/100 = 0.8
 * IntraIndustry.aggregate(new double[] {60, 10}, new double[] {40, 90});  // 1 − 100/200 = 0.5
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class IntraIndustry {

  private IntraIndustry() {}

  /**
   * Returns the product Grubel-Lloyd index {@code 1 − |X − M| / (X + M)}.
   *
   * @param exports {@code X_k}, a finite number ≥ 0
   * @param imports {@code M_k}, a finite number ≥ 0
   * @return the index, from 0 to 1
   * @throws IllegalArgumentException if a value is negative or not finite
   * @throws UndefinedIndicatorException if {@code X + M = 0}
   */
  public static double grubelLloyd(double exports, double imports) {
    Checks.nonNegative("exports", exports);
    Checks.nonNegative("imports", imports);
    double total = exports + imports;
    if (total == 0) {
      throw new UndefinedIndicatorException(
          "Grubel-Lloyd index is undefined: exports + imports X + M = 0");
    }
    return 1 - Math.abs(exports - imports) / total;
  }

  /**
   * Returns the product Grubel-Lloyd index for each product traded between a pair (a reporter's
   * exports to and imports from one partner). Products are the union of both vectors' labels, in
   * the order exports then imports; a product missing from one side counts as 0 there. Products with
   * no trade either way are excluded and listed. Each value equals {@link #grubelLloyd(double,
   * double)} of that product bit for bit.
   *
   * @param exports exports by product, values ≥ 0, not null
   * @param imports imports by product, values ≥ 0, not null
   * @return the index per product, never null
   * @throws IllegalArgumentException if a value is negative
   */
  public static LabeledVector byProduct(LabeledVector exports, LabeledVector imports) {
    Checks.nonNegative("exports", exports);
    Checks.nonNegative("imports", imports);
    Set<String> products = new LinkedHashSet<>(exports.labels());
    products.addAll(imports.labels());
    List<String> labels = new ArrayList<>();
    double[] values = new double[products.size()];
    List<Exclusion> excluded = new ArrayList<>();
    int n = 0;
    for (String p : products) {
      double x = exports.contains(p) ? exports.get(p) : 0;
      double m = imports.contains(p) ? imports.get(p) : 0;
      if (x + m == 0) {
        excluded.add(
            new Exclusion(
                Exclusion.Axis.ITEM,
                p,
                "Grubel-Lloyd index is undefined: exports + imports X + M = 0"));
      } else {
        labels.add(p);
        values[n++] = grubelLloyd(x, m);
      }
    }
    return LabeledVector.of(labels, Arrays.copyOf(values, n), excluded);
  }

  /**
   * Returns the aggregate Grubel-Lloyd index {@code 1 − Σ|X_k − M_k| / Σ(X_k + M_k)}, the
   * trade-weighted mean of the product indices.
   *
   * <p>Example: {@code X = {60, 10}, M = {40, 90}}: {@code 1 − (20 + 80)/(100 + 100) = 0.5}.
   *
   * @param exports exports by product, finite numbers ≥ 0, not empty, not null
   * @param imports imports of the same products, same length, not null
   * @return the index, from 0 to 1
   * @throws IllegalArgumentException if a value is bad or the lengths differ
   * @throws UndefinedIndicatorException if there is no trade at all
   */
  public static double aggregate(double[] exports, double[] imports) {
    double[][] t = totals(exports, imports);
    double gross = Sums.sum(t[0]);
    if (gross == 0) {
      throw new UndefinedIndicatorException(
          "aggregate Grubel-Lloyd index is undefined: total trade Σ(X + M) = 0");
    }
    return Math.max(0.0, 1 - Sums.sum(t[1]) / gross);
  }

  /**
   * Returns the Grubel-Lloyd index adjusted for the overall trade imbalance, {@code [Σ(X+M) −
   * Σ|X−M|] / [Σ(X+M) − |ΣX − ΣM|]} (Grubel and Lloyd 1975, ch. 2), which is 1 when every product's
   * imbalance has the sign and share of the overall imbalance.
   *
   * <p>Example: {@code X = {60, 10}, M = {40, 90}}: {@code (200 − 100)/(200 − |70 − 130|) = 100/140
   * = 0.7143}.
   *
   * @param exports exports by product, finite numbers ≥ 0, not empty, not null
   * @param imports imports of the same products, same length, not null
   * @return the index, from 0 to 1
   * @throws IllegalArgumentException if a value is bad or the lengths differ
   * @throws UndefinedIndicatorException if the denominator is zero: all trade flows one way
   *     ({@code ΣX = 0} or {@code ΣM = 0})
   */
  public static double imbalanceAdjusted(double[] exports, double[] imports) {
    double[][] t = totals(exports, imports);
    double gross = Sums.sum(t[0]);
    double net = Sums.sum(t[1]);
    // Σ(X+M) − |ΣX − ΣM| = 2·min(ΣX, ΣM), computed in the form that does not cancel
    double denominator = 2 * Math.min(Sums.sum(exports), Sums.sum(imports));
    if (denominator == 0) {
      throw new UndefinedIndicatorException(
          "imbalance-adjusted Grubel-Lloyd index is undefined: Σ(X + M) − |ΣX − ΣM| = 0");
    }
    return Math.max(0.0, Math.min(1.0, (gross - net) / denominator));
  }

  /** Validates and returns {@code {X_k + M_k}} and {@code {|X_k − M_k|}}. */
  private static double[][] totals(double[] exports, double[] imports) {
    Checks.sameLength("exports", exports, "imports", imports);
    Checks.nonNegativeNotEmpty("exports", exports);
    Checks.nonNegative("imports", imports);
    double[] gross = new double[exports.length];
    double[] net = new double[exports.length];
    for (int i = 0; i < gross.length; i++) {
      gross[i] = exports[i] + imports[i];
      net[i] = Math.abs(exports[i] - imports[i]);
    }
    return new double[][] {gross, net};
  }

  /**
   * Returns the Grubel-Lloyd index by product for a reporter–partner pair, from the reporter's
   * export and import flows with that partner (filter to one period first). Equals {@link
   * #byProduct(LabeledVector, LabeledVector)} of the pivoted flows bit for bit.
   *
   * @param flows flows that include the reporter's exports to and imports from the partner, not null
   * @param reporter the reporter, not null
   * @param partner the partner, not null
   * @return the index by product ({@code HS:8517}), untraded products excluded, never null
   * @throws IllegalArgumentException if the pair's flows mix currencies
   */
  public static LabeledVector byProduct(TradeFlows flows, Partner reporter, Partner partner) {
    java.util.Objects.requireNonNull(flows, "flows");
    java.util.Objects.requireNonNull(reporter, "reporter");
    java.util.Objects.requireNonNull(partner, "partner");
    TradeFlows pair = flows.reporter(reporter).partner(partner);
    FlowPivot.requireOneCurrency(pair);
    return byProduct(
        FlowPivot.vector(pair.direction(FlowDirection.EXPORT), FlowPivot.product()),
        FlowPivot.vector(pair.direction(FlowDirection.IMPORT), FlowPivot.product()));
  }
}
