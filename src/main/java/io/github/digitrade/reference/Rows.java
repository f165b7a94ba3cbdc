package io.github.digitrade.reference;

import io.github.digitrade.internal.Csv;
import io.github.digitrade.model.Source;
import io.github.digitrade.model.Status;
import io.github.digitrade.model.Vintage;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads typed fields of the embedded CSV rows, with the row's location in error messages. */
final class Rows {

  private Rows() {}

  static final String DIR = "/io/github/digitrade/reference/";

  static Optional<LocalDate> date(Csv.Row r, String column) {
    String s = r.get(column);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      throw r.error(column + " = \"" + s + "\": expected a date YYYY-MM-DD", e);
    }
  }

  static Status status(Csv.Row r) {
    try {
      return Status.parse(r.get("status"));
    } catch (IllegalArgumentException e) {
      throw r.error(String.valueOf(e.getMessage()), e);
    }
  }

  /** Publisher, title and where it was read; optional release date and vintage columns. */
  static Source source(Csv.Row r, boolean dated) {
    Source.Builder b = Source.builder();
    b.publisher(r.get("publisher"));
    b.title(r.get("title") + "; via " + r.get("source"));
    if (dated) {
      date(r, "release_date").ifPresent(b::releaseDate);
      b.vintage(Vintage.valueOf(r.get("vintage")));
    }
    return b.build();
  }
}
