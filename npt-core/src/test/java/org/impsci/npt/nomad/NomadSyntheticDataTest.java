package org.impsci.npt.nomad;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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

  /** The rows of a generated file, header left out, each split into its 26 cells. */
  private static List<String[]> rows(NomadSyntheticData data, long respondents) {
    return generate(data, respondents).lines().skip(1).map(l -> l.split(",", -1)).toList();
  }

  /** Column of a header name: respondent_id, site, role, CO1-4, CP1-4, CA1-7, RM1-5, G1-3. */
  private static int column(String name) {
    return List.of(NomadSyntheticData.header().split(",")).indexOf(name);
  }

  @Test
  void oneSiteIsEnoughAndNoneIsRefused() {
    assertThat(rows(NomadSyntheticData.of(7, 1), 3)).extracting(r -> r[1])
        .containsExactly("H01", "H01", "H01");
    assertThatThrownBy(() -> NomadSyntheticData.of(7, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sites must be >= 1, got 0");
  }

  @Test
  void respondentsGoToTheSitesInTurn() {
    assertThat(rows(NomadSyntheticData.of(7, 3), 5)).extracting(r -> r[0] + "@" + r[1])
        .containsExactly("R1@H01", "R2@H02", "R3@H03", "R4@H01", "R5@H02");
  }

  /**
   * Of 500 respondents' 10,000 construct answers, about 3% are Option B codes (300, standard
   * deviation 17 for a binomial count) and 2% blank (200, standard deviation 14); the rest are
   * whole numbers 1 to 5, as the class documents. The bounds are about six standard deviations
   * wide.
   */
  @Test
  void constructAnswersAreMostlyNumbersWithOccasionalOptionBAndBlanks() {
    Set<String> optionB =
        Set.of("not_relevant_stage", "not_relevant_role", "not_relevant_intervention");
    int codes = 0;
    int blanks = 0;
    int numbers = 0;
    for (String[] row : rows(NomadSyntheticData.of(11, 5), 500)) {
      for (int c = column("CO1"); c <= column("RM5"); c++) {
        if (optionB.contains(row[c])) {
          codes++;
        } else if (row[c].isEmpty()) {
          blanks++;
        } else {
          assertThat(Integer.parseInt(row[c])).isBetween(1, 5);
          numbers++;
        }
      }
    }
    assertThat(codes).isBetween(200, 400);
    assertThat(blanks).isBetween(120, 280);
    assertThat(numbers).isEqualTo(10_000 - codes - blanks);
  }

  /**
   * The mean answer of the construct items other than CA2 over 2,000 respondents at 20 sites,
   * against 3.51, the mean of the documented model (site level uniform on 2.6 to 4.5, respondent
   * spread 0.6, answer spread 0.7, rounded and kept within 1 to 5) in a separate simulation of
   * 400,000 answers (Python). The 80 site levels' mean has a standard deviation of about 0.06.
   */
  @Test
  void constructAnswersScatterAroundSiteLevelsFrom2Point6To4Point5() {
    double sum = 0;
    int n = 0;
    for (String[] row : rows(NomadSyntheticData.of(13, 20), 2000)) {
      for (int c = column("CO1"); c <= column("RM5"); c++) {
        if (c != column("CA2") && row[c].matches("[1-5]")) {
          sum += Integer.parseInt(row[c]);
          n++;
        }
      }
    }
    assertThat(sum / n).isBetween(3.26, 3.76);
  }

  /**
   * CA2 is written reverse-keyed, as NoMAD's CA2 is: a respondent's CA1 and CA2 share one level,
   * so across respondents CA1 correlates positively with CA3 and negatively with CA2.
   */
  @Test
  void ca2IsWrittenReversed() {
    List<String[]> rows = rows(NomadSyntheticData.of(17, 10), 1000);
    assertThat(correlation(rows, column("CA1"), column("CA3"))).isGreaterThan(0.2);
    assertThat(correlation(rows, column("CA1"), column("CA2"))).isLessThan(-0.2);
  }

  /**
   * General items G1, G2 and G3 lie within 0 to 10 around 4, 5 and 6 with spread 2 (means 4.02,
   * 5.00 and 5.99, standard deviations 1.98, 2.00 and 1.98 in a separate simulation of the
   * documented model, rounded and kept within 0 to 10; the means of 2,000 answers have a standard
   * deviation of about 0.05).
   */
  @Test
  void generalItemsLieAround4To6() {
    List<String[]> rows = rows(NomadSyntheticData.of(19, 4), 2000);
    for (int g = 1; g <= 3; g++) {
      double[] values = new double[rows.size()];
      for (int r = 0; r < values.length; r++) {
        values[r] = Integer.parseInt(rows.get(r)[column("G" + g)]);
        assertThat(values[r]).isBetween(0.0, 10.0);
      }
      double mean = Arrays.stream(values).average().orElseThrow();
      double sd = Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean))
          .average().orElseThrow());
      assertThat(mean).as("G%d mean", g).isBetween(3.0 + g - 0.25, 3.0 + g + 0.25);
      assertThat(sd).as("G%d spread", g).isBetween(1.7, 2.3);
    }
  }

  /** Pearson's correlation of two columns over the rows where both hold a number. */
  private static double correlation(List<String[]> rows, int a, int b) {
    List<double[]> pairs = new ArrayList<>();
    for (String[] row : rows) {
      if (row[a].matches("[1-5]") && row[b].matches("[1-5]")) {
        pairs.add(new double[] {Integer.parseInt(row[a]), Integer.parseInt(row[b])});
      }
    }
    double ma = pairs.stream().mapToDouble(p -> p[0]).average().orElseThrow();
    double mb = pairs.stream().mapToDouble(p -> p[1]).average().orElseThrow();
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (double[] p : pairs) {
      sab += (p[0] - ma) * (p[1] - mb);
      saa += (p[0] - ma) * (p[0] - ma);
      sbb += (p[1] - mb) * (p[1] - mb);
    }
    return sab / Math.sqrt(saa * sbb);
  }
}
