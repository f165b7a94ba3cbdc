package io.github.digitrade.table;

import io.github.digitrade.calc.Bilateral;
import io.github.digitrade.calc.Complexity;
import io.github.digitrade.calc.Concentration;
import io.github.digitrade.calc.HhiConvention;
import io.github.digitrade.calc.IntraIndustry;
import io.github.digitrade.calc.LabeledMatrix;
import io.github.digitrade.calc.Shares;
import io.github.digitrade.calc.Specialization;
import io.github.digitrade.calc.TheilConvention;

/**
 * The indicator faces of a flow table, with one naming rule: each method is named after the
 * indicator (the kernel of {@code io.github.digitrade.calc} it calls), takes the dimension its
 * indicator runs over, and returns per reporter (rows) what the kernel returns per row. The same
 * names serve both faces: {@link FlowTable} gives one result ({@code V} a {@code LabeledVector},
 * {@code M} a {@code LabeledMatrix}, {@code C} {@code ComplexityIndices}), {@link ByPeriod} one
 * result per period ({@code VectorSeries}, {@code MatrixSeries}, {@code ComplexitySeries}).
 *
 * <p>Every indicator but {@link #grubelLloyd(String, String)} reads the table as one direction:
 * a table whose rows hold several directions is refused with a message naming them and how to
 * choose ({@code exports()}, {@code imports()}, {@code direction(...)}). The single-result face
 * also refuses several periods and names them; {@code byPeriod()} asks for one result per period.
 *
 * <pre>{@code
 * table.exports().year(2023).hhi(Dimension.PARTNER);   // one result
 * table.exports().byPeriod().hhi(Dimension.PARTNER);   // one result per period
 * }</pre>
 *
 * @param <V> the type of a per-label result
 * @param <M> the type of a matrix result
 * @param <C> the type of the complexity result
 */
public interface Indicators<V, M, C> {

  /**
   * Returns the Balassa RCA of every reporter in every product, {@code (X_cp/X_c)/(X_p/X_w)}, over
   * the exporter × product matrix, summed across partners. Reporters and products with zero totals
   * are excluded and listed. Same kernel as {@link Specialization#rca(LabeledMatrix)}.
   *
   * <pre>{@code
   * table.exports().year(2023).rca().get("CHN", "851712");
   * }</pre>
   *
   * @return the reporter × product RCA, never null
   * @throws IllegalArgumentException if the rows hold several directions (or, for one result,
   *     several periods)
   */
  M rca();

  /**
   * Returns the 0/1 presence matrix {@code RCA ≥ 1} of {@link #rca()}, the input of {@link
   * Complexity}.
   *
   * @return the reporter × product presence, never null
   * @throws IllegalArgumentException if the rows hold several directions (or periods)
   */
  M presence();

  /**
   * Returns ECI and PCI by the eigenvector method with the Atlas normalisation, from {@link
   * #presence()}; see {@link Complexity#eigenvector(LabeledMatrix)}.
   *
   * @return the indices, never null
   * @throws io.github.digitrade.calc.UndefinedIndicatorException if the indices are undefined
   * @throws IllegalArgumentException if the rows hold several directions (or periods)
   */
  C complexity();

  /**
   * Returns the HHI of each reporter's trade over the labels of another dimension, {@code Σ_k
   * s_k²} on the 0–1 scale: over products for export-basket concentration, over partners for
   * market concentration. Reporters with no trade are excluded and listed; see {@link
   * Concentration#hhiByRow(LabeledMatrix)}.
   *
   * @param over the dimension whose shares are squared, not null and not {@code REPORTER}
   * @return the HHI per reporter, never null
   * @throws IllegalArgumentException if {@code over} is {@code REPORTER}, or the rows hold several
   *     directions (or periods)
   */
  V hhi(Dimension over);

  /**
   * Returns the normalised HHI {@code (HHI − 1/n)/(1 − 1/n)} of each reporter over another
   * dimension, with {@code n} counted by an explicit convention: the positive lines of the
   * reporter, or all lines of the classification (every label of {@code over} that occurs in the
   * table). Reporters where it is undefined ({@code n = 1}) are excluded and listed; see {@link
   * Concentration#normalisedHhi(double[], HhiConvention)}.
   *
   * @param over the dimension, not null and not {@code REPORTER}
   * @param convention how {@code n} is counted, not null
   * @return the normalised HHI per reporter, from 0 to 1, never null
   * @throws IllegalArgumentException if {@code over} is {@code REPORTER}, or the rows hold several
   *     directions (or periods)
   */
  V normalisedHhi(Dimension over, HhiConvention convention);

  /**
   * Returns the concentration ratio CR_k of each reporter over another dimension: the sum of its
   * {@code k} largest shares ({@code k ≥ n} gives 1).
   *
   * @param over the dimension, not null and not {@code REPORTER}
   * @param k how many of the largest shares, 1 or more
   * @return CR_k per reporter, never null
   * @throws IllegalArgumentException if {@code k < 1}, {@code over} is {@code REPORTER}, or the rows
   *     hold several directions (or periods)
   */
  V concentrationRatio(Dimension over, int k);

  /**
   * Returns the Theil index of each reporter's trade over another dimension, under an explicit
   * convention for {@code n}; see {@link Concentration#theil(double[], TheilConvention)}. With
   * {@link TheilConvention#ALL_LINES}, {@code n} is the number of labels of {@code over} that occur
   * in the table.
   *
   * @param over the dimension, not null and not {@code REPORTER}
   * @param convention all lines or positive lines, not null
   * @return the Theil index per reporter, never null
   * @throws IllegalArgumentException if {@code over} is {@code REPORTER}, or the rows hold several
   *     directions (or periods)
   */
  V theil(Dimension over, TheilConvention convention);

  /**
   * Returns the shares of each row label's total across the column labels, such as product shares
   * {@code X_cp/X_c} ({@code shares(REPORTER, PRODUCT)}) or partner shares {@code x_ij/X_i}. Rows
   * with a zero total are excluded and listed; see {@link Shares#sharesByRow(LabeledMatrix)}.
   *
   * @param rows the dimension whose totals are split, not null
   * @param columns the dimension of the shares, not null and not {@code rows}
   * @return the share matrix, rows summing to 1, never null
   * @throws IllegalArgumentException if the dimensions are the same, or the rows hold several
   *     directions (or periods)
   */
  M shares(Dimension rows, Dimension columns);

  /**
   * Returns the trade intensity index {@code (x_ij/X_i)/(M_j/M_w)} of every reporter with every
   * partner, with world imports including the reporter (WITS). The table is read as exports:
   * {@code M_j} is what partner j receives from all reporters of the table, the mirror view BACI
   * gives, and {@code M_w} their sum. Reporters without exports and partners without imports are
   * excluded and listed; see {@link Bilateral}.
   *
   * @return the reporter × partner intensity, never null
   * @throws IllegalArgumentException if the rows hold several directions (or periods)
   */
  M tradeIntensity();

  /**
   * Returns the Finger-Kreinin export similarity {@code 100·Σ_k min(x_ak, x_bk)} of every pair of
   * reporters, over their product shares. Reporters with no exports are excluded and listed.
   *
   * @return the symmetric reporter × reporter similarity, 0 to 100, never null
   * @throws IllegalArgumentException if the rows hold several directions (or periods)
   */
  M exportSimilarity();

  /**
   * Returns the Grubel-Lloyd index of each product, {@code 1 − |X_k − M_k|/(X_k + M_k)}, where
   * {@code X_k} sums the rows with direction {@code exportDirection} and {@code M_k} those with
   * {@code importDirection} (filter to one reporter, and perhaps one partner, first). Products with
   * no trade either way are excluded and listed; see {@link IntraIndustry}.
   *
   * <pre>{@code
   * table.filter(Dimension.REPORTER, "CHN").year(2023).grubelLloyd("X", "M");
   * }</pre>
   *
   * @param exportDirection the direction label of exports, such as {@code "X"}, not null
   * @param importDirection the direction label of imports, such as {@code "M"}, not null
   * @return the index per product, from 0 to 1, never null
   * @throws IllegalArgumentException if a direction label is not in the table's dictionary, or (for
   *     one result) the rows hold several periods
   */
  V grubelLloyd(String exportDirection, String importDirection);
}
