package org.impsci.assessment.internal;

import java.util.Arrays;

/**
 * The row where each respondent id was first seen, for the duplicate-id check, lighter than a map
 * of boxed rows when a file has millions of respondents. The ids' characters and their rows are
 * kept in arrays in order of arrival, not as objects, so the garbage collector has little to copy;
 * an open-addressing table of longs holds each id's hash beside its position there, so a lookup
 * reads one slot of the table and compares characters only when the hashes agree. Not
 * thread-safe.
 */
public final class FirstRows {
  private long[] slots = new long[1024];
  /** Every id's characters, one after another; id e is {@code chars[ends[e - 1] .. ends[e])}. */
  private char[] chars = new char[4096];
  private int[] ends = new int[512];
  private long[] rows = new long[512];
  private int size;

  /** Records that {@code id} appears in {@code row}; returns the row it first appeared in, or -1. */
  public long firstOrAdd(String id, long row) {
    int hash = id.hashCode();
    int mask = slots.length - 1;
    int i = TextKeys.spread(hash) & mask;
    for (long slot = slots[i]; slot != 0; slot = slots[i]) {
      int entry = (int) slot - 1;
      if ((int) (slot >>> 32) == hash && sameId(entry, id)) {
        return rows[entry];
      }
      i = (i + 1) & mask;
    }
    add(id, row);
    slots[i] = (long) hash << 32 | size;
    if (size * 2 > slots.length) {
      grow();
    }
    return -1;
  }

  private boolean sameId(int entry, String id) {
    return TextKeys.sameText(id, chars, entry == 0 ? 0 : ends[entry - 1], ends[entry]);
  }

  /** Appends an id and its row; afterwards {@code size} is its entry plus one. */
  private void add(String id, long row) {
    int start = size == 0 ? 0 : ends[size - 1];
    int end = start + id.length();
    if (end > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(end, chars.length * 2));
    }
    id.getChars(0, id.length(), chars, start);
    if (size == ends.length) {
      ends = Arrays.copyOf(ends, size * 2);
      rows = Arrays.copyOf(rows, size * 2);
    }
    ends[size] = end;
    rows[size] = row;
    size++;
  }

  /** Doubles the table, placing every slot again by the hash it holds. */
  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long slot : old) {
      if (slot != 0) {
        int i = TextKeys.spread((int) (slot >>> 32)) & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = slot;
      }
    }
  }

}
