package io.github.digitrade.calc;

import io.github.digitrade.model.TradeFlows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Revealed comparative advantage: which products a country exports more of, relative to its size,
 * than the world does.
 *
 * <p>Balassa's index (Balassa 1965, "Trade liberalisation and revealed comparative advantage", The
 * Manchester School 33(2); WITS Trade Indicators) is {@code RCA_cp = (X_cp / X_c) / (X_p / X_w)}:
 * the product's share in the country's exports over its share in world exports, where {@code X_c =
 * Σ_p X_cp}, {@code X_p = Σ_c X_cp} and {@code X_w = Σ_cp X_cp}. It is unit-free, ≥ 0, 1 at the world
 * average, and unchanged when every flow is multiplied by the same factor. Its export-weighted mean
 * over products is 1 for every country: {@code Σ_p (X_p / X_w)·RCA_cp = 1}.
 *
 * <p><b>Edge cases.</b> A country with zero exports or a product nobody exports makes RCA undefined
 * (0/0): the scalar face throws {@link UndefinedIndicatorException}; the matrix face leaves the row or
 * column out and lists it in {@link LabeledMatrix#excluded()}. No cell is ever NaN, and an excluded
 * country is never "present" in any product (some published code turns NaN into presence 1).
 *
 * <pre>{@code
 * LabeledMatrix x = LabeledMatrix.of(
 *     List.of("CHN", "IDN"), List.of("8517", "1511"),
 *     new double[] {90, 10, 5, 45});
 * LabeledMatrix rca = Specialization.rca(x);
 * rca.get("IDN", "1511");   // (45/50)/(55/150) = 2.4545
 * Specialization.presence(rca).get("IDN", "1511");   // 1.0
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Specialization {

  private Specialization() {}

  /**
   * Returns Balassa's RCA of one country in one product, {@code (X_cp / X_c) / (X_p / X_w)}.
   *
   * <p>Example: China's exports of 8517 {@code X_cp = 90} out of {@code X_c = 100}; world exports of
   * 8517 {@code X_p = 95} out of {@code X_w = 150}: {@code (90/100)/(95/150) = 1.4211}.
   *
   * @param countryProduct {@code X_cp}, the country's exports of the product, a finite number ≥ 0
   * @param country {@code X_c}, the country's total exports, a finite number ≥ 0
   * @param product {@code X_p}, world exports of the product, a finite number ≥ 0
   * @param world {@code X_w}, total world exports, a finite number ≥ 0
   * @return the RCA, ≥ 0
   * @throws IllegalArgumentException if a value is negative or not finite
   * @throws UndefinedIndicatorException if {@code X_c}, {@code X_p} or {@code X_w} is zero
   */
  public static double rca(double countryProduct, double country, double product, double world) {
    Checks.nonNegative("countryProduct", countryProduct);
    Checks.nonNegative("country", country);
    Checks.nonNegative("product", product);
    Checks.nonNegative("world", world);
    if (country == 0) {
      throw new UndefinedIndicatorException("RCA is undefined: total exports of the country X_c = 0");
    }
    if (product == 0) {
      throw new UndefinedIndicatorException("RCA is undefined: world exports of the product X_p = 0");
    }
    if (world == 0) {
      throw new UndefinedIndicatorException("RCA is undefined: world exports X_w = 0");
    }
    return (countryProduct / country) / (product / world);
  }

  /**
   * Returns the Balassa RCA matrix of an export matrix (rows = countries, columns = products).
   *
   * <p>{@code X_c}, {@code X_p} and {@code X_w} are the row, column and grand totals of the matrix
   * itself, each a compensated sum ({@link Sums}: error about one rounding of the total), so the
   * matrix should hold the whole world (or the reference group) in its rows. Each cell equals {@link
   * #rca(double, double, double, double)} of those totals bit for bit. Rows with zero total exports
   * are excluded ({@code ROW c: RCA is undefined: total exports of the country X_c = 0}), and so are
   * columns with zero world exports; exclusions of the input are carried over.
   *
   * @param exports exports by country (rows) and product (columns), cells ≥ 0, not null
   * @return the RCA of the remaining countries and products, never null
   * @throws IllegalArgumentException if a cell is negative
   */
  public static LabeledMatrix rca(LabeledMatrix exports) {
    Checks.nonNegative("exports", exports);
    int rows = exports.rowCount();
    int cols = exports.columnCount();
    double[] v = exports.values();
    double world = Sums.sum(v);
    double[] rowTotal = new double[rows];
    for (int r = 0; r < rows; r++) {
      rowTotal[r] = Sums.sum(v, r * cols, (r + 1) * cols);
    }
    double[] columnTotal = columnTotals(v, rows, cols);
    List<Exclusion> excluded = new ArrayList<>(exports.excluded());
    List<String> keptRows = new ArrayList<>();
    List<Integer> rowIndex = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      if (rowTotal[r] == 0) {
        excluded.add(
            new Exclusion(
                Exclusion.Axis.ROW,
                exports.rowLabels().get(r),
                "RCA is undefined: total exports of the country X_c = 0"));
      } else {
        keptRows.add(exports.rowLabels().get(r));
        rowIndex.add(r);
      }
    }
    List<String> keptColumns = new ArrayList<>();
    List<Integer> columnIndex = new ArrayList<>();
    for (int c = 0; c < cols; c++) {
      if (columnTotal[c] == 0) {
        excluded.add(
            new Exclusion(
                Exclusion.Axis.COLUMN,
                exports.columnLabels().get(c),
                "RCA is undefined: world exports of the product X_p = 0"));
      } else {
        keptColumns.add(exports.columnLabels().get(c));
        columnIndex.add(c);
      }
    }
    double[] out = new double[keptRows.size() * keptColumns.size()];
    int[] keptColumnIndex = columnIndex.stream().mapToInt(Integer::intValue).toArray();
    // X_p / X_w of each kept column, the same double as computed in the formula cell by cell
    double[] worldShare = new double[keptColumnIndex.length];
    for (int j = 0; j < keptColumnIndex.length; j++) {
      worldShare[j] = columnTotal[keptColumnIndex[j]] / world;
    }
    int k = 0;
    for (int r : rowIndex) {
      for (int j = 0; j < keptColumnIndex.length; j++) {
        // rca(x, X_c, X_p, X_w) without its checks, which hold here: cells are finite and
        // non-negative (checked above) and the totals of kept rows and columns are positive
        out[k++] = (v[r * cols + keptColumnIndex[j]] / rowTotal[r]) / worldShare[j];
      }
    }
    return LabeledMatrix.wrap(keptRows, keptColumns, out, excluded);
  }

  /**
   * The compensated sum of each column, row after row through the array (no copy of a column):
   * every column goes through the same steps as {@link Sums#sum(double[])} of that column, in the
   * same order, so the totals are bit for bit those of {@code Sums.sum}. Cells are finite by
   * construction of {@link LabeledMatrix}.
   */
  static double[] columnTotals(double[] v, int rows, int cols) {
    double[] s = new double[cols];
    double[] c = new double[cols];
    for (int r = 0; r < rows; r++) {
      int base = r * cols;
      for (int j = 0; j < cols; j++) {
        double x = v[base + j];
        double sj = s[j];
        double t = sj + x;
        c[j] += Sums.neumaierError(sj, x, t);
        s[j] = t;
      }
    }
    for (int j = 0; j < cols; j++) {
      s[j] += c[j];
    }
    return s;
  }

  /**
   * Returns the RCA of one country's products against a world aggregate: {@code X_cp} from {@code
   * country}, {@code X_p} from {@code world}, {@code X_c} and {@code X_w} their compensated totals.
   * The world must include the country (as WITS world totals do). Products the world does not export
   * are excluded and listed; products the country does not export have RCA 0. Each value equals
   * {@link #rca(double, double, double, double)} of those numbers bit for bit.
   *
   * <p>Example: country {@code {8517=90, 1511=10}}, world {@code {8517=95, 1511=55}}: {@code
   * RCA(8517) = (90/100)/(95/150) = 1.4211}.
   *
   * @param country the country's exports by product, values ≥ 0, not null
   * @param world world exports by product, including the country's, values ≥ 0, not null; must have
   *     every product of {@code country}
   * @return the RCA per product of {@code world}, never null
   * @throws IllegalArgumentException if a value is negative, a product of the country is missing from
   *     the world, or the country exports more of a product than the world
   * @throws UndefinedIndicatorException if the country's total exports are zero
   */
  public static LabeledVector rca(LabeledVector country, LabeledVector world) {
    Checks.nonNegative("country", country);
    Checks.nonNegative("world", world);
    for (String p : country.labels()) {
      if (!world.contains(p)) {
        throw new IllegalArgumentException(
            "world has no value for product "
                + p
                + ": expected the world aggregate to include every product of the country");
      }
      if (country.get(p) > world.get(p)) {
        throw new IllegalArgumentException(
            "country at "
                + p
                + " = "
                + country.get(p)
                + " exceeds world = "
                + world.get(p)
                + ": expected the world aggregate to include the country");
      }
    }
    double countryTotal = Sums.sum(country.toArray());
    if (countryTotal == 0) {
      throw new UndefinedIndicatorException(
          "RCA is undefined: total exports of the country X_c = 0");
    }
    double worldTotal = Sums.sum(world.toArray());
    List<String> labels = new ArrayList<>();
    double[] out = new double[world.size()];
    List<Exclusion> excluded = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < world.size(); i++) {
      String p = world.labels().get(i);
      double xp = world.get(i);
      if (xp == 0) {
        excluded.add(
            new Exclusion(
                Exclusion.Axis.ITEM, p, "RCA is undefined: world exports of the product X_p = 0"));
      } else {
        labels.add(p);
        out[n++] = rca(country.contains(p) ? country.get(p) : 0, countryTotal, xp, worldTotal);
      }
    }
    return LabeledVector.of(labels, Arrays.copyOf(out, n), excluded);
  }

  /**
   * Returns the presence (specialisation) matrix {@code M_cp = 1} if {@code RCA_cp ≥ 1}, else 0, the
   * input of the economic-complexity measures (Hidalgo and Hausmann 2009). Exclusions are carried
   * over: an excluded country is absent, never present.
   *
   * @param rca an RCA matrix, such as the result of {@link #rca(LabeledMatrix)}, not null
   * @return a matrix of 0.0 and 1.0 with the same labels and exclusions, never null
   */
  public static LabeledMatrix presence(LabeledMatrix rca) {
    return presence(rca, 1.0);
  }

  /**
   * Returns the presence matrix for another threshold: {@code 1} if {@code RCA_cp ≥ threshold}, else
   * 0.
   *
   * @param rca an RCA matrix, not null
   * @param threshold the RCA at and above which a product counts as present, a finite number ≥ 0
   * @return a matrix of 0.0 and 1.0 with the same labels and exclusions, never null
   * @throws IllegalArgumentException if the threshold is negative or not finite
   */
  public static LabeledMatrix presence(LabeledMatrix rca, double threshold) {
    Objects.requireNonNull(rca, "rca");
    Checks.nonNegative("threshold", threshold);
    double[] v = rca.toArray();
    for (int i = 0; i < v.length; i++) {
      v[i] = v[i] >= threshold ? 1.0 : 0.0;
    }
    return LabeledMatrix.of(rca.rowLabels(), rca.columnLabels(), v, rca.excluded());
  }

  /**
   * Returns the symmetric RCA {@code (RCA − 1)/(RCA + 1)} (Laursen 1998, "Revealed comparative
   * advantage and the alternatives as measures of international specialisation", DRUID WP 98-30),
   * which maps {@code [0, ∞)} onto {@code [−1, 1)} with the world average at 0.
   *
   * <p>Example: {@code RCA = 3}: {@code (3 − 1)/(3 + 1) = 0.5}.
   *
   * @param rca a Balassa RCA, a finite number ≥ 0
   * <p>In {@code double} the result is below 1 for every RCA up to about {@code 9·10^15}; beyond that
   * it rounds to 1.0.
   *
   * @return the symmetric RCA, from −1 (inclusive) to 1 (exclusive)
   * @throws IllegalArgumentException if the RCA is negative or not finite
   */
  public static double symmetricRca(double rca) {
    Checks.nonNegative("rca", rca);
    return (rca - 1) / (rca + 1);
  }

  /**
   * Returns the symmetric RCA of every cell of an RCA matrix; labels and exclusions are kept.
   *
   * @param rca an RCA matrix, cells ≥ 0, not null
   * @return the symmetric RCA matrix, never null
   * @throws IllegalArgumentException if a cell is negative
   */
  public static LabeledMatrix symmetricRca(LabeledMatrix rca) {
    Checks.nonNegative("rca", rca);
    double[] v = rca.toArray();
    for (int i = 0; i < v.length; i++) {
      v[i] = symmetricRca(v[i]);
    }
    return LabeledMatrix.of(rca.rowLabels(), rca.columnLabels(), v, rca.excluded());
  }

  /**
   * Returns the RCA matrix of export flows: the flows are pivoted by reporter and product ({@link
   * FlowPivot}) and passed to {@link #rca(LabeledMatrix)}, so the result equals that of the pivoted
   * matrix bit for bit. Filter the flows to exports of one period first; they must cover the world
   * (or the reference group) as reporters.
   *
   * @param exports export flows of every reporter, in one currency, not null
   * @return RCA by reporter code (rows) and product (columns, e.g. {@code HS:8517}), never null
   * @throws IllegalArgumentException if the flows mix currencies
   */
  public static LabeledMatrix rca(TradeFlows exports) {
    Objects.requireNonNull(exports, "exports");
    return rca(FlowPivot.matrix(exports, FlowPivot.reporter(), FlowPivot.product()));
  }

  /**
   * Returns the RCA of one reporter's products against a world aggregate, both given as flows (for
   * example the reporter's exports to the World, and World exports by product). Both are pivoted by
   * product and passed to {@link #rca(LabeledVector, LabeledVector)}.
   *
   * @param country the reporter's export flows, in one currency, not null
   * @param world the world's export flows by product, including the reporter's, same currency, not
   *     null
   * @return RCA by product, never null
   * @throws IllegalArgumentException if the flows mix currencies or the world lacks a product of the
   *     country
   * @throws UndefinedIndicatorException if the reporter's exports are zero
   */
  public static LabeledVector rca(TradeFlows country, TradeFlows world) {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(world, "world");
    FlowPivot.requireOneCurrency(country, world);
    return rca(FlowPivot.vector(country, FlowPivot.product()), FlowPivot.vector(world, FlowPivot.product()));
  }
}
