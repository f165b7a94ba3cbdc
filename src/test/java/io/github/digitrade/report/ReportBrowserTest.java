package io.github.digitrade.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Renders the three report kinds (the default brief, a tidy {@code --flows} file and a BACI file)
 * in Debian's headless Chromium and checks them from the live page: no text of a chart leaves
 * its SVG box, no two horizontal labels overlap, every chart has its source line, the page has no
 * horizontal scroll at 1280 and 390 pixels, nothing is loaded from the network, the console has no
 * error, and the CSV and SVG links download what the report holds. Accessibility: every chart has
 * a title and a description, every text has a contrast of 4.5:1 and every line and mark of 3:1
 * (WCAG 2.x, computed in the page). Print: laid out as on A4 (print media at the printable width),
 * every chart fits on one page and avoids page breaks, and the PDF printed has A4 pages.
 *
 * <p>The browser is {@code chromium} with {@code chromedriver} ({@code apt-get install chromium
 * chromium-driver fonts-liberation}; {@code .ci/run} installs them). Under CI ({@code CI=true}) a
 * missing browser fails the test; elsewhere it is skipped with a message on standard error naming
 * the packages to install.
 */
class ReportBrowserTest {

  private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
  private static final String DRIVER =
      System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");

  @TempDir static Path dir;

  private static ChromeDriver driver;
  private static Path downloads;

  @BeforeAll
  static void startBrowser() throws IOException {
    boolean present = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
    if (!present) {
      String why = "ReportBrowserTest needs " + CHROMIUM + " and " + DRIVER
          + " (Debian: apt-get install chromium chromium-driver fonts-liberation)";
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException(why + "; CI=true, so this is a failure");
      }
      System.err.println("SKIPPED: " + why + "; outside CI the browser checks are skipped");
      Assumptions.abort(why);
    }
    downloads = Files.createDirectories(dir.resolve("downloads"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--hide-scrollbars", "--user-data-dir=" + dir.resolve("profile"),
        "--window-size=1280,900");
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("download.default_directory", downloads.toString());
    prefs.put("download.prompt_for_download", false);
    options.setExperimentalOption("prefs", prefs);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  /** Measures every chart on the page; returns one line per problem. */
  private static final String MEASURE =
      """
      const problems = [];
      document.querySelectorAll('figure.chart svg').forEach((svg, n) => {
        const box = svg.getBoundingClientRect();
        const title = svg.querySelector('title').textContent;
        const texts = Array.from(svg.querySelectorAll('text'));
        const flat = [];
        texts.forEach(t => {
          const r = t.getBoundingClientRect();
          if (r.left < box.left - 0.5 || r.right > box.right + 0.5
              || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
            problems.push('chart ' + (n + 1) + ' "' + title + '": text "' + t.textContent
                + '" leaves the chart');
          }
          if (!t.hasAttribute('transform')) {
            flat.push([t, r]);
          }
        });
        for (let i = 0; i < flat.length; i++) {
          for (let j = i + 1; j < flat.length; j++) {
            const a = flat[i][1], b = flat[j][1];
            const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (w > 1 && h > 2) {
              problems.push('chart ' + (n + 1) + ' "' + title + '": "' + flat[i][0].textContent
                  + '" overlaps "' + flat[j][0].textContent + '"');
            }
          }
        }
        if (!texts.some(t => t.textContent.startsWith('Source: '))) {
          problems.push('chart ' + (n + 1) + ' "' + title + '" has no source line');
        }
        if (!svg.querySelector('desc')) {
          problems.push('chart ' + (n + 1) + ' "' + title + '" has no desc');
        }
      });
      return problems.join('\\n');
      """;

  /**
   * Checks contrast from the live page, with the WCAG 2.x formulas of {@link Wcag}: every text of
   * a chart 4.5:1 on white, every line, mark and axis 3:1 (the white background, the grid and the
   * area fill are decoration); every text of the page 4.5:1 on its background; every chart a
   * non-empty title and description.
   */
  private static final String CONTRAST =
      """
      const problems = [];
      const rgb = s => { const m = s.match(/rgba?\\((\\d+), (\\d+), (\\d+)(, ([\\d.]+))?\\)/);
        return m ? {r: +m[1], g: +m[2], b: +m[3], a: m[5] === undefined ? 1 : +m[5]} : null; };
      const lum = c => [c.r, c.g, c.b].map(v => { v /= 255;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
        .reduce((s, v, i) => s + [0.2126, 0.7152, 0.0722][i] * v, 0);
      const ratio = (a, b) => { const x = lum(a), y = lum(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
      const white = {r: 255, g: 255, b: 255, a: 1};
      const decoration = ['rgb(255, 255, 255)', 'rgb(227, 227, 227)', 'rgb(214, 230, 242)'];
      document.querySelectorAll('figure.chart svg').forEach((svg, n) => {
        const title = svg.querySelector(':scope > title');
        const desc = svg.querySelector(':scope > desc');
        if (!title || !title.textContent.trim() || !desc || !desc.textContent.trim()) {
          problems.push('chart ' + (n + 1) + ' lacks a title or a description');
          return;
        }
        const name = 'chart ' + (n + 1) + ' "' + title.textContent + '"';
        svg.querySelectorAll('text').forEach(t => {
          const c = rgb(getComputedStyle(t).fill);
          if (!c || ratio(c, white) < 4.5) {
            problems.push(name + ': text "' + t.textContent + '" in ' + getComputedStyle(t).fill
                + ' has ' + (c ? ratio(c, white).toFixed(2) : '?') + ':1 on white');
          }
        });
        svg.querySelectorAll('line, path, rect, circle, polygon').forEach(e => {
          const style = getComputedStyle(e);
          [style.stroke, style.fill].forEach(v => {
            if (v === 'none' || decoration.includes(v)) { return; }
            const c = rgb(v);
            if (c && c.a > 0 && ratio(c, white) < 3) {
              problems.push(name + ': ' + e.tagName + ' in ' + v + ' has '
                  + ratio(c, white).toFixed(2) + ':1 on white');
            }
          });
        });
      });
      const background = e => { for (; e; e = e.parentElement) {
          const c = rgb(getComputedStyle(e).backgroundColor);
          if (c && c.a > 0) { return c; } }
        return white; };
      document.querySelectorAll('main *:not(svg):not(svg *)').forEach(e => {
        const own = Array.from(e.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
        if (!own || e.closest('svg')) { return; }
        const c = rgb(getComputedStyle(e).color);
        const r = ratio(c, background(e));
        if (r < 4.5) {
          problems.push(e.tagName + ' "' + e.textContent.slice(0, 40) + '" has ' + r.toFixed(2)
              + ':1 on its background');
        }
      });
      return problems.join('\\n');
      """;

  /**
   * In print media at the width of an A4 page less the report's margins (210 - 2 x 14 mm = 688
   * CSS px), every chart fits within one page height (297 - 2 x 14 mm = 1,016 CSS px) and avoids
   * a page break inside it, so that no chart is cut across pages; nothing is wider than the page.
   */
  private static final String PRINT =
      """
      const problems = [];
      const pageHeight = 269 / 25.4 * 96;
      document.querySelectorAll('figure.chart').forEach((f, n) => {
        const box = f.getBoundingClientRect();
        const title = f.querySelector('svg > title').textContent;
        if (box.height > pageHeight) {
          problems.push('chart ' + (n + 1) + ' "' + title + '" is ' + box.height.toFixed(0)
              + ' px tall in print, more than a page of ' + pageHeight.toFixed(0));
        }
        if (getComputedStyle(f).breakInside !== 'avoid') {
          problems.push('chart ' + (n + 1) + ' "' + title + '" may break across pages');
        }
        if (box.right > document.documentElement.clientWidth + 0.5) {
          problems.push('chart ' + (n + 1) + ' "' + title + '" is wider than the page');
        }
      });
      if (document.documentElement.scrollWidth > document.documentElement.clientWidth) {
        problems.push('the page is ' + document.documentElement.scrollWidth + ' px wide in print');
      }
      return problems.join('\\n');
      """;

  private static final String SCROLL =
      "return document.documentElement.scrollWidth + ' ' + window.innerWidth;";

  private static final String NETWORK =
      "return performance.getEntriesByType('resource').map(e => e.name)"
          + ".filter(n => !n.startsWith('data:')).join(' ');";

  private static String run(String script) {
    Object result = ((JavascriptExecutor) driver).executeScript(script);
    return result == null ? "" : result.toString();
  }

  private static void check(Path html) {
    driver.manage().window().setSize(new Dimension(1280, 900));
    driver.get(html.toUri().toString());
    assertThat(run(MEASURE)).as("layout problems in %s", html).isEmpty();
    assertThat(run(CONTRAST)).as("contrast problems in %s", html).isEmpty();
    checkPrint(html);
    String[] scroll = run(SCROLL).split(" ");
    assertThat(Integer.parseInt(scroll[0])).as("page width at 1280 px")
        .isLessThanOrEqualTo(Integer.parseInt(scroll[1]));
    assertThat(run(NETWORK)).as("network requests").isEmpty();
    List<String> errors = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
        errors.add(e.getMessage());
      }
    }
    assertThat(errors).as("console errors and warnings").isEmpty();
    driver.manage().window().setSize(new Dimension(390, 844));
    scroll = run(SCROLL).split(" ");
    assertThat(Integer.parseInt(scroll[0])).as("page width at 390 px")
        .isLessThanOrEqualTo(Integer.parseInt(scroll[1]));
    driver.manage().window().setSize(new Dimension(1280, 900));
  }

  /** The A4 page less the report's 14 mm margins, in CSS pixels of 1/96 inch. */
  private static final int PRINT_WIDTH = (int) Math.floor(182 / 25.4 * 96);

  private static final int PRINT_HEIGHT = (int) Math.floor(269 / 25.4 * 96);

  /**
   * Lays the page out as it prints on A4 (print media at the printable width, through the DevTools
   * protocol), checks that every chart fits on one page and avoids breaks, then prints it to PDF
   * and checks the PDF has A4 pages.
   */
  private static void checkPrint(Path html) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PRINT_WIDTH,
        "height", PRINT_HEIGHT, "deviceScaleFactor", 1, "mobile", false));
    try {
      assertThat(run(PRINT)).as("print problems in %s", html).isEmpty();
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
    Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF",
        Map.of("preferCSSPageSize", true, "printBackground", false));
    byte[] bytes = java.util.Base64.getDecoder().decode(String.valueOf(pdf.get("data")));
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    assertThat(text).startsWith("%PDF-");
    java.util.regex.Matcher boxes = java.util.regex.Pattern.compile(
        "/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]").matcher(text);
    int pages = 0;
    while (boxes.find()) {
      pages++;
      // A4 is 595.28 x 841.89 points
      assertThat(Double.parseDouble(boxes.group(1))).as("page width, pt").isBetween(594.0, 597.0);
      assertThat(Double.parseDouble(boxes.group(2))).as("page height, pt").isBetween(840.0, 844.0);
    }
    assertThat(pages).as("A4 pages in the PDF of %s", html).isPositive();
  }

  private static String download(WebElement link) throws IOException, InterruptedException {
    String name = String.valueOf(link.getAttribute("download"));
    Path file = downloads.resolve(name);
    Files.deleteIfExists(file);
    link.click();
    for (int i = 0; i < 100 && !Files.exists(file); i++) {
      Thread.sleep(100);
    }
    assertThat(file).as("downloaded %s", name).exists();
    // a finished download has its final name; wait until its size holds still
    long size = -1;
    while (Files.size(file) != size) {
      size = Files.size(file);
      Thread.sleep(100);
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void defaultBrief_rendersCleanly_andItsLinksDownloadTheTableAndTheChart() throws Exception {
    Report report = SampleBrief.report();
    Path html = dir.resolve("default.html");
    report.writeHtml(html);
    check(html);
    List<WebElement> csv = driver.findElements(By.cssSelector("a.download-csv"));
    List<WebElement> svg = driver.findElements(By.cssSelector("a.download-svg"));
    assertThat(csv).hasSize(report.tables().size());
    assertThat(svg).hasSize(report.charts().size());
    assertThat(download(csv.get(0))).isEqualTo(report.tables().get(0).toCsv());
    assertThat(download(svg.get(0))).isEqualTo(report.charts().get(0).svg());
  }

  /** Four economies, three years with a gap (2019, 2020, 2022), HS 4-digit products. */
  static Path tidyFile(Path dir) throws IOException {
    StringBuilder s = new StringBuilder("reporter,partner,product,period,direction,value\n");
    String[] countries = {"CHN", "USA", "IDN", "VNM"};
    String[] products = {"8517", "6109", "1511", "8471", "9403"};
    int[] years = {2019, 2020, 2022};
    for (int y = 0; y < years.length; y++) {
      for (int i = 0; i < countries.length; i++) {
        for (int j = 0; j < countries.length; j++) {
          if (i == j) {
            continue;
          }
          for (int k = 0; k < products.length; k++) {
            long v = 1000L * (1 + i) * (2 + j) * (1 + (k * 7 + i * 3) % 5) * (10 + y * (i + 1));
            s.append(countries[i]).append(',').append(countries[j]).append(',')
                .append(products[k]).append(',').append(years[y]).append(",X,").append(v)
                .append('\n');
            s.append(countries[j]).append(',').append(countries[i]).append(',')
                .append(products[k]).append(',').append(years[y]).append(",M,").append(v)
                .append('\n');
          }
        }
      }
    }
    Path file = dir.resolve("flows.csv");
    Files.writeString(file, s.toString(), StandardCharsets.UTF_8);
    return file;
  }

  /** A BACI file of three years: four exporters, six HS6 products, values in thousand USD. */
  static Path baciFile(Path dir) throws IOException {
    StringBuilder s = new StringBuilder("t,i,j,k,v,q\n");
    int[] countries = {156, 842, 360, 704};
    String[] products = {"851712", "847130", "610910", "151110", "940360", "030617"};
    for (int t = 2020; t <= 2022; t++) {
      for (int i = 0; i < countries.length; i++) {
        for (int j = 0; j < countries.length; j++) {
          if (i == j) {
            continue;
          }
          for (int k = 0; k < products.length; k++) {
            long v = 931_100L * (1 + (i * 5 + k * 3 + j) % 7) * (t - 2018) / (1 + k);
            s.append(t).append(',').append(countries[i]).append(',').append(countries[j])
                .append(',').append(products[k]).append(',').append(v).append(".000,")
                .append(v / 10).append('\n');
          }
        }
      }
    }
    Path file = dir.resolve("baci.csv");
    Files.writeString(file, s.toString(), StandardCharsets.UTF_8);
    return file;
  }

  private static Path runMain(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as("exit code; stderr: %s", err.toString(StandardCharsets.UTF_8)).isZero();
    return Path.of(Stream.of(args).dropWhile(a -> !a.equals("--out")).skip(1).findFirst()
        .orElseThrow());
  }

  @Test
  void tidyFlowsReport_rendersCleanly_withItsIndicatorsByYear() throws Exception {
    Path html = runMain("--flows", tidyFile(dir).toString(), "--reporter", "CHN", "--unit",
        "USD", "--scale", "thousand", "--quiet", "--out", dir.resolve("tidy.html").toString());
    check(html);
    String page = driver.getPageSource();
    assertThat(page).contains("Indicators by year").contains("RCA = 1").contains("balance = 0")
        .contains("USD million").contains("Exports of China to its main partners by period")
        .contains("main export products by period");
    WebElement csv = driver.findElements(By.cssSelector("a.download-csv")).get(0);
    assertThat(download(csv)).startsWith("year,exports,imports,balance,exports YoY,imports YoY");
  }

  @Test
  void baciReport_rendersCleanly_inBillionsOfDollars() throws Exception {
    Path html = runMain("--flows", baciFile(dir).toString(), "--format", "baci", "--reporter",
        "CHN", "--quiet", "--out", dir.resolve("baci.html").toString());
    check(html);
    String page = driver.getPageSource();
    // 1,039,000 thousand USD is written USD 1.04 billion: the unit is applied once
    assertThat(page).contains("USD billion").doesNotContain("k thousand").doesNotContain(" k ");
    List<WebElement> svg = driver.findElements(By.cssSelector("a.download-svg"));
    assertThat(download(svg.get(svg.size() - 1))).startsWith("<svg xmlns=");
  }

  @Test
  void flowsReportWithGravity_rendersCleanly_withTheEstimationTables() throws Exception {
    Path html = runMain("--flows", tidyFile(dir).toString(), "--reporter", "CHN", "--unit",
        "USD", "--gravity-panel", CounterfactualSectionTest.panel(), "--counterfactual",
        "no-borders", "--reference", "DEU", "--quiet", "--out",
        dir.resolve("flows-gravity.html").toString());
    check(html);
    String page = driver.getPageSource();
    assertThat(page).contains("Indicators by year").contains("Baseline gravity estimation")
        .contains("Fit of the baseline estimation").contains("Canada: 54.4%");
  }

  @Test
  void counterfactualReport_rendersCleanly_withItsWelfareChart() throws Exception {
    Path html = runMain("--gravity-panel", CounterfactualSectionTest.panel(), "--counterfactual",
        "no-rta:CAN,MEX,USA", "--reference", "DEU", "--counterfactual-year", "1994", "--quiet",
        "--out", dir.resolve("counterfactual.html").toString());
    check(html);
    String page = driver.getPageSource();
    // the NAFTA application: Mexico's real GDP falls by 3.69 % without the agreement
    assertThat(page).contains("Change in real GDP (welfare), full endowment").contains("no change")
        .contains("Mexico: -3.7%");
  }
}
