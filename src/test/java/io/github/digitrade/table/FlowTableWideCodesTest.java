package io.github.digitrade.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.digitrade.calc.LabeledMatrix;
import io.github.digitrade.calc.LabeledVector;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Code columns keep two bytes a row while every code is below 65,536 and take four once a larger
 * code is written ({@link CodeColumn}): every way of adding rows, and every reader of the columns,
 * must see the same codes either way.
 */
class FlowTableWideCodesTest {

  /** More products than 16 bits can number. */
  private static final int PRODUCTS = 70_000;

  private static String product(int i) {
    return String.format("%06d", i);
  }

  /**
   * A builder with the {@link #PRODUCTS} products numbered in order and one reporter ({@code A}),
   * partner ({@code P}), period and direction.
   */
  private static FlowTableBuilder wide() {
    FlowTableBuilder b = FlowTable.builder();
    for (int i = 0; i < PRODUCTS; i++) {
      b.code(Dimension.PRODUCT, product(i));
    }
    b.code(Dimension.REPORTER, "A");
    b.code(Dimension.PARTNER, "P");
    b.code(Dimension.PERIOD, "2022");
    b.code(Dimension.DIRECTION, "X");
    return b;
  }

  @Test
  void rowByRowCodesAbove65535KeepTheirHighBits() {
    FlowTableBuilder b = FlowTable.builder();
    for (int i = 0; i < PRODUCTS; i++) {
      // product i worth i + 1, exported by IDN for even i and by CHN for odd i
      b.add(i % 2 == 0 ? "IDN" : "CHN", "WLD", product(i), "2022", "X", i + 1);
    }
    FlowTable t = b.build();
    assertThat(t.code(Dimension.PRODUCT, 65_535)).isEqualTo(65_535);
    assertThat(t.code(Dimension.PRODUCT, 65_536)).isEqualTo(65_536);
    assertThat(t.code(Dimension.PRODUCT, PRODUCTS - 1)).isEqualTo(PRODUCTS - 1);
    assertThat(t.label(Dimension.PRODUCT, 69_999)).isEqualTo("069999");
    LabeledVector byProduct = t.sum(Dimension.PRODUCT);
    assertThat(byProduct.size()).isEqualTo(PRODUCTS);
    assertThat(byProduct.get("069999")).isEqualTo(70_000.0);
    assertThat(byProduct.get("065536")).isEqualTo(65_537.0);
    // both group-bys over wide codes
    LabeledMatrix m = t.matrix(Dimension.REPORTER, Dimension.PRODUCT);
    assertThat(m).isEqualTo(GroupBy.matrixInCodes(t, Dimension.REPORTER, Dimension.PRODUCT, 2));
    assertThat(m.get("IDN", "069998")).isEqualTo(69_999.0);
    assertThat(m.get("CHN", "069998")).isEqualTo(0.0);
    assertThat(m.get("CHN", "069999")).isEqualTo(70_000.0);
    assertThat(m).isEqualTo(GroupBy.matrixOfUsedCodes(t, Dimension.REPORTER, Dimension.PRODUCT, 2));
    // a filter keeps the high bits of the rows it copies
    FlowTable high = t.filter(Dimension.PRODUCT, p -> p.compareTo("069990") >= 0);
    assertThat(high.size()).isEqualTo(10);
    assertThat(high.code(Dimension.PRODUCT, 0)).isEqualTo(69_990);
    assertThat(high.label(Dimension.PRODUCT, 9)).isEqualTo("069999");
    assertThat(high.labelsPresent(Dimension.PRODUCT)).hasSize(10).startsWith("069990");
  }

  @Test
  void addAllWidensAColumnWithoutChangingTheRowsBefore() {
    FlowTableBuilder b = wide();
    int[] zeros = new int[3];
    // narrow codes first, then a block with one code above 65,535
    b.addAll(zeros, zeros, new int[] {7, 65_535, 3}, zeros, zeros, new double[] {1, 2, 3}, 0, 3);
    b.addAll(zeros, zeros, new int[] {65_536, 5, 69_999}, zeros, zeros, new double[] {4, 5, 6}, 0, 3);
    FlowTable t = b.build();
    int[] codes = new int[t.size()];
    for (int r = 0; r < codes.length; r++) {
      codes[r] = t.code(Dimension.PRODUCT, r);
    }
    assertThat(codes).containsExactly(7, 65_535, 3, 65_536, 5, 69_999);
  }

  @Test
  void addMappedWritesWideCodesFromMapsAndFromASingleCode() {
    FlowTableBuilder b = FlowTable.builder();
    for (int i = 0; i < PRODUCTS; i++) {
      b.code(Dimension.PRODUCT, product(i));
      b.code(Dimension.PARTNER, "P" + i);
    }
    b.code(Dimension.REPORTER, "IDN");
    b.code(Dimension.PERIOD, "2022");
    b.code(Dimension.DIRECTION, "X");
    b.addMapped(
        new int[][] {{}, {}, {0, 1, 0, 2}, {}, {}},
        // every partner is P69999 (a single wide code); products from a map with wide codes
        new int[][] {{0}, {69_999}, {65_540, 12, 69_000}, {0}, {0}},
        new double[] {1, 2, 3, 4},
        0,
        4);
    FlowTable t = b.build();
    for (int r = 0; r < 4; r++) {
      assertThat(t.code(Dimension.PARTNER, r)).isEqualTo(69_999);
    }
    assertThat(List.of(
            t.code(Dimension.PRODUCT, 0), t.code(Dimension.PRODUCT, 1),
            t.code(Dimension.PRODUCT, 2), t.code(Dimension.PRODUCT, 3)))
        .containsExactly(65_540, 12, 65_540, 69_000);
    // 065540: 1 + 3
    assertThat(t.sum(Dimension.PRODUCT).get("065540")).isEqualTo(4.0);
  }

  @Test
  void aColumnReadsBackTheCodesWrittenInAnyOrderOfWidths() {
    qt().withExamples(500)
        .forAll(
            lists()
                .of(integers().between(0, 70_000).mix(integers().between(0, Integer.MAX_VALUE), 10))
                .ofSizeBetween(0, 60),
            integers().between(0, 40))
        .checkAssert(
            (codes, spare) -> {
              CodeColumn c = new CodeColumn(Math.max(1, codes.size() / 2));
              for (int r = 0; r < codes.size(); r++) {
                if (r == c.capacity()) {
                  c.resize(2 * c.capacity() + spare);
                }
                c.set(r, codes.get(r));
              }
              for (int r = 0; r < codes.size(); r++) {
                assertThat(c.get(r)).isEqualTo(codes.get(r));
                assertThat(CodeColumn.code(c.low, c.high, r)).isEqualTo(codes.get(r));
              }
              boolean wide = codes.stream().anyMatch(x -> x > 0xFFFF);
              assertThat(c.high != null).isEqualTo(wide);
            });
  }

  @Test
  void wideCodesByRunFillTheirHighBitsToo() {
    FlowTableBuilder b = wide();
    // products by run: rows 0-2 the code 69,999 (above 65,535), rows 3-4 the code 7
    b.addMapped(
        new int[][] {{}, {}, {0, 1}, {}, {}},
        new boolean[] {false, false, true, false, false},
        new int[] {0, 3},
        2,
        new int[][] {{0}, {0}, {69_999, 7}, {0}, {0}},
        new double[] {1, 2, 3, 4, 5},
        0,
        5);
    FlowTable t = b.build();
    assertThat(t.code(Dimension.PRODUCT, 0)).isEqualTo(69_999);
    assertThat(t.code(Dimension.PRODUCT, 2)).isEqualTo(69_999);
    assertThat(t.code(Dimension.PRODUCT, 3)).isEqualTo(7);
    // 1 + 2 + 3 = 6 and 4 + 5 = 9
    assertThat(t.sum(Dimension.PRODUCT).get(product(69_999))).isEqualTo(6.0);
    assertThat(t.sum(Dimension.PRODUCT).get(product(7))).isEqualTo(9.0);
  }

  @Test
  void reservedColumnsTakeRowsAddedAtOnceAndWideCodes() {
    FlowTableBuilder b = wide();
    b.expectedRows(1 << 20, Dimension.PRODUCT, Dimension.PARTNER);
    // products 69,999 and 3 by row; every row's partner is P (code 0) in a reserved column
    b.addMapped(
        new int[][] {{}, {}, {0, 1, 0}, {}, {}},
        new int[][] {{0}, {0}, {69_999, 3}, {0}, {0}},
        new double[] {1, 2, 4},
        0,
        3);
    FlowTable t = b.build();
    assertThat(t.code(Dimension.PRODUCT, 0)).isEqualTo(69_999);
    assertThat(t.code(Dimension.PRODUCT, 1)).isEqualTo(3);
    // 1 + 4 = 5 and 2
    assertThat(t.sum(Dimension.PRODUCT).get(product(69_999))).isEqualTo(5.0);
    assertThat(t.sum(Dimension.PRODUCT).get(product(3))).isEqualTo(2.0);
    assertThat(t.sum(Dimension.PARTNER).get("P")).isEqualTo(7.0);
  }

}
