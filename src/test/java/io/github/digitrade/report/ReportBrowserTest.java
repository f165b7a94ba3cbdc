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
 * error, and the CSV and SVG links download what the report holds.
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
        .contains("USD million");
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
