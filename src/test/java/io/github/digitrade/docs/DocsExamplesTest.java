package io.github.digitrade.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code ```java} block of {@code README.md} and {@code docs/*.md} through JShell the way
 * a user pastes it at the {@code jshell>} prompt: line by line, a snippet ending where the lines so
 * far are complete (so a line that starts with {@code .} after a complete line fails, as it does at
 * the prompt). One session per page, so that later blocks can use what earlier ones defined. Blocks that are not
 * meant to run are fenced as {@code ```text} or {@code ```sh}.
 */
class DocsExamplesTest {

  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(Path.of("README.md"));
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  @TestFactory
  Stream<DynamicTest> everyJavaBlockRuns() throws IOException {
    return pages().stream()
        .map(
            page ->
                DynamicTest.dynamicTest(
                    page.toString(),
                    () -> {
                      String md = Files.readString(page, StandardCharsets.UTF_8);
                      List<MarkdownExamples.Block> blocks =
                          MarkdownExamples.extract(md, "java", page.toString());
                      try (JShellRunner r = new JShellRunner()) {
                        for (MarkdownExamples.Block b : blocks) {
                          r.run(b.code(), page.toString(), b.line());
                        }
                      }
                    }));
  }

  @Test
  void docsHaveJavaExamples() throws IOException {
    int blocks = 0;
    for (Path page : pages()) {
      blocks +=
          MarkdownExamples.extract(
                  Files.readString(page, StandardCharsets.UTF_8), "java", page.toString())
              .size();
    }
    assertThat(blocks).as("```java blocks in README.md and docs/*.md").isGreaterThanOrEqualTo(1);
  }
}
