package io.github.digitrade.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.digitrade.calc.LabeledMatrix;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The two ways {@link GroupBy#matrix} sums: in one pass into the cells of all pairs of codes, or in
 * two passes into the cells of the codes in use. They must give the same matrix bit for bit.
 */
class FlowTableMatrixPassesTest {

  /** A row: reporter and product indices and a value. */
  private record Row(int r, int k, double v) {}

  private static Gen<Row> rows() {
    return integers()
        .between(0, 4)
        .zip(
            integers().between(0, 6),
            doubles().between(0, 1e6).mix(doubles().between(0, 1e-3), 20).mix(
                doubles().between(1e15, 1e17), 10),
            Row::new);
  }

  /** The rows, with {@code unused} reporters and products in the dictionaries but in no row. */
  private static FlowTable table(List<Row> rows, int unused) {
    FlowTableBuilder b = FlowTable.builder();
    for (int u = 0; u < unused; u++) {
      // interleaved with the used ones, so that codes in use are not a prefix of the dictionary
      b.code(Dimension.REPORTER, "U" + u);
      b.code(Dimension.PRODUCT, "9" + u);
    }
    for (Row x : rows) {
      b.add("R" + x.r, "P", "0" + x.k, "2022", "X", x.v);
    }
    return b.build();
  }

  @Test
  void onePassAndTwoPassesGiveTheSameMatrixBitForBit() {
    qt().withExamples(1000)
        .forAll(
            lists().of(rows()).ofSizeBetween(0, 60),
            integers().between(0, 3),
            integers().between(1, 4))
        .checkAssert(
            (list, unused, parts) -> {
              FlowTable t = table(list, unused);
              for (Dimension[] d :
                  new Dimension[][] {
                    {Dimension.REPORTER, Dimension.PRODUCT},
                    {Dimension.PRODUCT, Dimension.REPORTER},
                    // one partner only: a column of code 0 that the table does not store
                    {Dimension.REPORTER, Dimension.PARTNER},
                    {Dimension.PARTNER, Dimension.PRODUCT}
                  }) {
                LabeledMatrix one = GroupBy.matrixInCodes(t, d[0], d[1], parts);
                LabeledMatrix two = GroupBy.matrixOfUsedCodes(t, d[0], d[1], parts);
                assertThat(one).isEqualTo(two);
                for (int r = 0; r < one.rowCount(); r++) {
                  for (int c = 0; c < one.columnCount(); c++) {
                    assertThat(Double.doubleToRawLongBits(one.get(r, c)))
                        .isEqualTo(Double.doubleToRawLongBits(two.get(r, c)));
                  }
                }
              }
            });
  }

  @Test
  void aDictionaryFarLargerThanTheRowsIsSummedOverTheCodesInUse() {
    // 300 × 300 = 90,000 cells of codes for 3 rows: two passes
    FlowTableBuilder b = FlowTable.builder();
    for (int u = 0; u < 300; u++) {
      b.code(Dimension.REPORTER, "U" + u);
      b.code(Dimension.PRODUCT, String.format("%06d", u));
    }
    b.add("IDN", "CHN", "151110", "2022", "X", 2.5);
    b.add("CHN", "IDN", "851712", "2022", "X", 4.0);
    b.add("IDN", "CHN", "151110", "2022", "X", 0.5);
    FlowTable t = b.build();
    LabeledMatrix m = t.matrix(Dimension.REPORTER, Dimension.PRODUCT);
    assertThat(m.rowLabels()).containsExactly("CHN", "IDN");
    assertThat(m.columnLabels()).containsExactly("151110", "851712");
    // IDN 151110: 2.5 + 0.5 = 3; CHN 851712: 4; the other two cells 0
    assertThat(m.toArray()).containsExactly(0.0, 4.0, 3.0, 0.0);
    assertThat(m).isEqualTo(GroupBy.matrixInCodes(t, Dimension.REPORTER, Dimension.PRODUCT, 1));
  }

  @Test
  void manyRowsOverFewCodesAreSummedInOnePassOverTheirCells() {
    FlowTableBuilder b = FlowTable.builder();
    b.code(Dimension.REPORTER, "ATA");
    // 3 × 2 = 6 cells of codes for 12 rows: one pass
    for (int i = 0; i < 6; i++) {
      b.add("IDN", "CHN", "151110", "2022", "X", 2.5);
      b.add("CHN", "IDN", "851712", "2022", "X", 4.0);
    }
    FlowTable t = b.build();
    LabeledMatrix m = t.matrix(Dimension.REPORTER, Dimension.PRODUCT);
    // ATA is in the dictionary and in no row: it is not a row of the matrix
    assertThat(m.rowLabels()).containsExactly("CHN", "IDN");
    // CHN 851712: 6 × 4 = 24; IDN 151110: 6 × 2.5 = 15
    assertThat(m.toArray()).containsExactly(0.0, 24.0, 15.0, 0.0);
    assertThat(m)
        .isEqualTo(GroupBy.matrixOfUsedCodes(t, Dimension.REPORTER, Dimension.PRODUCT, 1));
  }
}
