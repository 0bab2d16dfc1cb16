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
 * listwise state (count, means and co-moments of the complete rows) and the pairwise state (for
 * each pair of items the count, the two means and the co-moment of the rows that answered both;
 * for each item the count, mean and sum of squared deviations of the rows that answered it).
 * Updates are Welford's one-pass updates, and {@link #combine} uses the pairwise merge of Chan,
 * Golub and LeVeque (1979), so that no sum of squares is ever subtracted from another.
 *
 * <p>Values must already be reverse-scored where needed; a missing value is {@link Double#NaN}.
 * An accumulator is not thread-safe: give each thread its own and combine them, as {@link
 * #collector(List)} does.
 */
public final class ItemCovarianceAccumulator {
  private final List<String> itemIds;
  private final int k;
  private long rows;

  private long listwiseN;
  private final double[] listwiseMean;
  /** Upper triangle, diagonal included, of the complete rows' co-moments. */
  private final double[][] listwiseCo;

  /** Upper triangle, diagonal included: the rows that answered both items (or the item). */
  private final long[][] pairN;
  /** {@code pairMean[i][j]}: item i's mean over the rows that answered i and j. */
  private final double[][] pairMean;
  /** Upper triangle: co-moments; the diagonal holds each item's sum of squared deviations. */
  private final double[][] pairCo;

  private final double[] delta;

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
    listwiseMean = new double[k];
    listwiseCo = new double[k][k];
    pairN = new long[k][k];
    pairMean = new double[k][k];
    pairCo = new double[k][k];
    delta = new double[k];
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

  /** The number of rows added so far, complete or not. */
  public long rows() {
    return rows;
  }

  /**
   * Adds one respondent's values.
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
    boolean complete = true;
    for (int i = 0; i < k; i++) {
      if (Double.isInfinite(row[i])) {
        throw new IllegalArgumentException(
            "row " + (rows + 1) + ", item " + itemIds.get(i) + ": value must be finite or NaN"
                + " (missing), got " + row[i]);
      }
      complete &= !Double.isNaN(row[i]);
    }
    rows++;
    addPairwise(row);
    if (complete) {
      addListwise(row);
    }
  }

  private void addListwise(double[] x) {
    listwiseN++;
    for (int i = 0; i < k; i++) {
      delta[i] = x[i] - listwiseMean[i];
      listwiseMean[i] += delta[i] / listwiseN;
    }
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++) {
        listwiseCo[i][j] += delta[i] * (x[j] - listwiseMean[j]);
      }
    }
  }

  private void addPairwise(double[] x) {
    for (int i = 0; i < k; i++) {
      if (Double.isNaN(x[i])) {
        continue;
      }
      long n = ++pairN[i][i];
      double d = x[i] - pairMean[i][i];
      pairMean[i][i] += d / n;
      pairCo[i][i] += d * (x[i] - pairMean[i][i]);
      for (int j = i + 1; j < k; j++) {
        if (Double.isNaN(x[j])) {
          continue;
        }
        long m = ++pairN[i][j];
        double di = x[i] - pairMean[i][j];
        pairMean[i][j] += di / m;
        pairMean[j][i] += (x[j] - pairMean[j][i]) / m;
        pairCo[i][j] += di * (x[j] - pairMean[j][i]);
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
    rows += other.rows;
    combineListwise(other);
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++) {
        long na = pairN[i][j];
        long nb = other.pairN[i][j];
        if (nb == 0) {
          continue;
        }
        long n = na + nb;
        double di = other.pairMean[i][j] - pairMean[i][j];
        double dj = other.pairMean[j][i] - pairMean[j][i];
        pairCo[i][j] += other.pairCo[i][j] + di * dj * ((double) na * nb / n);
        pairMean[i][j] += di * nb / n;
        if (j != i) {
          pairMean[j][i] += dj * nb / n;
        }
        pairN[i][j] = n;
      }
    }
    return this;
  }

  private void combineListwise(ItemCovarianceAccumulator other) {
    long na = listwiseN;
    long nb = other.listwiseN;
    if (nb == 0) {
      return;
    }
    long n = na + nb;
    for (int i = 0; i < k; i++) {
      delta[i] = other.listwiseMean[i] - listwiseMean[i];
    }
    double weight = (double) na * nb / n;
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++) {
        listwiseCo[i][j] += other.listwiseCo[i][j] + delta[i] * delta[j] * weight;
      }
      listwiseMean[i] += delta[i] * nb / n;
    }
    listwiseN = n;
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
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++) {
        n[i][j] = listwise ? listwiseN : pairN[i][j];
        co[i][j] = listwise ? listwiseCo[i][j] : pairCo[i][j];
        n[j][i] = n[i][j];
        co[j][i] = co[i][j];
      }
      mean[i] = listwise ? listwiseMean[i] : pairMean[i][i];
    }
    return new ItemMoments(itemIds, handling, n, mean, co);
  }
}
