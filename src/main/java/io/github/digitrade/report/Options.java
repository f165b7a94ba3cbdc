package io.github.digitrade.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The parsed command line of {@link Main}. Parsing is strict: an unknown option, a missing or bad
 * value, or a repeated option is a {@link UsageException} with one line saying what was wrong.
 */
record Options(
    Optional<Path> flows,
    String format,
    Optional<String> reporter,
    OptionalInt year,
    Optional<String> unit,
    OptionalDouble scale,
    Path out,
    boolean help,
    boolean briefOnly,
    boolean quiet,
    Optional<CounterfactualSection.Request> counterfactual) {

  static final String DEFAULT_OUT = "digitrade-report.html";
  static final List<String> FORMATS = io.github.digitrade.io.FlowFormat.names();
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
  private static final String COUNTERFACTUALS = "no-borders or no-rta:ISO3,ISO3,... such as"
      + " no-rta:CAN,MEX,USA";

  static final String USAGE =
      String.join(
          "\n",
          "Usage: digitrade [options]",
          "",
          "With no options, prints a brief computed from the embedded sample data (China's",
          "cross-border e-commerce and digitally deliverable services trade, currency conversion,",
          "pilot zones, partner groups, platforms) and writes it as an HTML report with charts.",
          "",
          "Options:",
          "  --flows FILE       analyse a file of trade flows instead of the sample data",
          "  --format FORMAT    the layout of --flows: tidy (default), baci or comtrade",
          "  --reporter ISO3    the reporting economy to analyse, e.g. CHN (required with --flows)",
          "  --year YYYY        the year to analyse (default: the latest year in the file)",
          "  --unit UNIT        the unit of a tidy file's values: a currency code such as USD,",
          "                     or any unit such as tonnes (baci and comtrade files are USD)",
          "  --scale N          how many units one value of a tidy file is: 1 (default), 1000,",
          "                     thousand, million or billion; e.g. --unit USD --scale thousand",
          "  --out FILE         where to write the HTML report (default: " + DEFAULT_OUT + "); an",
          "                     existing file is replaced; it may not be the --flows file",
          "  --gravity-panel FILE",
          "                     a pair x year gravity panel (CSV, may be gzipped; one row per",
          "                     exporter, importer and year, intra-national trade included) with",
          "                     columns exporter, importer, year, trade, DIST, CNTG, and LANG, CLNY,",
          "                     RTA for no-rta; adds the baseline gravity estimation (coefficients,",
          "                     standard errors, fit, observations left out) and a general-",
          "                     equilibrium counterfactual section; with --flows, after the brief",
          "  --counterfactual WHAT",
          "                     the counterfactual on --gravity-panel: no-borders (remove every",
          "                     international border, keeping distance and contiguity) or",
          "                     no-rta:ISO3,ISO3,... (set RTA to 0 on the pairs among these",
          "                     countries, with exporter-year, importer-year and pair effects)",
          "  --sigma S          elasticity of substitution, greater than 1 (default 7)",
          "  --reference ISO3   the country whose inward multilateral resistance is 1, e.g. DEU",
          "                     (required with --gravity-panel)",
          "  --counterfactual-year YYYY",
          "                     the year of the panel to compute the counterfactual on (default:",
          "                     the latest year in the panel)",
          "  --brief-only       print the brief, do not write the HTML report",
          "  --quiet            do not print the brief or progress; only write the HTML report",
          "  --help             show this help and exit",
          "",
          "Options take their value as the next argument or after '=' (--year=2023).",
          "Exit codes: 0 success, 1 the data could not be read or analysed, 2 bad command line.",
          "");

  /**
   * Parses the arguments.
   *
   * @param args the command-line arguments, not null
   * @return the options, never null
   * @throws UsageException if an option is unknown, repeated, lacks its value or has a bad value
   */
  static Options parse(List<String> args) throws UsageException {
    Path flows = null;
    String format = null;
    String reporter = null;
    Integer year = null;
    String unit = null;
    Double scale = null;
    Path out = null;
    boolean help = false;
    boolean briefOnly = false;
    boolean quiet = false;
    Path panel = null;
    CounterfactualSection.Scenario scenario = null;
    Double sigma = null;
    String reference = null;
    Integer cfYear = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      switch (name) {
        case "--help", "-h" -> {
          noValue(name, value);
          help = true;
        }
        case "--brief-only" -> {
          noValue(name, value);
          briefOnly = once(name, briefOnly);
        }
        case "--quiet" -> {
          noValue(name, value);
          quiet = once(name, quiet);
        }
        case "--flows", "--format", "--reporter", "--year", "--unit", "--scale", "--out",
            "--gravity-panel", "--counterfactual", "--sigma", "--reference",
            "--counterfactual-year" -> {
          if (value == null) {
            if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
              throw new UsageException("option " + name + " needs a value: " + what(name));
            }
            value = args.get(++i);
          }
          if (value.isBlank()) {
            throw new UsageException("option " + name + " has an empty value: " + what(name));
          }
          switch (name) {
            case "--flows" -> flows = once(name, flows, Path.of(value));
            case "--format" -> format = once(name, format, format(value));
            case "--reporter" -> reporter = once(name, reporter, reporter(value));
            case "--year" -> year = once(name, year, year(name, value));
            case "--gravity-panel" -> panel = once(name, panel, Path.of(value));
            case "--counterfactual" -> scenario = once(name, scenario, scenario(value));
            case "--sigma" -> sigma = once(name, sigma, sigma(value));
            case "--reference" -> reference = once(name, reference, iso3(name, value));
            case "--counterfactual-year" -> cfYear = once(name, cfYear, year(name, value));
            case "--unit" -> unit = once(name, unit, unit(value));
            case "--scale" -> scale = once(name, scale, scale(value));
            default -> out = once(name, out, Path.of(value));
          }
        }
        default -> {
          if (arg.startsWith("-")) {
            throw new UsageException("unknown option " + name);
          }
          throw new UsageException(
              "unexpected argument \"" + arg + "\": expected options only, e.g. --flows " + arg);
        }
      }
    }
    if (flows == null) {
      String dependent =
          format != null ? "--format" : reporter != null ? "--reporter" : year != null ? "--year"
              : unit != null ? "--unit" : scale != null ? "--scale" : "";
      if (!dependent.isEmpty()) {
        throw new UsageException("option " + dependent + " applies to --flows: give --flows FILE");
      }
    } else if (reporter == null && !help) {
      throw new UsageException("option --flows needs --reporter ISO3, e.g. --reporter CHN");
    }
    CounterfactualSection.Request request = null;
    if (panel == null) {
      String dependent =
          scenario != null ? "--counterfactual" : sigma != null ? "--sigma"
              : reference != null ? "--reference" : cfYear != null ? "--counterfactual-year" : "";
      if (!dependent.isEmpty()) {
        throw new UsageException(
            "option " + dependent + " applies to --gravity-panel: give --gravity-panel FILE");
      }
    } else if (!help) {
      if (scenario == null) {
        throw new UsageException(
            "option --gravity-panel needs --counterfactual WHAT: " + COUNTERFACTUALS);
      }
      if (reference == null) {
        throw new UsageException(
            "option --gravity-panel needs --reference ISO3, the country whose inward"
                + " resistance is 1, e.g. --reference DEU");
      }
      request = new CounterfactualSection.Request(
          panel, scenario, sigma == null ? 7 : sigma, reference,
          cfYear == null ? OptionalInt.empty() : OptionalInt.of(cfYear));
    }
    if (flows != null && format != null && !format.equals("tidy")
        && (unit != null || scale != null)) {
      throw new UsageException("option " + (unit != null ? "--unit" : "--scale")
          + " applies to tidy files: a " + format + " file's values are in "
          + io.github.digitrade.io.FlowFormat.named(format).valueUnit());
    }
    if (briefOnly && quiet) {
      throw new UsageException("--brief-only and --quiet together would output nothing");
    }
    if (briefOnly && out != null) {
      throw new UsageException("--brief-only writes no report, so --out has no effect");
    }
    return new Options(
        Optional.ofNullable(flows),
        format == null ? "tidy" : format,
        Optional.ofNullable(reporter),
        year == null ? OptionalInt.empty() : OptionalInt.of(year),
        Optional.ofNullable(unit),
        scale == null ? OptionalDouble.empty() : OptionalDouble.of(scale),
        out == null ? Path.of(DEFAULT_OUT) : out,
        help,
        briefOnly,
        quiet,
        Optional.ofNullable(request));
  }

  private static String what(String name) {
    return switch (name) {
      case "--flows" -> "a file of trade flows";
      case "--format" -> "one of " + String.join(", ", FORMATS);
      case "--reporter" -> "an ISO 3166-1 alpha-3 code such as CHN";
      case "--year", "--counterfactual-year" -> "a year such as 2023";
      case "--gravity-panel" -> "a CSV file of a gravity panel";
      case "--counterfactual" -> COUNTERFACTUALS;
      case "--sigma" -> "an elasticity of substitution greater than 1, such as 7";
      case "--reference" -> "an ISO 3166-1 alpha-3 code such as DEU";
      case "--unit" -> "a unit such as USD or tonnes";
      case "--scale" -> "1, 1000, thousand, million or billion";
      default -> "a file name such as report.html";
    };
  }

  private static void noValue(String name, @Nullable String value) throws UsageException {
    if (value != null) {
      throw new UsageException("option " + name + " takes no value, got \"" + value + "\"");
    }
  }

  private static boolean once(String name, boolean already) throws UsageException {
    if (already) {
      throw new UsageException("option " + name + " is given twice: expected it once");
    }
    return true;
  }

  private static <T> T once(String name, @Nullable T already, T value) throws UsageException {
    if (already != null) {
      throw new UsageException("option " + name + " is given twice: expected it once");
    }
    return value;
  }

  private static String format(String value) throws UsageException {
    String v = value.toLowerCase(Locale.ROOT);
    if (!FORMATS.contains(v)) {
      throw new UsageException(
          "option --format = \"" + value + "\": expected one of " + String.join(", ", FORMATS));
    }
    return v;
  }

  private static String reporter(String value) throws UsageException {
    return iso3("--reporter", value);
  }

  private static String iso3(String name, String value) throws UsageException {
    String v = value.toUpperCase(Locale.ROOT);
    if (!ISO3.matcher(v).matches()) {
      throw new UsageException(
          "option " + name + " = \"" + value + "\": expected an ISO 3166-1 alpha-3 code such as "
              + (name.equals("--reporter") ? "CHN" : "DEU"));
    }
    return v;
  }

  private static int year(String name, String value) throws UsageException {
    if (!YEAR.matcher(value).matches()) {
      throw new UsageException(
          "option " + name + " = \"" + value + "\": expected a year such as 2023");
    }
    int y = Integer.parseInt(value);
    if (y < 1900 || y > 2100) {
      throw new UsageException(
          "option " + name + " = " + y + ": expected a year from 1900 to 2100");
    }
    return y;
  }

  private static double sigma(String value) throws UsageException {
    double s;
    try {
      s = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new UsageException(
          "option --sigma = \"" + value + "\": expected a number greater than 1, such as 7");
    }
    if (!(s > 1) || Double.isInfinite(s)) {
      throw new UsageException(
          "option --sigma = " + value + ": expected an elasticity of substitution greater than 1,"
              + " such as 7");
    }
    return s;
  }

  private static CounterfactualSection.Scenario scenario(String value) throws UsageException {
    String v = value.toLowerCase(Locale.ROOT);
    if (v.equals("no-borders")) {
      return new CounterfactualSection.Scenario(CounterfactualSection.Kind.NO_BORDERS, List.of());
    }
    if (v.startsWith("no-rta:")) {
      java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>();
      for (String c : value.substring("no-rta:".length()).split(",", -1)) {
        String code = c.strip().toUpperCase(Locale.ROOT);
        if (!ISO3.matcher(code).matches()) {
          throw new UsageException(
              "option --counterfactual = \"" + value + "\": \"" + c.strip()
                  + "\" is not an ISO 3166-1 alpha-3 code: expected " + COUNTERFACTUALS);
        }
        if (!codes.add(code)) {
          throw new UsageException(
              "option --counterfactual = \"" + value + "\": " + code + " is listed twice");
        }
      }
      if (codes.size() < 2) {
        throw new UsageException(
            "option --counterfactual = \"" + value + "\" selects no pair: expected at least two"
                + " countries, such as no-rta:CAN,MEX,USA");
      }
      return new CounterfactualSection.Scenario(
          CounterfactualSection.Kind.NO_RTA, List.copyOf(codes));
    }
    throw new UsageException(
        "option --counterfactual = \"" + value + "\": expected " + COUNTERFACTUALS);
  }

  private static String unit(String value) throws UsageException {
    String v = value.strip();
    if (v.length() > 40 || v.chars().anyMatch(Character::isISOControl)) {
      throw new UsageException("option --unit = \"" + value
          + "\": expected a short unit such as USD or tonnes");
    }
    return v;
  }

  private static double scale(String value) throws UsageException {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "thousand" -> {
        return 1e3;
      }
      case "million" -> {
        return 1e6;
      }
      case "billion" -> {
        return 1e9;
      }
      default -> {
        try {
          double d = Double.parseDouble(value);
          if (d > 0 && Double.isFinite(d) && value.matches("[0-9.eE+]+")) {
            return d;
          }
        } catch (NumberFormatException e) {
          // reported below
        }
        throw new UsageException("option --scale = \"" + value
            + "\": expected a positive number such as 1 or 1000, or thousand, million, billion");
      }
    }
  }

  /** A command line that cannot be run, with a one-line message for the user. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
