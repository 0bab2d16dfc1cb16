package org.impsci.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.scoring.GroupSummaries;
import org.impsci.assessment.scoring.GroupSummary;
import org.impsci.assessment.scoring.RespondentScores;
import org.impsci.assessment.scoring.ScaleScore;
import org.impsci.assessment.survey.ScoredRowView;

/**
 * Summaries of the answers to an instrument's items in no scale (its general items, NoMAD's
 * G1-G3), overall and by one grouping column: pass it as the row callback of a survey analysis
 * ({@code SurveyAnalysis.analyseRows}). Each item is summarised as the kernel summarises a scale,
 * with the number answered as its score; a respondent without a number for it counts as not
 * scored. Not thread-safe: one instance per analysis (the callback runs one row at a time).
 */
public final class SingleItemSummaries implements Consumer<ScoredRowView> {
  private final List<String> ids;
  private final int[] positions;
  private final String column;
  private final GroupSummaries overall = GroupSummaries.overall();
  private final GroupSummaries byGroup;

  private SingleItemSummaries(List<String> ids, int[] positions, String column) {
    this.ids = ids;
    this.positions = positions;
    this.column = column;
    this.byGroup = column.isEmpty() ? null : GroupSummaries.by(column);
  }

  /**
   * Summaries of the instrument's single items.
   *
   * @param column the first grouping column of the analysis' layout (its position 0), or empty
   *     for none
   */
  public static SingleItemSummaries of(Instrument instrument, String column) {
    List<Item> singles = instrument.singleItems();
    return new SingleItemSummaries(
        singles.stream().map(Item::id).toList(),
        singles.stream().mapToInt(instrument.items()::indexOf).toArray(),
        column);
  }

  @Override
  public void accept(ScoredRowView row) {
    if (ids.isEmpty()) {
      return;
    }
    List<ScaleScore> answers = new ArrayList<>();
    for (int k = 0; k < ids.size(); k++) {
      double answer = row.answer(positions[k]);
      var score = ScaleScore.builder().scaleId(ids.get(k)).members(1).nonSubstantive(0);
      answers.add(
          Double.isNaN(answer)
              ? score.answered(0).missing(1).reason("no number answered").build()
              : score.answered(1).missing(0).score(answer).build());
    }
    RespondentScores scores =
        RespondentScores.builder()
            .respondentId(row.respondentId())
            .putAllGroups(column.isEmpty() ? Map.of() : Map.of(column, row.group(0)))
            .addAllScores(answers)
            .build();
    overall.add(scores);
    if (byGroup != null) {
      byGroup.add(scores);
    }
  }

  /** The items' ids, in the instrument's order. */
  public List<String> ids() {
    return ids;
  }

  /** The grouping column, or empty. */
  public String column() {
    return column;
  }

  /** One summary per item over everyone. */
  public List<GroupSummary> overall() {
    return overall.summaries();
  }

  /** One summary per item and group; empty without a grouping column. */
  public List<GroupSummary> byGroup() {
    return byGroup == null ? List.of() : byGroup.summaries();
  }
}
