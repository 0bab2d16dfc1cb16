package org.impsci.assessment.internal.scoring;

import java.util.Arrays;

/**
 * How often each distinct double value occurred: an open-addressing hash table on the values' bit
 * patterns, so that counting allocates nothing per value. Memory grows with the number of
 * distinct values only. Not thread-safe.
 *
 * <p>A slot is two adjacent longs, the value's bits and its count (zero for an empty slot), so
 * that a lookup touches one cache line.
 */
public final class DoubleCounts {
  private long[] table = new long[2 * 16];
  private int size;
  private long total;

  /** Adds {@code k} occurrences of {@code value}; nothing when {@code k} is zero. */
  public void add(double value, long k) {
    if (k == 0) {
      return;
    }
    if (k < 0) {
      throw new IllegalArgumentException("a count cannot be negative, got " + k);
    }
    long bits = Double.doubleToLongBits(value == 0.0 ? 0.0 : value);
    long[] t = table;
    int mask = t.length / 2 - 1;
    int i = mix(bits) & mask;
    while (t[2 * i + 1] != 0 && t[2 * i] != bits) {
      i = (i + 1) & mask;
    }
    total += k;
    if (t[2 * i + 1] == 0) {
      t[2 * i] = bits;
      t[2 * i + 1] = k;
      if (++size * 2 > mask + 1) {
        grow();
      }
      return;
    }
    t[2 * i + 1] += k;
  }

  /** Adds everything another table counted. */
  public void addAll(DoubleCounts other) {
    long[] t = other.table;
    for (int i = 0; i < t.length; i += 2) {
      add(Double.longBitsToDouble(t[i]), t[i + 1]);
    }
  }

  /** The number of values added. */
  public long total() {
    return total;
  }

  /** The distinct values in ascending order. */
  public double[] sortedValues() {
    double[] values = new double[size];
    int n = 0;
    for (int i = 0; i < table.length; i += 2) {
      if (table[i + 1] != 0) {
        values[n++] = Double.longBitsToDouble(table[i]);
      }
    }
    Arrays.sort(values);
    return values;
  }

  /** How often {@code value} occurred. */
  public long count(double value) {
    long bits = Double.doubleToLongBits(value == 0.0 ? 0.0 : value);
    int mask = table.length / 2 - 1;
    for (int i = mix(bits) & mask; table[2 * i + 1] != 0; i = (i + 1) & mask) {
      if (table[2 * i] == bits) {
        return table[2 * i + 1];
      }
    }
    return 0;
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    size = 0;
    total = 0;
    for (int i = 0; i < old.length; i += 2) {
      add(Double.longBitsToDouble(old[i]), old[i + 1]);
    }
  }

  private static int mix(long bits) {
    long h = bits * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
