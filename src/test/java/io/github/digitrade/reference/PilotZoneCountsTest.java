package io.github.digitrade.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digitrade.model.Source;
import io.github.digitrade.model.Status;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PilotZoneCountsTest {

  @Test
  void test_publishedBatchSizes() {
    assertThat(PilotZoneCounts.all()).extracting(PilotZoneCount::approved)
        .containsExactly(1, 12, 22, 24, 46, 27, 33, 16);
    // 1 + 12 + 22 + 24 + 46 + 27 + 33 = 165, MOFCOM's count after seven batches
    assertThat(PilotZoneCounts.all().stream().limit(7).mapToInt(PilotZoneCount::approved).sum())
        .isEqualTo(165);
    assertThat(PilotZoneCounts.batch(7).activeAfter()).hasValue(165);
    assertThat(PilotZoneCounts.batch(6).provincesAfter()).hasValue(30);
    assertThat(PilotZoneCounts.batch(8).activeAfter()).isEmpty();
    assertThat(PilotZoneCounts.batch(7).toString())
        .isEqualTo("batch 7: 33 approved, 165 after (MOFCOM)");
    assertThatThrownBy(() -> PilotZoneCounts.batch(9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batch = 9: expected 1 to 8");
  }

  @Test
  void test_publishedCountsAgreeWithTheRosterWhereItIsComplete() {
    PilotZones zones = PilotZones.embedded();
    for (PilotZoneCount c : PilotZoneCounts.all()) {
      int named = zones.batch(c.batch()).newZones().size();
      // the roster is complete except batch 7 (17 of 33 names confirmed)
      assertThat(named).isEqualTo(c.batch() == 7 ? 17 : c.approved());
    }
  }

  @Test
  void test_count_rejectsImpossibleCounts() {
    Source s = Source.of("MOFCOM", "t");
    assertThatThrownBy(() -> new PilotZoneCount(0, 1, OptionalInt.empty(), OptionalInt.empty(), s,
            Status.CONFIRMED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batch = 0, approved = 1: expected both at least 1");
    assertThatThrownBy(() -> new PilotZoneCount(7, 33, OptionalInt.of(20), OptionalInt.empty(), s,
            Status.CONFIRMED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batch 7: activeAfter = 20: expected at least the 33 zones approved in it");
  }
}
