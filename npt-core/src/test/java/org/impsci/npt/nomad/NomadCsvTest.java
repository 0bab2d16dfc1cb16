package org.impsci.npt.nomad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.io.RejectedRow;
import org.impsci.assessment.reliability.CaseHandling;
import org.impsci.assessment.reliability.CronbachAlpha;
import org.impsci.assessment.survey.CsvLayout;
import org.impsci.assessment.survey.SurveyAnalysis;
import org.impsci.assessment.survey.SurveyReport;
import org.junit.jupiter.api.Test;

/** NoMAD exports read through the kernel's CSV reader, good and bad. */
class NomadCsvTest {
  private static final String HEADER =
      "respondent_id,site,CO1,CO2,CO3,CO4,CP1,CP2,CP3,CP4,CA1,CA2,CA3,CA4,CA5,CA6,CA7,"
          + "RM1,RM2,RM3,RM4,RM5,G1,G2,G3\n";

  private static InputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  private static SurveyReport analyse(String csv, CsvLayout layout, ReadMode mode) {
    return SurveyAnalysis.of(NomadScorer.withDefaults().scorer(), layout, mode, CaseHandling.LISTWISE)
        .analyse(utf8(csv), "nomad.csv");
  }

  @Test
  void badNomadRowsAreReportedWithWhereAndWhat() {
    String csv =
        HEADER
            + "p1,H1,4,4,5,3,5,5,4,4,4,2,4,3,3,2,2,3,4,4,5,4,7,,10\n" // row 2: good
            + "p2,H1,4,6,5,3,5,5,4,4,4,2,4,3,3,2,2,3,4,4,5,4,7,,10\n" // row 3: CO2 = 6
            + "p3,H1,4,4,5,3,N/A,5,4,4,4,2,4,3,3,2,2,3,4,4,5,4,7,,10\n" // row 4: "N/A" text
            + "p1,H2,4,4,5,3,5,5,4,4,4,2,4,3,3,2,2,3,4,4,5,4,7,,10\n"; // row 5: duplicate id
    SurveyReport report = analyse(csv, Nomad.csvLayout("respondent_id", "site"), ReadMode.LENIENT);
    assertThat(report.read().rowsRead()).isEqualTo(4);
    assertThat(report.read().scored()).isEqualTo(1);
    List<RejectedRow> rejected = report.read().rejected();
    assertThat(rejected).extracting(RejectedRow::row).containsExactly(3L, 4L, 5L);
    assertThat(rejected.get(0).message())
        .isEqualTo(
            "nomad.csv, row 3, column CO2, item CO2: respondent 'p2': answer is not on the item's"
                + " scale (value '6'); allowed: whole numbers 1..5, or one of [not_relevant_stage,"
                + " not_relevant_role, not_relevant_intervention]");
    assertThat(rejected.get(1).message())
        .isEqualTo(
            "nomad.csv, row 4, column CP1, item CP1: respondent 'p3': the answer is neither a"
                + " number nor one of the item's answer codes (value 'N/A'); allowed: whole numbers"
                + " 1..5, or one of [not_relevant_stage, not_relevant_role,"
                + " not_relevant_intervention]");
    assertThat(rejected.get(2).message())
        .isEqualTo(
            "nomad.csv, row 5, column respondent_id: respondent 'p1': the id already appeared in"
                + " row 2 (value 'p1')");
  }

  @Test
  void strictModeStopsAtTheFirstBadRow() {
    String csv = HEADER + "p2,H1,4,6,5,3,5,5,4,4,4,2,4,3,3,2,2,3,4,4,5,4,7,,10\n";
    assertThatThrownBy(() -> analyse(csv, Nomad.csvLayout("respondent_id", "site"), ReadMode.STRICT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("nomad.csv, row 2, column CO2, item CO2:");
  }

  @Test
  void questionNumberedExportsReadThroughTheHeaderMap() {
    // Q1-Q3 general, Q4-Q23 construct items; answers as in NomadScorerTest's full response.
    String csv =
        "id,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9,Q10,Q11,Q12,Q13,Q14,Q15,Q16,Q17,Q18,Q19,Q20,Q21,Q22,Q23\n"
            + "p1,7,,10,4,4,5,3,5,5,4,4,4,2,4,3,3,2,2,3,4,4,5,4\n";
    CsvLayout layout =
        CsvLayout.builder()
            .respondentIdColumn("id")
            .putAllItemColumns(Nomad.questionNumberColumns())
            .build();
    SurveyReport report = analyse(csv, layout, ReadMode.STRICT);
    // Collective action 22/7, as worked in NomadScorerTest.
    assertThat(
            report.overall().stream()
                .filter(g -> g.scaleId().equals("collective-action"))
                .findFirst()
                .orElseThrow()
                .mean()
                .getAsDouble())
        .isCloseTo(22.0 / 7, within(1e-12));
  }

  @Test
  void alphaPerConstructComesFromTheKernelOnReversedValues() {
    String csv =
        HEADER
            + "p1,H1,4,4,5,3,5,5,4,4,4,2,4,3,3,2,2,3,4,4,5,4,,,\n"
            + "p2,H1,2,3,2,2,3,3,3,2,2,4,2,2,3,2,1,2,2,3,2,2,,,\n"
            + "p3,H2,5,5,4,5,4,5,5,5,5,1,5,4,4,4,3,4,5,5,4,5,,,\n"
            + "p4,H2,3,3,3,4,4,4,3,3,3,3,3,3,2,3,3,3,3,4,3,3,,,\n";
    SurveyReport report = analyse(csv, Nomad.csvLayout("respondent_id", "site"), ReadMode.STRICT);
    // Independent path: the same collective-action values, CA2 reversed by hand (6 - x).
    double[][] ca = {
      {4, 4, 4, 3, 3, 2, 2}, {2, 2, 2, 2, 3, 2, 1}, {5, 5, 5, 4, 4, 4, 3}, {3, 3, 3, 3, 2, 3, 3}
    };
    double expected =
        CronbachAlpha.compute(
                List.of("CA1", "CA2", "CA3", "CA4", "CA5", "CA6", "CA7"), ca, CaseHandling.LISTWISE)
            .alphaRaw()
            .getAsDouble();
    assertThat(report.reliability().get("collective-action").alphaRaw().getAsDouble())
        .isCloseTo(expected, within(1e-12));
    assertThat(report.reliability().keySet())
        .containsExactly(
            "coherence", "cognitive-participation", "collective-action", "reflexive-monitoring");
    assertThat(report.byGroup().get("site")).extracting(g -> g.group().orElseThrow()).contains("H1", "H2");
  }
}
