package io.github.digitrade.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CsvPropertiesTest {

  private static final String ALPHABET = "ab,\"\n\r 试,";

  /** Fields made of letters, commas, quotes, line breaks, spaces and CJK text. */
  private static Gen<String> fields() {
    return lists()
        .of(integers().between(0, ALPHABET.length() - 1))
        .ofSizeBetween(0, 8)
        .map(
            idx -> {
              StringBuilder s = new StringBuilder();
              idx.forEach(i -> s.append(ALPHABET.charAt(i)));
              return s.toString();
            });
  }

  private static String quote(String field) {
    return "\"" + field.replace("\"", "\"\"") + "\"";
  }

  @Test
  void parsingQuotedFieldsReturnsTheFieldsWritten() {
    qt().withExamples(1000)
        .forAll(lists().of(fields()).ofSizeBetween(1, 4), lists().of(fields()).ofSizeBetween(1, 4))
        .checkAssert(
            (a, b) -> {
              int width = Math.min(a.size(), b.size());
              List<String> header = ImmutableList.of("c0", "c1", "c2", "c3").subList(0, width);
              StringBuilder text = new StringBuilder(String.join(",", header)).append("\r\n");
              for (List<String> record : List.of(a, b)) {
                for (int k = 0; k < width; k++) {
                  text.append(k == 0 ? "" : ",").append(quote(record.get(k)));
                }
                text.append("\n");
              }
              ImmutableList<Csv.Row> rows = Csv.parse("p.csv", text.toString());
              assertThat(rows).hasSize(2);
              for (int k = 0; k < width; k++) {
                assertThat(rows.get(0).get(header.get(k))).isEqualTo(a.get(k));
                assertThat(rows.get(1).get(header.get(k))).isEqualTo(b.get(k));
              }
            });
  }
}
