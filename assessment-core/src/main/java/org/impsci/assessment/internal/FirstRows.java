package org.impsci.assessment.internal;

import java.util.Arrays;

/**
 * The row where each respondent id was first seen, for the duplicate-id check, lighter than a map
 * of boxed rows when a file has millions of respondents. Ids are kept in arrays in order of
 * arrival (characters, hash, row, next id in the same bucket), not as objects, so the garbage
 * collector has little to copy. A table of buckets, picked by the hash as {@link
 * java.util.HashMap} picks them, holds each bucket's newest id: ids that follow one another
 * (R1, R2, ...) have neighbouring hashes and so land in neighbouring buckets, which keeps the
 * check in the processor's cache where a mixed hash would scatter it. Characters are compared only
 * when hashes agree. Not thread-safe.
 */
public final class FirstRows {
  /** Per bucket, its newest id plus one; 0 for an empty bucket. */
  private int[] buckets = new int[1024];
  /** Per id, the next (older) id in its bucket plus one; 0 at the end. */
  private int[] next = new int[512];
  private int[] hashes = new int[512];
  /** Every id's characters, one after another; id e is {@code chars[ends[e - 1] .. ends[e])}. */
  private char[] chars = new char[4096];
  private int[] ends = new int[512];
  private long[] rows = new long[512];
  private int size;

  /** Records that {@code id} appears in {@code row}; returns the row it first appeared in, or -1. */
  public long firstOrAdd(String id, long row) {
    int hash = id.hashCode();
    int bucket = bucket(hash, buckets.length);
    for (int e = buckets[bucket] - 1; e >= 0; e = next[e] - 1) {
      if (hashes[e] == hash && sameId(e, id)) {
        return rows[e];
      }
    }
    add(id, hash, row);
    next[size - 1] = buckets[bucket];
    buckets[bucket] = size;
    if (size > buckets.length - (buckets.length >>> 2)) {
      grow();
    }
    return -1;
  }

  /** The bucket of a hash in a table of {@code length} (a power of two) buckets. */
  private static int bucket(int hash, int length) {
    return (hash ^ (hash >>> 16)) & (length - 1);
  }

  private boolean sameId(int entry, String id) {
    return TextKeys.sameText(id, chars, entry == 0 ? 0 : ends[entry - 1], ends[entry]);
  }

  /** Appends an id, its hash and its row; afterwards {@code size} is its entry plus one. */
  private void add(String id, int hash, long row) {
    int start = size == 0 ? 0 : ends[size - 1];
    int end = start + id.length();
    if (end > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(end, chars.length * 2));
    }
    id.getChars(0, id.length(), chars, start);
    if (size == ends.length) {
      ends = Arrays.copyOf(ends, size * 2);
      rows = Arrays.copyOf(rows, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
      next = Arrays.copyOf(next, size * 2);
    }
    ends[size] = end;
    rows[size] = row;
    hashes[size] = hash;
    size++;
  }

  /** Doubles the table and links every id again, in order of arrival, by the hash it keeps. */
  private void grow() {
    buckets = new int[buckets.length * 2];
    for (int e = 0; e < size; e++) {
      int bucket = bucket(hashes[e], buckets.length);
      next[e] = buckets[bucket];
      buckets[bucket] = e + 1;
    }
  }
}
