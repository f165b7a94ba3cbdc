package io.github.digitrade.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.digitrade.calc.Balance;
import io.github.digitrade.calc.Conversion;
import io.github.digitrade.calc.DigitalTrade;
import io.github.digitrade.calc.Growth;
import io.github.digitrade.calc.LabeledVector;
import io.github.digitrade.model.BusinessModel;
import io.github.digitrade.model.ExchangeRate;
import io.github.digitrade.model.FlowDirection;
import io.github.digitrade.model.Membership;
import io.github.digitrade.model.Money;
import io.github.digitrade.model.Partner;
import io.github.digitrade.model.PartnerGroup;
import io.github.digitrade.model.Period;
import io.github.digitrade.model.PilotZone;
import io.github.digitrade.model.Platform;
import io.github.digitrade.model.RatePeriod;
import io.github.digitrade.model.Source;
import io.github.digitrade.model.ProductCode;
import io.github.digitrade.model.TradeFlow;
import io.github.digitrade.model.TradeFlows;
import io.github.digitrade.model.Vintage;
import io.github.digitrade.reference.ChinaDigitalTrade;
import io.github.digitrade.reference.ChinaServicesTrade;
import io.github.digitrade.reference.DdsDefinition;
import io.github.digitrade.reference.ExchangeRateSamples;
import io.github.digitrade.reference.PartnerGroups;
import io.github.digitrade.reference.PilotZoneCount;
import io.github.digitrade.reference.PilotZoneCounts;
import io.github.digitrade.reference.PilotZones;
import io.github.digitrade.reference.Platforms;
import io.github.digitrade.reference.PublishedFigure;
import io.github.digitrade.reference.PublishedFigures;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The brief on the embedded sample data: China's cross-border e-commerce and digitally deliverable
 * services trade, currency conversion, the pilot-zone rollout, partner groups and the platform
 * catalogue. Every number is read from the embedded reference data or computed by the library; the
 * code here only chooses, formats and lays out.
 */
final class SampleBrief {

  static final Currency CNY = Currency.getInstance("CNY");
  static final Currency USD = Currency.getInstance("USD");
  /** The date the membership and zone counts are taken on. */
  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  private SampleBrief() {}

  /**
   * Computes the brief on the embedded sample data.
   *
   * @return the report, never null
   */
  static Report report() {
    Report.Builder r =
        Report.builder("digitrade brief: China's digital trade")
            .subtitle(
                "Computed by digitrade from its embedded sample data: GACC, MOFCOM, SAFE and"
                    + " UNCTAD releases, PBoC central-parity averages published by SAFE and an NBS"
                    + " average rate, the State Council's pilot-zone replies, ASEAN and RCEP"
                    + " membership, and a platform catalogue. Every embedded row is confirmed from"
                    + " a named source or derived from confirmed rows; where a figure is missing,"
                    + " the brief names it.");
    headlines(r);
    cbec(r);
    ServicesBrief.dds(r);
    conversion(r);
    zones(r);
    groups(r);
    platforms(r);
    r.conventions(conventions());
    return r.build();
  }

  // ---------------------------------------------------------------- cross-border e-commerce

  static Vintage vintage(TradeFlow f) {
    return f.source().map(s -> s.vintage()).orElse(Vintage.UNSPECIFIED);
  }

  /**
   * Returns the latest release of a year's figure: revised or final over preliminary or
   * unspecified.
   */
  static Optional<TradeFlow> latest(TradeFlows year) {
    @Nullable TradeFlow best = null;
    for (TradeFlow f : year) {
      if (best == null || rank(vintage(f)) > rank(vintage(best))) {
        best = f;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int rank(Vintage v) {
    return switch (v) {
      case FINAL -> 3;
      case REVISED -> 2;
      case PRELIMINARY -> 1;
      case UNSPECIFIED -> 0;
    };
  }

  static String amount(Money m, int decimals) {
    return Fmt.fixed(m.amount().doubleValue(), decimals);
  }

  // ---------------------------------------------------------------- headlines

  private static void headlines(Report.Builder r) {
    r.section("Headlines, recomputed from the embedded data");
    List<PublishedFigure> h = PublishedFigures.of("services_headline");
    PublishedFigure surplus = h.stream()
        .filter(f -> f.product().equals(ProductCode.custom("SAFE_DIGITAL_SERVICES"))
            && f.measure() == PublishedFigure.Measure.BALANCE)
        .findFirst().orElseThrow();
    PublishedFigure rise = h.stream()
        .filter(f -> f.product().equals(surplus.product())
            && f.measure() == PublishedFigure.Measure.GROWTH_PERCENT)
        .findFirst().orElseThrow();
    r.paragraph("1. \"China's digital services trade surplus has more than doubled\": SAFE's"
        + " figure is printed as published, " + surplus.printed() + " in 2025, " + rise.printed()
        + " on 2024 (" + surplus.source().publisher() + ", reported "
        + surplus.source().releaseDate().map(Object::toString).orElse("") + "). It is not"
        + " recomputed: missing are SAFE's annual exports and imports by EBOPS item for 2024 and"
        + " 2025 (credit and debit of SF, SG, SH, SI, SJ and SK in SAFE's annual"
        + " balance-of-payments table) and the code set behind SAFE's aggregate. The embedded"
        + " monthly tables by item cannot stand in for a year: they are preliminary, cover single"
        + " months of different years, and SAFE revised every quarter since 2019 in March 2026."
        + " DDS balances under the named definitions are computed below from those monthly"
        + " tables; UNCTAD's"
        + " annual DDS surplus, under UNCTAD's own code set, stands beside them.");
    TradeFlows usd = ChinaDigitalTrade.dds(USD).direction(FlowDirection.TOTAL);
    TradeFlow dds2020 = latest(usd.period(Period.ofYear(2020))).orElseThrow();
    TradeFlow services2020 =
        latest(ChinaDigitalTrade.servicesTrade().period(Period.ofYear(2020))).orElseThrow();
    r.paragraph("2. \"Digital trade's share in services trade grew from 30.6% in 2015 to 44.5% in"
        + " 2020\": 2020 is recomputed, " + amount(dds2020.value(), 2) + " / "
        + amount(services2020.value(), 2) + " = "
        + Fmt.percent(DigitalTrade.ddsShare(dds2020.value().amount().doubleValue(),
            services2020.value().amount().doubleValue()))
        + " (MOFCOM). 2015 is not: missing are MOFCOM's total services trade of 2015 and an"
        + " unrounded 2015 DDS level (the embedded one is \"about "
        + amount(latest(usd.period(Period.ofYear(2015))).orElseThrow().value(), 0)
        + " billion\"). UNCTAD's own series, under its code set, gives "
        + ServicesBrief.unctadShare(Period.ofYear(2015)).map(Fmt::percent).orElse("\u2013") + " for 2015 and "
        + ServicesBrief.unctadShare(Period.ofYear(2020)).map(Fmt::percent).orElse("\u2013") + " for 2020:"
        + " another publisher and definition, shown beside MOFCOM's, not in place of it.");
    TradeFlows total = ChinaDigitalTrade.cbec().direction(FlowDirection.TOTAL);
    TradeFlow prelim2021 = total.period(Period.ofYear(2021)).vintage(Vintage.PRELIMINARY)
        .asList().get(0);
    TradeFlow prelim2020 = total.period(Period.ofYear(2020)).vintage(Vintage.PRELIMINARY)
        .asList().get(0);
    r.paragraph("3. \"CBEC trade reached 1.98 trillion yuan in 2021, an annual increase of 15%\":"
        + " printed from the data, " + amount(prelim2021.value(), 0) + " billion yuan, "
        + published(prelim2021) + " (" + release(prelim2021) + "). That release gives no 2020"
        + " level, so its rate cannot be recomputed within it; computed on the 2020 level of the"
        + " year before (" + amount(prelim2020.value(), 0) + ", " + release(prelim2020)
        + ") the rate is " + Fmt.growth(Growth.yoy(prelim2020.value().amount().doubleValue(),
            prelim2021.value().amount().doubleValue()))
        + ", which mixes two releases. The CBEC section shows every release with its published"
        + " and computed rates.");
  }

  // ---------------------------------------------------------------- cross-border e-commerce

  /** A release as printed in a table: {@code GACC preliminary 2022-02-17}. */
  static String release(TradeFlow f) {
    return f.source()
        .map(s -> s.publisher() + " " + s.vintage()
            + s.releaseDate().map(d -> " " + d).orElse(""))
        .orElse("no source");
  }

  static boolean sameRelease(TradeFlow a, TradeFlow b) {
    return a.source().isPresent() && a.source().equals(b.source());
  }

  static String published(TradeFlow level) {
    return PublishedFigures.growthOf(level).map(PublishedFigure::printed).orElse("\u2013");
  }

  private static void cbec(Report.Builder r) {
    TradeFlows total = ChinaDigitalTrade.cbec().direction(FlowDirection.TOTAL);
    Table.Builder t =
        Table.builder("China's cross-border e-commerce trade (imports plus exports), every release")
            .columns("year", "release", "level", "published YoY", "YoY within the release",
                "YoY on another release");
    TreeMap<Integer, TradeFlow> latestByYear = new TreeMap<>();
    for (int year = 2017; year <= 2024; year++) {
      TradeFlows y = total.period(Period.ofYear(year));
      TradeFlows before = total.period(Period.ofYear(year - 1));
      if (y.isEmpty()) {
        t.row(String.valueOf(year), "no release", "\u2013", "\u2013", "\u2013", "\u2013");
        continue;
      }
      latestByYear.put(year, latest(y).orElseThrow());
      for (TradeFlow f : y) {
        String within = "\u2013";
        List<String> other = new ArrayList<>();
        for (TradeFlow p : before) {
          if (year == 2018) {
            break; // the 2017 figure is the old narrow series
          }
          if (sameRelease(p, f)) {
            within = Fmt.growth(Growth.yoyWithinRelease(p, f));
          } else {
            other.add(Fmt.growth(Growth.yoy(p.value().amount().doubleValue(),
                f.value().amount().doubleValue())) + " on " + amount(p.value(), 0) + " ("
                + vintage(p) + ")");
          }
        }
        t.row(String.valueOf(year), release(f), amount(f.value(), f.value().amount().scale() > 0
            ? 2 : 0), published(f), within,
            year == 2018 ? "series break" : other.isEmpty() ? "\u2013" : String.join("; ", other));
      }
    }
    t.unit("billion CNY; growth in % on the same period a year earlier")
        .source("GACC and MOFCOM releases as embedded in ChinaDigitalTrade.cbec(); published rates"
            + " from PublishedFigures; 2017 is the old narrow series; 2019 has no published level");
    r.section("Cross-border e-commerce (CBEC)");
    TradeFlow prelim2021 = total.period(Period.ofYear(2021)).vintage(Vintage.PRELIMINARY)
        .asList().get(0);
    TradeFlow prelim2020 = total.period(Period.ofYear(2020)).vintage(Vintage.PRELIMINARY)
        .asList().get(0);
    TradeFlow revised2020 = total.period(Period.ofYear(2020)).vintage(Vintage.REVISED)
        .asList().get(0);
    TradeFlow revised2021 = total.period(Period.ofYear(2021)).vintage(Vintage.REVISED)
        .asList().get(0);
    PublishedFigure rate2021 = PublishedFigures.growthOf(prelim2021).orElseThrow();
    double implied = prelim2021.value().amount().doubleValue()
        / (1 + rate2021.value().doubleValue() / 100);
    r.paragraph(
        "China's CBEC imports plus exports were first published for 2021 as "
            + amount(prelim2021.value(), 0) + " billion yuan, " + rate2021.printed()
            + " on the year before (" + release(prelim2021) + "), and later revised to "
            + amount(revised2021.value(), 0) + " billion, " + published(revised2021) + " ("
            + release(revised2021) + "). Each release revises the previous year with its own:"
            + " growth computed within one release agrees with the published rate ("
            + amount(revised2020.value(), 0) + " \u2192 " + amount(revised2021.value(), 0)
            + " gives " + Fmt.growth(Growth.yoyWithinRelease(revised2020, revised2021))
            + " against " + published(revised2021) + "), growth on another release's level does"
            + " not (" + amount(prelim2020.value(), 0) + " \u2192 "
            + amount(prelim2021.value(), 0) + " gives "
            + Fmt.growth(Growth.yoy(prelim2020.value().amount().doubleValue(),
                prelim2021.value().amount().doubleValue()))
            + " against " + rate2021.printed() + "). The 2021 preliminary release gives no 2020"
            + " level; its rate implies a 2020 base of " + Fmt.fixed(implied, 1)
            + " billion, not the " + amount(prelim2020.value(), 0) + " published a year earlier.");
    r.table(t.build());
    TradeFlow first = latestByYear.get(2020);
    TradeFlow last = latestByYear.lastEntry().getValue();
    if (first != null) {
      double cagr = Growth.cagr(first.value().amount().doubleValue(),
          last.value().amount().doubleValue(), 4);
      r.paragraph("From the latest release of each year, CBEC trade grew from "
          + amount(first.value(), 0) + " billion yuan in 2020 (" + release(first) + ") to "
          + amount(last.value(), 0) + " billion in 2024 (" + release(last) + "), a compound"
          + " annual growth rate of " + Fmt.percent(cagr) + "; the two levels come from"
          + " different releases, so the rate mixes vintages.");
    }
    List<String> years = new ArrayList<>();
    List<Double> levels = new ArrayList<>();
    for (Map.Entry<Integer, TradeFlow> e : latestByYear.tailMap(2020).entrySet()) {
      years.add(String.valueOf(e.getKey()));
      levels.add(e.getValue().value().amount().doubleValue());
    }
    List<String> gl = new ArrayList<>();
    List<Double> gv = new ArrayList<>();
    for (int i = 1; i < years.size(); i++) {
      gl.add(years.get(i));
      gv.add(Growth.yoy(levels.get(i - 1), levels.get(i)));
    }
    r.chart(Chart.lines("China CBEC trade, broad series, latest release of each year (releases"
            + " mixed)", BILLION_CNY)
        .series("latest release", LabeledVector.of(years, toArray(levels)))
        .growth(LabeledVector.of(gl, toArray(gv)))
        .source("GACC and MOFCOM releases as embedded in ChinaDigitalTrade.cbec()")
        .build());

    TradeFlows cbec = ChinaDigitalTrade.cbec();
    Table.Builder xm =
        Table.builder("CBEC exports, imports and balance")
            .columns("period", "exports", "published YoY", "imports", "published YoY", "balance",
                "release");
    for (Period p : List.of(Period.ofYear(2020), Period.ofYear(2022), Period.ofHalf(2024, 1))) {
      Optional<TradeFlow> x = latest(cbec.period(p).direction(FlowDirection.EXPORT));
      Optional<TradeFlow> m = latest(cbec.period(p).direction(FlowDirection.IMPORT));
      if (x.isPresent() && m.isPresent()) {
        double balance =
            Balance.balance(x.get().value().amount(), m.get().value().amount()).doubleValue();
        xm.row(p.toString(), amount(x.get().value(), 1), published(x.get()),
            amount(m.get().value(), 1), published(m.get()), Fmt.fixed(balance, 1),
            release(x.get()));
      }
    }
    r.table(xm.unit("billion CNY; balance = exports - imports; growth in %")
        .source("GACC, as embedded in ChinaDigitalTrade.cbec() and PublishedFigures").build());
  }

  // ---------------------------------------------------------------- conversion

  private static void conversion(Report.Builder r) {
    var rates = ExchangeRateSamples.cnyPerUsd();
    TradeFlows total = ChinaDigitalTrade.cbec().direction(FlowDirection.TOTAL);
    Table.Builder t =
        Table.builder("CBEC trade converted to US dollars at each year's own average rate")
            .columns("year", "release", "billion CNY", "CNY per USD", "rate", "billion USD");
    List<String> without = new ArrayList<>();
    for (int year = 2018; year <= 2024; year++) {
      Period p = Period.ofYear(year);
      Optional<TradeFlow> f = latest(total.period(p));
      if (f.isEmpty()) {
        continue;
      }
      if (rates.stored(USD, CNY, p).isEmpty()) {
        without.add(String.valueOf(year));
        continue;
      }
      Money usd = Conversion.convert(f.get().value(), USD, p, rates, RoundingMode.HALF_EVEN);
      ExchangeRate rate = rates.stored(USD, CNY, p).orElseThrow();
      t.row(String.valueOf(year), release(f.get()), amount(f.get().value(), 0),
          rate.rate().toPlainString(),
          rateLabel(rate), amount(usd, 1));
    }
    Period y2023 = Period.ofYear(2023);
    // the release the table converts: the latest of the year, named in the text
    TradeFlow shown2023 = latest(total.period(y2023)).orElseThrow();
    Money same = Conversion.convert(shown2023.value(), USD, y2023, rates, RoundingMode.HALF_EVEN);
    Money wrong = Conversion.convert(shown2023.value(), USD, y2023,
        RatePeriod.explicit(Period.ofYear(2022)), rates, RoundingMode.HALF_EVEN);
    r.section("Converting yuan to dollars");
    r.paragraph(
        "A value is converted at the average rate of its own period. The 2023 CBEC figure of "
            + amount(shown2023.value(), 0) + " billion yuan (" + release(shown2023) + ", the"
            + " release the table converts) is " + amount(same, 2)
            + " billion US dollars at the 2023 rate (" + rates.rate(USD, CNY, y2023).toPlainString()
            + " yuan per dollar); divided by the 2022 rate ("
            + rates.rate(USD, CNY, Period.ofYear(2022)).toPlainString() + ") it would be "
            + amount(wrong, 2) + " billion, overstating the dollar value by "
            + amount(wrong.minus(same), 1) + " billion. digitrade only converts with another"
            + " period's rate when asked to by name (RatePeriod.explicit). The rates are annual"
            + " averages, each named in the table: the PBoC central parity as published by SAFE,"
            + " or, where only that was read, the average printed in the NBS Statistical"
            + " Communiqu\u00e9, which does not say which average it is. Those of "
            + String.join(", ", without) + " and earlier years are not embedded (no SAFE, PBoC or"
            + " NBS release of them was read), so those years are not converted.");
    r.table(t.unit("billion CNY, CNY per USD (annual average; rate names its publisher and"
            + " basis), billion USD")
        .source("ChinaDigitalTrade.cbec() (latest release) and ExchangeRateSamples.cnyPerUsd()")
        .build());
  }

  private static String rateLabel(ExchangeRate rate) {
    String publisher = rate.source().map(Source::publisher).orElse("unknown");
    return switch (rate.basis()) {
      case CENTRAL_PARITY_AVERAGE -> "PBoC central parity average (" + publisher + ")";
      case OTHER -> publisher + " communiqu\u00e9 average";
      default -> rate.basis().toString() + " (" + publisher + ")";
    };
  }

  // ---------------------------------------------------------------- pilot zones

  private static void zones(Report.Builder r) {
    PilotZones zones = PilotZones.embedded();
    Table.Builder t =
        Table.builder("Cross-border e-commerce comprehensive pilot zones by approval batch")
            .columns("batch", "approved", "State Council reply", "approved (published)",
                "named in roster", "revoked", "active (roster)");
    List<String> labels = new ArrayList<>();
    List<Double> counts = new ArrayList<>();
    List<String> exitLabels = new ArrayList<>();
    List<Double> exits = new ArrayList<>();
    int published = 0;
    int publishedBeforeLast = 0;
    List<String> missing = new ArrayList<>();
    for (PilotZones.Batch b : zones.batches()) {
      PilotZoneCount c = PilotZoneCounts.batch(b.number());
      publishedBeforeLast = published;
      published += c.approved() - b.revokedZones().size();
      if (c.approved() != b.newZones().size()) {
        missing.add((c.approved() - b.newZones().size()) + " zones of batch " + b.number()
            + b.document().map(d -> " (" + d + ")").orElse(""));
      }
      String date = b.approvalDate().toString();
      t.row(String.valueOf(b.number()),
          b.approvalDayConfirmed() ? date : date.substring(0, 7),
          b.document().orElse("\u2013"),
          String.valueOf(c.approved()),
          String.valueOf(b.newZones().size()),
          String.valueOf(b.revokedZones().size()),
          String.valueOf(b.cumulativeCount()));
      labels.add(b.approvalDate().toString().substring(0, 7));
      counts.add((double) b.cumulativeCount());
      if (!b.revokedZones().isEmpty()) {
        exitLabels.add(labels.get(labels.size() - 1));
        exits.add((double) b.revokedZones().size());
      }
    }
    PilotZones.Batch last = zones.batches().get(zones.batches().size() - 1);
    PilotZones.Batch before = zones.batches().get(zones.batches().size() - 2);
    PilotZoneCount beforeCount = PilotZoneCounts.batch(before.number());
    PilotZoneCount lastCount = PilotZoneCounts.batch(last.number());
    String revoked =
        last.revokedZones().stream()
            .map(z -> z.nameEn() + " (batch " + z.batch() + ", now part of "
                + z.successor().orElse("no successor") + ")")
            .collect(Collectors.joining(", "));
    String provinces = beforeCount.provincesAfter().isPresent()
        ? " in " + beforeCount.provincesAfter().getAsInt() + " provincial-level regions" : "";
    r.section("Pilot zones");
    r.paragraph(
        "The State Council approved cross-border e-commerce comprehensive pilot zones in "
            + zones.batches().size() + " batches. " + beforeCount.source().publisher()
            + " reported " + beforeCount.activeAfter().orElse(publishedBeforeLast)
            + " zones after batch " + before.number() + provinces + "; batch " + last.number()
            + " added " + lastCount.approved() + " and revoked " + last.revokedZones().size()
            + ": " + revoked + ", giving " + published + " zones (derived from the published"
            + " batch sizes and the revocations). The embedded roster names only zones whose names"
            + " were confirmed: " + before.cumulativeCount() + " after batch " + before.number()
            + " and " + last.cumulativeCount() + " active at the end of 2025 in "
            + zones.provincesCoveredOn(AS_OF).size() + " provincial-level regions"
            + (missing.isEmpty() ? "." : "; missing are the names of " + String.join(", ", missing)
                + ", whose list was not read in full."));
    r.table(t.unit("zones").source("batch sizes: PilotZoneCounts (State Council replies, Xinhua,"
        + " MOFCOM); names: PilotZones.embedded(); approval days that are not confirmed are shown"
        + " as months").build());
    r.chart(Chart.steps("Named CBEC pilot zones after each batch (roster)",
            ValueFormat.count("zones"))
        .series("named zones", LabeledVector.of(labels, toArray(counts)))
        .exits(LabeledVector.of(exitLabels, toArray(exits)))
        .source("State Council replies as embedded in PilotZones.embedded()")
        .build());
    Map<String, Integer> byProvince = zones.countByProvinceOn(AS_OF);
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(byProvince.entrySet());
    sorted.sort((a, b) -> b.getValue() != a.getValue().intValue()
        ? Integer.compare(b.getValue(), a.getValue()) : a.getKey().compareTo(b.getKey()));
    List<String> pl = new ArrayList<>();
    List<Double> pv = new ArrayList<>();
    for (Map.Entry<String, Integer> e : sorted) {
      pl.add(e.getKey());
      pv.add((double) e.getValue());
    }
    r.chart(Chart.bars("Named active pilot zones by province, end of 2025",
            ValueFormat.count("zones"))
        .series("zones", LabeledVector.of(pl, toArray(pv)))
        .source("PilotZones.embedded().countByProvinceOn(2025-12-31)")
        .build());
    Table.Builder p = Table.builder("Named active pilot zones by province, end of 2025")
        .columns("province", "zones", "province", "zones", "province", "zones");
    for (int i = 0; i < sorted.size(); i += 3) {
      List<String> row = new ArrayList<>();
      for (int j = i; j < i + 3; j++) {
        if (j < sorted.size()) {
          row.add(sorted.get(j).getKey());
          row.add(String.valueOf(sorted.get(j).getValue()));
        } else {
          row.add("");
          row.add("");
        }
      }
      p.row(row);
    }
    r.table(p.unit("zones").source("PilotZones.embedded().countByProvinceOn(2025-12-31); zones whose"
        + " names are not embedded are not counted").build());
  }

  // ---------------------------------------------------------------- groups

  private static void groups(Report.Builder r) {
    PartnerGroup asean = PartnerGroups.asean();
    PartnerGroup rcep = PartnerGroups.rcep();
    Map<Partner, String[]> rows = new LinkedHashMap<>();
    for (Membership m : asean.memberships()) {
      rows.computeIfAbsent(m.partner(), k -> new String[] {"", ""})[0] = since(m);
    }
    for (Membership m : rcep.memberships()) {
      rows.computeIfAbsent(m.partner(), k -> new String[] {"", ""})[1] = since(m);
    }
    Table.Builder t = Table.builder("ASEAN and RCEP membership")
        .columns("partner", "code", "ASEAN member since", "RCEP in force since");
    for (Map.Entry<Partner, String[]> e : rows.entrySet()) {
      t.row(e.getKey().name(), e.getKey().code(),
          e.getValue()[0].isEmpty() ? "\u2013" : e.getValue()[0],
          e.getValue()[1].isEmpty() ? "\u2013" : e.getValue()[1]);
    }
    r.section("Partner groups");
    r.paragraph(
        "ASEAN has "
            + asean.membersOn(AS_OF).size()
            + " members at the end of 2025 (Timor-Leste joined on 2025-10-26) and had "
            + asean.membersOn(LocalDate.of(2024, 12, 31)).size()
            + " a year earlier. RCEP has "
            + rcep.membersOn(AS_OF).size()
            + " parties with a confirmed entry-into-force date; Indonesia's entry into force is"
            + " not embedded (no release stating its date was read) and Myanmar's status is"
            + " contested. Membership is dated, so a group is always taken as of a date.");
    r.table(t.unit("dates").source(
        "PartnerGroups.asean() and PartnerGroups.rcep()").build());
  }

  private static String since(Membership m) {
    return m.since().toString();
  }

  // ---------------------------------------------------------------- platforms

  private static void platforms(Report.Builder r) {
    ImmutableList<Platform> all = Platforms.all();
    Table.Builder t = Table.builder("Platform catalogue")
        .columns("platform", "operator", "headquarters", "launched", "business models");
    for (Platform p : all) {
      t.row(p.name(), p.operator(), p.headquarters(), String.valueOf(p.launchYear()),
          p.businessModels().stream().map(SampleBrief::human)
              .collect(Collectors.joining(", ")));
    }
    List<BusinessModel> models = new ArrayList<>(List.of(BusinessModel.values()));
    models.removeIf(m -> Platforms.byBusinessModel(m).isEmpty());
    // most common first; ties in declaration order
    models.sort((a, b) -> Integer.compare(
        Platforms.byBusinessModel(b).size(), Platforms.byBusinessModel(a).size()));
    List<String> ml = new ArrayList<>();
    List<Double> mv = new ArrayList<>();
    for (BusinessModel m : models) {
      ml.add(human(m));
      mv.add((double) Platforms.byBusinessModel(m).size());
    }
    r.section("Platforms");
    r.paragraph("The catalogue lists " + all.size() + " Chinese cross-border e-commerce and digital"
        + " platforms with dated facts and sources; figures that no source supports are left out.");
    r.table(t.unit("launch year").source("Platforms.all()").build());
    r.chart(Chart.bars("Platforms by business model", ValueFormat.count("platforms"))
        .series("platforms", LabeledVector.of(ml, toArray(mv)))
        .source("Platforms.all(); a platform with several models counts under each")
        .build());
  }

  // ---------------------------------------------------------------- helpers

  /** Billion yuan, shown in billions in the tables and on the axes alike. */
  static final ValueFormat BILLION_CNY = ValueFormat.amount("CNY", 1e9).inScale(1e9);

  /** Billion US dollars, shown in billions in the tables and on the axes alike. */
  static final ValueFormat BILLION_USD = ValueFormat.amount("USD", 1e9).inScale(1e9);

  /**
   * A human label for an enum constant: {@code B2C_SELF_OPERATED} is {@code B2C self-operated};
   * words with a digit (B2B, B2C, C2C, O2O) keep their capitals.
   */
  static String human(Enum<?> constant) {
    String[] words = constant.name().split("_", -1);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      boolean code = w.chars().anyMatch(Character::isDigit);
      String shown = code ? w : w.toLowerCase(java.util.Locale.ROOT);
      if (i == 0 && !code) {
        shown = Character.toUpperCase(shown.charAt(0)) + shown.substring(1);
      }
      s.append(i == 0 ? "" : i == words.length - 1 && words.length > 2 ? "-" : " ")
          .append(shown);
    }
    return s.toString();
  }

  static double[] toArray(List<Double> values) {
    double[] a = new double[values.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = values.get(i);
    }
    return a;
  }

  static List<String> conventions() {
    return List.of(
        "Values are as published, in billions of the currency shown; nothing is interpolated."
            + " 2019 CBEC trade is not shown because no published level was found.",
        "Growth is year on year, (V_t - V_t-1) / V_t-1. A rate computed within one release"
            + " (both levels from the same release) is shown beside the published rate; a rate on"
            + " another release's level is marked as mixing releases. CAGR is (V_T / V_0)^(1/T) - 1"
            + " over T years.",
        "Preliminary, revised and final releases are kept side by side; nothing is overwritten.",
        "Currency conversion uses the annual average rate of the value's own year, yuan per US"
            + " dollar, named by publisher and basis (PBoC central parity as published by SAFE;"
            + " 2020: the NBS communiqu\u00e9's average); years without an embedded rate are not"
            + " converted.",
        "Digitally deliverable services are computed under a named code set: WTO_MOFCOM (EBOPS"
            + " 2010 SF, SG, SH, SI, SJ, SK) or HANDBOOK_CORE (SF to SJ and SK1); other publishers'"
            + " aggregates (UNCTAD, SAFE's \"digital services\") stand beside them.",
        "Zone and membership counts are taken on 2025-12-31; revoked zones are not counted after"
            + " their revocation.",
        "Every figure comes from an embedded row that is confirmed from a named source or derived"
            + " from confirmed rows; a figure no source confirmed is not shown, and the text says"
            + " what is missing.");
  }
}
