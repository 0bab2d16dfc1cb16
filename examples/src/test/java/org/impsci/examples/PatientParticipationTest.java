package org.impsci.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.parihs.iparihs.CharacteristicRating;
import org.impsci.parihs.iparihs.ConstructProfile;
import org.impsci.parihs.iparihs.FacilitationPlan;
import org.impsci.parihs.iparihs.IParihsAssessment;
import org.impsci.parihs.iparihs.Influence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs example 3 and recomputes each municipality's nets and first focus from its ratings. */
class PatientParticipationTest {
  @Test
  void plansFollowFromTheRatings() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PatientParticipation.Result result =
        PatientParticipation.run(new PrintStream(printed, true, StandardCharsets.UTF_8));
    String text = printed.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("SYNTHETIC DATA, seed 64");
    assertThat(result.plans()).containsOnlyKeys("M1", "M2", "M3", "M4");
    assertThat(result.assessments().get("M1").ratings()).hasSize(10);
    assertThat(result.assessments().get("M3").ratings()).hasSize(5);
    assertThat(PatientParticipation.FACILITATORS.values().stream().mapToInt(List::size).sum()).isEqualTo(6);

    result.assessments().forEach((municipality, assessment) -> {
      FacilitationPlan plan = result.plans().get(municipality);
      for (ConstructProfile p : plan.profiles()) {
        int net = 0;
        for (CharacteristicRating r : assessment.ratings()) {
          if (r.characteristic().parent().orElseThrow() == p.construct()) {
            int weight = r.strength().map(s -> s.ordinal() + 1).orElse(0); // WEAK 1, MODERATE 2, STRONG 3
            net += r.influence() == Influence.ENABLER ? weight : r.influence() == Influence.BARRIER ? -weight : 0;
          }
        }
        assertThat(p.net()).as(municipality + " " + p.construct()).isEqualTo(net);
        assertThat(text).contains(String.format("  %-22s net %+d", p.construct().id(), net));
      }
      assessment.ratings().stream()
          .filter(r -> r.influence() == Influence.BARRIER)
          .min(Comparator.comparing((CharacteristicRating r) -> -r.strength().orElseThrow().ordinal())
              .thenComparing(CharacteristicRating::characteristic))
          .ifPresent(first -> assertThat(plan.focus().get(0).characteristic()).isEqualTo(first.characteristic()));
      assertThat(plan.focus()).hasSize((int) assessment.ratings().stream()
          .filter(r -> r.influence() == Influence.BARRIER).count());
    });
  }

  /**
   * Notebook 03 reads the files {@code writeAssessments} writes: each must read back, through the
   * library's JSON reader and its checks, as the same assessment the example plans.
   */
  @Test
  void writtenAssessmentsReadBackAsTheExamplesOwn(@TempDir Path dir) throws IOException {
    List<Path> files = PatientParticipation.writeAssessments(dir.resolve("ratings"));
    assertThat(files).extracting(f -> f.getFileName().toString())
        .containsExactly("M1.json", "M2.json", "M3.json", "M4.json");
    var result = PatientParticipation.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(PatientParticipation.assessments()).isEqualTo(result.assessments());
    for (Path file : files) {
      IParihsAssessment read = ImpsciJson.read(Files.readString(file), IParihsAssessment.class, file.getFileName().toString());
      assertThat(read).isEqualTo(result.assessments().get(read.site()));
    }
  }
}
