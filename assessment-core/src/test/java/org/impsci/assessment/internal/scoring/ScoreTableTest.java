package org.impsci.assessment.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.impsci.assessment.scoring.GroupSummary;
import org.junit.jupiter.api.Test;

/**
 * Score tables with grids give the summaries of tables without (every score in {@link
 * DoubleCounts}, the method of before grids), and medians equal to sorting every score.
 */
class ScoreTableTest {
  private static final ScoreGrid.Rule MEAN = (sum, counted) -> sum / counted;
  /** A prorated sum of 8 members, as ScalePlan's SUM aggregation computes it. */
  private static final ScoreGrid.Rule SUM_OF_8 = (sum, counted) -> sum / counted * 8;

  /** Three items 1-5, two required (22 cells, so grid counting starts at the third score). */
  private static final ScoreGrid THREE = ScoreGrid.of(1, 5, 2, 3, MEAN);
  /** Eight items 1-5, one required: sum over c = 1..8 of (4 c + 1) = 152 cells, from 19 scores. */
  private static final ScoreGrid EIGHT = ScoreGrid.of(1, 5, 1, 8, SUM_OF_8);

  @Test
  void handWorkedMedianWithScoresOnAndOffTheGrid() {
    ValueIndex sites = new ValueIndex();
    sites.of("X");
    ScoreTable table = table("site", new ScoreGrid[] {THREE}, sites);
    // (score, members counted); 2.75 is a sum of 5.5 over two, which no cell holds.
    double[][] rows = {
      {7.0 / 3, 3}, {2.5, 2}, {1, 2}, {3, 3}, {3, 3}, {11.0 / 3, 3}, {4.5, 2}, {2.5, 2}, {2.75, 2}, {Double.NaN, 1}
    };
    for (double[] row : rows) {
      table.add(0, new double[] {row[0]}, 0, new int[] {(int) row[1]});
    }
    // The first two scores precede the switch (22 / 8 = 2); 2.75 and NaN have no cell.
    assertThat(table.countedByCell(0, 0)).isEqualTo(6);
    GroupSummary summary = table.summaries().get(0);
    // By hand: sorted 1, 7/3, 2.5, 2.5, 2.75, 3, 3, 11/3, 4.5; n = 9, median the fifth;
    // mean (1 + 7/3 + 11/3 + 2.5 + 2.5 + 2.75 + 3 + 3 + 4.5) / 9 = 25.25 / 9.
    assertThat(summary.n()).isEqualTo(9);
    assertThat(summary.notScored()).isEqualTo(1);
    assertThat(summary.median().getAsDouble()).isEqualTo(2.75);
    assertThat(summary.mean().getAsDouble()).isCloseTo(25.25 / 9, within(1e-12));
    assertThat(summary.min().getAsDouble()).isEqualTo(1.0);
    assertThat(summary.max().getAsDouble()).isEqualTo(4.5);

    ScoreTable plain = new ScoreTable("site", List.of("s"), sites);
    for (double[] row : rows) {
      plain.add(0, new double[] {row[0]}, 0, new int[] {(int) row[1]});
    }
    assertThat(table.summaries()).isEqualTo(plain.summaries());
  }

  @Test
  void generatedGroupsOfEverySizeGiveTheSameSummariesWithAndWithoutGrids() {
    Random random = new Random(20);
    ScoreGrid[] grids = {THREE, EIGHT, null};
    ValueIndex gridGroups = new ValueIndex();
    ValueIndex plainGroups = new ValueIndex();
    ScoreTable withGrids = table("site", grids, gridGroups);
    ScoreTable plain = table("site", new ScoreGrid[3], plainGroups);
    ScoreTable firstHalf = table("site", grids, gridGroups);
    ScoreTable secondHalf = table("site", grids, gridGroups);
    List<List<Double>> sorted = new ArrayList<>();
    // Group g has 1, 2, 3 ... scores around the switch points (2 and 19), then hundreds.
    int[] sizes = {1, 2, 3, 4, 18, 19, 20, 21, 60, 400, 1500};
    for (int g = 0; g < sizes.length; g++) {
      gridGroups.of(String.format("g%02d", g));
      plainGroups.of(String.format("g%02d", g));
      sorted.add(new ArrayList<>());
      for (int i = 0; i < sizes[g]; i++) {
        double[] scores = new double[3];
        int[] counted = new int[3];
        counted[0] = 2 + random.nextInt(2);
        scores[0] = MEAN.scoreOf(wholeOrNot(random, counted[0]), counted[0]);
        counted[1] = 1 + random.nextInt(8);
        scores[1] = SUM_OF_8.scoreOf(wholeOrNot(random, counted[1]), counted[1]);
        counted[2] = 1;
        scores[2] = random.nextInt(10) == 0 ? Double.NaN : random.nextInt(50) / 4.0;
        withGrids.add(g, scores, 0, counted);
        plain.add(g, scores, 0, counted);
        (i % 2 == 0 ? firstHalf : secondHalf).add(g, scores, 0, counted);
        sorted.get(g).add(scores[1]);
      }
    }
    assertThat(withGrids.countedByCell(10, 0)).isPositive();
    assertThat(withGrids.countedByCell(10, 1)).isPositive();
    assertThat(withGrids.countedByCell(10, 2)).isZero();
    assertThat(withGrids.countedByCell(0, 1)).isZero();
    List<GroupSummary> expected = plain.summaries();
    assertThat(withGrids.summaries()).isEqualTo(expected);
    firstHalf.combine(secondHalf);
    assertThat(firstHalf.summaries()).isEqualTo(expected);
    // Grid tables combined into a plain one and the reverse.
    ScoreTable plainCopy = table("site", new ScoreGrid[3], plainGroups);
    plainCopy.combine(withGrids);
    assertThat(plainCopy.summaries()).isEqualTo(expected);
    ScoreTable gridCopy = table("site", grids, gridGroups);
    gridCopy.combine(plain);
    assertThat(gridCopy.summaries()).isEqualTo(expected);
    // Everyone in one group, from the per-site tables.
    ValueIndex everyone = new ValueIndex();
    everyone.of("");
    ScoreTable overall = table(null, grids, everyone);
    withGrids.addEveryGroupTo(overall, 0);
    ScoreTable plainOverall = table(null, new ScoreGrid[3], everyone);
    plain.addEveryGroupTo(plainOverall, 0);
    assertThat(overall.summaries()).isEqualTo(plainOverall.summaries());
    long byCell = 0;
    for (int g = 0; g < sizes.length; g++) {
      byCell += withGrids.countedByCell(g, 1);
    }
    assertThat(overall.countedByCell(0, 1)).isEqualTo(byCell);
    // The median of scale 1 by sorting every score (an independent computation).
    for (int g = 0; g < sizes.length; g++) {
      List<Double> values = sorted.get(g);
      values.sort(Double::compare);
      int n = values.size();
      double median = (values.get((n - 1) / 2) + values.get(n / 2)) / 2;
      assertThat(expected.get(3 * g + 1).median().getAsDouble()).isEqualTo(median);
    }
  }

  @Test
  void oneGridPerScale() {
    assertThatThrownBy(() -> table("site", new ScoreGrid[2], new ValueIndex()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("2 grids for 3 scales [a, b, c]");
  }

  /** A whole sum of {@code counted} values 1-5, or one time in ten that sum plus a half. */
  private static double wholeOrNot(Random random, int counted) {
    int sum = counted + random.nextInt(4 * counted + 1);
    return random.nextInt(10) == 0 ? sum + 0.5 : sum;
  }

  private static ScoreTable table(String column, ScoreGrid[] grids, ValueIndex groups) {
    List<String> scales = grids.length == 1 ? List.of("s") : List.of("a", "b", "c");
    return new ScoreTable(column, scales, groups, grids);
  }
}
