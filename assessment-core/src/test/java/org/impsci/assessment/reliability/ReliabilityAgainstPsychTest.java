package org.impsci.assessment.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures of R's psych package, version 2.2.9 (psych::alpha) under R 4.2.2, both from Debian
 * bookworm. The numbers below are copied from src/test/resources/reliability/expected.txt, the
 * output of expected.R in the same folder; the data sets are complete.csv and missing.csv there
 * (made by make-data.R). R is not needed to run this test.
 *
 * <p>psych::alpha(x, use = "pairwise") computes its covariance matrix with cov(x, use =
 * "pairwise.complete.obs") and its correlations with cov2cor, which is impsci's PAIRWISE
 * handling; expected.R confirms that by recomputing every figure from that covariance matrix with
 * impsci's formulas (difference 0). The LISTWISE figures are psych::alpha on na.omit(x).
 */
class ReliabilityAgainstPsychTest {
  private static final double TOLERANCE = 1e-9;
  private static final List<String> IDS = List.of("Q1", "Q2", "Q3", "Q4", "Q5");

  @Test
  void completeDataSet() {
    ReliabilityResult result =
        CronbachAlpha.compute(IDS, read("complete.csv"), CaseHandling.LISTWISE);

    assertThat(result.n()).isEqualTo(30);
    assertMatches(
        result,
        0.676659038901602,
        0.677835074422384,
        new long[] {30, 30, 30, 30, 30},
        new double[][] {
          {3.03333333333333, 1.245220748559740, 0.602832635148614, 0.481553005234090},
          {3.06666666666667, 0.944433175501849, 0.678343579631133, 0.295381761047199},
          {2.83333333333333, 1.288766674084136, 0.578624338624339, 0.526978535301310},
          {2.83333333333333, 0.949894125981792, 0.657713828936850, 0.351742345913352},
          {3.06666666666667, 0.868344970910609, 0.592781532967734, 0.535280028658632}
        });
  }

  @Test
  void missingValuesPairwise() {
    ReliabilityResult result =
        CronbachAlpha.compute(IDS, read("missing.csv"), CaseHandling.PAIRWISE);

    // The smallest pairwise n: Q4 and Q5 were answered together by 28 of 40 respondents.
    assertThat(result.n()).isEqualTo(28);
    assertMatches(
        result,
        0.737931688572328,
        0.736412796473143,
        new long[] {36, 36, 35, 34, 33},
        new double[][] {
          {3.05555555555556, 1.16972388547638, 0.671723304643066, 0.553097508100065},
          {3.19444444444444, 1.11661336049028, 0.651495325264066, 0.609285407652559},
          {2.74285714285714, 1.24482120480524, 0.664270536311797, 0.569394174924827},
          {3.00000000000000, 1.15470053837925, 0.721931359000732, 0.420133280919752},
          {2.93939393939394, 1.08798534972311, 0.741497883543971, 0.357861557237933}
        });
  }

  @Test
  void missingValuesListwise() {
    ReliabilityResult result =
        CronbachAlpha.compute(IDS, read("missing.csv"), CaseHandling.LISTWISE);

    assertThat(result.n()).isEqualTo(19);
    assertMatches(
        result,
        0.629331683168317,
        0.624489740093108,
        new long[] {19, 19, 19, 19, 19},
        new double[][] {
          {2.78947368421053, 1.03166248617468, 0.615048118985127, 0.298106520109950},
          {3.26315789473684, 1.14707866935281, 0.483756483756484, 0.547561375394083},
          {2.68421052631579, 1.10818327700728, 0.513059219032842, 0.500693117430778},
          {2.94736842105263, 1.02597835208515, 0.614712944771884, 0.298509784415823},
          {2.73684210526316, 1.09757840839418, 0.625832223701731, 0.280450372920362}
        });
  }

  /** Item rows are {mean, sd, alpha.drop raw_alpha, r.drop}. */
  private static void assertMatches(
      ReliabilityResult result, double raw, double std, long[] n, double[][] items) {
    assertThat(result.reason()).isEmpty();
    assertThat(result.alphaRaw().getAsDouble()).isCloseTo(raw, within(TOLERANCE));
    assertThat(result.alphaStandardized().getAsDouble()).isCloseTo(std, within(TOLERANCE));
    for (int i = 0; i < items.length; i++) {
      ItemStatistics item = result.items().get(i);
      assertThat(item.n()).as(item.itemId()).isEqualTo(n[i]);
      assertThat(item.mean().getAsDouble()).as(item.itemId())
          .isCloseTo(items[i][0], within(TOLERANCE));
      assertThat(item.sd().getAsDouble()).as(item.itemId())
          .isCloseTo(items[i][1], within(TOLERANCE));
      assertThat(item.alphaIfDeleted().getAsDouble()).as(item.itemId())
          .isCloseTo(items[i][2], within(TOLERANCE));
      assertThat(item.correctedItemTotalCorrelation().getAsDouble()).as(item.itemId())
          .isCloseTo(items[i][3], within(TOLERANCE));
    }
  }

  /** Reads a CSV of numbers with a header line; an empty cell is missing (NaN). */
  private static double[][] read(String name) {
    InputStream in = ReliabilityAgainstPsychTest.class.getResourceAsStream("/reliability/" + name);
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines()
          .skip(1)
          .map(line -> Arrays.stream(line.split(",", -1))
              .mapToDouble(cell -> cell.isEmpty() ? Double.NaN : Double.parseDouble(cell))
              .toArray())
          .toArray(double[][]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
