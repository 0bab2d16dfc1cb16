package org.impsci.assessment.reliability;

import java.util.List;
import java.util.Optional;

/**
 * The first and second moments of a scale's items under one case handling: for each pair of items
 * (and on the diagonal, each item) the number of respondents behind it and the co-moment, and
 * each item's mean.
 */
final class ItemMoments {
  private final List<String> itemIds;
  private final CaseHandling handling;
  private final long[][] n;
  private final double[] mean;
  private final double[][] coMoment;

  ItemMoments(
      List<String> itemIds, CaseHandling handling, long[][] n, double[] mean, double[][] coMoment) {
    this.itemIds = itemIds;
    this.handling = handling;
    this.n = n;
    this.mean = mean;
    this.coMoment = coMoment;
  }

  List<String> itemIds() {
    return itemIds;
  }

  int k() {
    return itemIds.size();
  }

  CaseHandling handling() {
    return handling;
  }

  /** The respondents behind item i's mean and variance. */
  long itemN(int i) {
    return n[i][i];
  }

  /** Item i's mean; only meaningful when {@code itemN(i) > 0}. */
  double mean(int i) {
    return mean[i];
  }

  /** The complete cases (listwise), or the smallest number behind one covariance (pairwise). */
  long n() {
    long min = Long.MAX_VALUE;
    for (int i = 0; i < k(); i++) {
      for (int j = k() == 1 ? i : i + 1; j < k(); j++) {
        min = Math.min(min, n[i][j]);
      }
    }
    return min;
  }

  /** The sample covariance of items i and j (the variance when i == j); needs n &gt;= 2. */
  double covariance(int i, int j) {
    return coMoment[i][j] / (n[i][j] - 1);
  }

  /**
   * Why a covariance among the items other than {@code excluded} (-1: none) cannot be computed,
   * or empty when all can. A variance is reported before a covariance, the root cause first.
   */
  Optional<String> undefinedCovariance(int excluded) {
    for (int offset = 0; offset < k(); offset++) {
      for (int i = 0; i + offset < k(); i++) {
        int j = i + offset;
        if (i != excluded && j != excluded && n[i][j] < 2) {
          return Optional.of(tooFew(i, j));
        }
      }
    }
    return Optional.empty();
  }

  private String tooFew(int i, int j) {
    if (handling == CaseHandling.LISTWISE) {
      return "only " + n[i][j] + " complete case(s); at least 2 are needed";
    }
    if (i == j) {
      return "item " + itemIds.get(i) + " was answered by only " + n[i][j]
          + " respondent(s); at least 2 are needed";
    }
    return "items " + itemIds.get(i) + " and " + itemIds.get(j) + " were answered together by only "
        + n[i][j] + " respondent(s); at least 2 are needed";
  }
}
