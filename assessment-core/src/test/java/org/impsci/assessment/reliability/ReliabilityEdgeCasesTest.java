package org.impsci.assessment.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.Test;

/** Scales whose alpha cannot be computed, bad rows, and the JSON form of a result. */
class ReliabilityEdgeCasesTest {
  private static final double NAN = Double.NaN;
  private static final List<String> ABC = List.of("A", "B", "C");

  /**
   * Found by ScoringPropertyTest.alphaIsAtMostOne: the listwise variance of a constant item came
   * out a hair below zero from the shifted sums, its SD NaN, and the result's own check threw.
   */
  @Test
  void constantItemAfterListwiseDeletionHasZeroVarianceNotNaN() {
    double[][] rows = {{1, -0.02, 1, NAN}, {1, 5, 1, 1}, {1, 5, 1, 1}, {1, 5, 1, 1}};
    ReliabilityResult result =
        CronbachAlpha.compute(List.of("A", "B", "C", "D"), rows, CaseHandling.LISTWISE);
    assertThat(result.n()).isEqualTo(3);
    assertThat(result.items()).allSatisfy(item -> assertThat(item.sd().getAsDouble()).isZero());
    assertThat(result.alphaRaw()).isEmpty();
    assertThat(result.reason()).isPresent();
  }

  /**
   * Found by ScoringPropertyTest.alphaIsAtMostOne: pairwise variances and covariances from
   * different respondents gave alpha = 12/11. Alpha above 1 is not reported; the reason says why.
   */
  @Test
  void pairwiseCovariancesThatPushAlphaAboveOneGiveNoAlpha() {
    double[][] rows = {{1, 1}, {2, 2}, {1, NAN}};
    ReliabilityResult pairwise =
        CronbachAlpha.compute(List.of("A", "B"), rows, CaseHandling.PAIRWISE);
    assertThat(pairwise.alphaRaw()).isEmpty();
    assertThat(pairwise.reason()).get().asString().contains("exceeds 1", "use listwise handling");
    ReliabilityResult listwise =
        CronbachAlpha.compute(List.of("A", "B"), rows, CaseHandling.LISTWISE);
    assertThat(listwise.alphaRaw().getAsDouble()).isEqualTo(1.0);
  }

  @Test
  void oneItemHasNoAlpha() {
    ReliabilityResult result =
        CronbachAlpha.compute(List.of("A"), new double[][] {{1}, {2}, {4}}, CaseHandling.LISTWISE);

    assertThat(result.alphaRaw()).isEmpty();
    assertThat(result.alphaStandardized()).isEmpty();
    assertThat(result.reason()).hasValue("alpha needs at least 2 items, got 1");
    ItemStatistics item = result.items().get(0);
    // mean (1 + 2 + 4)/3; SD: deviations -4/3, -1/3, 5/3, squares 16/9 + 1/9 + 25/9 = 42/9 over 2
    assertThat(item.mean().getAsDouble()).isCloseTo(7.0 / 3, within(1e-12));
    assertThat(item.sd().getAsDouble()).isCloseTo(Math.sqrt(42.0 / 18), within(1e-12));
    assertThat(item.alphaIfDeleted()).isEmpty();
    assertThat(item.correctedItemTotalCorrelation()).isEmpty();
    assertThat(item.reason())
        .hasValue("alpha if deleted: needs at least 3 items, got 1; "
            + "corrected item-total correlation: there is no other item");
  }

  @Test
  void oneRespondentHasNoAlpha() {
    ReliabilityResult result =
        CronbachAlpha.compute(ABC, new double[][] {{1, 2, 3}}, CaseHandling.LISTWISE);

    assertThat(result.n()).isEqualTo(1);
    assertThat(result.alphaRaw()).isEmpty();
    assertThat(result.reason()).hasValue("only 1 complete case(s); at least 2 are needed");
    assertThat(result.items().get(0).mean()).hasValue(1);
    assertThat(result.items().get(0).sd()).isEmpty();
  }

  @Test
  void noCompleteRowMeansNoListwiseAlphaButAPairwiseOne() {
    double[][] rows = {{1, 2, NAN}, {2, NAN, 3}, {NAN, 1, 1}, {3, 3, NAN}, {4, NAN, 5}, {NAN, 4, 2}};

    ReliabilityResult listwise = CronbachAlpha.compute(ABC, rows, CaseHandling.LISTWISE);
    ReliabilityResult pairwise = CronbachAlpha.compute(ABC, rows, CaseHandling.PAIRWISE);

    assertThat(listwise.n()).isZero();
    assertThat(listwise.alphaRaw()).isEmpty();
    assertThat(listwise.reason()).hasValue("only 0 complete case(s); at least 2 are needed");
    assertThat(listwise.items().get(0).mean()).isEmpty();
    assertThat(listwise.items().get(0).reason().orElseThrow())
        .startsWith("mean: no respondent to average over; SD: needs at least 2 respondents, got 0");
    // Each pair was answered together by exactly 2 respondents, so pairwise alpha exists.
    assertThat(pairwise.n()).isEqualTo(2);
    assertThat(pairwise.alphaRaw()).isPresent();
    assertThat(pairwise.items().get(0).n()).isEqualTo(4);
  }

  @Test
  void zeroVarianceEverywhereHasNoAlpha() {
    double[][] rows = {{3, 3, 3}, {3, 3, 3}, {3, 3, 3}};

    ReliabilityResult result = CronbachAlpha.compute(ABC, rows, CaseHandling.LISTWISE);

    assertThat(result.alphaRaw()).isEmpty();
    assertThat(result.alphaStandardized()).isEmpty();
    assertThat(result.reason())
        .hasValue("raw alpha: the total score has zero variance; "
            + "standardized alpha: item A has zero variance, so its correlations are undefined");
    assertThat(result.items().get(1).sd()).hasValue(0);
    assertThat(result.items().get(1).correctedItemTotalCorrelation()).isEmpty();
  }

  @Test
  void oneConstantItemLeavesRawAlphaButNotStandardized() {
    // A and B as in HandWorkedAlphaTest (var 2.5 each, cov 2), C constant:
    // raw alpha = 3/2 * (1 - 5/9) = 2/3.
    double[][] rows = {{1, 2, 4}, {2, 1, 4}, {3, 4, 4}, {4, 3, 4}, {5, 5, 4}};

    ReliabilityResult result = CronbachAlpha.compute(ABC, rows, CaseHandling.LISTWISE);

    assertThat(result.alphaRaw().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(result.alphaStandardized()).isEmpty();
    assertThat(result.reason())
        .hasValue("standardized alpha: item C has zero variance, so its correlations are undefined");
  }

  @Test
  void totalScoreWithZeroVarianceHasNoRawAlpha() {
    // B = 6 - A, so A + B is always 6.
    double[][] rows = {{1, 5}, {2, 4}, {4, 2}};

    ReliabilityResult result =
        CronbachAlpha.compute(List.of("A", "B"), rows, CaseHandling.LISTWISE);

    assertThat(result.alphaRaw()).isEmpty();
    assertThat(result.reason().orElseThrow()).contains("the total score has zero variance");
  }

  @Test
  void twoItemsHaveNoAlphaIfDeleted() {
    double[][] rows = {{1, 2}, {2, 1}, {3, 4}, {4, 3}, {5, 5}};

    ReliabilityResult result =
        CronbachAlpha.compute(List.of("A", "B"), rows, CaseHandling.LISTWISE);

    // var A = var B = 2.5, cov 2: alpha = 2 * (1 - 5/9) = 8/9; item-total r = 2/2.5 = 0.8.
    assertThat(result.alphaRaw().getAsDouble()).isCloseTo(8.0 / 9, within(1e-12));
    ItemStatistics a = result.items().get(0);
    assertThat(a.alphaIfDeleted()).isEmpty();
    assertThat(a.reason()).hasValue("alpha if deleted: needs at least 3 items, got 2");
    assertThat(a.correctedItemTotalCorrelation().getAsDouble()).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void aNanOnlyColumn() {
    double[][] rows = {{1, 2, NAN}, {2, 1, NAN}, {3, 4, NAN}};

    ReliabilityResult listwise = CronbachAlpha.compute(ABC, rows, CaseHandling.LISTWISE);
    ReliabilityResult pairwise = CronbachAlpha.compute(ABC, rows, CaseHandling.PAIRWISE);

    assertThat(listwise.n()).isZero();
    assertThat(listwise.alphaRaw()).isEmpty();
    assertThat(pairwise.n()).isZero();
    assertThat(pairwise.alphaRaw()).isEmpty();
    assertThat(pairwise.reason())
        .hasValue("item C was answered by only 0 respondent(s); at least 2 are needed");
    ItemStatistics c = pairwise.items().get(2);
    assertThat(c.n()).isZero();
    assertThat(c.mean()).isEmpty();
    assertThat(pairwise.items().get(0).mean()).hasValue(2);
    // Without C, A and B still give an alpha. A 1 2 3: mean 2, var 1; B 2 1 4: mean 7/3,
    // deviations -1/3 -4/3 5/3, var (1 + 16 + 25)/9/2 = 7/3; cov ((-1)(-1/3) + 0 + (1)(5/3))/2 = 1.
    // trace 10/3, sum 10/3 + 2 = 16/3: alpha = 2 * (1 - 10/16) = 0.75.
    assertThat(pairwise.items().get(2).alphaIfDeleted().getAsDouble())
        .isCloseTo(0.75, within(1e-12));
  }

  @Test
  void aRowOfTheWrongLengthIsRejected() {
    ItemCovarianceAccumulator accumulator = new ItemCovarianceAccumulator(ABC);
    accumulator.add(new double[] {1, 2, 3});

    assertThatThrownBy(() -> accumulator.add(new double[] {1, 2, 3, 4}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row 2 has 4 values, expected 3 (one per item [A, B, C])");
    assertThatThrownBy(
            () -> CronbachAlpha.compute(ABC, new double[][] {{1, 2}}, CaseHandling.PAIRWISE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has 2 values, expected 3");
  }

  @Test
  void infiniteValuesAndMismatchedAccumulatorsAreRejected() {
    ItemCovarianceAccumulator accumulator = new ItemCovarianceAccumulator(ABC);

    assertThatThrownBy(() -> accumulator.add(new double[] {1, Double.POSITIVE_INFINITY, 3}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row 1, item B: value must be finite or NaN (missing), got Infinity");
    assertThatThrownBy(
            () -> accumulator.combine(new ItemCovarianceAccumulator(List.of("A", "B"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different items");
    assertThatThrownBy(() -> new ItemCovarianceAccumulator(List.of("A", "A")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("distinct");
  }

  @Test
  void resultsSurviveAJsonRoundTrip() {
    double[][] rows = {{1, 2, 4}, {2, 1, 4}, {3, 4, 4}, {4, NAN, 4}, {5, 5, 4}};
    for (ReliabilityResult result :
        List.of(
            CronbachAlpha.compute(ABC, rows, CaseHandling.LISTWISE),
            CronbachAlpha.compute(ABC, rows, CaseHandling.PAIRWISE),
            CronbachAlpha.compute(List.of("A"), new double[][] {{1}}, CaseHandling.LISTWISE))) {
      String json = ImpsciJson.write(result);

      assertThat(ImpsciJson.read(json, ReliabilityResult.class, "test")).isEqualTo(result);
      assertThat(json).doesNotContain("NaN");
    }
  }

  @Test
  void aMissingFigureWithoutAReasonIsRejected() {
    assertThatThrownBy(
            () -> ItemStatistics.builder().itemId("A").n(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a reason is required");
  }
}
