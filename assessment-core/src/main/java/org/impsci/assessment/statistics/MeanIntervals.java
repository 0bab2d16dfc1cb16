package org.impsci.assessment.statistics;


/**
 * The two-sided 95% confidence interval of a mean, t-based (Student's t with n - 1 degrees of
 * freedom), as R's {@code t.test(x)$conf.int} gives it: mean &plusmn; t(0.975, n - 1) &middot; SD
 * / &radic;n. Used for the mean change of paired values and for the report's tables. Thread-safe
 * (static methods, no state).
 */
public final class MeanIntervals {
  private MeanIntervals() {}

  /**
   * Half the width of the interval of a mean of {@code n} values with sample SD {@code sd}.
   *
   * @return the half-width; NaN when {@code n < 2} (no degrees of freedom) or the SD is NaN
   */
  public static double halfWidth95(long n, double sd) {
    if (n < 2) {
      return Double.NaN;
    }
    return Distributions.studentQuantile(0.975, n - 1) * sd / Math.sqrt(n);
  }
}
