package org.impsci.assessment.survey;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.internal.ProvidedById;
import org.impsci.assessment.io.ReadReport;
import org.impsci.assessment.reliability.CaseHandling;
import org.impsci.assessment.reliability.ReliabilityResult;
import org.impsci.assessment.scoring.GroupSummary;

/**
 * What a {@link SurveyAnalysis} found in one survey file.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableSurveyReport.class)
@JsonDeserialize(as = ImmutableSurveyReport.class)
public interface SurveyReport {

  /** The instrument scored. */
  String instrumentId();

  /** Rows read, scored and rejected (with reasons). */
  ReadReport read();

  /** One summary per scale over every scored respondent. */
  List<GroupSummary> overall();

  /** Summaries per scale and group, by grouping column. */
  Map<String, List<GroupSummary>> byGroup();

  /** How missing answers were handled for reliability. */
  CaseHandling caseHandling();

  /** Cronbach's alpha and item statistics per scale. */
  Map<String, ReliabilityResult> reliability();

  /** The overall summary of one scale, if the instrument has it. */
  default Optional<GroupSummary> findOverall(String scaleId) {
    return overall().stream().filter(g -> g.scaleId().equals(scaleId)).findFirst();
  }

  /**
   * The overall summary of one scale.
   *
   * @throws ImpsciException if there is none, listing the scales there are
   */
  default GroupSummary overall(String scaleId) {
    return findOverall(scaleId)
        .orElseThrow(
            () ->
                ProvidedById.unknown(
                    "scale", scaleId, overall().stream().map(GroupSummary::scaleId).toList()));
  }

  /** The summaries by one grouping column, if the file was summarised by it. */
  default Optional<List<GroupSummary>> findByGroup(String column) {
    return Optional.ofNullable(byGroup().get(column));
  }

  /**
   * The summaries by one grouping column.
   *
   * @throws ImpsciException if the file was not summarised by it, listing the columns it was
   */
  default List<GroupSummary> byGroup(String column) {
    return findByGroup(column)
        .orElseThrow(() -> ProvidedById.unknown("grouping column", column, byGroup().keySet()));
  }

  /** The reliability of one scale, if it has one. */
  default Optional<ReliabilityResult> findReliability(String scaleId) {
    return Optional.ofNullable(reliability().get(scaleId));
  }

  /**
   * The reliability of one scale.
   *
   * @throws ImpsciException if it has none, listing the scales that have one
   */
  default ReliabilityResult reliability(String scaleId) {
    return findReliability(scaleId)
        .orElseThrow(() -> ProvidedById.unknown("scale", scaleId, reliability().keySet()));
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SurveyReport}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableSurveyReport.Builder {
    Builder() {}
  }
}
