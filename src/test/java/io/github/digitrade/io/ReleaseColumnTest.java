package io.github.digitrade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digitrade.model.Release;
import io.github.digitrade.model.Vintage;
import io.github.digitrade.table.Dimension;
import io.github.digitrade.table.FlowTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A tidy file's optional release column, bound by the tidy format's header. */
class ReleaseColumnTest {

  private static ReadResult read(FlowReader reader, String text) throws IOException {
    return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv");
  }

  /** CBEC's totals (CNY billions): 2021 preliminary and revised, 2020 revised. */
  private static final String CBEC =
      """
          reporter,partner,product,period,direction,release,value
          CHN,WLD,TOTAL,2021,TOTAL,preliminary,1980
          CHN,WLD,TOTAL,2021,TOTAL,Revised,1920
          CHN,WLD,TOTAL,2020,TOTAL, revised ,1620
          """;

  @Test
  void aTidyFileWithAReleaseColumnIsOneTable() throws IOException {
    FlowTable t = read(FlowReader.tidy(), CBEC).table();
    assertThat(t.size()).isEqualTo(3);
    // "Revised" and " revised " are one release
    assertThat(t.releases())
        .containsExactly(Release.of(Vintage.PRELIMINARY), Release.of(Vintage.REVISED));
    // 2021: 1980 + 1920 pooled is refused; latest is the revised 1920
    assertThatThrownBy(() -> t.year(2021).total())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(CHN, WLD, TOTAL, 2021, TOTAL) is given in several releases")
        .hasMessageContaining("choose with latest() or vintage(...)");
    assertThat(t.year(2021).latest().total()).isEqualTo(1920.0);
    // the whole latest table: 1920 + 1620 = 3540
    assertThat(t.latest().total()).isEqualTo(3540.0);
    assertThat(t.vintage(Vintage.PRELIMINARY).total()).isEqualTo(1980.0);
  }

  @Test
  void theColumnMayBeNamedVintageAndCarryADate() throws IOException {
    String text =
        """
            vintage,reporter,partner,product,period,direction,value
            revised of 2022-06-01,CHN,WLD,TOTAL,2021,TOTAL,1920
            """;
    FlowTable t = read(FlowReader.tidy(), text).table();
    assertThat(t.releases()).containsExactly(Release.of(Vintage.REVISED, LocalDate.of(2022, 6, 1)));
  }

  @Test
  void aFileWithoutTheColumnHasNoReleases() throws IOException {
    String text = "reporter,partner,product,period,direction,value\nCHN,WLD,TOTAL,2021,TOTAL,1980\n";
    FlowTable t = read(FlowReader.tidy(), text).table();
    assertThat(t.releases()).isEmpty();
    assertThat(t.total()).isEqualTo(1980.0);
  }

  @Test
  void aBadReleaseCellNamesLineColumnAndTheAcceptedValues() {
    String text =
        """
            reporter,partner,product,period,direction,release,value
            CHN,WLD,TOTAL,2021,TOTAL,preliminary,1980
            CHN,WLD,TOTAL,2021,TOTAL,draft,1920
            """;
    assertThatThrownBy(() -> read(FlowReader.tidy(), text))
        .isInstanceOf(FlowFormatException.class)
        .hasMessage(
            "t.csv:3: column 6 (release) \"draft\": release = \"draft\": expected preliminary,"
                + " revised, final or unspecified, optionally followed by \" of \" and an ISO date"
                + " (\"revised of 2022-03-10\")");
  }

  @Test
  void leniently_badReleaseCellsAreSkippedAndCounted() throws IOException {
    String text =
        """
            reporter,partner,product,period,direction,release,value
            CHN,WLD,TOTAL,2021,TOTAL,,1
            CHN,WLD,TOTAL,2021,TOTAL,revised of 2022-02-30,2
            CHN,WLD,TOTAL,2021,TOTAL,final,3
            """;
    ReadResult r = read(FlowReader.tidy().withMode(ReadMode.LENIENT), text);
    assertThat(r.report().skippedRows()).isEqualTo(2);
    assertThat(r.report().errors()).extracting(RowError::line).containsExactly(2L, 3L);
    assertThat(r.table().total()).isEqualTo(3.0);
  }

  @Test
  void aMappingThatNamesAReleaseColumnRequiresIt() {
    ColumnMapping m =
        ColumnMapping.builder()
            .column(Dimension.REPORTER, "reporter")
            .column(Dimension.PARTNER, "partner")
            .column(Dimension.PRODUCT, "product")
            .column(Dimension.PERIOD, "period")
            .constant(Dimension.DIRECTION, "X")
            .value("value")
            .release("edition")
            .build();
    assertThat(m.release()).containsExactly("edition");
    assertThat(m.releaseRequired()).isTrue();
    assertThat(ColumnMapping.tidy().releaseRequired()).isFalse();
    assertThat(ColumnMapping.tidy().release()).containsExactly("release", "vintage");
    assertThatThrownBy(
            () -> read(FlowReader.tidy(m), "reporter,partner,product,period,value\nA,B,1,2021,1\n"))
        .isInstanceOf(FlowFormatException.class)
        .hasMessageContaining("no column for the release: expected a header named edition");
    assertThatThrownBy(() -> ColumnMapping.builder().release())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("release headers are empty: expected at least one name");
  }

  @Test
  void writtenAndReadBackTheReleasesAreKept() throws IOException {
    FlowTable t = read(FlowReader.tidy(), CBEC).table();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FlowWriter.write(t, out);
    String written = out.toString(StandardCharsets.UTF_8);
    assertThat(written)
        .startsWith("reporter,partner,product,period,direction,release,value\n")
        .contains("CHN,WLD,TOTAL,2021,TOTAL,preliminary,1980.0\n");
    FlowTable back = read(FlowReader.tidy(), written).table();
    assertThat(back.releases()).isEqualTo(t.releases());
    assertThat(back.latest().matrix(Dimension.PERIOD, Dimension.DIRECTION))
        .isEqualTo(t.latest().matrix(Dimension.PERIOD, Dimension.DIRECTION));
    for (int i = 0; i < t.size(); i++) {
      assertThat(back.release(i)).isEqualTo(t.release(i));
      assertThat(back.value(i)).isEqualTo(t.value(i));
    }
  }
}
