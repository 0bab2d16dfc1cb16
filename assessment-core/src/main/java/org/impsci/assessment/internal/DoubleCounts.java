package org.impsci.assessment.internal;

import java.util.Arrays;

/**
 * How often each distinct double value occurred: an open-addressing hash table on the values' bit
 * patterns, so that counting allocates nothing per value. Memory grows with the number of
 * distinct values only. Not thread-safe.
 */
public final class DoubleCounts {
  private long[] keys = new long[16];
  private long[] counts = new long[16];
  private boolean[] used = new boolean[16];
  private int size;
  private long total;

  /** Adds {@code k} occurrences of {@code value}. */
  public void add(double value, long k) {
    long bits = Double.doubleToLongBits(value == 0.0 ? 0.0 : value);
    int mask = keys.length - 1;
    int i = mix(bits) & mask;
    while (used[i] && keys[i] != bits) {
      i = (i + 1) & mask;
    }
    if (!used[i]) {
      used[i] = true;
      keys[i] = bits;
      if (++size * 2 > keys.length) {
        counts[i] += k;
        total += k;
        grow();
        return;
      }
    }
    counts[i] += k;
    total += k;
  }

  /** Adds everything another table counted. */
  public void addAll(DoubleCounts other) {
    for (int i = 0; i < other.keys.length; i++) {
      if (other.used[i]) {
        add(Double.longBitsToDouble(other.keys[i]), other.counts[i]);
      }
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
    for (int i = 0; i < keys.length; i++) {
      if (used[i]) {
        values[n++] = Double.longBitsToDouble(keys[i]);
      }
    }
    Arrays.sort(values);
    return values;
  }

  /** How often {@code value} occurred. */
  public long count(double value) {
    long bits = Double.doubleToLongBits(value == 0.0 ? 0.0 : value);
    int mask = keys.length - 1;
    for (int i = mix(bits) & mask; used[i]; i = (i + 1) & mask) {
      if (keys[i] == bits) {
        return counts[i];
      }
    }
    return 0;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldCounts = counts;
    boolean[] oldUsed = used;
    keys = new long[oldKeys.length * 2];
    counts = new long[oldKeys.length * 2];
    used = new boolean[oldKeys.length * 2];
    size = 0;
    total = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldUsed[i]) {
        add(Double.longBitsToDouble(oldKeys[i]), oldCounts[i]);
      }
    }
  }

  private static int mix(long bits) {
    long h = bits * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
