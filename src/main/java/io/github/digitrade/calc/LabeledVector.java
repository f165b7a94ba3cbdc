package io.github.digitrade.calc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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
