package io.github.digitrade.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.digitrade.internal.Checks;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, ordered collection of {@link TradeFlow}s with composable filters and exact totals.
 *
 * <p>Every filter returns a new {@code TradeFlows} and filters commute: {@code
 * flows.reporter(chn).direction(EXPORT)} equals {@code flows.direction(EXPORT).reporter(chn)}.
 * Totals are exact {@link java.math.BigDecimal} sums and never mix currencies: a collection with
 * several currencies gives an {@link IllegalArgumentException} naming them (use {@link
 * #totalsByCurrency()} or convert first). Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * TradeFlows cbec = ChinaDigitalTrade.cbec();
 * cbec.direction(FlowDirection.EXPORT)
 *     .periodBetween(Period.ofYear(2020), Period.ofYear(2024))
 *     .total();                    // CNY 3629.9: 1120 (2020) + 1530 (2022) + 979.9 (2024-H1)
 * cbec.totalsBy(TradeFlow::period);               // {2017=..., 2018=..., ...}
 * }</pre>
 */
public final class TradeFlows implements Iterable<TradeFlow> {

  private static final TradeFlows EMPTY = new TradeFlows(ImmutableList.of());

  private final ImmutableList<TradeFlow> flows;

  private TradeFlows(ImmutableList<TradeFlow> flows) {
    this.flows = flows;
  }

  /**
   * Returns a collection of the given flows, in order.
   *
   * @param flows the flows, not null, no null elements
   * @return the collection, never null
   */
  public static TradeFlows of(TradeFlow... flows) {
    return copyOf(Arrays.asList(requireNonNull(flows, "flows")));
  }

  /**
   * Returns a collection of the given flows, in iteration order.
   *
   * @param flows the flows, not null, no null elements
   * @return the collection, never null
   */
  public static TradeFlows copyOf(Iterable<TradeFlow> flows) {
    ImmutableList<TradeFlow> list = Checks.elements("flows", flows);
    return list.isEmpty() ? EMPTY : new TradeFlows(list);
  }

  /**
   * Returns the empty collection.
   *
   * @return the empty collection, never null
   */
  public static TradeFlows empty() {
    return EMPTY;
  }

  /**
   * Returns the number of flows.
   *
   * @return the size
   */
  public int size() {
    return flows.size();
  }

  /**
   * Returns whether there are no flows.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return flows.isEmpty();
  }

  /**
   * Returns the flows as a list.
   *
   * @return the flows, never null
   */
  public ImmutableList<TradeFlow> asList() {
    return flows;
  }

  /**
   * Returns a sequential stream of the flows.
   *
   * @return the stream, never null
   */
  public Stream<TradeFlow> stream() {
    return flows.stream();
  }

  /**
   * Returns an iterator over the flows, in order.
   *
   * @return the iterator, never null
   */
  @Override
  public Iterator<TradeFlow> iterator() {
    return flows.iterator();
  }

  /**
   * Returns the flows that satisfy {@code predicate}, in order.
   *
   * @param predicate the condition, not null
   * @return the matching flows, never null
   */
  public TradeFlows filter(Predicate<? super TradeFlow> predicate) {
    requireNonNull(predicate, "predicate");
    return copyOf(flows.stream().filter(predicate).collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns the flows reported by {@code reporter}.
   *
   * @param reporter the reporter, not null
   * @return the matching flows, never null
   */
  public TradeFlows reporter(Partner reporter) {
    requireNonNull(reporter, "reporter");
    return filter(f -> f.reporter().equals(reporter));
  }

  /**
   * Returns the flows with {@code partner} as partner.
   *
   * @param partner the partner, not null
   * @return the matching flows, never null
   */
  public TradeFlows partner(Partner partner) {
    requireNonNull(partner, "partner");
    return filter(f -> f.partner().equals(partner));
  }

  /**
   * Returns the flows whose partner is a member of {@code group} on {@code date}.
   *
   * @param group the group, not null
   * @param date the day membership is judged on, not null
   * @return the matching flows, never null
   */
  public TradeFlows partnerIn(PartnerGroup group, LocalDate date) {
    java.util.Objects.requireNonNull(group, "group");
    java.util.Objects.requireNonNull(date, "date");
    ImmutableSet<Partner> members = group.membersOn(date);
    return filter(f -> members.contains(f.partner()));
  }

  /**
   * Returns the flows whose period lies wholly within {@code from} to {@code to}, both inclusive
   * ({@code 2020-H1} lies within 2020 to 2024; 2019 does not).
   *
   * @param from the first period, not null
   * @param to the last period, not null, not before {@code from}
   * @return the matching flows, never null
   * @throws IllegalArgumentException if {@code to} ends before {@code from} starts
   */
  public TradeFlows periodBetween(Period from, Period to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    LocalDate start = from.start();
    LocalDate end = to.end();
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "to = " + to + ": expected a period that does not end before from = " + from);
    }
    return filter(f -> !f.period().start().isBefore(start) && !f.period().end().isAfter(end));
  }

  /**
   * Returns the flows whose period equals {@code period}.
   *
   * @param period the period, not null
   * @return the matching flows, never null
   */
  public TradeFlows period(Period period) {
    requireNonNull(period, "period");
    return filter(f -> f.period().equals(period));
  }

  /**
   * Returns the flows in {@code direction}.
   *
   * @param direction the direction, not null
   * @return the matching flows, never null
   */
  public TradeFlows direction(FlowDirection direction) {
    requireNonNull(direction, "direction");
    return filter(f -> f.direction() == direction);
  }

  /**
   * Returns the flows whose product is in {@code classification}.
   *
   * @param classification the classification, not null
   * @return the matching flows, never null
   */
  public TradeFlows classification(Classification classification) {
    requireNonNull(classification, "classification");
    return filter(f -> f.product().classification() == classification);
  }

  /**
   * Returns the flows for {@code product} and every more detailed code below it.
   *
   * @param product the product, not null
   * @return the matching flows, never null
   */
  public TradeFlows product(ProductCode product) {
    requireNonNull(product, "product");
    return filter(f -> product.isPrefixOf(f.product()));
  }

  /**
   * Returns the flows with the given digital nature.
   *
   * @param nature the digital nature, not null
   * @return the matching flows, never null
   */
  public TradeFlows digitalNature(DigitalNature nature) {
    requireNonNull(nature, "nature");
    return filter(f -> f.digitalNature() == nature);
  }

  /**
   * Returns the flows declared under the customs mode with {@code code}, such as {@code 9610}.
   *
   * @param code the four-digit code, not null
   * @return the matching flows, never null
   */
  public TradeFlows customsMode(String code) {
    requireNonNull(code, "code");
    return filter(f -> f.customsMode().map(m -> m.code().equals(code)).orElse(false));
  }

  /**
   * Returns the flows that went through the platform with {@code platformId}.
   *
   * @param platformId the platform id, not null
   * @return the matching flows, never null
   */
  public TradeFlows platform(String platformId) {
    requireNonNull(platformId, "platformId");
    return filter(f -> f.platformId().map(platformId::equals).orElse(false));
  }

  /**
   * Returns the flows whose source has the given vintage.
   *
   * @param vintage the vintage, not null
   * @return the matching flows (flows without a source never match), never null
   */
  public TradeFlows vintage(Vintage vintage) {
    requireNonNull(vintage, "vintage");
    return filter(f -> f.source().map(s -> s.vintage() == vintage).orElse(false));
  }

  /**
   * Returns, for every figure given in several releases, only the flows of its latest release: a
   * figure is a flow's reporter, partner, period, direction, product, digital nature, customs mode,
   * platform, unit and currency; its {@link Release} is its source's vintage (preliminary, then
   * revised, then final; unspecified or no source counts as earliest), then the source's release
   * date (a missing date counts as earliest). Flows of one figure in the same latest release are all kept;
   * order is kept.
   *
   * <pre>{@code
   * ChinaDigitalTrade.cbec().period(Period.ofYear(2021)).direction(FlowDirection.TOTAL)
   *     .latest().total();   // CNY 1920, the revised figure (not 1980 + 1920)
   * }</pre>
   *
   * @return the flows of the latest releases, never null
   */
  public TradeFlows latest() {
    Map<java.util.List<Object>, Release> best = new LinkedHashMap<>();
    for (TradeFlow f : flows) {
      best.merge(figure(f), Release.of(f), (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }
    return filter(f -> Release.of(f).compareTo(requireNonNull(best.get(figure(f)))) == 0);
  }

  /**
   * Returns this collection if no figure is given in several releases (see {@link #latest()} for
   * what a figure and a release are); every total calls it, so that a preliminary and a revised
   * figure are never added together.
   *
   * @return this collection, never null
   * @throws IllegalArgumentException if a figure is given in several releases; the message names
   *     the first such figure, its releases and how to choose ({@link #latest()}, {@link
   *     #vintage(Vintage)})
   */
  public TradeFlows requireOneRelease() {
    Map<java.util.List<Object>, TradeFlow> first = new LinkedHashMap<>();
    for (TradeFlow f : flows) {
      TradeFlow g = first.putIfAbsent(figure(f), f);
      if (g != null && Release.of(g).compareTo(Release.of(f)) != 0) {
        throw new IllegalArgumentException(
            "the figure "
                + f.reporter().code()
                + " → "
                + f.partner().code()
                + ", "
                + f.period()
                + ", "
                + f.direction()
                + ", "
                + f.product()
                + " is given in several releases ("
                + Release.of(g)
                + " "
                + g.value()
                + ", "
                + Release.of(f)
                + " "
                + f.value()
                + "): expected one release per figure; choose with latest() or vintage(...)");
      }
    }
    return this;
  }

  private static java.util.List<Object> figure(TradeFlow f) {
    return Arrays.asList(
        f.reporter(),
        f.partner(),
        f.period(),
        f.direction(),
        f.product(),
        f.digitalNature(),
        f.customsMode(),
        f.platformId(),
        f.unit(),
        f.value().currency());
  }

  /**
   * Returns the exact sum of all values.
   *
   * @return the total, never null
   * @throws IllegalArgumentException if the collection is empty (the currency is then unknown: use
   *     {@link #total(Currency)}) or holds several currencies (the message names them), or a figure
   *     is given in several releases ({@link #requireOneRelease()})
   */
  public Money total() {
    if (flows.isEmpty()) {
      throw new IllegalArgumentException(
          "flows = []: expected at least one flow to know the currency; use total(Currency)");
    }
    return total(flows.get(0).value().currency());
  }

  /**
   * Returns the exact sum of all values, zero in {@code currency} if there are none.
   *
   * @param currency the currency of the flows, not null
   * @return the total, never null
   * @throws CurrencyMismatchException if a flow has another currency (the message names both)
   * @throws IllegalArgumentException if a figure is given in several releases ({@link
   *     #requireOneRelease()})
   */
  public Money total(Currency currency) {
    requireNonNull(currency, "currency");
    requireOneRelease();
    Money sum = Money.zero(currency);
    for (TradeFlow f : flows) {
      CurrencyMismatchException.check("total", currency, f.value().currency());
      sum = sum.plus(f.value());
    }
    return sum;
  }

  /**
   * Returns the exact total per currency, in order of first appearance.
   *
   * @return the totals, never null
   * @throws IllegalArgumentException if a figure is given in several releases ({@link
   *     #requireOneRelease()})
   */
  public ImmutableMap<Currency, Money> totalsByCurrency() {
    requireOneRelease();
    Map<Currency, Money> sums = new LinkedHashMap<>();
    for (TradeFlow f : flows) {
      sums.merge(f.value().currency(), f.value(), Money::plus);
    }
    return ImmutableMap.copyOf(sums);
  }

  /**
   * Returns the exact total per key, in order of first appearance of each key: {@code
   * totalsBy(TradeFlow::period)} gives a series, {@code totalsBy(TradeFlow::partner)} a partner
   * breakdown.
   *
   * @param <K> the key type
   * @param key the key of a flow, not null; must not return null
   * @return the totals, never null
   * @throws IllegalArgumentException if the flows of one key have several currencies, or a figure is
   *     given in several releases ({@link #requireOneRelease()})
   */
  public <K> ImmutableMap<K, Money> totalsBy(Function<? super TradeFlow, ? extends K> key) {
    requireNonNull(key, "key");
    requireOneRelease();
    Map<K, Money> sums = new LinkedHashMap<>();
    for (TradeFlow f : flows) {
      K k = requireNonNull(key.apply(f), "key");
      Money prev = sums.get(k);
      if (prev != null) {
        CurrencyMismatchException.check("totalsBy", prev.currency(), f.value().currency());
      }
      sums.put(k, prev == null ? f.value() : prev.plus(f.value()));
    }
    return ImmutableMap.copyOf(sums);
  }

  /**
   * Returns the mirror pair of a bilateral flow: {@code exporter}'s reported exports to {@code
   * importer} beside {@code importer}'s reported imports from {@code exporter}, for {@code period}
   * and exactly {@code product}. Several matching flows on one side are summed.
   *
   * @param exporter the exporting reporter, not null
   * @param importer the importing reporter, not null
   * @param period the period, not null
   * @param product the product, not null
   * @return the pair, never null; a side no flow matches is empty
   * @throws IllegalArgumentException if the flows of one side have several currencies
   */
  public MirrorPair mirror(Partner exporter, Partner importer, Period period, ProductCode product) {
    requireNonNull(exporter, "exporter");
    requireNonNull(importer, "importer");
    requireNonNull(period, "period");
    requireNonNull(product, "product");
    TradeFlows common = period(period).filter(f -> f.product().equals(product));
    TradeFlows x = common.reporter(exporter).partner(importer).direction(FlowDirection.EXPORT);
    TradeFlows m = common.reporter(importer).partner(exporter).direction(FlowDirection.IMPORT);
    return MirrorPair.of(sideTotal(x), sideTotal(m));
  }

  private static @Nullable Money sideTotal(TradeFlows side) {
    return side.isEmpty() ? null : side.total();
  }

  /**
   * Returns whether {@code o} holds equal flows in the same order.
   *
   * @param o the other object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TradeFlows that && flows.equals(that.flows);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return flows.hashCode();
  }

  /**
   * Returns {@code TradeFlows[n flows]} followed by one flow per line (at most 20, then {@code
   * ...}).
   *
   * @return the readable form, never null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("TradeFlows[").append(flows.size()).append(" flows]");
    int shown = 0;
    for (TradeFlow f : flows) {
      if (shown++ == 20) {
        sb.append("\n  ...");
        break;
      }
      sb.append("\n  ").append(f);
    }
    return sb.toString();
  }
}
