package io.github.digitrade.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ByteKeysTest {

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void looksUpARangeOfABufferByItsBytes() {
    ByteKeys k = new ByteKeys();
    byte[] b = bytes("ARG,BRA,ARG");
    assertThat(k.get(b, 0, 3)).isEqualTo(-1);
    k.put(b, 0, 3, 0);
    k.put(b, 4, 7, 1);
    // "ARG" at 8..11 is the same key as at 0..3, whatever buffer holds it
    assertThat(k.get(b, 8, 11)).isZero();
    assertThat(k.get(bytes("xBRAx"), 1, 4)).isEqualTo(1);
    // a prefix, a longer key and the empty key are other keys
    assertThat(k.get(b, 0, 2)).isEqualTo(-1);
    assertThat(k.get(b, 0, 4)).isEqualTo(-1);
    assertThat(k.get(b, 0, 0)).isEqualTo(-1);
    k.put(b, 0, 0, 7);
    assertThat(k.get(b, 5, 5)).isEqualTo(7);
    assertThat(k.size()).isEqualTo(3);
    assertThat(k).hasToString("ByteKeys[3 keys]");
  }

  @Test
  void theKeyIsCopiedSoTheBufferMayChangeAfterwards() {
    ByteKeys k = new ByteKeys();
    byte[] b = bytes("USA");
    k.put(b, 0, 3, 4);
    b[0] = 'X';
    assertThat(k.get(bytes("USA"), 0, 3)).isEqualTo(4);
    assertThat(k.get(b, 0, 3)).isEqualTo(-1);
  }

  @Test
  void aNegativeCodeIsRefused() {
    ByteKeys k = new ByteKeys();
    assertThatThrownBy(() -> k.put(bytes("a"), 0, 1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("code -1")
        .hasMessageContaining("non-negative");
  }

  @Test
  void keysSurviveGrowthFarBeyondTheInitialTable() {
    ByteKeys k = new ByteKeys();
    for (int i = 0; i < 10_000; i++) {
      byte[] b = bytes("C" + i);
      k.put(b, 0, b.length, i);
    }
    assertThat(k.size()).isEqualTo(10_000);
    for (int i = 0; i < 10_000; i++) {
      byte[] b = bytes("C" + i);
      assertThat(k.get(b, 0, b.length)).isEqualTo(i);
    }
    assertThat(k.get(bytes("C10000"), 0, 6)).isEqualTo(-1);
  }

  @Test
  void agreesWithAHashMapOfTheSameKeys() {
    qt().withExamples(300)
        .forAll(lists().of(lists().of(integers().between(-128, 127)).ofSizeBetween(0, 6)).ofSizeBetween(0, 400))
        .checkAssert(
            keys -> {
              ByteKeys k = new ByteKeys();
              Map<String, Integer> m = new HashMap<>();
              for (List<Integer> key : keys) {
                byte[] b = new byte[key.size() + 2];
                for (int x = 0; x < key.size(); x++) {
                  b[x + 1] = (byte) (int) key.get(x);
                }
                String id = key.toString();
                Integer expected = m.get(id);
                assertThat(k.get(b, 1, b.length - 1)).isEqualTo(expected == null ? -1 : expected);
                if (expected == null) {
                  m.put(id, m.size());
                  k.put(b, 1, b.length - 1, m.size() - 1);
                }
              }
              assertThat(k.size()).isEqualTo(m.size());
            });
  }
}
