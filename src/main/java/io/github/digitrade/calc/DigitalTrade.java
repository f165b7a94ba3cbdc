package io.github.digitrade.calc;

import com.google.common.collect.ImmutableSortedSet;
import io.github.digitrade.model.Classification;
import io.github.digitrade.model.FlowDirection;
import io.github.digitrade.model.Money;
import io.github.digitrade.model.ProductCode;
import io.github.digitrade.model.TradeFlow;
import io.github.digitrade.model.TradeFlows;
import io.github.digitrade.reference.DdsDefinition;
import io.github.digitrade.reference.DigitalServices;
import java.util.Currency;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

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

  /**
   * Returns the codes of a definition that a services dataset does not cover: those of {@link
   * DdsDefinition#codes()} that are neither present nor inside a present code that belongs to the
   * definition. The DDS total of such a dataset would leave them out. SAFE's tables, for example,
   * give {@code SK} but not its audiovisual part {@code SK1}, so {@link
   * DdsDefinition#HANDBOOK_CORE} is not covered ({@code [SK1]}) while {@link
   * DdsDefinition#WTO_MOFCOM} is.
   *
   * @param services services flows, not null
   * @param definition the code set, not null
   * @return the uncovered codes, sorted; empty when the dataset covers the definition
   */
  public static ImmutableSortedSet<String> uncovered(TradeFlows services, DdsDefinition definition) {
    Objects.requireNonNull(services, "services");
    Objects.requireNonNull(definition, "definition");
    Set<String> present =
        services.stream()
            .map(TradeFlow::product)
            .filter(p -> p.classification() == Classification.EBOPS_2010)
            .map(ProductCode::code)
            .collect(Collectors.toSet());
    ImmutableSortedSet.Builder<String> out = ImmutableSortedSet.naturalOrder();
    for (String code : definition.codes()) {
      boolean covered = false;
      for (String p : present) {
        covered |= DigitalServices.isWithin(code, p) && definition.contains(p);
      }
      if (!covered) {
        out.add(code);
      }
    }
    return out.build();
  }

  /**
   * Returns the exact DDS balance of services flows under a named code set: the {@link
   * #ddsTotal(TradeFlows, DdsDefinition, Currency)} of the {@code EXPORT} flows minus that of the
   * {@code IMPORT} flows. Filter the flows to one reporter and period first. Refuses a dataset that
   * does not cover the definition, since the balance would silently leave items out.
   *
   * <p>Example, SAFE's April 2026 table under {@link DdsDefinition#WTO_MOFCOM} (US$ bn): exports
   * 0.3 + 0.5 + 1.2 + 9.6 + 11.3 + 0.4 = 23.3, imports 1.2 + 0.4 + 4.8 + 4.1 + 11.0 + 0.5 = 22.0,
   * balance 1.3.
   *
   * @param services services exports and imports of one reporter and period, not null
   * @param definition the code set, not null
   * @param currency the currency of the flows, not null
   * @return exports − imports, never null
   * @throws IllegalArgumentException if the flows do not cover the definition (the message names the
   *     missing codes) or mix currencies
   */
  public static Money ddsBalance(TradeFlows services, DdsDefinition definition, Currency currency) {
    Objects.requireNonNull(currency, "currency");
    ImmutableSortedSet<String> missing = uncovered(services, definition);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          definition + " needs " + missing + ", which the flows do not hold: the balance would"
              + " leave them out; choose a definition the data cover or add the items");
    }
    Money x = ddsTotal(services.direction(FlowDirection.EXPORT), definition, currency);
    Money m = ddsTotal(services.direction(FlowDirection.IMPORT), definition, currency);
    return Money.of(Balance.balance(x.amount(), m.amount()), currency);
  }
}
