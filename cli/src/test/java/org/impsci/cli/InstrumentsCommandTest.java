package org.impsci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Instruments on the command line come from the registry ({@code impsci instruments}), a user's
 * instrument file scores like a bundled one, and items in no scale (NoMAD's G1-G3) reach the
 * output and the report.
 */
class InstrumentsCommandTest {
  private static final String NOMAD_HEADER =
      "respondent_id,site,CO1,CO2,CO3,CO4,CP1,CP2,CP3,CP4,CA1,CA2,CA3,CA4,CA5,CA6,CA7,"
          + "RM1,RM2,RM3,RM4,RM5,G1,G2,G3\n";
  private static final String NOMAD_ROWS =
      "p1,H01,4,4,5,3,5,5,4,4,4,2,4,3,3,2,2,3,4,4,5,4,7,,10\n"
          + "p2,H01,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,5,2,\n"
          + "p3,H02,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,,,4\n";

  /**
   * A user's instrument: Q1 and Q2 (1-5, Q2 reverse-scored) make the scale {@code both}, scored
   * when both are answered; Q3 (0-10) is in no scale.
   */
  private static final String TOY =
      "{\"instrument\":{\"id\":\"toy\",\"name\":\"Toy survey\",\"version\":\"1\",\"items\":["
          + "{\"id\":\"Q1\",\"prompt\":\"One.\",\"scale\":{\"kind\":\"ORDINAL\",\"min\":1,\"max\":5}},\n"
          + "{\"id\":\"Q2\",\"prompt\":\"Two.\",\"reverseScored\":true,"
          + "\"scale\":{\"kind\":\"ORDINAL\",\"min\":1,\"max\":5}},\n"
          + "{\"id\":\"Q3\",\"prompt\":\"Three.\",\"scale\":{\"kind\":\"NUMERIC\",\"min\":0,\"max\":10}}],\n"
          + "\"groups\":[{\"id\":\"both\",\"label\":\"Both\",\"itemIds\":[\"Q1\",\"Q2\"]}]},\n"
          + "\"rules\":{\"minimumAnswered\":{\"kind\":\"COUNT\",\"value\":2}}}\n";

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    CommandLine cli = Impsci.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  @Test
  void listsTheRegisteredInstruments() throws IOException {
    assertThat(run("instruments")).isZero();
    // NoMAD: 20 construct items + 3 general items, 4 construct scales; ORCA: 77 items, 19
    // subscales + 3 scales; orca-reduced drops 7 items and the emptied patient-preference subscale.
    // AIM, IAM, FIM: 4 items, one scale each (Weiner et al. 2017); ORIC: 12 items, commitment and
    // efficacy (Shea et al. 2014), from outcomes-core; pCAT (barriers-core): 14 items and no scale,
    // as it has no total score.
    assertThat(out.toString().lines())
        .containsExactly(
            "aim            2017       4 items   1 scales  AIM: Acceptability of Intervention Measure",
            "fim            2017       4 items   1 scales  FIM: Feasibility of Intervention Measure",
            "iam            2017       4 items   1 scales  IAM: Intervention Appropriateness Measure",
            "nomad          2018      23 items   4 scales  NoMAD: Normalization MeAsure Development"
                + " questionnaire",
            "orca           2009      77 items  22 scales  ORCA: Organizational Readiness to Change"
                + " Assessment",
            "orca-reduced   2009      70 items  21 scales  ORCA: Organizational Readiness to Change"
                + " Assessment, reduced (items of poor reliability dropped)",
            "oric           2014      12 items   2 scales  ORIC: Organizational Readiness for"
                + " Implementing Change",
            "pcat           2023      14 items   0 scales  Pragmatic Context Assessment Tool (pCAT)");
    assertThat(run("instruments", "--format", "json")).isZero();
    JsonNode list = ImpsciJson.mapper().readTree(out.toString());
    assertThat(list).hasSize(8);
    assertThat(list.get(3).get("singleItems").toString()).isEqualTo("[\"G1\",\"G2\",\"G3\"]");
    assertThat(list.get(4).get("items").asInt()).isEqualTo(77);
  }

  @Test
  void describesOneWithItsRulesOptionsAndPublishedAlphas() {
    assertThat(run("instruments", "nomad")).isZero();
    assertThat(out.toString())
        .contains("coherence")
        .contains("published alpha 0.71 (Finch et al. 2018)")
        .contains("reported one by one, not scored: G1, G2, G3")
        .contains("reverseScoreCa2 = true: impsci's choice, not the paper's");
    assertThat(run("instruments", "nope")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown instrument 'nope'; known: aim, fim, iam, nomad, orca, orca-reduced, oric, pcat");
  }

  @Test
  void aBundledInstrumentWrittenAsJsonScoresLikeItsId() throws IOException {
    assertThat(run("instruments", "nomad", "--format", "json")).isZero();
    Path nomadJson = write("my-nomad.json", out.toString());
    Path input = write("nomad.csv", NOMAD_HEADER + NOMAD_ROWS);
    assertThat(run("score", "--instrument", "nomad", "--input", input.toString(), "--group", "site", "--format", "csv"))
        .isZero();
    String byId = out.toString();
    assertThat(run("score", "--instrument", nomadJson.toString(), "--input", input.toString(), "--group", "site", "--format", "csv"))
        .as(err.toString())
        .isZero();
    assertThat(out.toString()).isEqualTo(byId);
  }

  @Test
  void scoresAUserInstrumentFromItsFile() throws IOException {
    Path toy = write("toy.json", TOY);
    // By hand: a has Q1 4 and Q2 2 reversed to 4, so both = 4.0; b answers Q1 only, which falls
    // short of the count of 2, so no score; Q3 is written as answered.
    Path input = write("toy.csv", "respondent_id,Q1,Q2,Q3\na,4,2,9\nb,5,,\n");
    assertThat(run("score", "--instrument", toy.toString(), "--input", input.toString(), "--format", "csv"))
        .as(err.toString())
        .isZero();
    assertThat(out.toString().lines()).containsExactly("respondent_id,both,Q3", "a,4.0,9.0", "b,,");
    assertThat(run("score", "--instrument", toy.toString(), "--input", input.toString())).isZero();
    JsonNode json = ImpsciJson.mapper().readTree(out.toString());
    assertThat(json.get("instrument").asText()).isEqualTo("toy");
    assertThat(json.get("respondents").get(0).get("items").toString()).isEqualTo("{\"Q3\":9.0}");
    assertThat(json.get("respondents").get(1).get("items").toString()).isEqualTo("{\"Q3\":null}");
  }

  @Test
  void aBadInstrumentFileIsNamedByFileLineAndPath() throws IOException {
    Path bad = write("bad.json", TOY.replace("\"itemIds\":[\"Q1\",\"Q2\"]", "\"itemIds\":[\"Q1\",\"Q9\"]"));
    Path input = write("toy.csv", "respondent_id,Q1,Q2,Q3\na,4,2,9\n");
    assertThat(run("score", "--instrument", bad.toString(), "--input", input.toString()))
        .isEqualTo(Impsci.INVALID_INPUT);
    assertThat(err.toString())
        .startsWith("impsci: ")
        .contains("bad.json, line 4, at instrument.groups[0].itemIds[1]")
        .contains("group 'both' names item 'Q9', which the instrument lacks");
    assertThat(run("score", "--instrument", dir.resolve("missing.json").toString(), "--input", input.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("no such instrument file");
  }

  @Test
  void theReportSummarisesTheGeneralItems() throws IOException {
    Path input = write("nomad.csv", NOMAD_HEADER + NOMAD_ROWS);
    Path report = dir.resolve("report");
    assertThat(run("report", "--instrument", "nomad", "--input", input.toString(), "--group", "site",
            "--output", report.toString()))
        .as(err.toString())
        .isZero();
    String html = Files.readString(report.resolve("report.html"));
    // By hand: G1 answered 7 and 5 (mean 6, SD sqrt(2) = 1.41); G3 10 and 4 (mean 7, SD 4.24);
    // at H01 G1 is 7 and 5 again, at H02 G1 is unanswered. The 95% intervals from R:
    // t.test(c(7, 5))$conf.int = -6.71 18.71, t.test(c(10, 4))$conf.int = -31.12 45.12.
    assertThat(html).contains("<table id=\"single-items\">");
    String table = html.substring(html.indexOf("<table id=\"single-items\">"));
    table = table.substring(0, table.indexOf("</table>"));
    assertThat(table)
        .contains("<tr><td>G1</td><td>all</td><td>2</td><td>6.00</td><td>1.41</td><td>-6.71 to 18.71</td></tr>")
        .contains("<tr><td>G3</td><td>all</td><td>2</td><td>7.00</td><td>4.24</td><td>-31.12 to 45.12</td></tr>")
        .contains("<tr><td>G1</td><td>site H01</td><td>2</td><td>6.00</td><td>1.41</td><td>-6.71 to 18.71</td></tr>")
        .contains("<tr><td>G1</td><td>site H02</td><td>0</td>");
    assertThat(html).contains("0.71");
  }
}
