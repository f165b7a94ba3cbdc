package io.github.digitrade.gravity.counterfactual;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * A selection of ordered country pairs (exporter, importer) to which a counterfactual change
 * applies, such as the six directed pairs among Canada, Mexico and the United States.
 *
 * <p>Intra-national pairs (exporter = importer) are never selected: a counterfactual on trade costs
 * between countries leaves domestic trade costs as they are.
 *
 * <pre>{@code
 * Pairs nafta = Pairs.among("CAN", "MEX", "USA");   // 6 directed pairs
 * Pairs intl = Pairs.international();               // every pair with exporter ≠ importer
 * Pairs one = Pairs.of("CHN", "VNM");               // China's exports to Viet Nam only
 * }</pre>
 */
public final class Pairs {

  private final ImmutableSet<String> named;
  private final BiPredicate<String, String> test;
  private final String text;

  private Pairs(ImmutableSet<String> named, BiPredicate<String, String> test, String text) {
    this.named = named;
    this.test = test;
    this.text = text;
  }

  /**
   * Selects every international pair: all (i, j) with i ≠ j.
   *
   * @return the selection, never null
   */
  public static Pairs international() {
    return new Pairs(ImmutableSet.of(), (e, m) -> true, "all international pairs");
  }

  /**
   * Selects the directed pairs among a group of countries: (i, j) with i ≠ j both in the group,
   * n·(n − 1) pairs for n countries.
   *
   * @param countries at least two distinct country codes, not null
   * @return the selection, never null
   * @throws IllegalArgumentException for fewer than two distinct countries or a blank code
   */
  public static Pairs among(String... countries) {
    ImmutableSet<String> g = codes("countries", Arrays.asList(countries));
    if (g.size() < 2) {
      throw new IllegalArgumentException(
          "among" + g + ": expected at least two distinct countries");
    }
    return new Pairs(
        g, (e, m) -> g.contains(e) && g.contains(m), "pairs among " + String.join(", ", g));
  }

  /**
   * Selects the pairs between two groups, in both directions: (i, j) and (j, i) for i in the first
   * group and j in the second, i ≠ j.
   *
   * @param first the first group, not null, not empty
   * @param second the second group, not null, not empty
   * @return the selection, never null
   * @throws IllegalArgumentException for an empty group or a blank code
   */
  public static Pairs between(Collection<String> first, Collection<String> second) {
    ImmutableSet<String> a = codes("first", first);
    ImmutableSet<String> b = codes("second", second);
    ImmutableSet<String> all = ImmutableSet.<String>builder().addAll(a).addAll(b).build();
    return new Pairs(
        all,
        (e, m) -> (a.contains(e) && b.contains(m)) || (b.contains(e) && a.contains(m)),
        "pairs between " + String.join(", ", a) + " and " + String.join(", ", b));
  }

  /**
   * Selects one directed pair.
   *
   * @param exporter the exporter code, not null, not blank
   * @param importer the importer code, not null, not blank, not the exporter
   * @return the selection, never null
   * @throws IllegalArgumentException for a blank code or exporter = importer
   */
  public static Pairs of(String exporter, String importer) {
    ImmutableSet<String> e = codes("exporter", List.of(exporter));
    ImmutableSet<String> m = codes("importer", List.of(importer));
    if (e.equals(m)) {
      throw new IllegalArgumentException(
          "pair " + exporter + " → " + importer + ": expected two different countries");
    }
    return new Pairs(
        ImmutableSet.of(exporter, importer),
        (x, y) -> x.equals(exporter) && y.equals(importer),
        exporter + " → " + importer);
  }

  private static ImmutableSet<String> codes(String what, Collection<String> codes) {
    requireNonNull(codes, what);
    if (codes.isEmpty()) {
      throw new IllegalArgumentException(what + " is empty: expected at least one country code");
    }
    for (String c : codes) {
      requireNonNull(c, what + " element");
      if (c.isBlank()) {
        throw new IllegalArgumentException(
            what + " contains a blank country code: expected codes such as \"CAN\"");
      }
    }
    return ImmutableSet.copyOf(codes);
  }

  /**
   * Tells whether a directed pair is selected.
   *
   * @param exporter the exporter code
   * @param importer the importer code
   * @return whether the change applies to the pair
   */
  boolean contains(String exporter, String importer) {
    if (exporter.equals(importer)) {
      return false;
    }
    return test.test(exporter, importer);
  }

  /**
   * Returns the countries this selection names (empty for {@link #international()}).
   *
   * @return the codes, never null
   */
  public ImmutableSet<String> countries() {
    return named;
  }

  /**
   * Returns a description such as {@code pairs among CAN, MEX, USA}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return text;
  }
}
