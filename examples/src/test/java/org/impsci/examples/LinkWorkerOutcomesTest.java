package org.impsci.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.impsci.assessment.Impsci;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.scoring.GroupSummary;
import org.impsci.assessment.survey.CsvLayout;
import org.impsci.assessment.survey.SurveyReport;
import org.impsci.outcomes.measures.OutcomeMeasure;
import org.impsci.outcomes.reaim.ReAimCounts;
import org.impsci.outcomes.reaim.ReAimMeasure;
import org.impsci.outcomes.reaim.ReAimTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs example 4's outcomes and recomputes them without the library's scorer or RE-AIM code: each
 * measure's wave mean from the raw answers (every item is answered, so a person's score is the
 * plain mean of 4 answers), and reach and adoption as the ratios of the generated counts.
 */
class LinkWorkerOutcomesTest {

  @Test
  void meansAndRatiosMatchARecountOfTheSyntheticData() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    LinkWorkerOutcomes.Result result = LinkWorkerOutcomes.run(new PrintStream(printed, true, StandardCharsets.UTF_8));
    String text = printed.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("SYNTHETIC DATA, seed 408");

    for (OutcomeMeasure m : LinkWorkerOutcomes.MEASURES) {
      double[] recount = new double[2];
      for (int w = 0; w < 2; w++) {
        String wave = LinkWorkerOutcomes.wave(w);
        recount[w] = result.responses().stream().filter(r -> r.groups().get("wave").equals(wave))
            .mapToDouble(r -> personMean(r, m)).average().orElseThrow();
        assertThat(result.meanByWave().get(m.id())[w]).as(m.id() + " " + wave).isCloseTo(recount[w], within(1e-12));
      }
      // The generator drifts answers up at the follow-up.
      assertThat(recount[1]).as(m.id()).isGreaterThan(recount[0]);
      assertThat(text).contains(String.format("%-4s %.2f -> %.2f", m.id(), recount[0], recount[1]));
    }

    ReAimTable table = result.reAim();
    assertThat(table.rows()).hasSize(2 * 7 + 2);
    int[] referring = new int[2];
    for (ReAimCounts c : result.counts()) {
      if (c.site().equals(LinkWorkerOutcomes.SCHEME)) {
        continue;
      }
      ReAimTable.Row row = table.row(c.site(), c.wave()).orElseThrow();
      double reach = (double) c.participants().getAsLong() / c.eligibleIndividuals().getAsLong();
      double staff = (double) c.adoptingStaff().getAsLong() / c.eligibleStaff().getAsLong();
      assertThat(row.metric(ReAimMeasure.REACH).value()).hasValue(reach);
      assertThat(row.metric(ReAimMeasure.ADOPTION_STAFF).value()).hasValue(staff);
      assertThat(row.metric(ReAimMeasure.ADOPTION_SETTINGS).reason()).hasValue("adoptingSettings not given");
      referring[c.wave().equals(LinkWorkerOutcomes.wave(0)) ? 0 : 1] += c.participants().getAsLong() > 0 ? 1 : 0;
    }
    // The generator has practice LW07 refer nobody at the baseline: reach and staff adoption 0.
    assertThat(table.row("LW07", LinkWorkerOutcomes.wave(0)).orElseThrow().metric(ReAimMeasure.REACH).value()).hasValue(0.0);
    assertThat(referring).containsExactly(6, 7);
    // Practice adoption: 6 of 7 practices at the baseline, 7 of 7 at the follow-up.
    assertThat(table.row(LinkWorkerOutcomes.SCHEME, LinkWorkerOutcomes.wave(0)).orElseThrow()
        .metric(ReAimMeasure.ADOPTION_SETTINGS).value()).hasValue(6 / 7.0);
    ReAimTable.Row scheme = table.row(LinkWorkerOutcomes.SCHEME, LinkWorkerOutcomes.wave(1)).orElseThrow();
    assertThat(scheme.metric(ReAimMeasure.ADOPTION_SETTINGS).value()).hasValue(1.0);
    assertThat(scheme.metric(ReAimMeasure.REACH).reason()).hasValue("participants not given");
    assertThat(text).contains(table.format());
  }

  /**
   * Notebook 04 reads the files {@code writeAnswers} and {@code writeCounts} write: the survey
   * export, read by the library's survey reader with {@code wave} telling a person's two rows apart,
   * must give every row scored and each measure's wave means as the example's own scoring (which
   * the test above recounts by hand); the counts must read back as the example's.
   */
  @Test
  void writtenFilesReadBackThroughTheSurveyAndJsonReaders(@TempDir Path dir) throws IOException {
    LinkWorkerOutcomes.Result result = LinkWorkerOutcomes.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    Path answers = LinkWorkerOutcomes.writeAnswers(dir.resolve("new").resolve("outcomes.csv"));
    assertThat(Files.readAllLines(answers)).hasSize(result.responses().size() + 1);
    CsvLayout layout = CsvLayout.builder().respondentIdColumn("respondent_id").addGroupColumns("site").addWaveColumns("wave").build();
    for (OutcomeMeasure m : LinkWorkerOutcomes.MEASURES) {
      SurveyReport report = Impsci.survey(m.id()).layout(layout).read(answers);
      assertThat(report.read().scored()).isEqualTo(result.responses().size());
      for (int w = 0; w < 2; w++) {
        String wave = LinkWorkerOutcomes.wave(w);
        GroupSummary summary = report.byGroup().get("wave").stream()
            .filter(g -> g.group().orElseThrow().equals(wave)).findFirst().orElseThrow();
        assertThat(summary.mean().getAsDouble()).as(m.id() + " " + wave).isCloseTo(result.meanByWave().get(m.id())[w], within(1e-12));
      }
    }
    Path counts = LinkWorkerOutcomes.writeCounts(dir.resolve("reaim-counts.json"));
    try (InputStream in = Files.newInputStream(counts)) {
      assertThat(List.of(ImpsciJson.read(in, ReAimCounts[].class, "reaim-counts.json"))).isEqualTo(result.counts());
    }
  }

  private static double personMean(Response r, OutcomeMeasure m) {
    double sum = 0;
    for (int i = 1; i <= 4; i++) {
      sum += ((Answer.Numeric) r.answer(m.name() + i)).value();
    }
    return sum / 4;
  }
}
