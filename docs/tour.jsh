// A tour of digitrade in JShell, on the data embedded in the library.
//
// Open it from a clone with the library on the class path:
//   ./mvnw -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -DincludeScope=runtime
//   jshell --class-path "target/classes:$(cat target/cp.txt)" docs/tour.jsh
//
// Every snippet below runs in the test suite (TourTest), so what you read here works. JShell reads
// a script line by line, so each statement stays on one line. Afterwards every variable is yours
// to explore: type `zones.` and press Tab.

import io.github.digitrade.model.*
import io.github.digitrade.reference.*
import io.github.digitrade.calc.*
import io.github.digitrade.report.*
import java.math.RoundingMode
import java.time.LocalDate
import java.util.Currency
import java.util.List

// show(...) prints a label and a value; typed by hand, JShell shows values by itself
void show(String label, Object value) { System.out.println(label + " ==> " + value); }

// ---- 1. Trade flows: China's cross-border e-commerce (CBEC), billion yuan, as published
TradeFlows cbec = ChinaDigitalTrade.cbec()
show("CBEC flows embedded", cbec.size())
// 2021 was published twice: 1,980 preliminary (January 2022) and 1,920 revised (May 2022)
TradeFlows y2021 = cbec.direction(FlowDirection.TOTAL).period(Period.ofYear(2021))
show("2021, preliminary", y2021.vintage(Vintage.PRELIMINARY).total())
show("2021, revised", y2021.vintage(Vintage.REVISED).total())
// every flow says where it comes from and how sure we are
show("2021 revised, published by", y2021.vintage(Vintage.REVISED).asList().get(0).source().get().publisher())
show("2021 revised, status", y2021.vintage(Vintage.REVISED).asList().get(0).status())
// each release prints its own growth rate
show("2021 preliminary, published growth", PublishedFigures.growthOf(y2021.vintage(Vintage.PRELIMINARY).asList().get(0)).get().printed())

// ---- 2. Growth, from the calculators (plain doubles in, plain doubles out)
TradeFlow r2020 = cbec.direction(FlowDirection.TOTAL).period(Period.ofYear(2020)).vintage(Vintage.REVISED).asList().get(0)
double v2020 = r2020.value().amount().doubleValue()
double v2024 = cbec.direction(FlowDirection.TOTAL).period(Period.ofYear(2024)).vintage(Vintage.REVISED).total().amount().doubleValue()
show("CAGR 2020-2024", Growth.cagr(v2020, v2024, 4))
show("growth multiple 2020-2024", Growth.multiple(v2020, v2024))
// growth within one release: the revised 2020 and 2021 levels (1,620 and 1,920), published as +18.6%
show("YoY 2021 within the revised release", Growth.yoyWithinRelease(r2020, y2021.vintage(Vintage.REVISED).asList().get(0)))
// undefined results are exceptions, not NaN: growth from a base of zero has no value
try { Growth.yoy(0, 5); } catch (ArithmeticException e) { show("Growth.yoy(0, 5) throws", e.getMessage()); }

// ---- 3. Digitally deliverable services (DDS) and their share of services trade
double dds2020 = ChinaDigitalTrade.dds(Currency.getInstance("USD")).period(Period.ofYear(2020)).total().amount().doubleValue()
double services2020 = ChinaDigitalTrade.servicesTrade().period(Period.ofYear(2020)).total().amount().doubleValue()
show("DDS share of services trade, 2020", DigitalTrade.ddsShare(dds2020, services2020))
// the two code sets in use differ on SK2 (other personal, cultural and recreational services)
show("Handbook core set", DigitalServices.codes(DdsDefinition.HANDBOOK_CORE))
show("WTO / MOFCOM set", DigitalServices.codes(DdsDefinition.WTO_MOFCOM))

// ---- 4. Money and conversion: a value is converted at the rate of its own period
ExchangeRates rates = ExchangeRateSamples.cnyPerUsd()
Money cbec2023 = Money.of("2380", "CNY")
Currency usd = Currency.getInstance("USD")
show("2380 bn CNY at the 2023 rate", Conversion.convert(cbec2023, usd, Period.ofYear(2023), rates, RoundingMode.HALF_EVEN))
// another year's rate only when asked for by name
show("at the 2022 rate, on purpose", Conversion.convert(cbec2023, usd, Period.ofYear(2023), RatePeriod.explicit(Period.ofYear(2022)), rates, RoundingMode.HALF_EVEN))
// adding yuan to dollars is an error, not a number
try { cbec2023.plus(Money.of("1", "USD")); } catch (IllegalArgumentException e) { show("CNY + USD throws", e.getMessage()); }

// ---- 5. Pilot zones: 165 published after seven batches (149 named), 178 after the 2025 batch (162 named)
PilotZones zones = PilotZones.embedded()
show("zones on 2023-01-01", zones.countActiveOn(LocalDate.of(2023, 1, 1)))
show("zones on 2025-06-01", zones.countActiveOn(LocalDate.of(2025, 6, 1)))
show("batch 8", zones.batch(8))
show("Haikou is now part of", zones.named("Haikou").successor())
show("zones in Guangdong", zones.countByProvinceOn(LocalDate.of(2025, 12, 31)).get("Guangdong"))

// ---- 6. Partner groups have dated membership
PartnerGroup asean = PartnerGroups.asean()
show("ASEAN members, end of 2024", asean.membersOn(LocalDate.of(2024, 12, 31)).size())
show("ASEAN members, end of 2025", asean.membersOn(LocalDate.of(2025, 12, 31)).size())
show("Korea in RCEP on 2022-01-15", PartnerGroups.rcep().isMember(Partner.of("KOR"), LocalDate.of(2022, 1, 15)))

// ---- 7. Platforms
show("payment platforms", Platforms.byBusinessModel(BusinessModel.PAYMENTS))
show("an Alipay fact", Platforms.of("alipay").facts().get(0))

// ---- 8. Indicators on small panels: concentration and revealed comparative advantage
// 2022 CBEC export destinations (GACC survey): US 34.3%, UK 6.5%, DE 4.6%, MY 3.9%, RU 2.9%, rest 47.8%
show("HHI of the five named markets", Concentration.hhi(new double[] {34.3, 6.5, 4.6, 3.9, 2.9}))
// illustrative exports (not data) of three countries in three HS headings
LabeledMatrix exports = LabeledMatrix.of(List.of("CHN", "IDN", "VNM"), List.of("8517", "1511", "6109"), new double[] {90, 2, 8, 5, 45, 3, 30, 1, 19})
LabeledMatrix rca = Specialization.rca(exports)
show("RCA of IDN in palm oil (1511)", rca.get("IDN", "1511"))
show("VNM has RCA >= 1 in", Specialization.presence(rca).row("VNM"))

// ---- 9. Panels that know what they hold: one direction, one period, or one result per period
io.github.digitrade.table.FlowTableBuilder pb = io.github.digitrade.table.FlowTable.builder()
pb.add("CHN", "USA", "8517", "2022", "X", 50).add("CHN", "DEU", "8517", "2022", "X", 50).add("CHN", "USA", "8517", "2023", "X", 60).add("CHN", "DEU", "8517", "2023", "X", 40)
pb.add("IDN", "USA", "1511", "2022", "X", 30).add("IDN", "DEU", "1511", "2023", "X", 20).add("CHN", "USA", "1511", "2023", "M", 25)
io.github.digitrade.table.FlowTable panel = pb.build()
show("the panel", panel)
String refused = ""
try { panel.hhi(io.github.digitrade.table.Dimension.PARTNER); } catch (IllegalArgumentException e) { refused = e.getMessage(); }
show("HHI of a table of exports and imports", refused)
VectorSeries hhiByYear = panel.exports().byPeriod().hhi(io.github.digitrade.table.Dimension.PARTNER)
show("China's partner HHI, year by year", hhiByYear.series("CHN"))
show("2023 exports to the USA only", panel.exports().year(2023).filter(io.github.digitrade.table.Dimension.PARTNER, "USA"))
show("2021 CBEC, latest release", cbec.period(Period.ofYear(2021)).direction(FlowDirection.TOTAL).latest().total())
// a table holds releases too: FlowTable.from keeps each flow's release, and totals refuse two releases of one key
io.github.digitrade.table.FlowTable cbecTable = io.github.digitrade.table.FlowTable.from(cbec).direction(FlowDirection.TOTAL).year(2021)
show("2021 CBEC table, releases", cbecTable.releases())
String pooled = ""
try { cbecTable.total(); } catch (IllegalArgumentException e) { pooled = e.getMessage(); }
show("2021 CBEC table, releases pooled", pooled)
show("2021 CBEC table, latest release", cbecTable.latest().total())
show("2021 CBEC table, preliminary", cbecTable.vintage(Vintage.PRELIMINARY).total())
LabeledVector gdp = LabeledVector.of(List.of("CHN", "IDN"), new double[] {17795, 1371})
show("2023 exports per unit of GDP", panel.exports().year(2023).sum(io.github.digitrade.table.Dimension.REPORTER).dividedBy(gdp).sorted())

// ---- 10. A report of your own: text for the terminal, one HTML file with charts for people
LabeledVector levels = LabeledVector.of(List.of("2020", "2021", "2022", "2023", "2024"), new double[] {1690, 1920, 2100, 2370, 2710})
LabeledVector growth = LabeledVector.of(List.of("2021", "2022", "2023", "2024"), Growth.yoy(levels.toArray()))
Report mine = Report.builder("CBEC in five years").section("Levels and growth").chart(Chart.line("China CBEC trade", "billion CNY", levels, growth)).build()
show("my report", mine)
// mine.writeHtml(java.nio.file.Path.of("mine.html")) writes it; the main job's full brief is
// ./mvnw -q compile exec:java
