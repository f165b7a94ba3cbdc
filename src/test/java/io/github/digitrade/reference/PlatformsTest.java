package io.github.digitrade.reference;

import io.github.digitrade.internal.Csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digitrade.model.BusinessModel;
import io.github.digitrade.model.DatedFact;
import io.github.digitrade.model.Platform;
import io.github.digitrade.model.Status;
import org.junit.jupiter.api.Test;

class PlatformsTest {

  private static final String HEADER =
      "id,name,operator,headquarters,headquarters_note,launch_year,launch_note,business_models,"
          + "markets,settlement_currencies,sources,status\n";
  private static final String FACT_HEADER = "platform,fact,as_of,source,status\n";

  private static Platform parseOne(String row, String facts) {
    return Platforms.parse(
            Csv.parse("p.csv", HEADER + row),
            Csv.parse("f.csv", FACT_HEADER + facts))
        .get(0);
  }

  @Test
  void test_all_twelvePlatformsWithSourceAndStatus() {
    assertThat(Platforms.all())
        .extracting(Platform::name)
        .containsExactly(
            "Alibaba.com",
            "AliExpress",
            "Lazada",
            "Tmall Global",
            "JD.com",
            "Temu",
            "SHEIN",
            "TikTok Shop",
            "Suning.com",
            "Alipay",
            "WeChat Pay",
            "Alibaba Cloud");
    assertThat(Platforms.all()).allSatisfy(p -> assertThat(p.sources()).isNotEmpty());
  }

  @Test
  void test_of_knownIds() {
    Platform temu = Platforms.of("temu");
    assertThat(temu.operator()).isEqualTo("PDD Holdings");
    assertThat(temu.launchYear()).isEqualTo(2022);
    assertThat(temu.businessModels())
        .contains(BusinessModel.FULLY_MANAGED, BusinessModel.SEMI_MANAGED, BusinessModel.C2M);
    assertThat(temu.headquartersNote())
        .hasValueSatisfying(n -> assertThat(n).contains("not recorded here"));
    assertThat(Platforms.of("lazada").markets())
        .contains("Indonesia", "Malaysia", "Philippines", "Singapore", "Thailand", "Viet Nam");
    assertThat(Platforms.of("jd").businessModels())
        .containsExactlyInAnyOrder(
            BusinessModel.B2C_SELF_OPERATED,
            BusinessModel.B2C_MARKETPLACE,
            BusinessModel.LOGISTICS);
  }

  @Test
  void test_of_unknownIdListsValidIds() {
    assertThatThrownBy(() -> Platforms.of("taobao"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "platform id = \"taobao\": expected one of alibaba-com, aliexpress, lazada,"
                + " tmall-global, jd, temu, shein, tiktok-shop, suning, alipay, wechat-pay,"
                + " alibaba-cloud");
  }

  @Test
  void test_facts_datedSettlementCurrencyCounts() {
    DatedFact alipay = Platforms.of("alipay").facts().get(0);
    assertThat(alipay.text()).isEqualTo("settlement in 27 currencies");
    assertThat(alipay.asOf()).contains("2017");
    assertThat(alipay.status()).isEqualTo(Status.CONFIRMED);
    assertThat(Platforms.of("wechat-pay").facts())
        .extracting(DatedFact::text)
        .contains("settlement in 16 foreign currencies", "settlement in 13 currencies");
    assertThat(Platforms.of("alibaba-cloud").facts())
        .extracting(DatedFact::text)
        .contains("28 public cloud regions and 86 zones");
  }

  @Test
  void test_facts_unconfirmedClaimsAreNotShipped() {
    for (Platform p : Platforms.all()) {
      for (DatedFact f : p.facts()) {
        assertThat(f.text()).doesNotContain("26 currencies").doesNotContain("110 countries");
        assertThat(f.text()).doesNotContain("85 ");
      }
    }
    // every shipped fact is confirmed; the fully managed model now has a source
    assertThat(Platforms.all()).flatExtracting(Platform::facts)
        .allSatisfy(f -> assertThat(f.status().isFact()).as(f.text()).isTrue());
    assertThat(Platforms.of("tiktok-shop").facts())
        .filteredOn(f -> f.text().contains("fully managed"))
        .singleElement()
        .satisfies(f -> assertThat(f.source()).contains("56ok.com"));
    assertThat(Platforms.of("tiktok-shop").businessModels())
        .containsExactly(BusinessModel.SOCIAL_COMMERCE);
  }

  @Test
  void test_byBusinessModel() {
    assertThat(Platforms.byBusinessModel(BusinessModel.PAYMENTS))
        .extracting(Platform::id)
        .containsExactly("alipay", "wechat-pay");
    assertThat(Platforms.byBusinessModel(BusinessModel.CLOUD))
        .extracting(Platform::id)
        .containsExactly("alibaba-cloud");
    assertThat(Platforms.byBusinessModel(BusinessModel.C2C)).isEmpty();
  }

  @Test
  void test_byOperator() {
    assertThat(Platforms.byOperator("alibaba group "))
        .extracting(Platform::id)
        .containsExactly("alibaba-com", "aliexpress", "lazada", "tmall-global", "alibaba-cloud");
    assertThat(Platforms.byOperator("Tencent"))
        .extracting(Platform::id)
        .containsExactly("wechat-pay");
    assertThat(Platforms.byOperator("Amazon")).isEmpty();
  }

  @Test
  void test_parse_currenciesAndFacts() {
    Platform p =
        parseOne(
            "x,X,Op,HQ,,2001,,B2B;PAYMENTS,a;b,CNY;USD,s1;s2,confirmed\n",
            "x,f1,2017,src,unverified\n");
    assertThat(p.settlementCurrencies()).extracting(Object::toString).containsExactly("CNY", "USD");
    assertThat(p.businessModels()).containsExactly(BusinessModel.B2B, BusinessModel.PAYMENTS);
    assertThat(p.facts())
        .singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(Status.UNVERIFIED));
  }

  @Test
  void test_parse_rejectsBadRows() {
    assertThatThrownBy(() -> parseOne("x,X,Op,HQ,,2001,,,a,,s,confirmed\n", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "p.csv line 2: platform x: businessModels = []: expected at least one business model");
    assertThatThrownBy(() -> parseOne("x,X,Op,HQ,,2001,,B2X,a,,s,confirmed\n", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("p.csv line 2: business_models = \"B2X\": expected one of [B2B,");
    assertThatThrownBy(() -> parseOne("x,X,Op,HQ,,2001,,B2B,a,usd,s,confirmed\n", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "p.csv line 2: settlement_currencies = \"usd\": expected an ISO 4217 currency code such"
                + " as CNY");
    assertThatThrownBy(() -> parseOne("x,X,Op,HQ,,2001,,B2B,a,XYZ,s,confirmed\n", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "p.csv line 2: settlement_currencies = \"XYZ\": expected an ISO 4217 currency code such"
                + " as CNY");
    assertThatThrownBy(() -> parseOne("x,X,Op,HQ,,2001,,B2B,a,,s,sure\n", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p.csv line 2: status = \"sure\": expected confirmed, derived or unverified");
    assertThatThrownBy(
            () -> parseOne("x,X,Op,HQ,,2001,,B2B,a,,s,confirmed\n", "y,f,2017,s,confirmed\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("f.csv line 2: platform = \"y\": expected the id of a listed platform");
    assertThatThrownBy(
            () -> parseOne("x,X,Op,HQ,,2001,,B2B,a,,s,confirmed\n", "x,f,17,s,confirmed\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "f.csv line 2: fact \"f\": asOf = \"17\": expected a year, year-month or date from"
                + " 1900 on, such as 2017, 2018-09 or 2023-10-04");
  }

  @Test
  void test_index_rejectsDuplicateId() {
    Platform p = Platforms.of("temu");
    assertThatThrownBy(() -> Platforms.index(com.google.common.collect.ImmutableList.of(p, p)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate platform temu: expected each id once");
  }
}
