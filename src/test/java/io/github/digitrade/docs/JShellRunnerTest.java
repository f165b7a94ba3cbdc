package io.github.digitrade.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JShellRunnerTest {

  @Test
  void run_evaluatesSnippetsInOneSessionAndSkipsCommands() {
    try (JShellRunner r = new JShellRunner()) {
      String src =
          """
          import io.github.digitrade.calc.Sums;
          // a comment
          double[] xs = {1e100, 1.0, -1e100};
          /imports
          Sums.sum(xs)
          """;
      assertThat(r.run(src, "t.jsh", 1)).endsWith("1.0");
      assertThat(r.snippets()).isEqualTo(3);
    }
  }

  @Test
  void run_compileError_namesOriginLineAndSnippet() {
    try (JShellRunner r = new JShellRunner()) {
      assertThatThrownBy(() -> r.run("int a = 1;\n\nint b = nosuch;\n", "t.jsh", 10))
          .isInstanceOf(AssertionError.class)
          .hasMessageStartingWith("t.jsh line 12: snippet rejected:\nint b = nosuch;\n")
          .hasMessageContaining("nosuch");
    }
  }

  @Test
  void run_exception_namesTypeAndMessage() {
    try (JShellRunner r = new JShellRunner()) {
      assertThatThrownBy(
              () -> r.run("io.github.digitrade.calc.Sums.sum(new double[] {Double.NaN})", "x", 1))
          .isInstanceOf(AssertionError.class)
          .hasMessageStartingWith("x line 1: snippet threw java.lang.IllegalArgumentException: ");
    }
  }

  @Test
  void run_undefinedReference_isAFailure() {
    try (JShellRunner r = new JShellRunner()) {
      assertThatThrownBy(() -> r.run("void f() { g(); }", "x", 1))
          .isInstanceOf(AssertionError.class)
          .hasMessageStartingWith("x line 1: snippet refers to something undefined:");
    }
  }

  @Test
  void run_incompleteSnippet_isAFailure() {
    try (JShellRunner r = new JShellRunner()) {
      assertThatThrownBy(() -> r.run("int a = (1 +", "x", 1))
          .isInstanceOf(AssertionError.class)
          .hasMessageStartingWith("x line 1: incomplete snippet at the end:\nint a = (1 +");
    }
  }

  @Test
  void runJava_allowsStatementsAcrossLines_andCountsLines() {
    try (JShellRunner r = new JShellRunner()) {
      String src =
          """
          // a chain over three lines
          String s = new StringBuilder()
              .append("a")
              .toString();

          s.length()
          """;
      assertThat(r.runJava(src, "p.md", 5)).containsExactly("\"a\"", "1");
      assertThatThrownBy(() -> r.runJava("int x = 1;\n\nint y = nosuch;\n", "p.md", 7))
          .isInstanceOf(AssertionError.class)
          .hasMessageStartingWith("p.md line 9: snippet rejected:");
    }
  }

  @Test
  void run_readsLinesAsThePromptDoes_soALeadingDotAfterACompleteLineFails() {
    try (JShellRunner r = new JShellRunner()) {
      // at the prompt, "String s = \"ab\"" is complete and runs; ".length()" is then illegal
      assertThatThrownBy(() -> r.run("String s = \"ab\"\n    .toUpperCase()\n", "p.md", 3))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("p.md line 4");
      // a trailing dot keeps the line incomplete, so the chain is one snippet
      assertThat(r.run("String t = \"ab\".\n    toUpperCase()\nt\n", "p.md", 1))
          .endsWith("\"AB\"");
    }
  }
}
