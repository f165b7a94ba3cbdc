package io.github.digitrade.reference;

import com.google.common.collect.ImmutableMap;
import io.github.digitrade.model.DigitalNature;
import io.github.digitrade.model.TradeFlow;
import io.github.digitrade.model.TradeFlows;
import java.util.ArrayList;
import java.util.List;

/**
 * China's trade in services by balance-of-payments item, as {@link TradeFlow}s from {@code
 * china_services_trade.csv}: reporter China ({@code CHN}), partner the World, direction {@code
 * EXPORT} (credit) or {@code IMPORT} (debit, positive), values in <b>billion US dollars</b> as
 * published. No balance is stored: a balance is exports minus imports, computed.
 *
 * <ul>
 *   <li>{@link #bopItems()}: SAFE's monthly tables of China's international trade in services
 *       (the January 2020 table covers services only, the later ones goods and services) for
 *       January 2020, October 2022, September 2023, June 2025, August 2025 and April 2026, item by
 *       item: the total {@code EBOPS2010:S} and the main components {@code SA} to {@code SL} as far
 *       as each table's lines were read (all twelve for April 2026; {@code SA} to {@code SK} for
 *       October 2022, September 2023, June and August 2025; {@code SA} to {@code SJ} for January
 *       2020). SAFE prints 100 million US dollars; the
 *       values are those divided by 10, so they round to 0.1 and items can differ from the printed
 *       total by 0.1. SAFE calls the monthly tables preliminary; they may differ from the quarterly
 *       balance of payments.
 *   <li>{@link #bopTotals()}: SAFE's quarterly services credit and debit from the balance of
 *       payments, so far the first quarter of 2025 (overview table: 100.1 and 159.5).
 *   <li>{@link #unctadDds()}: UNCTAD's digitally deliverable services of China, exports and
 *       imports 2015 to 2023, product {@code CUSTOM:DDS}, under UNCTAD's own code set (another
 *       publisher than SAFE: UNCTAD's China totals differ from SAFE's, so the two are never mixed).
 *   <li>{@link #unctadServices()}: UNCTAD's total services exports and imports of China 2015 to
 *       2024 (product {@code EBOPS2010:S}, UNCTADstat vintage 2025-07-23), the denominator of
 *       UNCTAD's own DDS share: (91.104 + 82.985) / (218.634 + 435.541) = 26.6% in 2015.
 * </ul>
 *
 * <p>SAFE's annual table by item is not embedded: no annual release by item was read (neither the
 * balance-of-payments time series nor a yearbook table). Annual digitally deliverable services
 * under a {@link DdsDefinition} can therefore not be computed from SAFE data here; the monthly
 * tables can. SAFE's published services balances by quarter and release are in {@link
 * PublishedFigures#of(String) PublishedFigures.of("services_bop")}.
 *
 * <p>Every row of {@code china_services_trade.csv} names in its {@code source_kind} column how it
 * was read: {@code official} (SAFE's tables on safe.gov.cn) or {@code official_dataset_mirror}
 * (UNCTAD's datasets as exported into a public repository).
 *
 * <p>The total {@code S} stands beside its items, so a plain total of a month counts services
 * twice: select by product equality, or use {@link DdsDefinition#select} and {@code
 * DigitalTrade}, which never count an aggregate beside its items. {@code TradeFlows.product(S)}
 * selects {@code S} together with every item, since items are sub-codes of {@code S}.
 *
 * <pre>{@code
 * ChinaServicesTrade.bopItems().period(Period.parse("2026-04"))
 *     .direction(FlowDirection.EXPORT).product(ProductCode.ebops("SI")).total();  // USD 9.6
 * }</pre>
 */
public final class ChinaServicesTrade {

  private ChinaServicesTrade() {}

  private static final class Holder {
    static final ImmutableMap<String, TradeFlows> DATASETS = load();

    private Holder() {}
  }

  /**
   * Returns every embedded flow: SAFE's items and quarterly totals and UNCTAD's digitally
   * deliverable and total services.
   *
   * @return the flows, never null
   */
  public static TradeFlows all() {
    List<TradeFlow> flows = new ArrayList<>();
    Holder.DATASETS.values().forEach(d -> d.forEach(flows::add));
    return TradeFlows.copyOf(flows);
  }

  /**
   * Returns SAFE's monthly services trade by EBOPS 2010 item, in billion US dollars.
   *
   * @return the flows, never null
   */
  public static TradeFlows bopItems() {
    return dataset("bop_items");
  }

  /**
   * Returns SAFE's quarterly services credit and debit of the balance of payments, product {@code
   * EBOPS2010:S}, in billion US dollars (SAFE's 100 million US dollars divided by 10).
   *
   * @return the flows, never null
   */
  public static TradeFlows bopTotals() {
    return dataset("bop_totals");
  }

  /**
   * Returns UNCTAD's digitally deliverable services exports and imports of China, in billion US
   * dollars.
   *
   * @return the flows, never null
   */
  public static TradeFlows unctadDds() {
    return dataset("unctad_dds");
  }

  /**
   * Returns UNCTAD's total services exports and imports of China, in billion US dollars.
   *
   * @return the flows, never null
   */
  public static TradeFlows unctadServices() {
    return dataset("unctad_services");
  }

  private static TradeFlows dataset(String name) {
    TradeFlows d = Holder.DATASETS.get(name);
    return d == null ? TradeFlows.empty() : d;
  }

  private static ImmutableMap<String, TradeFlows> load() {
    return Rows.chinaDatasets(
        "china_services_trade.csv",
        r ->
            r.get("dataset").equals("unctad_dds")
                ? DigitalNature.DIGITALLY_DELIVERED
                : DigitalNature.UNKNOWN);
  }

}
