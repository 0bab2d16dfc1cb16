package org.impsci.assessment.scoring;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.internal.scoring.ScoreTable;
import org.impsci.assessment.internal.scoring.ValueIndex;

/**
 * Accumulates respondents' scale scores into {@link GroupSummary}s by one grouping column (site,
 * role, wave) or over everyone. Streaming: memory grows with the number of groups, scales and
 * distinct score values (the exact median keeps one counter per distinct score, which ordinal
 * scales keep small), not with the number of respondents. Not thread-safe: give each thread its
 * own and {@link #combine} them.
 */
public final class GroupSummaries {
  private final String column;
  /** The table, made when the first respondent fixes the scales. */
  private ScoreTable table;
  private final ValueIndex groupValues = new ValueIndex();
  private double[] scores = new double[0];
  private int[] answered = new int[0];

  private GroupSummaries(String column) {
    this.column = column;
  }

  /** Summaries by the values of one grouping column. */
  public static GroupSummaries by(String column) {
    return new GroupSummaries(Objects.requireNonNull(column, "column"));
  }

  /** One summary per scale over every respondent. */
  public static GroupSummaries overall() {
    return new GroupSummaries(null);
  }

  /**
   * Adds one respondent's scores.
   *
   * @throws ImpsciException if the respondent has no value for the grouping column
   */
  public void add(RespondentScores scores) {
    String group = "";
    if (column != null) {
      group = scores.groups().get(column);
      if (group == null) {
        throw new ImpsciException(
            "respondent '" + scores.respondentId() + "' has no value for grouping column '"
                + column + "'; it has " + scores.groups().keySet());
      }
    }
    List<ScaleScore> list = scores.scores();
    requireScales(list, scores.respondentId());
    if (this.scores.length != list.size()) {
      this.scores = new double[list.size()];
      this.answered = new int[list.size()];
    }
    for (int i = 0; i < list.size(); i++) {
      ScaleScore s = list.get(i);
      this.scores[i] = s.score().orElse(Double.NaN);
      this.answered[i] = s.answered();
      for (Map.Entry<String, Integer> code : s.nonSubstantiveCodes().entrySet()) {
        table.addCode(groupValues.of(group), i, code.getKey(), code.getValue());
      }
    }
    table.add(groupValues.of(group), this.scores, 0, answered);
  }

  /** Fixes the scales on the first respondent; later ones must have the same, in order. */
  private void requireScales(List<ScaleScore> list, String respondentId) {
    if (table == null) {
      table =
          new ScoreTable(column, list.stream().map(ScaleScore::scaleId).toList(), groupValues);
      return;
    }
    List<String> scaleIds = table.scaleIds();
    boolean same = list.size() == scaleIds.size();
    for (int i = 0; same && i < list.size(); i++) {
      String id = list.get(i).scaleId();
      same = id == scaleIds.get(i) || id.equals(scaleIds.get(i));
    }
    if (!same) {
      throw new ImpsciException(
          "respondent '" + respondentId + "' has scales "
              + list.stream().map(ScaleScore::scaleId).toList() + ", but earlier respondents had "
              + scaleIds + "; summaries need the scores of one instrument");
    }
  }

  /** Adds everything another accumulator (with the same column) has seen to this one. */
  public GroupSummaries combine(GroupSummaries other) {
    if (!Objects.equals(column, other.column)) {
      throw new IllegalArgumentException(
          "cannot combine summaries by '" + column + "' with summaries by '" + other.column + "'");
    }
    if (other.table == null) {
      return this;
    }
    if (table == null) {
      table = new ScoreTable(column, other.table.scaleIds(), groupValues);
    }
    table.combine(other.table);
    return this;
  }

  /** The summaries: groups in ascending order of their values, scales in reporting order. */
  public List<GroupSummary> summaries() {
    return table == null ? List.of() : table.summaries();
  }
}
