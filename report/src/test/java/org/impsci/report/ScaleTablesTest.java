package org.impsci.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.impsci.assessment.scoring.GroupSummary;
import org.impsci.npt.nomad.Nomad;
import org.impsci.parihs.orca.Orca;
import org.junit.jupiter.api.Test;

class ScaleTablesTest {
  private final SurveyFixture survey = new SurveyFixture();

  @Test
  void siteRowsShowNMeanSdAndTheTIntervalUnderTheLabel() {
    List<ScaleRow> rows = ScaleTables.of(
        survey.nomad.instrument(), survey.report.byGroup("site"), List.of("coherence"));
    assertThat(rows).extracting(r -> r.group().orElseThrow()).containsExactly("H01", "H02");
    ScaleRow h01 = rows.get(0);
    assertThat(h01.label()).isEqualTo("Coherence");
    assertThat(h01.column()).hasValue("site");
    assertThat(h01.n()).isEqualTo(3);
    // Scores 4, 3, 5 (SurveyFixture). R: x <- c(4, 3, 5); mean 4, sd 1;
    // t.test(x)$conf.int = 1.51586228824967 6.48413771175033.
    assertThat(h01.mean().getAsDouble()).isCloseTo(4.0, within(1e-12));
    assertThat(h01.sd().getAsDouble()).isCloseTo(1.0, within(1e-12));
    assertThat(h01.lower95().getAsDouble()).isCloseTo(1.51586228824967, within(1e-10));
    assertThat(h01.upper95().getAsDouble()).isCloseTo(6.48413771175033, within(1e-10));
    // H02: one score (2): no SD, no interval.
    assertThat(rows.get(1).n()).isEqualTo(1);
    assertThat(rows.get(1).mean()).hasValue(2.0);
    assertThat(rows.get(1).lower95()).isEmpty();
    assertThat(rows.get(1).upper95()).isEmpty();
  }

  @Test
  void overallRowsFollowTheScalesAskedFor() {
    List<ScaleRow> rows = ScaleTables.of(survey.nomad.instrument(), survey.report.overall(),
        List.of("reflexive-monitoring", "coherence"));
    assertThat(rows).extracting(ScaleRow::scaleId).containsExactly("reflexive-monitoring", "coherence");
    assertThat(rows).extracting(ScaleRow::label).containsExactly("Reflexive monitoring", "Coherence");
    // Coherence 4, 3, 5, 2. R: t.test(c(4, 3, 5, 2)): mean 3.5, sd 1.29099444873581,
    // conf.int 1.44573974323948 5.55426025676052.
    ScaleRow coherence = rows.get(1);
    assertThat(coherence.group()).isEmpty();
    assertThat(coherence.sd().getAsDouble()).isCloseTo(1.29099444873581, within(1e-12));
    assertThat(coherence.lower95().getAsDouble()).isCloseTo(1.44573974323948, within(1e-10));
    assertThat(coherence.upper95().getAsDouble()).isCloseTo(5.55426025676052, within(1e-10));
  }

  @Test
  void aSummaryWithoutMeanHasNoInterval() {
    GroupSummary none = GroupSummary.builder().scaleId("x").n(0).notScored(2).build();
    ScaleRow row = ScaleRow.of(none, "X");
    assertThat(row.mean()).isEmpty();
    assertThat(row.lower95()).isEmpty();
    GroupSummary noSd = GroupSummary.builder().scaleId("x").n(1).notScored(0)
        .mean(OptionalDouble.of(3)).build();
    assertThat(ScaleRow.of(noSd, "X").upper95()).isEmpty();
  }

  @Test
  void labelsAndTopLevelScalesComeFromTheInstrument() {
    // Moved from the command line's ImpsciCommandTest.orcaReportsShowItsThreeScales.
    assertThat(ScaleTables.topLevelScales(Orca.instrument()))
        .containsExactly("evidence", "context", "facilitation");
    assertThat(ScaleTables.topLevelScales(Nomad.instrument()))
        .containsExactly(
            "coherence", "cognitive-participation", "collective-action", "reflexive-monitoring");
    assertThat(ScaleTables.labels(Nomad.instrument())).containsEntry("collective-action", "Collective action");
  }
}
