package org.impsci.assessment.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The streaming accumulator against a straightforward two-pass computation written here (means
 * first, then covariances, then the alpha formulas), on 10,000 generated rows of 7 items with
 * about 5% of values missing; and combine() against one accumulator over all rows.
 */
class StreamingEqualsTwoPassTest {
  private static final double TOLERANCE = 1e-9;
  private static final int K = 7;
  private static final List<String> IDS = List.of("I1", "I2", "I3", "I4", "I5", "I6", "I7");
  private static final double[][] ROWS = generate(10_000, new Random(42));

  /** 1-7 answers driven by one latent trait; item I7 is noisier, each value missing with p .05. */
  private static double[][] generate(int n, Random random) {
    double[][] rows = new double[n][K];
    for (double[] row : rows) {
      double theta = random.nextGaussian();
      for (int i = 0; i < K; i++) {
        double noise = random.nextGaussian() * (i == K - 1 ? 2.5 : 1.0);
        row[i] = Math.max(1, Math.min(7, Math.rint(4 + 0.8 * theta + noise)));
        if (random.nextDouble() < 0.05) {
          row[i] = Double.NaN;
        }
      }
    }
    return rows;
  }

  @Test
  void listwiseEqualsTwoPass() {
    assertSame(
        CronbachAlpha.compute(IDS, ROWS, CaseHandling.LISTWISE), TwoPass.listwise(ROWS));
  }

  @Test
  void pairwiseEqualsTwoPass() {
    assertSame(
        CronbachAlpha.compute(IDS, ROWS, CaseHandling.PAIRWISE), TwoPass.pairwise(ROWS));
  }

  @Test
  void combinedHalvesEqualOneAccumulator() {
    ItemCovarianceAccumulator whole = new ItemCovarianceAccumulator(IDS);
    ItemCovarianceAccumulator first = new ItemCovarianceAccumulator(IDS);
    ItemCovarianceAccumulator second = new ItemCovarianceAccumulator(IDS);
    for (int r = 0; r < ROWS.length; r++) {
      whole.add(ROWS[r]);
      (r < 3_000 ? first : second).add(ROWS[r]);
    }

    ItemCovarianceAccumulator combined = first.combine(second);

    assertThat(combined.rows()).isEqualTo(10_000);
    for (CaseHandling handling : CaseHandling.values()) {
      assertSame(combined.result(handling), whole.result(handling));
    }
  }

  @Test
  void parallelCollectorEqualsSequential() {
    ItemCovarianceAccumulator parallel =
        Arrays.stream(ROWS).parallel().collect(ItemCovarianceAccumulator.collector(IDS));

    for (CaseHandling handling : CaseHandling.values()) {
      assertSame(parallel.result(handling), CronbachAlpha.compute(IDS, ROWS, handling));
    }
  }

  // The rows above are whole numbers 1-7, so the tests above cover the whole-number path of
  // complete rows. The tests below cover its ends and its agreement with the double path.

  @Test
  void wholeNumbersGiveTheSameFiguresAsTheDoublePathExactly() {
    // Adding 0.5 to every value sends every row down the double path; the shifted values, and so
    // every covariance, are the same, and each mean is 0.5 larger. Exact equality, not 1e-9.
    double[][] halves = plus(ROWS, 0.5);
    for (CaseHandling handling : CaseHandling.values()) {
      ReliabilityResult whole = CronbachAlpha.compute(IDS, ROWS, handling);
      ReliabilityResult doubles = CronbachAlpha.compute(IDS, halves, handling);
      assertThat(whole.alphaRaw()).isEqualTo(doubles.alphaRaw());
      assertThat(whole.alphaStandardized()).isEqualTo(doubles.alphaStandardized());
      for (int i = 0; i < K; i++) {
        ItemStatistics w = whole.items().get(i);
        ItemStatistics d = doubles.items().get(i);
        assertThat(w.sd()).isEqualTo(d.sd());
        assertThat(w.alphaIfDeleted()).isEqualTo(d.alphaIfDeleted());
        assertThat(w.correctedItemTotalCorrelation()).isEqualTo(d.correctedItemTotalCorrelation());
        assertThat(w.mean().getAsDouble() + 0.5).isEqualTo(d.mean().getAsDouble());
      }
    }
  }

  @Test
  void firstFractionalRowSwitchesToDoublesMidStream() {
    // a complete row, then an incomplete one, with fractions, after 5,000 whole rows
    double[][] fractional = {{2.5, 3, 4, 4, 3.25, 5, 6}, {2.5, 3, Double.NaN, 4, 3, 5, 6}};
    for (double[] row : fractional) {
      double[][] rows = copy(ROWS);
      rows[5_001] = row;
      for (CaseHandling handling : CaseHandling.values()) {
        assertSame(
            CronbachAlpha.compute(IDS, rows, handling),
            handling == CaseHandling.LISTWISE ? TwoPass.listwise(rows) : TwoPass.pairwise(rows));
      }
    }
  }


  @Test
  void itemFirstAnsweredWithAFractionAfterWholeRowsStillGivesTheTwoPassFigures() {
    // I7 is missing from the first 300 rows (whole, incomplete, gathered in blocks); its first
    // value, 2.5, then ends the whole-number path.
    double[][] rows = copy(ROWS);
    for (int r = 0; r < 300; r++) {
      rows[r][K - 1] = Double.NaN;
    }
    rows[300][K - 1] = 2.5;
    assertSame(CronbachAlpha.compute(IDS, rows, CaseHandling.PAIRWISE), TwoPass.pairwise(rows));
    assertSame(CronbachAlpha.compute(IDS, rows, CaseHandling.LISTWISE), TwoPass.listwise(rows));
  }

  @Test
  void wholeNumbersUpToTheLimitStayOnTheWholePathAndOtherValuesLeaveIt() {
    int limit = ItemCovarianceAccumulator.WHOLE_LIMIT;
    double[] first = {1, 2, 3, 4, 5, 6, 7};
    assertThat(path(ROWS)).isTrue();
    assertThat(path(plus(ROWS, 0.5))).isFalse();
    assertThat(path(first, new double[] {limit, -limit, 1, 2, 3, 4, 5})).isTrue();
    assertThat(path(first, new double[] {limit + 1, 1, 1, 2, 3, 4, 5})).isFalse();
    assertThat(path(first, new double[] {-limit - 1, 1, 1, 2, 3, 4, 5})).isFalse();
    assertThat(path(first, new double[] {limit, Double.NaN, 1, 2, 3, 4, 5})).isTrue();
    assertThat(path(first, new double[] {limit + 1, Double.NaN, 1, 2, 3, 4, 5})).isFalse();
    // a first value beyond the limit, in an incomplete row
    assertThat(path(new double[] {limit + 1, Double.NaN, 1, 2, 3, 4, 5}, first)).isFalse();
  }

  private static boolean path(double[]... rows) {
    ItemCovarianceAccumulator accumulator = new ItemCovarianceAccumulator(IDS);
    for (double[] row : rows) {
      accumulator.add(row);
    }
    return accumulator.onWholePath();
  }

  @Test
  void valuesBeyondTheWholeLimitTakeTheDoublePath() {
    // 1,001 and above are whole but too large for the int blocks; 1e8 + x as well.
    for (double offset : new double[] {ItemCovarianceAccumulator.WHOLE_LIMIT, 1e8}) {
      double[][] rows = plus(ROWS, offset);
      assertSame(
          CronbachAlpha.compute(IDS, rows, CaseHandling.PAIRWISE), TwoPass.pairwise(rows));
      assertSame(
          CronbachAlpha.compute(IDS, rows, CaseHandling.LISTWISE), TwoPass.listwise(rows));
    }
  }

  @Test
  void negativeWholeNumbersAtTheLimitStayExact() {
    double[][] rows = plus(ROWS, -ItemCovarianceAccumulator.WHOLE_LIMIT + 1);
    assertSame(CronbachAlpha.compute(IDS, rows, CaseHandling.PAIRWISE), TwoPass.pairwise(rows));
  }

  @Test
  void fractionalFirstValueInAnIncompleteRowStillGivesTheTwoPassFigures() {
    // The first row fixes each item's shift; with I1's at 2.5 the whole-number path cannot start.
    double[][] rows = copy(ROWS);
    rows[0] = new double[] {2.5, Double.NaN, 4, 4, 3, 5, 6};
    assertSame(CronbachAlpha.compute(IDS, rows, CaseHandling.PAIRWISE), TwoPass.pairwise(rows));
  }

  @Test
  void resultsAskedForMidStreamChangeNothing() {
    ItemCovarianceAccumulator asked = new ItemCovarianceAccumulator(IDS);
    for (int r = 0; r < ROWS.length; r++) {
      asked.add(ROWS[r]);
      if (r % 1_000 == 300) {
        asked.result(CaseHandling.PAIRWISE);
      }
    }
    for (CaseHandling handling : CaseHandling.values()) {
      assertSame(asked.result(handling), CronbachAlpha.compute(IDS, ROWS, handling));
    }
  }

  @Test
  void wholeAndDoubleAccumulatorsCombineEitherWay() {
    double[][] rows = copy(ROWS);
    rows[7_000] = new double[] {2.5, 3, 4, 4, 3, 5, 6};
    for (boolean wholeFirst : new boolean[] {true, false}) {
      ItemCovarianceAccumulator first = new ItemCovarianceAccumulator(IDS);
      ItemCovarianceAccumulator second = new ItemCovarianceAccumulator(IDS);
      for (int r = 0; r < rows.length; r++) {
        // rows 6,000 on, with the fractional row, go to the double accumulator
        boolean toWhole = r < 6_000;
        (toWhole == wholeFirst ? first : second).add(rows[r]);
      }
      ItemCovarianceAccumulator combined = first.combine(second);
      assertSame(combined.result(CaseHandling.PAIRWISE), TwoPass.pairwise(rows));
      assertSame(combined.result(CaseHandling.LISTWISE), TwoPass.listwise(rows));
    }
  }

  private static double[][] plus(double[][] rows, double offset) {
    double[][] out = copy(rows);
    for (double[] row : out) {
      for (int i = 0; i < row.length; i++) {
        row[i] += offset;
      }
    }
    return out;
  }

  private static double[][] copy(double[][] rows) {
    double[][] out = new double[rows.length][];
    for (int r = 0; r < rows.length; r++) {
      out[r] = rows[r].clone();
    }
    return out;
  }

  private static void assertSame(ReliabilityResult actual, ReliabilityResult expected) {
    assertThat(actual.n()).isEqualTo(expected.n());
    assertThat(actual.reason()).isEmpty();
    assertThat(actual.alphaRaw().getAsDouble())
        .isCloseTo(expected.alphaRaw().getAsDouble(), within(TOLERANCE));
    assertThat(actual.alphaStandardized().getAsDouble())
        .isCloseTo(expected.alphaStandardized().getAsDouble(), within(TOLERANCE));
    for (int i = 0; i < K; i++) {
      ItemStatistics a = actual.items().get(i);
      ItemStatistics e = expected.items().get(i);
      assertThat(a.n()).as(a.itemId()).isEqualTo(e.n());
      assertThat(a.mean().getAsDouble()).as(a.itemId())
          .isCloseTo(e.mean().getAsDouble(), within(TOLERANCE));
      assertThat(a.sd().getAsDouble()).as(a.itemId())
          .isCloseTo(e.sd().getAsDouble(), within(TOLERANCE));
      assertThat(a.alphaIfDeleted().getAsDouble()).as(a.itemId())
          .isCloseTo(e.alphaIfDeleted().getAsDouble(), within(TOLERANCE));
      assertThat(a.correctedItemTotalCorrelation().getAsDouble()).as(a.itemId())
          .isCloseTo(e.correctedItemTotalCorrelation().getAsDouble(), within(TOLERANCE));
    }
  }

  /** The textbook computation: keep the rows, take means, then covariances, then the formulas. */
  private static final class TwoPass {
    static ReliabilityResult listwise(double[][] rows) {
      List<double[]> complete = new ArrayList<>();
      for (double[] row : rows) {
        if (Arrays.stream(row).noneMatch(Double::isNaN)) {
          complete.add(row);
        }
      }
      double[][] c = new double[K][K];
      double[] mean = new double[K];
      for (int i = 0; i < K; i++) {
        for (int j = 0; j < K; j++) {
          c[i][j] = covariance(complete, i, j);
        }
        mean[i] = mean(complete, i);
      }
      long[] n = new long[K];
      Arrays.fill(n, complete.size());
      return result(CaseHandling.LISTWISE, complete.size(), n, mean, c);
    }

    static ReliabilityResult pairwise(double[][] rows) {
      double[][] c = new double[K][K];
      double[] mean = new double[K];
      long[] n = new long[K];
      long smallest = Long.MAX_VALUE;
      for (int i = 0; i < K; i++) {
        for (int j = 0; j < K; j++) {
          List<double[]> both = answeredBoth(rows, i, j);
          c[i][j] = covariance(both, i, j);
          if (i != j) {
            smallest = Math.min(smallest, both.size());
          }
        }
        List<double[]> answered = answeredBoth(rows, i, i);
        mean[i] = mean(answered, i);
        n[i] = answered.size();
      }
      return result(CaseHandling.PAIRWISE, smallest, n, mean, c);
    }

    private static List<double[]> answeredBoth(double[][] rows, int i, int j) {
      List<double[]> both = new ArrayList<>();
      for (double[] row : rows) {
        if (!Double.isNaN(row[i]) && !Double.isNaN(row[j])) {
          both.add(row);
        }
      }
      return both;
    }

    private static double mean(List<double[]> rows, int i) {
      double sum = 0;
      for (double[] row : rows) {
        sum += row[i];
      }
      return sum / rows.size();
    }

    private static double covariance(List<double[]> rows, int i, int j) {
      double mi = mean(rows, i);
      double mj = mean(rows, j);
      double sum = 0;
      for (double[] row : rows) {
        sum += (row[i] - mi) * (row[j] - mj);
      }
      return sum / (rows.size() - 1);
    }

    private static ReliabilityResult result(
        CaseHandling handling, long n, long[] itemN, double[] mean, double[][] c) {
      double sumR = 0;
      for (int i = 0; i < K; i++) {
        for (int j = 0; j < K; j++) {
          sumR += c[i][j] / Math.sqrt(c[i][i] * c[j][j]);
        }
      }
      ReliabilityResult.Builder result =
          ReliabilityResult.builder()
              .addAllItemIds(IDS)
              .k(K)
              .handling(handling)
              .n(n)
              .alphaRaw(rawAlpha(c, -1))
              .alphaStandardized(K / (K - 1.0) * (1 - K / sumR));
      for (int i = 0; i < K; i++) {
        double rowSum = 0;
        for (int j = 0; j < K; j++) {
          rowSum += j == i ? 0 : c[i][j];
        }
        result.addItems(
            ItemStatistics.builder()
                .itemId(IDS.get(i))
                .n(itemN[i])
                .mean(mean[i])
                .sd(Math.sqrt(c[i][i]))
                .alphaIfDeleted(rawAlpha(c, i))
                .correctedItemTotalCorrelation(
                    rowSum / Math.sqrt(c[i][i] * restSum(c, i)))
                .build());
      }
      return result.build();
    }

    private static double rawAlpha(double[][] c, int without) {
      double trace = 0;
      int size = without < 0 ? K : K - 1;
      for (int i = 0; i < K; i++) {
        trace += i == without ? 0 : c[i][i];
      }
      return size / (size - 1.0) * (1 - trace / restSum(c, without));
    }

    /** The sum of c without row and column {@code without} (-1: the whole sum). */
    private static double restSum(double[][] c, int without) {
      double sum = 0;
      for (int i = 0; i < K; i++) {
        for (int j = 0; j < K; j++) {
          sum += i == without || j == without ? 0 : c[i][j];
        }
      }
      return sum;
    }
  }
}
