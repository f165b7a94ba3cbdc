package io.github.digitrade.report;

import com.google.common.collect.ImmutableList;
import io.github.digitrade.calc.Balance;
import io.github.digitrade.calc.Conversion;
import io.github.digitrade.calc.DigitalTrade;
import io.github.digitrade.calc.Growth;
import io.github.digitrade.calc.LabeledVector;
import io.github.digitrade.model.BusinessModel;
import io.github.digitrade.model.FlowDirection;
import io.github.digitrade.model.Membership;
import io.github.digitrade.model.Money;
import io.github.digitrade.model.Partner;
import io.github.digitrade.model.PartnerGroup;
import io.github.digitrade.model.Period;
import io.github.digitrade.model.PilotZone;
import io.github.digitrade.model.Platform;
import io.github.digitrade.model.RatePeriod;
import io.github.digitrade.model.Status;
import io.github.digitrade.model.TradeFlow;
import io.github.digitrade.model.TradeFlows;
import io.github.digitrade.model.Vintage;
import io.github.digitrade.reference.ChinaDigitalTrade;
import io.github.digitrade.reference.ExchangeRateSamples;
import io.github.digitrade.reference.PartnerGroups;
import io.github.digitrade.reference.PilotZones;
import io.github.digitrade.reference.Platforms;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
                "Computed by digitrade from its embedded sample data: GACC and MOFCOM releases,"
                    + " PBoC exchange rates, the State Council's pilot-zone replies, ASEAN and RCEP"
                    + " membership, and a platform catalogue. Figures marked unverified are"
                    + " widely reported but their source was not retrieved.");
    cbec(r);
    dds(r);
    conversion(r);
    zones(r);
    groups(r);
    platforms(r);
    r.conventions(conventions());
    return r.build();
  }

  // ---------------------------------------------------------------- cross-border e-commerce

  /** The flows of one year, direction TOTAL, keyed by vintage. */
  private static Map<Vintage, TradeFlow> byVintage(TradeFlows flows) {
    Map<Vintage, TradeFlow> m = new LinkedHashMap<>();
    for (TradeFlow f : flows) {
      m.putIfAbsent(vintage(f), f);
    }
    return m;
  }

  static Vintage vintage(TradeFlow f) {
    return f.source().map(s -> s.vintage()).orElse(Vintage.UNSPECIFIED);
  }

  static boolean unverified(TradeFlow f) {
    return f.status().map(s -> s == Status.UNVERIFIED).orElse(false);
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

  private static void cbec(Report.Builder r) {
    TradeFlows total = ChinaDigitalTrade.cbec().direction(FlowDirection.TOTAL);
    Table.Builder t =
        Table.builder("China's cross-border e-commerce trade (imports plus exports) by year")
            .columns("year", "preliminary", "revised / final", "latest", "YoY of latest", "note");
    List<String> years = new ArrayList<>();
    List<Double> levels = new ArrayList<>();
    TreeMap<Integer, Double> latestByYear = new TreeMap<>();
    for (int year = 2017; year <= 2024; year++) {
      TradeFlows y = total.period(Period.ofYear(year));
      if (y.isEmpty()) {
        t.row(String.valueOf(year), "\u2013", "\u2013", "\u2013", "\u2013",
            "not published; about 1,289 circulates, derived from 2020 growth");
        continue;
      }
      Map<Vintage, TradeFlow> v = byVintage(y);
      TradeFlow latest = latest(y).orElseThrow();
      double level = latest.value().amount().doubleValue();
      latestByYear.put(year, level);
      String first = cell(v.getOrDefault(Vintage.PRELIMINARY, v.get(Vintage.UNSPECIFIED)));
      TradeFlow later = v.containsKey(Vintage.REVISED) ? v.get(Vintage.REVISED)
          : v.get(Vintage.FINAL);
      Double previous = latestByYear.get(year - 1);
      String yoy = previous == null || year == 2018 ? "\u2013"
          : Fmt.growth(Growth.yoy(previous, level));
      String note = year == 2017 ? "old narrow series, not comparable with 2018 onward"
          : year == 2018 ? "broad series starts" : "";
      t.row(String.valueOf(year), first, cell(later), cell(latest), yoy, note);
      if (year >= 2020) {
        years.add(String.valueOf(year));
        levels.add(level);
      }
    }
    t.unit("billion CNY; growth in % on the previous year's latest figure")
        .source("GACC and MOFCOM releases as embedded in ChinaDigitalTrade.cbec();"
            + " * = unverified (the 2024 preliminary figure is from memory)");
    r.section("Cross-border e-commerce (CBEC)");
    double first = latestByYear.getOrDefault(2020, Double.NaN);
    double last = latestByYear.lastEntry().getValue();
    double cagr = Growth.cagr(first, last, 4);
    r.paragraph(
        "China's CBEC imports plus exports grew from "
            + Fmt.fixed(first, 0)
            + " billion yuan in 2020 to "
            + Fmt.fixed(last, 0)
            + " billion in 2024 (latest releases), a compound annual growth rate of "
            + Fmt.percent(cagr)
            + ". Preliminary and revised releases stand side by side: 2021 was first 1,980 and"
            + " later 1,920 billion. Year-on-year rates here compare latest releases, so they can"
            + " differ from the rates published with each release.");
    r.table(t.build());
    LabeledVector lv = LabeledVector.of(years, toArray(levels));
    List<String> gl = new ArrayList<>();
    List<Double> gv = new ArrayList<>();
    for (int i = 1; i < years.size(); i++) {
      gl.add(years.get(i));
      gv.add(Growth.yoy(levels.get(i - 1), levels.get(i)));
    }
    r.chart(Chart.line("China CBEC trade, broad series, latest release", "billion CNY", lv,
        LabeledVector.of(gl, toArray(gv))));

    TradeFlows cbec = ChinaDigitalTrade.cbec();
    Table.Builder xm =
        Table.builder("CBEC exports, imports and balance")
            .columns("period", "exports", "imports", "balance", "release");
    for (Period p : List.of(Period.ofYear(2020), Period.ofYear(2022), Period.ofHalf(2024, 1))) {
      Optional<TradeFlow> x = latest(cbec.period(p).direction(FlowDirection.EXPORT));
      Optional<TradeFlow> m = latest(cbec.period(p).direction(FlowDirection.IMPORT));
      if (x.isPresent() && m.isPresent()) {
        double balance =
            Balance.balance(x.get().value().amount(), m.get().value().amount()).doubleValue();
        xm.row(p.toString(), amount(x.get().value(), 1), amount(m.get().value(), 1),
            Fmt.fixed(balance, 1), vintage(x.get()).toString());
      }
    }
    r.table(xm.unit("billion CNY; balance = exports - imports")
        .source("GACC, as embedded in ChinaDigitalTrade.cbec()").build());
  }

  private static String cell(@Nullable TradeFlow f) {
    if (f == null) {
      return "";
    }
    return Fmt.compact(f.value().amount().doubleValue()) + (unverified(f) ? "*" : "");
  }

  // ---------------------------------------------------------------- DDS

  private static void dds(Report.Builder r) {
    TradeFlows usd = ChinaDigitalTrade.dds(USD).direction(FlowDirection.TOTAL);
    Table.Builder t =
        Table.builder("China's trade in digitally deliverable services (DDS) by year")
            .columns("year", "MOFCOM", "other publishers", "YoY (MOFCOM)");
    List<String> years = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    Double previous = null;
    int previousYear = 0;
    for (int year = 2015; year <= 2024; year++) {
      TradeFlows y = usd.period(Period.ofYear(year));
      if (y.isEmpty()) {
        continue;
      }
      Optional<TradeFlow> mofcom =
          y.stream().filter(f -> publisher(f).equals("MOFCOM")).findFirst();
      String others =
          y.stream()
              .filter(f -> !publisher(f).equals("MOFCOM"))
              .map(f -> amount(f.value(), 2) + " (" + publisher(f) + ")")
              .collect(Collectors.joining("; "));
      String yoy = "\u2013";
      if (mofcom.isPresent()) {
        double v = mofcom.get().value().amount().doubleValue();
        if (previous != null && previousYear == year - 1) {
          yoy = Fmt.growth(Growth.yoy(previous, v));
        }
        previous = v;
        previousYear = year;
        years.add(String.valueOf(year));
        values.add(v);
      }
      t.row(String.valueOf(year), mofcom.map(f -> amount(f.value(), 2)).orElse("\u2013"),
          others.isEmpty() ? "\u2013" : others, yoy);
    }
    double first = values.get(0);
    double last = values.get(values.size() - 1);
    int span = Integer.parseInt(years.get(years.size() - 1)) - Integer.parseInt(years.get(0));
    r.section("Digitally deliverable services (DDS)");
    r.paragraph(
        "DDS trade (MOFCOM, WTO code set) rose from about "
            + Fmt.fixed(first, 0)
            + " billion US dollars in "
            + years.get(0)
            + " to "
            + Fmt.fixed(last, 1)
            + " billion in "
            + years.get(years.size() - 1)
            + ": a compound annual growth rate of "
            + Fmt.percent(Growth.cagr(first, last, span))
            + " over "
            + span
            + " years. Figures of other publishers use other code sets or sources and are shown"
            + " beside, never mixed in.");
    r.table(t.unit("billion USD; growth in %")
        .source("MOFCOM, DRC and CAICT releases as embedded in ChinaDigitalTrade.dds()")
        .build());
    r.chart(Chart.columns("China DDS trade (MOFCOM)", "billion USD",
        LabeledVector.of(years, toArray(values))));

    TradeFlow dds2020 = latest(usd.period(Period.ofYear(2020))).orElseThrow();
    TradeFlow services2020 =
        latest(ChinaDigitalTrade.servicesTrade().period(Period.ofYear(2020))).orElseThrow();
    double share = DigitalTrade.ddsShare(dds2020.value().amount().doubleValue(),
        services2020.value().amount().doubleValue());
    r.paragraph(
        "Share of DDS in China's services trade, 2020: "
            + amount(dds2020.value(), 2)
            + " / "
            + amount(services2020.value(), 2)
            + " billion USD = "
            + Fmt.percent(share)
            + ".");
  }

  private static String publisher(TradeFlow f) {
    return f.source().map(s -> s.publisher()).orElse("unknown");
  }

  // ---------------------------------------------------------------- conversion

  private static void conversion(Report.Builder r) {
    var rates = ExchangeRateSamples.cnyPerUsd();
    TradeFlows total = ChinaDigitalTrade.cbec().direction(FlowDirection.TOTAL);
    Table.Builder t =
        Table.builder("CBEC trade converted to US dollars at each year's own average rate")
            .columns("year", "billion CNY", "CNY per USD", "billion USD");
    for (int year = 2018; year <= 2024; year++) {
      Period p = Period.ofYear(year);
      Optional<TradeFlow> f = latest(total.period(p));
      if (f.isEmpty()) {
        continue;
      }
      Money usd = Conversion.convert(f.get().value(), USD, p, rates, RoundingMode.HALF_EVEN);
      t.row(String.valueOf(year), amount(f.get().value(), 0),
          rates.rate(USD, CNY, p).toPlainString(), amount(usd, 1));
    }
    Period y2021 = Period.ofYear(2021);
    TradeFlow prelim2021 =
        total.period(y2021).stream()
            .filter(f -> vintage(f) == Vintage.PRELIMINARY)
            .findFirst()
            .orElseThrow();
    Money same =
        Conversion.convert(prelim2021.value(), USD, y2021, rates, RoundingMode.HALF_EVEN);
    Money wrong =
        Conversion.convert(
            prelim2021.value(),
            USD,
            y2021,
            RatePeriod.explicit(Period.ofYear(2020)),
            rates,
            RoundingMode.HALF_EVEN);
    r.section("Converting yuan to dollars");
    r.paragraph(
        "A value is converted at the average rate of its own period. The 2021 CBEC figure of "
            + amount(prelim2021.value(), 0)
            + " billion yuan is "
            + amount(same, 2)
            + " billion US dollars at the 2021 rate ("
            + rates.rate(USD, CNY, y2021).toPlainString()
            + " yuan per dollar). The widely quoted \"287.0 billion dollars\" is the same yuan"
            + " figure divided by the 2020 rate ("
            + rates.rate(USD, CNY, Period.ofYear(2020)).toPlainString()
            + "): "
            + amount(wrong, 2)
            + " billion, understating the dollar value by "
            + amount(same.minus(wrong), 1)
            + " billion. digitrade only converts with another period's rate when asked to by name"
            + " (RatePeriod.explicit).");
    r.table(t.unit("billion CNY, CNY per USD (annual average of the PBoC central parity),"
            + " billion USD")
        .source("ChinaDigitalTrade.cbec() (latest release) and ExchangeRateSamples.cnyPerUsd();"
            + " rates other than 2022 and 2023 are unverified")
        .build());
  }

  // ---------------------------------------------------------------- pilot zones

  private static void zones(Report.Builder r) {
    PilotZones zones = PilotZones.embedded();
    Table.Builder t =
        Table.builder("Cross-border e-commerce comprehensive pilot zones by approval batch")
            .columns("batch", "approved", "State Council reply", "new", "revoked", "active");
    List<String> labels = new ArrayList<>();
    List<Double> counts = new ArrayList<>();
    List<String> exitLabels = new ArrayList<>();
    List<Double> exits = new ArrayList<>();
    for (PilotZones.Batch b : zones.batches()) {
      String date = b.approvalDate().toString();
      t.row(String.valueOf(b.number()),
          b.approvalDayConfirmed() ? date : date.substring(0, 7),
          b.document().orElse("number not found"),
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
    String revoked =
        last.revokedZones().stream()
            .map(z -> z.nameEn() + " (batch " + z.batch() + ", now part of "
                + z.successor().orElse("no successor") + ")")
            .collect(Collectors.joining(", "));
    r.section("Pilot zones");
    r.paragraph(
        "The State Council approved cross-border e-commerce comprehensive pilot zones in "
            + zones.batches().size()
            + " batches. After batch "
            + before.number()
            + " there were "
            + before.cumulativeCount()
            + " zones; batch "
            + last.number()
            + " added "
            + last.newZones().size()
            + " and revoked "
            + last.revokedZones().size()
            + ": "
            + revoked
            + ", giving "
            + last.cumulativeCount()
            + " active zones in "
            + zones.provincesCoveredOn(AS_OF).size()
            + " provincial-level regions.");
    r.table(t.unit("zones").source("State Council replies as embedded in PilotZones.embedded();"
        + " approval days that are not confirmed are shown as months").build());
    r.chart(Chart.steps("Active CBEC pilot zones after each batch", "zones",
        LabeledVector.of(labels, toArray(counts)),
        LabeledVector.of(exitLabels, toArray(exits))));
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
    r.chart(Chart.bars("Active pilot zones by province, end of 2025", "zones",
        LabeledVector.of(pl, toArray(pv))));
    Table.Builder p = Table.builder("Active pilot zones by province, end of 2025")
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
    r.table(p.unit("zones").source("PilotZones.embedded().countByProvinceOn(2025-12-31)").build());
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
            + " a year earlier; RCEP is in force for "
            + rcep.membersOn(AS_OF).size()
            + " parties. Membership is dated, so a group is always taken as of a date.");
    r.table(t.unit("dates; * = day unverified").source(
        "PartnerGroups.asean() and PartnerGroups.rcep()").build());
  }

  private static String since(Membership m) {
    return m.since() + (m.status() == Status.UNVERIFIED ? "*" : "");
  }

  // ---------------------------------------------------------------- platforms

  private static void platforms(Report.Builder r) {
    ImmutableList<Platform> all = Platforms.all();
    Table.Builder t = Table.builder("Platform catalogue")
        .columns("platform", "operator", "headquarters", "launched", "business models");
    for (Platform p : all) {
      t.row(p.name(), p.operator(), p.headquarters(), String.valueOf(p.launchYear()),
          p.businessModels().stream().map(BusinessModel::toString)
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
      ml.add(m.toString());
      mv.add((double) Platforms.byBusinessModel(m).size());
    }
    r.section("Platforms");
    r.paragraph("The catalogue lists " + all.size() + " Chinese cross-border e-commerce and digital"
        + " platforms with dated facts and sources; figures that no source supports are left out.");
    r.table(t.unit("launch year").source("Platforms.all()").build());
    r.chart(Chart.bars("Platforms by business model", "platforms",
        LabeledVector.of(ml, toArray(mv))));
  }

  // ---------------------------------------------------------------- helpers

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
            + " 2019 CBEC trade is not shown because no published figure was found.",
        "Growth is year on year, (V_t - V_t-1) / V_t-1, computed by digitrade from the figures"
            + " shown; CAGR is (V_T / V_0)^(1/T) - 1 over T years.",
        "Preliminary, revised and final releases are kept side by side; growth uses the latest"
            + " release of each year.",
        "Currency conversion uses the annual average rate of the value's own year (PBoC central"
            + " parity, yuan per US dollar).",
        "Digitally deliverable services follow the WTO / MOFCOM code set (EBOPS 2010 SF, SG, SH,"
            + " SI, SJ, SK).",
        "Zone and membership counts are taken on 2025-12-31; revoked zones are not counted after"
            + " their revocation.",
        "Figures marked * are unverified: widely reported, but the source was not retrieved.");
  }
}
