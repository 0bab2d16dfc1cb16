package org.impsci.assessment.survey;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import org.impsci.assessment.Impsci;
import org.impsci.assessment.ImpsciException;
import org.junit.jupiter.api.Test;

/** Lookups on a survey report: find gives an Optional, the plain form names what there is. */
class SurveyReportLookupsTest {
  // The test provider's instrument: scale "both" = Q1 and Q2 (Q2 reversed), both needed.
  // By hand: a = (4 + 4) / 2 = 4, b = (5 + 5) / 2 = 5; mean 4.5.
  private static final String CSV = "respondent_id,site,Q1,Q2,Q3\na,X,4,2,9\nb,X,5,1,\n";

  private final SurveyReport report =
      Impsci.survey("test-bundled").groupBy("site")
          .read(new ByteArrayInputStream(CSV.getBytes(UTF_8)), "s.csv");

  @Test
  void findAndGetAgree() {
    assertThat(report.overall("both").mean()).hasValue(4.5);
    assertThat(report.findOverall("both")).contains(report.overall("both"));
    assertThat(report.byGroup("site")).isEqualTo(report.byGroup().get("site")).hasSize(1);
    assertThat(report.findByGroup("site")).contains(report.byGroup("site"));
    assertThat(report.reliability("both")).isSameAs(report.reliability().get("both"));
    assertThat(report.findReliability("both")).contains(report.reliability("both"));
  }

  @Test
  void absentKeysAreEmptyOrNamedWithTheKnownOnes() {
    assertThat(report.findOverall("Q3")).isEmpty();
    assertThat(report.findByGroup("role")).isEmpty();
    assertThat(report.findReliability("none")).isEmpty();
    assertThatThrownBy(() -> report.overall("Q3"))
        .isInstanceOf(ImpsciException.class)
        .hasMessage("no scale 'Q3'; known: both");
    assertThatThrownBy(() -> report.byGroup("role"))
        .isInstanceOf(ImpsciException.class)
        .hasMessage("no grouping column 'role'; known: site");
    assertThatThrownBy(() -> report.reliability("none"))
        .isInstanceOf(ImpsciException.class)
        .hasMessage("no scale 'none'; known: both");
  }
}
