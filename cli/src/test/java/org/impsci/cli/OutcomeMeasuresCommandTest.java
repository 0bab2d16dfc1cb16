package org.impsci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AIM, IAM, FIM and ORIC (outcomes-core) on the command line: listed, described and scored by id
 * as NoMAD is, with no table of the command's own; Proctor's outcomes listed and shown as every
 * framework is. Scores worked by hand in each test.
 */
class OutcomeMeasuresCommandTest {
  @TempDir Path dir;
  private final CommandRun cli = new CommandRun();

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  @Test
  void scoresAimIamAndFimByTheirIds() throws IOException {
    // By hand: p1 (4 + 5 + 4 + 5) / 4 = 4.5; p2 (2 + 3) / 2 = 2.5 with 2 of 4 answered, enough
    // under the half rule; p3 answers one item, too few, so no score.
    Path aim = write("aim.csv", "respondent_id,practice,AIM1,AIM2,AIM3,AIM4\n"
        + "p1,P01,4,5,4,5\np2,P01,2,,3,\np3,P02,,,,1\n");
    assertThat(cli.run("score", "--instrument", "aim", "--input", aim.toString(), "--group", "practice", "--format", "csv"))
        .as(cli.err.toString()).isZero();
    assertThat(cli.out.toString().lines())
        .containsExactly("respondent_id,practice,acceptability", "p1,P01,4.5", "p2,P01,2.5", "p3,P02,");
    assertThat(cli.err.toString()).contains("3 rows read, 3 scored, 0 rejected");

    // By hand: (1 + 2 + 2 + 2) / 4 = 1.75 and (5 + 5 + 4 + 4) / 4 = 4.5.
    cli.clear();
    Path iam = write("iam.csv", "respondent_id,IAM1,IAM2,IAM3,IAM4\na,1,2,2,2\nb,5,5,4,4\n");
    assertThat(cli.run("score", "--instrument", "iam", "--input", iam.toString(), "--format", "csv")).isZero();
    assertThat(cli.out.toString().lines()).containsExactly("respondent_id,appropriateness", "a,1.75", "b,4.5");

    // By hand: (3 + 3 + 4) / 3 = 3.333...; JSON carries the unrounded double.
    cli.clear();
    Path fim = write("fim.csv", "respondent_id,FIM1,FIM2,FIM3,FIM4\na,3,3,4,\n");
    assertThat(cli.run("score", "--instrument", "fim", "--input", fim.toString())).isZero();
    JsonNode json = ImpsciJson.mapper().readTree(cli.out.toString());
    assertThat(json.get("instrument").asText()).isEqualTo("fim");
    assertThat(json.toString()).contains("3.3333333333333335");
  }

  @Test
  void scoresOricsTwoFacets() throws IOException {
    // By hand: r1 commitment (5 + 4 + 4 + 3 + 5) / 5 = 4.2, efficacy (2 + 3 + 3 + 4) / 4 = 3.0
    // with 4 of 7 answered (the half rule needs 4); r2 commitment has 2 of 5, short of 3, so no
    // score; efficacy 5.0.
    Path oric = write("oric.csv", "respondent_id,site,C1,C2,C3,C4,C5,E1,E2,E3,E4,E5,E6,E7\n"
        + "r1,A,5,4,4,3,5,2,3,,3,,,4\nr2,A,1,1,,,,5,5,5,5,5,5,5\n");
    assertThat(cli.run("score", "--instrument", "oric", "--input", oric.toString(), "--group", "site", "--format", "csv"))
        .as(cli.err.toString()).isZero();
    assertThat(cli.out.toString().lines())
        .containsExactly("respondent_id,site,change-commitment,change-efficacy", "r1,A,4.2,3.0", "r2,A,,5.0");
    // The summary by site: efficacy (3.0 + 5.0) / 2 = 4.0 over 2 respondents.
    assertThat(cli.err.toString()).containsPattern("change-efficacy +mean 4\\.00 +n 2");
  }

  @Test
  void anAnswerOffTheScaleIsRejectedWithItsItem() throws IOException {
    Path bad = write("oric.csv", "respondent_id,C1,C2,C3,C4,C5,E1,E2,E3,E4,E5,E6,E7\nr1,6,4,4,3,5,2,3,3,3,3,3,4\n");
    assertThat(cli.run("score", "--instrument", "oric", "--input", bad.toString())).isEqualTo(Impsci.INVALID_INPUT);
    assertThat(cli.err.toString()).startsWith("impsci: ").contains("C1").contains("1..5").doesNotContain("Exception");
  }

  @Test
  void describesAMeasureWithItsDocumentedOptions() {
    assertThat(cli.run("instruments", "aim")).isZero();
    assertThat(cli.out.toString())
        .contains("acceptability")
        .contains("minimumAnswered = a fraction 0.5 of a scale's items: impsci's choice")
        .contains("10.1186/s13012-017-0635-3");
  }

  @Test
  void listsAndShowsProctorsOutcomes() {
    assertThat(cli.run("frameworks")).isZero();
    assertThat(cli.out.toString().lines())
        .contains("proctor-outcomes     2011            8 constructs  Implementation outcomes (Proctor et al. 2011)");
    cli.clear();
    assertThat(cli.run("show", "proctor-outcomes")).isZero();
    assertThat(cli.out.toString()).contains("implementation-cost").contains("sustainability");
  }
}
