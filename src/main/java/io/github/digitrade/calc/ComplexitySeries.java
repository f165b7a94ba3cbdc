package io.github.digitrade.calc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.digitrade.model.Period;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Economic complexity computed period by period ({@code table.exports().byPeriod().complexity()}):
 * the {@link ComplexityIndices} of each period, and the ECI and PCI as {@link VectorSeries}.
 * Periods are in time order.
 *
 * <pre>{@code
 * ComplexitySeries cs = table.exports().byPeriod().complexity();
 * cs.eci().series("CHN");   // China's ECI in each year
 * cs.get("2023").pci();     // the PCI of 2023
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ComplexitySeries {

  private final ImmutableMap<String, ComplexityIndices> byPeriod;

  private ComplexitySeries(ImmutableMap<String, ComplexityIndices> byPeriod) {
    this.byPeriod = byPeriod;
  }

  /**
   * Returns a series of the indices of each period label, in the given order.
   *
   * @param byPeriod the indices of each period, in time order, not null; no key blank
   * @return the series, never null
   * @throws IllegalArgumentException if a period label is blank
   */
  public static ComplexitySeries of(Map<String, ComplexityIndices> byPeriod) {
    return new ComplexitySeries(Series.check(byPeriod));
  }

  /**
   * Returns the period labels, in time order.
   *
   * @return the periods, never null
   */
  public ImmutableList<String> periods() {
    return byPeriod.keySet().asList();
  }

  /**
   * Returns the indices of one period.
   *
   * @param period the period label, not null
   * @return the indices, never null
   * @throws IllegalArgumentException if the series has no such period; the message lists them
   */
  public ComplexityIndices get(String period) {
    return Series.get(byPeriod, period);
  }

  /**
   * Returns the indices of one period.
   *
   * @param period the period, not null
   * @return the indices, never null
   * @throws IllegalArgumentException if the series has no such period
   */
  public ComplexityIndices get(Period period) {
    return get(period.toString());
  }

  /**
   * Returns the ECI of each period.
   *
   * @return the series, never null
   */
  public VectorSeries eci() {
    ImmutableMap.Builder<String, LabeledVector> b = ImmutableMap.builder();
    byPeriod.forEach((p, ci) -> b.put(p, ci.eci()));
    return VectorSeries.of(b.buildOrThrow());
  }

  /**
   * Returns the PCI of each period.
   *
   * @return the series, never null
   */
  public VectorSeries pci() {
    ImmutableMap.Builder<String, LabeledVector> b = ImmutableMap.builder();
    byPeriod.forEach((p, ci) -> b.put(p, ci.pci()));
    return VectorSeries.of(b.buildOrThrow());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ComplexitySeries that && byPeriod.equals(that.byPeriod);
  }

  @Override
  public int hashCode() {
    return byPeriod.hashCode();
  }

  /**
   * Returns one line per period with its indices.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return Series.text("ComplexitySeries", byPeriod);
  }
}
