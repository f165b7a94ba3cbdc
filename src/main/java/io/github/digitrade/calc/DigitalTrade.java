package io.github.digitrade.calc;

import io.github.digitrade.model.Money;
import io.github.digitrade.model.TradeFlows;
import io.github.digitrade.reference.DdsDefinition;
import java.util.Currency;
import java.util.Objects;

/**
 * Digital-trade measures on values already aggregated: the share of digitally deliverable services
 * (DDS) in services trade, the DDS total of its items, and shares by digital nature.
 *
 * <p>Which services count as digitally deliverable depends on a named EBOPS 2010 code set (the
 * handbook/BaTIS core set SF, SG, SH, SI, SJ, SK1, or the WTO/MOFCOM set with all of SK); this class
 * takes the values of the chosen items and does not double count: pass either a heading (SI) or its
 * sub-items (SI1–SI3), never both. The digital nature of a flow (digitally ordered, digitally
 * delivered, both, neither) follows the OECD-WTO-IMF-UNCTAD <i>Handbook on Measuring Digital
 * Trade</i>, 2nd ed. (2023).
 *
 * <pre>{@code
 * DigitalTrade.ddsShare(294.76, 661.72);   // 0.4454: China 2020, US$ bn (MOFCOM)
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class DigitalTrade {

  private DigitalTrade() {}

  /**
   * Returns the share of digitally deliverable services in total services trade, {@code DDS / total
   * services}.
   *
   * <p>Example (MOFCOM, China 2020, US$ bn): {@code 294.76 / 661.72 = 0.4454}, 44.5%.
   *
   * @param dds DDS trade, a finite number ≥ 0, not above the total
   * @param totalServices total services trade in the same currency and period, a finite number ≥ 0
   * @return the share, from 0 to 1
   * @throws IllegalArgumentException if a value is negative or not finite, or {@code dds >
   *     totalServices}
   * @throws UndefinedIndicatorException if {@code totalServices = 0}
   */
  public static double ddsShare(double dds, double totalServices) {
    Checks.nonNegative("dds", dds);
    Checks.nonNegative("totalServices", totalServices);
    if (dds > totalServices) {
      throw new IllegalArgumentException(
          "dds = " + dds + ": expected a number ≤ totalServices = " + totalServices);
    }
    if (totalServices == 0) {
      throw new UndefinedIndicatorException(
          "DDS share is undefined: total services trade = 0");
    }
    return dds / totalServices;
  }

  /**
   * Returns the DDS total: the compensated sum ({@link Sums}) of the values of the EBOPS items of a
   * code set.
   *
   * @param itemValues the values of the items of the code set, one per item with no item nested in
   *     another, finite numbers ≥ 0, not null; may be empty (total 0)
   * @return the total, ≥ 0, within {@link Sums#errorBound(double[])} of the exact sum
   * @throws IllegalArgumentException if a value is negative or not finite
   */
  public static double ddsTotal(double[] itemValues) {
    Checks.nonNegative("itemValues", itemValues);
    return Sums.sum(itemValues);
  }

  /**
   * Returns the share of each digital nature in the total, given values keyed by nature (for example
   * {@code DIGITALLY_ORDERED}, {@code DIGITALLY_DELIVERED}, {@code BOTH}, {@code NEITHER}). Each
   * share equals {@link Shares#shares(double[])} of the values bit for bit.
   *
   * <p>Example: {@code {ORDERED=20, DELIVERED=50, BOTH=10, NEITHER=20}} gives {@code {0.2, 0.5, 0.1,
   * 0.2}}.
   *
   * @param valuesByNature values keyed by nature, ≥ 0, not empty, not null
   * @return the shares with the same labels, summing to 1, never null
   * @throws IllegalArgumentException if a value is negative or the vector is empty
   * @throws UndefinedIndicatorException if every value is zero
   */
  public static LabeledVector sharesByNature(LabeledVector valuesByNature) {
    Objects.requireNonNull(valuesByNature, "valuesByNature");
    double[] s = Shares.of("valuesByNature", valuesByNature.toArray(), "shares by nature are");
    return LabeledVector.of(valuesByNature.labels(), s);
  }

  /**
   * Returns the share of each digital nature in the flows' total, labelled by the {@code
   * DigitalNature} constant name ({@code DIGITALLY_DELIVERED}, …) in order of first appearance;
   * equals {@link Shares#shares(double[])} of the pivoted values bit for bit.
   *
   * @param flows the flows, in one currency, not empty, not null
   * @return the share per nature, never null
   * @throws IllegalArgumentException if there are no flows or they mix currencies
   * @throws UndefinedIndicatorException if every value is zero
   */
  public static LabeledVector sharesByNature(TradeFlows flows) {
    return sharesByNature(FlowPivot.vector(flows, f -> f.digitalNature().name()));
  }

  /**
   * Returns the exact DDS total of services flows under a named EBOPS 2010 code set: the flows
   * {@link DdsDefinition#select(TradeFlows)} keeps (each item counted once, never an aggregate beside
   * its sub-items), totalled exactly. Filter the flows to one reporter, direction and period first.
   *
   * <pre>{@code
   * DigitalTrade.ddsTotal(services, DdsDefinition.WTO_MOFCOM);   // e.g. USD 294.76 (bn)
   * }</pre>
   *
   * @param services services flows, in one currency, not null
   * @param definition the code set, not null
   * @param currency the currency of the flows (the total is zero in it when nothing is selected), not
   *     null
   * @return the DDS total, never null
   * @throws IllegalArgumentException if a selected flow is in another currency
   */
  public static Money ddsTotal(TradeFlows services, DdsDefinition definition, Currency currency) {
    Objects.requireNonNull(services, "services");
    Objects.requireNonNull(definition, "definition");
    return definition.select(services).total(currency);
  }

  /**
   * Returns the DDS share of services trade under a named code set: {@link #ddsShare(double,
   * double)} of {@link #ddsTotal(TradeFlows, DdsDefinition, Currency)} and the given services total,
   * each converted once to {@code double}.
   *
   * @param services services flows, in the currency of {@code totalServices}, not null
   * @param definition the code set, not null
   * @param totalServices total services trade of the same reporter, direction and period, not null
   * @return the share, from 0 to 1
   * @throws IllegalArgumentException if currencies differ or the DDS total exceeds the total
   * @throws UndefinedIndicatorException if the services total is zero
   */
  public static double ddsShare(TradeFlows services, DdsDefinition definition, Money totalServices) {
    Objects.requireNonNull(totalServices, "totalServices");
    Money dds = ddsTotal(services, definition, totalServices.currency());
    return ddsShare(dds.amount().doubleValue(), totalServices.amount().doubleValue());
  }
}
