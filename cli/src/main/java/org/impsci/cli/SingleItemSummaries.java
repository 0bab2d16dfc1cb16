package org.impsci.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.impsci.assessment.scoring.GroupSummaries;
import org.impsci.assessment.scoring.GroupSummary;
import org.impsci.assessment.scoring.RespondentScores;
import org.impsci.assessment.scoring.ScaleScore;
import org.impsci.assessment.survey.ScoredRowView;

/**
 * Summaries of the answers to the items in no scale (NoMAD's G1-G3), overall and by one grouping
 * column, for the report: each item is summarised as the kernel summarises a scale, with the
 * number answered as its score; a respondent without a number for it counts as not scored.
 */
final class SingleItemSummaries implements Consumer<ScoredRowView> {
  private final SingleItems items;
  private final String column;
  private final GroupSummaries overall = GroupSummaries.overall();
  private final GroupSummaries byGroup;

  /**
   * @param column the first grouping column of the layout (its position 0), or empty for none
   */
  SingleItemSummaries(SingleItems items, String column) {
    this.items = items;
    this.column = column;
    this.byGroup = column.isEmpty() ? null : GroupSummaries.by(column);
  }

  @Override
  public void accept(ScoredRowView row) {
    if (items.ids().isEmpty()) {
      return;
    }
    List<ScaleScore> answers = new ArrayList<>();
    for (int k = 0; k < items.ids().size(); k++) {
      double answer = row.answer(items.positions()[k]);
      var score = ScaleScore.builder().scaleId(items.ids().get(k)).members(1).nonSubstantive(0);
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

  /** The items' ids. */
  List<String> ids() {
    return items.ids();
  }

  /** One summary per item over everyone. */
  List<GroupSummary> overall() {
    return overall.summaries();
  }

  /** One summary per item and group; empty without a grouping column. */
  List<GroupSummary> byGroup() {
    return byGroup == null ? List.of() : byGroup.summaries();
  }
}
