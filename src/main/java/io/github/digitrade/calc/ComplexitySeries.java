package io.github.digitrade.calc;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

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
public final class ComplexitySeries extends PeriodSeries<ComplexityIndices> {

  private ComplexitySeries(Map<String, ComplexityIndices> byPeriod) {
    super(byPeriod);
  }

  /**
   * Returns a series of the indices of each period label, in the given order.
   *
   * @param byPeriod the indices of each period, in time order, not null; no key blank
   * @return the series, never null
   * @throws IllegalArgumentException if a period label is blank
   */
  public static ComplexitySeries of(Map<String, ComplexityIndices> byPeriod) {
    return new ComplexitySeries(byPeriod);
  }

  /**
   * Returns the ECI of each period.
   *
   * @return the series, never null
   */
  public VectorSeries eci() {
    ImmutableMap.Builder<String, LabeledVector> b = ImmutableMap.builder();
    asMap().forEach((p, ci) -> b.put(p, ci.eci()));
    return VectorSeries.of(b.buildOrThrow());
  }

  /**
   * Returns the PCI of each period.
   *
   * @return the series, never null
   */
  public VectorSeries pci() {
    ImmutableMap.Builder<String, LabeledVector> b = ImmutableMap.builder();
    asMap().forEach((p, ci) -> b.put(p, ci.pci()));
    return VectorSeries.of(b.buildOrThrow());
  }
}
