package io.github.digitrade.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Decompresses gzip data (RFC 1952) of one or more members as strictly as {@code gzip -t}: every
 * member's header, deflate data and trailer (CRC-32 and length) must be complete and correct, and
 * after the last member only the end of the stream may follow. A member cut anywhere — even within
 * its first bytes — is an {@link EOFException}; a bad checksum, a bad header or bytes after a member
 * that do not start another member are a {@link ZipException}. Unlike {@link
 * java.util.zip.GZIPInputStream}, which ends quietly when what follows a member is shorter than a
 * header or is not a header, nothing is ignored; and it never calls {@link InputStream#available()},
 * so it reads streams that cannot seek (pipes).
 */
public final class GzipMembers extends InputStream {

  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;
  private static final int RESERVED = 0xe0;

  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int lim;
  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private long memberBytes;
  private int member;
  private boolean done;
  private final byte[] one = new byte[1];

  /**
   * Reads the first member's header.
   *
   * @param in the compressed stream, positioned at the gzip magic bytes
   * @throws EOFException if the header is cut
   * @throws ZipException if the header is not a gzip header
   */
  public GzipMembers(InputStream in) throws IOException {
    this.in = in;
    readHeader();
  }

  private int fill() throws IOException {
    pos = 0;
    lim = Math.max(0, in.read(buf, 0, buf.length));
    return lim;
  }

  /** Returns the next compressed byte, or -1 at the end of the stream. */
  private int next() throws IOException {
    if (pos == lim && fill() == 0) {
      return -1;
    }
    return buf[pos++] & 0xff;
  }

  private int need(String what) throws IOException {
    int b = next();
    if (b < 0) {
      throw new EOFException("gzip member " + member + " cut in its " + what);
    }
    return b;
  }

  private int need2(String what) throws IOException {
    return need(what) | need(what) << 8;
  }

  private long need4(String what) throws IOException {
    return (need2(what) & 0xffffL) | (long) need2(what) << 16;
  }

  private void readHeader() throws IOException {
    member++;
    if (need("header") != 0x1f || need("header") != 0x8b) {
      throw new ZipException("gzip member " + member + ": not in gzip format");
    }
    readHeaderAfterMagic();
  }

  private void readHeaderAfterMagic() throws IOException {
    if (need("header") != 8) {
      throw new ZipException("gzip member " + member + ": unsupported compression method");
    }
    int flags = need("header");
    if ((flags & RESERVED) != 0) {
      throw new ZipException("gzip member " + member + ": reserved header flags set");
    }
    for (int i = 0; i < 6; i++) {
      need("header"); // MTIME, XFL, OS
    }
    if ((flags & FEXTRA) != 0) {
      int n = need2("header");
      for (int i = 0; i < n; i++) {
        need("header");
      }
    }
    if ((flags & FNAME) != 0) {
      while (need("header") != 0) {
        // the file name, zero-terminated
      }
    }
    if ((flags & FCOMMENT) != 0) {
      while (need("header") != 0) {
        // the comment, zero-terminated
      }
    }
    if ((flags & FHCRC) != 0) {
      need2("header");
    }
    inflater.reset();
    crc.reset();
    memberBytes = 0;
  }

  @Override
  public int read() throws IOException {
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!done) {
      if (inflater.finished()) {
        pos = lim - inflater.getRemaining();
        endMember();
        continue;
      }
      if (inflater.needsInput()) {
        if (pos == lim && fill() == 0) {
          throw new EOFException("gzip member " + member + " cut in its compressed data");
        }
        inflater.setInput(buf, pos, lim - pos);
        pos = lim;
      }
      int n;
      try {
        n = inflater.inflate(b, off, len);
      } catch (DataFormatException e) {
        throw new ZipException("gzip member " + member + ": " + e.getMessage());
      }
      if (n > 0) {
        crc.update(b, off, n);
        memberBytes += n;
        return n;
      }
      if (inflater.needsDictionary()) {
        throw new ZipException("gzip member " + member + ": deflate data needs a dictionary");
      }
    }
    return -1;
  }

  /** Checks the trailer of the member just inflated, then reads the next header or the end. */
  private void endMember() throws IOException {
    long expectedCrc = need4("trailer");
    long expectedSize = need4("trailer");
    if (expectedCrc != crc.getValue()) {
      throw new ZipException("gzip member " + member + ": CRC-32 mismatch (corrupt data)");
    }
    if (expectedSize != (memberBytes & 0xffffffffL)) {
      throw new ZipException("gzip member " + member + ": length mismatch (corrupt data)");
    }
    int b0 = next();
    if (b0 < 0) {
      done = true;
      return;
    }
    int b1 = next();
    if (b0 == 0x1f && b1 < 0) {
      throw new EOFException("gzip member " + (member + 1) + " cut in its header");
    }
    if (b0 != 0x1f || b1 != 0x8b) {
      throw new ZipException(
          "trailing bytes after gzip member " + member + ": expected another member or the end");
    }
    member++;
    readHeaderAfterMagic();
  }

  @Override
  public void close() throws IOException {
    inflater.end();
    in.close();
  }
}
