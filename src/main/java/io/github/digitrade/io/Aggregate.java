package io.github.digitrade.io;

/**
 * Why a record of a UN Comtrade file is not a leaf record: it is an aggregate of other records of
 * the same file (partner World, reporter European Union, commodity {@code TOTAL}, a commodity code
 * above the leaf level) or a breakdown of a total that the file also holds (by second partner,
 * customs procedure, mode of transport or mode of supply). Summing such a record with the leaf
 * records counts the same trade twice or more, so {@link FlowReader#comtrade()} excludes it by
 * default and counts it under its kind in {@link ReadReport#excluded()}; {@link
 * FlowReader#withAggregates()} keeps the excluded records apart in {@link ReadResult#aggregates()}.
 *
 * <p>A record is counted under the first kind that applies, in the order of the constants. The
 * rules follow UN Comtrade's bulk layout (see {@code ComtradeFormat} and {@code
 * docs/data-sources.md}).
 *
 * <pre>{@code
 * ReadResult r = FlowReader.comtrade().read(path);
 * r.report().excluded().get(Aggregate.PARTNER_WORLD);   // rows with partner World, not in r.table()
 * }</pre>
 */
public enum Aggregate {
  /** Reporter {@code 97}, the European Union: the sum of its members' own reports. */
  REPORTER_GROUP("reporter European Union (97)"),
  /** Partner {@code 0}, World: the sum over every partner of the record. */
  PARTNER_WORLD("partner World (0)"),
  /** Commodity {@code TOTAL} (aggregate level 0): the sum over every commodity. */
  COMMODITY_TOTAL("commodity TOTAL"),
  /** A commodity code that is not a leaf ({@code isLeaf} false): the sum of its sub-codes. */
  COMMODITY_NOT_LEAF("commodity above the leaf level"),
  /** A second partner other than World ({@code partner2Code} not 0): part of the partner total. */
  SECOND_PARTNER("second partner other than World"),
  /** A customs procedure other than the total {@code C00}: part of the procedure total. */
  CUSTOMS_PROCEDURE("customs procedure other than C00"),
  /** A mode of transport other than the total {@code 0}: part of the transport total. */
  TRANSPORT_MODE("mode of transport other than 0"),
  /** A mode of supply (services) other than the total {@code 0}: part of the supply total. */
  SUPPLY_MODE("mode of supply other than 0");

  private final String description;

  Aggregate(String description) {
    this.description = description;
  }

  /**
   * Returns what the records of this kind are, such as {@code "partner World (0)"}.
   *
   * @return the description, never null
   */
  public String description() {
    return description;
  }
}
