package io.github.digitrade.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerGroupTest {

  static final LocalDate D2025 = LocalDate.of(2025, 1, 1);

  @Test
  void test_ofMembers_userDefinedGroup() {
    PartnerGroup bri =
        PartnerGroup.ofMembers("BRI", "Belt and Road partners (example)",
            Source.of("My institute", "List of partners"), D2025,
            List.of(Partner.of("PAK"), Partner.of("KAZ")));
    assertThat(bri.membersOn(LocalDate.of(2025, 6, 1)))
        .containsExactly(Partner.of("PAK"), Partner.of("KAZ"));
    assertThat(bri.membersOn(LocalDate.of(2024, 12, 31))).isEmpty();
    assertThat(bri.isMember(Partner.of("PAK"), D2025)).isTrue();
    assertThat(bri.isMember(Partner.of("CHN"), D2025)).isFalse();
    assertThat(bri.asPartner().isAggregate()).isTrue();
    assertThat(bri.everMembers()).hasSize(2);
    assertThat(bri.toString())
        .isEqualTo("BRI: Belt and Road partners (example) (2 memberships, as of 2025-01-01)");
  }

  @Test
  void test_membership_leaveAndRejoin() {
    Partner gbr = Partner.of("GBR");
    PartnerGroup g =
        PartnerGroup.builder()
            .code("EU_EXAMPLE")
            .name("Example union")
            .source(Source.of("me", "list"))
            .asOf(D2025)
            .addMemberships(
                Membership.builder().partner(gbr).since(LocalDate.of(1973, 1, 1))
                    .until(LocalDate.of(2020, 2, 1)).build())
            .addMemberships(
                Membership.builder().partner(gbr).since(LocalDate.of(2030, 1, 1))
                    .status(Status.UNVERIFIED).build())
            .build();
    assertThat(g.isMember(gbr, LocalDate.of(2020, 1, 31))).isTrue();
    assertThat(g.isMember(gbr, LocalDate.of(2020, 2, 1))).isFalse(); // until is exclusive
    assertThat(g.isMember(gbr, LocalDate.of(2030, 1, 1))).isTrue();
    assertThat(g.memberships().get(0).toString()).isEqualTo("GBR since 1973-01-01 until 2020-02-01");
    assertThat(g.memberships().get(1).toString()).isEqualTo("GBR since 2030-01-01 {unverified}");
  }

  @Test
  void test_badInput() {
    Partner gbr = Partner.of("GBR");
    assertThatThrownBy(
            () -> Membership.builder().partner(gbr).since(D2025).until(D2025).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("until = 2025-01-01: expected a date after since = 2025-01-01 for GBR");
    assertThatThrownBy(() -> Membership.of(Partner.world(), D2025))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("partner = WLD: expected a country, not an aggregate");
    assertThatThrownBy(
            () -> PartnerGroup.ofMembers("BRI", "x", Source.of("a", "b"), D2025,
                List.of(gbr, gbr)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "memberships: GBR since 2025-01-01 and GBR since 2025-01-01 overlap; expected one"
                + " spell at a time");
    assertThatThrownBy(
            () -> PartnerGroup.ofMembers("bri", "x", Source.of("a", "b"), D2025, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "code = \"bri\": expected 2 to 16 capital letters, digits or underscores, starting"
                + " with a letter");
    assertThatThrownBy(
            () -> PartnerGroup.ofMembers("BRI", " ", Source.of("a", "b"), D2025, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name = \" \": expected a non-blank text");
  }
}
