package io.github.digitrade.report;

/** Escaping of text for XML, XHTML and SVG output. */
final class Xml {

  private Xml() {}

  /**
   * Escapes text for use in element content or in a double- or single-quoted attribute value.
   *
   * <p>{@code & < > " '} become entities; control characters that XML 1.0 forbids are replaced by
   * U+FFFD so the document stays well-formed whatever the input.
   *
   * @param text the text, not null
   * @return the escaped text, never null
   */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> {
          if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
            s.append('\uFFFD');
          } else if (Character.isSurrogate(c)) {
            if (Character.isHighSurrogate(c)
                && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1))) {
              s.append(c).append(text.charAt(++i));
            } else {
              s.append('\uFFFD');
            }
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.toString();
  }
}
