package io.github.digitrade.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digitrade.internal.Csv;
import io.github.digitrade.model.Status;
import org.junit.jupiter.api.Test;

class EmbeddedDataTest {

  private static final String[] FILES = {
    "china_digital_trade.csv", "cny_usd_rates.csv", "customs_modes.csv", "dds_ebops.csv",
    "partner_aliases.csv", "partner_groups.csv", "partners.csv", "pilot_zones.csv",
    "platform_facts.csv", "platforms.csv"
  };

  @Test
  void test_everyEmbeddedRowHasASourceAndAStatus() {
    int rows = 0;
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
        assertThat(Status.parse(row.text("status"))).as(row.where()).isNotNull();
        rows++;
      }
    }
    // 249 partners, 181 pilot zones and the smaller tables
    assertThat(rows).isGreaterThan(249 + 181);
  }
}
