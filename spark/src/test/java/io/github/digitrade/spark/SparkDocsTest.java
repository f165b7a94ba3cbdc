package io.github.digitrade.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Splitter;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Runs the {@code jshell} blocks of {@code docs/spark.md} in JShell, in this JVM, the way a user
 * pastes them: the first failing snippet fails the test with its line.
 */
class SparkDocsTest {

  private static final Path PAGE = Path.of("..", "docs", "spark.md");

  @Test
  void test_sparkPage_examplesRun() throws IOException {
    // the suite's session exists first, so the page's getOrCreate() finds it
    Spark.session();
    List<String> lines = Files.readAllLines(PAGE, StandardCharsets.UTF_8);
    List<String> values = new ArrayList<>();
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
    int blocks = 0;
    try (JShell shell = JShell.builder().executionEngine("local").out(out).err(out).build()) {
      for (String entry :
          Splitter.on(File.pathSeparatorChar)
              .omitEmptyStrings()
              .split(System.getProperty("java.class.path"))) {
        shell.addToClasspath(entry);
      }
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).strip().equals("```jshell")) {
          continue;
        }
        blocks++;
        int start = i + 2;
        StringBuilder code = new StringBuilder();
        for (i++; !lines.get(i).strip().equals("```"); i++) {
          code.append(lines.get(i)).append('\n');
        }
        values.addAll(run(shell, code.toString(), start));
      }
    }
    assertThat(blocks).as("jshell blocks in " + PAGE).isPositive();
    // the page's figures, as its comments state them
    assertThat(values)
        .contains(
            "10000",
            "[2022]",
            "100.0",
            "{REPORTER_GROUP=1, PARTNER_WORLD=1, COMMODITY_TOTAL=1, TRANSPORT_MODE=1}",
            "[preliminary, revised]",
            "1920.0");
  }

  private static List<String> run(JShell shell, String source, int firstLine) {
    List<String> values = new ArrayList<>();
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String remaining = source;
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
        break;
      }
      assertThat(info.completeness().isComplete())
          .as("docs/spark.md block at line %d: incomplete snippet %s", firstLine, remaining)
          .isTrue();
      for (SnippetEvent e : shell.eval(info.source())) {
        if (e.causeSnippet() != null) {
          continue;
        }
        String where = "docs/spark.md block at line " + firstLine + ": " + info.source().strip();
        assertThat(e.status()).as(where + "\n" + diagnostics(shell, e.snippet()))
            .isIn(Snippet.Status.VALID, Snippet.Status.OVERWRITTEN);
        assertThat(e.exception()).as(where).isNull();
        if (e.value() != null) {
          values.add(e.value());
        }
      }
      remaining = info.remaining();
    }
    return values;
  }

  private static String diagnostics(JShell shell, Snippet s) {
    StringBuilder b = new StringBuilder();
    shell.diagnostics(s).forEach(d -> b.append(d.getMessage(java.util.Locale.ROOT)).append('\n'));
    return b.toString();
  }
}
