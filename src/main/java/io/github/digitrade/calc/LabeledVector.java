package io.github.digitrade.calc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleBinaryOperator;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * An immutable vector of finite {@code double} values keyed by unique string labels, with the labels
 * that were left out of it and why.
 *
 * <p>Calculators return it for per-country or per-product results (the HHI of each exporter, the
 * shares of each partner). Values are always finite: a label for which the indicator is undefined is
 * not in the vector but in {@link #excluded()}.
 *
 * <pre>{@code
 * LabeledVector v = LabeledVector.of(List.of("USA", "GBR"), new double[] {0.343, 0.065});
 * v.get("GBR");   // 0.065
 * v.top(1);       // LabeledVector{USA=0.343}
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class LabeledVector {

  private static final int SHOWN = 12;

  private final ImmutableList<String> labels;
  private final double[] values;
  private final ImmutableMap<String, Integer> index;
  private final ImmutableList<Exclusion> excluded;

  private LabeledVector(
      ImmutableList<String> labels, double[] values, ImmutableList<Exclusion> excluded) {
    this.labels = labels;
    this.values = values;
    this.excluded = excluded;
    this.index = indexOf(labels, "labels");
  }

  /**
   * Returns a vector with nothing excluded.
   *
   * @param labels unique, non-blank labels, not null
   * @param values one finite value per label, not null; copied
   * @return the vector, never null
   * @throws IllegalArgumentException if the lengths differ, a label repeats or is blank, or a value is
   *     not finite
   */
  public static LabeledVector of(List<String> labels, double[] values) {
    return of(labels, values, List.of());
  }

  /**
   * Returns a vector with the given exclusions.
   *
   * @param labels unique, non-blank labels, not null
   * @param values one finite value per label, not null; copied
   * @param excluded the labels left out and why, not null; none may also be in {@code labels}
   * @return the vector, never null
   * @throws IllegalArgumentException if the lengths differ, a label repeats or is blank, a value is
   *     not finite, or an excluded label is also present
   */
  public static LabeledVector of(List<String> labels, double[] values, List<Exclusion> excluded) {
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(excluded, "excluded");
    if (labels.size() != values.length) {
      throw new IllegalArgumentException(
          "labels has "
              + labels.size()
              + " items and values has "
              + values.length
              + ": expected the same length");
    }
    double[] copy = values.clone();
    for (int i = 0; i < copy.length; i++) {
      if (!Double.isFinite(copy[i])) {
        throw new IllegalArgumentException(
            "values[" + i + "] (" + labels.get(i) + ") = " + copy[i] + ": expected a finite number");
      }
    }
    LabeledVector v = new LabeledVector(ImmutableList.copyOf(labels), copy, ImmutableList.copyOf(excluded));
    for (Exclusion e : v.excluded) {
      if (v.index.containsKey(e.label())) {
        throw new IllegalArgumentException(
            "excluded label " + e.label() + " is also in labels: expected it in one of the two");
      }
    }
    return v;
  }

  static ImmutableMap<String, Integer> indexOf(List<String> labels, String what) {
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builderWithExpectedSize(labels.size());
    java.util.HashSet<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < labels.size(); i++) {
      String label = Objects.requireNonNull(labels.get(i), what);
      if (label.isBlank()) {
        throw new IllegalArgumentException(
            what + "[" + i + "] = \"" + label + "\": expected a non-blank label");
      }
      if (!seen.add(label)) {
        throw new IllegalArgumentException(
            what + "[" + i + "] = " + label + " repeats: expected unique labels");
      }
      b.put(label, i);
    }
    return b.buildOrThrow();
  }

  /**
   * Returns the labels, in order.
   *
   * @return the labels, never null
   */
  public ImmutableList<String> labels() {
    return labels;
  }

  /**
   * Returns the number of labels that have a value.
   *
   * @return the size, zero or more
   */
  public int size() {
    return values.length;
  }

  /**
   * Returns whether this label has a value.
   *
   * @param label the label, not null
   * @return true if present, false if absent or excluded
   */
  public boolean contains(String label) {
    Objects.requireNonNull(label, "label");
    return index.containsKey(label);
  }

  /**
   * Returns the value of a label.
   *
   * @param label the label, not null
   * @return the value, finite
   * @throws IllegalArgumentException if the label has no value; the message gives the reason when it
   *     was excluded
   */
  public double get(String label) {
    Objects.requireNonNull(label, "label");
    Integer i = index.get(label);
    if (i == null) {
      throw new IllegalArgumentException(missing(label, excluded));
    }
    return values[i];
  }

  static String missing(String label, List<Exclusion> excluded) {
    for (Exclusion e : excluded) {
      if (e.label().equals(label)) {
        return "label " + label + " was excluded (" + e.reason() + ")";
      }
    }
    return "label " + label + " is not in this result";
  }

  /**
   * Returns the value at a position.
   *
   * @param i the position, from 0 to {@code size() - 1}
   * @return the value, finite
   * @throws IndexOutOfBoundsException if {@code i} is outside the vector
   */
  public double get(int i) {
    Objects.checkIndex(i, values.length);
    return values[i];
  }

  /**
   * Returns a copy of the values, in label order.
   *
   * @return a new array, never null
   */
  public double[] toArray() {
    return values.clone();
  }

  /**
   * Returns the labels left out of this vector and why.
   *
   * @return the exclusions, never null, possibly empty
   */
  public ImmutableList<Exclusion> excluded() {
    return excluded;
  }

  /**
   * Returns the values as an ordered map from label to value.
   *
   * @return the map, never null
   */
  public ImmutableMap<String, Double> asMap() {
    ImmutableMap.Builder<String, Double> b = ImmutableMap.builderWithExpectedSize(values.length);
    for (int i = 0; i < values.length; i++) {
      b.put(labels.get(i), values[i]);
    }
    return b.buildOrThrow();
  }

  /**
   * Returns the {@code k} largest values, largest first; ties keep label order. Exclusions are kept.
   *
   * @param k how many, zero or more; larger than {@link #size()} returns every value
   * @return a new vector, never null
   * @throws IllegalArgumentException if {@code k} is negative
   */
  public LabeledVector top(int k) {
    if (k < 0) {
      throw new IllegalArgumentException("k = " + k + ": expected zero or more");
    }
    int[] order =
        IntStream.range(0, values.length)
            .boxed()
            .sorted(Comparator.comparingDouble((Integer i) -> values[i]).reversed())
            .limit(k)
            .mapToInt(Integer::intValue)
            .toArray();
    ImmutableList.Builder<String> l = ImmutableList.builder();
    double[] v = new double[order.length];
    for (int j = 0; j < order.length; j++) {
      l.add(labels.get(order[j]));
      v[j] = values[order[j]];
    }
    return new LabeledVector(l.build(), v, excluded);
  }

  /**
   * Returns the values sorted from largest to smallest; ties keep label order. Exclusions are
   * kept.
   *
   * @return a new vector, never null
   */
  public LabeledVector sorted() {
    return top(values.length);
  }

  /**
   * Returns the values in label order (by {@link String#compareTo}). Exclusions are kept.
   *
   * @return a new vector, never null
   */
  public LabeledVector sortedByLabel() {
    int[] order =
        IntStream.range(0, values.length)
            .boxed()
            .sorted(Comparator.comparing(labels::get))
            .mapToInt(Integer::intValue)
            .toArray();
    return pick(order);
  }

  /**
   * Returns the values whose label passes a test, in order. Exclusions are kept.
   *
   * <pre>{@code
   * hhi.filter(label -> !label.equals("WLD"));
   * }</pre>
   *
   * @param keep the test, not null
   * @return a new vector, never null
   */
  public LabeledVector filter(Predicate<? super String> keep) {
    Objects.requireNonNull(keep, "keep");
    return pick(IntStream.range(0, values.length).filter(i -> keep.test(labels.get(i))).toArray());
  }

  private LabeledVector pick(int[] order) {
    ImmutableList.Builder<String> l = ImmutableList.builderWithExpectedSize(order.length);
    double[] v = new double[order.length];
    for (int j = 0; j < order.length; j++) {
      l.add(labels.get(order[j]));
      v[j] = values[order[j]];
    }
    return new LabeledVector(l.build(), v, excluded);
  }

  /**
   * Returns the element-wise sum with another vector, label by label; both must have the same
   * labels (in any order), else the call fails naming a missing label. See {@link
   * #plus(LabeledVector, MissingLabels)}.
   *
   * @param other the other vector, not null
   * @return the sums, in this vector's label order, never null
   * @throws IllegalArgumentException if a label is in one vector only
   */
  public LabeledVector plus(LabeledVector other) {
    return plus(other, MissingLabels.REJECT);
  }

  /**
   * Returns the element-wise sum with another vector, label by label, treating a label that only
   * one vector has as {@code missing} says. Labels come in this vector's order, then the other's
   * new ones; exclusions of both inputs are kept.
   *
   * <pre>{@code
   * exports.plus(reExports, MissingLabels.ZERO);
   * }</pre>
   *
   * @param other the other vector, not null
   * @param missing how a label of one side only is treated, not null
   * @return the sums, never null
   * @throws IllegalArgumentException under {@link MissingLabels#REJECT} if a label is in one vector
   *     only
   */
  public LabeledVector plus(LabeledVector other, MissingLabels missing) {
    return combine(other, missing, "plus", (a, b) -> a + b);
  }

  /**
   * Returns the element-wise difference {@code this − other}; see {@link #plus(LabeledVector)}.
   *
   * @param other the other vector, not null
   * @return the differences, never null
   * @throws IllegalArgumentException if a label is in one vector only
   */
  public LabeledVector minus(LabeledVector other) {
    return minus(other, MissingLabels.REJECT);
  }

  /**
   * Returns the element-wise difference {@code this − other}; see {@link #plus(LabeledVector,
   * MissingLabels)}.
   *
   * @param other the other vector, not null
   * @param missing how a label of one side only is treated, not null
   * @return the differences, never null
   * @throws IllegalArgumentException under {@link MissingLabels#REJECT} if a label is in one vector
   *     only
   */
  public LabeledVector minus(LabeledVector other, MissingLabels missing) {
    return combine(other, missing, "minus", (a, b) -> a - b);
  }

  /**
   * Returns the element-wise product; see {@link #plus(LabeledVector)}.
   *
   * @param other the other vector, not null
   * @return the products, never null
   * @throws IllegalArgumentException if a label is in one vector only
   */
  public LabeledVector times(LabeledVector other) {
    return times(other, MissingLabels.REJECT);
  }

  /**
   * Returns the element-wise product; see {@link #plus(LabeledVector, MissingLabels)}.
   *
   * @param other the other vector, not null
   * @param missing how a label of one side only is treated, not null
   * @return the products, never null
   * @throws IllegalArgumentException under {@link MissingLabels#REJECT} if a label is in one vector
   *     only
   */
  public LabeledVector times(LabeledVector other, MissingLabels missing) {
    return combine(other, missing, "times", (a, b) -> a * b);
  }

  /**
   * Returns the element-wise quotient {@code this / other}, such as exports over GDP; a label whose
   * divisor is zero is excluded and listed. See {@link #plus(LabeledVector)}.
   *
   * <pre>{@code
   * exports.dividedBy(gdp);   // X/GDP per country
   * }</pre>
   *
   * @param other the divisors, not null
   * @return the quotients, never null
   * @throws IllegalArgumentException if a label is in one vector only
   */
  public LabeledVector dividedBy(LabeledVector other) {
    return dividedBy(other, MissingLabels.REJECT);
  }

  /**
   * Returns the element-wise quotient {@code this / other}; a label whose divisor is zero is
   * excluded and listed. See {@link #plus(LabeledVector, MissingLabels)}.
   *
   * @param other the divisors, not null
   * @param missing how a label of one side only is treated, not null
   * @return the quotients, never null
   * @throws IllegalArgumentException under {@link MissingLabels#REJECT} if a label is in one vector
   *     only
   */
  public LabeledVector dividedBy(LabeledVector other, MissingLabels missing) {
    return combine(other, missing, "dividedBy", (a, b) -> a / b);
  }

  private LabeledVector combine(
      LabeledVector other, MissingLabels missing, String op, DoubleBinaryOperator f) {
    Objects.requireNonNull(other, "other");
    Objects.requireNonNull(missing, "missing");
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(labels);
    all.addAll(other.labels);
    List<String> out = new java.util.ArrayList<>();
    double[] v = new double[all.size()];
    java.util.LinkedHashMap<String, Exclusion> ex = new java.util.LinkedHashMap<>();
    for (Exclusion e : excluded) {
      ex.putIfAbsent(e.label(), e);
    }
    for (Exclusion e : other.excluded) {
      ex.putIfAbsent(e.label(), e);
    }
    for (String label : all) {
      Integer i = index.get(label);
      Integer j = other.index.get(label);
      if (i == null || j == null) {
        String side = i == null ? "this vector" : "the other vector";
        if (missing == MissingLabels.REJECT) {
          throw new IllegalArgumentException(
              op
                  + ": "
                  + missing(label, i == null ? excluded : other.excluded)
                      .replace("this result", side)
                  + ": expected the same labels on both sides, or say how to treat a missing one"
                  + " (MissingLabels.EXCLUDE or ZERO)");
        }
        if (missing == MissingLabels.EXCLUDE) {
          ex.putIfAbsent(
              label, new Exclusion(Exclusion.Axis.ITEM, label, "not in " + side + " (" + op + ")"));
          continue;
        }
      }
      double a = i == null ? 0 : values[i];
      double b = j == null ? 0 : other.values[j];
      double r = f.applyAsDouble(a, b);
      if (!Double.isFinite(r)) {
        ex.put(
            label,
            new Exclusion(
                Exclusion.Axis.ITEM,
                label,
                b == 0 && op.equals("dividedBy")
                    ? "the divisor is zero"
                    : op + " is not finite (" + a + ", " + b + ")"));
        continue;
      }
      v[out.size()] = r;
      out.add(label);
      ex.remove(label);
    }
    return of(out, Arrays.copyOf(v, out.size()), List.copyOf(ex.values()));
  }

  /**
   * Joins this vector with another by label into a two-column matrix, such as an indicator with
   * GDP or population: rows are the labels of both, in this vector's order; a label of one side
   * only is excluded and listed (as a row), and the exclusions of both inputs are kept.
   *
   * <pre>{@code
   * eci.join("eci", gdpPerCapita, "gdp_pc");   // LabeledMatrix n×2 [CHN: eci=…, gdp_pc=…; …]
   * }</pre>
   *
   * @param name the column name of this vector's values, not blank
   * @param other the other vector, not null
   * @param otherName the column name of its values, not blank and not {@code name}
   * @return the joined matrix, never null
   * @throws IllegalArgumentException if a name is blank or the names are equal
   */
  public LabeledMatrix join(String name, LabeledVector other, String otherName) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(other, "other");
    Objects.requireNonNull(otherName, "otherName");
    Objects.requireNonNull(other, "other");
    List<String> rows = new java.util.ArrayList<>();
    double[] v = new double[2 * values.length];
    java.util.LinkedHashMap<String, Exclusion> ex = new java.util.LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      Integer j = other.index.get(labels.get(i));
      if (j == null) {
        ex.put(
            labels.get(i),
            new Exclusion(Exclusion.Axis.ROW, labels.get(i), "no " + otherName + " value"));
        continue;
      }
      v[2 * rows.size()] = values[i];
      v[2 * rows.size() + 1] = other.values[j];
      rows.add(labels.get(i));
    }
    for (String label : other.labels) {
      if (!index.containsKey(label)) {
        ex.put(label, new Exclusion(Exclusion.Axis.ROW, label, "no " + name + " value"));
      }
    }
    for (Exclusion e : excluded) {
      ex.putIfAbsent(e.label(), new Exclusion(Exclusion.Axis.ROW, e.label(), e.reason()));
    }
    for (Exclusion e : other.excluded) {
      ex.putIfAbsent(e.label(), new Exclusion(Exclusion.Axis.ROW, e.label(), e.reason()));
    }
    for (String r : rows) {
      ex.remove(r);
    }
    return LabeledMatrix.of(
        rows, List.of(name, otherName), Arrays.copyOf(v, 2 * rows.size()), List.copyOf(ex.values()));
  }

  /**
   * Writes this vector as CSV in long form, {@code label,value,axis,reason}: one line per value,
   * then one per exclusion (with an empty value). Values are written exactly ({@link
   * Double#toString(double)}), so {@link #parseCsv(String, String)} reads back an equal vector.
   *
   * <pre>{@code
   * StringBuilder csv = new StringBuilder();
   * hhi.writeCsv(csv);   // label,value,axis,reason / CHN,0.82,, / …
   * }</pre>
   *
   * @param out where to write, not null
   * @throws IOException if {@code out} fails
   */
  public void writeCsv(Appendable out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.append(LongCsv.VECTOR_HEADER).append('\n');
    LongCsv.writeVector(out, "", this);
  }

  /**
   * Reads a vector written by {@link #writeCsv(Appendable)}.
   *
   * @param source the name used in error messages, such as the file name, not null
   * @param text the CSV text, not null
   * @return the vector, never null
   * @throws IllegalArgumentException naming the line if the text is not such a CSV
   */
  public static LabeledVector parseCsv(String source, String text) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    return LongCsv.parseVector(LongCsv.rows(source, text, LongCsv.VECTOR_HEADER));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof LabeledVector that)) {
      return false;
    }
    return labels.equals(that.labels)
        && Arrays.equals(values, that.values)
        && excluded.equals(that.excluded);
  }

  @Override
  public int hashCode() {
    return Objects.hash(labels, Arrays.hashCode(values), excluded);
  }

  /**
   * Returns a one-line form such as {@code LabeledVector{USA=0.343, GBR=0.065}}, showing at most the
   * first 12 values, then the exclusions.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("LabeledVector{");
    for (int i = 0; i < Math.min(SHOWN, values.length); i++) {
      if (i > 0) {
        s.append(", ");
      }
      s.append(labels.get(i)).append('=').append(values[i]);
    }
    if (values.length > SHOWN) {
      s.append(", … ").append(values.length - SHOWN).append(" more");
    }
    s.append('}');
    if (!excluded.isEmpty()) {
      s.append(" excluded ").append(excluded);
    }
    return s.toString();
  }
}
