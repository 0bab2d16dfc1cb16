package org.impsci.assessment.survey;

import java.util.List;
import java.util.function.Consumer;
import org.impsci.assessment.instrument.ItemGroup;
import org.impsci.assessment.internal.scoring.AnswerBlock;
import org.impsci.assessment.internal.scoring.CodeTally;
import org.impsci.assessment.internal.scoring.ScalePlan;
import org.impsci.assessment.internal.scoring.ScoreGrid;
import org.impsci.assessment.internal.scoring.ScoreTable;
import org.impsci.assessment.internal.scoring.ValueIndex;
import org.impsci.assessment.internal.survey.SurveyBlockReader;
import org.impsci.assessment.reliability.InstrumentReliability;
import org.impsci.assessment.scoring.ScaleScore;
import org.impsci.assessment.scoring.Scorer;

/**
 * Scores blocks of checked rows from plain numbers and adds them to the overall and per-group
 * score tables and to reliability, making no object per respondent unless rows are wanted.
 */
final class BlockAggregation implements Consumer<AnswerBlock> {
  private final ScoreTable overall;
  private final CodeTally overallCodes;
  final ScoreTable[] byGroup;
  private final CodeTally[] codesByGroup;
  final InstrumentReliability reliability;
  private final SurveyBlockReader reader;
  private final ScalePlan plan;
  private final Consumer<ScoredRowView> perRow;
  private final RowView view = new RowView();
  private final double[] scored;
  private final double[] scores;
  private final int[] answered;
  /** Per scale, its item members (none for a scale of subscales), to count codes. */
  private final int[][] itemMembers;

  BlockAggregation(
      SurveyBlockReader reader,
      Scorer scorer,
      List<String> groupColumns,
      ValueIndex[] groupValues,
      Consumer<ScoredRowView> perRow) {
    this.reader = reader;
    this.plan = reader.plan();
    this.perRow = perRow;
    List<String> scaleIds = scorer.instrument().groups().stream().map(ItemGroup::id).toList();
    ValueIndex everyone = new ValueIndex();
    everyone.of("");
    ScoreGrid[] grids = new ScoreGrid[plan.scaleCount()];
    for (int s = 0; s < grids.length; s++) {
      grids[s] = plan.scale(s).possibleScores();
    }
    this.overall = new ScoreTable(null, scaleIds, everyone, grids);
    this.overallCodes = new CodeTally(scaleIds.size(), plan.codes());
    this.byGroup = new ScoreTable[groupColumns.size()];
    this.codesByGroup = new CodeTally[byGroup.length];
    for (int g = 0; g < byGroup.length; g++) {
      byGroup[g] = new ScoreTable(groupColumns.get(g), scaleIds, groupValues[g], grids);
      codesByGroup[g] = new CodeTally(scaleIds.size(), plan.codes());
    }
    this.reliability = InstrumentReliability.of(scorer);
    this.scored = new double[plan.itemCount()];
    this.scores = new double[plan.scaleCount()];
    this.answered = new int[plan.scaleCount()];
    this.itemMembers = new int[plan.scaleCount()][];
    for (int s = 0; s < itemMembers.length; s++) {
      ScalePlan.Scale scale = plan.scale(s);
      itemMembers[s] = scale.composite() ? new int[0] : scale.members();
    }
  }

  /**
   * Completes the tables once every block is in: adds the code counts to them, and makes the
   * overall table from the first grouping column's table, which holds everyone (the overall table
   * is kept row by row only when there is no grouping column).
   */
  void finish() {
    overallCodes.addTo(overall);
    for (int g = 0; g < byGroup.length; g++) {
      codesByGroup[g].addTo(byGroup[g]);
    }
    if (byGroup.length > 0) {
      byGroup[0].addEveryGroupTo(overall, 0);
    }
  }

  /** The overall table; call {@link #finish()} first. */
  ScoreTable overall() {
    return overall;
  }

  @Override
  public void accept(AnswerBlock block) {
    for (int r = 0; r < block.size(); r++) {
      for (int i = 0; i < scored.length; i++) {
        scored[i] = plan.scoredValue(i, block.value(r, i));
      }
      plan.score(scored, 0, scores, 0, answered);
      if (byGroup.length == 0) {
        overall.add(0, scores, 0, answered);
      }
      for (int g = 0; g < byGroup.length; g++) {
        byGroup[g].add(block.group(r, g), scores, 0, answered);
      }
      countCodes(block, r);
      reliability.addScoredValues(scored, 0);
      if (perRow != null) {
        view.block = block;
        view.r = r;
        perRow.accept(view);
      }
    }
    reader.recycle(block);
  }

  /** Adds row r's non-substantive answers to each scale's counts by code. */
  private void countCodes(AnswerBlock block, int r) {
    for (int s = 0; s < itemMembers.length; s++) {
      for (int m : itemMembers[s]) {
        int code = block.code(r, m);
        if (code > 0) {
          if (byGroup.length == 0) {
            overallCodes.add(0, s, code - 1);
          }
          for (int g = 0; g < byGroup.length; g++) {
            codesByGroup[g].add(block.group(r, g), s, code - 1);
          }
        }
      }
    }
  }

  /** The row being aggregated, seen through the reused buffers. */
  private final class RowView implements ScoredRowView {
    AnswerBlock block;
    int r;

    @Override
    public long row() {
      return block.row(r);
    }

    @Override
    public String respondentId() {
      return block.id(r);
    }

    @Override
    public String group(int column) {
      return block.groupValue(r, column);
    }

    @Override
    public double answer(int item) {
      return block.value(r, item);
    }

    @Override
    public double score(int scale) {
      return scores[scale];
    }

    @Override
    public ScaleScore scaleScore(int scale) {
      return plan.scale(scale)
          .toScaleScore(scores[scale], answered[scale], plan.codesAnswered(block, r));
    }

    @Override
    public ScoredRow toScoredRow() {
      return reader.scoredRow(block, r);
    }
  }
}
