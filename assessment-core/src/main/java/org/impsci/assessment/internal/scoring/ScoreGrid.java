package org.impsci.assessment.internal.scoring;

/**
 * Every score a scale of whole-number items can give: one cell per number of members counted c
 * and sum of their values s (c * min to c * max), holding the score the scale's rule gives them.
 * Scores are counted by cell, an array index found by arithmetic, instead of by hash, in memory
 * bounded by the scale's width; a score found in no cell (a fraction among the answers) is left
 * to {@link DoubleCounts}. Immutable and thread-safe; the counts live in the caller's arrays.
 */
public final class ScoreGrid {
  /** The most cells a grid has; a wider scale, or a wider range of values, has none. */
  public static final int MAX_CELLS = 4096;

  /** Largest magnitude of a whole-number value, so that every sum is exact in a double. */
  private static final double MAX_VALUE = 1e9;

  /** A scale's rule: the score of {@code counted} members whose values add up to {@code sum}. */
  @FunctionalInterface
  public interface Rule {
    /** The score; {@code counted} is at least 1. */
    double scoreOf(double sum, int counted);
  }

  private final int fewest;
  /** Where the cells of each count (from {@link #fewest}) start; one more at the end. */
  private final int[] rowStart;
  /** Per count, the score of its smallest sum, and cells per unit of score. */
  private final double[] rowFirst;
  private final double[] cellsPerUnit;
  private final double[] scores;

  private ScoreGrid(int fewest, int[] rowStart, double[] rowFirst, double[] cellsPerUnit,
      double[] scores) {
    this.fewest = fewest;
    this.rowStart = rowStart;
    this.rowFirst = rowFirst;
    this.cellsPerUnit = cellsPerUnit;
    this.scores = scores;
  }

  /**
   * The grid of a scale of {@code members} items valued {@code min} to {@code max}, scored when
   * at least {@code required} are answered; null when the values are not whole numbers, the rule
   * does not rise with the sum, or the grid would have more than {@link #MAX_CELLS} cells.
   */
  public static ScoreGrid of(double min, double max, int required, int members, Rule rule) {
    if (min != Math.rint(min) || max != Math.rint(max) || !(min < max)
        || Math.max(-min, max) > MAX_VALUE) {
      return null;
    }
    int fewest = Math.max(1, required);
    long span = (long) (max - min);
    long cells = 0;
    for (int c = fewest; c <= members; c++) {
      cells += c * span + 1;
    }
    if (cells > MAX_CELLS) {
      return null;
    }
    int rows = members - fewest + 1;
    int[] rowStart = new int[rows + 1];
    double[] rowFirst = new double[rows];
    double[] cellsPerUnit = new double[rows];
    double[] scores = new double[(int) cells];
    for (int row = 0; row < rows; row++) {
      int c = fewest + row;
      int length = (int) (c * span + 1);
      rowStart[row + 1] = rowStart[row] + length;
      for (int j = 0; j < length; j++) {
        scores[rowStart[row] + j] = rule.scoreOf(c * min + j, c);
      }
      rowFirst[row] = scores[rowStart[row]];
      double rise = scores[rowStart[row + 1] - 1] - rowFirst[row];
      if (!(rise > 0 && rise < Double.POSITIVE_INFINITY)) {
        return null;
      }
      cellsPerUnit[row] = (length - 1) / rise;
    }
    return new ScoreGrid(fewest, rowStart, rowFirst, cellsPerUnit, scores);
  }

  /** The number of cells. */
  public int cells() {
    return scores.length;
  }

  /**
   * The cell of {@code score} given with {@code counted} members counted, or -1 when no cell
   * holds exactly that score for that count.
   */
  public int cell(double score, int counted) {
    int row = counted - fewest;
    if (row < 0 || row >= rowFirst.length) {
      return -1;
    }
    int j = (int) Math.rint((score - rowFirst[row]) * cellsPerUnit[row]);
    int at = rowStart[row] + j;
    boolean inRow = j >= 0 && j < rowStart[row + 1] - rowStart[row];
    return inRow && scores[at] == score ? at : -1;
  }

  /** Adds each cell's score to {@code into}, as often as {@code counts} (by cell) says. */
  public void addTo(long[] counts, DoubleCounts into) {
    for (int i = 0; i < counts.length; i++) {
      into.add(scores[i], counts[i]);
    }
  }
}
