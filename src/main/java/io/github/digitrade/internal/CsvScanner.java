package io.github.digitrade.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A streaming RFC 4180 tokenizer over UTF-8 bytes: comma-separated, optional double quotes with
 * {@code ""} as an escaped quote, CRLF, LF or CR line ends, an optional byte-order mark, blank lines
 * skipped. The one tokenizer of the module: the flow readers of {@code io} and the reader of the
 * embedded resources ({@link Csv}) both use it. Fields are exposed as byte ranges of an internal buffer so numbers parse without creating
 * strings. Memory is bounded by the longest record ({@link #MAX_RECORD} bytes).
 */
public final class CsvScanner {

  /** The longest record accepted, in bytes. */
  public static final int MAX_RECORD = 8 << 20;

  private static final int NEED_MORE = -1;

  private final InputStream in;
  private byte[] buf;
  private int pos;
  private int limit;
  private boolean eof;
  private long discarded;
  private long line = 1;
  private long recordLine;
  private boolean skipToLineEnd;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private boolean[] escaped = new boolean[16];
  private int count;
  /** Where in {@link #buf} the record being parsed, or just parsed, starts. */
  private int recordStart;
  /** Whether the current record's bytes are still in the buffer, unchanged. */
  private boolean rewindable;

  /** A scanner over a stream, with an initial buffer of {@code bufferSize} bytes. */
  public CsvScanner(InputStream in, int bufferSize) {
    this.in = in;
    this.buf = new byte[bufferSize];
  }

  /** A syntax error in the current record; the scanner has moved past it. */
  public static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    /** The line of the record. */
    public final long line;
    /** The column, from 1, or 0 for the whole record. */
    public final int column;
    /** The offending text, shortened. */
    public final String text;
    /** What is wrong and what was expected. */
    public final String why;

    SyntaxError(long line, int column, String message, String text) {
      super(message, null, false, false);
      this.why = message;
      this.line = line;
      this.column = column;
      this.text = text;
    }
  }

  /** Bytes consumed so far, including the current record. */
  public long position() {
    return discarded + pos;
  }

  /** The physical line on which the current record starts, from 1. */
  public long line() {
    return recordLine;
  }

  /** The physical line after the current record. */
  public long nextLine() {
    return line;
  }

  /** The bytes read but not yet parsed; the scanner must not be used afterwards. */
  public byte[] remaining() {
    return Arrays.copyOfRange(buf, pos, limit);
  }

  /** The number of fields of the current record. */
  public int fieldCount() {
    return count;
  }

  /** The buffer that holds the current record; fields are ranges of it. Never modify it. */
  public byte[] buffer() {
    return buf;
  }

  /** Where field {@code f} starts in {@link #buffer()}. */
  public int start(int f) {
    return starts[f];
  }

  /** Where field {@code f} ends in {@link #buffer()}, exclusive, escaped quotes removed. */
  public int end(int f) {
    if (escaped[f]) {
      unescape(f);
    }
    return ends[f];
  }

  /**
   * Moves to the next non-blank record.
   *
   * @return false at the end of the input
   */
  public boolean next() throws IOException, SyntaxError {
    if (discarded == 0 && pos == 0 && limit == 0) {
      fill();
      if (limit >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) {
        pos = 3;
      }
    }
    if (skipToLineEnd) {
      skipLine();
    }
    while (true) {
      if (pos >= limit) {
        if (eof || !refill()) {
          return false;
        }
        continue;
      }
      byte b = buf[pos];
      if (b == '\n') {
        pos++;
        line++;
        continue;
      }
      if (b == '\r') {
        if (pos + 1 >= limit && !eof) {
          if (!refill()) {
            return false;
          }
          continue;
        }
        pos++;
        if (pos < limit && buf[pos] == '\n') {
          pos++;
        }
        line++;
        continue;
      }
      recordLine = line;
      recordStart = pos;
      rewindable = true;
      int end = parse(eof);
      if (end != NEED_MORE) {
        pos = end;
        return true;
      }
      if (!refill()) {
        // no more input: parse what is left as the last record
        recordStart = pos;
        rewindable = true;
        end = parse(true);
        pos = end;
        return true;
      }
    }
  }

  /** Compacts the buffer and reads more; false if nothing more could be read. */
  private boolean refill() throws IOException, SyntaxError {
    if (eof) {
      return false;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      discarded += pos;
      limit -= pos;
      pos = 0;
    } else if (limit == buf.length) {
      if (buf.length >= MAX_RECORD) {
        rewindable = false;
        String text = preview(0, 60);
        long first = recordLine;
        long last = skipRecord();
        throw new SyntaxError(
            first,
            1,
            "record longer than "
                + MAX_RECORD
                + " bytes skipped, lines "
                + first
                + " to "
                + last
                + ": expected a shorter record (an unbalanced quote?)",
            text);
      }
      buf = Arrays.copyOf(buf, Math.min(MAX_RECORD, buf.length * 2));
    }
    return fill();
  }

  private boolean fill() throws IOException {
    int before = limit;
    while (limit < buf.length) {
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) {
        eof = true;
        break;
      }
      if (n == 0) {
        break;
      }
      limit += n;
    }
    return limit > before;
  }

  /**
   * Skips the record that starts at {@code buf[0]}, quotes respected, streaming so that memory stays
   * bounded, and returns the physical line on which it ends.
   */
  private long skipRecord() throws IOException {
    final int start = 0;
    final int plain = 1;
    final int quoted = 2;
    final int afterQuote = 3;
    int state = start;
    long ln = recordLine;
    boolean crPending = false;
    int p = 0;
    while (true) {
      while (p < limit) {
        byte b = buf[p++];
        if (crPending) {
          crPending = false;
          if (b != '\n') {
            p--;
          }
          pos = p;
          line = ln + 1;
          return ln;
        }
        if (state == quoted) {
          if (b == '"') {
            state = afterQuote;
          } else if (b == '\n') {
            ln++;
          }
          continue;
        }
        if (b == '\n') {
          pos = p;
          line = ln + 1;
          return ln;
        }
        if (b == '\r') {
          crPending = true;
          continue;
        }
        if (b == ',') {
          state = start;
        } else if (b == '"' && (state == start || state == afterQuote)) {
          state = quoted;
        } else {
          state = plain;
        }
      }
      discarded += limit;
      pos = 0;
      limit = 0;
      p = 0;
      if (eof || !fill()) {
        line = ln + 1;
        return ln;
      }
    }
  }

  /**
   * After the current record turned out malformed — a syntax error or a wrong number of fields —
   * moves back to its second physical line when the record spans several lines because of a quote
   * that looks unbalanced, so that the lines the quote swallowed are read as records of their own
   * and only the first line counts as bad. A quote looks unbalanced when the text from it to the end
   * of its line holds enough commas to complete a record of {@code expectedFields} fields ({@code
   * CHN,"USA,1,2022,X,5}); a quoted label with a line break ({@code "A<br>B"}) does not, and such a
   * record stays one bad record.
   *
   * @param expectedFields the number of fields of a record, from the header
   * @return whether the scanner moved back
   */
  public boolean rewindToSecondLine(int expectedFields) {
    if (!rewindable) {
      return false;
    }
    rewindable = false;
    int fieldsBefore = 0;
    int commasInQuote = 0;
    boolean quoted = false;
    boolean fieldStart = true;
    for (int p = recordStart; p < limit && p < pos; p++) {
      byte b = buf[p];
      if (quoted) {
        if (b == '"') {
          quoted = false;
          fieldStart = false;
        } else if (b == ',') {
          commasInQuote++;
        } else if (b == '\n' || b == '\r') {
          int q = p + 1;
          if (b == '\r' && q < limit && buf[q] == '\n') {
            q++;
          }
          if (q >= pos || fieldsBefore + 1 + commasInQuote < expectedFields) {
            return false;
          }
          pos = q;
          line = recordLine + 1;
          skipToLineEnd = false;
          count = 0;
          return true;
        }
      } else if (b == '"' && fieldStart) {
        quoted = true;
        commasInQuote = 0;
      } else if (b == '"') {
        // an escaped quote, or a quote inside an unquoted field
        quoted = true;
      } else if (b == ',') {
        fieldsBefore++;
        fieldStart = true;
      } else if (b == '\n' || b == '\r') {
        return false;
      } else {
        fieldStart = false;
      }
    }
    return false;
  }

  /** Skips to the end of the physical line: LF, CRLF or a lone CR, as records end. */
  private void skipLine() throws IOException {
    skipToLineEnd = false;
    boolean cr = false;
    while (true) {
      while (pos < limit) {
        byte b = buf[pos];
        if (cr) {
          if (b == '\n') {
            pos++;
          }
          line++;
          return;
        }
        pos++;
        if (b == '\n') {
          line++;
          return;
        }
        cr = b == '\r';
      }
      discarded += limit;
      pos = 0;
      limit = 0;
      if (eof || !fill()) {
        if (cr) {
          line++;
        }
        return;
      }
    }
  }

  /** Parses one record from {@code pos}; returns the position after it, or NEED_MORE. */
  private int parse(boolean atEof) throws SyntaxError {
    int p = pos;
    long ln = line;
    count = 0;
    while (true) {
      if (p >= limit) {
        if (!atEof) {
          return NEED_MORE;
        }
        add(p, p, false);
        line = ln;
        return p;
      }
      if (buf[p] == '"') {
        p++;
        int fs = p;
        boolean esc = false;
        while (true) {
          if (p >= limit) {
            if (!atEof) {
              return NEED_MORE;
            }
            line = ln;
            pos = p;
            throw new SyntaxError(
                recordLine, count + 1, "unterminated quoted field", preview(fs - 1, 60));
          }
          byte c = buf[p];
          if (c == '"') {
            if (p + 1 >= limit && !atEof) {
              return NEED_MORE;
            }
            if (p + 1 < limit && buf[p + 1] == '"') {
              esc = true;
              p += 2;
              continue;
            }
            break;
          }
          if (c == '\n') {
            ln++;
          }
          p++;
        }
        add(fs, p, esc);
        p++;
        if (p >= limit) {
          if (!atEof) {
            return NEED_MORE;
          }
          line = ln;
          return p;
        }
        byte c = buf[p];
        if (c == ',') {
          p++;
          continue;
        }
        if (c != '\n' && c != '\r') {
          line = ln;
          pos = p;
          skipToLineEnd = true;
          throw new SyntaxError(
              recordLine,
              count,
              "unexpected character after a closing quote: expected a comma or a line end",
              lineOf(fs - 1));
        }
      } else {
        int fs = p;
        while (p < limit) {
          byte c = buf[p];
          if (c == ',' || c == '\n' || c == '\r') {
            break;
          }
          p++;
        }
        if (p >= limit) {
          if (!atEof) {
            return NEED_MORE;
          }
          add(fs, p, false);
          line = ln;
          return p;
        }
        add(fs, p, false);
        if (buf[p] == ',') {
          p++;
          continue;
        }
      }
      // at a line end
      if (buf[p] == '\r') {
        if (p + 1 >= limit && !atEof) {
          return NEED_MORE;
        }
        p++;
        if (p < limit && buf[p] == '\n') {
          p++;
        }
      } else {
        p++;
      }
      line = ln + 1;
      return p;
    }
  }

  private void add(int start, int end, boolean esc) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
      escaped = Arrays.copyOf(escaped, count * 2);
    }
    starts[count] = start;
    ends[count] = end;
    escaped[count] = esc;
    count++;
  }

  private void unescape(int f) {
    rewindable = false;
    int w = starts[f];
    int e = ends[f];
    for (int r = starts[f]; r < e; r++) {
      buf[w++] = buf[r];
      if (buf[r] == '"') {
        r++;
      }
    }
    ends[f] = w;
    escaped[f] = false;
  }

  /** Returns whether field {@code f} is empty. */
  public boolean isEmpty(int f) {
    return starts[f] == ends[f];
  }

  /**
   * Returns field {@code f} as text, leading and trailing spaces removed.
   *
   * @throws CharacterCodingException if the bytes are not valid UTF-8
   */
  public String text(int f) throws CharacterCodingException {
    int e = end(f);
    int s = starts[f];
    while (s < e && buf[s] == ' ') {
      s++;
    }
    while (e > s && buf[e - 1] == ' ') {
      e--;
    }
    return decode(buf, s, e);
  }

  public static String decode(byte[] bytes, int s, int e) throws CharacterCodingException {
    boolean ascii = true;
    for (int i = s; i < e; i++) {
      if (bytes[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new String(bytes, s, e - s, StandardCharsets.ISO_8859_1);
    }
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, s, e - s))
        .toString();
  }

  /** Field {@code f} as text for an error message, invalid bytes replaced, at most 60 chars. */
  public String raw(int f) {
    int e = end(f);
    return shorten(new String(buf, starts[f], e - starts[f], StandardCharsets.UTF_8), 60);
  }

  /** The whole current record as text for an error message, at most 200 chars. */
  public String rawRecord() {
    if (count == 0) {
      return "";
    }
    int s = Math.max(0, starts[0] - 1);
    int e = Math.min(limit, Math.max(ends[count - 1] + 1, s));
    return shorten(new String(buf, s, e - s, StandardCharsets.UTF_8).strip(), 200);
  }

  private String lineOf(int from) {
    int e = from;
    while (e < limit && buf[e] != '\n' && buf[e] != '\r' && e - from < 240) {
      e++;
    }
    return shorten(new String(buf, from, e - from, StandardCharsets.UTF_8), 60);
  }

  private String preview(int from, int max) {
    int s = Math.max(0, from);
    int e = Math.min(limit, s + max * 4);
    return shorten(new String(buf, s, Math.max(0, e - s), StandardCharsets.UTF_8), max);
  }

  public static String shorten(String s, int max) {
    String one = s.replace("\r", "\\r").replace("\n", "\\n");
    return one.length() <= max ? one : one.substring(0, max) + "…";
  }

  /** Returns whether field {@code f} was written in double quotes. */
  public boolean quoted(int f) {
    return starts[f] > 0 && buf[starts[f] - 1] == '"';
  }

  /**
   * Returns field {@code f} as written (not stripped), quotes removed.
   *
   * @throws CharacterCodingException if the bytes are not valid UTF-8
   */
  public String field(int f) throws CharacterCodingException {
    int e = end(f);
    return decode(buf, starts[f], e);
  }
}
