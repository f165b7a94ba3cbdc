package io.github.digitrade.io;

import io.github.digitrade.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Labels that look alike on screen but are different strings: a label holding a no-break or other
 * Unicode space (CHN followed by U+00A0), a byte order mark or a zero-width character would become a
 * reporter of its own beside {@code CHN}. The readers refuse such a label and show the character.
 */
final class LookalikeLabels {

  private LookalikeLabels() {}

  /** Whether a code point is a space other than the ASCII one, or an invisible format character. */
  private static boolean lookalike(int cp) {
    int type = Character.getType(cp);
    return (type == Character.SPACE_SEPARATOR && cp != ' ')
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /**
   * Returns why a label is refused, or null: {@code "CHN" + U+00A0 holds U+00A0 at index 3, an
   * invisible character: expected a label without it (it would not match CHN)}.
   *
   * @param label the label, stripped of ASCII white space
   * @return the reason, or null if the label is fine
   */
  static @Nullable String problem(String label) {
    for (int i = 0; i < label.length(); ) {
      int cp = label.codePointAt(i);
      if (lookalike(cp)) {
        StringBuilder plain = new StringBuilder();
        label.codePoints().filter(c -> !lookalike(c)).forEach(plain::appendCodePoint);
        return "\""
            + Checks.visible(label)
            + "\" holds "
            + String.format("U+%04X", cp)
            + " at index "
            + i
            + ", an invisible character: expected a label without it (it would not match "
            + plain.toString().strip()
            + ")";
      }
      i += Character.charCount(cp);
    }
    return null;
  }
}
