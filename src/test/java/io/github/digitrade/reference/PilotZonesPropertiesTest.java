package io.github.digitrade.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import io.github.digitrade.model.PilotZone;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PilotZonesPropertiesTest {

  private static final PilotZones ZONES = PilotZones.embedded();
  // the first zone was approved on 2015-03-07; no zone may be dated before it
  private static final LocalDate START = LocalDate.of(2015, 3, 7);
  private static final int DAYS = 14 * 366;

  private static Gen<LocalDate> dates() {
    return integers().between(0, DAYS).map(START::plusDays);
  }

  /** A random sub-registry of the embedded zones, closed under successors. */
  private static Gen<ImmutableList<PilotZone>> subsets() {
    int n = ZONES.all().size();
    return lists()
        .of(booleans().all())
        .ofSize(n)
        .map(
            keep -> {
              Set<PilotZone> chosen = new LinkedHashSet<>();
              for (int i = 0; i < n; i++) {
                if (keep.get(i)) {
                  PilotZone z = ZONES.all().get(i);
                  chosen.add(z);
                  z.successor().ifPresent(s -> chosen.add(ZONES.named(s)));
                }
              }
              return ImmutableList.copyOf(chosen);
            });
  }

  @Test
  void activeCountEqualsApprovedByDateMinusRevokedByDate() {
    qt().withExamples(1000)
        .forAll(dates())
        .checkAssert(
            d -> {
              long approved =
                  ZONES.all().stream().filter(z -> !z.approvalDate().isAfter(d)).count();
              long revoked =
                  ZONES.all().stream()
                      .filter(z -> z.revocationDate().map(r -> !r.isAfter(d)).orElse(false))
                      .count();
              assertThat((long) ZONES.countActiveOn(d)).isEqualTo(approved - revoked);
            });
  }

  @Test
  void activeCountIsMonotoneBetweenRevocationDates() {
    qt().withExamples(1000)
        .forAll(dates(), dates())
        .checkAssert(
            (a, b) -> {
              LocalDate from = a.isBefore(b) ? a : b;
              LocalDate to = a.isBefore(b) ? b : a;
              boolean revocationBetween =
                  ZONES.all().stream()
                      .flatMap(z -> z.revocationDate().stream())
                      .anyMatch(r -> r.isAfter(from) && !r.isAfter(to));
              if (!revocationBetween) {
                assertThat(ZONES.countActiveOn(from)).isLessThanOrEqualTo(ZONES.countActiveOn(to));
              }
            });
  }

  @Test
  void everyZoneIsActiveOnItsApprovalDateUnlessRevokedThatDay() {
    qt().withExamples(1000)
        .forAll(dates(), integers().between(-1, 3000), dates())
        .checkAssert(
            (approved, revokedAfter, probe) -> {
              PilotZone.Builder b = PilotZone.builder();
              b.nameEn("Z")
                  .nameZh("甲")
                  .provinceEn("P")
                  .provinceZh("省")
                  .adminLevel(PilotZone.AdminLevel.PREFECTURE_LEVEL_CITY)
                  .batch(1)
                  .approvalDate(approved)
                  .approvalDayConfirmed(true)
                  .status(io.github.digitrade.model.Status.CONFIRMED)
                  .source("s");
              if (revokedAfter >= 0) {
                b.revocationDate(approved.plusDays(revokedAfter));
              }
              PilotZone z = b.build();
              assertThat(z.isActiveOn(approved)).isEqualTo(revokedAfter != 0);
              boolean expected =
                  !probe.isBefore(approved)
                      && (revokedAfter < 0 || probe.isBefore(approved.plusDays(revokedAfter)));
              assertThat(z.isActiveOn(probe)).isEqualTo(expected);
            });
  }

  @Test
  void batchesPartitionTheRegistryAndCountActiveZonesOnTheirDates() {
    qt().withExamples(1000)
        .forAll(subsets())
        .checkAssert(
            zones -> {
              PilotZones r = PilotZones.of(zones);
              int total = 0;
              for (PilotZones.Batch b : r.batches()) {
                total += b.newZones().size();
                assertThat(b.cumulativeCount()).isEqualTo(r.countActiveOn(b.approvalDate()));
                assertThat(r.byBatch(b.number())).isEqualTo(b.newZones());
              }
              assertThat(total).isEqualTo(zones.size());
              assertThat(r.all()).containsExactlyInAnyOrderElementsOf(zones);
            });
  }

  @Test
  void provinceCountsSumToTheActiveCount() {
    qt().withExamples(1000)
        .forAll(dates())
        .checkAssert(
            d ->
                assertThat(ZONES.countByProvinceOn(d).values().stream().mapToInt(i -> i).sum())
                    .isEqualTo(ZONES.countActiveOn(d)));
  }

  @Test
  void aRegistryWithARepeatedZoneIsRejectedNamingIt() {
    qt().withExamples(1000)
        .forAll(subsets(), integers().between(0, ZONES.all().size() - 1))
        .checkAssert(
            (zones, pick) -> {
              PilotZone dup = ZONES.all().get(pick);
              List<PilotZone> withDup = new ArrayList<>(zones);
              withDup.add(dup);
              withDup.add(dup);
              assertThatThrownBy(() -> PilotZones.of(withDup))
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessageStartingWith("duplicate pilot zone " + dup.nameEn() + ":");
            });
  }
}
