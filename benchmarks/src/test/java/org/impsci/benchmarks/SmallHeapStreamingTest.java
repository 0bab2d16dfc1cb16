package org.impsci.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.reliability.CaseHandling;
import org.impsci.assessment.scoring.GroupSummary;
import org.impsci.assessment.survey.SurveyAnalysis;
import org.impsci.assessment.survey.SurveyReport;
import org.impsci.npt.nomad.NomadScorer;
import org.junit.jupiter.api.Test;

/**
 * Scoring streams: 10,000,000 generated NoMAD respondents (about 760 MB of CSV, generated as it is
 * read) go through the reader, scorer, summaries and reliability in this module's 64 MB test heap
 * (surefire's -Xmx64m), where holding the rows would need gigabytes; every row must be accounted
 * for. That the streaming figures equal the two-pass ones is proven on smaller data in
 * assessment-core (StreamingEqualsTwoPassTest, SurveyAnalysisTest).
 */
class SmallHeapStreamingTest {
  private static final long ROWS = 10_000_000;

  private static SurveyReport analyse(long rows) throws IOException {
    SurveyAnalysis analysis =
        SurveyAnalysis.of(
            NomadScorer.withDefaults().scorer(),
            SyntheticSurveys.layout(),
            ReadMode.LENIENT,
            CaseHandling.PAIRWISE);
    try (InputStream in = SyntheticSurveys.stream(rows)) {
      return analysis.analyse(in, "generated.csv");
    }
  }

  @Test
  void tenMillionRowsInSixtyFourMegabytes() throws IOException {
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(64L * 1024 * 1024);
    SurveyReport report = analyse(ROWS);
    assertThat(report.read().rowsRead()).isEqualTo(ROWS);
    assertThat(report.read().scored()).isEqualTo(ROWS);
    assertThat(report.overall()).extracting(GroupSummary::n).allMatch(n -> n > ROWS * 9 / 10);
    assertThat(report.byGroup().get("site")).hasSize(11 * 4);
    assertThat(report.reliability().get("collective-action").alphaRaw()).isPresent();
  }
}
