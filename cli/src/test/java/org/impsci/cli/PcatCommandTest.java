package org.impsci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code impsci pcat} on barriers-core's generated pCAT fixture (read from that module's test
 * resources in the reactor's tree) and on small files written here. The figures
 * checked are pcatR 1.0.1's for the same file (barriers-core's
 * src/test/resources/pcat/pcatr-summary-site-timepoint.csv, written by pcatr-expected.R).
 */
class PcatCommandTest {
  @TempDir Path dir;
  private final CommandRun impsci = new CommandRun();

  private int run(String... args) {
    impsci.clear();
    return impsci.run(args);
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  private static final String LONG = "respondent_id,site_id,timepoint,item_id,direction,effect\n"
      + "R1,S1,t1,1,1,1\nR2,S1,t1,1,3,0\nR3,S1,t1,1,1,0\nR4,S2,t1,1,2,\n";

  @Test
  void printsPerItemSummariesWithPcatrColumnNames() throws IOException {
    Path input = write("answers.csv", LONG);
    assertThat(run("pcat", "--input", input.toString(), "--group", "site_id")).isZero();
    List<String> lines = impsci.out.toString().lines().toList();
    assertThat(lines.get(0)).startsWith("site_id,item_id,n_rows_eligible,n_respondents,"
        + "n_valid_direction,n_complete_class,n_barrier,n_neutral,n_facilitator,")
        .endsWith(",modal_class_n,modal_class_share,cfir_2009_construct,cfir_2_0_construct");
    // S1, item 1, worked out by hand: 3 answers, 2 barriers (strong, weak) and a weak
    // facilitator; display codes -2, 1, -1: mean -2/3, median -1; no modal class (a tie of ones).
    assertThat(lines.get(1)).isEqualTo("S1,1,3,3,3,3,2,0,1,1,1,0,0,1,0,0,0,tie,"
        + "-0.6666666666666666,-1,0.6666666666666666,0,0.3333333333333333,1,"
        + "0.3333333333333333,0.3333333333333333,0,0,0.3333333333333333,0,,,"
        + "cfir-2009:outer-setting.patient-needs-and-resources,"
        + "cfir-2.0:inner-setting.culture.recipient-centeredness");
    assertThat(lines.get(2)).startsWith("S2,1,1,1,1,1,0,1,0,0,0,1,0,0,0,0,0,neutral,0,0,0,1,0,1,");
    assertThat(lines).hasSize(3);
    assertThat(impsci.err.toString())
        .isEqualTo("report: 4 records read (long form), 4 classified, 0 rejected\n");
  }

  @Test
  void reportWritesADivergingChartPerGroup() throws IOException {
    Path input = write("answers.csv", LONG);
    Path html = dir.resolve("pcat.html");
    assertThat(run("pcat", "--input", input.toString(), "--group", "site_id", "--report",
        html.toString())).isZero();
    String page = Files.readString(html);
    // S1, item 1 by hand (as above): strong barrier, weak barrier, weak facilitator, 1/3 each of 3
    // complete answers, mean display code -0.67; S2: one neutral answer.
    assertThat(page)
        .contains("4 records read, 4 classified, 0 rejected; grouped by site_id.")
        .contains("<h3>site_id S1</h3><figure id=\"pcat-chart-1\"><svg ")
        .contains("<h3>site_id S2</h3><figure id=\"pcat-chart-2\"><svg ")
        .contains("<td>3</td><td>3</td><td>33.3%</td><td>33.3%</td><td>0.0%</td><td>33.3%</td>"
            + "<td>0.0%</td><td>-0.67</td></tr>")
        .contains("<td>1</td><td>1</td><td>0.0%</td><td>0.0%</td><td>100.0%</td><td>0.0%</td>"
            + "<td>0.0%</td><td>0.00</td></tr>");
    // The summaries still go to standard output.
    assertThat(impsci.out.toString().lines()).hasSize(3);
  }

  @Test
  void aFailedRunWritesNoReport() throws IOException {
    Path input = write("bad.csv", "respondent_id,item_id,direction,effect\nR1,99,1,1\n");
    Path html = dir.resolve("pcat.html");
    assertThat(run("pcat", "--input", input.toString(), "--report", html.toString())).isEqualTo(1);
    assertThat(html).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bad.csv");
    }
  }

  @Test
  void jsonCarriesTheReadAndTheRejectedRecords() throws IOException {
    Path input = write("answers.csv", LONG + "R5,S2,t1,15,1,1\n");
    assertThat(run("pcat", "--input", input.toString(), "--lenient", "--format", "json")).isZero();
    JsonNode json = ImpsciJson.mapper().readTree(impsci.out.toString());
    assertThat(json.get("form").asText()).isEqualTo("LONG");
    assertThat(json.get("recordsRead").asInt()).isEqualTo(5);
    assertThat(json.get("answers").asInt()).isEqualTo(4);
    assertThat(json.get("rejected").get(0).get("value").asText()).isEqualTo("15");
    JsonNode first = json.get("summaries").get(0);
    assertThat(first.get("item_id").asInt()).isEqualTo(1);
    assertThat(first.get("n_barrier").asInt()).isEqualTo(2);
    assertThat(first.get("pct_neutral").asDouble()).isEqualTo(0.25);
    // A tie has no modal count: pcatR writes NA, the JSON row leaves the figure out.
    assertThat(first.has("modal_class_n")).isFalse();
    assertThat(first.get("modal_class").asText()).isEqualTo("tie");
    assertThat(impsci.err.toString()).contains("rejected: answers.csv").contains("row 6");
  }

  @Test
  void theGeneratedFixtureGivesPcatrsFigures() throws IOException {
    Path input = Path.of("../barriers-core/src/test/resources/pcat/generated-long.csv");
    Path out = dir.resolve("summary.csv");
    assertThat(run("pcat", "--input", input.toString(), "--group", "site_id,timepoint",
        "--lenient", "--output", out.toString())).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(85);
    // pcatR's row for S1, baseline, item 1: counts 6 answers ... modal strong_facilitator, mean
    // 1.75, median 2, pct_barrier 0.2, modal_class_share 0.75.
    assertThat(lines.get(1)).startsWith(
        "S1,baseline,1,6,6,5,4,1,0,4,0,0,0,1,1,3,0,1,strong_facilitator,1.75,2,0.2,0,0.8,0.8,"
            + "0,0,0,0.75,0.25,0.2,3,0.75,");
    assertThat(impsci.err.toString())
        .startsWith("report: 466 records read (long form), 461 classified, 5 rejected\n");
  }

  @Test
  void badInputFailsWithOneLineAndNoOutput() throws IOException {
    Path input = write("answers.csv", LONG + "R5,S2,t1,3,7,1\n");
    Path out = dir.resolve("out.csv");
    assertThat(run("pcat", "--input", input.toString(), "--output", out.toString())).isEqualTo(1);
    assertThat(impsci.err.toString()).startsWith("impsci: answers.csv").contains("row 6")
        .contains("'7'").doesNotContain("\tat ");
    assertThat(out).doesNotExist();
    assertThat(impsci.out.toString()).isEmpty();
    assertThat(run("pcat", "--input", input.toString(), "--lenient", "--group", "role"))
        .isEqualTo(1);
    assertThat(impsci.err.toString()).contains("no such column to group by").contains("role");
    assertThat(run("pcat", "--input", dir.resolve("none.csv").toString())).isEqualTo(2);
    assertThat(impsci.err.toString()).contains("no such input file");
  }

  @Test
  void scoringPcatIsRefusedWithTheReason() throws IOException {
    Path input = write("answers.csv", LONG);
    assertThat(run("score", "--instrument", "pcat", "--input", input.toString())).isEqualTo(1);
    assertThat(impsci.err.toString())
        .startsWith("impsci: instrument 'pcat' has no scale to score: pCAT has no total")
        .contains("not a psychometric scale");
    assertThat(impsci.out.toString()).isEmpty();
    // The registry lists pCAT, and describing it gives the same reason.
    assertThat(run("instruments", "pcat")).isZero();
    assertThat(impsci.out.toString()).contains("Pragmatic Context Assessment Tool (pCAT)")
        .contains("totalScore = none").contains("not a psychometric scale");
  }

  @Test
  void agreementPerGroupAndItem() throws IOException {
    Path input = write("answers.csv", LONG);
    assertThat(run("pcat", "--input", input.toString(), "--group", "site_id", "--agreement"))
        .isZero();
    List<String> lines = impsci.out.toString().lines().toList();
    assertThat(lines.get(0)).isEqualTo("site_id,item_id,n_valid_direction,pct_barrier,pct_neutral,"
        + "pct_facilitator,agreement_share,dominant_side,polarized,normalized_entropy,"
        + "consensus_label,normalized_entropy_5");
    // S1: 2 barriers, 1 facilitator: share 2/3 on the barrier side, polarised (1/3 >= 0.20);
    // entropy -(2/3 ln 2/3 + 1/3 ln 1/3) / ln 3; three classes of one each: ln 3 / ln 5.
    double entropy = -(2.0 / 3 * Math.log(2.0 / 3) + 1.0 / 3 * Math.log(1.0 / 3)) / Math.log(3);
    String[] s1 = lines.get(1).split(",");
    assertThat(List.of(s1).subList(0, 9)).containsExactly("S1", "1", "3", "0.6666666666666666",
        "0", "0.3333333333333333", "0.6666666666666666", "barrier", "TRUE");
    assertThat(Double.parseDouble(s1[9])).isCloseTo(entropy, org.assertj.core.api.Assertions.within(1e-15));
    assertThat(s1[10]).isEqualTo("polarized");
    assertThat(Double.parseDouble(s1[11])).isCloseTo(Math.log(3) / Math.log(5),
        org.assertj.core.api.Assertions.within(1e-15));
    assertThat(lines.get(2)).isEqualTo("S2,1,1,0,1,0,1,neutral,FALSE,0,insufficient_data,0");
    assertThat(run("pcat", "--input", input.toString(), "--agreement", "--minimum-n", "1",
        "--format", "json")).isZero();
    // All four answers: barrier 0.5 and facilitator 0.25, both at least 0.20: polarised.
    JsonNode row = ImpsciJson.mapper().readTree(impsci.out.toString()).get("agreement").get(0);
    assertThat(row.get("consensus_label").asText()).isEqualTo("polarized");
    assertThat(row.get("agreement_share").asDouble()).isEqualTo(0.5);
    assertThat(run("pcat", "--input", input.toString(), "--agreement", "--agreement-threshold", "2"))
        .isEqualTo(2);
    assertThat(impsci.err.toString()).contains("[0, 1]");
  }

  @Test
  void changeBetweenTwoTimepoints() throws IOException {
    Path input = write("answers.csv", "respondent_id,site_id,timepoint,item_id,direction,effect\n"
        + "R1,S1,t1,1,1,1\nR1,S1,t2,1,3,0\nR2,S1,t1,1,2,\n");
    assertThat(run("pcat", "--input", input.toString(), "--change", "--from", "t1", "--to", "t2"))
        .isZero();
    assertThat(impsci.out.toString().lines()).containsExactly(
        "site_id,respondent_id,item_id,from_pcat_class,to_pcat_class,delta_display_code,"
            + "transition,transition_detail,from_timepoint,to_timepoint",
        "S1,R1,1,strong_barrier,weak_facilitator,3,toward_facilitation,"
            + "strong_barrier -> weak_facilitator,t1,t2",
        "S1,R2,1,neutral,,,followup_missing,neutral -> not_observed,t1,t2");
    assertThat(run("pcat", "--input", input.toString(), "--change", "--from", "t1", "--to", "t2",
        "--group", "site_id")).isZero();
    assertThat(impsci.out.toString().lines()).containsExactly(
        "site_id,item_id,transition,n,share", "S1,1,toward_facilitation,1,0.5",
        "S1,1,followup_missing,1,0.5");
    assertThat(run("pcat", "--input", input.toString(), "--change", "--from", "t1")).isEqualTo(2);
    assertThat(run("pcat", "--input", input.toString(), "--from", "t1", "--to", "t2")).isEqualTo(2);
    assertThat(run("pcat", "--input", input.toString(), "--change", "--agreement", "--from", "t1",
        "--to", "t2")).isEqualTo(2);
    assertThat(run("pcat", "--input", input.toString(), "--change", "--from", "t1", "--to", "t2",
        "--group", "role")).isEqualTo(2);
    assertThat(impsci.err.toString()).contains("not 'role'");
    assertThat(run("pcat", "--input", input.toString(), "--change", "--from", "t1", "--to", "t9"))
        .isEqualTo(1);
    assertThat(impsci.err.toString()).startsWith("impsci: answers.csv").contains("t9");
  }

  @Test
  void planListsBarrierItemsWithBothCfirIdsAndKeepsLevelCandidatesApart() throws IOException {
    // Item 11 (tension for change): two strong barriers and a weak facilitator, so barrier share
    // 2/3 and strong share 2/3: priority high. Item 1: one facilitator: not in the plan.
    Path input = write("answers.csv", "respondent_id,site_id,item_id,direction,effect\n"
        + "R1,S1,11,1,1\nR2,S1,11,1,1\nR3,S1,11,3,0\nR1,S1,1,3,1\n");
    assertThat(run("pcat", "--input", input.toString(), "--plan")).isZero();
    List<String> lines = impsci.out.toString().lines().toList();
    assertThat(lines.get(0)).isEqualTo("item_id,barrier_priority,pct_barrier,pct_strong_barrier,"
        + "cfir_2009_construct,cfir_2_0_constructs,strategy,basis,percent,column_percents,"
        + "column_complete,column_flags_only");
    assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).startsWith(
        "11,high,0.6666666666666666,0.6666666666666666,"
            + "cfir-2009:inner-setting.implementation-climate.tension-for-change,"
            + "cfir-2.0:inner-setting.tension-for-change,"));
    // Robinson and Damschroder 2023 Table 3 flags 8 strategies for tension for change (pcatR's
    // pcat_eric_candidates.csv lists the same 8): rows with a level and no percent.
    assertThat(lines.stream().filter(l -> l.contains(",level_1,,") || l.contains(",level_2,,")))
        .hasSize(8);
    assertThat(lines.stream().filter(l -> l.contains("identify-and-prepare-champions,level_2,,")))
        .hasSize(1);
    assertThat(run("pcat", "--input", input.toString(), "--plan", "--format", "json")).isZero();
    JsonNode json = ImpsciJson.mapper().readTree(impsci.out.toString());
    assertThat(json.get("plan").get(0).get("item_id").asInt()).isEqualTo(11);
    assertThat(json.has("warnings")).isTrue();
    assertThat(run("pcat", "--input", input.toString(), "--plan", "--barrier-threshold", "0.7",
        "--strong-barrier-threshold", "0.7")).isZero();
    assertThat(impsci.out.toString().lines()).hasSize(1);
    assertThat(run("pcat", "--input", input.toString(), "--plan", "--agreement")).isEqualTo(2);
    assertThat(run("pcat", "--input", input.toString(), "--plan", "--barrier-threshold", "-1"))
        .isEqualTo(2);
  }

  @Test
  void numbersArePrintedAsPcatrWritesThem() {
    assertThat(PcatCommand.number(null)).isEmpty();
    assertThat(PcatCommand.number(2.0)).isEqualTo("2");
    assertThat(PcatCommand.number(-1.5)).isEqualTo("-1.5");
    assertThat(PcatCommand.number(7)).isEqualTo("7");
    assertThat(PcatCommand.number(true)).isEqualTo("TRUE");
    assertThat(PcatCommand.number(false)).isEqualTo("FALSE");
  }
}
