/**
 * Embedded reference data with a source and a status on every row: cross-border e-commerce pilot
 * zones, partner groups, customs supervision modes, digitally deliverable service code sets,
 * platforms, exchange rates and a sample China digital-trade dataset.
 *
 * <p>The data are CSV resources under {@code io/github/digitrade/reference/} in the jar. Every row is
 * {@code CONFIRMED} from the source it names or {@code DERIVED} from confirmed rows (the method on
 * the row); a figure no source confirmed is not embedded. Published growth rates and balances stand
 * with their release in {@link PublishedFigures}, services by balance-of-payments item in {@link
 * ChinaServicesTrade}, published pilot-zone batch sizes in {@link PilotZoneCounts}. The country list comes from Debian iso-codes
 * 4.15.0 ({@code iso_3166-1.json}). {@code docs/data-sources.md} lists every file with its sources,
 * status counts and licence.
 *
 * <pre>{@code
 * PilotZones.embedded().countActiveOn(LocalDate.of(2025, 6, 1));       // 162 named zones
 * PartnerGroups.asean().membersOn(LocalDate.of(2025, 12, 31)).size();  // 11
 * ChinaDigitalTrade.cbec().period(Period.ofYear(2021))
 *     .vintage(Vintage.REVISED).total();                                 // CNY 1920
 * Conversion.convert(Money.of("2380", "CNY"), Currency.getInstance("USD"),
 *     Period.ofYear(2023), ExchangeRateSamples.cnyPerUsd(), RoundingMode.HALF_EVEN);  // USD 337.75
 * Platforms.byBusinessModel(BusinessModel.PAYMENTS);                    // [alipay, wechat-pay]
 * }</pre>
 */
@NullMarked
package io.github.digitrade.reference;

import org.jspecify.annotations.NullMarked;
