package org.impsci.npt.nomad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.io.RejectedRow;
import org.impsci.assessment.reliability.CaseHandling;
import org.impsci.assessment.survey.SurveyAnalysis;
import org.impsci.assessment.survey.SurveyReport;
import org.junit.jupiter.api.Test;

/** The synthetic NoMAD generator: reproducible, readable by the real reader, bad rows as promised. */
class NomadSyntheticDataTest {

  private static String generate(NomadSyntheticData data, long rows) {
    StringBuilder out = new StringBuilder();
    data.write(out, rows);
    return out.toString();
  }

  private static SurveyReport analyse(String csv) {
    return SurveyAnalysis.of(
            NomadScorer.withDefaults().scorer(),
            Nomad.csvLayout("respondent_id", "site", "role"),
            ReadMode.LENIENT,
            CaseHandling.PAIRWISE)
        .analyse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "synthetic.csv");
  }

  @Test
  void sameSeedSameBytesOtherSeedOtherBytes() {
    assertThat(generate(NomadSyntheticData.of(7, 11), 43))
        .isEqualTo(generate(NomadSyntheticData.of(7, 11), 43))
        .isNotEqualTo(generate(NomadSyntheticData.of(8, 11), 43));
  }

  @Test
  void cleanDataScoresEveryRowAcrossEverySite() {
    SurveyReport report = analyse(generate(NomadSyntheticData.of(7, 11), 43));
    assertThat(report.read().rowsRead()).isEqualTo(43);
    assertThat(report.read().rejected()).isEmpty();
    assertThat(report.byGroup().get("site").stream().map(g -> g.group().orElseThrow()).distinct())
        .hasSize(11)
        .contains("H01", "H11");
  }

  @Test
  void badRowsAreTheThreePromised() {
    String csv = generate(NomadSyntheticData.of(7, 11).withBadRows(), 43);
    assertThat(csv.lines().count()).isEqualTo(1 + 43 + 3);
    SurveyReport report = analyse(csv);
    assertThat(report.read().scored()).isEqualTo(43);
    assertThat(report.read().rejected())
        .extracting(RejectedRow::value)
        .map(v -> v.orElseThrow())
        .containsExactly("6", "N/A", "R1");
  }

  @Test
  void headerNamesEveryItem() {
    assertThat(NomadSyntheticData.header().split(",")).hasSize(3 + 23);
  }
}
