package io.github.digitrade.table;

import io.github.digitrade.calc.DuplicatePolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digitrade.calc.LabeledMatrix;
import io.github.digitrade.calc.LabeledVector;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowTableTest {

  private static FlowTable sample() {
    return FlowTable.builder()
        .add("IDN", "USA", "1511", "2022", "X", 45)
        .add("CHN", "USA", "8517", "2022", "X", 90)
        .add("CHN", "DEU", "8517", "2022", "X", 10)
        .add("CHN", "DEU", "1511", "2021", "X", 2.5)
        .build();
  }

  @Test
  void sumGroupsByLabelInSortedOrder() {
    // CHN = 90 + 10 + 2.5 = 102.5; IDN = 45
    LabeledVector byReporter = sample().sum(Dimension.REPORTER);
    assertThat(byReporter.labels()).containsExactly("CHN", "IDN");
    assertThat(byReporter.toArray()).containsExactly(102.5, 45.0);
    // DEU = 10 + 2.5 = 12.5; USA = 45 + 90 = 135
    assertThat(sample().sum(Dimension.PARTNER).asMap()).containsExactly(
        java.util.Map.entry("DEU", 12.5), java.util.Map.entry("USA", 135.0));
    assertThat(sample().sum(Dimension.DIRECTION).toArray()).containsExactly(147.5);
  }

  @Test
  void matrixSumsAcrossTheOtherDimensions() {
    // CHN 1511 = 2.5 (2021, DEU); CHN 8517 = 90 + 10; IDN 1511 = 45; IDN 8517 = no row = 0
    LabeledMatrix m = sample().matrix(Dimension.REPORTER, Dimension.PRODUCT);
    assertThat(m.rowLabels()).containsExactly("CHN", "IDN");
    assertThat(m.columnLabels()).containsExactly("1511", "8517");
    assertThat(m.toArray()).containsExactly(2.5, 100.0, 45.0, 0.0);
    assertThat(m.excluded()).isEmpty();
  }

  @Test
  void totalIsTheCompensatedSum() {
    // 45 + 90 + 10 + 2.5
    assertThat(sample().total()).isEqualTo(147.5);
    FlowTable t =
        FlowTable.builder()
            .add("A", "B", "1", "1", "X", 1e16)
            .add("A", "B", "2", "1", "X", 1.0)
            .add("A", "B", "3", "1", "X", 1.0)
            .build();
    // a plain loop loses both 1.0s: 1e16 + 1 rounds back to 1e16
    assertThat(t.total()).isEqualTo(1e16 + 2);
    assertThat(t.sum(Dimension.REPORTER).get("A")).isEqualTo(1e16 + 2);
  }

  @Test
  void rowsKeepTheirLabelsCodesAndValues() {
    FlowTable t = sample();
    assertThat(t.size()).isEqualTo(4);
    assertThat(t.label(Dimension.REPORTER, 0)).isEqualTo("IDN");
    assertThat(t.label(Dimension.PERIOD, 3)).isEqualTo("2021");
    assertThat(t.code(Dimension.REPORTER, 1)).isEqualTo(1);
    assertThat(t.code(Dimension.DIRECTION, 2)).isZero();
    assertThat(t.value(1)).isEqualTo(90.0);
    assertThat(t.labels(Dimension.REPORTER)).containsExactly("IDN", "CHN");
    assertThat(t.code(Dimension.PRODUCT, "8517")).hasValue(1);
    assertThat(t.code(Dimension.PRODUCT, "0000")).isEmpty();
  }

  @Test
  void filterKeepsMatchingRowsAndSharesTheDictionaries() {
    FlowTable chn = sample().filter(Dimension.REPORTER, "CHN");
    assertThat(chn.size()).isEqualTo(3);
    assertThat(chn.total()).isEqualTo(102.5);
    assertThat(chn.labels(Dimension.REPORTER)).containsExactly("IDN", "CHN");
    // IDN occurs in no row of the filtered table, so it is not a row of its matrix
    assertThat(chn.matrix(Dimension.REPORTER, Dimension.PARTNER).rowLabels()).containsExactly("CHN");
    FlowTable y2022 = sample().filter(Dimension.PERIOD, p -> p.equals("2022"));
    assertThat(y2022.size()).isEqualTo(3);
    // a test that no label passes gives an empty table; a label missing from the dictionary is an
    // error naming the closest labels
    assertThat(sample().filter(Dimension.PERIOD, "1999"::equals).size()).isZero();
    assertThatThrownBy(() -> sample().filter(Dimension.PERIOD, "1999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("period \"1999\" is not a label of this table; closest: 2021, 2022");
  }

  @Test
  void duplicateKeysAreSummedByDefault() {
    FlowTable t =
        FlowTable.builder()
            .add("CHN", "USA", "8517", "2022", "X", 1.5)
            .add("CHN", "USA", "8517", "2022", "X", 2.0)
            .build();
    assertThat(t.size()).isEqualTo(2);
    assertThat(t.matrix(Dimension.REPORTER, Dimension.PARTNER).toArray()).containsExactly(3.5);
  }

  @Test
  void duplicateKeysAreRejectedUnderTheStrictPolicy() {
    FlowTableBuilder b =
        FlowTable.builder()
            .duplicates(DuplicatePolicy.REJECT)
            .add("CHN", "USA", "8517", "2022", "X", 1.5)
            .add("CHN", "USA", "8517", "2021", "X", 1.5)
            .add("CHN", "USA", "8517", "2022", "X", 2.0);
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "1 duplicate key (CHN, USA, 8517, 2022, X): expected each (reporter, partner, product,"
                + " period, direction) once under DuplicatePolicy.REJECT");
  }

  @Test
  void duplicatesAreFoundWhenTheKeysDoNotFitInALong() {
    // 8193 labels per dimension need 14 bits each, 70 bits in all: the hash-based check runs
    FlowTableBuilder b = FlowTable.builder().duplicates(DuplicatePolicy.REJECT);
    for (int i = 0; i <= 8192; i++) {
      String s = Integer.toString(i);
      b.add("R" + s, "P" + s, s, s, "D" + s, 1);
    }
    b.add("R7", "P7", "7", "7", "D7", 2);
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "1 duplicate key (R7, P7, 7, 7, D7): expected each (reporter, partner, product,"
                + " period, direction) once under DuplicatePolicy.REJECT");
  }

  @Test
  void distinctKeysPassTheStrictPolicy() {
    FlowTable t =
        FlowTable.builder()
            .duplicates(DuplicatePolicy.REJECT)
            .add("CHN", "USA", "8517", "2022", "X", 1.5)
            .add("CHN", "USA", "8517", "2022", "M", 1.5)
            .build();
    assertThat(t.size()).isEqualTo(2);
  }

  @Test
  void codedRowsUseTheDictionaries() {
    FlowTableBuilder b = FlowTable.builder().expectedRows(10);
    int chn = b.code(Dimension.REPORTER, "CHN");
    int usa = b.code(Dimension.PARTNER, "USA");
    int p = b.code(Dimension.PRODUCT, "0101");
    int y = b.code(Dimension.PERIOD, "2022");
    int x = b.code(Dimension.DIRECTION, "X");
    assertThat(b.code(Dimension.REPORTER, "CHN")).isEqualTo(chn);
    assertThat(b.dictionarySize(Dimension.REPORTER)).isEqualTo(1);
    b.addCodes(chn, usa, p, y, x, 7);
    assertThat(b.size()).isEqualTo(1);
    FlowTable t = b.build();
    assertThat(t.label(Dimension.PRODUCT, 0)).isEqualTo("0101");
    assertThat(t.toString())
        .isEqualTo(
            "FlowTable[1 row; 1 reporter, 1 partner, 1 product, 1 period, 1 direction; total 7.0]");
  }

  @Test
  void columnsAreAddedInBulk() {
    FlowTableBuilder b = FlowTable.builder();
    int a = b.code(Dimension.REPORTER, "A");
    int c = b.code(Dimension.REPORTER, "C");
    b.code(Dimension.PARTNER, "B");
    b.code(Dimension.PRODUCT, "1");
    b.code(Dimension.PERIOD, "2022");
    b.code(Dimension.DIRECTION, "X");
    int[] zeros = new int[3000];
    int[] reporters = new int[3000];
    double[] values = new double[3000];
    for (int i = 0; i < 3000; i++) {
      reporters[i] = i % 2 == 0 ? a : c;
      values[i] = i;
    }
    // rows 1..2999: A holds the even i from 2 to 2998, sum 2·(1 + … + 1499) = 1499·1500 = 2 248 500
    b.addAll(reporters, zeros, zeros, zeros, zeros, values, 1, 3000);
    FlowTable t = b.build();
    assertThat(t.size()).isEqualTo(2999);
    assertThat(t.sum(Dimension.REPORTER).get("A")).isEqualTo(2_248_500.0);
    assertThat(t.label(Dimension.REPORTER, 0)).isEqualTo("C");
    FlowTableBuilder bad = FlowTable.builder();
    bad.code(Dimension.REPORTER, "A");
    int[] one = {0};
    assertThatThrownBy(() -> bad.addAll(one, one, one, one, one, new double[] {1}, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("partner code = 0: expected a code from 0 to -1 (the dictionary has 0 labels)");
    assertThatThrownBy(
            () -> bad.addAll(one, one, one, one, one, new double[] {Double.NaN}, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value = NaN: expected a finite number ≥ 0");
    assertThatThrownBy(() -> bad.addAll(one, one, one, one, one, new double[] {1}, 0, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(bad.size()).isZero();
  }

  @Test
  void manyRowsGrowTheColumns() {
    FlowTableBuilder b = FlowTable.builder();
    for (int i = 0; i < 5000; i++) {
      b.add("R" + (i % 7), "P" + (i % 11), "K" + (i % 13), "2022", i % 2 == 0 ? "X" : "M", 1);
    }
    FlowTable t = b.build();
    assertThat(t.size()).isEqualTo(5000);
    // R0 holds i = 0, 7, ..., 4998: 4998 / 7 + 1 = 715 rows of value 1
    assertThat(t.sum(Dimension.REPORTER).get("R0")).isEqualTo(715.0);
    assertThat(t.sum(Dimension.DIRECTION).get("M")).isEqualTo(2500.0);
    assertThat(t.toString()).startsWith("FlowTable[5000 rows; 7 reporters, 11 partners, 13 products");
  }

  @Test
  void emptyTableHasEmptyResults() {
    FlowTable t = FlowTable.builder().build();
    assertThat(t.size()).isZero();
    assertThat(t.total()).isZero();
    assertThat(t.sum(Dimension.REPORTER).size()).isZero();
    assertThat(t.matrix(Dimension.REPORTER, Dimension.PRODUCT).rowCount()).isZero();
  }

  @Test
  void badValuesAreRejected() {
    FlowTableBuilder b = FlowTable.builder();
    assertThatThrownBy(() -> b.add("A", "B", "1", "1", "X", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value = -1.0: expected a finite number ≥ 0");
    assertThatThrownBy(() -> b.add("A", "B", "1", "1", "X", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value = NaN: expected a finite number ≥ 0");
    assertThatThrownBy(() -> b.add("A", "B", "1", "1", "X", Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value = Infinity: expected a finite number ≥ 0");
  }

  @Test
  void badLabelsAreRejected() {
    FlowTableBuilder b = FlowTable.builder();
    assertThatThrownBy(() -> b.add(" ", "B", "1", "1", "X", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reporter = \" \": expected a non-blank label");
    assertThatThrownBy(() -> b.code(Dimension.PRODUCT, "0101 "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("product = \"0101 \": expected a label without leading or trailing white space");
  }

  @Test
  void badCodesAreRejected() {
    FlowTableBuilder b = FlowTable.builder();
    int a = b.code(Dimension.REPORTER, "A");
    assertThatThrownBy(() -> b.addCodes(a, 0, 0, 0, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("partner code = 0: expected a code from 0 to -1 (the dictionary has 0 labels)");
    b.code(Dimension.PARTNER, "B");
    b.code(Dimension.PRODUCT, "1");
    b.code(Dimension.PERIOD, "2022");
    b.code(Dimension.DIRECTION, "X");
    b.addCodes(0, 0, 0, 0, 0, 1);
    assertThatThrownBy(() -> b.addCodes(1, 0, 0, 0, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reporter code = 1: expected a code from 0 to 0 (the dictionary has 1 labels)");
    assertThatThrownBy(() -> b.expectedRows(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows = -1: expected zero or more");
  }

  @Test
  void aBuilderBuildsOnce() {
    FlowTableBuilder b = FlowTable.builder();
    b.build();
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("build() was called: expected a new builder");
    assertThatThrownBy(() -> b.add("A", "B", "1", "1", "X", 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("build() was called: expected a new builder");
  }

  @Test
  void matrixNeedsTwoDimensions() {
    assertThatThrownBy(() -> sample().matrix(Dimension.PRODUCT, Dimension.PRODUCT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows = columns = PRODUCT: expected two different dimensions");
  }

  @Test
  void rowAccessIsBoundsChecked() {
    assertThatThrownBy(() -> sample().value(4)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> sample().label(Dimension.PARTNER, -1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void dimensionLabelsAreLowerCase() {
    assertThat(List.of(Dimension.values()).stream().map(Dimension::label))
        .containsExactly("reporter", "partner", "product", "period", "direction");
  }
}
