package io.github.digitrade.report;

import io.github.digitrade.calc.Balance;
import io.github.digitrade.calc.Bilateral;
import io.github.digitrade.calc.Complexity;
import io.github.digitrade.calc.Concentration;
import io.github.digitrade.calc.Exclusion;
import io.github.digitrade.calc.Growth;
import io.github.digitrade.calc.IntraIndustry;
import io.github.digitrade.calc.LabeledMatrix;
import io.github.digitrade.calc.LabeledVector;
import io.github.digitrade.calc.Shares;
import io.github.digitrade.calc.Specialization;
import io.github.digitrade.calc.Sums;
import io.github.digitrade.io.FlowFormat;
import io.github.digitrade.io.FlowReader;
import io.github.digitrade.io.ReadResult;
import io.github.digitrade.model.Partner;
import io.github.digitrade.reference.HsNomenclature;
import io.github.digitrade.table.Dimension;
import io.github.digitrade.table.FlowTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * The brief on a user's file of trade flows for one reporter and year: balances, growth, partner
 * and product concentration, top RCA products, trade intensity with partners, Grubel-Lloyd and, when
 * available, economic complexity. Every number comes from the calculators; this class only chooses,
 * formats and lays out.
 */
final class FlowsBrief {

  /** Where the HS chapter and heading names come from. */
  static final String HS_SOURCE = "HS names: datasets/harmonized-system (ODC PDDL 1.0)";

  /** How many partners or products the rankings show. */
  static final int TOP = 12;

  private FlowsBrief() {}

  /**
   * What the brief needs from a file, already aggregated: the reporter's flows and the world's
   * exports by country and product for the year analysed, and the indicators year by year.
   *
   * @param reporter the reporting economy's code, e.g. {@code CHN}
   * @param year the year analysed
   * @param format how the values are written: unit and scale, e.g. thousand USD for BACI
   * @param source where the data come from (file name and format)
   * @param exportsByYear the reporter's total exports by year label, in time order
   * @param importsByYear the reporter's total imports by year label, in time order
   * @param exportsByPartner the reporter's exports by partner in the year
   * @param importsByPartner the reporter's imports by partner in the year
   * @param importsByCountry every country's total imports in the year ({@code M_j}), from the file
   * @param exportsByProduct the reporter's exports by product in the year
   * @param importsByProduct the reporter's imports by product in the year
   * @param exportsByCountryProduct every exporter's exports by product in the year
   * @param eci economic complexity index by country, when computed
   * @param trends the reporter's indicators by period, empty for a file of one period
   */
  record Panel(
      String reporter,
      int year,
      ValueFormat format,
      String source,
      LabeledVector exportsByYear,
      LabeledVector importsByYear,
      LabeledVector exportsByPartner,
      LabeledVector importsByPartner,
      LabeledVector importsByCountry,
      LabeledVector exportsByProduct,
      LabeledVector importsByProduct,
      LabeledMatrix exportsByCountryProduct,
      Optional<LabeledVector> eci,
      Trends trends) {}

  /**
   * The reporter's indicators period by period, from the panel API ({@code
   * table.exports().byPeriod()}): HHI over partners and over products, ECI, the RCA of its main
   * products and its exports to its main partners and in its main products. Each vector is
   * labelled by period; a period in which a value is undefined is left out.
   *
   * @param hhiPartners HHI of the reporter's exports over partners, by period
   * @param hhiProducts HHI of the reporter's exports over products, by period
   * @param eci the reporter's ECI by period, when defined
   * @param rca the RCA by period of each of the reporter's main products
   * @param partners the exports by period to each of the main partners
   * @param products the exports by period of each of the main products
   */
  record Trends(
      LabeledVector hhiPartners,
      LabeledVector hhiProducts,
      Optional<LabeledVector> eci,
      Map<String, LabeledVector> rca,
      Map<String, LabeledVector> partners,
      Map<String, LabeledVector> products) {

    /** The trends of a file of one period: none. */
    static Trends none() {
      LabeledVector empty = LabeledVector.of(List.of(), new double[0]);
      return new Trends(empty, empty, Optional.empty(), Map.of(), Map.of(), Map.of());
    }

    boolean isEmpty() {
      return hhiPartners.size() < 2 && hhiProducts.size() < 2;
    }
  }

  /** How many series a comparison chart draws: the main partners or products. */
  static final int COMPARED = 5;

  /**
   * Reads a file of flows with the reader of its format and computes the brief for one reporter,
   * driving the progress indicator while reading.
   *
   * @param file the file, readable
   * @param options the command line: format, reporter, year, unit and scale
   * @param progress the progress indicator to drive while reading
   * @return the report, never null
   * @throws IOException if the file cannot be read or a row is malformed (the message names the
   *     file, line and column)
   * @throws IllegalArgumentException if the reporter or the year is not in the file
   */
  static Report of(Path file, Options options, ProgressMeter progress) throws IOException {
    FlowFormat format = FlowFormat.named(options.format());
    // numeric country codes (BACI, Comtrade) are labelled with ISO codes; tidy labels stay as read
    FlowReader reader = format.reader().withIsoCodes();
    ReadResult result =
        reader.withProgress((bytes, total, rows) -> progress.update(bytes, rows)).read(file);
    progress.finish(result.report().rowsRead());
    String reporter = options.reporter().orElseThrow();
    long excluded = result.report().excludedRows();
    if (result.table().size() == 0 && excluded > 0) {
      throw new IllegalArgumentException(
          "all " + excluded + " records of the file are aggregates or breakdowns ("
              + describe(result.report().excluded()) + "): the brief needs leaf records by"
              + " partner and product, such as a bulk file by HS6 code and partner");
    }
    String source = file.getFileName() + " (" + options.format() + ", "
        + String.format(java.util.Locale.ROOT, "%,d", result.report().rowsKept()) + " rows"
        + (excluded == 0 ? "" : String.format(java.util.Locale.ROOT,
            "; %,d aggregate or breakdown records excluded", excluded))
        + ")";
    return report(panel(result.table(), reporter, options.year(), valueFormat(options), source));
  }

  /**
   * The value format of a file: BACI values are thousand USD, Comtrade values USD; a tidy file's
   * are in the {@code --unit} and {@code --scale} of the command line, unnamed by default.
   *
   * @param options the command line
   * @return the format, never null
   */
  static ValueFormat valueFormat(Options options) {
    return switch (options.format()) {
      case "baci" -> ValueFormat.amount("USD", 1000);
      case "comtrade" -> ValueFormat.amount("USD", 1);
      default -> ValueFormat.amount(options.unit().orElse(""), options.scale().orElse(1));
    };
  }

  /**
   * Aggregates a flow table into the panel of one reporter and year. Exports are the rows with
   * direction {@code X} (BACI files hold only those); a file without them is refused. Periods are
   * years, or quarters or months summed into their year, never a mix ({@link PeriodForms}). Imports
   * are the reporter's own rows with direction {@code M} when it reports any, and otherwise the
   * mirror view: what the other reporters export to it.
   *
   * @param table the flows
   * @param reporter the reporter's label
   * @param year the year, or empty for the latest year in the table
   * @param format how the values are written
   * @param source where the flows come from
   * @return the panel, never null
   * @throws IllegalArgumentException if the reporter or the year is not in the table, or the
   *     table has several directions and none is {@code X}
   */
  static Panel panel(
      FlowTable table, String reporter, OptionalInt year, ValueFormat format, String source) {
    if (table.size() == 0) {
      throw new IllegalArgumentException(
          "the file has no data rows (a header only?): expected at least one flow");
    }
    List<String> directions = table.labels(Dimension.DIRECTION);
    if (!directions.contains("X")) {
      // the direction comes from the data: a file of imports only is never read as exports
      throw new IllegalArgumentException(
          "directions in the file are "
              + directions
              + ": the brief needs exports, direction X (and M for imports)");
    }
    FlowTable exports = table.filter(Dimension.DIRECTION, "X");
    PeriodForms.check(table.labels(Dimension.PERIOD));
    if (!exports.labels(Dimension.REPORTER).contains(reporter)) {
      throw new IllegalArgumentException(
          "--reporter " + reporter + " has no exports in the file: reporters are "
              + abbreviate(exports.labels(Dimension.REPORTER)));
    }
    boolean reported =
        directions.contains("M")
            && table.filter(Dimension.DIRECTION, "M").labels(Dimension.REPORTER).contains(reporter);
    FlowTable imports =
        reported
            ? table.filter(Dimension.DIRECTION, "M").filter(Dimension.REPORTER, reporter)
            : exports.filter(Dimension.PARTNER, reporter::equals); // mirror: may match no row
    Dimension importPartner = reported ? Dimension.PARTNER : Dimension.REPORTER;
    FlowTable ownExports = exports.filter(Dimension.REPORTER, reporter);
    LabeledVector exportsByYear = byYear(ownExports.sum(Dimension.PERIOD));
    LabeledVector importsByYear =
        imports.size() == 0 ? LabeledVector.of(List.of(), new double[0])
            : byYear(imports.sum(Dimension.PERIOD));
    String y =
        year.isPresent()
            ? String.valueOf(year.getAsInt())
            : exportsByYear.labels().get(exportsByYear.size() - 1);
    if (!exportsByYear.contains(y)) {
      throw new IllegalArgumentException(
          "--year " + y + ": " + reporter + " has exports in " + exportsByYear.labels()
              + " only");
    }
    FlowTable exportsYear = exports.filter(Dimension.PERIOD, l -> PeriodForms.year(l).equals(y));
    FlowTable ownYear = ownExports.filter(Dimension.PERIOD, l -> PeriodForms.year(l).equals(y));
    FlowTable importsYear = imports.filter(Dimension.PERIOD, l -> PeriodForms.year(l).equals(y));
    Optional<LabeledVector> eci = Optional.empty();
    if (exportsYear.labels(Dimension.REPORTER).size() >= 3) {
      try {
        // the months of one year (Comtrade monthly files) are one year's exports on purpose
        eci =
            Optional.of(
                Complexity.fromExports(exportsYear.matrix(Dimension.REPORTER, Dimension.PRODUCT))
                    .eci());
      } catch (ArithmeticException | IllegalArgumentException undefined) {
        eci = Optional.empty();
      }
    }
    return new Panel(
        reporter,
        Integer.parseInt(y),
        format,
        source,
        exportsByYear,
        importsByYear,
        ownYear.sum(Dimension.PARTNER),
        importsYear.size() == 0 ? LabeledVector.of(List.of(), new double[0])
            : importsYear.sum(importPartner),
        exportsYear.sum(Dimension.PARTNER),
        ownYear.sum(Dimension.PRODUCT),
        importsYear.size() == 0 ? LabeledVector.of(List.of(), new double[0])
            : importsYear.sum(Dimension.PRODUCT),
        exportsYear.matrix(Dimension.REPORTER, Dimension.PRODUCT),
        eci,
        trends(exports, reporter, ownYear));
  }

  /**
   * The reporter's indicators by period, from the panel API; none for a file of one period. An
   * indicator that is undefined in some period (ECI on too few exporters) is left out of the
   * trends, not guessed.
   */
  static Trends trends(FlowTable exports, String reporter, FlowTable ownYear) {
    if (exports.byPeriod().periods().size() < 2) {
      return Trends.none();
    }
    LabeledVector hhiPartners =
        exports.byPeriod().hhi(Dimension.PARTNER).series(reporter);
    LabeledVector hhiProducts =
        exports.byPeriod().hhi(Dimension.PRODUCT).series(reporter);
    Optional<LabeledVector> eci = Optional.empty();
    if (exports.labels(Dimension.REPORTER).size() >= 3) {
      try {
        LabeledVector e = exports.byPeriod().complexity().eci().series(reporter);
        eci = e.size() >= 2 ? Optional.of(e) : Optional.empty();
      } catch (ArithmeticException | IllegalArgumentException undefined) {
        eci = Optional.empty(); // some period has too few exporters or products
      }
    }
    FlowTable own = exports.filter(Dimension.REPORTER, reporter);
    Map<String, LabeledVector> rca = new LinkedHashMap<>();
    Map<String, LabeledVector> partners = new LinkedHashMap<>();
    Map<String, LabeledVector> products = new LinkedHashMap<>();
    LabeledVector mainProducts = ownYear.sum(Dimension.PRODUCT).top(COMPARED);
    LabeledVector mainPartners = ownYear.sum(Dimension.PARTNER).top(COMPARED);
    try {
      io.github.digitrade.calc.MatrixSeries r = exports.byPeriod().rca();
      for (String k : mainProducts.labels()) {
        LabeledVector series = r.series(reporter, k);
        if (series.size() > 0) {
          rca.put(k, series);
        }
      }
    } catch (ArithmeticException | IllegalArgumentException undefined) {
      rca.clear();
    }
    io.github.digitrade.calc.VectorSeries byPartner = own.byPeriod().sum(Dimension.PARTNER);
    for (String j : mainPartners.labels()) {
      LabeledVector series = byPartner.series(j);
      if (series.size() > 0) {
        partners.put(j, series);
      }
    }
    io.github.digitrade.calc.VectorSeries byProduct = own.byPeriod().sum(Dimension.PRODUCT);
    for (String k : mainProducts.labels()) {
      LabeledVector series = byProduct.series(k);
      if (series.size() > 0) {
        products.put(k, series);
      }
    }
    return new Trends(hhiPartners, hhiProducts, eci, rca, partners, products);
  }

  /** The excluded records by kind, such as {@code partner World (0) 3, commodity TOTAL 1}. */
  private static String describe(Map<io.github.digitrade.io.Aggregate, Long> excluded) {
    List<String> parts = new ArrayList<>();
    excluded.forEach((kind, n) -> parts.add(kind.description() + " " + n));
    return String.join(", ", parts);
  }

  /** Sums periods such as {@code 202203} into their year, in year order. */
  private static LabeledVector byYear(LabeledVector byPeriod) {
    TreeMap<String, Double> years = new TreeMap<>();
    for (int i = 0; i < byPeriod.size(); i++) {
      String label = byPeriod.labels().get(i);
      String year = PeriodForms.year(label);
      years.merge(year, byPeriod.get(i), Double::sum);
    }
    return LabeledVector.of(
        new ArrayList<>(years.keySet()), SampleBrief.toArray(new ArrayList<>(years.values())));
  }

  private static String abbreviate(List<String> unsorted) {
    List<String> labels = new ArrayList<>(unsorted);
    labels.sort(null);
    return labels.size() <= 10
        ? String.join(", ", labels)
        : String.join(", ", labels.subList(0, 10)) + " and " + (labels.size() - 10) + " more";
  }

  /**
   * Computes the brief from an aggregated panel.
   *
   * @param p the panel
   * @return the report, never null
   */
  static Report report(Panel p) {
    String r = p.reporter();
    String y = String.valueOf(p.year());
    ValueFormat.Scaled all = p.format().scaled(largest(p));
    Report.Builder b =
        Report.builder("digitrade brief: " + name(r) + ", " + y)
            .subtitle("Computed by digitrade from " + p.source() + ". Values in "
                + all.unitLabel() + unnamed(p) + ".");
    overview(b, p);
    partners(b, p);
    products(b, p);
    trends(b, p);
    intraIndustry(b, p);
    p.eci().ifPresent(eci -> complexity(b, p, eci));
    b.conventions(
        List.of(
            "Exports and imports are as reported in the file, in " + unitOf(p) + "; nothing is"
                + " converted or deflated. Amounts are written with one scale per table column"
                + " and chart axis (thousand, million, billion), named in its unit line.",
            "Balance = exports - imports; normalised balance = (X - M) / (X + M), in [-1, 1].",
            "Growth is year on year; CAGR is (V_T / V_0)^(1/T) - 1 over the years in the file.",
            "Concentration: HHI = sum of squared shares on the 0-1 scale; normalised HHI ="
                + " (HHI - 1/n) / (1 - 1/n); CR3 = sum of the three largest shares; entropy ="
                + " -sum s ln s.",
            "RCA (Balassa) = (X_cp / X_c) / (X_p / X_w), with every exporter in the file as the"
                + " world; products nobody exports and countries with no exports are excluded"
                + " and counted.",
            "Trade intensity = (x_ij / X_i) / (M_j / M_w), world imports including the reporter"
                + " (WITS convention), M_j and M_w from the file.",
            "Grubel-Lloyd: aggregate 1 - sum|X - M| / sum(X + M) over products; the"
                + " imbalance-adjusted index removes the overall trade imbalance.",
            "Indicators by period are computed period by period from the file's own rows;"
                + " a period in which an indicator is undefined is left out of its line.",
            "Products are HS codes, described at the level shown: a chapter (2 digits) by its"
                + " name, a heading (4 digits) by its name, a subheading (6 digits) by the name of"
                + " its heading, written 8471: ...; names of HS 2022 from " + HS_SOURCE
                + "; partners by their ISO 3166-1 names.",
            "Shares, growth and indices are computed as fractions and shown in %."));
    return b.build();
  }

  private static String unnamed(Panel p) {
    return p.format().unit().isEmpty()
        ? " (the file does not name its unit: give --unit and --scale, e.g. --unit USD --scale"
            + " thousand)"
        : "";
  }

  private static String unitOf(Panel p) {
    ValueFormat f = p.format();
    if (f.unit().isEmpty()) {
      return "the file's own unit";
    }
    String word = f.scale() == 1e3 ? "thousand " : f.scale() == 1e6 ? "million "
        : f.scale() == 1e9 ? "billion " : f.scale() == 1 ? "" : Fmt.fixed(f.scale(), 0) + " ";
    return word + f.unit();
  }

  private static double largest(Panel p) {
    double m = 0;
    for (LabeledVector v : List.of(p.exportsByYear(), p.importsByYear())) {
      for (int i = 0; i < v.size(); i++) {
        m = Math.max(m, Math.abs(v.get(i)));
      }
    }
    return m;
  }

  private static double maxAbs(double... values) {
    double m = 0;
    for (double v : values) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }

  /** The English name of an ISO 3166-1 alpha-3 code, or the label as it is. */
  static String name(String label) {
    if (label.length() == 3 && label.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      try {
        return Partner.of(label).name();
      } catch (IllegalArgumentException notIso) {
        return label;
      }
    }
    return label;
  }

  /** Display names of partner codes. */
  static Map<String, String> partnerNames(List<String> labels) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String l : labels) {
      String n = name(l);
      if (!n.equals(l)) {
        m.put(l, n);
      }
    }
    return m;
  }

  /**
   * Display names of product codes: the code and the name of its heading (HS 4 and 6 digits) or
   * chapter (HS 2 digits), or of its chapter when the heading is not in HS 2022.
   */
  static Map<String, String> productNames(java.util.Collection<String> labels) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String l : labels) {
      Optional<String> heading =
          l.length() == 6 ? HsNomenclature.heading(l.substring(0, 4)) : Optional.empty();
      Optional<String> d = heading.isPresent() ? heading : HsNomenclature.describe(l);
      d.ifPresent(n -> m.put(l, l + " " + n));
    }
    return m;
  }

  private static String describe(String product) {
    return SvgWriter.shorten(HsNomenclature.describe(product).orElse("\u2013"), 60);
  }

  private static void overview(Report.Builder b, Panel p) {
    LabeledVector x = p.exportsByYear();
    LabeledVector m = p.importsByYear();
    ValueFormat f = p.format();
    String y = String.valueOf(p.year());
    double xt = x.contains(y) ? x.get(y) : 0;
    double mt = m.contains(y) ? m.get(y) : 0;
    ValueFormat.Scaled col = f.scaled(largest(p));
    Table.Builder t =
        Table.builder("Trade of " + name(p.reporter()) + " by year")
            .columns("year", "exports", "imports", "balance", "exports YoY", "imports YoY");
    List<String> balanceLabels = new ArrayList<>();
    List<Double> balances = new ArrayList<>();
    for (int i = 0; i < x.size(); i++) {
      String year = x.labels().get(i);
      double xi = x.get(i);
      double mi = m.contains(year) ? m.get(year) : 0;
      String gx = "\u2013";
      String gm = "\u2013";
      if (i > 0 && x.get(i - 1) > 0) {
        gx = Fmt.growth(Growth.yoy(x.get(i - 1), xi));
      }
      String prev = i > 0 ? x.labels().get(i - 1) : "";
      if (i > 0 && m.contains(prev) && m.get(prev) > 0) {
        gm = Fmt.growth(Growth.yoy(m.get(prev), mi));
      }
      t.row(year, col.cell(xi), col.cell(mi), col.cell(Balance.balance(xi, mi)), gx, gm);
      balanceLabels.add(year);
      balances.add(Balance.balance(xi, mi));
    }
    b.section("Balance and growth");
    StringBuilder s = new StringBuilder();
    s.append(name(p.reporter()))
        .append(" exported ")
        .append(f.text(xt))
        .append(" and imported ")
        .append(f.text(mt))
        .append(" in ")
        .append(y)
        .append(": a ")
        .append(xt >= mt ? "surplus" : "deficit")
        .append(" of ")
        .append(f.text(Math.abs(Balance.balance(xt, mt))));
    if (xt + mt > 0) {
      s.append(" (normalised balance ")
          .append(Fmt.fixed(Balance.normalisedBalance(xt, mt), 3))
          .append(')');
    }
    s.append('.');
    if (x.size() >= 2 && x.get(0) > 0) {
      int first = Integer.parseInt(x.labels().get(0));
      int last = Integer.parseInt(x.labels().get(x.size() - 1));
      if (last > first) {
        s.append(" Exports grew at a compound annual rate of ")
            .append(Fmt.percent(Growth.cagr(x.get(0), x.get(x.size() - 1), last - first)))
            .append(" from ")
            .append(first)
            .append(" to ")
            .append(last)
            .append('.');
      }
    }
    b.paragraph(s.toString());
    b.table(t.unit(col.unitLabel() + "; growth in %").source(p.source()).build());
    Chart.Builder trade = Chart.lines("Exports and imports of " + name(p.reporter()) + " by year",
        f).series("exports", x);
    if (m.size() > 0) {
      trade.series("imports", m);
    }
    b.chart(trade.source(p.source()).build());
    if (m.size() > 0) {
      b.chart(Chart.columns("Trade balance of " + name(p.reporter()) + " by year", f)
          .series("balance", LabeledVector.of(balanceLabels, SampleBrief.toArray(balances)))
          .reference(0, "balance = 0")
          .source(p.source() + "; balance = exports - imports")
          .build());
    }
  }

  private static void partners(Report.Builder b, Panel p) {
    LabeledVector x = p.exportsByPartner();
    LabeledVector m = p.importsByPartner();
    ValueFormat f = p.format();
    b.section("Partners");
    if (x.size() == 0) {
      b.paragraph(name(p.reporter()) + " has no exports by partner in " + p.year()
          + " in the file.");
      return;
    }
    Aligned a = Aligned.of(x, m);
    // the largest balances in absolute value, surplus and deficit alike
    double[] absBalance = new double[a.labels.size()];
    for (int i = 0; i < absBalance.length; i++) {
      absBalance[i] = Math.abs(Balance.balance(a.first[i], a.second[i]));
    }
    LabeledVector top = LabeledVector.of(a.labels, absBalance).top(TOP);
    List<String> labels = new ArrayList<>(top.labels());
    double[] balances = new double[labels.size()];
    for (int i = 0; i < balances.length; i++) {
      int k = a.index(labels.get(i));
      balances[i] = Balance.balance(a.first[k], a.second[k]);
    }
    b.chart(Chart.bars("Largest trade balances of " + name(p.reporter()) + " by partner, "
            + p.year(), f)
        .series("balance", LabeledVector.of(labels, balances))
        .signed("surplus", "deficit")
        .reference(0, "balance = 0")
        .names(partnerNames(labels))
        .source(p.source() + "; balance = exports - imports")
        .build());
    concentration(b, "partner", x.toArray());
    double[] shares = Shares.shares(x.toArray());
    LabeledVector topShares = LabeledVector.of(x.labels(), shares).top(TOP);
    double exports = Sums.sum(x.toArray());
    double world = Sums.sum(p.importsByCountry().toArray());
    List<Double> column = new ArrayList<>();
    for (String j : topShares.labels()) {
      double xj = x.get(j);
      double mj = m.contains(j) ? m.get(j) : 0;
      column.add(xj);
      column.add(mj);
      column.add(Balance.balance(xj, mj));
    }
    ValueFormat.Scaled col = f.scaled(maxAbs(SampleBrief.toArray(column)));
    Table.Builder t =
        Table.builder("Main export partners of " + name(p.reporter()) + ", " + p.year())
            .columns("partner", "name", "exports", "share", "imports from", "balance",
                "trade intensity");
    for (String j : topShares.labels()) {
      double xj = x.get(j);
      double mj = m.contains(j) ? m.get(j) : 0;
      String intensity = "\u2013";
      if (p.importsByCountry().contains(j) && p.importsByCountry().get(j) > 0 && world > 0) {
        intensity = Fmt.fixed(
            Bilateral.tradeIntensity(xj, exports, p.importsByCountry().get(j), world), 2);
      }
      t.row(j, name(j), col.cell(xj), Fmt.percent(topShares.get(j)), col.cell(mj),
          col.cell(Balance.balance(xj, mj)), intensity);
    }
    b.table(t.unit(col.unitLabel() + "; shares in % of exports; intensity: 1 = partner's weight"
        + " in world imports").source(p.source()).build());
    b.chart(Chart.bars("Export shares by partner, " + p.year(), ValueFormat.share("of exports"))
        .series("share of exports", topShares)
        .names(partnerNames(topShares.labels()))
        .source(p.source())
        .build());
  }

  private static void products(Report.Builder b, Panel p) {
    LabeledVector x = p.exportsByProduct();
    b.section("Products");
    if (x.size() == 0) {
      b.paragraph(name(p.reporter()) + " has no exports by product in " + p.year()
          + " in the file.");
      return;
    }
    concentration(b, "product", x.toArray());
    LabeledMatrix rca = Specialization.rca(p.exportsByCountryProduct());
    if (!rca.rowLabels().contains(p.reporter())) {
      b.paragraph("RCA is undefined for " + p.reporter() + ": it has no exports in the world"
          + " matrix of the file.");
      return;
    }
    LabeledVector row = rca.row(p.reporter()).top(TOP);
    long excludedProducts =
        rca.excluded().stream().filter(e -> e.axis() == Exclusion.Axis.COLUMN).count();
    b.paragraph(
        "Revealed comparative advantage against the "
            + rca.rowCount()
            + " exporters in the file: "
            + p.reporter()
            + " has RCA of 1 or more in "
            + countAtLeastOne(rca.row(p.reporter()))
            + " of "
            + rca.columnCount()
            + " products"
            + (excludedProducts > 0
                ? " (" + excludedProducts + " products nobody exports are excluded)"
                : "")
            + ".");
    double[] values = new double[row.size()];
    for (int i = 0; i < values.length; i++) {
      String k = row.labels().get(i);
      values[i] = x.contains(k) ? x.get(k) : 0;
    }
    ValueFormat.Scaled col = p.format().scaled(maxAbs(values));
    Table.Builder t =
        Table.builder("Top products of " + name(p.reporter()) + " by RCA, " + p.year())
            .columns("product", "HS description", "RCA", "exports", "share of exports");
    double total = Sums.sum(x.toArray());
    for (String k : row.labels()) {
      double xk = x.contains(k) ? x.get(k) : 0;
      t.row(k, describe(k), Fmt.fixed(row.get(k), 2), col.cell(xk),
          Fmt.percent(Shares.share(xk, total)));
    }
    b.table(t.unit("RCA is unit-free (1 = world average); exports in " + col.unitLabel())
        .source(p.source() + "; " + HS_SOURCE).build());
    b.chart(Chart.bars("Top RCA products of " + name(p.reporter()) + ", " + p.year(),
            ValueFormat.index("RCA (1 = world average)", 2))
        .series("RCA", row)
        .reference(1, "RCA = 1")
        .names(productNames(row.labels()))
        .source(p.source())
        .build());
  }

  /** The indicators of the reporter period by period, with one line per partner or product. */
  private static void trends(Report.Builder b, Panel p) {
    Trends t = p.trends();
    if (t.isEmpty()) {
      return;
    }
    String r = name(p.reporter());
    b.section("Indicators by year");
    b.paragraph("Each indicator recomputed period by period from the file, so that a change is"
        + " seen when it happened: concentration of " + r + "'s exports over partners and"
        + " products, the RCA of its main products, its ECI where the file defines it, and its"
        + " exports to its main partners and in its main products.");
    Table.Builder table = Table.builder("Indicators of " + r + " by period")
        .columns("period", "HHI partners", "HHI products", "ECI");
    for (String period : t.hhiPartners().labels()) {
      table.row(period, Fmt.fixed(t.hhiPartners().get(period), 4),
          t.hhiProducts().contains(period) ? Fmt.fixed(t.hhiProducts().get(period), 4) : "\u2013",
          t.eci().filter(e -> e.contains(period)).map(e -> Fmt.fixed(e.get(period), 2))
              .orElse("\u2013"));
    }
    b.table(table.unit("HHI on the 0-1 scale; ECI in standard deviations from the mean")
        .source(p.source() + "; computed with FlowTable.byPeriod()").build());
    Chart.Builder hhi = Chart.lines("Concentration of " + r + "'s exports by period",
        ValueFormat.index("HHI (0-1)", 3));
    if (t.hhiPartners().size() > 0) {
      hhi.series("over partners", t.hhiPartners());
    }
    if (t.hhiProducts().size() > 0) {
      hhi.series("over products", t.hhiProducts());
    }
    b.chart(hhi.source(p.source() + "; HHI = sum of squared shares").build());
    if (!t.rca().isEmpty()) {
      // one panel per product on one scale: several RCA lines cross and hide one another
      Chart.Builder rca = Chart.multiples("RCA of " + r + "'s main export products by period",
          ValueFormat.index("RCA (1 = world average)", 2));
      Map<String, String> names = productNames(t.rca().keySet());
      t.rca().forEach((k, v) -> rca.series(names.getOrDefault(k, k), v));
      b.chart(rca.reference(1, "RCA = 1").source(p.source()
          + "; every exporter in the file as the world; " + HS_SOURCE).build());
    }
    t.eci().ifPresent(e -> b.chart(Chart.lines("Economic complexity of " + r + " by period",
            ValueFormat.index("ECI (standard deviations)", 2))
        .series("ECI", e)
        .reference(0, "mean = 0")
        .source(p.source() + "; ECI standardised within each period")
        .build()));
    if (!t.partners().isEmpty()) {
      Chart.Builder c = Chart.multiples("Exports of " + r + " to its main partners by period",
          p.format());
      t.partners().forEach((j, v) -> c.series(name(j), v));
      b.chart(c.source(p.source() + "; the " + t.partners().size() + " largest partners of "
          + p.year() + ", one scale for all panels").build());
    }
    if (!t.products().isEmpty()) {
      Chart.Builder c = Chart.multiples("Exports of " + r + "'s main products by period",
          p.format());
      Map<String, String> names = productNames(t.products().keySet());
      t.products().forEach((k, v) -> c.series(names.getOrDefault(k, k), v));
      b.chart(c.source(p.source() + "; the " + t.products().size() + " largest products of "
          + p.year() + ", one scale for all panels; " + HS_SOURCE).build());
    }
  }

  private static int countAtLeastOne(LabeledVector v) {
    int n = 0;
    for (int i = 0; i < v.size(); i++) {
      if (v.get(i) >= 1) {
        n++;
      }
    }
    return n;
  }

  private static void concentration(Report.Builder b, String what, double[] values) {
    int positive = 0;
    for (double v : values) {
      if (v > 0) {
        positive++;
      }
    }
    if (positive == 0) {
      return;
    }
    Table.Builder t =
        Table.builder("Concentration of exports by " + what)
            .columns("indicator", "value")
            .row("HHI", Fmt.fixed(Concentration.hhi(values), 4))
            .row("CR3", Fmt.percent(Concentration.concentrationRatio(values, 3)))
            .row("Shannon entropy", Fmt.fixed(Concentration.entropy(values), 3))
            .row(what + "s with exports", String.valueOf(positive));
    if (positive > 1) {
      t.row("normalised HHI", Fmt.fixed(Concentration.normalisedHhi(values), 4));
    }
    b.table(t.unit("HHI on the 0-1 scale; CR3 in %; entropy in nats")
        .source("computed by digitrade.calc.Concentration").build());
  }

  private static void intraIndustry(Report.Builder b, Panel p) {
    Aligned a = Aligned.of(p.exportsByProduct(), p.importsByProduct());
    if (a.labels.isEmpty() || Sums.sum(a.first) + Sums.sum(a.second) == 0) {
      return;
    }
    b.section("Intra-industry trade");
    String adjusted = "\u2013";
    if (Sums.sum(a.first) > 0 && Sums.sum(a.second) > 0) {
      adjusted = Fmt.fixed(IntraIndustry.imbalanceAdjusted(a.first, a.second), 3);
    }
    b.paragraph(
        "Grubel-Lloyd index over "
            + a.labels.size()
            + " products: "
            + Fmt.fixed(IntraIndustry.aggregate(a.first, a.second), 3)
            + " (0 = trade only one way in each product, 1 = exports equal imports in each);"
            + " adjusted for the overall imbalance: "
            + adjusted
            + ".");
    LabeledVector gl = IntraIndustry.byProduct(p.exportsByProduct(), p.importsByProduct());
    double[] volume = new double[gl.size()];
    for (int i = 0; i < volume.length; i++) {
      int k = a.index(gl.labels().get(i));
      volume[i] = a.first[k] + a.second[k];
    }
    LabeledVector largest = LabeledVector.of(gl.labels(), volume).top(TOP);
    Table.Builder t = Table.builder("Grubel-Lloyd index of the most traded products")
        .columns("product", "HS description", "exports", "imports", "GL index");
    double most = 0;
    for (String k : largest.labels()) {
      int i = a.index(k);
      most = Math.max(most, Math.max(a.first[i], a.second[i]));
    }
    ValueFormat.Scaled col = p.format().scaled(most);
    for (String k : largest.labels()) {
      int i = a.index(k);
      t.row(k, describe(k), col.cell(a.first[i]), col.cell(a.second[i]),
          Fmt.fixed(gl.get(k), 3));
    }
    b.table(t.unit(col.unitLabel() + "; GL from 0 to 1").source(p.source() + "; " + HS_SOURCE)
        .build());
  }

  private static void complexity(Report.Builder b, Panel p, LabeledVector eci) {
    b.section("Economic complexity");
    LabeledVector top = eci.top(TOP);
    StringBuilder s = new StringBuilder("Economic complexity index (ECI) of the exporters in the"
        + " file, standardised to mean 0 and standard deviation 1");
    if (eci.contains(p.reporter())) {
      int rank = 1;
      for (int i = 0; i < eci.size(); i++) {
        if (eci.get(i) > eci.get(p.reporter())) {
          rank++;
        }
      }
      s.append(": ").append(p.reporter()).append(" scores ")
          .append(Fmt.fixed(eci.get(p.reporter()), 2)).append(", rank ").append(rank)
          .append(" of ").append(eci.size());
    }
    b.paragraph(s.append('.').toString());
    Table.Builder t = Table.builder("Highest ECI, " + p.year())
        .columns("country", "name", "ECI");
    for (String c : top.labels()) {
      t.row(c, name(c), Fmt.fixed(top.get(c), 2));
    }
    b.table(t.unit("standard deviations from the mean").source(p.source()).build());
  }

  /** Two vectors over the union of their labels, missing values as zero, in first-seen order. */
  private static final class Aligned {
    final List<String> labels;
    final double[] first;
    final double[] second;
    private final Map<String, Integer> positions = new HashMap<>();

    private Aligned(List<String> labels, double[] first, double[] second) {
      this.labels = labels;
      this.first = first;
      this.second = second;
      for (int i = 0; i < labels.size(); i++) {
        positions.put(labels.get(i), i);
      }
    }

    int index(String label) {
      Integer i = positions.get(label);
      if (i == null) {
        throw new IllegalArgumentException("label " + label + " is in neither vector");
      }
      return i;
    }

    static Aligned of(LabeledVector a, LabeledVector b) {
      Set<String> union = new LinkedHashSet<>(a.labels());
      union.addAll(b.labels());
      List<String> labels = new ArrayList<>(union);
      double[] x = new double[labels.size()];
      double[] y = new double[labels.size()];
      for (int i = 0; i < x.length; i++) {
        String l = labels.get(i);
        x[i] = a.contains(l) ? a.get(l) : 0;
        y[i] = b.contains(l) ? b.get(l) : 0;
      }
      return new Aligned(labels, x, y);
    }
  }
}
