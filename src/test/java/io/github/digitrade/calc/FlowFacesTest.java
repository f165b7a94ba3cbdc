package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.digitrade.model.CurrencyMismatchException;
import io.github.digitrade.model.DigitalNature;
import io.github.digitrade.model.ExchangeRate;
import io.github.digitrade.model.ExchangeRates;
import io.github.digitrade.model.FlowDirection;
import io.github.digitrade.model.Money;
import io.github.digitrade.model.Partner;
import io.github.digitrade.model.Period;
import io.github.digitrade.model.ProductCode;
import io.github.digitrade.model.RateBasis;
import io.github.digitrade.model.RatePeriod;
import io.github.digitrade.model.Status;
import io.github.digitrade.model.TradeFlow;
import io.github.digitrade.model.TradeFlows;
import io.github.digitrade.reference.DdsDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The TradeFlows face agrees bit for bit with the primitive and panel faces on the same data. */
class FlowFacesTest {

  private static final Partner CHN = Partner.of("CHN");
  private static final Partner IDN = Partner.of("IDN");
  private static final Partner USA = Partner.of("USA");
  private static final Partner JPN = Partner.of("JPN");
  private static final Period Y2021 = Period.ofYear(2021);
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency CNY = Currency.getInstance("CNY");

  private static TradeFlow flow(
      Partner reporter, Partner partner, Period period, FlowDirection d, String hs, String value) {
    return TradeFlow.of(
        reporter,
        partner,
        period,
        d,
        ProductCode.hs(hs),
        DigitalNature.UNKNOWN,
        Money.of(value, "USD"));
  }

  private static TradeFlow export(Partner reporter, Partner partner, String hs, String value) {
    return flow(reporter, partner, Y2021, FlowDirection.EXPORT, hs, value);
  }

  /** The matrix of SpecializationTest as flows: CHN 8517 = 60 + 30 to two partners. */
  private static TradeFlows exports() {
    return TradeFlows.of(
        export(CHN, USA, "8517", "60"),
        export(CHN, JPN, "8517", "30"),
        export(CHN, USA, "1511", "10"),
        export(IDN, USA, "8517", "5"),
        export(IDN, JPN, "1511", "45"));
  }

  @Test
  void test_rca_flowsAgreeWithMatrixBitForBit() {
    LabeledMatrix x =
        LabeledMatrix.of(
            List.of("CHN", "IDN"), List.of("HS:8517", "HS:1511"), new double[] {90, 10, 5, 45});
    assertThat(FlowPivot.matrix(exports(), FlowPivot.reporter(), FlowPivot.product())).isEqualTo(x);
    LabeledMatrix rca = Specialization.rca(exports());
    assertThat(rca).isEqualTo(Specialization.rca(x));
    // (45/50)/(55/150) = 2.454545
    assertThat(rca.get("IDN", "HS:1511")).isCloseTo(2.454545, within(1e-6));
  }

  @Test
  void test_rca_reporterAgainstWorldAggregate() {
    Partner wld = Partner.world();
    TradeFlows world =
        TradeFlows.of(export(wld, USA, "8517", "95"), export(wld, USA, "1511", "55"));
    LabeledVector rca = Specialization.rca(exports().reporter(CHN), world);
    assertThat(rca.get("HS:8517")).isEqualTo(Specialization.rca(90, 100, 95, 150));
    assertThat(rca.get("HS:1511")).isEqualTo(Specialization.rca(10, 100, 55, 150));
  }

  @Test
  void test_hhi_partnerConcentrationOfAReporter() {
    // CHN exports by partner: USA 60 + 10 = 70, JPN 30: 0.7² + 0.3² = 0.58
    double h = Concentration.hhi(exports().reporter(CHN), FlowPivot.partner());
    assertThat(h).isEqualTo(Concentration.hhi(new double[] {70, 30}));
    assertThat(h).isCloseTo(0.58, within(1e-15));
    LabeledVector byReporter =
        Concentration.hhiByRow(exports(), FlowPivot.reporter(), FlowPivot.partner());
    assertThat(byReporter.get("CHN")).isEqualTo(h);
    // IDN: USA 5, JPN 45
    assertThat(byReporter.get("IDN")).isEqualTo(Concentration.hhi(new double[] {5, 45}));
  }

  @Test
  void test_grubelLloyd_byProductForAPair() {
    TradeFlows flows =
        TradeFlows.of(
            export(CHN, USA, "8517", "60"),
            flow(CHN, USA, Y2021, FlowDirection.IMPORT, "8517", "40"),
            flow(CHN, USA, Y2021, FlowDirection.IMPORT, "8471", "90"),
            export(CHN, USA, "8471", "10"),
            export(CHN, JPN, "8471", "500"));
    LabeledVector gl = IntraIndustry.byProduct(flows, CHN, USA);
    // 8517: 1 − 20/100 = 0.8; 8471: 1 − 80/100 = 0.2 (the JPN flow is not part of the pair)
    assertThat(gl.get("HS:8517")).isEqualTo(IntraIndustry.grubelLloyd(60, 40));
    assertThat(gl.get("HS:8471")).isEqualTo(IntraIndustry.grubelLloyd(10, 90));
    assertThat(gl.get("HS:8471")).isCloseTo(0.2, within(1e-15));
  }

  @Test
  void test_balance_exactFromFlows() {
    TradeFlows flows =
        TradeFlows.of(
            export(CHN, USA, "8517", "3362.3"),
            flow(CHN, USA, Y2021, FlowDirection.IMPORT, "8517", "2689.7"));
    // 3362.3 − 2689.7 = 672.6 exactly
    assertThat(Balance.balance(flows, CHN)).isEqualTo(Money.of("672.6", "USD"));
    assertThatThrownBy(() -> Balance.balance(flows, IDN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reporter = IDN: expected at least one export or import flow of it");
  }

  private static TradeFlows series(String... values) {
    List<TradeFlow> flows = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      flows.add(flow(CHN, USA, Period.ofYear(2017 + i), FlowDirection.EXPORT, "8517", values[i]));
    }
    return TradeFlows.copyOf(flows);
  }

  @Test
  void test_growth_seriesFromFlows() {
    TradeFlows s = series("100", "110", "99");
    LabeledVector g = Growth.yoy(s);
    assertThat(g.labels()).containsExactly("2018", "2019");
    assertThat(g.toArray()).containsExactly(Growth.yoy(new double[] {100, 110, 99}));
    // 100 → 99 over 2 years: √0.99 − 1
    assertThat(Growth.cagr(s)).isEqualTo(Growth.cagr(100, 99, 2));
    // "nearly 10 times in five years": 10^(1/5) − 1 = 0.5849
    assertThat(Growth.cagr(series("1", "2", "3", "5", "7", "10"))).isCloseTo(0.5849, within(1e-4));
  }

  @Test
  void test_growth_rejectsGapsAndSinglePeriods() {
    TradeFlows gap =
        TradeFlows.of(
            flow(CHN, USA, Period.ofYear(2019), FlowDirection.EXPORT, "8517", "1"),
            flow(CHN, USA, Period.ofYear(2021), FlowDirection.EXPORT, "8517", "2"));
    assertThatThrownBy(() -> Growth.yoy(gap))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "periods 2019 and 2021 are not consecutive: expected one total per period with no gaps");
    assertThatThrownBy(() -> Growth.cagr(series("5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("flows cover 1 period(s) [2017]: expected at least 2 consecutive periods");
  }

  @Test
  void test_pivot_rejectsMixedCurrencies() {
    TradeFlows mixed =
        TradeFlows.of(
            export(CHN, USA, "8517", "1"),
            TradeFlow.of(
                CHN,
                JPN,
                Y2021,
                FlowDirection.EXPORT,
                ProductCode.hs("8517"),
                DigitalNature.UNKNOWN,
                Money.of("7", "CNY")));
    assertThatThrownBy(() -> Specialization.rca(mixed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "flows: USD and CNY: expected one currency; convert with ExchangeRates or filter to one"
                + " currency first");
    assertThatThrownBy(
            () -> FlowPivot.matrix(exports(), FlowPivot.reporter(), FlowPivot.period(),
                DuplicatePolicy.REJECT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cell (CHN, 2021) is given 3 times [60.0, 30.0, 10.0]: expected one value per cell"
                + " under DuplicatePolicy.REJECT");
    assertThat(FlowPivot.vector(TradeFlows.empty(), FlowPivot.partner()).size()).isZero();
  }

  private static ExchangeRates cnyRates() {
    return ExchangeRates.of(
        List.of(
            ExchangeRate.of(
                USD, CNY, Period.ofYear(2020), new BigDecimal("6.8976"),
                RateBasis.CENTRAL_PARITY_AVERAGE, Status.UNVERIFIED),
            ExchangeRate.of(
                USD, CNY, Y2021, new BigDecimal("6.4515"),
                RateBasis.CENTRAL_PARITY_AVERAGE, Status.UNVERIFIED)));
  }

  @Test
  void test_conversion_cbec2021AtItsOwnPeriodAndOnPurposeAtAnother() {
    Money cbec = Money.of("1980000000000", "CNY");
    Money right = Conversion.convert(cbec, USD, Y2021, cnyRates(), RoundingMode.HALF_EVEN);
    // 1.98e12 / 6.4515 = 306,905,370,843.99 USD ≈ 306.9 bn
    assertThat(right.currency()).isEqualTo(USD);
    assertThat(right.amount().doubleValue() / 1e9).isCloseTo(306.9, within(0.05));
    BigDecimal rate = cnyRates().rate(CNY, USD, Y2021);
    assertThat(right.amount())
        .isEqualByComparingTo(
            Conversion.convert(cbec.amount(), rate, 2, RoundingMode.HALF_EVEN));
    // the 2020 rate only on purpose: 1.98e12 / 6.8976 = 287.06 bn, the printed "287.0 bn"
    Money wrong =
        Conversion.convert(
            cbec, USD, Y2021, RatePeriod.explicit(Period.ofYear(2020)), cnyRates(),
            RoundingMode.HALF_EVEN);
    assertThat(wrong.amount().doubleValue() / 1e9).isCloseTo(287.0, within(0.1));
    assertThatThrownBy(
            () ->
                Conversion.convert(
                    cbec, USD, Period.ofYear(2022), cnyRates(), RoundingMode.HALF_EVEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no CNY→USD rate for 2022: rates exist for 2020–2021");
  }

  @Test
  void test_sharesAndConcentration_fromFlows() {
    TradeFlows chn = exports().reporter(CHN);
    LabeledVector s = Shares.shares(chn, FlowPivot.partner());
    // USA 70, JPN 30 of 100
    assertThat(s.labels()).containsExactly("USA", "JPN");
    assertThat(s.toArray()).containsExactly(Shares.shares(new double[] {70, 30}));
    double[] v = {70, 30};
    assertThat(Concentration.normalisedHhi(chn, FlowPivot.partner()))
        .isEqualTo(Concentration.normalisedHhi(v));
    assertThat(Concentration.concentrationRatio(chn, FlowPivot.partner(), 1))
        .isEqualTo(Concentration.concentrationRatio(v, 1))
        .isEqualTo(0.7);
    assertThat(Concentration.theil(chn, FlowPivot.partner(), TheilConvention.POSITIVE_LINES))
        .isEqualTo(Concentration.theil(v, TheilConvention.POSITIVE_LINES));
    assertThat(Concentration.entropy(chn, FlowPivot.partner())).isEqualTo(Concentration.entropy(v));
  }

  @Test
  void test_balanceRatiosAndOpenness_fromFlows() {
    TradeFlows flows =
        TradeFlows.of(
            export(CHN, USA, "8517", "120"),
            flow(CHN, JPN, Y2021, FlowDirection.IMPORT, "8517", "80"));
    // (120 − 80)/200 = 0.2; 120/80 = 1.5; (120 + 80)/1000 = 0.2 (WITS), 0.1 (UNCTAD)
    assertThat(Balance.normalisedBalance(flows, CHN)).isEqualTo(Balance.normalisedBalance(120, 80));
    assertThat(Balance.coverage(flows, CHN)).isEqualTo(1.5);
    Money gdp = Money.of("1000", "USD");
    assertThat(Macro.openness(flows, CHN, gdp, OpennessConvention.WITS)).isEqualTo(0.2);
    assertThat(Macro.openness(flows, CHN, gdp, OpennessConvention.UNCTAD)).isEqualTo(0.1);
    assertThatThrownBy(
            () -> Macro.openness(flows, CHN, Money.of("1000", "CNY"), OpennessConvention.WITS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "openness (flows and gdp): USD and CNY: expected one currency; convert with ExchangeRates"
                + " or filter to one currency first");
  }

  @Test
  void test_digitalNatureShares_fromFlows() {
    TradeFlows flows =
        TradeFlows.of(
            TradeFlow.of(CHN, USA, Y2021, FlowDirection.EXPORT, ProductCode.ebops("SI"),
                DigitalNature.DIGITALLY_DELIVERED, Money.of("50", "USD")),
            TradeFlow.of(CHN, JPN, Y2021, FlowDirection.EXPORT, ProductCode.ebops("SJ"),
                DigitalNature.DIGITALLY_DELIVERED, Money.of("30", "USD")),
            TradeFlow.of(CHN, JPN, Y2021, FlowDirection.EXPORT, ProductCode.hs("6110"),
                DigitalNature.DIGITALLY_ORDERED, Money.of("20", "USD")));
    LabeledVector s = DigitalTrade.sharesByNature(flows);
    // delivered 80/100, ordered 20/100
    assertThat(s.labels()).containsExactly("DIGITALLY_DELIVERED", "DIGITALLY_ORDERED");
    assertThat(s.toArray()).containsExactly(0.8, 0.2);
  }

  @Test
  void test_bilateral_fromFlows() {
    TradeFlows imports =
        TradeFlows.of(
            flow(USA, CHN, Y2021, FlowDirection.IMPORT, "8517", "300"),
            flow(JPN, CHN, Y2021, FlowDirection.IMPORT, "8517", "100"),
            flow(CHN, USA, Y2021, FlowDirection.IMPORT, "8517", "150"),
            flow(IDN, USA, Y2021, FlowDirection.IMPORT, "8517", "50"));
    LabeledMatrix t = Bilateral.tradeIntensity(exports(), imports, WorldImports.INCLUDING_REPORTER);
    // CHN→USA: (70/100)/(300/600) = 1.4
    assertThat(t.get("CHN", "USA")).isEqualTo(Bilateral.tradeIntensity(70, 100, 300, 600));
    assertThat(t.get("CHN", "USA")).isCloseTo(1.4, within(1e-15));
    LabeledMatrix esi = Bilateral.exportSimilarity(exports());
    // CHN {90, 10}, IDN {5, 45}: 100·(0.1 + 0.1) = 20
    assertThat(esi.get("CHN", "IDN"))
        .isEqualTo(Bilateral.exportSimilarity(new double[] {90, 10}, new double[] {5, 45}));
    assertThat(esi.get("CHN", "IDN")).isCloseTo(20.0, within(1e-12));
    double c =
        Bilateral.complementarity(
            exports().reporter(CHN), TradeFlows.of(flow(USA, CHN, Y2021, FlowDirection.IMPORT, "8517", "1")));
    // CHN exports {8517: 0.9, 1511: 0.1}, USA imports {8517: 1}: 100·(1 − 0.2/2) = 90
    assertThat(c).isCloseTo(90.0, within(1e-12));
  }

  @Test
  void test_mirrorAsymmetry_fromMirrorPair() {
    TradeFlows flows =
        TradeFlows.of(
            export(CHN, USA, "8517", "95"),
            flow(USA, CHN, Y2021, FlowDirection.IMPORT, "8517", "105"));
    // (95 − 105)/100 = −0.1
    assertThat(Bilateral.mirrorAsymmetry(flows.mirror(CHN, USA, Y2021, ProductCode.hs("8517"))))
        .isEqualTo(Bilateral.mirrorAsymmetry(95, 105))
        .isEqualTo(-0.1);
    assertThatThrownBy(
            () -> Bilateral.mirrorAsymmetry(flows.mirror(CHN, JPN, Y2021, ProductCode.hs("8517"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pair has no reported exports: expected both sides of the mirror pair");
    assertThatThrownBy(
            () -> Bilateral.mirrorAsymmetry(flows.mirror(USA, CHN, Y2021, ProductCode.hs("8517"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pair has no reported exports: expected both sides of the mirror pair");
    TradeFlows oneSide = TradeFlows.of(export(CHN, USA, "8517", "95"));
    assertThatThrownBy(
            () -> Bilateral.mirrorAsymmetry(oneSide.mirror(CHN, USA, Y2021, ProductCode.hs("8517"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pair has no reported imports: expected both sides of the mirror pair");
    TradeFlows twoCurrencies =
        TradeFlows.of(
            export(CHN, USA, "8517", "95"),
            TradeFlow.of(USA, CHN, Y2021, FlowDirection.IMPORT, ProductCode.hs("8517"),
                DigitalNature.UNKNOWN, Money.of("700", "CNY")));
    assertThatThrownBy(
            () ->
                Bilateral.mirrorAsymmetry(
                    twoCurrencies.mirror(CHN, USA, Y2021, ProductCode.hs("8517"))))
        .isInstanceOf(IllegalArgumentException.class)
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage(
            "mirror pair: USD and CNY: expected one currency; convert with ExchangeRates or filter"
                + " to one currency first");
  }

  private static TradeFlow service(String ebops, String value) {
    return TradeFlow.of(CHN, Partner.world(), Period.ofYear(2020), FlowDirection.TOTAL,
        ProductCode.ebops(ebops), DigitalNature.UNKNOWN, Money.of(value, "USD"));
  }

  @Test
  void test_dds_underBothCodeSetsWithoutDoubleCounting() {
    // SI = 60 with its sub-items SI1 + SI2 = 60 beside it; SJ 200; SK1 4.76, SK2 10; SF 20, SA 300
    TradeFlows services =
        TradeFlows.of(
            service("SI", "60"), service("SI1", "40"), service("SI2", "20"), service("SJ", "200"),
            service("SK1", "4.76"), service("SK2", "10"), service("SF", "20"), service("SA", "300"));
    // handbook core: SF 20 + SI 60 + SJ 200 + SK1 4.76 = 284.76 (SI1, SI2 not counted twice)
    assertThat(DigitalTrade.ddsTotal(services, DdsDefinition.HANDBOOK_CORE, USD))
        .isEqualTo(Money.of("284.76", "USD"));
    // WTO/MOFCOM adds SK2: 294.76
    assertThat(DigitalTrade.ddsTotal(services, DdsDefinition.WTO_MOFCOM, USD))
        .isEqualTo(Money.of("294.76", "USD"));
    // 294.76 / 661.72 = 0.4454 (44.5%)
    double share =
        DigitalTrade.ddsShare(
            services, DdsDefinition.WTO_MOFCOM, Money.of("661.72", "USD"));
    assertThat(share).isEqualTo(DigitalTrade.ddsShare(294.76, 661.72));
  }
}
