package io.github.digitrade.calc;

import com.google.common.collect.ImmutableList;
import io.github.digitrade.internal.Csv;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The long CSV form of labelled results, one value per line: {@code label,value,axis,reason} for a
 * vector, {@code row,column,value,axis,reason} for a matrix, with a leading {@code period} column
 * for a series. An exclusion is a line with an empty value and its axis and reason. Values are
 * written with {@link Double#toString(double)}, so they read back exactly.
 */
final class LongCsv {

  static final String VECTOR_HEADER = "label,value,axis,reason";
  static final String MATRIX_HEADER = "row,column,value,axis,reason";

  private LongCsv() {}

  /** Appends a field, quoted when it holds a comma, quote, line break or outer space. */
  static void field(Appendable out, String s) throws IOException {
    boolean quote =
        s.indexOf(',') >= 0
            || s.indexOf('"') >= 0
            || s.indexOf('\n') >= 0
            || s.indexOf('\r') >= 0
            || !s.equals(s.strip());
    if (quote) {
      out.append('"').append(s.replace("\"", "\"\"")).append('"');
    } else {
      out.append(s);
    }
  }

  static void line(Appendable out, String... fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      field(out, fields[i]);
    }
    out.append('\n');
  }

  static void writeVector(Appendable out, String prefix, LabeledVector v) throws IOException {
    for (int i = 0; i < v.size(); i++) {
      lineWith(out, prefix, v.labels().get(i), Double.toString(v.get(i)), "", "");
    }
    for (Exclusion e : v.excluded()) {
      lineWith(out, prefix, e.label(), "", e.axis().name(), e.reason());
    }
  }

  static void writeMatrix(Appendable out, String prefix, LabeledMatrix m) throws IOException {
    double[] values = m.values();
    int cols = m.columnCount();
    for (int r = 0; r < m.rowCount(); r++) {
      for (int c = 0; c < cols; c++) {
        lineWith(
            out,
            prefix,
            m.rowLabels().get(r),
            m.columnLabels().get(c),
            Double.toString(values[r * cols + c]),
            "",
            "");
      }
    }
    for (Exclusion e : m.excluded()) {
      boolean column = e.axis() == Exclusion.Axis.COLUMN;
      lineWith(
          out, prefix, column ? "" : e.label(), column ? e.label() : "", "", e.axis().name(),
          e.reason());
    }
  }

  private static void lineWith(Appendable out, String prefix, String... fields)
      throws IOException {
    if (!prefix.isEmpty()) {
      field(out, prefix);
      out.append(',');
    }
    line(out, fields);
  }

  /** The rows of a long CSV text, checked against the expected header. */
  static ImmutableList<Csv.Row> rows(String source, String text, String header) {
    ImmutableList<Csv.Row> rows = Csv.parse(source, text);
    List<String> expected = List.of(header.split(","));
    String first = text.strip().lines().findFirst().orElse("");
    if (!rows.isEmpty() && !rows.get(0).values().keySet().asList().equals(expected)) {
      throw new IllegalArgumentException(
          source + " line 1: header " + first + ": expected " + header);
    }
    if (rows.isEmpty() && !first.replace("\uFEFF", "").equals(header)) {
      throw new IllegalArgumentException(
          source + " line 1: header " + first + ": expected " + header);
    }
    return rows;
  }

  /** Groups rows by the value of their first column, in order of first appearance. */
  static Map<String, List<Csv.Row>> byPeriod(List<Csv.Row> rows) {
    Map<String, List<Csv.Row>> out = new LinkedHashMap<>();
    for (Csv.Row r : rows) {
      out.computeIfAbsent(r.text("period"), k -> new ArrayList<>()).add(r);
    }
    return out;
  }

  static LabeledVector parseVector(List<Csv.Row> rows) {
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<Exclusion> excluded = new ArrayList<>();
    for (Csv.Row r : rows) {
      String label = r.text("label");
      Optional<String> value = r.optional("value");
      if (value.isPresent()) {
        labels.add(label);
        values.add(number(r, value.get()));
      } else {
        excluded.add(exclusion(r, label));
      }
    }
    try {
      return LabeledVector.of(
          labels, values.stream().mapToDouble(Double::doubleValue).toArray(), excluded);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where(rows) + e.getMessage(), e);
    }
  }

  static LabeledMatrix parseMatrix(List<Csv.Row> rows) {
    Map<String, Integer> rowIndex = new LinkedHashMap<>();
    Map<String, Integer> columnIndex = new LinkedHashMap<>();
    List<Exclusion> excluded = new ArrayList<>();
    List<Csv.Row> cells = new ArrayList<>();
    for (Csv.Row r : rows) {
      if (r.optional("value").isEmpty()) {
        String row = r.get("row").strip();
        excluded.add(exclusion(r, row.isEmpty() ? r.text("column") : row));
        continue;
      }
      rowIndex.putIfAbsent(r.text("row"), rowIndex.size());
      columnIndex.putIfAbsent(r.text("column"), columnIndex.size());
      cells.add(r);
    }
    int cols = columnIndex.size();
    double[] values = new double[rowIndex.size() * cols];
    boolean[] seen = new boolean[values.length];
    for (Csv.Row r : cells) {
      int k =
          java.util.Objects.requireNonNull(rowIndex.get(r.text("row"))) * cols
              + java.util.Objects.requireNonNull(columnIndex.get(r.text("column")));
      if (seen[k]) {
        throw r.error("column", r.text("column"), "each (row, column) once");
      }
      seen[k] = true;
      values[k] = number(r, r.text("value"));
    }
    for (int k = 0; k < seen.length; k++) {
      if (!seen[k]) {
        throw new IllegalArgumentException(
            where(rows)
                + "no value for ("
                + List.copyOf(rowIndex.keySet()).get(k / cols)
                + ", "
                + List.copyOf(columnIndex.keySet()).get(k % cols)
                + "): expected every row × column cell");
      }
    }
    try {
      return LabeledMatrix.of(
          List.copyOf(rowIndex.keySet()), List.copyOf(columnIndex.keySet()), values, excluded);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where(rows) + e.getMessage(), e);
    }
  }

  private static String where(List<Csv.Row> rows) {
    return rows.isEmpty() ? "" : rows.get(0).where() + " onwards: ";
  }

  private static double number(Csv.Row r, String text) {
    try {
      double d = Double.parseDouble(text);
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw r.error("value", text, "a finite decimal number");
  }

  private static Exclusion exclusion(Csv.Row r, String label) {
    String axis = r.text("axis");
    try {
      return new Exclusion(Exclusion.Axis.valueOf(axis), label, r.text("reason"));
    } catch (IllegalArgumentException e) {
      throw r.error("axis", axis, "ROW, COLUMN or ITEM");
    }
  }
}
