package io.github.digitrade.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digitrade.internal.Csv;
import io.github.digitrade.model.Status;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddedDataTest {

  private static final String[] FILES = {
    "china_digital_trade.csv", "china_services_trade.csv", "cny_usd_rates.csv",
    "customs_modes.csv", "dds_ebops.csv", "partner_aliases.csv", "partner_groups.csv",
    "partners.csv", "pilot_zone_batches.csv", "pilot_zones.csv", "platform_facts.csv",
    "platforms.csv", "published_figures.csv"
  };

  @Test
  void test_everyRow_namesTheKindOfItsSource() {
    // official: a government site or the publisher's own; official_dataset_mirror: an official
    // dataset or standard as redistributed (Debian iso-codes, BACI, Data360 exports);
    // secondary: an outlet quoting the publisher
    Map<String, Integer> kinds = new java.util.TreeMap<>();
    for (String f : FILES) {
      for (Csv.Row row : Csv.read(Rows.DIR + f)) {
        assertThat(row.values()).as(row.where()).containsKey("source_kind");
        String kind = row.text("source_kind");
        assertThat(kind).as(row.where() + " source_kind")
            .isIn("official", "official_dataset_mirror", "secondary");
        kinds.merge(kind, 1, Integer::sum);
      }
    }
    // 793 rows: 249 partners, 8 aliases and 38 UNCTAD flows are dataset mirrors (295); 237 were
    // read on a government or the publisher's own site; 261 in outlets quoting the publisher
    assertThat(kinds)
        .isEqualTo(Map.of("official", 237, "official_dataset_mirror", 295, "secondary", 261));
  }

  @Test
  void test_everyEmbeddedRowHasASourceAndIsConfirmedOrDerived() {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (String f : FILES) {
      for (Csv.Row row : Csv.read(Rows.DIR + f)) {
        assertThat(row.values().keySet()).as(row.where()).anyMatch(k -> k.startsWith("source"));
        String source =
            row.values().entrySet().stream()
                .filter(e -> e.getKey().startsWith("source"))
                .map(e -> e.getValue())
                .findFirst()
                .orElse("");
        assertThat(source).as(row.where() + " source").isNotBlank();
        Status status = Status.parse(row.text("status"));
        assertThat(status).as(row.where()).isNotEqualTo(Status.UNVERIFIED);
        counts.merge(status, 1, Integer::sum);
        for (String v : row.values().values()) {
          assertThat(v).as(row.where())
              .doesNotContainIgnoringCase("from memory")
              .doesNotContainIgnoringCase("not retrieved")
              .doesNotContainIgnoringCase("unverified");
        }
      }
    }
    // the ten reviewed files held 582 rows (542 confirmed, 39 unverified, 1 derived): 13
    // unverified rows were confirmed, 26 removed, and one row added (CBEC 2020 revised), so
    // 557 = 556 confirmed + 1 derived (partner alias 490, derivation on the row); the new files
    // add 88 services flows, 27 published figures and 8 batch counts, all confirmed; then 96
    // services flows (four further SAFE monthly tables, 94 flows, and SAFE's first quarter of
    // 2025, 2 flows), 16 SAFE services balances by release and the NBS average rate of 2020
    // were added
    assertThat(counts.get(Status.DERIVED)).isEqualTo(1);
    assertThat(counts.get(Status.CONFIRMED)).isEqualTo(556 + 88 + 27 + 8 + 96 + 16 + 1);
  }
}
