package org.impsci.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.impsci.assessment.ImpsciVersion;
import org.impsci.outcomes.reaim.ReAim;
import org.impsci.outcomes.reaim.ReAimCounts;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private final SurveyFixture survey = new SurveyFixture();

  private static String table(String html, String id) {
    String t = html.substring(html.indexOf("<table id=\"" + id + "\">"));
    return t.substring(0, t.indexOf("</table>"));
  }

  @Test
  void theSurveySectionShowsLabelsIntervalsAndTheChart() {
    String html = HtmlReport.survey(survey.report, survey.nomad, "site");
    assertThat(html).startsWith("<p>small.csv: 5 rows read, 4 scored, 1 rejected.</p>");
    // Coherence overall 4, 3, 5, 2: R t.test gives mean 3.5, sd 1.29, conf.int 1.45 to 5.55.
    assertThat(table(html, "scales"))
        .contains("<tr><td>Coherence</td><td>4</td><td>3.50</td><td>1.29</td><td>1.45 to 5.55</td>");
    // At H01: 4, 3, 5; R: t.test(c(4, 3, 5))$conf.int = 1.52 to 6.48. H02: one score, no interval.
    assertThat(table(html, "profiles"))
        .contains("<tr><td>H01</td><td>Coherence</td><td>3</td><td>4.00</td><td>1.00</td><td>1.52 to 6.48</td></tr>")
        .contains("<tr><td>H02</td><td>Coherence</td><td>1</td><td>2.00</td><td>-</td><td>-</td></tr>");
    assertThat(html).contains("<h2>Profiles by site</h2>")
        .contains("<img id=\"profile-chart\" src=\"data:image/png;base64,")
        .contains("width=\"960\" height=\"440\"")
        .contains("href=\"data:image/svg+xml;base64,")
        .contains("row 6, column CO1");
    assertThat(table(html, "order")).contains("<tr><td>H02</td>");
  }

  @Test
  void withoutAGroupThereAreNoProfiles() {
    String html = HtmlReport.survey(survey.report, survey.nomad, "");
    assertThat(html).doesNotContain("Profiles by").contains("<table id=\"scales\">");
  }

  @Test
  void theMethodsBlockNamesInstrumentVersionRulesAndReliability() {
    String html = HtmlReport.methods(survey.nomad, survey.report);
    assertThat(html)
        .contains("<dt>Instrument</dt><dd>" + survey.nomad.instrument().name() + " (nomad, version ")
        .contains("<dd>impsci " + ImpsciVersion.get() + "</dd>")
        .contains("each scale is the mean of its answered items, reverse-scored items reversed")
        .contains(survey.nomad.rules().minimumAnswered().describe())
        .contains("1 rows were rejected and 0 skipped")
        .contains("pairwise: each covariance")
        .contains("t-based");
    survey.nomad.options().forEach(o -> assertThat(html).contains(o.id() + " = " + o.value()));
  }

  @Test
  void theGeneralItemsAreSummarisedWithTheirInterval() {
    String html = HtmlReport.singleItems(survey.singles);
    // G1: 7, 5, 9 at H01 (SurveyFixture); R: t.test(c(7, 5, 9)): mean 7, sd 2,
    // conf.int 2.03172457649934 11.96827542350066. At H02 G1 is unanswered.
    assertThat(table(html, "single-items"))
        .contains("<tr><td>G1</td><td>all</td><td>3</td><td>7.00</td><td>2.00</td><td>2.03 to 11.97</td></tr>")
        .contains("<tr><td>G1</td><td>site H01</td><td>3</td><td>7.00</td><td>2.00</td><td>2.03 to 11.97</td></tr>")
        .contains("<tr><td>G1</td><td>site H02</td><td>0</td>");
    assertThat(HtmlReport.singleItems(SingleItemSummaries.of(
        org.impsci.parihs.orca.Orca.instrument(), ""))).isEmpty();
  }

  @Test
  void thePcatSectionHasAChartAndTheSharesPerItem() {
    String html = HtmlReport.pcat(PcatFixture.summaries());
    assertThat(html).contains("<h2>pCAT</h2>").contains("<h3>site_id S1</h3>")
        .contains("<figure id=\"pcat-chart-1\"><svg ");
    // Hand-worked in PcatFixture.
    assertThat(html)
        .contains("<tr><td>1. Patient Needs &amp; Resources</td><td>4</td><td>4</td><td>25.0%</td>"
            + "<td>25.0%</td><td>25.0%</td><td>0.0%</td><td>25.0%</td><td>-0.25</td></tr>")
        .contains("<td>4</td><td>3</td><td>0.0%</td><td>0.0%</td><td>0.0%</td><td>66.7%</td>"
            + "<td>33.3%</td><td>1.33</td></tr>");
  }

  @Test
  void theReAimSectionGivesValuesOrReasonsPerSiteAndWave() {
    var table = ReAim.table(List.of(
        ReAimCounts.builder().site("P1").wave("w1").eligibleIndividuals(90).participants(30)
            .adaptations(2).cost(600).eligibleSettings(0).adoptingSettings(0).build(),
        ReAimCounts.builder().site("P2").wave("w1").participants(12).build()));
    String html = HtmlReport.reAim(table);
    String reaim = table(html, "reaim");
    // By hand: reach 30 / 90 = 33.3%; cost 600 / 30 = 20.00; 2 adaptations; no eligible settings.
    assertThat(reaim)
        .contains("<tr><td>P1</td><td>w1</td><td>33.3%</td>")
        .contains("<td>2</td><td>20.00</td>")
        .contains("<td>none: denominator eligibleSettings is zero</td>")
        .contains("<tr><td>P2</td><td>w1</td><td>none: denominator eligibleIndividuals not given</td>")
        .contains("<th>adoption.staff</th>");
  }

  @Test
  void thePageEscapesAndHoldsTheSections() {
    String page = HtmlReport.page("A <b> & \"c\"", "SYNTHETIC", List.of("<h2>One</h2>", "<h2>Two</h2>"));
    assertThat(page).startsWith("<!DOCTYPE html>")
        .contains("<title>A &lt;b&gt; &amp; &quot;c&quot;</title>")
        .contains("<p class=\"note\">SYNTHETIC</p><h2>One</h2><h2>Two</h2></body></html>");
  }
}
