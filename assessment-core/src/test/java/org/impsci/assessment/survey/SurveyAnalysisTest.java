package org.impsci.assessment.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.impsci.assessment.TestData;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.io.ReadReport;
import org.impsci.assessment.reliability.CaseHandling;
import org.impsci.assessment.reliability.InstrumentReliability;
import org.impsci.assessment.scoring.GroupSummaries;
import org.impsci.assessment.scoring.GroupSummary;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.assessment.scoring.ScaleScore;
import org.impsci.assessment.scoring.Scorer;
import org.impsci.assessment.scoring.ScoringRules;
import org.junit.jupiter.api.Test;

/**
 * One pass over a small toy-instrument file (a = A1-A3 with A3 reversed, b = B1-B2). Scale a per
 * respondent, worked by hand: 1 (4,5,4) 13/3; 2 (2,2,2) 2; 3 (3,4,3) 10/3; 4 (5,4,5) 14/3.
 */
class SurveyAnalysisTest {
  private static final String CSV =
      "id,site,A1,A2,A3,B1,B2,N1\n"
          + "1,X,4,5,2,4,4,\n"
          + "2,X,2,2,4,not_relevant_role,2,\n"
          + "3,Y,3,4,3,3,3,\n"
          + "4,Y,5,4,1,5,5,\n"
          + "5,Y,9,,,,,\n";

  private SurveyReport analyse(List<ScoredRow> rows) {
    Scorer scorer =
        Scorer.of(TestData.toyInstrument(), ScoringRules.meanOf(MinimumAnswered.fraction(0.5)));
    CsvLayout layout = CsvLayout.builder().respondentIdColumn("id").addGroupColumns("site").build();
    return SurveyAnalysis.of(scorer, layout, ReadMode.LENIENT, CaseHandling.LISTWISE)
        .analyse(new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)), "s.csv", rows::add);
  }

  private static GroupSummary find(List<GroupSummary> summaries, String group, String scale) {
    return summaries.stream()
        .filter(g -> g.scaleId().equals(scale) && g.group().orElse("").equals(group))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void summarisesOverallAndBySiteWithAlphaAndRejections() {
    List<ScoredRow> rows = new ArrayList<>();
    SurveyReport report = analyse(rows);

    assertThat(report.instrumentId()).isEqualTo("toy");
    assertThat(report.read().rowsRead()).isEqualTo(5);
    assertThat(report.read().scored()).isEqualTo(4);
    assertThat(report.read().rejected()).singleElement().satisfies(r -> {
      assertThat(r.row()).isEqualTo(6);
      assertThat(r.value()).hasValue("9");
    });
    assertThat(rows).hasSize(4);

    // Overall mean of a: (13/3 + 2 + 10/3 + 14/3) / 4 = 43/12.
    assertThat(find(report.overall(), "", "a").mean().getAsDouble())
        .isCloseTo(43.0 / 12, within(1e-12));
    List<GroupSummary> bySite = report.byGroup().get("site");
    // X: (13/3 + 2) / 2 = 19/6; Y: (10/3 + 14/3) / 2 = 4.
    assertThat(find(bySite, "X", "a").mean().getAsDouble()).isCloseTo(19.0 / 6, within(1e-12));
    assertThat(find(bySite, "Y", "a").mean().getAsDouble()).isCloseTo(4.0, within(1e-12));
    assertThat(find(bySite, "X", "b").nonSubstantiveCodes())
        .containsExactly(Map.entry("not_relevant_role", 1L));
    // Alpha of a, worked by hand in InstrumentReliabilityTest: 36 / 38.75.
    assertThat(report.reliability().get("a").alphaRaw().getAsDouble())
        .isCloseTo(36 / 38.75, within(1e-12));
    assertThat(report.caseHandling()).isEqualTo(CaseHandling.LISTWISE);
  }

  @Test
  void sequentialAndTwoThreadAnalysesAgree() {
    Scorer scorer =
        Scorer.of(TestData.toyInstrument(), ScoringRules.meanOf(MinimumAnswered.fraction(0.5)));
    CsvLayout layout = CsvLayout.builder().respondentIdColumn("id").addGroupColumns("site").build();
    StringBuilder csv = new StringBuilder("id,site,A1,A2,A3,B1,B2,N1\n");
    java.util.Random random = new java.util.Random(9);
    for (int i = 0; i < 5000; i++) {
      csv.append(i).append(",S").append(i % 7);
      for (int item = 0; item < 5; item++) {
        csv.append(',').append(random.nextInt(6) == 0 ? "" : String.valueOf(1 + random.nextInt(5)));
      }
      csv.append(",\n");
    }
    SurveyAnalysis analysis = SurveyAnalysis.of(scorer, layout, ReadMode.STRICT, CaseHandling.PAIRWISE);
    List<String> parallelIds = new ArrayList<>();
    List<String> sequentialIds = new ArrayList<>();
    SurveyReport parallel =
        analysis.analyse(
            new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "p",
            row -> parallelIds.add(row.scores().respondentId()));
    SurveyReport sequential =
        analysis.sequential().analyse(
            new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "p",
            row -> sequentialIds.add(row.scores().respondentId()));
    assertThat(parallel).isEqualTo(sequential);
    assertThat(parallelIds).isEqualTo(sequentialIds).hasSize(5000);
  }

  /**
   * The analysis scores from plain numbers in blocks; the public row-by-row API (reader, scorer,
   * GroupSummaries, InstrumentReliability over Answer objects) is the independent computation it
   * must equal, on data with every kind of cell: numbers, codes, blanks, bad values, bad widths,
   * a composite scale, two grouping columns.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
  void theStreamingAnalysisEqualsTheRowByRowComputation(boolean grouped) {
    Scorer scorer =
        Scorer.of(TestData.toyInstrument(), ScoringRules.meanOf(MinimumAnswered.fraction(0.5)));
    CsvLayout layout =
        CsvLayout.builder()
            .respondentIdColumn("id")
            .addAllGroupColumns(grouped ? List.of("site", "role") : List.of())
            .rejectDuplicateIds(true)
            .build();
    String[] cells = {"1", "2", "3", "4", "5", "", " 3 ", "not_relevant_role", "9", "x"};
    StringBuilder csv = new StringBuilder("id,site,role,A1,A2,A3,B1,B2,N1\r\n");
    java.util.Random random = new java.util.Random(17);
    for (int i = 0; i < 3000; i++) {
      csv.append(random.nextInt(40) == 0 ? i - 1 : i)
          .append(",S").append(i % 5).append(",R").append(random.nextInt(3));
      int width = random.nextInt(200) == 0 ? 5 : 6;
      for (int item = 0; item < width; item++) {
        String cell = cells[random.nextInt(random.nextInt(30) == 0 ? cells.length : 8)];
        csv.append(',').append(item == 5 && cell.equals("not_relevant_role") ? "7" : cell);
      }
      csv.append("\r\n");
    }
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    for (CaseHandling handling : CaseHandling.values()) {
      SurveyReport report =
          SurveyAnalysis.of(scorer, layout, ReadMode.LENIENT, handling)
              .analyse(new ByteArrayInputStream(bytes), "messy.csv");

      GroupSummaries overall = GroupSummaries.overall();
      GroupSummaries bySite = GroupSummaries.by("site");
      GroupSummaries byRole = GroupSummaries.by("role");
      InstrumentReliability reliability = InstrumentReliability.of(scorer);
      ReadReport read =
          SurveyCsvReader.of(scorer, layout, ReadMode.LENIENT)
              .read(
                  new ByteArrayInputStream(bytes),
                  "messy.csv",
                  row -> {
                    overall.add(row.scores());
                    if (grouped) {
                      bySite.add(row.scores());
                      byRole.add(row.scores());
                    }
                    reliability.add(row.answers());
                  });

      assertThat(read.rejected()).hasSizeGreaterThan(50);
      assertThat(overall.summaries().get(0).nonSubstantiveCodes()).isEmpty();
      assertThat(overall.summaries().get(1).nonSubstantiveCodes()).containsKey("not_relevant_role");
      assertThat(report.read()).isEqualTo(read);
      assertThat(report.overall()).isEqualTo(overall.summaries());
      if (grouped) {
        assertThat(report.byGroup())
            .containsOnlyKeys("site", "role")
            .containsEntry("site", bySite.summaries())
            .containsEntry("role", byRole.summaries());
      } else {
        assertThat(report.byGroup()).isEmpty();
      }
      assertThat(report.reliability()).isEqualTo(reliability.results(handling));
    }
  }

  @Test
  void rowViewsShowWhatTheScoredRowsHold() {
    Scorer scorer =
        Scorer.of(TestData.toyInstrument(), ScoringRules.meanOf(MinimumAnswered.fraction(0.5)));
    CsvLayout layout = CsvLayout.builder().respondentIdColumn("id").addGroupColumns("site").build();
    String csv =
        "id,site,A1,A2,A3,B1,B2,N1\n"
            + "p1,S1,5,4,1,not_relevant_role,,7\n" // a = (5 + 4 + (6 - 1)) / 3; b has no score
            + "p2,S2,,,,2,3,\n"; // a has no score; b = 2.5
    SurveyAnalysis analysis =
        SurveyAnalysis.of(scorer, layout, ReadMode.STRICT, CaseHandling.PAIRWISE).sequential();
    List<ScoredRow> kept = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    List<ScaleScore> viewed = new ArrayList<>();
    List<Double> answers = new ArrayList<>();
    SurveyReport report = analysis.analyseRows(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        "views.csv",
        view -> {
          seen.add(view.row() + " " + view.respondentId() + " " + view.group(0) + " "
              + view.score(0) + " " + view.score(1) + " " + view.score(2));
          kept.add(view.toScoredRow());
          for (int i = 0; i < 6; i++) {
            answers.add(view.answer(i));
          }
          for (int s = 0; s < 3; s++) {
            viewed.add(view.scaleScore(s));
          }
        });
    assertThat(viewed)
        .isEqualTo(
            kept.stream().flatMap(row -> row.scores().scores().stream()).toList())
        .extracting(ScaleScore::nonSubstantive)
        .containsExactly(0, 1, 0, 0, 0, 0);
    assertThat(seen)
        .containsExactly(
            "2 p1 S1 " + 14.0 / 3 + " NaN " + 14.0 / 3, "3 p2 S2 NaN 2.5 2.5");
    // Answers as given (A3 = 1 before reversal), NaN for blanks and Option B; N1 is in no scale.
    double nan = Double.NaN;
    assertThat(answers).containsExactly(5.0, 4.0, 1.0, nan, nan, 7.0, nan, nan, nan, 2.0, 3.0, nan);
    assertThat(TestData.toyInstrument().singleItems()).extracting(Item::id).containsExactly("N1");
    assertThat(kept.get(0).scores().score("b").orElseThrow().nonSubstantiveCodes())
        .containsEntry("not_relevant_role", 1);
    assertThat(kept.get(1).scores().groups()).containsEntry("site", "S2");
    assertThat(report)
        .isEqualTo(
            analysis.analyse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "views.csv"));
    assertThat(report.read().scored()).isEqualTo(2);
  }

  @Test
  void inStrictModeTheRowsBeforeABadOneAreHandedOverThenReadingStops() {
    Scorer scorer =
        Scorer.of(TestData.toyInstrument(), ScoringRules.meanOf(MinimumAnswered.fraction(0.5)));
    CsvLayout layout = CsvLayout.builder().respondentIdColumn("id").build();
    String csv =
        "id,A1,A2,A3,B1,B2,N1\n" + "p1,1,2,3,4,5,6\n" + "p2,2,2,2,2,2,2\n" + "p3,9,2,2,2,2,2\n"
            + "p4,1,1,1,1,1,1\n";
    for (SurveyAnalysis analysis :
        List.of(
            SurveyAnalysis.of(scorer, layout, ReadMode.STRICT, CaseHandling.PAIRWISE),
            SurveyAnalysis.of(scorer, layout, ReadMode.STRICT, CaseHandling.PAIRWISE).sequential())) {
      List<String> seen = new ArrayList<>();
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  analysis.analyseRows(
                      new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                      "strict.csv",
                      row -> seen.add(row.respondentId())))
          .hasMessageContaining("strict.csv, row 4, column A1, item A1");
      assertThat(seen).containsExactly("p1", "p2");
    }
  }

  @Test
  void theReportRoundTripsThroughJson() {
    SurveyReport report = analyse(new ArrayList<>());
    assertThat(ImpsciJson.read(ImpsciJson.write(report), SurveyReport.class, "report"))
        .isEqualTo(report);
  }
}
