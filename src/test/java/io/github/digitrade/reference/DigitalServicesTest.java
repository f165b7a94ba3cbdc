package io.github.digitrade.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digitrade.model.Status;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DigitalServicesTest {

  @Test
  void test_codes_twoNamedDefinitions() {
    assertThat(DdsDefinition.HANDBOOK_CORE.codes())
        .containsExactly("SF", "SG", "SH", "SI", "SJ", "SK1");
    assertThat(DdsDefinition.WTO_MOFCOM.codes())
        .containsExactly("SF", "SG", "SH", "SI", "SJ", "SK");
    assertThat(DdsDefinition.HANDBOOK_CORE.status()).isEqualTo(Status.UNVERIFIED);
    assertThat(DdsDefinition.WTO_MOFCOM.status()).isEqualTo(Status.CONFIRMED);
    assertThat(DdsDefinition.WTO_MOFCOM.description())
        .isEqualTo("SF, SG, SH, SI, SJ and the whole of SK");
    assertThat(DdsDefinition.WTO_MOFCOM.source()).contains("MOFCOM");
  }

  @Test
  void test_contains_subItems() {
    DdsDefinition core = DdsDefinition.HANDBOOK_CORE;
    DdsDefinition wto = DdsDefinition.WTO_MOFCOM;
    assertThat(core.contains("SI1")).isTrue();
    assertThat(wto.contains("SI1")).isTrue();
    assertThat(core.contains("SK1")).isTrue();
    assertThat(wto.contains("SK1")).isTrue();
    assertThat(core.contains("SK2")).isFalse();
    assertThat(wto.contains("SK2")).isTrue();
    assertThat(core.contains("SK")).isFalse();
    assertThat(wto.contains("SK")).isTrue();
    for (String c : List.of("SA", "SC", "SD", "SL", "S", "SOX")) {
      assertThat(core.contains(c)).as(c).isFalse();
      assertThat(wto.contains(c)).as(c).isFalse();
    }
    assertThat(core.contains("SJ211")).isTrue();
  }

  @Test
  void test_overlaps_partialAggregate() {
    assertThat(DdsDefinition.HANDBOOK_CORE.overlaps("SK")).isTrue();
    assertThat(DdsDefinition.HANDBOOK_CORE.overlaps("SK1")).isTrue();
    assertThat(DdsDefinition.HANDBOOK_CORE.overlaps("SK2")).isFalse();
    assertThat(DdsDefinition.WTO_MOFCOM.overlaps("SC")).isFalse();
    // the total of services overlaps every definition
    assertThat(DdsDefinition.WTO_MOFCOM.overlaps("S")).isTrue();
  }

  @Test
  void test_codesToSum_noDoubleCounting() {
    // SI1 and SI2 are inside SI, which is present: sum SI and SJ only
    assertThat(DdsDefinition.HANDBOOK_CORE.codesToSum(Set.of("SI", "SI1", "SI2", "SJ")))
        .containsExactly("SI", "SJ");
    // SK is only partly in the core set: its sub-item SK1 is summed, SK2 is not
    assertThat(DdsDefinition.HANDBOOK_CORE.codesToSum(Set.of("SK", "SK1", "SK2", "SC")))
        .containsExactly("SK1");
    assertThat(DdsDefinition.WTO_MOFCOM.codesToSum(Set.of("SK", "SK1", "SK2", "SC")))
        .containsExactly("SK");
    assertThat(DdsDefinition.WTO_MOFCOM.codesToSum(List.of("SK1", "SK2")))
        .containsExactly("SK1", "SK2");
    assertThat(DdsDefinition.WTO_MOFCOM.codesToSum(List.of())).isEmpty();
  }

  @Test
  void test_codesToSum_rejectsMalformedCode() {
    assertThatThrownBy(() -> DdsDefinition.WTO_MOFCOM.codesToSum(List.of("SI", "si1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ebopsCode = \"si1\": expected an EBOPS 2010 code such as SI or SK1"
                + " (S, up to 3 capital letters, up to 4 digits) for EBOPS2010");
    assertThatThrownBy(() -> DdsDefinition.HANDBOOK_CORE.contains(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ebopsCode = \"\": expected an EBOPS 2010 code");
  }

  @Test
  void test_items_table() {
    assertThat(DigitalServices.items()).hasSize(20);
    assertThat(DigitalServices.items()).allSatisfy(i -> assertThat(i.source()).isNotBlank());
    EbopsItem si = DigitalServices.item("SI");
    assertThat(si.name()).isEqualTo("Telecommunications, computer, and information services");
    assertThat(si.bpm6Item()).isEqualTo("9");
    assertThat(si.note()).contains("do not add its sub-items");
    assertThat(DigitalServices.item("SK1").toString())
        .isEqualTo("SK1 Audiovisual and related services (BPM6 11.1)");
    assertThatThrownBy(() -> DigitalServices.item("SK21"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("code = \"SK21\": expected one of SA, SB, SC,");
  }

  @Test
  void test_isWithin_hierarchyByAppendedDigits() {
    assertThat(DigitalServices.isWithin("SI1", "SI")).isTrue();
    assertThat(DigitalServices.isWithin("SI", "SI")).isTrue();
    assertThat(DigitalServices.isWithin("SI", "SI1")).isFalse();
    assertThat(DigitalServices.isWithin("SJ211", "SJ2")).isTrue();
    assertThat(DigitalServices.isWithin("SOX", "SO")).isFalse();
    assertThat(DigitalServices.isWithin("SF", "S")).isTrue();
    assertThat(DigitalServices.isWithin("S", "SF")).isFalse();
    assertThat(DigitalServices.isWithin("SK1", "SJ")).isFalse();
    assertThatThrownBy(() -> DigitalServices.isWithin("SI1", "I"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("item = \"I\": expected an EBOPS 2010 code");
  }

  @Test
  void test_ebopsItem_validation() {
    assertThatThrownBy(() -> new EbopsItem("SX", "1", " ", "", "s", Status.CONFIRMED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "EBOPS item SX: bpm6Item, name and source = \"1\", \" \", \"s\": expected non-blank"
                + " texts");
    assertThatThrownBy(() -> new EbopsItem("X1", "1", "n", "", "s", Status.CONFIRMED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("code = \"X1\": expected an EBOPS 2010 code");
  }
}
