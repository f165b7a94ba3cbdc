package io.github.digitrade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.digitrade.table.FlowTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * Random and mutated input through every reader: the only outcomes allowed are a table or a {@link
 * FlowFormatException}, and a lenient read accounts for every row.
 */
class FlowReaderFuzzPropertiesTest {

  @TempDir Path dir;

  private static final byte[] BACI =
      """
      t,i,j,k,v,q
      2022,4,8,010121,12.5,NA
      2022,4,12,"851712",0.25,1.000\r
      2022,8,4,851712,1.5e1,3.0
      2022,12,4,10121,7,
      """
          .getBytes(StandardCharsets.UTF_8);

  private static final byte[] TIDY =
      """
      \uFEFFreporter,partner,product,period,direction,value
      CHN,USA,"0101",2022,X,1.5
      "Korea, Rep.",USA,"a ""b\"\"\"",2022,M,2\r
      CHN,DEU,0101,2021,X,3e2
      """
          .getBytes(StandardCharsets.UTF_8);

  private static final byte[] ALPHABET =
      ",\"\n\r 0123456789.-+eENA\u00c3x".getBytes(StandardCharsets.ISO_8859_1);

  private static Gen<byte[]> randomBytes() {
    return lists()
        .of(integers().between(0, 255))
        .ofSizeBetween(0, 200)
        .map(
            l -> {
              byte[] b = new byte[l.size()];
              for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (int) l.get(i);
              }
              return b;
            });
  }

  /** A valid file with a few bytes replaced, inserted or deleted. */
  private static Gen<byte[]> mutated(byte[] valid) {
    return lists()
        .of(integers().between(0, Integer.MAX_VALUE - 1))
        .ofSizeBetween(1, 6)
        .map(edits -> mutate(valid, edits));
  }

  private static byte[] mutate(byte[] valid, List<Integer> edits) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] b = valid.clone();
    for (int e : edits) {
      int at = e % b.length;
      byte with = ALPHABET[(e / b.length) % ALPHABET.length];
      int kind = (e / 7) % 3;
      out.reset();
      out.write(b, 0, at);
      if (kind == 0) {
        out.write(with);
        out.write(b, at + 1, b.length - at - 1);
      } else if (kind == 1) {
        out.write(with);
        out.write(b, at, b.length - at);
      } else {
        out.write(b, at + 1, b.length - at - 1);
      }
      b = out.toByteArray();
      if (b.length == 0) {
        break;
      }
    }
    return b;
  }

  private static byte[] gzip(byte[] data) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(data);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final List<FlowReader> READERS =
      List.of(FlowReader.baci(), FlowReader.tidy(), FlowReader.comtrade(),
          FlowReader.baci().withCountryCodes(java.util.Map.of(4, "AFG", 8, "ALB", 12, "DZA")));

  /** Reads in both modes and checks the allowed outcomes and their invariants. */
  private void check(byte[] input, boolean alsoFromFile) {
    for (FlowReader reader : READERS) {
      FlowTable strict = null;
      try {
        strict = reader.read(new ByteArrayInputStream(input), "fuzz.csv").table();
      } catch (FlowFormatException expected) {
        assertThat(expected.error().line()).isPositive();
      } catch (IOException e) {
        throw new AssertionError("undocumented exception", e);
      }
      try {
        ReadResult lenient =
            reader.withMode(ReadMode.LENIENT).read(new ByteArrayInputStream(input), "fuzz.csv");
        ReadReport report = lenient.report();
        assertThat(report.rowsKept() + report.skippedRows()).isEqualTo(report.rowsRead());
        assertThat((long) lenient.table().size()).isEqualTo(report.rowsKept());
        assertThat(report.errors().size()).isEqualTo((int) Math.min(100, report.skippedRows()));
        if (strict != null) {
          assertThat(report.skippedRows()).isZero();
          assertThat(lenient.table().total()).isEqualTo(strict.total());
        }
        if (alsoFromFile) {
          Path file = Files.write(dir.resolve("fuzz.csv"), input);
          ReadResult fromFile = reader.withMode(ReadMode.LENIENT).read(file);
          assertThat(fromFile.report().rowsRead()).isEqualTo(report.rowsRead());
          assertThat(fromFile.report().errors()).isEqualTo(report.errors());
          assertThat(fromFile.table().total()).isEqualTo(lenient.table().total());
        }
      } catch (FlowFormatException expected) {
        assertThat(strict).isNull();
      } catch (IOException e) {
        throw new AssertionError("undocumented exception", e);
      }
    }
  }

  @Test
  void randomBytesGiveATableOrAFormatException() {
    qt().withExamples(1000).forAll(randomBytes()).checkAssert(b -> check(b, false));
  }

  @Test
  void mutatedBaciGivesATableOrAFormatException() {
    qt().withExamples(1000).forAll(mutated(BACI)).checkAssert(b -> check(b, true));
  }

  @Test
  void mutatedTidyGivesATableOrAFormatException() {
    qt().withExamples(1000).forAll(mutated(TIDY)).checkAssert(b -> check(b, true));
  }

  @Test
  void mutatedGzipGivesATableOrAFormatException() {
    byte[] gz = gzip(BACI);
    qt().withExamples(1000)
        .forAll(lists().of(integers().between(0, Integer.MAX_VALUE - 1)).ofSizeBetween(1, 3))
        .checkAssert(
            edits -> {
              byte[] b = gz.clone();
              for (int e : edits) {
                int at = 2 + e % (b.length - 2);
                b[at] = (byte) (e >>> 8);
              }
              check(b, false);
              check(java.util.Arrays.copyOf(gz, 2 + edits.get(0) % (gz.length - 2)), false);
            });
  }
}
