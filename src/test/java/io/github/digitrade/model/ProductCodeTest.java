package io.github.digitrade.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProductCodeTest {

  @Test
  void test_factories_keepLeadingZeros() {
    assertThat(ProductCode.hs("0101").code()).isEqualTo("0101");
    assertThat(ProductCode.hs("0101").toString()).isEqualTo("HS:0101");
    assertThat(ProductCode.sitc("0011").toString()).isEqualTo("SITC:0011");
    assertThat(ProductCode.ebops("SI").toString()).isEqualTo("EBOPS2010:SI");
    assertThat(ProductCode.custom("CBEC").toString()).isEqualTo("CUSTOM:CBEC");
    assertThat(ProductCode.total().toString()).isEqualTo("TOTAL");
    assertThat(ProductCode.total().isTotal()).isTrue();
    assertThat(ProductCode.hs("8471300000").classification()).isEqualTo(Classification.HS);
  }

  @Test
  void test_parse_inverse() {
    for (String s : new String[] {"HS:0101", "EBOPS2010:SK1", "SITC:0011", "CUSTOM:DDS", "TOTAL"}) {
      assertThat(ProductCode.parse(s).toString()).isEqualTo(s);
    }
    assertThat(ProductCode.parse("HS:0101")).isEqualTo(ProductCode.hs("0101"));
    assertThat(ProductCode.of(Classification.TOTAL, "TOTAL")).isSameAs(ProductCode.total());
  }

  @Test
  void test_parentAndPrefix() {
    assertThat(ProductCode.hs("0101210000").parent()).contains(ProductCode.hs("010121"));
    assertThat(ProductCode.hs("010121").parent()).contains(ProductCode.hs("0101"));
    assertThat(ProductCode.hs("0101").parent()).contains(ProductCode.hs("01"));
    assertThat(ProductCode.hs("01").parent()).isEmpty();
    assertThat(ProductCode.sitc("0011").parent()).contains(ProductCode.sitc("001"));
    assertThat(ProductCode.sitc("0").parent()).isEmpty();
    assertThat(ProductCode.ebops("SK1").parent()).contains(ProductCode.ebops("SK"));
    assertThat(ProductCode.custom("DDS").parent()).isEmpty();
    assertThat(ProductCode.hs("01").isPrefixOf(ProductCode.hs("010121"))).isTrue();
    assertThat(ProductCode.hs("02").isPrefixOf(ProductCode.hs("010121"))).isFalse();
    assertThat(ProductCode.sitc("01").isPrefixOf(ProductCode.hs("0101"))).isFalse();
    assertThat(ProductCode.total().isPrefixOf(ProductCode.ebops("SI"))).isTrue();
  }

  @Test
  void test_of_rejectsBadCodes() {
    assertThatThrownBy(() -> ProductCode.hs("101"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code = \"101\": expected 2, 4 or 6 digits, or 8 to 10 digits for HS");
    assertThatThrownBy(() -> ProductCode.sitc("123456"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code = \"123456\": expected 1 to 5 digits for SITC");
    assertThatThrownBy(() -> ProductCode.ebops("I"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "code = \"I\": expected an EBOPS 2010 code such as SI or SK1 (S, up to 3 capital"
                + " letters, up to 4 digits) for EBOPS2010");
    assertThatThrownBy(() -> ProductCode.custom(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code = \" \": expected a non-blank token without white space for CUSTOM");
    assertThatThrownBy(() -> ProductCode.of(Classification.TOTAL, "ALL"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code = \"ALL\": expected TOTAL for the TOTAL classification");
    assertThatThrownBy(() -> ProductCode.parse("HS2017:0101"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "product = \"HS2017:0101\": expected TOTAL or HS:, EBOPS2010:, SITC: or CUSTOM:"
                + " followed by a code, such as HS:0101");
  }
}
