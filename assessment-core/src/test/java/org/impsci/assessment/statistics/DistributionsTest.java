package org.impsci.assessment.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.assertj.core.data.Offset;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/**
 * The distribution functions against scipy 1.17.1 on a grid covering both branches of each
 * (series and continued fraction, both sides of the beta switch, small and large arguments).
 * Expected values printed by python3 with scipy: stats.norm.cdf(z), special.gammaincc(a, x),
 * math.lgamma(x), special.betainc(a, b, x), stats.t.cdf(t, df) and stats.t.ppf(p, df), each with
 * the arguments in the same line.
 */
class DistributionsTest {
  private static final Percentage REL = withinPercentage(1e-9);
  private static final Offset<Double> ABS = within(1e-12);

  @Test
  void agreeWithScipy() {
    assertThat(Distributions.normalCdf(-8.5)).isCloseTo(9.47953482220325e-18, REL);
    assertThat(Distributions.normalCdf(-3.2)).isCloseTo(0.0006871379379158471, REL);
    assertThat(Distributions.normalCdf(-1.0)).isCloseTo(0.15865525393145707, REL);
    assertThat(Distributions.normalCdf(-0.3)).isCloseTo(0.3820885778110474, REL);
    assertThat(Distributions.normalCdf(0.0)).isCloseTo(0.5, REL);
    assertThat(Distributions.normalCdf(0.7)).isCloseTo(0.758036347776927, REL);
    assertThat(Distributions.normalCdf(2.6)).isCloseTo(0.9953388119762813, REL);
    assertThat(Distributions.normalCdf(6.1)).isCloseTo(0.9999999994696577, REL);
    assertThat(Distributions.gammaQ(0.5, 0.04)).isCloseTo(0.7772974107895214, REL);
    assertThat(Distributions.gammaQ(0.5, 0.9)).isCloseTo(0.17971249487899593, REL);
    assertThat(Distributions.gammaQ(0.5, 2.5)).isCloseTo(0.025347318677468325, REL);
    assertThat(Distributions.gammaQ(0.5, 30.0)).isCloseTo(9.485737571073857e-15, REL);
    assertThat(Distributions.gammaQ(2.5, 1.0)).isCloseTo(0.8491450360846096, REL);
    assertThat(Distributions.gammaQ(2.5, 7.0)).isCloseTo(0.01560941610026691, REL);
    assertThat(Distributions.gammaQ(4.0, 3.2)).isCloseTo(0.6025197244055571, REL);
    assertThat(Distributions.logGamma(0.1)).isCloseTo(2.2527126517342055, ABS);
    assertThat(Distributions.logGamma(0.3)).isCloseTo(1.0957979948180752, ABS);
    assertThat(Distributions.logGamma(1.0)).isCloseTo(0.0, ABS);
    assertThat(Distributions.logGamma(2.5)).isCloseTo(0.2846828704729196, ABS);
    assertThat(Distributions.logGamma(7.5)).isCloseTo(7.534364236758734, ABS);
    assertThat(Distributions.logGamma(30.0)).isCloseTo(71.257038967168, ABS);
    assertThat(Distributions.regularizedBeta(0.2, 2.0, 3.0)).isCloseTo(0.18080000000000004, REL);
    assertThat(Distributions.regularizedBeta(0.9, 2.0, 3.0)).isCloseTo(0.9963, REL);
    assertThat(Distributions.regularizedBeta(0.5, 0.5, 4.5)).isCloseTo(0.9850436360895857, REL);
    assertThat(Distributions.regularizedBeta(0.05, 6.0, 0.5)).isCloseTo(3.6028852002034007e-09, REL);
    assertThat(Distributions.regularizedBeta(0.97, 6.0, 0.5)).isCloseTo(0.5537459183161353, REL);
    assertThat(Distributions.regularizedBeta(0.7, 12.5, 0.5)).isCloseTo(0.0031034299247518046, REL);
    assertThat(Distributions.studentCdf(-2.1, 3.0)).isCloseTo(0.0632826012748423, REL);
    assertThat(Distributions.studentCdf(0.4, 1.0)).isCloseTo(0.6211189415908434, REL);
    assertThat(Distributions.studentCdf(1.7, 8.0)).isCloseTo(0.9362235651483829, REL);
    assertThat(Distributions.studentCdf(3.3, 25.0)).isCloseTo(0.9985473898931115, REL);
    assertThat(Distributions.studentQuantile(0.975, 1.0)).isCloseTo(12.706204736174694, REL);
    assertThat(Distributions.studentQuantile(0.975, 2.0)).isCloseTo(4.302652729749462, REL);
    assertThat(Distributions.studentQuantile(0.975, 8.0)).isCloseTo(2.306004135204166, REL);
    assertThat(Distributions.studentQuantile(0.975, 13.0)).isCloseTo(2.1603686564627913, REL);
    assertThat(Distributions.studentQuantile(0.975, 120.0)).isCloseTo(1.9799304050824402, REL);
    assertThat(Distributions.studentQuantile(0.5, 5.0)).isCloseTo(0.0, ABS);
    assertThat(Distributions.studentQuantile(0.9, 4.0)).isCloseTo(1.533206274058944, REL);
  }

  @Test
  void edgesAndTheSignedRankDistribution() {
    assertThat(Distributions.erfc(0)).isEqualTo(1.0);
    assertThat(Distributions.regularizedBeta(0, 2, 3)).isZero();
    assertThat(Distributions.regularizedBeta(1, 2, 3)).isEqualTo(1.0);
    // By hand: n = 3, V over the 8 sign patterns of ranks 1, 2, 3 takes 0, 1, 2, 3, 3, 4, 5, 6.
    assertThat(Distributions.signedRankCounts(3)).containsExactly(1, 1, 1, 2, 1, 1, 1);
    // 2^20 patterns in all for n = 20; V = 0 and V = 210 once each.
    double[] twenty = Distributions.signedRankCounts(20);
    assertThat(java.util.Arrays.stream(twenty).sum()).isEqualTo(1 << 20);
    assertThat(twenty[0]).isEqualTo(1.0);
    assertThat(twenty[210]).isEqualTo(1.0);
  }

  @Test
  void argumentsOutsideTheFunctionsDomainAreRefused() {
    assertThatThrownBy(() -> Distributions.studentQuantile(1.0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Student's t quantile needs 0.5 <= p < 1 and df > 0, not p 1.0 and df 3.0");
    assertThatThrownBy(() -> Distributions.studentQuantile(0.4, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Distributions.studentQuantile(0.975, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Distributions.signedRankCounts(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the exact signed-rank distribution is for 0..1000 pairs, not -1");
    assertThatThrownBy(() -> Distributions.signedRankCounts(1001)).isInstanceOf(IllegalArgumentException.class);
    // The edges of the domain still work: no pairs give one pattern (V = 0); the median of t is 0.
    assertThat(Distributions.signedRankCounts(0)).containsExactly(1);
    assertThat(Distributions.studentQuantile(0.5, 1)).isCloseTo(0.0, within(1e-12));
  }
}
