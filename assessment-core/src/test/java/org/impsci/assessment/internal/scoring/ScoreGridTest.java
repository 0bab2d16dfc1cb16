package org.impsci.assessment.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.impsci.assessment.TestData;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.ItemGroup;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.assessment.scoring.ScaleScore;
import org.impsci.assessment.scoring.Scorer;
import org.impsci.assessment.scoring.ScoringRules;
import org.junit.jupiter.api.Test;

/** ScoreGrid: cells worked out by hand, and every whole-number score of the toy scales found. */
class ScoreGridTest {
  private static final ScoreGrid.Rule MEAN = (sum, counted) -> sum / counted;

  @Test
  void cellsOfThreeItemsValuedOneToFiveWithTwoRequired() {
    // By hand: two counted, sums 2..10 (cells 0-8); three counted, sums 3..15 (cells 9-21).
    ScoreGrid grid = ScoreGrid.of(1, 5, 2, 3, MEAN);
    assertThat(grid.cells()).isEqualTo(22);
    assertThat(grid.cell(1.0, 2)).isZero();
    assertThat(grid.cell(2.5, 2)).isEqualTo(3); // sum 5, 5 - 2
    assertThat(grid.cell(5.0, 2)).isEqualTo(8); // sum 10
    assertThat(grid.cell(1.0, 3)).isEqualTo(9); // sum 3
    assertThat(grid.cell(7.0 / 3, 3)).isEqualTo(13); // sum 7, 9 + 7 - 3
    assertThat(grid.cell(5.0, 3)).isEqualTo(21); // sum 15
    // No cell: a sum that is not whole, a count outside 2..3, a score outside the row's range,
    // and the double next to a cell's score.
    assertThat(grid.cell(2.5, 3)).isEqualTo(-1); // sum 7.5
    assertThat(grid.cell(1.0, 1)).isEqualTo(-1);
    assertThat(grid.cell(3.0, 4)).isEqualTo(-1);
    assertThat(grid.cell(5.5, 2)).isEqualTo(-1);
    assertThat(grid.cell(16.0 / 3, 3)).isEqualTo(-1); // beyond the last cell
    assertThat(grid.cell(0.5, 2)).isEqualTo(-1);
    assertThat(grid.cell(1e300, 2)).isEqualTo(-1);
    assertThat(grid.cell(-1e300, 2)).isEqualTo(-1);
    assertThat(grid.cell(Math.nextUp(2.5), 2)).isEqualTo(-1);
    assertThat(grid.cell(Math.nextDown(7.0 / 3), 3)).isEqualTo(-1);
  }

  @Test
  void cellsOfValuesFromZeroAndFromTwo() {
    // By hand: values 0-4, one or two counted: sums 0..4 (cells 0-4) and 0..8 (cells 5-13).
    ScoreGrid zero = ScoreGrid.of(0, 4, 1, 2, MEAN);
    assertThat(zero.cells()).isEqualTo(14);
    assertThat(zero.cell(1.5, 2)).isEqualTo(8);
    assertThat(zero.cell(0.0, 1)).isZero();
    // Values 2-4: sums 2..4 (cells 0-2) and 4..8 (cells 3-7).
    ScoreGrid two = ScoreGrid.of(2, 4, 1, 2, MEAN);
    assertThat(two.cells()).isEqualTo(8);
    assertThat(two.cell(3.5, 2)).isEqualTo(6);
    assertThat(two.cell(2.0, 2)).isEqualTo(3);
    assertThat(two.cell(1.5, 2)).isEqualTo(-1);
  }

  @Test
  void addToCountsEachCellsScore() {
    ScoreGrid grid = ScoreGrid.of(1, 5, 2, 3, MEAN);
    long[] counts = new long[grid.cells()];
    counts[3] = 2;
    counts[13] = 1;
    DoubleCounts into = new DoubleCounts();
    into.add(2.5, 1);
    grid.addTo(counts, into);
    assertThat(into.sortedValues()).containsExactly(7.0 / 3, 2.5);
    assertThat(into.count(2.5)).isEqualTo(3);
    assertThat(into.count(7.0 / 3)).isEqualTo(1);
  }

  @Test
  void noGridForFractionsAnEmptyRangeAFlatRuleHugeValuesOrTooManyCells() {
    assertThat(ScoreGrid.of(0.5, 5, 1, 3, MEAN)).isNull();
    assertThat(ScoreGrid.of(1, 4.5, 1, 3, MEAN)).isNull();
    assertThat(ScoreGrid.of(3, 3, 1, 3, MEAN)).isNull();
    // Values up to 1e9 in magnitude, so that every sum is exact.
    assertThat(ScoreGrid.of(1e9 - 4, 1e9, 1, 1, MEAN).cells()).isEqualTo(5);
    assertThat(ScoreGrid.of(1e9 - 3, 1e9 + 1, 1, 1, MEAN)).isNull();
    assertThat(ScoreGrid.of(-1e9, -1e9 + 4, 1, 1, MEAN).cells()).isEqualTo(5);
    assertThat(ScoreGrid.of(-1e9 - 1, -1e9 + 3, 1, 1, MEAN)).isNull();
    // A rule that does not rise with the sum, or rises to infinity.
    assertThat(ScoreGrid.of(1, 5, 1, 3, (sum, counted) -> 7.0)).isNull();
    assertThat(ScoreGrid.of(1, 5, 1, 3, (sum, counted) -> sum > 4 ? 1 / 0.0 : sum)).isNull();
    assertThat(ScoreGrid.of(1, 5, 1, 3, (sum, counted) -> -sum / counted)).isNull();
    // By hand: 40 items valued 0-10, one required: sum over c = 1..40 of (10 c + 1) = 8240 cells.
    assertThat(ScoreGrid.of(0, 10, 1, 40, MEAN)).isNull();
    // 39 items valued 1-5: sum over c = 1..39 of (4 c + 1) = 3120 + 39 = 3159 cells.
    assertThat(ScoreGrid.of(1, 5, 1, 39, MEAN).cells()).isEqualTo(3159);
    // Values 1-3, 48 to 79 counted: sum over c = 48..79 of (2 c + 1) = 2 * 2032 + 32 = 4096 cells,
    // the most; from 47 counted, 95 more.
    assertThat(ScoreGrid.of(1, 3, 48, 79, MEAN).cells()).isEqualTo(ScoreGrid.MAX_CELLS);
    assertThat(ScoreGrid.of(1, 3, 47, 79, MEAN)).isNull();
    // 0 required counts from one member (a score needs at least one).
    assertThat(ScoreGrid.of(1, 5, 0, 2, MEAN).cells()).isEqualTo(5 + 9);
  }

  @Test
  void noGridForAScaleOfItemsWithDifferentRanges() {
    Instrument toy = TestData.toyInstrument();
    Instrument mixed =
        Instrument.builder().from(toy)
            .addGroups(ItemGroup.builder().id("mixed").label("A1 (1-5) and N1 (0-10)")
                .itemIds(List.of("A1", "N1")).build())
            .build();
    ScalePlan plan = ScalePlan.of(mixed, ScoringRules.meanOf(MinimumAnswered.fraction(0.5)));
    assertThat(plan.scale(3).possibleScores()).isNull();
    assertThat(plan.scale(1).possibleScores().cells()).isEqualTo(5 + 9);
  }

  @Test
  void everyWholeNumberScoreOfTheToyScalesHasACellOfItsOwn() {
    Instrument toy = TestData.toyInstrument();
    MinimumAnswered half = MinimumAnswered.fraction(0.5);
    ScoringRules[] rules = {
      ScoringRules.meanOf(half),
      ScoringRules.builder().minimumAnswered(half).aggregation(ScoringRules.Aggregation.SUM).build(),
      ScoringRules.builder().minimumAnswered(half).transform(ScoringRules.Transform.PERCENT).build(),
      ScoringRules.builder().minimumAnswered(half).applyReverseScoring(false).build()
    };
    for (ScoringRules rule : rules) {
      ScalePlan plan = ScalePlan.of(toy, rule);
      ScoreGrid a = plan.scale(0).possibleScores();
      assertThat(plan.scale(2).possibleScores()).as("the composite total").isNull();
      Scorer scorer = Scorer.of(toy, rule);
      Set<Integer> cells = new HashSet<>();
      int scored = 0;
      // A1-A3 each 1-5 or missing (0): 6^3 answer patterns, A3 reverse-scored under most rules.
      for (int pattern = 0; pattern < 216; pattern++) {
        Response.Builder r = Response.builder().respondentId("r" + pattern);
        int rest = pattern;
        for (String item : new String[] {"A1", "A2", "A3"}) {
          if (rest % 6 > 0) {
            r.putAnswers(item, Answer.of(rest % 6));
          }
          rest /= 6;
        }
        ScaleScore s = scorer.score(r.build()).score("a").orElseThrow();
        if (s.score().isPresent()) {
          scored++;
          int cell = a.cell(s.score().getAsDouble(), s.answered());
          assertThat(cell).as("pattern %d under %s", pattern, rule).isNotNegative();
          cells.add(cell);
        }
      }
      // By hand: two answered in 3 * 25 patterns, three in 125; the cells are the 9 sums 2..10
      // and the 13 sums 3..15, each reached.
      assertThat(scored).isEqualTo(200);
      assertThat(cells).hasSize(a.cells()).hasSize(22);
    }
  }
}
