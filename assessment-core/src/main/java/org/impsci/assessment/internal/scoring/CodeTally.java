package org.impsci.assessment.internal.scoring;

import java.util.Arrays;
import java.util.List;

/**
 * Counts of non-substantive answers per group, scale and code, kept by number in arrays while rows
 * stream past and added to a {@link ScoreTable} once at the end, so that counting one answer is an
 * array increment rather than a lookup by the code's name. Not thread-safe.
 */
public final class CodeTally {
  private final int scales;
  private final List<String> codes;
  /** Per group number, {@code counts[group][scale * codes + code]}; null for a group with none. */
  private long[][] counts = new long[16][];

  /** A tally of {@code scales} scales and the codes numbered by their position in {@code codes}. */
  public CodeTally(int scales, List<String> codes) {
    this.scales = scales;
    this.codes = List.copyOf(codes);
  }

  /** Counts one answer with code number {@code code} (its position in the codes) of a scale. */
  public void add(int group, int scale, int code) {
    if (group >= counts.length) {
      counts = Arrays.copyOf(counts, Math.max(group + 1, 2 * counts.length));
    }
    long[] row = counts[group];
    if (row == null) {
      row = new long[scales * codes.size()];
      counts[group] = row;
    }
    row[scale * codes.size() + code]++;
  }

  /** Adds every count to the same group and scale of {@code table}, by the code's name. */
  public void addTo(ScoreTable table) {
    for (int group = 0; group < counts.length; group++) {
      long[] row = counts[group];
      for (int i = 0; row != null && i < row.length; i++) {
        if (row[i] > 0) {
          table.addCode(group, i / codes.size(), codes.get(i % codes.size()), row[i]);
        }
      }
    }
  }
}
