package org.impsci.outcomes.effect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.impsci.assessment.statistics.MeanIntervals;

/**
 * Computes a {@link PairedChange} from paired values: per-person differences (after minus before),
 * mean and median change with 95% confidence intervals, and the Wilcoxon signed-rank test as R's
 * {@code wilcox.test(after, before, paired = TRUE)} documents it. Pairs with a missing side are
 * counted and listed. Thread-safe; time O(n log n) for the ranks, plus O(n^3) for the exact
 * distribution, which is used only for fewer than 50 differences.
 */
public final class PairedAnalysis {
  /** Below this many non-zero differences without ties, the p-value is exact (as in R). */
  public static final int EXACT_BELOW = 50;

  private PairedAnalysis() {}

  /** The analysis of these pairs, in the order given. */
  public static PairedChange of(List<PairedValues> pairs) {
    PairedChange.Builder result = PairedChange.builder().pairsRead(pairs.size());
    List<Double> differences = new ArrayList<>();
    for (PairedValues pair : pairs) {
      boolean before = pair.before().isPresent();
      boolean after = pair.after().isPresent();
      if (before && after) {
        result.addComplete(pair.id());
        differences.add(pair.after().getAsDouble() - pair.before().getAsDouble());
      } else if (after) {
        result.addMissingBefore(pair.id());
      } else if (before) {
        result.addMissingAfter(pair.id());
      } else {
        result.addMissingBoth(pair.id());
      }
    }
    result.addAllDifferences(differences);
    int n = differences.size();
    if (n == 0) {
      return result.reason("no complete pair").build();
    }
    double[] sorted = differences.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double mean = Arrays.stream(sorted).sum() / n;
    result.meanChange(mean).medianChange(median(sorted));
    List<String> reasons = new ArrayList<>();
    if (n >= 2) {
      double ss = 0;
      for (double d : sorted) {
        ss += (d - mean) * (d - mean);
      }
      double half = MeanIntervals.halfWidth95(n, Math.sqrt(ss / (n - 1)));
      result.meanLower95(mean - half).meanUpper95(mean + half);
    } else {
      reasons.add("one complete pair: no confidence interval of the mean");
    }
    int k = medianRank(n);
    if (k > 0) {
      result.medianLower95(sorted[k - 1]).medianUpper95(sorted[n - k]);
    } else {
      reasons.add(n + " complete pairs: a 95% interval of the median needs 6");
    }
    SignedRankTests.test(sorted).ifPresentOrElse(
        result::signedRank, () -> reasons.add("every difference is zero: no signed-rank test"));
    if (!reasons.isEmpty()) {
      result.reason(String.join("; ", reasons));
    }
    return result.build();
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
  }

  /** The largest k with P(Binomial(n, 1/2) <= k - 1) <= 0.025; 0 if there is none. */
  static int medianRank(int n) {
    double[] counts = binomialCounts(n);
    double total = Math.pow(2, n);
    double below = 0;
    int k = 0;
    while (k < n && (below + counts[k]) / total <= 0.025) {
      below += counts[k];
      k++;
    }
    return k;
  }

  private static double[] binomialCounts(int n) {
    double[] c = new double[n + 1];
    c[0] = 1;
    for (int i = 1; i <= n; i++) {
      c[i] = c[i - 1] * (n - i + 1) / i;
    }
    return c;
  }
}
