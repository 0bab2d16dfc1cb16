package org.impsci.assessment.internal.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.impsci.assessment.scoring.GroupSummary;

/**
 * Per group value and scale, the scores seen so far, kept as a count per distinct score: enough
 * for an exact mean, SD, median, min and max in memory that grows with the number of groups,
 * scales and distinct scores, not respondents. Not thread-safe.
 *
 * <p>A scale with a {@link ScoreGrid} counts the scores its grid holds by cell; the others, and
 * every score of a group until it has {@link ScoreGrid#cells()} / 8 of them (so that small groups
 * hold no grid counts), in {@link DoubleCounts}. The summary adds the cells' scores to those
 * counts, so it is the same either way.
 */
public final class ScoreTable {
  private final String column;
  private final List<String> scaleIds;
  private final ValueIndex groupValues;
  private final ScoreGrid[] grids;
  private final List<Accumulator[]> groups = new ArrayList<>();

  /**
   * A table by one grouping column (null for one group of everyone), whose groups are numbered
   * by {@code groupValues}, with no grids.
   */
  public ScoreTable(String column, List<String> scaleIds, ValueIndex groupValues) {
    this(column, scaleIds, groupValues, new ScoreGrid[scaleIds.size()]);
  }

  /** The same with each scale's grid ({@code grids[s]}, null for none). */
  public ScoreTable(
      String column, List<String> scaleIds, ValueIndex groupValues, ScoreGrid[] grids) {
    if (grids.length != scaleIds.size()) {
      throw new IllegalArgumentException(
          grids.length + " grids for " + scaleIds.size() + " scales " + scaleIds);
    }
    this.column = column;
    this.scaleIds = List.copyOf(scaleIds);
    this.groupValues = groupValues;
    this.grids = grids.clone();
  }

  /** The scale ids, in reporting order. */
  public List<String> scaleIds() {
    return scaleIds;
  }

  /**
   * Adds one respondent: {@code scores[at + s]} is scale s's score, NaN where it has none, and
   * {@code counted[s]} the members it counted (read for scales with a grid only).
   */
  public void add(int group, double[] scores, int at, int[] counted) {
    Accumulator[] scales = accumulators(group);
    for (int s = 0; s < scales.length; s++) {
      double x = scores[at + s];
      if (Double.isNaN(x)) {
        scales[s].notScored++;
      } else {
        scales[s].add(x, counted[s]);
      }
    }
  }

  /** Counts {@code k} items of scale {@code s} answered with a non-substantive code. */
  public void addCode(int group, int s, String code, long k) {
    accumulators(group)[s].codes.merge(code, k, Long::sum);
  }

  /** Adds everything another table of the same scales has seen. */
  public void combine(ScoreTable other) {
    if (!scaleIds.equals(other.scaleIds)) {
      throw new IllegalArgumentException(
          "cannot combine summaries of scales " + scaleIds + " with " + other.scaleIds);
    }
    for (int g = 0; g < other.groups.size(); g++) {
      Accumulator[] theirs = other.groups.get(g);
      if (theirs != null) {
        Accumulator[] mine = accumulators(groupValues.of(other.groupValues.value(g)));
        for (int i = 0; i < mine.length; i++) {
          mine[i].merge(theirs[i]);
        }
      }
    }
  }

  /**
   * Adds every group of this table to group {@code group} of {@code target}: as every respondent
   * has one value of a grouping column, a table by that column holds everyone, and the overall
   * table can be made from it once instead of being added to for every respondent.
   */
  public void addEveryGroupTo(ScoreTable target, int group) {
    Accumulator[] into = target.accumulators(group);
    for (Accumulator[] scales : groups) {
      if (scales != null) {
        for (int i = 0; i < into.length; i++) {
          into[i].merge(scales[i]);
        }
      }
    }
  }

  /** How many of group {@code group}'s scores of scale {@code s} were counted by grid cell. */
  long countedByCell(int group, int s) {
    long[] cells = accumulators(group)[s].cellCounts;
    return cells == null ? 0 : Arrays.stream(cells).sum();
  }

  /** The summaries: groups in ascending order of their values, scales in reporting order. */
  public List<GroupSummary> summaries() {
    Map<String, Accumulator[]> byValue = new TreeMap<>();
    for (int g = 0; g < groups.size(); g++) {
      if (groups.get(g) != null) {
        byValue.put(groupValues.value(g), groups.get(g));
      }
    }
    List<GroupSummary> out = new ArrayList<>();
    byValue
        .forEach(
            (group, scales) -> {
              for (int i = 0; i < scales.length; i++) {
                out.add(scales[i].summary(group, scaleIds.get(i)));
              }
            });
    return out;
  }

  private Accumulator[] accumulators(int group) {
    while (groups.size() <= group) {
      groups.add(null);
    }
    Accumulator[] scales = groups.get(group);
    if (scales == null) {
      scales = new Accumulator[scaleIds.size()];
      for (int i = 0; i < scales.length; i++) {
        scales[i] = new Accumulator(grids[i]);
      }
      groups.set(group, scales);
    }
    return scales;
  }

  /** The scores of one scale in one group. */
  private final class Accumulator {
    long notScored;
    final DoubleCounts counts = new DoubleCounts();
    final Map<String, Long> codes = new TreeMap<>();
    final ScoreGrid grid;
    /** By cell of {@link #grid}; null until the group has enough scores. */
    long[] cellCounts;

    Accumulator(ScoreGrid grid) {
      this.grid = grid;
    }

    void add(double x, int counted) {
      if (cellCounts == null && grid != null && counts.total() >= grid.cells() / 8) {
        cellCounts = new long[grid.cells()];
      }
      int cell = cellCounts == null ? -1 : grid.cell(x, counted);
      if (cell >= 0) {
        cellCounts[cell]++;
      } else {
        counts.add(x, 1);
      }
    }

    void merge(Accumulator other) {
      notScored += other.notScored;
      counts.addAll(other.counts);
      if (other.cellCounts != null) {
        if (cellCounts == null && grid == other.grid) {
          cellCounts = new long[grid.cells()];
        }
        if (grid == other.grid) {
          for (int i = 0; i < cellCounts.length; i++) {
            cellCounts[i] += other.cellCounts[i];
          }
        } else {
          other.grid.addTo(other.cellCounts, counts);
        }
      }
      other.codes.forEach((code, k) -> codes.merge(code, k, Long::sum));
    }

    /** Every score counted, grid cells included. */
    private DoubleCounts allCounts() {
      if (cellCounts == null) {
        return counts;
      }
      DoubleCounts all = new DoubleCounts();
      all.addAll(counts);
      grid.addTo(cellCounts, all);
      return all;
    }

    GroupSummary summary(String group, String scale) {
      DoubleCounts all = allCounts();
      long n = all.total();
      GroupSummary.Builder b =
          GroupSummary.builder()
              .scaleId(scale)
              .n(n)
              .notScored(notScored)
              .putAllNonSubstantiveCodes(codes);
      if (column != null) {
        b.column(column).group(group);
      }
      if (n == 0) {
        return b.build();
      }
      double[] values = all.sortedValues();
      double sum = 0;
      for (double x : values) {
        sum += x * all.count(x);
      }
      double mean = sum / n;
      b.mean(mean).median(median(all, values, n)).min(values[0]).max(values[values.length - 1]);
      if (n > 1) {
        double squares = 0;
        for (double x : values) {
          squares += (x - mean) * (x - mean) * all.count(x);
        }
        b.sd(Math.sqrt(squares / (n - 1)));
      }
      return b.build();
    }

    private double median(DoubleCounts all, double[] values, long n) {
      long lower = (n - 1) / 2;
      long upper = n / 2;
      double lowValue = Double.NaN;
      long seen = 0;
      for (double x : values) {
        long next = seen + all.count(x);
        if (Double.isNaN(lowValue) && lower < next) {
          lowValue = x;
        }
        if (upper < next) {
          return (lowValue + x) / 2;
        }
        seen = next;
      }
      throw new IllegalStateException("median of an empty group");
    }
  }
}
