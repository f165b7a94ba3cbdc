package io.github.digitrade.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs {@code docs/tour.jsh} through JShell so that the tour never rots. */
class TourTest {

  @Test
  void tour_runsWithoutRejectedSnippetsOrExceptions() throws IOException {
    Path tour = Path.of("docs", "tour.jsh");
    String source = Files.readString(tour, StandardCharsets.UTF_8);
    try (JShellRunner r = new JShellRunner()) {
      r.run(source, "docs/tour.jsh", 1);
      assertThat(r.snippets()).as("snippets in the tour").isGreaterThanOrEqualTo(10);
    }
  }
}
