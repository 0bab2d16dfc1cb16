package org.impsci.assessment.internal.survey;

import java.util.Arrays;
import org.impsci.assessment.internal.Ids;
import org.impsci.assessment.internal.scoring.TextKeys;

/**
 * The row where each respondent id was first seen, for the duplicate-id check, lighter than a map
 * of boxed rows when a file has millions of respondents. Ids are kept in arrays in order of
 * arrival (their characters, row and next id in the same bucket), not as objects, so the garbage
 * collector has little to copy. A table of buckets, picked by the id's {@link String#hashCode()}
 * as {@link java.util.HashMap} picks them, holds each bucket's newest id: ids that follow one
 * another (R1, R2, ...) have neighbouring hashes and so land in neighbouring buckets, which keeps
 * the check in the processor's cache where a mixed hash would scatter it. Not thread-safe.
 *
 * <p>Every id is kept whole and compared character by character, so two ids are the same only
 * when their text is. So that a million ids of up to eight characters take about 24 MB (the
 * arrays' 24 bytes an id), a character below 128 is kept in one byte, any other as a marker byte
 * and two (no character below 128 is stored as the marker, so no two ids share a form); rows are
 * ints until one beyond {@link Integer#MAX_VALUE} comes; a bucket holds one id on average; hashes
 * are not kept but worked out again from the stored characters when the table grows.
 */
public final class FirstRows {
  /** Stands before the two bytes of a character of 128 or more. */
  private static final byte WIDE = (byte) 0xFF;

  /** Per bucket, its newest id plus one; 0 for an empty bucket. */
  private int[] buckets = new int[1024];
  /** Per id, the next (older) id in its bucket plus one; 0 at the end. */
  private int[] next = new int[512];
  /** Every id's stored form, one after another; id e is {@code bytes[ends[e - 1] .. ends[e])}. */
  private byte[] bytes = new byte[4096];
  private int[] ends = new int[512];
  private int[] rows = new int[512];
  /** Every id's row once one row needed more than an int; null before. */
  private long[] longRows;
  private int size;

  /** Records that {@code id} appears in {@code row}; returns the row it first appeared in, or -1. */
  public long firstOrAdd(String id, long row) {
    int bucket = bucket(id.hashCode(), buckets.length);
    for (int e = buckets[bucket] - 1; e >= 0; e = next[e] - 1) {
      if (sameId(e, id)) {
        return longRows == null ? rows[e] : longRows[e];
      }
    }
    add(id, row);
    next[size - 1] = buckets[bucket];
    buckets[bucket] = size;
    if (size > buckets.length) {
      grow();
    }
    return -1;
  }

  /** The bucket of a hash in a table of {@code length} (a power of two) buckets. */
  private static int bucket(int hash, int length) {
    return (hash ^ (hash >>> 16)) & (length - 1);
  }

  private int start(int entry) {
    return entry == 0 ? 0 : ends[entry - 1];
  }

  private boolean sameId(int entry, String id) {
    int at = start(entry);
    int end = ends[entry];
    for (int k = 0; k < id.length(); k++) {
      char c = id.charAt(k);
      if (c < 0x80) {
        if (at == end || bytes[at++] != c) {
          return false;
        }
      } else if (end - at < 3 || bytes[at] != WIDE || bytes[at + 1] != (byte) (c >>> 8)
          || bytes[at + 2] != (byte) c) {
        return false;
      } else {
        at += 3;
      }
    }
    return at == end;
  }

  /** Appends an id and its row; afterwards {@code size} is its entry plus one. */
  private void add(String id, long row) {
    int start = start(size);
    int end = start;
    if (start + 3L * id.length() > bytes.length) {
      bytes = Arrays.copyOf(bytes, (int) Math.max(start + 3L * id.length(), bytes.length * 2L));
    }
    for (int k = 0; k < id.length(); k++) {
      char c = id.charAt(k);
      if (c < 0x80) {
        bytes[end++] = (byte) c;
      } else {
        bytes[end++] = WIDE;
        bytes[end++] = (byte) (c >>> 8);
        bytes[end++] = (byte) c;
      }
    }
    if (size == ends.length) {
      ends = Arrays.copyOf(ends, size * 2);
      next = Arrays.copyOf(next, size * 2);
      if (longRows == null) {
        rows = Arrays.copyOf(rows, size * 2);
      } else {
        longRows = Arrays.copyOf(longRows, size * 2);
      }
    }
    ends[size] = end;
    if (longRows == null && row > Integer.MAX_VALUE) {
      longRows = new long[ends.length];
      for (int e = 0; e < size; e++) {
        longRows[e] = rows[e];
      }
      rows = null;
    }
    if (longRows == null) {
      rows[size] = (int) row;
    } else {
      longRows[size] = row;
    }
    size++;
  }

  /** Id e's {@link String#hashCode()}, from its stored form. */
  private int hash(int entry) {
    int h = 0;
    int end = ends[entry];
    for (int at = start(entry); at < end; at++) {
      if (bytes[at] == WIDE) {
        h = 31 * h + (char) ((bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF));
        at += 2;
      } else {
        h = 31 * h + bytes[at];
      }
    }
    return h;
  }

  /** Doubles the table and links every id again, in order of arrival. */
  private void grow() {
    buckets = new int[buckets.length * 2];
    for (int e = 0; e < size; e++) {
      int bucket = bucket(hash(e), buckets.length);
      next[e] = buckets[bucket];
      buckets[bucket] = e + 1;
    }
  }
}
