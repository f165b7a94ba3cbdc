package io.github.digitrade.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartnerTest {

  private static final String ACCEPTED =
      "expected an ISO 3166-1 alpha-3 code (such as CHN), alpha-2 code (CN) or numeric code (156),"
          + " a BACI/Comtrade alias (842) or WLD";

  @Test
  void test_parse_anyOfTheThreeCodes() {
    Partner cn = Partner.of("CHN");
    assertThat(Partner.parse("156")).isSameAs(cn);
    assertThat(Partner.parse("CN")).isSameAs(cn);
    assertThat(Partner.parse("cn")).isSameAs(cn);
    assertThat(Partner.parse("chn")).isSameAs(cn);
    assertThat(cn.name()).isEqualTo("China");
    assertThat(cn.alpha2()).contains("CN");
    assertThat(cn.numeric()).contains("156");
    assertThat(cn.isAggregate()).isFalse();
    assertThat(Partner.parse("36")).isEqualTo(Partner.of("AUS")); // 036 without leading zero
    assertThat(Partner.parse("KR").name()).isEqualTo("Korea, Republic of");
    assertThat(Partner.countries()).hasSize(249);
  }

  @Test
  void test_parse_baciAndComtradeAliases() {
    assertThat(Partner.parse("842")).isEqualTo(Partner.of("USA"));
    assertThat(Partner.parse("840")).isEqualTo(Partner.of("USA"));
    assertThat(Partner.parse("251")).isEqualTo(Partner.of("FRA"));
    assertThat(Partner.parse("381")).isEqualTo(Partner.of("ITA"));
    assertThat(Partner.parse("579")).isEqualTo(Partner.of("NOR"));
    assertThat(Partner.parse("699")).isEqualTo(Partner.of("IND"));
    assertThat(Partner.parse("757")).isEqualTo(Partner.of("CHE"));
    assertThat(Partner.parse("490")).isEqualTo(Partner.of("TWN"));
    assertThat(Partner.parse("0")).isSameAs(Partner.world());
  }

  @Test
  void test_world() {
    Partner w = Partner.world();
    assertThat(w.code()).isEqualTo("WLD");
    assertThat(w.numeric()).contains("001");
    assertThat(w.alpha2()).isEmpty();
    assertThat(w.isAggregate()).isTrue();
    assertThat(Partner.parse("WLD")).isSameAs(w);
    assertThat(Partner.of("wld")).isSameAs(w);
    assertThat(Partner.parse("001")).isSameAs(w);
  }

  @Test
  void test_aggregate() {
    Partner asean = Partner.aggregate("ASEAN", "Association of Southeast Asian Nations");
    assertThat(asean.isAggregate()).isTrue();
    assertThat(asean.numeric()).isEmpty();
    assertThat(asean.toString()).isEqualTo("ASEAN");
    assertThat(asean).isEqualTo(Partner.aggregate("ASEAN", "Association of Southeast Asian Nations"));
    assertThat(asean.hashCode()).isEqualTo("ASEAN".hashCode());
    assertThat(asean).isNotEqualTo(Partner.aggregate("ASEAN", "Other name"));
  }

  @Test
  void test_parse_unknownCode() {
    assertThatThrownBy(() -> Partner.parse("XYZ"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("partner = \"XYZ\": " + ACCEPTED);
    assertThatThrownBy(() -> Partner.parse("999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("partner = \"999\": " + ACCEPTED);
    assertThatThrownBy(() -> Partner.of("CN"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alpha3 = \"CN\": expected an ISO 3166-1 alpha-3 code such as CHN, or WLD");
  }

  @Test
  void test_aggregate_rejectsBadInput() {
    assertThatThrownBy(() -> Partner.aggregate("CHN", "China group"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code = \"CHN\": expected a code that is not already taken by CHN (China)");
    assertThatThrownBy(() -> Partner.aggregate("asean", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "code = \"asean\": expected 2 to 16 capital letters, digits or underscores, starting"
                + " with a letter");
    assertThatThrownBy(() -> Partner.aggregate("BRI", "  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name = \"  \": expected a non-blank name");
  }
}
