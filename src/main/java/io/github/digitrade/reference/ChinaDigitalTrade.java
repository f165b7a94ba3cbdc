package io.github.digitrade.reference;

import com.google.common.collect.ImmutableMap;
import io.github.digitrade.model.DigitalNature;
import io.github.digitrade.model.ProductCode;
import io.github.digitrade.model.TradeFlow;
import io.github.digitrade.model.TradeFlows;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A sample dataset of China's digital trade as {@link TradeFlow}s, from {@code
 * china_digital_trade.csv}: reporter China ({@code CHN}), partner the World ({@code WLD}), values in
 * <b>billions</b> of the currency, exactly as published.
 *
 * <ul>
 *   <li>{@link #cbec()}: cross-border e-commerce (GACC, MOFCOM), in billion yuan; product {@link
 *       ProductCode#total()}, digital nature {@code DIGITALLY_ORDERED}; direction {@code TOTAL}
 *       (exports plus imports) and, where published, {@code EXPORT} and {@code IMPORT}. Years
 *       2017 to 2024 and the half-years 2024-H1 and 2025-H1. Preliminary and revised figures stand
 *       side by side, told apart by the source's vintage: 2021 is 1980 preliminary and 1920 revised.
 *       2017 is GACC's old narrow series (retail through the customs CBEC platform) and is not
 *       comparable with the broad series from 2018. 2019 is left out: the only figure found (about
 *       1289) is derived from the 2020 growth rate, not published. 2020 has the preliminary 1690
 *       and the revised 1620; the revised 2020 and 2021 rows share one source, so growth between them
 *       is growth within one release generation (see {@link PublishedFigures}).
 *   <li>{@link #dds()}: trade in digitally deliverable services (MOFCOM, CAICT, UNCTAD), product
 *       {@code CUSTOM:DDS}, digital nature {@code DIGITALLY_DELIVERED} (DDS measure what can be
 *       delivered digitally, the handbook's proxy for digitally delivered trade), in billion US
 *       dollars and, for 2022 to 2024, also in billion yuan. Alternative figures of other publishers
 *       stand side by side. 2021 has only UNCTAD's export figure.
 *   <li>{@link #servicesTrade()}: China's total services trade of 2020 (661.72 billion US dollars,
 *       product {@code EBOPS2010:S}), so that the DDS share can be computed: 294.76 / 661.72 =
 *       44.5%.
 * </ul>
 *
 * <p>Every flow has a {@code Source} (publisher, title with where it was read, release date,
 * vintage) and a {@code Status}.
 *
 * <pre>{@code
 * ChinaDigitalTrade.cbec().direction(FlowDirection.EXPORT)
 *     .periodBetween(Period.ofYear(2020), Period.ofYear(2024)).total();   // CNY 3629.9
 * ChinaDigitalTrade.cbec().vintage(Vintage.REVISED);                        // 2021, 2023, 2024
 * }</pre>
 */
public final class ChinaDigitalTrade {

  private ChinaDigitalTrade() {}

  private static final class Holder {
    static final ImmutableMap<String, TradeFlows> DATASETS = load();

    private Holder() {}
  }

  /**
   * Returns every flow of the dataset: cross-border e-commerce, DDS and services total.
   *
   * @return the flows, never null
   */
  public static TradeFlows all() {
    List<TradeFlow> flows = new ArrayList<>();
    Holder.DATASETS.values().forEach(d -> d.forEach(flows::add));
    return TradeFlows.copyOf(flows);
  }

  /**
   * Returns the cross-border e-commerce flows, in billion yuan.
   *
   * @return the flows, never null
   */
  public static TradeFlows cbec() {
    return dataset("cbec");
  }

  /**
   * Returns the digitally deliverable services flows, in billion US dollars and billion yuan.
   *
   * @return the flows, never null
   */
  public static TradeFlows dds() {
    return dataset("dds");
  }

  /**
   * Returns the digitally deliverable services flows in one currency.
   *
   * @param currency {@code USD} or {@code CNY}, not null
   * @return the flows in that currency, never null (empty for other currencies)
   */
  public static TradeFlows dds(Currency currency) {
    java.util.Objects.requireNonNull(currency, "currency");
    return dds().filter(f -> f.value().currency().equals(currency));
  }

  /**
   * Returns China's total trade in services, in billion US dollars (2020 only).
   *
   * @return the flows, never null
   */
  public static TradeFlows servicesTrade() {
    return dataset("services");
  }

  private static TradeFlows dataset(String name) {
    TradeFlows d = Holder.DATASETS.get(name);
    return d == null ? TradeFlows.empty() : d;
  }

  private static ImmutableMap<String, TradeFlows> load() {
    return Rows.chinaDatasets(
        "china_digital_trade.csv", r -> DigitalNature.valueOf(r.get("nature")));
  }

}
