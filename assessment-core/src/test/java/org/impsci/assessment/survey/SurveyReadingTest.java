package org.impsci.assessment.survey;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.impsci.assessment.Impsci;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.reliability.CaseHandling;
import org.impsci.assessment.scoring.GroupSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The front door's fluent survey reading, on the test provider's instrument {@code test-bundled}:
 * Q1 and Q2 (1-5, Q2 reverse-scored) make the scale {@code both}, scored when both are answered;
 * Q3 is in no scale.
 */
class SurveyReadingTest {
  // By hand: a 4 and 2 (reversed 4) -> 4; b 5 and 1 (reversed 5) -> 5; c at site Y -> 2 and 4
  // (reversed 2) -> 2; d answers Q1 only, short of the count of 2: scored, with no score.
  private static final String CSV =
      "respondent_id,site,Q1,Q2,Q3\na,X,4,2,9\nb,X,5,1,\nc,Y,2,4,3\nd,Y,1,,\n";

  @TempDir Path dir;

  private Path file(String content) throws Exception {
    Path file = dir.resolve("survey.csv");
    Files.writeString(file, content);
    return file;
  }

  private static GroupSummary summary(List<GroupSummary> summaries, String group) {
    return summaries.stream().filter(g -> g.group().orElse("").equals(group)).findFirst().orElseThrow();
  }

  @Test
  void readsWithTheDefaultsAndTheChosenGrouping() throws Exception {
    SurveyReport report = Impsci.survey("test-bundled").groupBy("site").read(file(CSV));
    assertThat(report.instrumentId()).isEqualTo("test-bundled");
    assertThat(report.read().source()).isEqualTo("survey.csv");
    assertThat(report.read().scored()).isEqualTo(4);
    assertThat(report.caseHandling()).isEqualTo(CaseHandling.PAIRWISE);
    // X: 4 and 5, mean 4.5; Y: 2 only (d has no score), mean 2; overall (4 + 5 + 2) / 3.
    assertThat(summary(report.byGroup().get("site"), "X").mean()).hasValue(4.5);
    assertThat(summary(report.byGroup().get("site"), "Y").mean()).hasValue(2.0);
    assertThat(summary(report.byGroup().get("site"), "Y").notScored()).isEqualTo(1);
    assertThat(report.overall().get(0).mean()).hasValue(11.0 / 3);
    // The same as the analysis built by hand.
    SurveyAnalysis byHand =
        SurveyAnalysis.of(
            Impsci.instrument("test-bundled").scorer(),
            CsvLayout.builder().respondentIdColumn("respondent_id").addGroupColumns("site").build(),
            ReadMode.STRICT,
            CaseHandling.PAIRWISE);
    assertThat(report).isEqualTo(byHand.analyse(new ByteArrayInputStream(CSV.getBytes(UTF_8)), "survey.csv"));
  }

  @Test
  void strictByDefaultLenientOnRequest() throws Exception {
    Path bad = file("id,Q1,Q2,Q3\na,4,2,9\nb,7,1,\nc,2,4,3\n");
    SurveyReading reading = Impsci.survey("test-bundled").idColumn("id");
    assertThatThrownBy(() -> reading.read(bad))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("survey.csv, row 3, column Q1");
    SurveyReport lenient = reading.lenient().read(bad);
    assertThat(lenient.read().scored()).isEqualTo(2);
    assertThat(lenient.read().rejected()).singleElement().satisfies(r -> assertThat(r.row()).isEqualTo(3));
    assertThat(reading.lenient().strict().layout()).isEqualTo(reading.layout());
  }

  @Test
  void theRowCallbackRunsOnTheHostsExecutorOrTheCallingThread() throws Exception {
    Path csv = file(CSV);
    ExecutorService host = Executors.newSingleThreadExecutor(r -> new Thread(r, "host-pool"));
    try {
      List<String> threads = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      Impsci.survey("test-bundled").executor(host).read(csv, row -> {
        threads.add(Thread.currentThread().getName());
        ids.add(row.scores().respondentId());
      });
      assertThat(ids).containsExactly("a", "b", "c", "d");
      assertThat(threads).containsOnly("host-pool");
    } finally {
      host.shutdown();
    }
    List<Thread> threads = new ArrayList<>();
    Impsci.survey("test-bundled").executor(Runnable::run).sequential()
        .read(csv, row -> threads.add(Thread.currentThread()));
    assertThat(threads).hasSize(4).containsOnly(Thread.currentThread());
  }

  @Test
  void unknownInstrumentsAndMissingFilesAreNamed() {
    assertThatThrownBy(() -> Impsci.survey("nope"))
        .isInstanceOf(ImpsciException.class)
        .hasMessageStartingWith("no instrument 'nope'; known: ")
        .hasMessageContaining("test-bundled");
    assertThatThrownBy(() -> Impsci.survey("test-bundled").read(dir.resolve("missing.csv")))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("missing.csv");
    assertThat(Impsci.framework("test-bundled").id()).isEqualTo("test-bundled");
    assertThat(Impsci.frameworks().find("test-bundled")).isPresent();
    assertThat(Impsci.instruments().ids()).contains("test-bundled");
  }
}
