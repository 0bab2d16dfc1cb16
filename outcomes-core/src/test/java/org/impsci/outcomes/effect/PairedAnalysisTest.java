package org.impsci.outcomes.effect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.Test;

/**
 * Paired before/after analysis against an independent implementation: R 4 ({@code Rscript}, Debian's
 * r-base-core) and scipy 1.17.1, run on the same data here. The commands are in each test; the
 * median intervals are worked by hand from the binomial distribution.
 */
class PairedAnalysisTest {
  private static final Offset<Double> CLOSE = within(1e-12);

  private static List<PairedValues> pairs(double[] before, double[] after) {
    List<PairedValues> pairs = new ArrayList<>();
    for (int i = 0; i < before.length; i++) {
      pairs.add(PairedValues.of("p" + (i + 1), before[i], after[i]));
    }
    return pairs;
  }

  @Test
  void smallSampleWithoutTiesGetsTheExactPValue() {
    // R: before <- c(8, 6, 10, 4, 12, 7, 9, 5, 11); after <- c(3, 5, 2, 6, 5, 10, 0, 1, 5)
    //    wilcox.test(after, before, paired = TRUE)  -> V = 5, p-value = 0.0390625
    //    t.test(after, before, paired = TRUE)       -> mean -3.88888888888889,
    //                                                  95% CI -7.20496872621547 .. -0.572809051562308
    // scipy: stats.wilcoxon(after, before, method='exact') -> pvalue 0.0390625
    PairedChange change = PairedAnalysis.of(pairs(
        new double[] {8, 6, 10, 4, 12, 7, 9, 5, 11}, new double[] {3, 5, 2, 6, 5, 10, 0, 1, 5}));
    assertThat(change.differences()).containsExactly(-5.0, -1.0, -8.0, 2.0, -7.0, 3.0, -9.0, -4.0, -6.0);
    assertThat(change.meanChange().getAsDouble()).isCloseTo(-3.88888888888889, CLOSE);
    assertThat(change.meanLower95().getAsDouble()).isCloseTo(-7.20496872621547, CLOSE);
    assertThat(change.meanUpper95().getAsDouble()).isCloseTo(-0.572809051562308, CLOSE);
    assertThat(change.medianChange()).hasValue(-5.0);
    // By hand: sorted -9 -8 -7 -6 -5 -4 -1 2 3; P(Bin(9, 1/2) <= 1) = 10/512 <= 0.025 but
    // P(<= 2) = 46/512 is not, so k = 2: the 2nd smallest (-8) and the 2nd largest (2).
    assertThat(change.medianLower95()).hasValue(-8.0);
    assertThat(change.medianUpper95()).hasValue(2.0);
    SignedRankTest test = change.signedRank().orElseThrow();
    assertThat(test.method()).isEqualTo(SignedRankTest.Method.EXACT);
    assertThat(test.statistic()).isEqualTo(5.0);
    assertThat(test.pValue()).isCloseTo(0.0390625, CLOSE);
    assertThat(test.z()).isEmpty();
    assertThat(change.reason()).isEmpty();
  }

  @Test
  void tiesAndZerosUseTheCorrectedNormalApproximationAndMissingSidesAreCounted() {
    // R: before <- c(4, 6, 3, 8, 5, 7, 2, 9, 6, 4, 5, 7, 3, 6)
    //    after  <- c(2, 6, 1, 5, 5, 3, 2, 4, 4, 1, 6, 3, 3, 2)
    //    wilcox.test(after, before, paired = TRUE)  -> V = 1, p-value = 0.00768075444736547
    //    t.test(after, before, paired = TRUE)       -> mean -2, 95% CI -3.10946292106995 .. -0.890537078930053
    // scipy: stats.wilcoxon(after, before, zero_method='wilcox', correction=True, method='approx')
    //    -> statistic 1.0, pvalue 0.00768075444736545
    List<PairedValues> pairs = new ArrayList<>(pairs(
        new double[] {4, 6, 3, 8, 5, 7, 2, 9, 6, 4, 5, 7, 3, 6},
        new double[] {2, 6, 1, 5, 5, 3, 2, 4, 4, 1, 6, 3, 3, 2}));
    pairs.add(PairedValues.builder().id("m1").after(3).build());
    pairs.add(PairedValues.builder().id("m2").before(5).build());
    pairs.add(PairedValues.builder().id("m3").build());
    pairs.add(PairedValues.builder().id("m4").before(1).build());
    PairedChange change = PairedAnalysis.of(pairs);
    assertThat(change.pairsRead()).isEqualTo(18);
    assertThat(change.complete()).hasSize(14);
    assertThat(change.missingBefore()).containsExactly("m1");
    assertThat(change.missingAfter()).containsExactly("m2", "m4");
    assertThat(change.missingBoth()).containsExactly("m3");
    assertThat(change.meanChange().getAsDouble()).isCloseTo(-2.0, CLOSE);
    assertThat(change.meanLower95().getAsDouble()).isCloseTo(-3.10946292106995, CLOSE);
    assertThat(change.meanUpper95().getAsDouble()).isCloseTo(-0.890537078930053, CLOSE);
    assertThat(change.medianChange()).hasValue(-2.0);
    // By hand: sorted -5 -4 -4 -4 -3 -3 -2 -2 -2 0 0 0 0 1; P(Bin(14, 1/2) <= 2) = 106/16384
    // <= 0.025, P(<= 3) = 470/16384 is not, so k = 3: -4 and 0.
    assertThat(change.medianLower95()).hasValue(-4.0);
    assertThat(change.medianUpper95()).hasValue(0.0);
    SignedRankTest test = change.signedRank().orElseThrow();
    assertThat(test.method()).isEqualTo(SignedRankTest.Method.NORMAL_APPROXIMATION);
    assertThat(test.statistic()).isEqualTo(1.0);
    assertThat(test.ranked()).isEqualTo(10);
    assertThat(test.zeros()).isEqualTo(4);
    assertThat(test.ties()).isTrue();
    // By hand: ties 3, 2 and 3 give (24 + 6 + 24) / 48 off the variance 10 * 11 * 21 / 24, so
    // sigma^2 = 96.25 - 1.125 = 95.125 and z = (1 - 27.5 + 0.5) / sqrt(95.125).
    assertThat(test.z().getAsDouble()).isCloseTo(-26 / Math.sqrt(95.125), CLOSE);
    assertThat(test.pValue()).isCloseTo(0.00768075444736547, CLOSE);
  }

  @Test
  void fiftyDifferencesSwitchToTheNormalApproximationAsInR() {
    // R: d50 <- sapply(1:50, function(i) if (i %% 3 == 0) -i else i)
    //    wilcox.test(100 + d50, rep(100, 50), paired = TRUE)       -> V = 867, p = 0.0270634921760479
    //    wilcox.test(100 + d50[1:49], rep(100, 49), paired = TRUE) -> V = 817, p = 0.0417038542324235
    // scipy: stats.wilcoxon(d50, method='approx') -> 0.027063492176047897;
    //        stats.wilcoxon(d50[:49], method='exact') -> 0.04170385423242351
    List<PairedValues> fifty = new ArrayList<>();
    for (int i = 1; i <= 50; i++) {
      fifty.add(PairedValues.of("p" + i, 100, 100 + (i % 3 == 0 ? -i : i)));
    }
    SignedRankTest normal = PairedAnalysis.of(fifty).signedRank().orElseThrow();
    assertThat(normal.method()).isEqualTo(SignedRankTest.Method.NORMAL_APPROXIMATION);
    assertThat(normal.statistic()).isEqualTo(867.0);
    assertThat(normal.pValue()).isCloseTo(0.0270634921760479, CLOSE);
    SignedRankTest exact = PairedAnalysis.of(fifty.subList(0, 49)).signedRank().orElseThrow();
    assertThat(exact.method()).isEqualTo(SignedRankTest.Method.EXACT);
    assertThat(exact.statistic()).isEqualTo(817.0);
    assertThat(exact.pValue()).isCloseTo(0.0417038542324235, CLOSE);
  }

  @Test
  void tooFewPairsSayWhatIsMissing() {
    PairedChange none = PairedAnalysis.of(List.of(PairedValues.builder().id("a").before(2).build()));
    assertThat(none.meanChange()).isEmpty();
    assertThat(none.signedRank()).isEmpty();
    assertThat(none.reason()).hasValue("no complete pair");
    assertThat(none.missingAfter()).containsExactly("a");

    // One pair of 3 -> 3: mean and median 0, no interval, no test.
    PairedChange one = PairedAnalysis.of(List.of(PairedValues.of("a", 3, 3)));
    assertThat(one.meanChange()).hasValue(0.0);
    assertThat(one.meanLower95()).isEmpty();
    assertThat(one.reason()).hasValue("one complete pair: no confidence interval of the mean; "
        + "1 complete pairs: a 95% interval of the median needs 6; every difference is zero: no signed-rank test");

    // By hand: differences 1 and 3 (n = 2): median (1 + 3) / 2 = 2; V = 1 + 2 = 3 lies above
    // n(n+1)/4 = 1.5, and one of the 4 sign patterns reaches 3, so p = 2 * 1/4 = 0.5 (exact).
    PairedChange two = PairedAnalysis.of(List.of(PairedValues.of("a", 1, 2), PairedValues.of("b", 1, 4)));
    assertThat(two.medianChange()).hasValue(2.0);
    assertThat(two.signedRank().orElseThrow().pValue()).isEqualTo(0.5);
    assertThat(two.medianLower95()).isEmpty();
  }

  @Test
  void theMedianRankFollowsTheBinomialTail() {
    // By hand: n = 6, P(0) = 1/64 = 0.0156 <= 0.025, P(<= 1) = 7/64 is not: k = 1. n = 5:
    // P(0) = 1/32 = 0.031 > 0.025: k = 0. n = 17: P(<= 4) = 3214/131072 = 0.0245, P(<= 5) = 0.0717.
    assertThat(PairedAnalysis.medianRank(5)).isZero();
    assertThat(PairedAnalysis.medianRank(6)).isEqualTo(1);
    assertThat(PairedAnalysis.medianRank(17)).isEqualTo(5);
  }

  @Test
  void badValuesAreRefusedAndResultsReadBack() {
    assertThatThrownBy(() -> PairedValues.of("x", Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pair 'x': values must be finite numbers");
    assertThatThrownBy(() -> PairedValues.of("x", 1, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
    PairedChange change = PairedAnalysis.of(pairs(new double[] {1, 2, 3}, new double[] {2, 2, 5}));
    assertThat(ImpsciJson.read(ImpsciJson.write(change), PairedChange.class, "t")).isEqualTo(change);
    assertThatThrownBy(() -> PairedChange.builder().pairsRead(2).addComplete("a").addDifferences(1.0).build())
        .hasMessageContaining("pairs read (2) must equal complete + missing (1)");
    assertThatThrownBy(() -> PairedChange.builder().pairsRead(1).addComplete("a").build())
        .hasMessageContaining("pairs read (1)");
  }
}
