package org.impsci.assessment.statistics;

/**
 * The few distribution functions the library's statistics need (intervals of means, the paired
 * analysis of outcomes), written for this project: the normal distribution function, Student's t
 * distribution and quantile, and the exact null distribution of the Wilcoxon signed-rank
 * statistic. Accurate to about 1e-12 in the tails used here; checked against scipy in the tests.
 * Thread-safe (static methods, no state).
 */
public final class Distributions {
  private static final int MAX_ITERATIONS = 10_000;
  private static final double EPSILON = 1e-15;
  private static final double TINY = 1e-300;

  private Distributions() {}

  /** {@code P(Z <= z)} for a standard normal Z. */
  public static double normalCdf(double z) {
    double q = 0.5 * erfc(Math.abs(z) / Math.sqrt(2));
    return z < 0 ? q : 1 - q;
  }

  /** The complementary error function, through the regularized upper incomplete gamma Q(1/2, x^2). */
  static double erfc(double x) {
    return x == 0 ? 1 : gammaQ(0.5, x * x);
  }

  /** The regularized upper incomplete gamma function Q(a, x), for a > 0 and x >= 0. */
  static double gammaQ(double a, double x) {
    if (x < a + 1) {
      // Series for P(a, x).
      double term = 1 / a;
      double sum = term;
      for (int n = 1; n < MAX_ITERATIONS && Math.abs(term) > Math.abs(sum) * EPSILON; n++) {
        term *= x / (a + n);
        sum += term;
      }
      return 1 - sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
    }
    // Continued fraction for Q(a, x) (modified Lentz).
    double b = x + 1 - a;
    double c = 1 / TINY;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i < MAX_ITERATIONS; i++) {
      double an = -i * (i - a);
      b += 2;
      d = nonTiny(an * d + b);
      c = nonTiny(b + an / c);
      d = 1 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < EPSILON) {
        break;
      }
    }
    return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
  }

  /** ln Gamma(x) for x > 0 (Lanczos, g = 7, nine coefficients). */
  static double logGamma(double x) {
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    double[] g = {
      0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
      -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
      1.5056327351493116e-7
    };
    double z = x - 1;
    double sum = g[0];
    for (int i = 1; i < g.length; i++) {
      sum += g[i] / (z + i);
    }
    double t = z + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
  }

  /** The regularized incomplete beta function I_x(a, b). */
  static double regularizedBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double front =
        Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
    if (x > (a + 1) / (a + b + 2)) {
      return 1 - front * betaFraction(1 - x, b, a) / b;
    }
    return front * betaFraction(x, a, b) / a;
  }

  /** The continued fraction of the incomplete beta function (modified Lentz). */
  private static double betaFraction(double x, double a, double b) {
    double c = 1;
    double d = 1 / nonTiny(1 - (a + b) * x / (a + 1));
    double h = d;
    for (int m = 1; m < MAX_ITERATIONS; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
      d = nonTiny(1 + aa * d);
      c = nonTiny(1 + aa / c);
      d = 1 / d;
      h *= d * c;
      aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
      d = nonTiny(1 + aa * d);
      c = nonTiny(1 + aa / c);
      d = 1 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < EPSILON) {
        break;
      }
    }
    return h;
  }

  /** x, or a tiny number of the right size where x is nearly 0 (the modified Lentz guard). */
  private static double nonTiny(double x) {
    return Math.abs(x) < TINY ? TINY : x;
  }

  /** {@code P(T <= t)} for Student's t with {@code df} degrees of freedom. */
  public static double studentCdf(double t, double df) {
    double tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
    return t < 0 ? tail : 1 - tail;
  }

  /**
   * The p-quantile of Student's t with {@code df} degrees of freedom, for {@code 0.5 <= p < 1}, by
   * bisection on {@link #studentCdf} to full double precision.
   *
   * @throws IllegalArgumentException if p is outside [0.5, 1) or df is not positive
   */
  public static double studentQuantile(double p, double df) {
    if (!(p >= 0.5 && p < 1 && df > 0)) {
      throw new IllegalArgumentException("Student's t quantile needs 0.5 <= p < 1 and df > 0, not p "
          + p + " and df " + df);
    }
    double lo = 0;
    double hi = 1;
    while (studentCdf(hi, df) < p) {
      hi *= 2;
    }
    for (int i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
      double mid = 0.5 * (lo + hi);
      if (studentCdf(mid, df) < p) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  /**
   * The exact null distribution of the signed-rank statistic V (the sum of the ranks 1..n given
   * a positive sign, each sign equally likely): {@code counts[v]} is the number of the 2^n sign
   * patterns with V = v.
   *
   * @throws IllegalArgumentException if n is outside 0..1000 (the exact test is for small samples)
   */
  public static double[] signedRankCounts(int n) {
    if (n < 0 || n > 1000) {
      throw new IllegalArgumentException("the exact signed-rank distribution is for 0..1000 pairs, not " + n);
    }
    int max = n * (n + 1) / 2;
    double[] counts = new double[max + 1];
    counts[0] = 1;
    for (int rank = 1; rank <= n; rank++) {
      for (int v = max; v >= rank; v--) {
        counts[v] += counts[v - rank];
      }
    }
    return counts;
  }
}
