package io.github.digitrade.table;

import com.google.common.collect.ImmutableList;
import io.github.digitrade.calc.Bilateral;
import io.github.digitrade.calc.Complexity;
import io.github.digitrade.calc.ComplexityIndices;
import io.github.digitrade.calc.Concentration;
import io.github.digitrade.calc.HhiConvention;
import io.github.digitrade.calc.IntraIndustry;
import io.github.digitrade.calc.LabeledMatrix;
import io.github.digitrade.calc.LabeledVector;
import io.github.digitrade.calc.Shares;
import io.github.digitrade.calc.Specialization;
import io.github.digitrade.calc.TheilConvention;
import java.util.List;
import java.util.Objects;

/**
 * The single-result indicator faces of {@link FlowTable}, apart from its store: each face checks
 * what the table holds (one direction, one period, one release of each key), groups it with {@link
 * FlowTable#matrix(Dimension, Dimension)} and hands the matrix to one kernel of {@code
 * io.github.digitrade.calc}. The names and the contract are those of {@link Indicators}; {@link
 * ByPeriod} gives the same names one result per period. A new indicator is one method here and
 * one in {@link ByPeriod}.
 */
abstract class IndicatorFaces implements Indicators<LabeledVector, LabeledMatrix, ComplexityIndices> {

  IndicatorFaces() {}

  /** The table these faces read: {@code this}. */
  abstract FlowTable table();

  /** Returns the table if no key is given in several releases; throws naming {@code what}. */
  abstract FlowTable oneRelease(String what);

  /**
   * Returns this table if its rows hold at most one direction and one period; throws otherwise,
   * naming what it found and how to choose.
   */
  final FlowTable one(String indicator) {
    oneDirection(indicator);
    return onePeriod(indicator);
  }

  /** Returns this table if its rows hold at most one period; throws otherwise. */
  private FlowTable onePeriod(String indicator) {
    return oneLabel(
        indicator,
        Dimension.PERIOD,
        "choose one with period(...) or year(...), or ask for one result per period with"
            + " byPeriod()");
  }

  /** Returns this table if its rows hold at most one direction; throws otherwise (releases too). */
  final FlowTable oneDirection(String indicator) {
    oneLabel(indicator, Dimension.DIRECTION, "choose with exports(), imports() or direction(...)");
    return oneRelease(indicator);
  }

  /** Returns the table if its rows hold at most one label of a dimension; throws otherwise. */
  private FlowTable oneLabel(String indicator, Dimension dimension, String howToChoose) {
    ImmutableList<String> present = table().labelsPresent(dimension);
    if (present.size() > 1) {
      throw new IllegalArgumentException(
          indicator
              + " needs one "
              + dimension.label()
              + ", and this table holds "
              + present.size()
              + " ("
              + Labels.shortList(present)
              + "): "
              + howToChoose);
    }
    return table();
  }

  private LabeledMatrix byReporter(String indicator, Dimension over) {
    return one(indicator).matrix(Dimension.REPORTER, over);
  }

  @Override
  public final LabeledMatrix rca() {
    return Specialization.rca(byReporter("rca", Dimension.PRODUCT));
  }

  @Override
  public final LabeledMatrix presence() {
    return Specialization.presence(Specialization.rca(byReporter("presence", Dimension.PRODUCT)));
  }

  @Override
  public final ComplexityIndices complexity() {
    return Complexity.fromExports(byReporter("complexity", Dimension.PRODUCT));
  }

  @Override
  public final LabeledVector hhi(Dimension over) {
    return Concentration.hhiByRow(byReporter("hhi", over));
  }

  @Override
  public final LabeledVector normalisedHhi(Dimension over, HhiConvention convention) {
    return Concentration.normalisedHhiByRow(byReporter("normalisedHhi", over), convention);
  }

  @Override
  public final LabeledVector concentrationRatio(Dimension over, int k) {
    return Concentration.concentrationRatioByRow(byReporter("concentrationRatio", over), k);
  }

  @Override
  public final LabeledVector theil(Dimension over, TheilConvention convention) {
    return Concentration.theilByRow(byReporter("theil", over), convention);
  }

  @Override
  public final LabeledMatrix shares(Dimension rows, Dimension columns) {
    return Shares.sharesByRow(one("shares").matrix(rows, columns));
  }

  @Override
  public final LabeledMatrix tradeIntensity() {
    FlowTable t = one("tradeIntensity");
    return Bilateral.tradeIntensity(
        t.matrix(Dimension.REPORTER, Dimension.PARTNER), t.sum(Dimension.PARTNER));
  }

  @Override
  public final LabeledMatrix exportSimilarity() {
    return Bilateral.exportSimilarity(byReporter("exportSimilarity", Dimension.PRODUCT));
  }

  @Override
  public final LabeledVector grubelLloyd(String exportDirection, String importDirection) {
    Objects.requireNonNull(exportDirection, "exportDirection");
    Objects.requireNonNull(importDirection, "importDirection");
    Labels.requireKnown(
        Dimension.DIRECTION, table().labels(Dimension.DIRECTION), List.of(exportDirection, importDirection));
    FlowTable t = oneRelease("grubelLloyd");
    onePeriod("grubelLloyd");
    FlowTable x = t.filter(Dimension.DIRECTION, exportDirection::equals);
    FlowTable m = t.filter(Dimension.DIRECTION, importDirection::equals);
    return IntraIndustry.byProduct(x.sum(Dimension.PRODUCT), m.sum(Dimension.PRODUCT));
  }

}
