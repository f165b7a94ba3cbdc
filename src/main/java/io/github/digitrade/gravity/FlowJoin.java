package io.github.digitrade.gravity;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Table;
import io.github.digitrade.table.Dimension;
import io.github.digitrade.table.FlowTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link ModelFrame} from a {@link FlowTable} plus covariates joined by pair (exporter ×
 * importer) or by country and period (exporter-period, importer-period).
 *
 * <p>The table must hold one direction, as every indicator of one direction requires: exports
 * ({@code X}, or re-exports {@code RX}) are read as exporter = reporter, importer = partner; imports
 * ({@code M}, or re-imports {@code RM}) as exporter = partner, importer = reporter. A table that
 * mixes directions, or holds totals ({@code TOTAL}, which have no orientation), is refused with a
 * message that says how to choose. Several periods are the normal case: a panel. Rows sharing
 * reporter, partner, product and period are summed (as every aggregate of the table sums them), so
 * the frame has one row per exporter, importer, product and period, in order of first appearance.
 *
 * <p>The frame holds the numeric column {@code trade} (the flow value, in the table's unit), the
 * factor columns {@code exporter}, {@code importer}, {@code product} and {@code period}, and one
 * numeric column per covariate. A covariate that has no value for a row is an error naming the
 * row's exporter, importer and period: no row is dropped. Interactions such as exporter × period
 * are added afterwards with {@link ModelFrame#withInteraction(String, String, String)}.
 *
 * <pre>{@code
 * ModelFrame f = ModelFrame.fromFlows(table.exports())
 *     .pair("ln_DIST", distances)           // Table<exporter, importer, Double>
 *     .exporterPeriod("ln_GDP_o", gdp)      // Table<country, period, Double>
 *     .build()
 *     .withInteraction("exp_year", "exporter", "period");
 * }</pre>
 *
 * <p>Not thread-safe while it is being filled; {@link #build()} may be called more than once.
 */
public final class FlowJoin {

  /** The column of the flow values. */
  public static final String TRADE = "trade";
  /** The factor column of the exporters. */
  public static final String EXPORTER = "exporter";
  /** The factor column of the importers. */
  public static final String IMPORTER = "importer";
  /** The factor column of the products. */
  public static final String PRODUCT = "product";
  /** The factor column of the periods. */
  public static final String PERIOD = "period";

  private enum Key {
    PAIR,
    EXPORTER_PERIOD,
    IMPORTER_PERIOD
  }

  private record Covariate(Key key, Table<String, String, Double> values) {}

  private final FlowTable flows;
  private final boolean reporterExports;
  private final Map<String, Covariate> covariates = new LinkedHashMap<>();

  FlowJoin(FlowTable flows) {
    this.flows = requireNonNull(flows, "flows");
    ImmutableList<String> directions = flows.labelsPresent(Dimension.DIRECTION);
    if (directions.isEmpty()) {
      throw new IllegalArgumentException("a gravity frame needs flows, and this table holds no rows");
    }
    if (directions.size() > 1) {
      throw new IllegalArgumentException(
          "a gravity frame needs one direction, and this table holds " + directions.size() + " ("
              + String.join(", ", directions) + "): choose with exports(), imports() or direction(...)");
    }
    String d = directions.get(0);
    switch (d) {
      case "X", "RX" -> reporterExports = true;
      case "M", "RM" -> reporterExports = false;
      default -> throw new IllegalArgumentException(
          "a gravity frame needs flows from an exporter to an importer, and this table holds direction \""
              + d + "\": expected X, RX, M or RM (choose with exports() or imports())");
    }
  }

  private FlowJoin put(String name, Key key, Table<String, String, Double> values) {
    requireNonNull(name, "name");
    requireNonNull(values, "values");
    if (name.isBlank() || List.of(TRADE, EXPORTER, IMPORTER, PRODUCT, PERIOD).contains(name)
        || covariates.containsKey(name)) {
      throw new IllegalArgumentException(
          "covariate \"" + name + "\": expected a new, non-blank name other than trade, exporter,"
              + " importer, product and period");
    }
    covariates.put(name, new Covariate(key, values));
    return this;
  }

  /**
   * Adds a covariate of the pair, such as the log distance: {@code values.get(exporter, importer)}.
   *
   * @param name the new numeric column, not null
   * @param values rows exporter labels, columns importer labels, not null
   * @return this
   * @throws IllegalArgumentException for a blank, reserved or repeated name
   */
  public FlowJoin pair(String name, Table<String, String, Double> values) {
    return put(name, Key.PAIR, values);
  }

  /**
   * Adds a covariate of the exporter in the period, such as its log GDP: {@code
   * values.get(exporter, period)}.
   *
   * @param name the new numeric column, not null
   * @param values rows country labels, columns period labels, not null
   * @return this
   * @throws IllegalArgumentException for a blank, reserved or repeated name
   */
  public FlowJoin exporterPeriod(String name, Table<String, String, Double> values) {
    return put(name, Key.EXPORTER_PERIOD, values);
  }

  /**
   * Adds a covariate of the importer in the period: {@code values.get(importer, period)}.
   *
   * @param name the new numeric column, not null
   * @param values rows country labels, columns period labels, not null
   * @return this
   * @throws IllegalArgumentException for a blank, reserved or repeated name
   */
  public FlowJoin importerPeriod(String name, Table<String, String, Double> values) {
    return put(name, Key.IMPORTER_PERIOD, values);
  }

  /**
   * Builds the frame.
   *
   * @return the frame, never null
   * @throws IllegalArgumentException naming the exporter, importer and period of a row a covariate
   *     has no value for
   */
  public ModelFrame build() {
    Map<List<Integer>, Integer> index = new HashMap<>();
    List<String> exp = new ArrayList<>();
    List<String> imp = new ArrayList<>();
    List<String> prod = new ArrayList<>();
    List<String> per = new ArrayList<>();
    double[] value = new double[flows.size()];
    int rows = 0;
    for (int i = 0; i < flows.size(); i++) {
      List<Integer> key = List.of(flows.code(Dimension.REPORTER, i), flows.code(Dimension.PARTNER, i),
          flows.code(Dimension.PRODUCT, i), flows.code(Dimension.PERIOD, i));
      Integer at = index.get(key);
      if (at == null) {
        at = rows++;
        index.put(key, at);
        String reporter = flows.label(Dimension.REPORTER, i);
        String partner = flows.label(Dimension.PARTNER, i);
        exp.add(reporterExports ? reporter : partner);
        imp.add(reporterExports ? partner : reporter);
        prod.add(flows.label(Dimension.PRODUCT, i));
        per.add(flows.label(Dimension.PERIOD, i));
      }
      value[at] += flows.value(i);
    }
    ModelFrame.Builder b = ModelFrame.builder().number(TRADE, java.util.Arrays.copyOf(value, rows))
        .factor(EXPORTER, exp).factor(IMPORTER, imp).factor(PRODUCT, prod).factor(PERIOD, per);
    for (Map.Entry<String, Covariate> e : covariates.entrySet()) {
      Covariate c = e.getValue();
      double[] col = new double[rows];
      for (int r = 0; r < rows; r++) {
        String row = c.key() == Key.IMPORTER_PERIOD ? imp.get(r) : exp.get(r);
        String column = c.key() == Key.PAIR ? imp.get(r) : per.get(r);
        Double v = c.values().get(row, column);
        if (v == null) {
          throw new IllegalArgumentException(
              "covariate \"" + e.getKey() + "\" has no value for " + what(c.key()) + " " + row + ", "
                  + column + " (row " + r + ": exporter " + exp.get(r) + ", importer " + imp.get(r)
                  + ", period " + per.get(r) + "): expected a value for every flow");
        }
        col[r] = v;
      }
      b.number(e.getKey(), col);
    }
    return b.build();
  }

  private static String what(Key k) {
    return switch (k) {
      case PAIR -> "the pair";
      case EXPORTER_PERIOD -> "the exporter and period";
      case IMPORTER_PERIOD -> "the importer and period";
    };
  }

  /**
   * Returns a summary such as {@code FlowJoin[exports, covariates [ln_DIST]]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "FlowJoin[" + (reporterExports ? "exports" : "imports") + ", covariates "
        + covariates.keySet() + "]";
  }
}
