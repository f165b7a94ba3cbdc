package io.github.digitrade.reference;

import io.github.digitrade.model.Status;
import java.util.Objects;

/**
 * An item of the Extended Balance of Payments Services classification 2010 (EBOPS 2010), with its
 * membership notes for the digitally deliverable services definitions.
 *
 * <p>Codes are strings such as {@code SI} or {@code SI1}; a sub-item's code is its parent's code
 * followed by one more digit. The embedded items are the twelve main components {@code SA} to
 * {@code SL} and the sub-items of {@code SI}, {@code SJ} and {@code SK} that the definitions
 * distinguish.
 *
 * <pre>{@code
 * DigitalServices.item("SK1");  // SK1 Audiovisual and related services (BPM6 11.1)
 * }</pre>
 *
 * @param code the EBOPS 2010 code, such as {@code SK1}
 * @param bpm6Item the BPM6 standard component number, such as {@code 11.1}
 * @param name the English name of the item
 * @param note notes on the item's place in the definitions, possibly empty
 * @param source the citation of the classification
 * @param status how firmly the row is established
 */
public record EbopsItem(
    String code, String bpm6Item, String name, String note, String source, Status status) {

  /**
   * Validates the item.
   *
   * @param code the EBOPS 2010 code, such as {@code SK1}
   * @param bpm6Item the BPM6 standard component number, not blank
   * @param name the English name, not blank
   * @param note notes, possibly empty
   * @param source the citation, not blank
   * @param status how firmly the row is established
   * @throws IllegalArgumentException if the code is not an EBOPS 2010 code or a text is blank
   */
  public EbopsItem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(bpm6Item, "bpm6Item");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
    DigitalServices.checkCode("code", code);
    if (bpm6Item.isBlank() || name.isBlank() || source.isBlank()) {
      throw new IllegalArgumentException(
          "EBOPS item "
              + code
              + ": bpm6Item, name and source = \""
              + bpm6Item
              + "\", \""
              + name
              + "\", \""
              + source
              + "\": expected non-blank texts");
    }
  }

  /**
   * Returns the item as {@code code name (BPM6 item)}.
   *
   * @return the one-line description
   */
  @Override
  public String toString() {
    return code + " " + name + " (BPM6 " + bpm6Item + ")";
  }
}
