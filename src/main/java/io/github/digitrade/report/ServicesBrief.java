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
 * The services part of the brief on the embedded sample data: China's digitally deliverable
 * services (DDS) trade from MOFCOM's totals, SAFE's monthly tables by EBOPS item under each named
 * definition, UNCTAD's series, SAFE's published balances and the DDS share of services trade.
 * Every number is read from the embedded reference data or computed by the library.
 */
final class ServicesBrief {

  private static final java.util.Currency CNY = SampleBrief.CNY;
  private static final java.util.Currency USD = SampleBrief.USD;

  private ServicesBrief() {}

  static void dds(Report.Builder r) {
    r.section("Digitally deliverable services (DDS)");
    ddsTotals(r);
    ddsFromItems(r);
    ddsUnctad(r);
    safeHeadline(r);
    servicesBalanceReleases(r);
    ddsShares(r);
  }

  private static void ddsTotals(Report.Builder r) {
    TradeFlows usd = ChinaDigitalTrade.dds(USD).direction(FlowDirection.TOTAL);
    TradeFlows cny = ChinaDigitalTrade.dds(CNY).direction(FlowDirection.TOTAL);
    Table.Builder t =
        Table.builder("China's trade in digitally deliverable services (DDS), MOFCOM totals by year")
            .columns("year", "MOFCOM", "other publishers", "YoY (MOFCOM, computed)",
                "published YoY (yuan level)");
    List<String> years = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    @Nullable TradeFlow previous = null;
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
              .map(f -> SampleBrief.amount(f.value(), 2) + " (" + publisher(f) + ")")
              .collect(Collectors.joining("; "));
      String yoy = "\u2013";
      if (mofcom.isPresent()) {
        TradeFlow m = mofcom.get();
        if (previous != null && previous.period().year() == year - 1) {
          yoy = Fmt.growth(Growth.yoy(previous.value().amount().doubleValue(),
              m.value().amount().doubleValue()))
              + (SampleBrief.sameRelease(previous, m) ? "" : " (releases mixed)");
        }
        previous = m;
        years.add(String.valueOf(year));
        values.add(m.value().amount().doubleValue());
      }
      String pub = cny.period(Period.ofYear(year)).stream()
          .map(PublishedFigures::growthOf)
          .flatMap(Optional::stream)
          .map(PublishedFigure::printed)
          .findFirst()
          .orElse("\u2013");
      t.row(String.valueOf(year), mofcom.map(f -> SampleBrief.amount(f.value(), 2)).orElse("\u2013"),
          others.isEmpty() ? "\u2013" : others, yoy, pub);
    }
    double first = values.get(0);
    double last = values.get(values.size() - 1);
    int span = Integer.parseInt(years.get(years.size() - 1)) - Integer.parseInt(years.get(0));
    r.paragraph(
        "MOFCOM's DDS trade (WTO / MOFCOM code set) rose from about "
            + Fmt.fixed(first, 0) + " billion US dollars in " + years.get(0) + " (a rounded"
            + " figure as cited) to " + Fmt.fixed(last, 1) + " billion in "
            + years.get(years.size() - 1) + ": a compound annual growth rate of "
            + Fmt.percent(Growth.cagr(first, last, span)) + " over " + span + " years, between"
            + " figures of different releases. Figures of other publishers use other code sets"
            + " or sources and are shown beside, never mixed in.");
    r.table(t.unit("billion USD; growth in % (the published rates refer to the yuan level)")
        .source("MOFCOM, DRC and CAICT releases as embedded in ChinaDigitalTrade.dds();"
            + " published rates from PublishedFigures")
        .build());
    r.chart(Chart.columns("China DDS trade (MOFCOM)", SampleBrief.BILLION_USD)
        .series("MOFCOM", LabeledVector.of(years, SampleBrief.toArray(values)))
        .source("MOFCOM releases as embedded in ChinaDigitalTrade.dds(); years without a"
            + " MOFCOM level are gaps")
        .build());
  }

  private static void ddsFromItems(Report.Builder r) {
    TradeFlows items = ChinaServicesTrade.bopItems();
    Table.Builder t =
        Table.builder("DDS exports, imports and balance computed from SAFE's monthly tables by"
                + " EBOPS item, under each named definition")
            .columns("month", "definition", "exports", "imports", "balance");
    Set<Period> months = new TreeSet<>();
    items.forEach(f -> months.add(f.period()));
    for (Period p : months) {
      TradeFlows month = items.period(p);
      for (DdsDefinition d : DdsDefinition.values()) {
        ImmutableSortedSet<String> missing = DigitalTrade.uncovered(month, d);
        if (!missing.isEmpty()) {
          t.row(p.toString(), d.name(), "\u2013", "\u2013", notComputable(missing));
          continue;
        }
        Money x = DigitalTrade.ddsTotal(month.direction(FlowDirection.EXPORT), d, USD);
        Money m = DigitalTrade.ddsTotal(month.direction(FlowDirection.IMPORT), d, USD);
        t.row(p.toString(), d.name(), SampleBrief.amount(x, 1), SampleBrief.amount(m, 1),
            SampleBrief.amount(DigitalTrade.ddsBalance(month, d, USD), 1));
      }
    }
    r.paragraph("From SAFE's tables by item, DDS exports and imports are computed, never typed"
        + " in, under each definition the library knows: " + DdsDefinition.WTO_MOFCOM + " ("
        + DdsDefinition.WTO_MOFCOM.description() + ") and " + DdsDefinition.HANDBOOK_CORE + " ("
        + DdsDefinition.HANDBOOK_CORE.description() + "). SAFE's annual table by item for 2024"
        + " and 2025 is not embedded, so no annual DDS balance from SAFE data is shown; only the"
        + " monthly tables read on safe.gov.cn are.");
    r.table(t.unit("billion USD (SAFE prints 100 million USD: items round to 0.1); balance ="
            + " exports - imports").source("SAFE monthly tables as embedded in"
            + " ChinaServicesTrade.bopItems(); definitions from DdsDefinition").build());
  }

  /** Why a month's DDS total cannot be computed: sub-items SAFE does not print, or lines not read. */
  private static String notComputable(Set<String> missing) {
    List<String> unpublished = new ArrayList<>();
    List<String> unread = new ArrayList<>();
    for (String code : missing) {
      (code.length() > 2 ? unpublished : unread).add(code);
    }
    List<String> why = new ArrayList<>();
    if (!unpublished.isEmpty()) {
      why.add("SAFE does not publish " + String.join(", ", unpublished) + " separately");
    }
    if (!unread.isEmpty()) {
      why.add("the embedded table lacks " + String.join(", ", unread) + " (line not read)");
    }
    return "not computable: " + String.join("; ", why);
  }

  private static void ddsUnctad(Report.Builder r) {
    TradeFlows u = ChinaServicesTrade.unctadDds();
    Table.Builder t =
        Table.builder("China's DDS exports, imports and balance by year, UNCTAD code set")
            .columns("year", "exports", "YoY exports", "imports", "balance", "change of balance",
                "YoY of balance", "share of services trade");
    @Nullable TradeFlow previousX = null;
    @Nullable Money previousBalance = null;
    for (int year = 2015; year <= 2024; year++) {
      Period p = Period.ofYear(year);
      Optional<TradeFlow> x = u.period(p).direction(FlowDirection.EXPORT).stream().findFirst();
      Optional<TradeFlow> m = u.period(p).direction(FlowDirection.IMPORT).stream().findFirst();
      if (x.isEmpty() || m.isEmpty()) {
        continue;
      }
      Money balance = Balance.balance(u.period(p), Partner.of("CHN"));
      String yoy = previousX == null ? "\u2013"
          : Fmt.growth(Growth.yoyWithinRelease(previousX, x.get()));
      String change = previousBalance == null ? "\u2013"
          : SampleBrief.amount(balance.minus(previousBalance), 1);
      String balanceYoy = previousBalance == null || previousBalance.amount().signum() <= 0
          || balance.amount().signum() < 0 ? "\u2013"
          : Fmt.growth(Growth.yoy(previousBalance.amount().doubleValue(),
              balance.amount().doubleValue()));
      t.row(String.valueOf(year), SampleBrief.amount(x.get().value(), 1), yoy, SampleBrief.amount(m.get().value(), 1),
          SampleBrief.amount(balance, 1), change, balanceYoy, unctadShare(p).map(Fmt::percent).orElse("\u2013"));
      previousX = x.get();
      previousBalance = balance;
    }
    r.paragraph("UNCTAD publishes China's DDS exports and imports under its own code set, which is"
        + " neither of the library's named definitions and comes from another publisher than SAFE;"
        + " its surplus by year is computed from its exports and imports and shown apart. Growth"
        + " is computed within this one dataset release; growth of the balance is shown only"
        + " between two surpluses. The share divides UNCTAD's DDS trade by UNCTAD's own total"
        + " services trade of China, so both come from one publisher.");
    r.table(t.unit("billion USD; growth in %; balance = exports - imports")
        .source("UNCTAD Digital Economy database (World Bank Data360 export) and UNCTADstat"
            + " services by category (vintage 2025-07-23), as embedded in"
            + " ChinaServicesTrade.unctadDds() and unctadServices()").build());
  }

  /** UNCTAD's DDS trade over UNCTAD's services trade of one year, both exports plus imports. */
  static Optional<Double> unctadShare(Period p) {
    TradeFlows dds = ChinaServicesTrade.unctadDds().period(p);
    TradeFlows services = ChinaServicesTrade.unctadServices().period(p);
    if (dds.size() != 2 || services.size() != 2) {
      return Optional.empty();
    }
    return Optional.of(DigitalTrade.ddsShare(dds.total(USD).amount().doubleValue(),
        services.total(USD).amount().doubleValue()));
  }

  private static void safeHeadline(Report.Builder r) {
    List<PublishedFigure> h = PublishedFigures.of("services_headline");
    Table.Builder t = Table.builder("SAFE's published services balances (no exports or imports"
            + " published with them)")
        .columns("year", "item", "balance", "published YoY", "release");
    Map<String, PublishedFigure> balances = new LinkedHashMap<>();
    for (PublishedFigure f : h) {
      if (f.measure() == PublishedFigure.Measure.BALANCE) {
        String key = f.period() + " " + f.product();
        balances.put(key, f);
        String growth = h.stream()
            .filter(g -> g.measure() == PublishedFigure.Measure.GROWTH_PERCENT
                && g.period().equals(f.period()) && g.product().equals(f.product())
                && g.source().equals(f.source()))
            .map(PublishedFigure::printed)
            .findFirst()
            .orElse("\u2013");
        t.row(f.period().toString(), f.product().toString(), f.printed(), growth,
            f.source().publisher() + " " + f.source().vintage()
                + f.source().releaseDate().map(d -> " " + d).orElse(""));
      }
    }
    PublishedFigure digital = balances.get("2025 CUSTOM:SAFE_DIGITAL_SERVICES");
    PublishedFigure si2024 = balances.get("2024 EBOPS2010:SI");
    PublishedFigure si2025 = balances.get("2025 EBOPS2010:SI");
    if (digital != null && si2024 != null && si2025 != null) {
      r.paragraph("SAFE's own \"digital services\" surplus of 2025 was reported as "
          + digital.printed() + ", up by "
          + h.stream().filter(g -> g.product().equals(digital.product())
              && g.measure() == PublishedFigure.Measure.GROWTH_PERCENT)
              .map(PublishedFigure::printed).findFirst().orElse("\u2013")
          + " on 2024 (" + digital.source().publisher() + ", reported "
          + digital.source().releaseDate().map(Object::toString).orElse("") + "). The report does"
          + " not give its code set, so it stands beside the named definitions, not among them,"
          + " and cannot be recomputed: the embedded data hold no SAFE exports and imports by item"
          + " for 2024 and 2025 (SAFE's annual balance-of-payments table by EBOPS item: credit and"
          + " debit of SF, SG, SH, SI, SJ and SK for both years), nor its 2024 level. The"
          + " telecommunications, computer and information services surplus went from "
          + si2024.printed() + " (2024) to " + si2025.printed() + " (2025): "
          + Fmt.growth(Growth.yoy(si2024.value().doubleValue(), si2025.value().doubleValue()))
          + " computed, from two different releases.");
    }
    r.table(t.unit("billion USD; growth in %").source("SAFE as reported by CCTV (2024, deputy head"
        + " Li Bin) and China Daily (2025), embedded in PublishedFigures").build());
  }

  private static void servicesBalanceReleases(Report.Builder r) {
    List<PublishedFigure> b = PublishedFigures.of("services_bop");
    if (b.isEmpty()) {
      return;
    }
    Table.Builder t = Table.builder("SAFE's services balance by period and release")
        .columns("period", "balance", "release", "read on");
    Map<Period, List<PublishedFigure>> byPeriod = new TreeMap<>();
    for (PublishedFigure f : b) {
      byPeriod.computeIfAbsent(f.period(), k -> new ArrayList<>()).add(f);
      t.row(f.period().toString(), f.printed(), f.source().vintage()
              + f.source().releaseDate().map(d -> " " + d).orElse(""),
          f.source().title().substring(f.source().title().indexOf("; via ") + 6));
    }
    List<String> revised = new ArrayList<>();
    byPeriod.forEach((p, fs) -> {
      if (fs.size() > 1) {
        revised.add(p + " (" + fs.stream().map(PublishedFigure::printed)
            .collect(Collectors.joining(", then ")) + ")");
      }
    });
    r.paragraph("SAFE's services balance of the balance of payments, as each release printed it"
        + " (exports and imports of these releases by item are not embedded). A period printed"
        + " by two releases keeps both rows: "
        + (revised.isEmpty() ? "none here." : String.join("; ", revised) + ".")
        + " Balances of different releases are not combined into a year.");
    r.table(t.unit("billion USD (exports - imports)").source("SAFE releases as embedded in"
        + " PublishedFigures.of(\"services_bop\")").build());
  }

  private static void ddsShares(Report.Builder r) {
    TradeFlows usd = ChinaDigitalTrade.dds(USD).direction(FlowDirection.TOTAL);
    TradeFlow dds2020 = SampleBrief.latest(usd.period(Period.ofYear(2020))).orElseThrow();
    TradeFlow services2020 =
        SampleBrief.latest(ChinaDigitalTrade.servicesTrade().period(Period.ofYear(2020))).orElseThrow();
    double share = DigitalTrade.ddsShare(dds2020.value().amount().doubleValue(),
        services2020.value().amount().doubleValue());
    TradeFlow dds2015 = SampleBrief.latest(usd.period(Period.ofYear(2015))).orElseThrow();
    boolean services2015 =
        !ChinaDigitalTrade.servicesTrade().period(Period.ofYear(2015)).isEmpty();
    r.paragraph(
        "Share of DDS in China's services trade, 2020: "
            + SampleBrief.amount(dds2020.value(), 2) + " / " + SampleBrief.amount(services2020.value(), 2)
            + " billion USD = " + Fmt.percent(share) + " (MOFCOM). The 2015 share of 30.6% is "
            + (services2015 ? "" : "not recomputed: no MOFCOM total of 2015 services trade is"
                + " embedded, and the 2015 DDS level is the rounded \"about "
                + SampleBrief.amount(dds2015.value(), 0) + " billion\" as cited. UNCTAD's 2015 figures are"
                + " another publisher and code set and are not combined with MOFCOM's.")
    );
  }

  private static String publisher(TradeFlow f) {
    return f.source().map(s -> s.publisher()).orElse("unknown");
  }

}
