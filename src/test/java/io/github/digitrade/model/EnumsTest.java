package io.github.digitrade.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EnumsTest {

  @Test
  void test_digitalNature_predicates() {
    assertThat(DigitalNature.DIGITALLY_ORDERED.isDigitallyOrdered()).isTrue();
    assertThat(DigitalNature.DIGITALLY_ORDERED.isDigitallyDelivered()).isFalse();
    assertThat(DigitalNature.DIGITALLY_DELIVERED.isDigitallyDelivered()).isTrue();
    assertThat(DigitalNature.DIGITALLY_DELIVERED.isDigitallyOrdered()).isFalse();
    assertThat(DigitalNature.DIGITALLY_ORDERED_AND_DELIVERED.isDigitallyOrdered()).isTrue();
    assertThat(DigitalNature.DIGITALLY_ORDERED_AND_DELIVERED.isDigitallyDelivered()).isTrue();
    assertThat(DigitalNature.NOT_DIGITAL.isDigital()).isFalse();
    assertThat(DigitalNature.UNKNOWN.isDigital()).isFalse();
    assertThat(DigitalNature.DIGITALLY_ORDERED.isDigital()).isTrue();
    assertThat(DigitalNature.DIGITALLY_ORDERED.toString()).isEqualTo("digitally ordered");
  }

  @Test
  void test_flowDirection_mirrorIsInvolution() {
    assertThat(FlowDirection.EXPORT.mirror()).isEqualTo(FlowDirection.IMPORT);
    assertThat(FlowDirection.RE_EXPORT.mirror()).isEqualTo(FlowDirection.RE_IMPORT);
    assertThat(FlowDirection.TOTAL.mirror()).isEqualTo(FlowDirection.TOTAL);
    for (FlowDirection d : FlowDirection.values()) {
      assertThat(d.mirror().mirror()).isEqualTo(d);
    }
  }

  @Test
  void test_frequencyAndClassification() {
    assertThat(Frequency.QUARTERLY.periodsPerYear()).isEqualTo(4);
    assertThat(Frequency.SEMIANNUAL.months()).isEqualTo(6);
    assertThat(Classification.EBOPS_2010.label()).isEqualTo("EBOPS2010");
  }

  @Test
  void test_vintage_parse() {
    assertThat(Vintage.parse(" Revised ")).isEqualTo(Vintage.REVISED);
    assertThat(Vintage.FINAL.toString()).isEqualTo("final");
    assertThatThrownBy(() -> Vintage.parse("draft"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("vintage = \"draft\": expected preliminary, revised, final or unspecified");
  }

  @Test
  void test_source_labelAndChecks() {
    Source s =
        Source.builder()
            .publisher("GACC")
            .title("2020 foreign trade")
            .releaseDate(java.time.LocalDate.of(2021, 1, 14))
            .url("https://example.org/x")
            .vintage(Vintage.PRELIMINARY)
            .build();
    assertThat(s.label()).isEqualTo("GACC, preliminary");
    assertThat(s.toString())
        .isEqualTo("GACC: 2020 foreign trade (preliminary, 2021-01-14) https://example.org/x");
    assertThat(Source.of("NBS", "Communiqué").label()).isEqualTo("NBS");
    assertThat(Source.of("NBS", "Communiqué").toString()).isEqualTo("NBS: Communiqué");
    assertThat(Source.of("NBS", "C", Vintage.FINAL).vintage()).isEqualTo(Vintage.FINAL);
    assertThatThrownBy(() -> Source.of(" ", "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("publisher = \" \": expected a non-blank text");
    assertThatThrownBy(() -> Source.of("p", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("title = \"\": expected a non-blank text");
  }
}
