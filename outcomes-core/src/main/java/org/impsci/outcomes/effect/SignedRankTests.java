package org.impsci.outcomes.effect;

import java.util.Arrays;
import java.util.Optional;
import org.impsci.assessment.statistics.Distributions;

/** The signed-rank test of sorted differences (see {@link SignedRankTest} for the rules). */
final class SignedRankTests {
  private SignedRankTests() {}

  static Optional<SignedRankTest> test(double[] sortedDifferences) {
    double[] nonZero = Arrays.stream(sortedDifferences).filter(d -> d != 0).toArray();
    int n = nonZero.length;
    int zeros = sortedDifferences.length - n;
    if (n == 0) {
      return Optional.empty();
    }
    double[] magnitude = Arrays.stream(nonZero).map(Math::abs).toArray();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(magnitude[a], magnitude[b]));
    double v = 0;
    double tieTerm = 0;
    for (int start = 0; start < n; ) {
      int end = start;
      while (end + 1 < n && magnitude[order[end + 1]] == magnitude[order[start]]) {
        end++;
      }
      double rank = (start + end + 2) / 2.0;
      int t = end - start + 1;
      tieTerm += (double) t * t * t - t;
      for (int i = start; i <= end; i++) {
        if (nonZero[order[i]] > 0) {
          v += rank;
        }
      }
      start = end + 1;
    }
    boolean ties = tieTerm > 0;
    SignedRankTest.Builder test =
        SignedRankTest.builder().statistic(v).ranked(n).zeros(zeros).ties(ties);
    double centre = n * (n + 1) / 4.0;
    if (n < PairedAnalysis.EXACT_BELOW && !ties && zeros == 0) {
      double[] counts = Distributions.signedRankCounts(n);
      double total = Math.pow(2, n);
      int vi = (int) v;
      double tail = 0;
      if (v > centre) {
        for (int x = vi; x < counts.length; x++) {
          tail += counts[x];
        }
      } else {
        for (int x = 0; x <= vi; x++) {
          tail += counts[x];
        }
      }
      return Optional.of(
          test.method(SignedRankTest.Method.EXACT).pValue(Math.min(1, 2 * tail / total)).build());
    }
    double sigma = Math.sqrt(n * (n + 1.0) * (2 * n + 1) / 24 - tieTerm / 48);
    double diff = v - centre;
    double z = (diff - Math.signum(diff) * 0.5) / sigma;
    double p = 2 * Math.min(Distributions.normalCdf(z), Distributions.normalCdf(-z));
    return Optional.of(
        test.method(SignedRankTest.Method.NORMAL_APPROXIMATION).z(z).pValue(Math.min(1, p)).build());
  }
}
