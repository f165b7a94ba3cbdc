package io.github.digitrade.gravity.counterfactual;

import com.google.common.collect.ImmutableList;
import io.github.digitrade.gravity.ModelFrame;
import java.util.Arrays;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The square cross-section a counterfactual is solved on: n countries in code order and, for every
 * ordered pair {@code p = i·n + j} (intra-national included), the frame row and observed trade.
 */
final class CrossSection {

  final ImmutableList<String> countries;
  final int n;
  final int[] row;
  final double[] trade;
  final String exporterColumn;
  final String importerColumn;

  private CrossSection(
      ImmutableList<String> countries,
      int[] row,
      double[] trade,
      String exporterColumn,
      String importerColumn) {
    this.countries = countries;
    this.n = countries.size();
    this.row = row;
    this.trade = trade;
    this.exporterColumn = exporterColumn;
    this.importerColumn = importerColumn;
  }

  static CrossSection of(
      ModelFrame data,
      String outcome,
      String exporter,
      String importer,
      @Nullable String yearColumn,
      double year) {
    data.factor(exporter);
    data.factor(importer);
    double[] y = data.column(outcome);
    double @Nullable [] years = yearColumn == null ? null : data.column(yearColumn);
    TreeSet<String> codes = new TreeSet<>();
    TreeSet<Double> seen = new TreeSet<>();
    int kept = 0;
    for (int r = 0; r < data.rows(); r++) {
      if (years != null) {
        seen.add(years[r]);
        if (years[r] != year) {
          continue;
        }
      }
      codes.add(data.label(exporter, r));
      codes.add(data.label(importer, r));
      kept++;
    }
    if (kept == 0) {
      throw new IllegalArgumentException(
          yearColumn + " = " + Outcomes.number(year) + " has no rows: expected one of "
              + seen.stream().map(Outcomes::number).toList());
    }
    ImmutableList<String> countries = ImmutableList.copyOf(codes);
    int n = countries.size();
    int[] row = new int[n * n];
    Arrays.fill(row, -1);
    double[] trade = new double[n * n];
    for (int r = 0; r < data.rows(); r++) {
      if (years != null && years[r] != year) {
        continue;
      }
      String e = data.label(exporter, r);
      String m = data.label(importer, r);
      int p = countries.indexOf(e) * n + countries.indexOf(m);
      if (row[p] >= 0) {
        throw new IllegalArgumentException(
            data.where(r) + ": a second flow " + e + " → " + m + " (first at "
                + data.where(row[p]) + "): expected one flow per pair"
                + (yearColumn == null ? "; choose a year of the panel with year(column, value)" : ""));
      }
      if (!(y[r] >= 0) || Double.isInfinite(y[r])) {
        throw new IllegalArgumentException(
            data.where(r) + ": " + outcome + " = " + y[r] + ": expected trade ≥ 0");
      }
      row[p] = r;
      trade[p] = y[r];
    }
    for (int p = 0; p < n * n; p++) {
      if (row[p] < 0) {
        throw new IllegalArgumentException(
            "no flow " + countries.get(p / n) + " → " + countries.get(p % n)
                + (yearColumn == null ? "" : " in " + yearColumn + " " + Outcomes.number(year))
                + ": expected one flow for each of the " + n * n + " ordered pairs of " + n
                + " countries, intra-national trade included (a pair without trade is a 0)");
      }
    }
    return new CrossSection(countries, row, trade, exporter, importer);
  }

  int index(String country) {
    return countries.indexOf(country);
  }

  ImmutableList<String> countries() {
    return countries;
  }
}
