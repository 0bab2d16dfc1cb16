package org.impsci.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.impsci.assessment.Impsci;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.reliability.CaseHandling;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.assessment.survey.SurveyAnalysis;
import org.impsci.assessment.survey.SurveyReport;
import org.impsci.npt.nomad.Nomad;

/**
 * A small NoMAD survey scored by site, with its hand-worked figures. Coherence (mean of CO1-CO4):
 * p1 (4+4+5+3)/4 = 4, p2 3, p4 5 at H01; p3 2 at H02. G1 (in no scale): 7, 5 and 9 at H01, none at
 * H02. One row (p5, CO1 = 9) is rejected.
 */
final class SurveyFixture {
  static final String CSV =
      "respondent_id,site,CO1,CO2,CO3,CO4,CP1,CP2,CP3,CP4,CA1,CA2,CA3,CA4,CA5,CA6,CA7,"
          + "RM1,RM2,RM3,RM4,RM5,G1,G2,G3\n"
          + "p1,H01,4,4,5,3,5,5,4,4,4,2,4,3,3,2,2,3,4,4,5,4,7,,10\n"
          + "p2,H01,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,5,2,\n"
          + "p3,H02,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,,,4\n"
          + "p4,H01,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,9,8,6\n"
          + "p5,H02,9,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,9,8,6\n";

  final ScoredInstrument nomad = Impsci.instrument("nomad");
  final SingleItemSummaries singles = SingleItemSummaries.of(nomad.instrument(), "site");
  final SurveyReport report;

  SurveyFixture() {
    SurveyAnalysis analysis = SurveyAnalysis.of(nomad.scorer(), Nomad.csvLayout("respondent_id", "site"),
        ReadMode.LENIENT, CaseHandling.PAIRWISE);
    report = analysis.analyseRows(
        new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)), "small.csv", singles);
  }
}
