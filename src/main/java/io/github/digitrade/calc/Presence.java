package io.github.digitrade.calc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A presence matrix without zero rows and columns, as sparse lists of who has what. */
final class Presence {
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
