package org.impsci.assessment.internal.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;

/**
 * A strict, streaming reader of CSV records (RFC 4180 plus what REDCap, Qualtrics and Excel
 * exports do).
 *
 * <ul>
 *   <li>The delimiter is configurable (for example {@code ','}, {@code ';'} or tab).
 *   <li>A record ends at LF, CRLF or a lone CR; a line break at the end of input does not start
 *       another record. An empty line in the middle is a record with one empty field.
 *   <li>A field that starts with a quote is quoted: it may hold the delimiter, line breaks (kept
 *       as they are) and doubled quotes, which stand for one quote. After the closing quote only
 *       the delimiter, a line break or the end of input may follow.
 *   <li>A quote inside an unquoted field is kept literally, as Excel does: {@code a"b} and
 *       {@code  "b"} (with a leading space) are read as written.
 *   <li>Spaces around fields are kept.
 *   <li>A leading byte-order mark is dropped.
 * </ul>
 *
 * <p>Limits keep the memory of one record bounded whatever the input: a field holds at most
 * {@link #MAX_FIELD_LENGTH} characters, a record at most {@link #MAX_FIELDS} fields and {@link
 * #MAX_RECORD_LENGTH} characters in all; past a limit, reading fails with an error naming it.
 *
 * <p>Errors are {@link InvalidInputException}s naming the source, the row (the record number,
 * the header being row 1), the physical line and, where it applies, the column as the 1-based
 * field number. I/O errors become {@link UncheckedIOException}s. Not thread-safe.
 *
 * <p>Design: characters are read into one 64 KiB buffer that this class manages, and fields are
 * found by scanning that array in tight loops. A record that lies wholly in the buffer and holds
 * no quote (nearly every record of a survey export) is read in one pass, its fields' bounds
 * pointing into the buffer. Any other record's field contents are copied, one after another, into
 * a second reused array. Either way a caller can read numbers from the characters with no string
 * made ({@link #advance()}); {@link #next()} makes the strings.
 * Bytes are decoded in bulk by a strict UTF-8 decoder that stops at malformed input, so that the
 * error is raised when the parser reaches the bad bytes and names their row and line.
 */
public final class CsvRecordReader implements Closeable {
  /** The most characters a field may hold. */
  public static final int MAX_FIELD_LENGTH = 1_000_000;
  /** The most fields a record may hold. */
  public static final int MAX_FIELDS = 10_000;
  /**
   * The most characters a record's fields may hold together (4,000,000: four fields at the field
   * limit), so that one record read needs at most about 8 MB whatever the input.
   */
  public static final int MAX_RECORD_LENGTH = 4_000_000;

  private static final int BUFFER_SIZE = 64 * 1024;
  private static final char BOM = '\uFEFF';

  private final Reader in;
  private final String sourceName;
  private final char delimiter;
  private final char[] buf = new char[BUFFER_SIZE];
  /** The fields of a record read by copying, one after another. */
  private char[] copied = new char[256];
  private int charCount;
  /** The array the current record's fields are in: {@link #buf} or {@link #copied}. */
  private char[] text = copied;
  /** Where field f starts in {@link #text}: {@code starts[f]}; it ends at {@code ends[f]}. */
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int fieldCount;
  private int pos;
  private int lim;
  private boolean started;
  private boolean eof;
  private boolean previousBufferEndedWithCr;
  private long line = 1;
  private long fieldLine;
  private long row;
  private long recordLine;

  /**
   * Reads characters from {@code in}; a byte-order mark (U+FEFF) at the very start is dropped.
   *
   * @param sourceName the file name or a description such as {@code <string>}, used in errors
   * @param delimiter the field delimiter; not a quote, CR or LF
   */
  public CsvRecordReader(Reader in, String sourceName, char delimiter) {
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
      throw new IllegalArgumentException("delimiter cannot be a quote or a line break");
    }
    this.in = Objects.requireNonNull(in, "in");
    this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
    this.delimiter = delimiter;
  }

  /**
   * Reads UTF-8 bytes from {@code in}; a leading UTF-8 byte-order mark is dropped. Malformed
   * UTF-8 is an {@link InvalidInputException} naming the row and line, never replaced.
   *
   * @see #CsvRecordReader(Reader, String, char)
   */
  public static CsvRecordReader open(InputStream in, String sourceName, char delimiter) {
    return new CsvRecordReader(new Utf8Reader(in), sourceName, delimiter);
  }

  /**
   * Reads UTF-8 bytes that start at a record boundary inside a file, as {@link #open} does but
   * counting rows and lines on from those before the boundary and keeping a U+FEFF at the start
   * (a byte-order mark only counts at the file's start).
   *
   * @param rowsBefore the records before the boundary, the header included
   * @param line the physical line the boundary starts
   */
  public static CsvRecordReader openAt(
      InputStream in, String sourceName, char delimiter, long rowsBefore, long line) {
    CsvRecordReader csv = open(in, sourceName, delimiter);
    csv.row = rowsBefore;
    csv.line = line;
    csv.started = true;
    return csv;
  }

  /**
   * The next record's fields, or null at the end of input. Each call returns a new array.
   *
   * @throws InvalidInputException if the record is malformed or over a limit
   * @throws UncheckedIOException if reading fails
   */
  public String[] next() {
    if (!advance()) {
      return null;
    }
    String[] fields = new String[fieldCount];
    for (int f = 0; f < fieldCount; f++) {
      fields[f] = field(f);
    }
    return fields;
  }

  /**
   * Reads the next record without making strings: its fields are then read with {@link
   * #fieldCount()}, {@link #field(int)} and {@link #chars()}. False at the end of input.
   *
   * @throws InvalidInputException if the record is malformed or over a limit
   * @throws UncheckedIOException if reading fails
   */
  public boolean advance() {
    if (pos >= lim && !fill()) {
      return false;
    }
    long startLine = line;
    if (!readInBuffer()) {
      fieldCount = 0;
      charCount = 0;
      text = copied;
      while (readField()) {
        // a delimiter followed: read the next field
      }
    }
    row++;
    recordLine = startLine;
    return true;
  }

  /** The number of fields of the record last read. */
  public int fieldCount() {
    return fieldCount;
  }

  /** Field f of the record last read, as a string. */
  public String field(int f) {
    int start = starts[f];
    int length = ends[f] - start;
    if (length == 0) {
      return "";
    }
    // Survey answers are mostly one character: share one string per ASCII character.
    if (length == 1 && text[start] < ONE_CHAR.length) {
      return ONE_CHAR[text[start]];
    }
    return new String(text, start, length);
  }

  /**
   * The characters of the record last read; field f is {@code chars()[fieldStart(f) ..
   * fieldEnd(f))}. Valid until the next read.
   */
  public char[] chars() {
    return text;
  }

  /** Whether every field of the record last read is blank (empty or white space). */
  public boolean isBlank() {
    for (int f = 0; f < fieldCount; f++) {
      for (int i = starts[f]; i < ends[f]; i++) {
        if (!Character.isWhitespace(text[i])) {
          return false;
        }
      }
    }
    return true;
  }

  /** Where field f starts in {@link #chars()}. */
  public int fieldStart(int f) {
    return starts[f];
  }

  /** Where field f ends (exclusive) in {@link #chars()}. */
  public int fieldEnd(int f) {
    return ends[f];
  }

  /**
   * Where field f starts once leading white space and control characters are skipped, as {@link
   * String#trim()} skips them.
   */
  public int trimmedStart(int f) {
    int start = starts[f];
    int end = ends[f];
    while (start < end && text[start] <= ' ') {
      start++;
    }
    return start;
  }

  /**
   * Where field f ends (exclusive) once trailing white space and control characters are dropped,
   * as {@link String#trim()} drops them; never before {@link #trimmedStart(int)}.
   */
  public int trimmedEnd(int f) {
    int start = trimmedStart(f);
    int end = ends[f];
    while (end > start && text[end - 1] <= ' ') {
      end--;
    }
    return end;
  }

  /** The 1-based record number of the record last returned (the header is record 1). */
  public long row() {
    return row;
  }

  /** The 1-based physical line on which the record last returned started. */
  public long line() {
    return recordLine;
  }

  /** The file name or description given when opening. */
  public String sourceName() {
    return sourceName;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the record at {@link #pos} in one pass if it ends inside the buffer and holds no quote,
   * setting the fields' bounds into the buffer; false, with nothing consumed, otherwise (a quote,
   * the buffer's end, a CR last in the buffer, too many fields): the copying path then reads it.
   */
  private boolean readInBuffer() {
    final char[] b = buf;
    final char d = delimiter;
    final int l = lim;
    int f = 0;
    int start = pos;
    for (int i = start; i < l; i++) {
      char c = b[i];
      if (c > '"' && c != d) {
        continue;
      }
      if (c == d) {
        if (f + 1 == MAX_FIELDS) {
          return false;
        }
        setField(f++, start, i);
        start = i + 1;
      } else if (c == '\n' || c == '\r') {
        int next = i + 1;
        if (c == '\r') {
          if (next == l) {
            return false;
          }
          if (b[next] == '\n') {
            next++;
          }
        }
        setField(f++, start, i);
        fieldCount = f;
        text = b;
        pos = next;
        line++;
        return true;
      } else if (c == '"') {
        return false;
      }
    }
    return false;
  }

  /** Sets field f's bounds, making room for it. */
  private void setField(int f, int start, int end) {
    if (f == starts.length) {
      starts = Arrays.copyOf(starts, Math.min(2 * f, MAX_FIELDS));
      ends = Arrays.copyOf(ends, starts.length);
    }
    starts[f] = start;
    ends[f] = end;
  }

  /** Reads one field; true if a delimiter followed it, false if the record ended. */
  private boolean readField() {
    fieldLine = line;
    if (pos >= lim && !fill()) {
      endField();
      return false;
    }
    return buf[pos] == '"' ? readQuoted() : readUnquoted();
  }

  private boolean readUnquoted() {
    final char d = delimiter;
    int start = pos;
    while (true) {
      final char[] b = buf;
      final int l = lim;
      int i = start;
      while (i < l) {
        char c = b[i];
        if (c == d || c == '\n' || c == '\r') {
          break;
        }
        i++;
      }
      if (i < l) {
        append(start, i);
        endField();
        pos = i;
        return endOfField();
      }
      append(start, l);
      pos = l;
      if (!fill()) {
        endField();
        return false;
      }
      start = pos;
    }
  }

  private boolean readQuoted() {
    int start = ++pos;
    while (true) {
      if (pos >= lim) {
        append(start, lim);
        if (!fill()) {
          throw error(fieldLine, fieldCount + 1, "quoted field not closed before the end of input",
              null, "a closing quote (\")");
        }
        start = pos;
      }
      final char[] b = buf;
      final int l = lim;
      int i = pos;
      while (i < l) {
        char c = b[i];
        if (c == '"') {
          break;
        }
        if (c == '\r' || (c == '\n' && !afterCr(i))) {
          line++;
        }
        i++;
      }
      pos = i;
      if (i == l) {
        continue;
      }
      if (i + 1 < l) {
        if (b[i + 1] == '"') {
          append(start, i + 1);
          pos = start = i + 2;
          continue;
        }
        append(start, i);
        endField();
        pos = i + 1;
        return endOfField();
      }
      append(start, i);
      pos = i + 1;
      if (fill() && buf[pos] == '"') {
        append(pos, pos + 1);
        start = ++pos;
        continue;
      }
      endField();
      return endOfField();
    }
  }

  /** Consumes what follows a field; true after a delimiter, false at the end of a record. */
  private boolean endOfField() {
    if (pos >= lim && !fill()) {
      return false;
    }
    char c = buf[pos];
    if (c == delimiter) {
      pos++;
      return true;
    }
    if (c == '\n' || c == '\r') {
      pos++;
      line++;
      if (c == '\r' && (pos < lim || fill()) && buf[pos] == '\n') {
        pos++;
      }
      return false;
    }
    String allowed = "the delimiter (" + describe(delimiter) + "), a line break or the end of input";
    throw error(line, fieldCount, "unexpected character after the closing quote of a field",
        describe(c), allowed);
  }

  /** Whether the character before {@code buf[i]} was a CR, looking back across a refill. */
  private boolean afterCr(int i) {
    return i > 0 ? buf[i - 1] == '\r' : previousBufferEndedWithCr;
  }

  private static final String[] ONE_CHAR = new String[128];

  static {
    for (char c = 0; c < ONE_CHAR.length; c++) {
      ONE_CHAR[c] = String.valueOf(c);
    }
  }

  /** Adds {@code buf[start, end)} to the field being read. */
  private void append(int start, int end) {
    int length = end - start;
    int fieldStart = copiedFieldStart();
    int fieldLength = charCount - fieldStart;
    if (fieldLength + length > MAX_FIELD_LENGTH) {
      throw error(fieldLine, fieldCount + 1, "field too long",
          new String(copied, fieldStart, Math.min(fieldLength, 40)) + "...",
          "at most " + MAX_FIELD_LENGTH + " characters");
    }
    if (charCount + length > copied.length) {
      if (charCount + length > MAX_RECORD_LENGTH) {
        throw error(fieldLine, fieldCount + 1, "record too long", null,
            "at most " + MAX_RECORD_LENGTH + " characters in a record's fields");
      }
      int room = Math.max(2 * copied.length, charCount + length);
      copied = Arrays.copyOf(copied, Math.min(room, MAX_RECORD_LENGTH));
      text = copied;
    }
    if (length == 1) {
      copied[charCount++] = buf[start];
    } else {
      System.arraycopy(buf, start, copied, charCount, length);
      charCount += length;
    }
  }

  /** Ends the field being read where the characters appended so far end. */
  private void endField() {
    if (fieldCount == MAX_FIELDS) {
      throw error(fieldLine, fieldCount + 1, "too many fields in a record", null,
          "at most " + MAX_FIELDS + " fields");
    }
    setField(fieldCount, copiedFieldStart(), charCount);
    fieldCount++;
  }

  /** Where the field being copied starts in {@link #copied}: where the one before it ended. */
  private int copiedFieldStart() {
    return fieldCount == 0 ? 0 : ends[fieldCount - 1];
  }

  /**
   * Refills the buffer; false at the end of input. Drops a byte-order mark at the very start.
   */
  private boolean fill() {
    if (eof) {
      return false;
    }
    if (lim > 0) {
      previousBufferEndedWithCr = buf[lim - 1] == '\r';
    }
    int n;
    try {
      do {
        n = in.read(buf, 0, buf.length);
      } while (n == 0);
    } catch (CharacterCodingException e) {
      String bytes = e instanceof MalformedUtf8Exception m ? m.bytes : null;
      throw error(line, -1, "malformed UTF-8", bytes, "UTF-8 text");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pos = 0;
    lim = Math.max(n, 0);
    eof = n < 0;
    if (!started && !eof) {
      started = true;
      if (buf[0] == BOM) {
        pos = 1;
        return n > 1 || fill();
      }
    }
    return !eof;
  }

  private InvalidInputException error(
      long errorLine, int column, String problem, String value, String allowed) {
    InputLocation at = InputLocation.in(sourceName).withRow(row + 1).withLine(errorLine);
    if (column > 0) {
      at = at.withColumn(Integer.toString(column));
    }
    return new InvalidInputException(at, problem, value, allowed);
  }

  /** A character as shown in a message: itself, or its code point if it would not show. */
  private static String describe(char c) {
    if (Character.isISOControl(c) || Character.isSurrogate(c) || Character.isWhitespace(c)) {
      return String.format("U+%04X", (int) c);
    }
    return String.valueOf(c);
  }

  /** Decodes UTF-8 in bulk; reports malformed bytes only once the text before them is read. */
  private static final class Utf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
    private boolean endOfBytes;

    Utf8Reader(InputStream in) {
      this.in = Objects.requireNonNull(in, "in");
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      CharBuffer out = CharBuffer.wrap(cbuf, off, len);
      while (true) {
        CoderResult result = decoder.decode(bytes, out, endOfBytes);
        if (result.isError()) {
          if (out.position() > off) {
            return out.position() - off;
          }
          throw new MalformedUtf8Exception(bytes, result.length());
        }
        if (result.isOverflow() || out.position() > off) {
          return out.position() - off;
        }
        if (endOfBytes) {
          return -1; // UTF-8 decoding keeps no state that would need a flush
        }
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          endOfBytes = true;
        } else {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** Malformed UTF-8, with the offending bytes in hex. */
  private static final class MalformedUtf8Exception extends CharacterCodingException {
    private static final long serialVersionUID = 1L;

    private final String bytes;

    MalformedUtf8Exception(ByteBuffer input, int length) {
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < length; i++) {
        if (i > 0) {
          hex.append(' ');
        }
        hex.append(String.format("%02X", input.get(input.position() + i) & 0xFF));
      }
      this.bytes = hex.toString();
    }
  }
}
