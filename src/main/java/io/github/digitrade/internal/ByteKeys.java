package io.github.digitrade.internal;

import java.util.Arrays;

/**
 * An open-addressing table from byte strings to non-negative {@code int} codes, looked up by a
 * range of a buffer so that a label read before costs no decoding and no allocation: the label
 * dictionaries of the CSV readers (the flow readers of {@code io} and the factor columns of {@code
 * gravity}). Linear probing, at most half full.
 *
 * <pre>{@code
 * ByteKeys k = new ByteKeys();
 * byte[] b = "ARG,BRA".getBytes(StandardCharsets.UTF_8);
 * k.get(b, 0, 3);      // -1: not yet present
 * k.put(b, 0, 3, 0);
 * k.get(b, 0, 3);      // 0
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class ByteKeys {
  private byte[][] keys = new byte[256][];
  private int[] values = new int[256];
  private int count;

  /** An empty table. */
  public ByteKeys() {}

  private static int hash(byte[] b, int s, int e) {
    int h = 0;
    for (int x = s; x < e; x++) {
      h = 31 * h + b[x];
    }
    return h ^ (h >>> 16);
  }

  /**
   * Returns the code of the bytes {@code b[s, e)}, or -1 if they are not in the table.
   *
   * @param b the buffer
   * @param s where the key starts
   * @param e where it ends, exclusive
   * @return the code, or -1
   */
  public int get(byte[] b, int s, int e) {
    int mask = keys.length - 1;
    int slot = hash(b, s, e) & mask;
    while (true) {
      byte[] key = keys[slot];
      if (key == null) {
        return -1;
      }
      if (Arrays.equals(key, 0, key.length, b, s, e)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Adds the bytes {@code b[s, e)}, copied, with a code; they must not be in the table yet.
   *
   * @param b the buffer
   * @param s where the key starts
   * @param e where it ends, exclusive
   * @param code the code, not negative
   */
  public void put(byte[] b, int s, int e, int code) {
    if (code < 0) {
      throw new IllegalArgumentException("code " + code + ": expected a non-negative code");
    }
    if ((count + 1) * 2 > keys.length) {
      rehash();
    }
    insert(keys, values, Arrays.copyOfRange(b, s, e), code);
    count++;
  }

  /**
   * Returns the number of keys.
   *
   * @return the number of keys
   */
  public int size() {
    return count;
  }

  private static void insert(byte[][] ks, int[] vs, byte[] key, int code) {
    int mask = ks.length - 1;
    int slot = hash(key, 0, key.length) & mask;
    while (ks[slot] != null) {
      slot = (slot + 1) & mask;
    }
    ks[slot] = key;
    vs[slot] = code;
  }

  private void rehash() {
    byte[][] ks = new byte[keys.length * 2][];
    int[] vs = new int[keys.length * 2];
    for (int x = 0; x < keys.length; x++) {
      byte[] key = keys[x];
      if (key != null) {
        insert(ks, vs, key, values[x]);
      }
    }
    keys = ks;
    values = vs;
  }

  /**
   * Returns the size, such as {@code ByteKeys[3 keys]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "ByteKeys[" + count + " keys]";
  }
}
