package io.github.digitrade.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digitrade.reference.CustomsModes;
import io.github.digitrade.reference.PilotZones;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile but fair input to the value types: each case is a clear error or a documented value. */
class ValueTypesHostileInputTest {

  private static final Currency CNY = Currency.getInstance("CNY");

  private static TradeFlow flow() {
    return TradeFlow.of(
        Partner.of("CHN"),
        Partner.of("USA"),
        Period.ofYear(2021),
        FlowDirection.EXPORT,
        ProductCode.total(),
        DigitalNature.DIGITALLY_ORDERED,
        Money.of("100", "CNY"));
  }

  @Test
  void test_money_tinyScaleIsRefusedWithTheBound() {
    // toString() of this amount used to throw NegativeArraySizeException
    assertThatThrownBy(() -> Money.of(new BigDecimal("1E-2147483647"), CNY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount = 1E-2147483647 has more than 40 decimals: expected at most 40");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1E-41"), CNY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount = 1E-41 has 41 decimals: expected at most 40");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1.00000000000000000000000000000000000000001"), CNY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("has 41 decimals: expected at most 40");
    // the bound itself is allowed, and trailing zeros do not count
    assertThat(Money.of(new BigDecimal("1E-40"), CNY).amount().scale()).isEqualTo(40);
    assertThat(Money.of(new BigDecimal("1.50000000000000000000000000000000000000000000000"), CNY))
        .isEqualTo(Money.of("1.5", "CNY"));
  }

  @Test
  @Timeout(5)
  void test_money_hugeExponentIsRefusedAtOnce() {
    // used to take seconds expanding a million digits
    assertThatThrownBy(() -> Money.of(new BigDecimal("1E+1000000"), CNY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "amount = 1E+1000000 has 1000001 digits before the decimal point: expected at most 40");
    assertThat(Money.of(new BigDecimal("9E+39"), CNY).amount().precision()).isEqualTo(40);
    assertThatThrownBy(() -> Money.of("1" + "0".repeat(40), "CNY"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("41 digits before the decimal point");
    assertThatThrownBy(() -> Money.of("1" + "0".repeat(200_000), "CNY"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("200001 characters");
    assertThatThrownBy(() -> Money.parse("CNY 1" + "0".repeat(40)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("41 digits before the decimal point");
  }

  @Test
  @Timeout(5)
  void test_money_arithmeticLeavingTheBoundsIsAnArithmeticException() {
    Money big = Money.of(new BigDecimal("9E+39"), CNY);
    assertThatThrownBy(() -> big.plus(big))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("CNY 9" + "0".repeat(39) + " + CNY 9")
        .hasMessageEndingWith("has 41 digits before the decimal point: expected at most 40");
    assertThatThrownBy(() -> big.multipliedBy(new BigDecimal("1E+1000000"), RoundingMode.HALF_EVEN))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageEndingWith(
            "has 1000040 digits before the decimal point: expected at most 40");
    assertThatThrownBy(
            () -> Money.of("1", "CNY").dividedBy(new BigDecimal("1E-1000000"), RoundingMode.HALF_EVEN))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage(
            "CNY 1 ÷ 1E-1000000 has about 1000000 digits before the decimal point: expected at"
                + " most 40");
    assertThatThrownBy(() -> big.rounded(Integer.MAX_VALUE, RoundingMode.HALF_EVEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale = 2147483647: expected -40 to 40");
    assertThatThrownBy(() -> big.dividedBy(BigDecimal.TEN, -41, RoundingMode.HALF_EVEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale = -41: expected -40 to 40");
  }

  @Test
  void test_money_roundingNecessaryNamesTheValues() {
    Money ten = Money.of("10", "CNY");
    // 10 / 3 = 3.333…: two decimals need rounding, which UNNECESSARY forbids
    assertThatThrownBy(() -> ten.dividedBy(new BigDecimal("3"), RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage(
            "CNY 10 ÷ 3 needs rounding to 2 decimals: expected a RoundingMode other than"
                + " UNNECESSARY");
    assertThatThrownBy(() -> Money.of("1.005", "CNY").rounded(2, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage(
            "CNY 1.005 rounded = 1.005 needs rounding to 2 decimals: expected a RoundingMode other"
                + " than UNNECESSARY");
    assertThatThrownBy(
            () -> Money.of("1.25", "CNY").multipliedBy(new BigDecimal("0.5"), RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage(
            "CNY 1.25 × 0.5 = 0.625 needs rounding to 2 decimals: expected a RoundingMode other"
                + " than UNNECESSARY");
    // exact results pass with UNNECESSARY: 10 / 4 = 2.5
    assertThat(ten.dividedBy(new BigDecimal("4"), RoundingMode.UNNECESSARY))
        .isEqualTo(Money.of("2.5", "CNY"));
    assertThat(Money.of("1.5", "CNY").rounded(2, RoundingMode.UNNECESSARY))
        .isEqualTo(Money.of("1.5", "CNY"));
  }

  @Test
  void test_currencyMismatch_oneExceptionCarryingBothCurrencies() {
    Money cny = Money.of("1", "CNY");
    Money usd = Money.of("1", "USD");
    TradeFlows mixed = TradeFlows.of(flow(), flow().withValue(usd).withPartner(Partner.of("VNM")));
    List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> places =
        List.of(
            () -> cny.plus(usd),
            () -> cny.compareAmount(usd),
            mixed::total,
            () -> mixed.totalsBy(TradeFlow::reporter),
            () -> io.github.digitrade.calc.Specialization.rca(mixed),
            () -> io.github.digitrade.table.FlowTable.from(mixed));
    for (org.assertj.core.api.ThrowableAssert.ThrowingCallable place : places) {
      assertThatThrownBy(place)
          .isInstanceOfSatisfying(
              CurrencyMismatchException.class,
              e -> {
                assertThat(e.first()).isEqualTo(CNY);
                assertThat(e.second()).isEqualTo(Currency.getInstance("USD"));
              })
          .hasMessageEndingWith(
              ": CNY and USD: expected one currency; convert with ExchangeRates or filter to one"
                  + " currency first");
    }
  }

  @Test
  void test_customCode_refusesUnicodeWhiteSpaceAndInvisibleCharacters() {
    for (String bad :
        List.of("\u2003", "CBEC\u3000X", "CBEC\u00a0", "\u200bCBEC", "CB\ufeffEC", "A\tB", "")) {
      assertThatThrownBy(() -> ProductCode.custom(bad))
          .as("custom(%s)", Arrays.toString(bad.codePoints().toArray()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("expected a non-blank token without white space for CUSTOM");
    }
    assertThatThrownBy(() -> ProductCode.custom("CBEC\u3000X"))
        .hasMessage(
            "code = \"CBEC\\u3000X\": expected a non-blank token without white space for CUSTOM"
                + " (U+3000 at index 4)");
    assertThatThrownBy(() -> ProductCode.parse("CUSTOM:\u2003"))
        .hasMessageContaining("(U+2003 at index 0)");
    assertThat(ProductCode.custom("跨境电商").code()).isEqualTo("跨境电商");
  }

  @Test
  void test_tradeFlow_withersCopyOneFieldAndCheckAgain() {
    TradeFlow f = flow();
    TradeFlow alibaba = f.withPlatformId("alibaba");
    assertThat(alibaba.platformId()).contains("alibaba");
    assertThat(alibaba.withPlatformId("alibaba")).isEqualTo(alibaba);
    assertThat(alibaba.reporter()).isEqualTo(f.reporter());
    assertThat(f.withValue(Money.of("7", "CNY")).value()).isEqualTo(Money.of("7", "CNY"));
    assertThat(f.withPeriod(Period.ofYear(2022)).period()).isEqualTo(Period.ofYear(2022));
    assertThat(f.withDirection(FlowDirection.IMPORT).direction()).isEqualTo(FlowDirection.IMPORT);
    assertThat(f.withQuantity(new BigDecimal("12.0"), "kg").quantity())
        .contains(new BigDecimal("12"));
    assertThat(f.withStatus(Status.DERIVED).status()).contains(Status.DERIVED);
    assertThatThrownBy(() -> f.withPartner(f.reporter()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected a partner other than the reporter");
    assertThatThrownBy(() -> f.withValue(Money.of("-1", "CNY")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value = CNY -1: expected a non-negative amount");
    assertThatThrownBy(() -> f.withPlatformId(" "))
        .hasMessage("platformId = \" \": expected a non-blank text");
    assertThatThrownBy(() -> f.withQuantity(BigDecimal.ONE, ""))
        .hasMessage("unit = \"\": expected a non-blank text");
  }

  @Test
  void test_reImport_isCheckedAgainstTheImportSideOfTheCustomsMode() {
    CustomsMode b2bExport = CustomsModes.of("9710");
    assertThatThrownBy(
            () -> flow().withDirection(FlowDirection.RE_IMPORT).withCustomsMode(b2bExport))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "customsMode = 9710: expected a direction in [EXPORT] (a RE_IMPORT is declared as"
                + " IMPORT) but the flow is RE_IMPORT");
    // a re-export leaves under an export declaration
    assertThat(flow().withDirection(FlowDirection.RE_EXPORT).withCustomsMode(b2bExport).customsMode())
        .contains(b2bExport);
  }

  @Test
  @SuppressWarnings("NullAway") // passing null is the point
  void test_nullElements_areNamedWithTheirIndex() {
    assertThatThrownBy(() -> TradeFlows.of(flow(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("flows[1] is null");
    assertThatThrownBy(() -> TradeFlows.copyOf(Arrays.asList(flow(), null)))
        .hasMessage("flows[1] is null");
    assertThatThrownBy(() -> ExchangeRates.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rates");
    assertThatThrownBy(() -> ExchangeRates.of(Arrays.asList((ExchangeRate) null)))
        .hasMessage("rates[0] is null");
    assertThatThrownBy(() -> PilotZones.of(Arrays.asList((PilotZone) null)))
        .hasMessage("zones[0] is null");
  }

  @Test
  @SuppressWarnings("NullAway") // passing null is the point
  void test_batch_refusesNullRevokedZonesAndZonesOfAnotherBatch() {
    PilotZones zones = PilotZones.embedded();
    PilotZones.Batch one = zones.batch(1);
    PilotZones.Batch two = zones.batch(2);
    assertThatThrownBy(
            () ->
                new PilotZones.Batch(
                    1, one.document(), one.approvalDate(), true, one.newZones(), null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("revokedZones");
    assertThatThrownBy(
            () ->
                new PilotZones.Batch(
                    1,
                    one.document(),
                    one.approvalDate(),
                    true,
                    two.newZones(),
                    one.revokedZones(),
                    two.newZones().size()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("batch 1: newZones holds ")
        .hasMessageEndingWith(" of batch 2: expected only zones of batch 1");
  }

  @Test
  void test_pilotZone_approvedBeforeTheFirstBatchIsRefused() {
    PilotZone hangzhou = PilotZones.embedded().batch(1).newZones().get(0);
    assertThatThrownBy(
            () ->
                PilotZone.builder()
                    .nameEn(hangzhou.nameEn())
                    .nameZh(hangzhou.nameZh())
                    .provinceEn(hangzhou.provinceEn())
                    .provinceZh(hangzhou.provinceZh())
                    .adminLevel(hangzhou.adminLevel())
                    .batch(1)
                    .approvalDate(LocalDate.of(1900, 1, 1))
                    .approvalDayConfirmed(true)
                    .status(Status.CONFIRMED)
                    .source("gov.cn")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "pilot zone "
                + hangzhou.nameEn()
                + ": approvalDate = 1900-01-01: expected on or after 2015-03-07, when the first"
                + " zone (Hangzhou) was approved");
  }

  @Test
  void test_source_urlMustBeAnAbsoluteHttpUrl() {
    for (String bad : List.of("not a url", "www.customs.gov.cn", "ftp://x.org/", "https://")) {
      assertThatThrownBy(() -> Source.builder().publisher("GACC").title("t").url(bad).build())
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "url = \""
                  + bad
                  + "\": expected an absolute http or https URL such as https://www.example.org/");
    }
    assertThat(
            Source.builder().publisher("GACC").title("t").url("http://www.customs.gov.cn/").build().url())
        .contains("http://www.customs.gov.cn/");
  }

  @Test
  void test_datedFact_yearZeroIsRefused() {
    assertThatThrownBy(() -> DatedFact.of("founded", "0000", "annual report", Status.CONFIRMED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "fact \"founded\": asOf = \"0000\": expected a year, year-month or date from 1900 on,"
                + " such as 2017, 2018-09 or 2023-10-04");
    assertThat(DatedFact.of("founded", "1999-09", "annual report", Status.CONFIRMED).asOfYear())
        .contains(1999);
  }

  @Test
  void test_scaleBounds_areInclusive() {
    Money m = Money.of("123.456", "CNY");
    assertThat(m.rounded(40, RoundingMode.UNNECESSARY)).isEqualTo(m);
    assertThat(m.rounded(-40, RoundingMode.HALF_EVEN)).isEqualTo(Money.zero(CNY));
    assertThat(m.dividedBy(BigDecimal.ONE, 40, RoundingMode.UNNECESSARY)).isEqualTo(m);
    assertThatThrownBy(() -> m.rounded(41, RoundingMode.HALF_EVEN))
        .hasMessage("scale = 41: expected -40 to 40");
    assertThatThrownBy(() -> m.multipliedBy(BigDecimal.ONE, -41, RoundingMode.HALF_EVEN))
        .hasMessage("scale = -41: expected -40 to 40");
  }

  @Test
  void test_signPredicatesAndHashCodes() {
    Money one = Money.of("1", "CNY");
    Money zero = Money.zero(CNY);
    Money minus = Money.of("-1", "CNY");
    assertThat(one.isZero()).isFalse();
    assertThat(zero.isZero()).isTrue();
    assertThat(zero.isPositive()).isFalse();
    assertThat(minus.isPositive()).isFalse();
    assertThat(one.isPositive()).isTrue();
    assertThat(minus.abs()).isEqualTo(one);
    assertThat(zero.abs()).isSameAs(zero);
    // hash = amount's hash × 31 + currency's hash, as documented by equals
    assertThat(one.hashCode()).isEqualTo(BigDecimal.ONE.hashCode() * 31 + CNY.hashCode());
    ProductCode hs = ProductCode.hs("0101");
    assertThat(hs.hashCode())
        .isEqualTo(Classification.HS.hashCode() * 31 + "0101".hashCode());
    assertThat(hs).isNotEqualTo(ProductCode.hs("0102")).isNotEqualTo(ProductCode.sitc("0101"));
    TradeFlows a = TradeFlows.of(flow());
    TradeFlows b = TradeFlows.of(flow().withValue(Money.of("5", "CNY")));
    assertThat(a).isNotEqualTo(b).isEqualTo(TradeFlows.of(flow()));
    assertThat(a.hashCode()).isEqualTo(TradeFlows.of(flow()).hashCode()).isNotEqualTo(b.hashCode());
  }
}
