package org.impsci.assessment.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Alpha of a 5 x 3 table worked out by hand. */
class HandWorkedAlphaTest {
  private static final double EXACT = 1e-12;
  private static final List<String> IDS = List.of("A", "B", "C");

  /*
   * Respondent   A  B  C | total
   *      1       1  2  2 |   5
   *      2       2  1  4 |   7
   *      3       3  4  2 |   9
   *      4       4  3  6 |  13
   *      5       5  5  6 |  16
   * Means: A 3, B 3, C 4, total 10.
   * Deviations: A -2 -1 0 1 2; B -1 -2 1 0 2; C -2 0 -2 2 2; total -5 -3 -1 3 6.
   * Variances (denominator n - 1 = 4):
   *   var A = (4+1+0+1+4)/4 = 2.5;  var B = (1+4+1+0+4)/4 = 2.5;  var C = (4+0+4+4+4)/4 = 4
   *   cov AB = (2+2+0+0+4)/4 = 2;   cov AC = (4+0+0+2+4)/4 = 2.5;  cov BC = (2+0-2+0+4)/4 = 1
   *   var total = (25+9+1+9+36)/4 = 20 = trace 9 + 2 * (2 + 2.5 + 1)
   * Raw alpha = 3/2 * (1 - 9/20) = 3/2 * 11/20 = 0.825.
   * Correlations: r AB = 2/2.5 = 0.8, r AC = 2.5/sqrt(10), r BC = 1/sqrt(10);
   *   sum R = 3 + 2 * (0.8 + 3.5/sqrt(10)) = 4.6 + 7/sqrt(10);
   *   standardized alpha = 3/2 * (1 - 3/(4.6 + 7/sqrt(10))).
   * Alpha if deleted (2 x 2 rest, 2 * (1 - trace/sum)):
   *   without A: B,C trace 6.5, sum 8.5  -> 2 * 2/8.5 = 8/17
   *   without B: A,C trace 6.5, sum 11.5 -> 2 * 5/11.5 = 20/23
   *   without C: A,B trace 5,   sum 9    -> 2 * 4/9 = 8/9
   * Corrected item-total r = cov(item, rest) / sqrt(var item * var rest):
   *   A: (2 + 2.5) / sqrt(2.5 * 8.5);  B: (2 + 1) / sqrt(2.5 * 11.5);  C: (2.5 + 1) / sqrt(4 * 9)
   */
  private static final double[][] ROWS = {
    {1, 2, 2}, {2, 1, 4}, {3, 4, 2}, {4, 3, 6}, {5, 5, 6}
  };

  @Test
  void alphaMatchesTheHandWorkedFigures() {
    ReliabilityResult result = CronbachAlpha.compute(IDS, ROWS, CaseHandling.LISTWISE);

    assertThat(result.k()).isEqualTo(3);
    assertThat(result.n()).isEqualTo(5);
    assertThat(result.reason()).isEmpty();
    assertThat(result.alphaRaw().getAsDouble()).isCloseTo(0.825, within(EXACT));
    assertThat(result.alphaStandardized().getAsDouble())
        .isCloseTo(1.5 * (1 - 3 / (4.6 + 7 / Math.sqrt(10))), within(EXACT));
  }

  @Test
  void itemStatisticsMatchTheHandWorkedFigures() {
    List<ItemStatistics> items = CronbachAlpha.compute(IDS, ROWS, CaseHandling.LISTWISE).items();

    double[] means = {3, 3, 4};
    double[] sds = {Math.sqrt(2.5), Math.sqrt(2.5), 2};
    double[] alphaIfDeleted = {8.0 / 17, 20.0 / 23, 8.0 / 9};
    double[] itemTotal = {
      4.5 / Math.sqrt(2.5 * 8.5), 3 / Math.sqrt(2.5 * 11.5), 3.5 / Math.sqrt(4 * 9)
    };
    for (int i = 0; i < 3; i++) {
      ItemStatistics item = items.get(i);
      assertThat(item.itemId()).isEqualTo(IDS.get(i));
      assertThat(item.n()).isEqualTo(5);
      assertThat(item.reason()).isEmpty();
      assertThat(item.mean().getAsDouble()).isCloseTo(means[i], within(EXACT));
      assertThat(item.sd().getAsDouble()).isCloseTo(sds[i], within(EXACT));
      assertThat(item.alphaIfDeleted().getAsDouble()).isCloseTo(alphaIfDeleted[i], within(EXACT));
      assertThat(item.correctedItemTotalCorrelation().getAsDouble())
          .isCloseTo(itemTotal[i], within(EXACT));
    }
  }

  @Test
  void pairwiseEqualsListwiseWhenNothingIsMissing() {
    ReliabilityResult pairwise = CronbachAlpha.compute(IDS, ROWS, CaseHandling.PAIRWISE);

    assertThat(pairwise.handling()).isEqualTo(CaseHandling.PAIRWISE);
    assertThat(pairwise.alphaRaw().getAsDouble()).isCloseTo(0.825, within(EXACT));
    assertThat(pairwise.items().get(0).alphaIfDeleted().getAsDouble())
        .isCloseTo(8.0 / 17, within(EXACT));
  }

  @Test
  void aLargeOffsetDoesNotCostPrecision() {
    // Adding 1e8 to every value changes no variance; naive sums of squares (about 1e17 here)
    // would keep no significant digit of them.
    double[][] shifted = new double[ROWS.length][];
    for (int r = 0; r < ROWS.length; r++) {
      shifted[r] = ROWS[r].clone();
      for (int i = 0; i < 3; i++) {
        shifted[r][i] += 1e8;
      }
    }

    ReliabilityResult result = CronbachAlpha.compute(IDS, shifted, CaseHandling.PAIRWISE);

    assertThat(result.alphaRaw().getAsDouble()).isCloseTo(0.825, within(1e-9));
    assertThat(result.items().get(2).sd().getAsDouble()).isCloseTo(2, within(1e-9));
  }
}
