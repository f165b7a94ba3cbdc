package io.github.digitrade.io;

import io.github.digitrade.internal.CsvScanner;
import io.github.digitrade.internal.Numbers;
import com.google.common.collect.ImmutableMap;
import com.google.common.io.CountingInputStream;
import io.github.digitrade.table.Dimension;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;

/**
 * CEPII BACI ({@code t,i,j,k,v,q}: year, exporter, importer, HS6 product, value in thousands of US
 * dollars, quantity in tonnes). Exporter and importer are numeric country codes, mapped by BACI's
 * country-code file ({@link #countryCodes(Path)}) or kept as numbers; products are padded to six
 * digits; the direction is {@code "X"}; the quantity is not read. Rows are parsed as integers,
 * with a block-parallel fast path when the header is exactly {@code t,i,j,k,v,q}.
 */
final class BaciFormat extends FlowFormat {

  static final BaciFormat INSTANCE = new BaciFormat();

  private static final ColumnMapping MAPPING =
      ColumnMapping.builder()
          .column(Dimension.PERIOD, "t")
          .column(Dimension.REPORTER, "i")
          .column(Dimension.PARTNER, "j")
          .column(Dimension.PRODUCT, "k")
          .constant(Dimension.DIRECTION, "X")
          .value("v")
          .build();

  private BaciFormat() {}

  @Override
  public String name() {
    return "baci";
  }

  @Override
  public String valueUnit() {
    return "thousand USD";
  }

  @Override
  public ColumnMapping mapping() {
    return MAPPING;
  }

  @Override
  boolean numericCountries() {
    return true;
  }

  @Override
  boolean integerRows() {
    return true;
  }

  /** See {@link FlowReader#baciCountryCodes(Path)}. */
  static ImmutableMap<Integer, String> countryCodes(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return countryCodes(in, file.toString());
    }
  }

  /** See {@link FlowReader#baciCountryCodes(InputStream, String)}. */
  static ImmutableMap<Integer, String> countryCodes(InputStream in, String source)
      throws IOException {
    CountingInputStream counting = new CountingInputStream(in);
    InputStream data = FlowReader.decompress(counting, source);
    CsvScanner s = new CsvScanner(data, 1 << 16);
    Map<Integer, String> codes = new HashMap<>();
    try {
      List<String> header = FlowReader.firstRecord(s, source);
      int code = FlowReader.find(header, "country_code");
      int iso = FlowReader.find(header, "country_iso3");
      if (iso < 0) {
        iso = FlowReader.find(header, "iso_3digit_alpha");
      }
      if (code < 0 || iso < 0) {
        throw new FlowFormatException(
            RowError.ofHeader(
                source,
                String.join(",", header),
                "expected the columns country_code and country_iso3 (or iso_3digit_alpha)"));
      }
      while (true) {
        try {
          if (!s.next()) {
            break;
          }
        } catch (CsvScanner.SyntaxError e) {
          throw new FlowFormatException(
              new RowError(source, e.line, e.column, "", e.text, e.why));
        }
        if (s.fieldCount() != header.size()) {
          throw new FlowFormatException(
              RowError.ofRecord(
                  source,
                  s.line(),
                  s.rawRecord(),
                  "found " + s.fieldCount() + " fields: expected " + header.size()));
        }
        int c;
        try {
          c = Numbers.integer(s.buffer(), s.start(code), s.end(code));
        } catch (Numbers.BadNumber e) {
          throw new FlowFormatException(
              RowError.ofField(
                  source, s.line(), code + 1, "country_code", s.raw(code), e.why));
        }
        if (c > 999) {
          throw new FlowFormatException(
              RowError.ofField(
                  source,
                  s.line(),
                  code + 1,
                  "country_code",
                  s.raw(code),
                  "expected a code from 0 to 999"));
        }
        String label;
        try {
          label = s.text(iso);
        } catch (CharacterCodingException e) {
          throw new FlowFormatException(
              RowError.ofField(source, s.line(), iso + 1, header.get(iso), s.raw(iso), "invalid UTF-8"));
        }
        label = label.strip();
        if (label.isEmpty() || label.equals("NA")) {
          label = Integer.toString(c);
        }
        codes.putIfAbsent(c, label);
      }
    } catch (EOFException | ZipException e) {
      throw FlowReader.corrupt(source, s, e);
    }
    return ImmutableMap.copyOf(codes);
  }
}
