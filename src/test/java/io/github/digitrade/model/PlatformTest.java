package io.github.digitrade.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import org.junit.jupiter.api.Test;

class PlatformTest {

  /** AliExpress with every required attribute except the business models and the id. */
  private static Platform.Builder aliexpress(String id) {
    Platform.Builder b = Platform.builder();
    b.id(id)
        .name("AliExpress")
        .operator("Alibaba Group")
        .headquarters("Hangzhou")
        .launchYear(2010)
        .addMarkets("export (B2C)")
        .addSources("dealcd.com")
        .status(Status.CONFIRMED);
    return b;
  }

  @Test
  void test_builder_validPlatform() {
    Platform p =
        aliexpress("aliexpress")
            .addBusinessModels(BusinessModel.B2C_MARKETPLACE)
            .addSettlementCurrencies(Currency.getInstance("USD"))
            .addFacts(
                DatedFact.of("buyers in 220+ countries", "2019", "dealcd.com", Status.CONFIRMED))
            .launchNote("April 2010")
            .build();
    assertThat(p.has(BusinessModel.B2C_MARKETPLACE)).isTrue();
    assertThat(p.has(BusinessModel.C2C)).isFalse();
    assertThat(p.settlementCurrencies()).containsExactly(Currency.getInstance("USD"));
    assertThat(p.launchNote()).contains("April 2010");
    assertThat(p.headquartersNote()).isEmpty();
    assertThat(p.toString())
        .isEqualTo(
            "aliexpress: AliExpress (Alibaba Group, Hangzhou, 2010) [B2C_MARKETPLACE] confirmed");
  }

  @Test
  void test_check_rejectsPlatformWithNoBusinessModel() {
    assertThatThrownBy(() -> aliexpress("aliexpress").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "platform aliexpress: businessModels = []: expected at least one business model");
  }

  @Test
  void test_check_rejectsBadId() {
    assertThatThrownBy(
            () ->
                aliexpress("Ali Express").addBusinessModels(BusinessModel.B2C_MARKETPLACE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "platform: id = \"Ali Express\": expected a slug such as aliexpress or wechat-pay"
                + " (lower-case letters and digits joined by single hyphens)");
    assertThatThrownBy(
            () -> aliexpress("wechat--pay").addBusinessModels(BusinessModel.PAYMENTS).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("platform: id = \"wechat--pay\"");
  }

  @Test
  void test_check_rejectsBlankTexts() {
    Platform.Builder b = Platform.builder();
    b.id("x")
        .name(" ")
        .operator("o")
        .headquarters("h")
        .launchYear(2000)
        .addBusinessModels(BusinessModel.B2B)
        .addSources("s")
        .status(Status.CONFIRMED);
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("platform x: name = \" \": expected a non-blank text");
    assertThatThrownBy(
            () ->
                aliexpress("aliexpress")
                    .addBusinessModels(BusinessModel.B2C_MARKETPLACE)
                    .addMarkets("")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("platform aliexpress: markets = \"\": expected a non-blank text");
    assertThatThrownBy(
            () ->
                aliexpress("aliexpress")
                    .addBusinessModels(BusinessModel.B2C_MARKETPLACE)
                    .headquartersNote("")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("platform aliexpress: headquartersNote = \"\": expected a non-blank text");
  }

  @Test
  void test_check_rejectsLaunchYearOutOfRangeAndMissingSources() {
    Platform.Builder b = Platform.builder();
    b.id("x")
        .name("X")
        .operator("o")
        .headquarters("h")
        .launchYear(1899)
        .addBusinessModels(BusinessModel.B2B)
        .addSources("s")
        .status(Status.CONFIRMED);
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("platform x: launchYear = 1899: expected 1900 to 2100");
    Platform.Builder c = Platform.builder();
    c.id("x")
        .name("X")
        .operator("o")
        .headquarters("h")
        .launchYear(2000)
        .addBusinessModels(BusinessModel.B2B)
        .status(Status.CONFIRMED);
    assertThatThrownBy(c::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("platform x: sources = []: expected at least one citation");
  }

  @Test
  void test_businessModel_intermediation() {
    assertThat(BusinessModel.B2C_MARKETPLACE.isIntermediation()).isTrue();
    assertThat(BusinessModel.B2B.isIntermediation()).isTrue();
    assertThat(BusinessModel.C2C.isIntermediation()).isTrue();
    assertThat(BusinessModel.SOCIAL_COMMERCE.isIntermediation()).isTrue();
    assertThat(BusinessModel.B2C_SELF_OPERATED.isIntermediation()).isFalse();
    assertThat(BusinessModel.FULLY_MANAGED.isIntermediation()).isFalse();
    assertThat(BusinessModel.PAYMENTS.isIntermediation()).isFalse();
    assertThat(BusinessModel.values()).hasSize(11);
  }
}
