package io.github.digitrade.report;

import com.google.common.collect.ImmutableList;
import io.github.digitrade.internal.Checks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report: a title, sections of paragraphs, tables and charts, and the conventions it follows,
 * rendered as a plain-text brief ({@link #toText()}) and as one self-contained HTML file ({@link
 * #toHtml()}).
 *
 * <p>The HTML has its CSS inline and its charts as inline SVG: it loads no fonts, scripts, images or
 * styles from the network, so it can be mailed, archived or opened offline. It is also well-formed
 * XML (XHTML syntax in an HTML5 document), which makes it easy to check mechanically. Output is
 * deterministic: the same report gives the same bytes, with no timestamps.
 *
 * <pre>{@code
 * Report r = Report.builder("China digital trade")
 *     .section("Cross-border e-commerce")
 *     .paragraph("CBEC trade reached 1,690 billion CNY in 2020.")
 *     .table(table)
 *     .chart(chart)
 *     .conventions(List.of("Growth is year on year, as a fraction shown in %."))
 *     .build();
 * r.writeHtml(Path.of("report.html"));
 * System.out.print(r.toText());
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; the builder is not thread-safe.
 */
public final class Report {

  private static final int WRAP = 100;

  private static final String CSS =
      """
      body { font-family: Helvetica, Arial, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei',
        sans-serif; color: #222; background: #f6f7f9;
        margin: 0; line-height: 1.45; }
      main { max-width: 820px; margin: 0 auto; padding: 24px 28px 40px; background: #fff; }
      h1 { font-size: 26px; margin: 8px 0 4px; }
      h2 { font-size: 19px; margin: 32px 0 8px; padding-bottom: 4px;
        border-bottom: 2px solid #1f5f8b; }
      p.subtitle { color: #555; margin-top: 0; }
      figure { margin: 16px 0; }
      figure svg { display: block; box-sizing: border-box; max-width: 100%; height: auto;
        border: 1px solid #e3e3e3; }
      div.table { max-width: 100%; overflow-x: auto; }
      table { border-collapse: collapse; margin: 12px 0 4px; font-size: 14px; }
      caption { text-align: left; font-weight: bold; padding-bottom: 4px; }
      caption .unit { font-weight: normal; color: #555; }
      th, td { padding: 3px 10px; border-bottom: 1px solid #e3e3e3; vertical-align: top; }
      th { text-align: left; background: #eef3f7; }
      td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
      p.source { font-size: 12px; color: #555; margin: 0 0 16px; }
      ul.conventions li { margin-bottom: 4px; }
      footer { font-size: 12px; color: #767676; margin-top: 32px; }
      p.take-out { font-size: 12px; margin: 2px 0 16px; }
      p.take-out a { color: #1f4e79; margin-right: 10px; }
      @media (max-width: 600px) { main { padding: 12px 10px 24px; } }
      @page { size: A4; margin: 14mm; }
      @media print {
        body { background: #fff; }
        main { max-width: none; padding: 0; }
        figure, table, div.table { break-inside: avoid; page-break-inside: avoid; }
        figure svg { width: auto; max-height: 250mm; }
        h2 { break-after: avoid; page-break-after: avoid; }
        p.take-out { display: none; }
        div.table { overflow: visible; }
      }
      """;

  private final String title;
  private final String subtitle;
  private final ImmutableList<Block> blocks;
  private final ImmutableList<String> conventions;

  private Report(Builder b) {
    this.title = b.title;
    this.subtitle = b.subtitle;
    this.blocks = ImmutableList.copyOf(b.blocks);
    this.conventions = ImmutableList.copyOf(b.conventions);
  }

  /**
   * Returns a builder for a report with this title.
   *
   * @param title the report title, not blank
   * @return a new builder, never null
   * @throws IllegalArgumentException if the title is blank
   */
  public static Builder builder(String title) {
    return new Builder(notBlank(title, "title", "a report title"));
  }

  /**
   * Returns the title.
   *
   * @return the title, never null
   */
  public String title() {
    return title;
  }

  /**
   * Returns the tables, in order.
   *
   * @return the tables, never null
   */
  public ImmutableList<Table> tables() {
    ImmutableList.Builder<Table> b = ImmutableList.builder();
    for (Block block : blocks) {
      if (block instanceof TableBlock t) {
        b.add(t.table());
      }
    }
    return b.build();
  }

  /**
   * Returns the charts, in order.
   *
   * @return the charts, never null
   */
  public ImmutableList<Chart> charts() {
    ImmutableList.Builder<Chart> b = ImmutableList.builder();
    for (Block block : blocks) {
      if (block instanceof ChartBlock c) {
        b.add(c.chart());
      }
    }
    return b.build();
  }

  /**
   * Returns the conventions the report states.
   *
   * @return the conventions, never null, possibly empty
   */
  public ImmutableList<String> conventions() {
    return conventions;
  }

  /**
   * Returns the report as plain text for a terminal: headings, paragraphs wrapped at 100 columns,
   * tables with aligned columns, and the conventions. Charts are left to the HTML report.
   *
   * @return the text, ending with a line break, never null
   */
  public String toText() {
    StringBuilder s = new StringBuilder();
    s.append(title).append('\n').append("=".repeat(Math.min(WRAP, title.length()))).append('\n');
    if (!subtitle.isEmpty()) {
      wrap(s, subtitle, "");
    }
    for (Block block : blocks) {
      if (block instanceof Heading h) {
        s.append('\n').append(h.text()).append('\n');
        s.append("-".repeat(Math.min(WRAP, h.text().length()))).append('\n');
      } else if (block instanceof Paragraph p) {
        wrap(s, p.text(), "");
      } else if (block instanceof TableBlock t) {
        s.append('\n').append(t.table().toText());
      }
    }
    if (!conventions.isEmpty()) {
      s.append("\nConventions\n-----------\n");
      for (String c : conventions) {
        wrap(s, c, "- ");
      }
    }
    return s.toString();
  }

  private static void wrap(StringBuilder s, String text, String bullet) {
    String indent = " ".repeat(bullet.length());
    StringBuilder line = new StringBuilder(bullet);
    boolean empty = true;
    for (String word : text.split(" ", -1)) {
      if (word.isEmpty()) {
        continue;
      }
      if (!empty && line.length() + 1 + word.length() > WRAP) {
        s.append(line).append('\n');
        line = new StringBuilder(indent);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    s.append(line).append('\n');
  }

  /**
   * Returns the report as one self-contained HTML5 document in XHTML syntax (well-formed XML), with
   * inline CSS and inline SVG charts and no network resources.
   *
   * @return the document, never null
   */
  public String toHtml() {
    StringBuilder s = new StringBuilder(32_768);
    s.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n");
    s.append("<meta charset=\"utf-8\"/>\n");
    s.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    s.append("<meta name=\"generator\" content=\"digitrade\"/>\n");
    s.append("<title>").append(Xml.escape(title)).append("</title>\n");
    s.append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n<main>\n");
    s.append("<h1>").append(Xml.escape(title)).append("</h1>\n");
    int tables = 0;
    int charts = 0;
    if (!subtitle.isEmpty()) {
      s.append("<p class=\"subtitle\">").append(Xml.escape(subtitle)).append("</p>\n");
    }
    for (Block block : blocks) {
      if (block instanceof Heading h) {
        s.append("<h2>").append(Xml.escape(h.text())).append("</h2>\n");
      } else if (block instanceof Paragraph p) {
        s.append("<p>").append(Xml.escape(p.text())).append("</p>\n");
      } else if (block instanceof TableBlock t) {
        html(s, t.table(), ++tables);
      } else if (block instanceof ChartBlock c) {
        charts++;
        s.append("<figure class=\"chart\" id=\"chart-").append(charts).append("\">\n")
            .append(c.chart().svg()).append("</figure>\n");
        s.append("<p class=\"take-out\"><a class=\"download-svg\" download=\"")
            .append(fileName(c.chart().title(), "chart-" + charts)).append(".svg\" href=\"")
            .append(dataUri("image/svg+xml", c.chart().svg()))
            .append("\">SVG</a></p>\n");
      }
    }
    if (!conventions.isEmpty()) {
      s.append("<h2 id=\"conventions\">Conventions</h2>\n<ul class=\"conventions\">\n");
      for (String c : conventions) {
        s.append("<li>").append(Xml.escape(c)).append("</li>\n");
      }
      s.append("</ul>\n");
    }
    s.append("<footer>Written by digitrade, an open-source Java library for digital-trade")
        .append(" statistics. Every figure above is computed by the library from the data named")
        .append(" in each table's source line.</footer>\n");
    s.append("</main>\n</body>\n</html>\n");
    return s.toString();
  }

  private static void html(StringBuilder s, Table t, int number) {
    s.append("<div class=\"table\" id=\"table-").append(number).append("\"><table>\n<caption>")
        .append(Xml.escape(t.caption()))
        .append(" <span class=\"unit\">(")
        .append(Xml.escape(t.unit()))
        .append(")</span></caption>\n<thead><tr>");
    for (int c = 0; c < t.columns().size(); c++) {
      s.append(t.isNumeric(c) ? "<th class=\"num\">" : "<th>")
          .append(Xml.escape(t.columns().get(c)))
          .append("</th>");
    }
    s.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : t.rows()) {
      s.append("<tr>");
      for (int c = 0; c < row.size(); c++) {
        s.append(t.isNumeric(c) ? "<td class=\"num\">" : "<td>")
            .append(Xml.escape(row.get(c)))
            .append("</td>");
      }
      s.append("</tr>\n");
    }
    s.append("</tbody>\n</table></div>\n<p class=\"source\">Unit: ")
        .append(Xml.escape(t.unit()))
        .append(". Source: ")
        .append(Xml.escape(t.source()))
        .append(" <a class=\"download-csv\" download=\"")
        .append(fileName(t.caption(), "table-" + number)).append(".csv\" href=\"")
        .append(dataUri("text/csv;charset=utf-8", t.toCsv()))
        .append("\">CSV</a></p>\n");
  }

  /** A {@code data:} URI of text in UTF-8, base64-encoded, so that it needs no escaping. */
  static String dataUri(String mediaType, String text) {
    return "data:" + mediaType + ";base64,"
        + java.util.Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A file name from a caption: lower-case ASCII letters and digits joined by hyphens, at most 60
   * characters, or the fallback when none is left.
   */
  static String fileName(String caption, String fallback) {
    String name = java.text.Normalizer.normalize(caption, java.text.Normalizer.Form.NFKD)
        .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    if (name.length() > 60) {
      name = name.substring(0, 60).replaceAll("-+$", "");
    }
    return name.isEmpty() ? fallback : name;
  }

  /**
   * Writes {@link #toHtml()} to a file in UTF-8, replacing it if it exists. The report is written
   * to a temporary file in the same directory first and then moved into place, so a failure never
   * leaves a half-written report (nor destroys the file it was to replace).
   *
   * @param file the file to write, not null; its directory must exist
   * @throws IOException if the file cannot be written
   */
  public void writeHtml(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Path absolute = file.toAbsolutePath();
    Path dir = absolute.getParent();
    Path temp =
        Files.createTempFile(dir == null ? Path.of(".") : dir, ".digitrade-report-", ".html.tmp");
    try {
      Files.writeString(temp, toHtml(), StandardCharsets.UTF_8);
      try {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Returns a one-line description such as {@code Report{"China digital trade", 5 sections, 4
   * tables, 3 charts}}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    long sections = blocks.stream().filter(b -> b instanceof Heading).count();
    return "Report{\""
        + title
        + "\", "
        + sections
        + " sections, "
        + tables().size()
        + " tables, "
        + charts().size()
        + " charts}";
  }

  /**
   * Returns this report with the blocks and conventions of another appended; the title and subtitle
   * stay this report's.
   *
   * @param more the report whose sections are appended, not null
   * @return the longer report, never null
   */
  Report append(Report more) {
    Builder b = new Builder(title);
    b.subtitle = subtitle;
    b.blocks.addAll(blocks);
    b.blocks.addAll(more.blocks);
    b.conventions.addAll(conventions);
    b.conventions.addAll(more.conventions);
    return b.build();
  }

  /** Returns {@code text}, or rejects blank text naming the argument and what was expected. */
  static String notBlank(String text, String name, String expected) {
    return Checks.notBlank(name, text, expected);
  }

  private sealed interface Block permits Heading, Paragraph, TableBlock, ChartBlock {}

  private record Heading(String text) implements Block {}

  private record Paragraph(String text) implements Block {}

  private record TableBlock(Table table) implements Block {}

  private record ChartBlock(Chart chart) implements Block {}

  /**
   * Builds a {@link Report} block by block, in reading order.
   *
   * <p>Not thread-safe.
   */
  public static final class Builder {
    private final String title;
    private String subtitle = "";
    private final List<Block> blocks = new ArrayList<>();
    private final List<String> conventions = new ArrayList<>();

    private Builder(String title) {
      this.title = title;
    }

    /**
     * Sets a line shown under the title, such as the data set and period.
     *
     * @param text the subtitle, not blank
     * @return this builder
     * @throws IllegalArgumentException if the text is blank
     */
    public Builder subtitle(String text) {
      this.subtitle = notBlank(text, "subtitle", "a line shown under the title");
      return this;
    }

    /**
     * Starts a section with this heading.
     *
     * @param heading the heading, not blank
     * @return this builder
     * @throws IllegalArgumentException if the heading is blank
     */
    public Builder section(String heading) {
      blocks.add(new Heading(notBlank(heading, "heading", "a section heading")));
      return this;
    }

    /**
     * Adds a paragraph of plain text; markup characters are shown as typed.
     *
     * @param text the paragraph, not blank
     * @return this builder
     * @throws IllegalArgumentException if the text is blank
     */
    public Builder paragraph(String text) {
      blocks.add(new Paragraph(notBlank(text, "paragraph", "some text")));
      return this;
    }

    /**
     * Adds a table.
     *
     * @param table the table, not null
     * @return this builder
     */
    public Builder table(Table table) {
      blocks.add(new TableBlock(Objects.requireNonNull(table, "table")));
      return this;
    }

    /**
     * Adds a chart (HTML only; the text brief leaves charts out).
     *
     * @param chart the chart, not null
     * @return this builder
     */
    public Builder chart(Chart chart) {
      blocks.add(new ChartBlock(Objects.requireNonNull(chart, "chart")));
      return this;
    }

    /**
     * Adds conventions the report follows, shown in a closing "Conventions" section.
     *
     * @param items one sentence each, none blank
     * @return this builder
     * @throws IllegalArgumentException if an item is blank
     */
    public Builder conventions(List<String> items) {
      for (int i = 0; i < items.size(); i++) {
        conventions.add(notBlank(items.get(i), "conventions[" + i + "]", "a sentence"));
      }
      return this;
    }

    /**
     * Returns the report.
     *
     * @return the report, never null
     */
    public Report build() {
      return new Report(this);
    }
  }
}
