package org.impsci.assessment.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.StringJoiner;

/**
 * Cronbach's alpha of a scale and its items' statistics (Cronbach 1951, "Coefficient alpha and
 * the internal structure of tests", Psychometrika 16:297-334, doi:10.1007/BF02310555).
 *
 * <p>From the item covariance matrix C (sample covariances, denominator n - 1) of k items:
 *
 * <ul>
 *   <li>raw alpha = k/(k-1) * (1 - trace(C)/sum(C));
 *   <li>standardized alpha = k/(k-1) * (1 - k/sum(R)), R the correlation matrix of C;
 *   <li>alpha if item i deleted = raw alpha of C without row and column i (needs k &gt;= 3);
 *   <li>corrected item-total correlation of item i = (sum over j != i of C[i][j]) / sqrt(C[i][i]
 *       * sum over j, l != i of C[j][l]).
 * </ul>
 *
 * <p>Under {@link CaseHandling#LISTWISE} these are the textbook figures of the complete cases.
 * Under {@link CaseHandling#PAIRWISE} C holds each covariance from the respondents who answered
 * both items and each variance from all who answered the item, and R = C[i][j] / sqrt(C[i][i]
 * C[j][j]); these are the figures of {@code psych::alpha(x, use = "pairwise")} in R (psych 2.2.9),
 * except that for k = 2 psych reports C[1][2]/C[2][2] as "alpha if deleted" where impsci leaves
 * it empty, and that psych drops an item with zero variance where impsci keeps it.
 *
 * <p>A figure that cannot be computed (fewer than 2 items or cases, zero variance) is empty with
 * a reason. A total-score variance no larger in size than 1e-12 times the sum of the item
 * variances counts as zero: it is rounding left over from covariances that cancel exactly.
 *
 * <p>Thread-safe: it has only static methods and immutable, lazily loaded data.
 */
public final class CronbachAlpha {
  private static final double ZERO_TOLERANCE = 1e-12;

  private CronbachAlpha() {}

  /**
   * Alpha and item statistics of a table of item values.
   *
   * @param itemIds the items, in the order of each row's values
   * @param rows one row per respondent, values already reverse-scored, {@link Double#NaN} where
   *     missing
   * @param handling which respondents each covariance is computed from
   * @throws IllegalArgumentException if a row's length is not the number of items
   */
  public static ReliabilityResult compute(
      List<String> itemIds, double[][] rows, CaseHandling handling) {
    ItemCovarianceAccumulator accumulator = new ItemCovarianceAccumulator(itemIds);
    for (double[] row : rows) {
      accumulator.add(row);
    }
    return accumulator.result(handling);
  }

  static ReliabilityResult of(ItemMoments m) {
    Figure raw = rawAlpha(m, -1);
    Figure standardized = standardizedAlpha(m);
    List<ItemStatistics> items = new ArrayList<>();
    for (int i = 0; i < m.k(); i++) {
      items.add(itemStatistics(m, i));
    }
    ReliabilityResult.Builder result =
        ReliabilityResult.builder()
            .addAllItemIds(m.itemIds())
            .k(m.k())
            .handling(m.handling())
            .n(m.n())
            .alphaRaw(raw.value())
            .alphaStandardized(standardized.value())
            .addAllItems(items);
    if (raw.reason().isPresent() && raw.reason().equals(standardized.reason())) {
      result.reason(raw.reason());
    } else {
      reasons(Map.entry("raw alpha", raw), Map.entry("standardized alpha", standardized))
          .ifPresent(result::reason);
    }
    return result.build();
  }

  private static Figure rawAlpha(ItemMoments m, int excluded) {
    int size = excluded < 0 ? m.k() : m.k() - 1;
    if (size < 2) {
      return Figure.missing("alpha needs at least 2 items, got " + size);
    }
    Optional<String> undefined = m.undefinedCovariance(excluded);
    if (undefined.isPresent()) {
      return Figure.missing(undefined.get());
    }
    double trace = 0;
    double sum = 0;
    for (int i = 0; i < m.k(); i++) {
      for (int j = 0; j < m.k(); j++) {
        if (i != excluded && j != excluded) {
          sum += m.covariance(Math.min(i, j), Math.max(i, j));
          trace += i == j ? m.covariance(i, i) : 0;
        }
      }
    }
    Optional<String> unusable = positive(sum, trace, "the total score");
    return unusable.isPresent()
        ? Figure.missing(unusable.get())
        : atMostOne(size / (size - 1.0) * (1 - trace / sum), "alpha");
  }

  private static Figure standardizedAlpha(ItemMoments m) {
    int k = m.k();
    if (k < 2) {
      return Figure.missing("alpha needs at least 2 items, got " + k);
    }
    Optional<String> undefined = m.undefinedCovariance(-1);
    if (undefined.isPresent()) {
      return Figure.missing(undefined.get());
    }
    for (int i = 0; i < k; i++) {
      if (m.covariance(i, i) == 0) {
        return Figure.missing(
            "item " + m.itemIds().get(i) + " has zero variance, so its correlations are undefined");
      }
    }
    double sum = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        sum += m.covariance(a, b) / Math.sqrt(m.covariance(a, a) * m.covariance(b, b));
      }
    }
    Optional<String> unusable = positive(sum, k, "the standardized total score");
    return unusable.isPresent()
        ? Figure.missing(unusable.get())
        : atMostOne(k / (k - 1.0) * (1 - k / sum), "standardized alpha");
  }

  private static ItemStatistics itemStatistics(ItemMoments m, int i) {
    long n = m.itemN(i);
    Figure mean =
        n > 0 ? Figure.of(m.mean(i)) : Figure.missing("no respondent to average over");
    Figure sd =
        n > 1
            ? Figure.of(Math.sqrt(m.covariance(i, i)))
            : Figure.missing("needs at least 2 respondents, got " + n);
    Figure alphaIfDeleted =
        m.k() < 3
            ? Figure.missing("needs at least 3 items, got " + m.k())
            : rawAlpha(m, i);
    Figure itemTotal = itemTotalCorrelation(m, i);
    ItemStatistics.Builder item =
        ItemStatistics.builder()
            .itemId(m.itemIds().get(i))
            .n(n)
            .mean(mean.value())
            .sd(sd.value())
            .alphaIfDeleted(alphaIfDeleted.value())
            .correctedItemTotalCorrelation(itemTotal.value());
    reasons(
            Map.entry("mean", mean),
            Map.entry("SD", sd),
            Map.entry("alpha if deleted", alphaIfDeleted),
            Map.entry("corrected item-total correlation", itemTotal))
        .ifPresent(item::reason);
    return item.build();
  }

  private static Figure itemTotalCorrelation(ItemMoments m, int i) {
    if (m.k() < 2) {
      return Figure.missing("there is no other item");
    }
    Optional<String> undefined = m.undefinedCovariance(-1);
    if (undefined.isPresent()) {
      return Figure.missing(undefined.get());
    }
    double variance = m.covariance(i, i);
    if (variance == 0) {
      return Figure.missing("the item has zero variance");
    }
    double withRest = 0;
    double rest = 0;
    double restTrace = 0;
    for (int j = 0; j < m.k(); j++) {
      if (j == i) {
        continue;
      }
      withRest += m.covariance(Math.min(i, j), Math.max(i, j));
      restTrace += m.covariance(j, j);
      for (int l = 0; l < m.k(); l++) {
        if (l != i) {
          rest += m.covariance(Math.min(j, l), Math.max(j, l));
        }
      }
    }
    Optional<String> unusable = positive(rest, restTrace, "the total of the other items");
    if (unusable.isPresent()) {
      return Figure.missing(unusable.get());
    }
    double r = withRest / Math.sqrt(variance * rest);
    if (Math.abs(r) > 1 + 1e-9) {
      return Figure.missing(
          "the correlation exceeds 1 in size (" + r + "): pairwise covariances of different"
              + " respondents are inconsistent; use listwise handling");
    }
    return Figure.of(Math.max(-1, Math.min(1, r)));
  }

  /**
   * A figure that cannot exceed 1 for any consistent covariance matrix. Pairwise covariances of
   * different respondents can push it above 1; then it is not reported, with the reason. Rounding
   * just above 1 is clamped to 1.
   */
  private static Figure atMostOne(double value, String what) {
    if (value > 1 + 1e-9) {
      return Figure.missing(
          what + " exceeds 1 (" + value + "): pairwise covariances of different respondents are"
              + " inconsistent; use listwise handling");
    }
    return Figure.of(Math.min(value, 1.0));
  }

  /** Why a variance is not usable as a denominator: zero (up to rounding) or negative. */
  private static Optional<String> positive(double variance, double scale, String what) {
    if (Math.abs(variance) <= ZERO_TOLERANCE * scale) {
      return Optional.of(what + " has zero variance");
    }
    if (variance < 0) {
      return Optional.of(
          what + " has a negative variance (the pairwise covariances are inconsistent)");
    }
    return Optional.empty();
  }

  /** "label: reason" for each missing figure, joined by "; "; empty when none is missing. */
  @SafeVarargs
  private static Optional<String> reasons(Map.Entry<String, Figure>... figures) {
    StringJoiner joined = new StringJoiner("; ");
    for (Map.Entry<String, Figure> figure : figures) {
      figure.getValue().reason().ifPresent(r -> joined.add(figure.getKey() + ": " + r));
    }
    return joined.length() == 0 ? Optional.empty() : Optional.of(joined.toString());
  }

  /** A figure, or why there is none. */
  private record Figure(OptionalDouble value, Optional<String> reason) {
    static Figure of(double value) {
      return new Figure(OptionalDouble.of(value), Optional.empty());
    }

    static Figure missing(String reason) {
      return new Figure(OptionalDouble.empty(), Optional.of(reason));
    }
  }
}
