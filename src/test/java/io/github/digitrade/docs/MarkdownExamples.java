package io.github.digitrade.docs;

import com.google.common.base.Splitter;
import java.util.ArrayList;
import java.util.List;

/** Extracts fenced code blocks of one language from Markdown text. */
final class MarkdownExamples {

  /** A fenced block: its code and the line (1-based) of its first code line. */
  record Block(String code, int line) {}

  private MarkdownExamples() {}

  /**
   * Returns the blocks fenced with {@code ```language} (backticks or tildes, three or more), in
   * order. An unclosed fence is an error, because it would silently hide the rest of the page.
   *
   * @param markdown the page
   * @param language the info string to match, e.g. {@code java}
   * @param origin the page's name, for messages
   * @return the blocks, possibly empty
   */
  static List<Block> extract(String markdown, String language, String origin) {
    List<Block> blocks = new ArrayList<>();
    List<String> lines = Splitter.on('\n').splitToList(markdown.replace("\r\n", "\n"));
    String fence = null;
    boolean wanted = false;
    int start = 0;
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String t = line.strip();
      if (fence == null) {
        if (t.startsWith("```") || t.startsWith("~~~")) {
          char c = t.charAt(0);
          int n = 0;
          while (n < t.length() && t.charAt(n) == c) {
            n++;
          }
          fence = t.substring(0, n);
          String info = t.substring(n).strip();
          int space = info.indexOf(' ');
          wanted = (space < 0 ? info : info.substring(0, space)).equals(language);
          start = i + 2;
          code.setLength(0);
        }
      } else if (t.startsWith(fence) && t.substring(fence.length()).isBlank()) {
        if (wanted) {
          blocks.add(new Block(code.toString(), start));
        }
        fence = null;
      } else if (wanted) {
        code.append(line).append('\n');
      }
    }
    if (fence != null) {
      throw new AssertionError(origin + " line " + (start - 1) + ": code fence is never closed");
    }
    return blocks;
  }
}
