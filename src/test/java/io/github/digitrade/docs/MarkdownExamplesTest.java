package io.github.digitrade.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownExamplesTest {

  @Test
  void extract_findsOnlyBlocksOfTheLanguage_withTheirLines() {
    String md =
        """
        # Title
        ```java
        int a = 1;
        ```
        ```sh
        ./mvnw verify
        ```
        ~~~~java
        int b = a + 1;
        ```
        still inside
        ~~~~
        ```text
        int c;
        ```
        """;
    List<MarkdownExamples.Block> blocks = MarkdownExamples.extract(md, "java", "t.md");
    assertThat(blocks)
        .containsExactly(
            new MarkdownExamples.Block("int a = 1;\n", 3),
            new MarkdownExamples.Block("int b = a + 1;\n```\nstill inside\n", 9));
  }

  @Test
  void extract_unclosedFence_isAnError() {
    assertThatThrownBy(() -> MarkdownExamples.extract("a\n```java\nint x;\n", "java", "t.md"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("t.md line 2: code fence is never closed");
  }
}
