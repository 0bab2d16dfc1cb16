package org.impsci.assessment.internal.survey;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a CSV file into byte ranges that start and end at record boundaries, so that the ranges
 * can be read on several threads. One pass over the bytes follows the record reader's own rules
 * (RFC 4180): a quote opens a quoted field only at a field's start, a doubled quote inside one is
 * a quote, and CR, LF or CRLF ends a record only outside quotes; a line break inside a quoted field
 * counts as a line, not a record. Each range knows the records and physical lines before it, so
 * that its rows are numbered as a reading of the whole file numbers them. Bytes of 128 or more are
 * parts of UTF-8 characters and never one of these ASCII marks. Where the bytes break these rules
 * (a character after a closing quote), no split is made and the file is read whole. Not
 * thread-safe; the ranges found are immutable.
 */
public final class FileRanges {
  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  /** A quote seen inside a quoted field: its end, or the first of a doubled quote. */
  private static final int QUOTE_IN_QUOTED = 3;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private FileRanges() {}

  /**
   * One range: bytes {@code [start, end)}, starting after {@code rowsBefore} records at physical
   * line {@code line}.
   */
  public record Range(long start, long end, long rowsBefore, long line) {
    /** The range's bytes in {@code file}, to be closed by the caller. */
    public InputStream bytesOf(Path file) throws IOException {
      FileChannel channel = FileChannel.open(file).position(start);
      return new FilterInputStream(Channels.newInputStream(channel)) {
        private long left = end - start;

        @Override
        public int read() throws IOException {
          byte[] one = new byte[1];
          return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          if (left <= 0) {
            return -1;
          }
          int n = super.read(b, off, (int) Math.min(len, left));
          if (n > 0) {
            left -= n;
          }
          return n;
        }
      };
    }
  }

  /**
   * The ranges of about {@code rangeBytes} each, the first holding at least {@code firstRecords}
   * records (the header and rows that the layout reads before the data); one range for the whole
   * file when it is no larger, when the delimiter is not ASCII, or when the bytes are not
   * well-formed CSV (the reader then reports where).
   */
  public static List<Range> of(Path file, char delimiter, long rangeBytes, int firstRecords) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return split(in, Files.size(file), delimiter, rangeBytes, firstRecords);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /** Splits the bytes of {@code in} (one that supports mark and reset), {@code size} in all. */
  static List<Range> split(
      InputStream in, long size, char delimiter, long rangeBytes, int firstRecords)
      throws IOException {
    List<Range> whole = List.of(new Range(0, size, 0, 1));
    if (delimiter >= 128 || size <= rangeBytes) {
      return whole;
    }
    // The reader drops a byte-order mark, so a quote right after it opens the first field.
    in.mark(BOM.length);
    long offset = BOM.length;
    if (!Arrays.equals(in.readNBytes(BOM.length), BOM)) {
      in.reset();
      offset = 0;
    }
    List<Range> ranges = new ArrayList<>();
    byte[] buf = new byte[1 << 16];
    int state = FIELD_START;
    boolean afterCr = false;
    long records = 0;
    long lines = 1;
    long rangeStart = 0;
    long rangeRecords = 0;
    long rangeLine = 1;
    for (int n = in.read(buf); n > 0; n = in.read(buf)) {
      for (int i = 0; i < n; i++) {
        byte b = buf[i];
        boolean lf = b == '\n';
        boolean cr = b == '\r';
        if (lf && afterCr) {
          afterCr = false;
          continue; // the LF of a CRLF: its record (or quoted line) ended at the CR
        }
        afterCr = cr;
        if (state == QUOTED) {
          if (b == '"') {
            state = QUOTE_IN_QUOTED;
          } else if (lf || cr) {
            lines++;
          }
          continue;
        }
        if (lf || cr) {
          state = FIELD_START;
          records++;
          lines++;
          // No split after a CR last in the buffer: an LF may follow it in the next one.
          long next = offset + i + 1 + (cr && i + 1 < n && buf[i + 1] == '\n' ? 1 : 0);
          boolean known = !cr || i + 1 < n;
          if (known && next - rangeStart >= rangeBytes && records >= firstRecords && next < size) {
            ranges.add(new Range(rangeStart, next, rangeRecords, rangeLine));
            rangeStart = next;
            rangeRecords = records;
            rangeLine = lines;
          }
        } else if (b == delimiter) {
          state = FIELD_START;
        } else if (b == '"' && state != UNQUOTED) {
          state = QUOTED; // opens a field, or doubles a quote inside one
        } else if (state == QUOTE_IN_QUOTED) {
          return whole; // a character after a closing quote: malformed
        } else {
          state = UNQUOTED;
        }
      }
      offset += n;
    }
    ranges.add(new Range(rangeStart, size, rangeRecords, rangeLine));
    return ranges;
  }
}
