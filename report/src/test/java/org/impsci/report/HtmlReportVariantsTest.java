package org.impsci.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.reliability.CaseHandling;
import org.impsci.assessment.scoring.GroupSummary;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.assessment.scoring.ScoringRules;
import org.impsci.assessment.survey.SurveyAnalysis;
import org.impsci.assessment.survey.SurveyReport;
import org.impsci.barriers.pcat.PcatCsvReader;
import org.impsci.barriers.pcat.PcatSummaries;
import org.impsci.npt.nomad.Nomad;
import org.junit.jupiter.api.Test;

/** The report's other branches: other scoring rules, no rejected rows, no grouping. */
class HtmlReportVariantsTest {
  private final SurveyFixture survey = new SurveyFixture();

  @Test
  void everyTableHasTheIntervalColumnsAndTheOverallTableTheAlphas() {
    String html = HtmlReport.survey(survey.report, survey.nomad, "site");
    String header = "<th>n</th><th>mean</th><th>SD</th><th>95% CI</th>";
    assertThat(html).contains("<tr><th>scale</th>" + header + "<th>alpha (pairwise)</th><th>published alpha</th></tr>")
        .contains("<tr><th>site</th><th>scale</th>" + header + "</tr>");
    assertThat(HtmlReport.singleItems(survey.singles)).contains("<th>item</th><th>group</th>" + header);
    // The kernel's alpha for coherence, then the published 0.71 (Finch et al. 2018, as bundled).
    double alpha = survey.report.reliability("coherence").alphaRaw().getAsDouble();
    assertThat(html).contains(String.format(Locale.ROOT, "<td>1.45 to 5.55</td><td>%.2f</td><td>0.71</td></tr>", alpha));
  }

  @Test
  void otherRulesAndListwiseAlphaAreDescribed() {
    ScoredInstrument summed = ScoredInstrument.of(Nomad.instrument(), ScoringRules.builder()
        .minimumAnswered(MinimumAnswered.count(2)).aggregation(ScoringRules.Aggregation.SUM)
        .applyReverseScoring(false).transform(ScoringRules.Transform.PERCENT).build());
    SurveyReport listwise = SurveyAnalysis.of(summed.scorer(), Nomad.csvLayout("respondent_id", "site"),
            ReadMode.LENIENT, CaseHandling.LISTWISE)
        .analyse(new ByteArrayInputStream(SurveyFixture.CSV.getBytes(StandardCharsets.UTF_8)), "x.csv");
    String html = HtmlReport.methods(summed, listwise);
    assertThat(html)
        .contains("each scale is the sum (prorated for unanswered items) of its answered items, no item"
            + " reversed, placed on 0-100.")
        .contains("A scale is scored when a count of 2 of its items is answered")
        .contains("listwise: from the respondents who answered every item of the scale")
        .doesNotContain("<ul>");
    assertThat(HtmlReport.methods(survey.nomad, survey.report))
        .contains("<br>Rapley et al. 2018, doi:10.1186/s12874-018-0590-y");
  }

  @Test
  void aReportWithoutRejectedRowsSaysNone() {
    String csv = SurveyFixture.CSV.substring(0, SurveyFixture.CSV.indexOf("p5,"));
    SurveyReport clean = SurveyAnalysis.of(survey.nomad.scorer(), Nomad.csvLayout("respondent_id", "site"),
            ReadMode.STRICT, CaseHandling.PAIRWISE)
        .analyse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "clean.csv");
    assertThat(HtmlReport.survey(clean, survey.nomad, "site"))
        .contains("<h2>Rejected rows</h2><p>None.</p>");
  }

  @Test
  void pcatWithoutGroupsIsOneChartAndAnItemWithoutDirectionsShowsDashes() {
    String csv = PcatFixture.CSV + "r1,S1,3,NA,NA\n";
    var read = PcatCsvReader.of(ReadMode.LENIENT)
        .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "p.csv");
    String html = HtmlReport.pcat(PcatSummaries.summarise(read, List.of()));
    assertThat(html).contains("<h3>all answers</h3>").doesNotContain("pcat-chart-2");
    // Item 3: one answer, no valid direction, nothing complete.
    assertThat(html).contains("<td>1</td><td>0</td><td>-</td><td>-</td><td>-</td><td>-</td><td>-</td><td>-</td></tr>");
  }

  @Test
  void rowsAreSortedByGroupWhateverTheOrderGiven() {
    List<GroupSummary> reversed = new ArrayList<>(survey.report.byGroup("site"));
    Collections.reverse(reversed);
    List<ScaleRow> rows = ScaleTables.of(survey.nomad.instrument(), reversed,
        List.of("coherence", "collective-action"));
    assertThat(rows).extracting(r -> r.group().orElseThrow() + " " + r.scaleId())
        .containsExactly("H01 coherence", "H01 collective-action", "H02 coherence", "H02 collective-action");
  }

  @Test
  void singleItemsWithoutAGroupingColumnAreSummarisedOverall() {
    SingleItemSummaries singles = SingleItemSummaries.of(survey.nomad.instrument(), "");
    SurveyAnalysis.of(survey.nomad.scorer(), Nomad.csvLayout("respondent_id"), ReadMode.LENIENT,
            CaseHandling.PAIRWISE)
        .analyseRows(new ByteArrayInputStream(SurveyFixture.CSV.getBytes(StandardCharsets.UTF_8)),
            "x.csv", singles);
    assertThat(singles.column()).isEmpty();
    assertThat(singles.byGroup()).isEmpty();
    assertThat(singles.ids()).containsExactly("G1", "G2", "G3");
    // G3 answered 10, 4 and 6 (p1, p3, p4; p2 left it blank): mean 20 / 3.
    GroupSummary g3 = singles.overall().stream().filter(g -> g.scaleId().equals("G3")).findFirst().orElseThrow();
    assertThat(g3.n()).isEqualTo(3);
    assertThat(g3.notScored()).isEqualTo(1);
    assertThat(g3.mean().getAsDouble()).isCloseTo(20.0 / 3, org.assertj.core.api.Assertions.within(1e-12));
  }
}
