package io.github.digitrade.model;

import io.github.digitrade.internal.Checks;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a figure comes from: publisher, title, optional URL and release date, and the {@link
 * Vintage} of the release.
 *
 * <p>Publisher and title must not be blank; a URL, if given, must not be blank. Instances are
 * immutable and thread-safe.
 *
 * <pre>{@code
 * Source s = Source.builder()
 *     .publisher("GACC")
 *     .title("Press conference on 2020 foreign trade")
 *     .releaseDate(LocalDate.of(2021, 1, 14))
 *     .vintage(Vintage.PRELIMINARY)
 *     .build();
 * s.label();   // "GACC, preliminary"
 * }</pre>
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are read by the build only, never by users
public abstract class Source {

  Source() {}

  /**
   * Returns the organisation that published the figure, such as {@code GACC} or {@code MOFCOM}.
   *
   * @return the publisher, never blank
   */
  public abstract String publisher();

  /**
   * Returns the title or a short description of the publication.
   *
   * @return the title, never blank
   */
  public abstract String title();

  /**
   * Returns the address where the publication (or a copy of it) can be read.
   *
   * @return the URL, or empty
   */
  public abstract Optional<String> url();

  /**
   * Returns the day the figure was published.
   *
   * @return the release date, or empty
   */
  public abstract Optional<LocalDate> releaseDate();

  /**
   * Returns which release of the figure this is; {@link Vintage#UNSPECIFIED} unless set.
   *
   * @return the vintage, never null
   */
  @Value.Default
  public Vintage vintage() {
    return Vintage.UNSPECIFIED;
  }

  /**
   * Returns a source with only a publisher and a title.
   *
   * @param publisher the publisher, not blank
   * @param title the title, not blank
   * @return the source, never null
   * @throws IllegalArgumentException if either is blank
   */
  public static Source of(String publisher, String title) {
    return builder().publisher(publisher).title(title).build();
  }

  /**
   * Returns a source with a publisher, a title and a vintage.
   *
   * @param publisher the publisher, not blank
   * @param title the title, not blank
   * @param vintage the vintage, not null
   * @return the source, never null
   * @throws IllegalArgumentException if the publisher or title is blank
   */
  public static Source of(String publisher, String title, Vintage vintage) {
    return builder().publisher(publisher).title(title).vintage(vintage).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Source}; {@code publisher} and {@code title} are required. */
  public static final class Builder extends ImmutableSource.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }

  /**
   * Checks that publisher, title and URL are not blank.
   *
   * @throws IllegalArgumentException naming the blank field
   */
  @Value.Check
  protected void check() {
    Checks.notBlank("publisher", publisher());
    Checks.notBlank("title", title());
    url().ifPresent(Source::checkUrl);
  }

  private static void checkUrl(String url) {
    Checks.notBlank("url", url);
    boolean ok;
    try {
      URI u = new URI(url);
      ok =
          u.isAbsolute()
              && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))
              && u.getHost() != null;
    } catch (URISyntaxException e) {
      ok = false;
    }
    if (!ok) {
      throw new IllegalArgumentException(
          "url = \"" + url + "\": expected an absolute http or https URL such as https://www.example.org/");
    }
  }

  /**
   * Returns the publisher and, unless unspecified, the vintage: {@code GACC, preliminary}.
   *
   * @return the short label, never null
   */
  public String label() {
    return vintage() == Vintage.UNSPECIFIED ? publisher() : publisher() + ", " + vintage();
  }

  /**
   * Returns {@code publisher: title (vintage, date) url}, leaving out what is absent.
   *
   * @return the readable form, never null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(publisher()).append(": ").append(title());
    StringBuilder extra = new StringBuilder();
    if (vintage() != Vintage.UNSPECIFIED) {
      extra.append(vintage());
    }
    releaseDate().ifPresent(d -> extra.append(extra.length() > 0 ? ", " : "").append(d));
    if (extra.length() > 0) {
      sb.append(" (").append(extra).append(')');
    }
    url().ifPresent(u -> sb.append(' ').append(u));
    return sb.toString();
  }
}
