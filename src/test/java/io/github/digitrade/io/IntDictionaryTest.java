package io.github.digitrade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntDictionaryTest {

  @Test
  void numbersKeysInTheOrderTheyFirstAppear() {
    IntDictionary d = new IntDictionary(2);
    // keys 842, 156, 842, 0, 999999: distinct in order 842, 156, 0, 999999 -> codes 0, 1, 0, 2, 3
    assertThat(d.code(842)).isEqualTo(0);
    assertThat(d.code(156)).isEqualTo(1);
    assertThat(d.code(842)).isEqualTo(0);
    assertThat(d.code(0)).isEqualTo(2);
    assertThat(d.code(999_999)).isEqualTo(3);
    assertThat(d.size()).isEqualTo(4);
    assertThat(d.key(0)).isEqualTo(842);
    assertThat(d.key(3)).isEqualTo(999_999);
    d.clear();
    assertThat(d.size()).isZero();
    assertThat(d.code(156)).isEqualTo(0);
  }

  @Test
  void negativeKeyIsRejected() {
    IntDictionary d = new IntDictionary(8);
    assertThatThrownBy(() -> d.code(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key = -1: expected zero or more");
    assertThat(d.size()).isZero();
  }

  /** Reference: a LinkedHashMap numbering keys by first appearance. */
  private static void checkAgainstReference(IntDictionary d, List<Integer> keys) {
    Map<Integer, Integer> expected = new LinkedHashMap<>();
    List<Integer> codes = new ArrayList<>();
    for (int k : keys) {
      expected.putIfAbsent(k, expected.size());
      codes.add(d.code(k));
    }
    assertThat(codes).isEqualTo(keys.stream().map(expected::get).toList());
    assertThat(d.size()).isEqualTo(expected.size());
    int c = 0;
    for (int k : expected.keySet()) {
      assertThat(d.key(c++)).isEqualTo(k);
    }
  }

  @Test
  void codesAreDenseInFirstAppearanceOrderAndSurviveGrowthAndClear() {
    qt().withExamples(1000)
        .forAll(
            lists().of(integers().between(0, 2_000)).ofSizeBetween(0, 600),
            lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 100))
        .checkAssert(
            (small, large) -> {
              IntDictionary d = new IntDictionary(4);
              checkAgainstReference(d, small);
              d.clear();
              checkAgainstReference(d, large);
              d.clear();
              checkAgainstReference(d, small);
            });
  }
}
