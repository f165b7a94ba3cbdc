package io.github.digitrade.reference;

import io.github.digitrade.internal.Csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.digitrade.model.PilotZone;
import io.github.digitrade.model.PilotZone.AdminLevel;
import io.github.digitrade.model.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PilotZonesTest {

  private static final PilotZones ZONES = PilotZones.embedded();

  static PilotZone zone(String en, String zh, String province, int batch, LocalDate approved) {
    return PilotZone.builder()
        .nameEn(en)
        .nameZh(zh)
        .provinceEn(province)
        .provinceZh(province + "省")
        .adminLevel(AdminLevel.PREFECTURE_LEVEL_CITY)
        .batch(batch)
        .document("doc " + batch)
        .approvalDate(approved)
        .approvalDayConfirmed(true)
        .status(Status.CONFIRMED)
        .source("test")
        .build();
  }

  @Test
  void test_embedded_holds165ConfirmedNamesWithSource() {
    // 181 zones were approved; the 16 batch-7 names that no source confirmed are not embedded
    assertThat(ZONES.all()).hasSize(165);
    assertThat(ZONES.all()).allSatisfy(z -> assertThat(z.source()).isNotBlank());
    assertThat(ZONES.all()).allSatisfy(z -> assertThat(z.status()).isEqualTo(Status.CONFIRMED));
    assertThat(ZONES.toString()).isEqualTo("PilotZones[165 zones, batches 1-8]");
  }

  @Test
  void test_countActiveOn_requiredFigures() {
    // named zones of batches 1-7: 1 + 12 + 22 + 24 + 46 + 27 + 17 = 149 (MOFCOM counts 165)
    assertThat(ZONES.countActiveOn(LocalDate.of(2023, 1, 1))).isEqualTo(149);
    // batch 8 adds 16 and revokes Haikou, Sanya, Alashankou: 149 + 16 - 3 = 162
    assertThat(ZONES.countActiveOn(LocalDate.of(2025, 6, 1))).isEqualTo(162);
    assertThat(ZONES.activeOn(LocalDate.of(2025, 6, 1))).hasSize(162);
    // before the first approval nothing is active; Hangzhou alone on its approval day
    assertThat(ZONES.countActiveOn(LocalDate.of(2015, 3, 6))).isZero();
    assertThat(ZONES.activeOn(LocalDate.of(2015, 3, 7)))
        .extracting(PilotZone::nameEn)
        .containsExactly("Hangzhou");
  }

  @Test
  void test_batches_table() {
    assertThat(ZONES.batches())
        .extracting(PilotZones.Batch::number)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    // named zones per batch (batch 7: 17 of 33), cumulative: ..., 132, 149, 149+16-3
    assertThat(ZONES.batches())
        .extracting(b -> b.newZones().size())
        .containsExactly(1, 12, 22, 24, 46, 27, 17, 16);
    assertThat(ZONES.batches())
        .extracting(PilotZones.Batch::cumulativeCount)
        .containsExactly(1, 13, 35, 59, 105, 132, 149, 162);
    assertThat(ZONES.batches())
        .extracting(PilotZones.Batch::approvalDate)
        .containsExactly(
            LocalDate.of(2015, 3, 7),
            LocalDate.of(2016, 1, 12),
            LocalDate.of(2018, 7, 24),
            LocalDate.of(2019, 12, 15),
            LocalDate.of(2020, 4, 30),
            LocalDate.of(2022, 1, 31),
            LocalDate.of(2022, 11, 14),
            LocalDate.of(2025, 4, 25));
    assertThat(ZONES.batches())
        .extracting(PilotZones.Batch::approvalDayConfirmed)
        .containsExactly(true, true, true, true, false, false, true, false);
    assertThat(ZONES.batch(1).document()).contains("国函〔2015〕44号");
    assertThat(ZONES.batch(7).document()).contains("国函〔2022〕126号");
    assertThat(ZONES.batch(8).document()).isEmpty();
    assertThat(ZONES.batch(8).revokedZones())
        .extracting(PilotZone::nameEn)
        .containsExactlyInAnyOrder("Haikou", "Sanya", "Alashankou");
    assertThat(ZONES.batch(8).toString())
        .isEqualTo(
            "batch 8 (reply number not embedded), approved by 2025-04-25: 16 new, 3 revoked, 162"
                + " active");
    assertThat(ZONES.batch(1).toString())
        .isEqualTo("batch 1 (国函〔2015〕44号), approved 2015-03-07: 1 new, 0 revoked, 1 active");
  }

  @Test
  void test_activeAtYearEnd_rollout2015to2025() {
    assertThat(ZONES.activeAtYearEnd(2015, 2025))
        .containsExactly(
            java.util.Map.entry(2015, 1),
            java.util.Map.entry(2016, 13),
            java.util.Map.entry(2017, 13),
            java.util.Map.entry(2018, 35),
            java.util.Map.entry(2019, 59),
            java.util.Map.entry(2020, 105),
            java.util.Map.entry(2021, 105),
            java.util.Map.entry(2022, 149),
            java.util.Map.entry(2023, 149),
            java.util.Map.entry(2024, 149),
            java.util.Map.entry(2025, 162));
    assertThatThrownBy(() -> ZONES.activeAtYearEnd(2025, 2015))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("toYear = 2015: expected on or after fromYear 2025");
  }

  @Test
  void test_provincesCovered_30NamedWhereMofcomCounts31() {
    assertThat(ZONES.provincesCoveredOn(LocalDate.of(2022, 11, 13))).hasSize(30);
    // the named batch-7 zones all lie in provinces already covered; Tibet's zone is not named
    assertThat(ZONES.provincesCoveredOn(LocalDate.of(2022, 11, 14))).hasSize(30);
    assertThat(ZONES.provincesCoveredOn(LocalDate.of(2025, 6, 1))).hasSize(30);
    assertThat(PilotZoneCounts.batch(7).provincesAfter()).hasValue(31);
    // MOFCOM: 105 zones after batch 5, 132 in 30 provinces after batch 6
    assertThat(ZONES.provincesCoveredOn(LocalDate.of(2022, 2, 1))).hasSize(30);
  }

  @Test
  void test_byProvince_fullCoverageOfGuangdongJiangsuShandongZhejiang() {
    // all 21 prefecture-level cities of Guangdong, 13 of Jiangsu, 16 of Shandong
    assertThat(ZONES.byProvince("Guangdong"))
        .hasSize(21)
        .allSatisfy(z -> assertThat(z.adminLevel()).isEqualTo(AdminLevel.PREFECTURE_LEVEL_CITY));
    assertThat(ZONES.byProvince("Jiangsu")).hasSize(13);
    // Shandong: 12 named (Dezhou, Liaocheng, Binzhou and Heze of batch 7 are not embedded)
    assertThat(ZONES.byProvince("shandong")).hasSize(12);
    // Zhejiang: 11 prefecture-level cities plus the county-level city of Yiwu
    List<PilotZone> zj = ZONES.byProvince("Zhejiang");
    assertThat(zj).hasSize(12);
    assertThat(zj.stream().filter(z -> z.adminLevel() == AdminLevel.PREFECTURE_LEVEL_CITY))
        .hasSize(11);
    assertThat(ZONES.named("Yiwu").adminLevel()).isEqualTo(AdminLevel.COUNTY_LEVEL_CITY);
    assertThat(ZONES.countByProvinceOn(LocalDate.of(2025, 6, 1))).containsEntry("Guangdong", 21);
    assertThat(ZONES.byProvince("Atlantis")).isEmpty();
  }

  @Test
  void test_tibet_zoneOfBatch7IsNotNamed() {
    // press reports say batch 7 gave Tibet its first zone; its name was not confirmed
    assertThat(ZONES.byProvince("Tibet (Xizang)")).isEmpty();
    assertThat(ZONES.batch(7).newZones()).hasSize(17);
    assertThat(PilotZoneCounts.batch(7).approved()).isEqualTo(33);
  }

  @Test
  void test_revocations_batch8() {
    PilotZone haikou = ZONES.named("Haikou");
    assertThat(haikou.revocationDate()).contains(LocalDate.of(2025, 4, 25));
    assertThat(haikou.successor()).contains("Hainan Island");
    assertThat(ZONES.named("Sanya").successor()).contains("Hainan Island");
    assertThat(ZONES.named("Alashankou").successor())
        .contains("Bortala Mongol Autonomous Prefecture");
    assertThat(haikou.isActiveOn(LocalDate.of(2025, 4, 24))).isTrue();
    assertThat(haikou.isActiveOn(LocalDate.of(2025, 4, 25))).isFalse();
    assertThat(ZONES.named("Hainan Island").adminLevel()).isEqualTo(AdminLevel.PROVINCE_WIDE);
    assertThat(ZONES.all().stream().filter(z -> z.revocationDate().isPresent())).hasSize(3);
  }

  @Test
  void test_byBatchAndYear() {
    assertThat(ZONES.byBatch(1)).extracting(PilotZone::nameEn).containsExactly("Hangzhou");
    assertThat(ZONES.byBatch(5)).hasSize(46);
    // 2022 holds batches 6 and 7: 27 + 17 named = 44
    assertThat(ZONES.byApprovalYear(2022)).hasSize(44);
    assertThat(ZONES.byApprovalYear(2017)).isEmpty();
    assertThat(ZONES.byBatch(5).get(0).approvalDayConfirmed()).isFalse();
  }

  @Test
  void test_byBatch_rejectsBatchOutsideRange() {
    assertThatThrownBy(() -> ZONES.byBatch(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batch = 0: expected 1 to 8");
    assertThatThrownBy(() -> ZONES.batch(9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batch = 9: expected 1 to 8");
  }

  @Test
  void test_batch_missingFromCustomRegistry() {
    PilotZones two = PilotZones.of(List.of(zone("A", "甲", "P", 1, LocalDate.of(2015, 3, 7))));
    assertThat(two.byBatch(2)).isEmpty();
    assertThatThrownBy(() -> two.batch(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batch = 2: expected a batch of the registry, one of [1]");
  }

  @Test
  void test_named_unknownZone() {
    assertThatThrownBy(() -> ZONES.named("Hangzou"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "pilot zone \"Hangzou\": expected the English name of a listed zone such as Hangzhou");
    assertThatThrownBy(() -> ZONES.named("Xyz"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pilot zone \"Xyz\": expected the English name of a listed zone");
  }

  @Test
  void test_of_rejectsDuplicateZone() {
    PilotZone a = zone("Hangzhou", "杭州市", "Zhejiang", 1, LocalDate.of(2015, 3, 7));
    PilotZone b = zone("Ningbo", "宁波市", "Zhejiang", 1, LocalDate.of(2015, 3, 7));
    assertThatThrownBy(() -> PilotZones.of(List.of(a, b, a)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "duplicate pilot zone Hangzhou: expected each zone once, found " + a + " and " + a);
  }

  @Test
  void test_of_rejectsDuplicateChineseNameInOneProvince() {
    PilotZone a = zone("Hangzhou", "杭州市", "Zhejiang", 1, LocalDate.of(2015, 3, 7));
    PilotZone b = zone("Hangzhou City", "杭州市", "Zhejiang", 1, LocalDate.of(2015, 3, 7));
    assertThatThrownBy(() -> PilotZones.of(List.of(a, b)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "duplicate pilot zone 杭州市 in Zhejiang: expected each zone once,"
                + " found Hangzhou and Hangzhou City");
  }

  @Test
  void test_of_rejectsUnknownSuccessor() {
    PilotZone revoked = zone("Haikou", "海口市", "Hainan", 3, LocalDate.of(2018, 7, 24));
    PilotZone withSuccessor =
        PilotZone.builder()
            .nameEn(revoked.nameEn())
            .nameZh(revoked.nameZh())
            .provinceEn(revoked.provinceEn())
            .provinceZh(revoked.provinceZh())
            .adminLevel(revoked.adminLevel())
            .batch(3)
            .approvalDate(revoked.approvalDate())
            .approvalDayConfirmed(true)
            .revocationDate(LocalDate.of(2025, 4, 25))
            .successor("Hainan Island")
            .status(Status.CONFIRMED)
            .source("test")
            .build();
    assertThatThrownBy(() -> PilotZones.of(List.of(withSuccessor)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "pilot zone Haikou: successor = \"Hainan Island\": expected a zone of the registry");
  }

  @Test
  void test_of_rejectsBatchWhoseZonesDisagree() {
    PilotZone a = zone("A", "甲", "P", 2, LocalDate.of(2016, 1, 12));
    PilotZone b = zone("B", "乙", "P", 2, LocalDate.of(2016, 1, 13));
    assertThatThrownBy(() -> PilotZones.of(List.of(a, b)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "batch 2: zone B has approvalDate 2016-01-13 and document doc 2:"
                + " expected the same as A, 2016-01-12 and doc 2");
  }

  @Test
  void test_of_emptyRegistry() {
    PilotZones none = PilotZones.of(List.of());
    assertThat(none.batches()).isEmpty();
    assertThat(none.countActiveOn(LocalDate.of(2025, 1, 1))).isZero();
    assertThat(none.toString()).isEqualTo("PilotZones[0 zones, batches none]");
  }

  @Test
  void test_batch_recordValidation() {
    PilotZone a = zone("A", "甲", "P", 1, LocalDate.of(2015, 3, 7));
    LocalDate d = LocalDate.of(2015, 3, 7);
    assertThatThrownBy(
            () ->
                new PilotZones.Batch(
                    0, Optional.empty(), d, true, ImmutableList.of(a), ImmutableList.of(), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batch: number = 0: expected 1 to 8");
    assertThatThrownBy(
            () ->
                new PilotZones.Batch(
                    1, Optional.empty(), d, true, ImmutableList.of(), ImmutableList.of(), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batch 1: newZones = []: expected at least one zone");
    assertThatThrownBy(
            () ->
                new PilotZones.Batch(
                    1, Optional.empty(), d, true, ImmutableList.of(a), ImmutableList.of(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batch 1: cumulativeCount = 0: expected at least the 1 new zones");
  }

  @Test
  void test_parse_rowErrorsNameFileAndLine() {
    String header =
        "batch,approval_date,approval_day_confirmed,document,name_en,name_zh,province_en,"
            + "province_zh,admin_level,revoked_on,successor,status,status_note,date_note,source\n";
    String good =
        "1,2015-03-07,yes,D,Hangzhou,杭州市,Zhejiang,浙江,prefecture-level city,,,confirmed,,,s\n";
    assertThat(PilotZones.parse(Csv.parse("z.csv", header + good).get(0)).nameEn())
        .isEqualTo("Hangzhou");
    assertThatThrownBy(
            () ->
                PilotZones.parse(
                    Csv.parse("z.csv", header + good.replace("1,2015", "9,2015")).get(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("z.csv line 2: pilot zone Hangzhou: batch = 9: expected 1 to 8");
    assertThatThrownBy(
            () ->
                PilotZones.parse(
                    Csv.parse("z.csv", header + good.replace("prefecture-level", "village"))
                        .get(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("z.csv line 2: adminLevel = \"village city\": expected one of");
    assertThatThrownBy(
            () ->
                PilotZones.parse(
                    Csv.parse("z.csv", header + good.replace("confirmed", "memory"))
                        .get(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("z.csv line 2: status = \"memory\": expected confirmed, derived or unverified");
  }
}
