package io.github.digitrade.calc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * PRODY and EXPY (Hausmann, Hwang and Rodrik 2007, J. Econ. Growth 12): the income level of
 * products and of export baskets, from export values and income per capita; see {@link
 * Complexity#prody(LabeledMatrix, LabeledVector)}.
 */
final class Prody {

  private Prody() {}

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
  static LabeledVector prody(LabeledMatrix exports, LabeledVector incomePerCapita) {
    return prodyWithShares(exports, incomePerCapita).prody();
  }

  /** PRODY and, per column of the exports, its position in the PRODY vector or -1. */
  private static final class WithIndex {
    private final LabeledVector prody;
    private final int[] index;

    WithIndex(LabeledVector prody, int[] index) {
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

  private static WithIndex prodyWithShares(LabeledMatrix exports, LabeledVector income) {
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
    return new WithIndex(LabeledVector.of(labels, Arrays.copyOf(prody, n), asRows), index);
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
  static LabeledVector expy(LabeledMatrix exports, LabeledVector incomePerCapita) {
    WithIndex p = prodyWithShares(exports, incomePerCapita);
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
}
