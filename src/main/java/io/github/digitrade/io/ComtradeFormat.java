package io.github.digitrade.io;

import java.util.List;

/**
 * UN Comtrade bulk CSV, both header generations, and the rules that keep only its leaf records.
 *
 * <p><b>Headers.</b> The current generation (Comtrade+ API and bulk downloads) names its columns
 * {@code typeCode, freqCode, refPeriodId, refYear, refMonth, period, reporterCode, reporterISO,
 * reporterDesc, flowCode, flowDesc, partnerCode, partnerISO, partnerDesc, partner2Code,
 * partner2ISO, partner2Desc, classificationCode, classificationSearchCode,
 * isOriginalClassification, cmdCode, cmdDesc, aggrLevel, isLeaf, customsCode, customsDesc,
 * mosCode, motCode, motDesc, qtyUnitCode, qtyUnitAbbr, qty, isQtyEstimated, altQtyUnitCode,
 * altQtyUnitAbbr, altQty, isAltQtyEstimated, netWgt, isNetWgtEstimated, grossWgt,
 * isGrossWgtEstimated, cifvalue, fobvalue, primaryValue, legacyEstimationFlag, isReported,
 * isAggregate} (the {@code …Desc} columns only when descriptions are asked for). The legacy
 * generation names them {@code Classification, Year, Period, Period Desc., Aggregate Level, Is
 * Leaf Code, Trade Flow Code, Trade Flow, Reporter Code, Reporter, Reporter ISO, Partner Code,
 * Partner, Partner ISO, 2nd Partner Code, 2nd Partner, 2nd Partner ISO, Customs Proc. Code,
 * Customs, Mode of Transport Code, Mode of Transport, Commodity Code, Commodity, Qty Unit Code,
 * Qty Unit, Qty, Alt Qty Unit Code, Alt Qty Unit, Alt Qty, Netweight (kg), Gross weight (kg),
 * Trade Value (US$), CIF Trade Value (US$), FOB Trade Value (US$), Flag}; its bulk files lack the
 * second-partner, customs and transport columns. Columns are found by name, in any order; only
 * the five dimensions and the value are required.
 *
 * <p><b>Values.</b> Reporter and partner are UN M49 numeric codes (Comtrade's special areas
 * included), kept as the number without leading zeros; commodity codes are kept as strings; flow
 * codes are the current letters ({@code M}, {@code X}, {@code RX}, {@code RM} …), the legacy
 * regime codes 1 to 4 read as {@code M}, {@code X}, {@code RX} and {@code RM}; values in US
 * dollars ({@code primaryValue}, legacy {@code Trade Value (US$)}).
 *
 * <p><b>Leaf records only.</b> A Comtrade file holds, beside its leaf records, records that are
 * sums of them or parts of a total it also holds. By default the reader keeps only the leaf,
 * non-duplicated records and counts every other one by its {@link Aggregate} kind in {@link
 * ReadReport#excluded()}: reporter 97 (European Union, the sum of its members), partner 0
 * (World), commodity {@code TOTAL} or aggregate level 0, a commodity whose {@code isLeaf} is 0,
 * a second partner other than 0, a customs procedure other than {@code C00}, a mode of transport
 * other than 0, a mode of supply other than 0 (blank breakdown codes, as in legacy files, are the
 * total). The {@code isAggregate} and {@code isReported} flags are not used: a leaf record that
 * Comtrade computed or estimated is still the one record of its key once the rules above hold.
 * When the kept records are at two levels of one classification ({@code 85} beside {@code 8517},
 * possible in a file without the {@code isLeaf} column) the read is refused. {@link
 * FlowReader#withAggregates()} keeps the excluded records apart, by kind and breakdown code.
 */
final class ComtradeFormat extends FlowFormat {

  static final ComtradeFormat INSTANCE = new ComtradeFormat();

  /** The legacy header of the trade flow, whose codes are numbers. */
  static final String LEGACY_FLOW = ComtradeRule.LEGACY_FLOW_HEADER;

  static final List<String> AGGREGATE_LEVEL = List.of("aggrLevel", "Aggregate Level");
  static final List<String> IS_LEAF = List.of("isLeaf", "Is Leaf Code");
  static final List<String> SECOND_PARTNER = List.of("partner2Code", "2nd Partner Code");
  static final List<String> CUSTOMS = List.of("customsCode", "Customs Proc. Code");
  static final List<String> TRANSPORT = List.of("motCode", "Mode of Transport Code");
  static final List<String> SUPPLY = List.of("mosCode");

  private ComtradeFormat() {}

  @Override
  public String name() {
    return "comtrade";
  }

  @Override
  public String valueUnit() {
    return "USD";
  }

  @Override
  public ColumnMapping mapping() {
    return ColumnMapping.comtrade();
  }

  @Override
  boolean numericCountries() {
    return true;
  }

  @Override
  boolean integerRows() {
    return false;
  }
}
