package io.github.digitrade.model;

import io.github.digitrade.calc.Conversion;
import io.github.digitrade.calc.Bilateral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ModelPropertiesTest {

  private static final List<Currency> CURRENCIES =
      List.of(Currency.getInstance("CNY"), Currency.getInstance("USD"), Currency.getInstance("JPY"));
  private static final Currency USD = Currency.getInstance("USD");

  private static Gen<Money> money(Currency c) {
    return longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
        .zip(integers().between(0, 6), (v, s) -> Money.of(BigDecimal.valueOf(v, s), c));
  }

  private static Gen<Period> periods() {
    return integers().between(Period.MIN_YEAR, Period.MAX_YEAR)
        .zip(Generate.enumValues(Frequency.class), integers().between(1, 12),
            (y, f, i) -> Period.of(y, f, (i - 1) % f.periodsPerYear() + 1));
  }

  @Test
  void periodParseInvertsToString() {
    qt().withExamples(1000).forAll(periods())
        .checkAssert(p -> assertThat(Period.parse(p.toString())).isEqualTo(p));
  }

  @Test
  void periodPlusIsInvertibleAndOrdered() {
    qt().withExamples(1000).forAll(periods().assuming(p -> p.year() > 1100 && p.year() < 9900),
            integers().between(-100, 100))
        .checkAssert((p, n) -> {
          assertThat(p.plus(n).plus(-n)).isEqualTo(p);
          assertThat(Integer.signum(p.plus(n).compareTo(p))).isEqualTo(Integer.signum(n));
        });
  }

  @Test
  void moneyParseInvertsToString() {
    qt().withExamples(1000).forAll(Generate.pick(CURRENCIES).flatMap(ModelPropertiesTest::money))
        .checkAssert(m -> assertThat(Money.parse(m.toString())).isEqualTo(m));
  }

  @Test
  void moneyAdditionIsExactCommutativeAndAssociative() {
    qt().withExamples(1000).forAll(money(USD), money(USD), money(USD))
        .checkAssert((a, b, c) -> {
          assertThat(a.plus(b)).isEqualTo(b.plus(a));
          assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
          assertThat(a.plus(b).amount()).isEqualByComparingTo(a.amount().add(b.amount()));
          assertThat(a.plus(b).minus(b)).isEqualTo(a);
        });
  }

  @Test
  void productCodeParseInvertsToString() {
    Gen<ProductCode> codes =
        integers().between(0, 999_999).zip(Generate.pick(List.of(2, 4, 6)), integers().between(1, 5),
            (v, hsLen, sitcLen) -> {
              String digits = String.format("%06d", v);
              return v % 2 == 0
                  ? ProductCode.hs(digits.substring(0, hsLen))
                  : ProductCode.sitc(digits.substring(0, sitcLen));
            });
    qt().withExamples(1000).forAll(codes)
        .checkAssert(c -> assertThat(ProductCode.parse(c.toString())).isEqualTo(c));
  }

  @Test
  void partnerParseInvertsToStringAndAcceptsAllThreeCodes() {
    qt().withExamples(1000).forAll(Generate.pick(Partner.countries()))
        .checkAssert(p -> {
          assertThat(Partner.parse(p.toString())).isEqualTo(p);
          assertThat(Partner.parse(p.alpha2().orElseThrow())).isEqualTo(p);
          assertThat(Partner.parse(p.numeric().orElseThrow())).isEqualTo(p);
        });
  }

  private static final List<Partner> SOME =
      List.of(Partner.of("CHN"), Partner.of("USA"), Partner.of("VNM"), Partner.of("DEU"));

  private static Gen<TradeFlow> flows() {
    return Generate.pick(SOME).zip(Generate.enumValues(FlowDirection.class),
        integers().between(2018, 2024), longs().between(0, 1_000_000_000L),
        (r, d, y, v) -> TradeFlow.of(r, Partner.world(), Period.ofYear(y), d, ProductCode.total(),
            DigitalNature.DIGITALLY_ORDERED, Money.of(BigDecimal.valueOf(v, 2), USD)));
  }

  @Test
  void totalsEqualSumOfPartitionTotals() {
    qt().withExamples(1000).forAll(lists().of(flows()).ofSizeBetween(0, 30),
            Generate.enumValues(FlowDirection.class))
        .checkAssert((list, d) -> {
          TradeFlows all = TradeFlows.copyOf(list);
          Money in = all.filter(f -> f.direction() == d).total(USD);
          Money out = all.filter(f -> f.direction() != d).total(USD);
          assertThat(in.plus(out)).isEqualTo(all.total(USD));
          Money byReporter = all.totalsBy(TradeFlow::reporter).values().stream()
              .reduce(Money.zero(USD), Money::plus);
          assertThat(byReporter).isEqualTo(all.total(USD));
        });
  }

  @Test
  void filtersCommute() {
    qt().withExamples(1000).forAll(lists().of(flows()).ofSizeBetween(0, 30), Generate.pick(SOME),
            Generate.enumValues(FlowDirection.class), integers().between(2018, 2024))
        .checkAssert((list, r, d, y) -> {
          TradeFlows all = TradeFlows.copyOf(list);
          Period from = Period.ofYear(y);
          Period to = Period.ofYear(2024);
          assertThat(all.reporter(r).direction(d).periodBetween(from, to))
              .isEqualTo(all.periodBetween(from, to).direction(d).reporter(r));
        });
  }

  @Test
  void membershipIsMonotoneInJoinAndLeaveDates() {
    LocalDate base = LocalDate.of(2000, 1, 1);
    qt().withExamples(1000).forAll(integers().between(0, 5000), integers().between(0, 5000),
            integers().between(1, 5000), integers().between(0, 12000))
        .checkAssert((join, earlier, length, day) -> {
          LocalDate since = base.plusDays(join);
          LocalDate until = since.plusDays(length);
          LocalDate date = base.plusDays(day);
          Partner p = Partner.of("TLS");
          Membership later = Membership.builder().partner(p).since(since).until(until).build();
          Membership sooner =
              Membership.builder().partner(p).since(since.minusDays(earlier))
                  .until(until.plusDays(earlier)).build();
          // joining earlier or leaving later never removes a member on any date
          if (later.isActiveOn(date)) {
            assertThat(sooner.isActiveOn(date)).isTrue();
          }
        });
  }

  @Test
  void inverseAndCrossRatesAreConsistent() {
    Currency cny = Currency.getInstance("CNY");
    Currency eur = Currency.getInstance("EUR");
    Period y = Period.ofYear(2021);
    BigDecimal tolerance = new BigDecimal("1e-30");
    qt().withExamples(1000).forAll(integers().between(1, 10_000_000), integers().between(1, 10_000_000))
        .checkAssert((a, b) -> {
          List<ExchangeRate> list = new ArrayList<>();
          list.add(ExchangeRate.of(USD, cny, y, BigDecimal.valueOf(a, 4), RateBasis.OTHER,
              Status.CONFIRMED));
          list.add(ExchangeRate.of(eur, USD, y, BigDecimal.valueOf(b, 4), RateBasis.OTHER,
              Status.CONFIRMED));
          ExchangeRates rates = ExchangeRates.of(list);
          BigDecimal there = rates.rate(cny, USD, y);
          BigDecimal back = rates.rate(USD, cny, y);
          assertThat(there.multiply(back).subtract(BigDecimal.ONE).abs()).isLessThan(tolerance);
          BigDecimal cross = rates.rate(eur, cny, y);
          BigDecimal crossBack = rates.rate(cny, eur, y);
          assertThat(cross.multiply(crossBack, MathContext.DECIMAL128).subtract(BigDecimal.ONE)
              .abs()).isLessThan(tolerance);
          assertThat(cross.subtract(rates.rate(eur, USD, y).multiply(rates.rate(USD, cny, y)))
              .abs()).isLessThan(tolerance);
          Money m = Money.of(BigDecimal.valueOf(a), USD);
          Money round = Conversion.convert(
              Conversion.convert(m, cny, y, rates, RoundingMode.HALF_EVEN), USD, y, rates,
              RoundingMode.HALF_EVEN);
          // two roundings to cents, at most 0.005 each, the first scaled by 1/rate
          assertThat(round.minus(m).amount().abs())
              .isLessThanOrEqualTo(new BigDecimal("0.005").add(new BigDecimal("0.005")
                  .divide(BigDecimal.valueOf(a, 4), MathContext.DECIMAL128)));
        });
  }
}
