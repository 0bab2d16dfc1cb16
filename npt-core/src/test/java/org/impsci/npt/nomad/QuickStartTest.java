package org.impsci.npt.nomad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.impsci.assessment.Impsci;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.survey.SurveyReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick start, line for line and with its imports (NomadScorer and NomadScores are in
 * this test's own package), so that it keeps compiling and working.
 */
class QuickStartTest {

  @Test
  void readmeQuickStart(@TempDir Path dir) throws IOException {
    StringBuilder csv = new StringBuilder();
    NomadSyntheticData.of(1, 4).write(csv, 40);
    Files.writeString(dir.resolve("nomad.csv"), csv);

    // --- README quick start (the file in a temporary folder instead of the working directory) ---
    Path file = dir.resolve("nomad.csv");
    SurveyReport report = Impsci.survey("nomad").groupBy("site").lenient().read(file);
    System.out.println(report.read().scored() + " scored, " + report.read().rejected().size() + " rejected");
    report.reliability().forEach((scale, r) -> System.out.println(scale + " alpha " + r.alphaRaw()));

    String json = "{\"respondentId\":\"p1\",\"answers\":{\"CO1\":4,\"CO2\":5,\"CO3\":\"not_relevant_role\"}}";
    NomadScores scores = NomadScorer.withDefaults().score(ImpsciJson.read(json, Response.class, "request"));
    // --- end of quick start ---

    assertThat(report.read().scored()).isEqualTo(40);
    assertThat(report.byGroup().get("site")).isNotEmpty();
    // Coherence from CO1 = 4 and CO2 = 5 (CO3 is not relevant, CO4 missing; 2 of 4 suffice): 4.5.
    assertThat(scores.constructs().score("coherence").orElseThrow().score().getAsDouble())
        .isCloseTo(4.5, within(1e-12));
  }
}
