package io.github.digitrade.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digitrade.model.PilotZone.AdminLevel;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PilotZoneTest {

  private static final LocalDate APPROVED = LocalDate.of(2018, 7, 24);

  /** A builder for Haikou (batch 3) with every required attribute but the one a test varies. */
  private static PilotZone.Builder haikou() {
    PilotZone.Builder b = PilotZone.builder();
    b.nameZh("海口市")
        .provinceEn("Hainan")
        .provinceZh("海南")
        .adminLevel(AdminLevel.PREFECTURE_LEVEL_CITY)
        .document("国函〔2018〕93号")
        .approvalDate(APPROVED)
        .approvalDayConfirmed(true)
        .status(Status.CONFIRMED)
        .source("shndlaw.com/post/1758");
    return b;
  }

  @Test
  void test_builder_validZone() {
    PilotZone z = haikou().nameEn("Haikou").batch(3).build();
    assertThat(z.nameEn()).isEqualTo("Haikou");
    assertThat(z.document()).contains("国函〔2018〕93号");
    assertThat(z.statusNote()).isEmpty();
    assertThat(z.dateNote()).isEmpty();
    assertThat(z.revocationDate()).isEmpty();
    assertThat(z.toString())
        .isEqualTo("Haikou 海口市 (Hainan), batch 3, approved 2018-07-24, confirmed");
    assertThat(z).isEqualTo(haikou().nameEn("Haikou").batch(3).build());
    assertThat(z.hashCode()).isEqualTo(haikou().nameEn("Haikou").batch(3).build().hashCode());
  }

  @Test
  void test_isActiveOn_fromApprovalUntilRevocation() {
    PilotZone z =
        haikou()
            .nameEn("Haikou")
            .batch(3)
            .revocationDate(LocalDate.of(2025, 4, 25))
            .successor("Hainan Island")
            .build();
    assertThat(z.isActiveOn(APPROVED.minusDays(1))).isFalse();
    assertThat(z.isActiveOn(APPROVED)).isTrue();
    assertThat(z.isActiveOn(LocalDate.of(2025, 4, 24))).isTrue();
    // the revocation date itself is excluded
    assertThat(z.isActiveOn(LocalDate.of(2025, 4, 25))).isFalse();
    assertThat(z.toString())
        .isEqualTo(
            "Haikou 海口市 (Hainan), batch 3, approved 2018-07-24, revoked 2025-04-25"
                + " (successor Hainan Island), confirmed");
    PilotZone open = haikou().nameEn("Haikou").batch(3).build();
    assertThat(open.isActiveOn(LocalDate.of(2100, 1, 1))).isTrue();
  }

  @Test
  void test_toString_monthOnlyDateReadsBy() {
    PilotZone z =
        PilotZone.builder()
            .nameEn("Sanya")
            .nameZh("三亚市")
            .provinceEn("Hainan")
            .provinceZh("海南")
            .adminLevel(AdminLevel.PREFECTURE_LEVEL_CITY)
            .batch(5)
            .approvalDate(LocalDate.of(2020, 4, 30))
            .approvalDayConfirmed(false)
            .status(Status.CONFIRMED)
            .statusNote("n")
            .dateNote("April 2020")
            .source("s")
            .build();
    assertThat(z.toString())
        .isEqualTo("Sanya 三亚市 (Hainan), batch 5, approved by 2020-04-30, confirmed");
    assertThat(z.document()).isEmpty();
  }

  @Test
  void test_check_rejectsBatchOutsideOneToEight() {
    assertThatThrownBy(() -> haikou().nameEn("Haikou").batch(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pilot zone Haikou: batch = 0: expected 1 to 8");
    assertThatThrownBy(() -> haikou().nameEn("Haikou").batch(9).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pilot zone Haikou: batch = 9: expected 1 to 8");
  }

  @Test
  void test_check_rejectsRevocationBeforeApproval() {
    assertThatThrownBy(
            () ->
                haikou()
                    .nameEn("Haikou")
                    .batch(3)
                    .revocationDate(LocalDate.of(2018, 7, 23))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "pilot zone Haikou: revocationDate = 2018-07-23: expected on or after approvalDate"
                + " 2018-07-24");
  }

  @Test
  void test_check_allowsRevocationOnApprovalDay() {
    PilotZone z = haikou().nameEn("Haikou").batch(3).revocationDate(APPROVED).build();
    assertThat(z.isActiveOn(APPROVED)).isFalse();
  }

  @Test
  void test_check_rejectsBlankNames() {
    assertThatThrownBy(() -> haikou().nameEn(" ").batch(3).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pilot zone: nameEn = \" \": expected a non-blank name");
    PilotZone.Builder b = PilotZone.builder();
    b.nameEn("Haikou")
        .nameZh("")
        .provinceEn("Hainan")
        .provinceZh("海南")
        .adminLevel(AdminLevel.PREFECTURE_LEVEL_CITY)
        .batch(3)
        .approvalDate(APPROVED)
        .approvalDayConfirmed(true)
        .status(Status.CONFIRMED)
        .source("s");
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pilot zone Haikou: nameZh = \"\": expected a non-blank text");
  }

  @Test
  void test_check_rejectsBlankSourceAndDocument() {
    PilotZone.Builder b = PilotZone.builder();
    b.nameEn("Haikou")
        .nameZh("海口市")
        .provinceEn("Hainan")
        .provinceZh("海南")
        .adminLevel(AdminLevel.PREFECTURE_LEVEL_CITY)
        .batch(3)
        .approvalDate(APPROVED)
        .approvalDayConfirmed(true)
        .status(Status.CONFIRMED)
        .source("  ");
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pilot zone Haikou: source = \"  \": expected a non-blank text");
    PilotZone.Builder d = PilotZone.builder();
    d.nameEn("Haikou")
        .nameZh("海口市")
        .provinceEn("Hainan")
        .provinceZh("海南")
        .adminLevel(AdminLevel.PREFECTURE_LEVEL_CITY)
        .batch(3)
        .document(" ")
        .approvalDate(APPROVED)
        .approvalDayConfirmed(true)
        .status(Status.CONFIRMED)
        .source("s");
    assertThatThrownBy(d::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pilot zone Haikou: document = \" \": expected a non-blank text");
  }

  @Test
  void test_check_rejectsSuccessorWithoutRevocation() {
    assertThatThrownBy(() -> haikou().nameEn("Haikou").batch(3).successor("Hainan Island").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "pilot zone Haikou: successor = \"Hainan Island\" without a revocationDate:"
                + " expected a successor only for a revoked zone");
  }

  @Test
  void test_check_rejectsSelfSuccessor() {
    assertThatThrownBy(
            () ->
                haikou()
                    .nameEn("Haikou")
                    .batch(3)
                    .revocationDate(LocalDate.of(2025, 4, 25))
                    .successor("Haikou")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "pilot zone Haikou: successor = \"Haikou\": expected a zone other than the revoked"
                + " one");
  }

  @Test
  void test_adminLevel_parseRoundTripsAndRejectsUnknown() {
    for (AdminLevel level : AdminLevel.values()) {
      assertThat(AdminLevel.parse(level.toString())).isEqualTo(level);
    }
    assertThat(AdminLevel.parse(" County-Level City ")).isEqualTo(AdminLevel.COUNTY_LEVEL_CITY);
    assertThatThrownBy(() -> AdminLevel.parse("village"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "adminLevel = \"village\": expected one of municipality, prefecture-level city,"
                + " county-level city, autonomous prefecture, prefecture, state-level new area,"
                + " province-wide");
  }
}
