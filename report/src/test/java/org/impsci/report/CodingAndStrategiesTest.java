package org.impsci.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.impsci.assessment.coding.CodedSegment;
import org.impsci.assessment.coding.CodingAnalysis;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.barriers.strategy.EndorsementReader;
import org.impsci.barriers.strategy.StrategyMatcher;
import org.impsci.barriers.strategy.StrategyRanking;
import org.junit.jupiter.api.Test;

/** The Coding and Strategies sections (moved with HtmlReport from the command line). */
class CodingAndStrategiesTest {
  private static CodedSegment segment(String participant, String site, String... constructs) {
    CodedSegment.Builder b = CodedSegment.builder().source("s-" + participant)
        .participantId(participant).participantRole("nurse").site(site).start(0).end(4).text("text");
    for (String c : constructs) {
      b.addCodes(ConstructRef.of("npt", c));
    }
    return b.build();
  }

  @Test
  void codingCountsSegmentsPeopleAndSitesPerConstruct() {
    CodingAnalysis coding = CodingAnalysis.of(Frameworks.bundled(), List.of(
        segment("P01", "H01", "coherence"),
        segment("P02", "H01", "coherence", "collective-action"),
        segment("P03", "H02", "collective-action")));
    String html = HtmlReport.coding(coding, "npt", "interviews.qdpx");
    // By hand: 3 segments from 3 people; coherence in 2 segments of 2 people at 1 site, collective
    // action in 2 segments of 2 people at 2 sites.
    assertThat(html)
        .contains("<p>3 coded segments from 3 participants, coded with npt")
        .contains("; the segments are in <code>interviews.qdpx</code>.</p>")
        .contains("<tr><td>Coherence</td><td>2</td><td>2</td><td>1</td></tr>")
        .contains("<tr><td>Collective action</td><td>2</td><td>2</td><td>2</td></tr>");
  }

  @Test
  void strategiesShowCoverageWarningsAndTheTopRanks() {
    ConstructRef funding = ConstructRef.of("cfir-2.0", "inner-setting.available-resources.funding");
    ConstructRef reflecting = ConstructRef.of(
        "cfir-2.0", "implementation-process.reflecting-and-evaluating.implementation");
    StrategyRanking ranking =
        StrategyMatcher.rankCfir2(EndorsementReader.bundled(), List.of(funding, reflecting));
    String html = HtmlReport.strategies(ranking, 2);
    // Funding has no CFIR 2009 counterpart; reflecting and evaluating goes through two CFIR 2009
    // constructs: goals and feedback (no percents, 4 Level 1/2 flags) and reflecting and
    // evaluating (the whole column of 43 strategies, Waltz et al. 2019 Table 1, as bundled).
    assertThat(html)
        .contains("<tr><td>" + funding + "</td><td style=\"text-align:left\">none</td><td>yes</td><td></td></tr>")
        .contains("<td>0 of 73 strategies (none), 4 flagged only, 43 of 73 strategies (whole column)</td>")
        .contains("No endorsements in the table for: cfir-2009:inner-setting.implementation-climate"
            + ".goals-and-feedback, " + funding + ".")
        .contains("<ul id=\"warnings\"><li>Warning: " + funding + ": no CFIR 2009 construct")
        .contains("top 2 of 43.");
    // The top two of that column: 60% and 56% (Level 1), as the bundled table gives them.
    String table = html.substring(html.indexOf("<table id=\"strategies\">"));
    assertThat(table)
        .contains("<tr><td>1</td><td style=\"text-align:left\">develop-and-implement-tools-for-quality-monitoring"
            + "</td><td>60.0</td><td style=\"text-align:left\">process.reflecting-and-evaluating 60% (LEVEL_1)</td></tr>")
        .contains("<tr><td>2</td><td style=\"text-align:left\">audit-and-provide-feedback</td><td>56.0</td>")
        .doesNotContain("<tr><td>3</td>");
    assertThat(html).contains("<p>Flagged Level 1 or 2 without a percent (never summed): ");
  }

  @Test
  void aRankingWithoutWarningsOrFlagsLeavesThemOut() {
    StrategyRanking ranking = StrategyMatcher.rank(EndorsementReader.bundled(),
        List.of(ConstructRef.of("cfir-2009", "process.reflecting-and-evaluating")));
    String html = HtmlReport.strategies(ranking, 1);
    assertThat(html).doesNotContain("Warning").doesNotContain("Flagged Level")
        .contains("Mapped to CFIR 2009 with loss: none. No endorsements in the table for: none.");
  }
}
