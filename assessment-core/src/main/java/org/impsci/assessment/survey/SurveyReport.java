package org.impsci.assessment.survey;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.io.ReadReport;
import org.impsci.assessment.reliability.CaseHandling;
import org.impsci.assessment.reliability.ReliabilityResult;
import org.impsci.assessment.scoring.GroupSummary;

/** What a {@link SurveyAnalysis} found in one survey file. */
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
}
