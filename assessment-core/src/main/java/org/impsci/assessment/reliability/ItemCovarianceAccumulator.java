package org.impsci.assessment.reliability;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * Streams respondents' item values into the moments that {@link CronbachAlpha} needs, in O(k^2)
 * time and constant memory per row, for k items.
 *
 * <p>Both case handlings are kept at once, so that either can be asked for at the end: the
 * listwise state (count, sums and cross-products of the complete rows) and the pairwise state (for
 * each pair of items the count, the two sums and the cross-product over the rows that answered
 * both; for each item the same over the rows that answered it).
 *
 * <p>The sums are of shifted values: each item's first value seen is subtracted from all its
 * values (the shifted-data algorithm; Chan, Golub and LeVeque 1983, "Algorithms for computing the
 * sample variance", The American Statistician 37:242-247). With the shift the textbook formula
 * loses no accuracy that matters for survey data: for whole-number answers every sum is an exact
 * integer, and a constant added to all values (1e8, say) cancels out. A row then costs additions
 * and multiplications only, no divisions. {@link #combine} re-expresses the other accumulator's
 * sums around this one's shifts before adding them.
 *
 * <p>Rows of whole numbers no larger in size than {@value #WHOLE_LIMIT} (the usual 1-5 or 0-10
 * answers) take a cheaper, exact path: they are gathered by item in blocks of {@value #BLOCK}
 * rows of {@code int}s, complete rows in one block, incomplete ones in another with 0 for a
 * missing value and a second column per item saying which were answered; each block's counts,
 * sums and cross-products (dot products of two items' columns, loops the JIT can vectorise) are
 * added to {@code long} totals of the unshifted values. Those totals are turned into the shifted
 * sums above only when a result is asked for, or for good at the first row with another value;
 * as every sum of whole numbers below 2^53 is exact in a double too, both paths give the same
 * sums, and so the same figures.
 *
 * <p>Values must already be reverse-scored where needed; a missing value is {@link Double#NaN}.
 * An accumulator is not thread-safe: give each thread its own and combine them, as {@link
 * #collector(List)} does.
 */
public final class ItemCovarianceAccumulator {
  /** The largest size of a value that the whole-number path takes. */
  static final int WHOLE_LIMIT = 1000;
  /**
   * Rows gathered before they are added to the long totals: a block's cross-products, at most
   * {@code BLOCK * WHOLE_LIMIT^2} in size, fit in an int.
   */
  static final int BLOCK = 256;
  /**
   * Rows beyond which the whole-number path ends: below it, every total and shifted sum (at most
   * {@code 4 * rows * WHOLE_LIMIT^2} in size) is a whole number a double holds exactly.
   */
  static final long WHOLE_ROWS = 1L << 30;

  private final List<String> itemIds;
  private final int k;
  private long rows;

  /** Each item's shift: its first value seen; meaningful once {@code hasShift[i]}. */
  private final double[] shift;
  private final boolean[] hasShift;

  private long listwiseN;
  /** Sums of the complete rows' shifted values. */
  private final double[] listwiseSum;
  /** Upper triangle, diagonal included, of the complete rows' shifted cross-products. */
  private final double[][] listwiseCross;

  // The pair sums cover only the incomplete rows; a pairwise figure adds the listwise one, which
  // covers the complete rows, so that a complete row (the common case) is added once.

  /** Upper triangle, diagonal included: incomplete rows that answered both items (or the item). */
  private final long[][] pairN;
  /** {@code pairSum[i][j]}: item i's shifted values summed over incomplete rows answering i and j. */
  private final double[][] pairSum;
  /** Upper triangle, diagonal included: shifted cross-products over the rows that answered both. */
  private final double[][] pairCross;

  private final double[] shifted;
  private final boolean[] present;

  /** Whether the complete rows so far are all whole numbers, kept in the fields below. */
  private boolean whole = true;
  /** {@code block[i][r]}: item i's value in the r-th complete row not yet added to the totals. */
  private final int[][] block;
  private int blockRows;
  /** Whether every item has its shift: true after the first complete row. */
  private boolean everyItemShifted;
  /** {@code partValues[i][r]}: item i's value in the r-th incomplete row gathered, 0 if missing. */
  private final int[][] partValues;
  /** {@code partAnswered[i][r]}: 1 if item i was answered in that row, else 0. */
  private final int[][] partAnswered;
  private int partRows;
  /** Incomplete rows' whole-number totals: upper triangle, rows that answered both items. */
  private final long[][] wholePairN;
  /** {@code wholePairSum[i][j]}: item i's values summed over incomplete rows answering i and j. */
  private final long[][] wholePairSum;
  /** Upper triangle: incomplete rows' whole cross-products. */
  private final long[][] wholePairCross;
  /** Sums of the complete rows' (unshifted) whole values. */
  private final long[] wholeSum;
  /** Upper triangle, diagonal included, of the complete rows' whole cross-products. */
  private final long[][] wholeCross;

  /**
   * An empty accumulator.
   *
   * @param itemIds the items, in the order of the values of each row; at least one, no duplicates
   */
  public ItemCovarianceAccumulator(List<String> itemIds) {
    this.itemIds = List.copyOf(itemIds);
    if (this.itemIds.isEmpty()) {
      throw new IllegalArgumentException("a scale needs at least one item");
    }
    if (this.itemIds.stream().distinct().count() != this.itemIds.size()) {
      throw new IllegalArgumentException("item ids must be distinct, got " + this.itemIds);
    }
    k = this.itemIds.size();
    shift = new double[k];
    hasShift = new boolean[k];
    listwiseSum = new double[k];
    listwiseCross = new double[k][k];
    pairN = new long[k][k];
    pairSum = new double[k][k];
    pairCross = new double[k][k];
    shifted = new double[k];
    present = new boolean[k];
    block = new int[k][BLOCK];
    wholeSum = new long[k];
    wholeCross = new long[k][k];
    partValues = new int[k][BLOCK];
    partAnswered = new int[k][BLOCK];
    wholePairN = new long[k][k];
    wholePairSum = new long[k][k];
    wholePairCross = new long[k][k];
  }

  /**
   * A collector of rows into an accumulator; it may run on a parallel stream.
   *
   * @param itemIds the items, in the order of the values of each row
   */
  public static Collector<double[], ItemCovarianceAccumulator, ItemCovarianceAccumulator>
      collector(List<String> itemIds) {
    List<String> ids = List.copyOf(itemIds);
    return Collector.of(
        () -> new ItemCovarianceAccumulator(ids),
        ItemCovarianceAccumulator::add,
        ItemCovarianceAccumulator::combine,
        Function.identity(),
        Collector.Characteristics.IDENTITY_FINISH);
  }

  /** The items, in the order of the values of each row. */
  public List<String> itemIds() {
    return itemIds;
  }

  /** Whether every row so far has taken the whole-number path (for tests and diagnostics). */
  boolean onWholePath() {
    return whole;
  }

  /** The number of rows added so far, complete or not. */
  public long rows() {
    return rows;
  }

  /**
   * Adds one respondent's values. The array is read, not kept.
   *
   * @param row one value per item, in the order of {@link #itemIds()}; {@link Double#NaN} where
   *     the item was not answered
   * @throws IllegalArgumentException if the row's length is not the number of items, or a value
   *     is infinite
   */
  public void add(double[] row) {
    Objects.requireNonNull(row, "row");
    if (row.length != k) {
      throw new IllegalArgumentException(
          "row " + (rows + 1) + " has " + row.length + " values, expected " + k + " (one per item "
              + itemIds + ")");
    }
    if (everyItemShifted && whole && rows < WHOLE_ROWS && gatheredWhole(row)) {
      rows++;
      listwiseN++;
      if (++blockRows == BLOCK) {
        addBlock();
      }
      return;
    }
    boolean complete = true;
    boolean wholeRow = whole && rows < WHOLE_ROWS;
    for (int i = 0; i < k; i++) {
      double x = row[i];
      if (Double.isInfinite(x)) {
        throw new IllegalArgumentException(
            "row " + (rows + 1) + ", item " + itemIds.get(i) + ": value must be finite or NaN"
                + " (missing), got " + x);
      }
      present[i] = !Double.isNaN(x);
      complete &= present[i];
      if (present[i] && !hasShift[i]) {
        setShift(i, x);
      }
      shifted[i] = present[i] ? x - shift[i] : 0;
      wholeRow &= !present[i] || isWhole(x);
    }
    rows++;
    if (wholeRow && complete) {
      gatheredWhole(row);
      everyItemShifted = true;
      listwiseN++;
      if (++blockRows == BLOCK) {
        addBlock();
      }
    } else if (wholeRow) {
      gatherPart(row);
    } else {
      endWhole();
      if (complete) {
        addListwise();
      } else {
        addPairwise();
      }
    }
  }

  private void addListwise() {
    listwiseN++;
    for (int i = 0; i < k; i++) {
      double a = shifted[i];
      listwiseSum[i] += a;
      double[] cross = listwiseCross[i];
      for (int j = i; j < k; j++) {
        cross[j] += a * shifted[j];
      }
    }
  }

  private static boolean isWhole(double x) {
    return x == (int) x && Math.abs(x) <= WHOLE_LIMIT;
  }

  /**
   * Sets item i's shift. The whole-number path needs whole shifts: a first value that is not whole
   * ends it, its totals converted around the shifts already set (item i has no values yet).
   */
  private void setShift(int i, double x) {
    if (!isWhole(x)) {
      endWhole();
    }
    shift[i] = x;
    hasShift[i] = true;
  }

  /**
   * Puts the row's values into the block, as the next gathered row, if every one is whole (and
   * so present); the block's row count is not changed.
   */
  private boolean gatheredWhole(double[] row) {
    int r = blockRows;
    for (int i = 0; i < k; i++) {
      double x = row[i];
      int v = (int) x;
      if (v != x || v > WHOLE_LIMIT || v < -WHOLE_LIMIT) {
        return false;
      }
      block[i][r] = v;
    }
    return true;
  }

  /** Adds the gathered rows' sums and cross-products to the long totals. */
  private void addBlock() {
    int n = blockRows;
    for (int i = 0; i < k; i++) {
      int[] a = block[i];
      int sum = 0;
      for (int r = 0; r < n; r++) {
        sum += a[r];
      }
      wholeSum[i] += sum;
      long[] cross = wholeCross[i];
      for (int j = i; j < k; j++) {
        int[] b = block[j];
        int dot = 0;
        for (int r = 0; r < n; r++) {
          dot += a[r] * b[r];
        }
        cross[j] += dot;
      }
    }
    blockRows = 0;
  }

  /** Puts an incomplete row of whole numbers into the incomplete rows' block. */
  private void gatherPart(double[] row) {
    int r = partRows;
    for (int i = 0; i < k; i++) {
      partValues[i][r] = present[i] ? (int) row[i] : 0;
      partAnswered[i][r] = present[i] ? 1 : 0;
    }
    if (++partRows == BLOCK) {
      addPartBlock();
    }
  }

  /** Adds the gathered incomplete rows' counts, sums and cross-products to the long totals. */
  private void addPartBlock() {
    int n = partRows;
    for (int i = 0; i < k; i++) {
      int[] vi = partValues[i];
      int[] mi = partAnswered[i];
      for (int j = i; j < k; j++) {
        int[] vj = partValues[j];
        int[] mj = partAnswered[j];
        int count = 0;
        int sumI = 0;
        int sumJ = 0;
        int cross = 0;
        for (int r = 0; r < n; r++) {
          count += mi[r] * mj[r];
          sumI += vi[r] * mj[r];
          sumJ += vj[r] * mi[r];
          cross += vi[r] * vj[r];
        }
        wholePairN[i][j] += count;
        wholePairSum[i][j] += sumI;
        if (j != i) {
          wholePairSum[j][i] += sumJ;
        }
        wholePairCross[i][j] += cross;
      }
    }
    partRows = 0;
  }

  /**
   * Ends the whole-number path for good: its totals become the shifted double sums, exactly, and
   * later rows are added as doubles.
   */
  private void endWhole() {
    if (whole) {
      shiftedListwiseSums(listwiseSum, listwiseCross);
      shiftedPairSums(pairN, pairSum, pairCross);
      whole = false;
    }
  }

  /**
   * The incomplete rows' counts (upper triangle), shifted sums and cross-products (upper
   * triangle), whichever path holds them; reads but does not change what the accumulator has
   * seen.
   */
  private void shiftedPairSums(long[][] n, double[][] sum, double[][] cross) {
    if (!whole) {
      for (int i = 0; i < k; i++) {
        System.arraycopy(pairN[i], 0, n[i], 0, k);
        System.arraycopy(pairSum[i], 0, sum[i], 0, k);
        System.arraycopy(pairCross[i], 0, cross[i], 0, k);
      }
      return;
    }
    addPartBlock();
    for (int i = 0; i < k; i++) {
      long a = (long) shift[i];
      for (int j = i; j < k; j++) {
        long b = (long) shift[j];
        long m = wholePairN[i][j];
        long si = wholePairSum[i][j];
        long sj = wholePairSum[j][i];
        n[i][j] = m;
        sum[i][j] = si - m * a;
        sum[j][i] = sj - m * b;
        cross[i][j] = wholePairCross[i][j] - b * si - a * sj + m * a * b;
      }
    }
  }

  /**
   * The complete rows' shifted sums and cross-products (upper triangle), whichever path holds
   * them; reads but does not change what the accumulator has seen.
   */
  private void shiftedListwiseSums(double[] sum, double[][] cross) {
    if (!whole) {
      System.arraycopy(listwiseSum, 0, sum, 0, k);
      for (int i = 0; i < k; i++) {
        System.arraycopy(listwiseCross[i], 0, cross[i], 0, k);
      }
      return;
    }
    addBlock();
    // Around shifts a and b: sum (x - a)(y - b) = sum xy - b sum x - a sum y + n a b, all exact.
    long n = listwiseN;
    for (int i = 0; i < k; i++) {
      long a = (long) shift[i];
      sum[i] = wholeSum[i] - n * a;
      for (int j = i; j < k; j++) {
        long b = (long) shift[j];
        cross[i][j] = wholeCross[i][j] - b * wholeSum[i] - a * wholeSum[j] + n * a * b;
      }
    }
  }

  private void addPairwise() {
    for (int i = 0; i < k; i++) {
      if (!present[i]) {
        continue;
      }
      double a = shifted[i];
      long[] n = pairN[i];
      double[] sum = pairSum[i];
      double[] cross = pairCross[i];
      n[i]++;
      sum[i] += a;
      cross[i] += a * a;
      for (int j = i + 1; j < k; j++) {
        if (present[j]) {
          double b = shifted[j];
          n[j]++;
          sum[j] += a;
          pairSum[j][i] += b;
          cross[j] += a * b;
        }
      }
    }
  }

  /**
   * Merges another accumulator's rows into this one, as if they had been added here.
   *
   * @param other an accumulator over the same item ids; it is not changed
   * @return this accumulator
   * @throws IllegalArgumentException if the item ids differ
   */
  public ItemCovarianceAccumulator combine(ItemCovarianceAccumulator other) {
    if (!itemIds.equals(other.itemIds)) {
      throw new IllegalArgumentException(
          "cannot combine accumulators over different items: " + itemIds + " and "
              + other.itemIds);
    }
    double[] d = new double[k];
    for (int i = 0; i < k; i++) {
      if (other.hasShift[i] && !hasShift[i]) {
        setShift(i, other.shift[i]);
      }
      d[i] = other.hasShift[i] ? other.shift[i] - shift[i] : 0;
    }
    if (whole && other.whole && rows + other.rows < WHOLE_ROWS) {
      other.addBlock();
      other.addPartBlock();
      for (int i = 0; i < k; i++) {
        wholeSum[i] += other.wholeSum[i];
        for (int j = 0; j < k; j++) {
          wholeCross[i][j] += other.wholeCross[i][j];
          wholePairN[i][j] += other.wholePairN[i][j];
          wholePairSum[i][j] += other.wholePairSum[i][j];
          wholePairCross[i][j] += other.wholePairCross[i][j];
        }
      }
      listwiseN += other.listwiseN;
    } else {
      endWhole();
      addShiftedListwise(other, d);
      addShiftedPairs(other, d);
    }
    rows += other.rows;
    return this;
  }

  /** Adds the other's complete rows; around this one's shifts, its values are shifted plus d. */
  private void addShiftedListwise(ItemCovarianceAccumulator other, double[] d) {
    double[] otherSum = new double[k];
    double[][] otherCross = new double[k][k];
    other.shiftedListwiseSums(otherSum, otherCross);
    long m = other.listwiseN;
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++) {
        listwiseCross[i][j] +=
            otherCross[i][j] + d[j] * otherSum[i] + d[i] * otherSum[j] + m * d[i] * d[j];
      }
    }
    for (int i = 0; i < k; i++) {
      listwiseSum[i] += otherSum[i] + m * d[i];
    }
    listwiseN += m;
  }

  /** Adds the other's incomplete rows; around this one's shifts, its values are shifted plus d. */
  private void addShiftedPairs(ItemCovarianceAccumulator other, double[] d) {
    long[][] otherN = new long[k][k];
    double[][] otherSum = new double[k][k];
    double[][] otherCross = new double[k][k];
    other.shiftedPairSums(otherN, otherSum, otherCross);
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++) {
        long n = otherN[i][j];
        double si = otherSum[i][j];
        double sj = otherSum[j][i];
        pairCross[i][j] += otherCross[i][j] + d[j] * si + d[i] * sj + n * d[i] * d[j];
        pairSum[i][j] += si + n * d[i];
        if (j != i) {
          pairSum[j][i] += sj + n * d[j];
        }
        pairN[i][j] += n;
      }
    }
  }

  /**
   * Cronbach's alpha and item statistics of the rows added so far.
   *
   * @param handling which respondents each covariance is computed from
   */
  public ReliabilityResult result(CaseHandling handling) {
    return CronbachAlpha.of(moments(handling));
  }

  private ItemMoments moments(CaseHandling handling) {
    long[][] n = new long[k][k];
    double[] mean = new double[k];
    double[][] co = new double[k][k];
    boolean listwise = handling == CaseHandling.LISTWISE;
    double[] completeSum = new double[k];
    double[][] completeCross = new double[k][k];
    shiftedListwiseSums(completeSum, completeCross);
    long[][] partN = new long[k][k];
    double[][] partSum = new double[k][k];
    double[][] partCross = new double[k][k];
    shiftedPairSums(partN, partSum, partCross);
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++) {
        long count = listwiseN + (listwise ? 0 : partN[i][j]);
        double si = completeSum[i] + (listwise ? 0 : partSum[i][j]);
        double sj = completeSum[j] + (listwise ? 0 : partSum[j][i]);
        double cross = completeCross[i][j] + (listwise ? 0 : partCross[i][j]);
        n[i][j] = count;
        n[j][i] = count;
        co[i][j] = count == 0 ? 0 : cross - si * sj / count;
        if (i == j && co[i][j] < 0) {
          // A sum of squared deviations is never negative; rounding of the shifted sums can
          // leave it a hair below zero, whose square root would be NaN.
          co[i][j] = 0;
        }
        co[j][i] = co[i][j];
      }
      long count = listwiseN + (listwise ? 0 : partN[i][i]);
      double sum = completeSum[i] + (listwise ? 0 : partSum[i][i]);
      mean[i] = count == 0 ? 0 : shift[i] + sum / count;
    }
    return new ItemMoments(itemIds, handling, n, mean, co);
  }
}
