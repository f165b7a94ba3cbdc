package io.github.digitrade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digitrade.table.Dimension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A label that differs from another only by an invisible character is refused, and shown. */
class LookalikeLabelsTest {

  private static ReadResult read(ReadMode mode, String text) throws IOException {
    return FlowReader.tidy()
        .withMode(mode)
        .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv");
  }

  private static final String HEADER = "reporter,partner,product,period,direction,value\n";

  @Test
  void test_noBreakSpace_isRefusedWithTheCharacterShown() {
    String text = HEADER + "CHN,USA,1,2023,X,1\nCHN\u00a0,USA,1,2023,X,2\n";
    assertThatThrownBy(() -> read(ReadMode.STRICT, text))
        .isInstanceOf(FlowFormatException.class)
        .hasMessage(
            "t.csv:3: column 1 (reporter) \"CHN\u00a0\": reporter \"CHN\\u00A0\" holds U+00A0 at"
                + " index 3, an invisible character: expected a label without it (it would not"
                + " match CHN)");
  }

  @Test
  void test_extraBomAndZeroWidthSpace_areSkippedAndCountedInLenientMode() throws IOException {
    String text =
        HEADER
            + "CHN,USA,1,2023,X,1\n\ufeffCHN,USA,1,2023,X,2\nCHN,U\u200bSA,1,2023,X,4\n"
            + "CHN,USA,1,2023,X,8\n";
    ReadResult r = read(ReadMode.LENIENT, text);
    assertThat(r.table().labels(Dimension.REPORTER)).containsExactly("CHN");
    assertThat(r.table().labels(Dimension.PARTNER)).containsExactly("USA");
    assertThat(r.report().skippedRows()).isEqualTo(2);
    assertThat(r.table().total()).isEqualTo(9.0);
    assertThat(r.report().errors().get(0).toString()).contains("U+FEFF at index 0");
    assertThat(r.report().errors().get(1).toString()).contains("U+200B at index 1");
  }
}
