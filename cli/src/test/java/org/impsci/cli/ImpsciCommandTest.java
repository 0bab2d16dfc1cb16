package org.impsci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.impsci.assessment.ImpsciVersion;
import org.impsci.assessment.coding.CodedSegment;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.scoring.RespondentScores;
import org.impsci.assessment.scoring.ScaleScore;
import org.impsci.assessment.survey.CsvLayout;
import org.impsci.assessment.survey.SurveyCsvReader;
import org.impsci.barriers.strategy.EndorsementReader;
import org.impsci.barriers.strategy.RankedStrategy;
import org.impsci.barriers.strategy.StrategyMatcher;
import org.impsci.barriers.strategy.StrategyRanking;
import org.impsci.npt.nomad.NomadScorer;
import org.impsci.npt.nomad.NomadSyntheticData;
import org.impsci.qda.QdpxOptions;
import org.impsci.qda.QdpxReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The impsci command run in process: outputs, exit codes and error messages. */
class ImpsciCommandTest {
  static final String HEADER =
      "respondent_id,site,CO1,CO2,CO3,CO4,CP1,CP2,CP3,CP4,CA1,CA2,CA3,CA4,CA5,CA6,CA7,"
          + "RM1,RM2,RM3,RM4,RM5,G1,G2,G3\n";
  /** Coherence 4, cognitive participation 4.5, collective action 22/7 (CA2 reversed), RM 4. */
  static final String P1 = "p1,H01,4,4,5,3,5,5,4,4,4,2,4,3,3,2,2,3,4,4,5,4,7,,10\n";

  @TempDir Path dir;
  private final CommandRun command = new CommandRun();
  private final StringWriter out = command.out;
  private final StringWriter err = command.err;

  private int run(String... args) {
    return command.run(args);
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  private Path synthetic(int rows, boolean bad) throws IOException {
    StringBuilder csv = new StringBuilder();
    NomadSyntheticData data = NomadSyntheticData.of(1, 3);
    (bad ? data.withBadRows() : data).write(csv, rows);
    return write("nomad.csv", csv.toString());
  }

  @Test
  void versionIsTheBuiltVersion() {
    // The version Maven wrote from the project's pom (ImpsciVersion), on the command and on a
    // subcommand alike; a release number or a snapshot, never a stale literal.
    assertThat(ImpsciVersion.get()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).isEqualTo("impsci " + ImpsciVersion.get() + "\n");
    out.getBuffer().setLength(0);
    assertThat(run("agreement", "--version")).isZero();
    assertThat(out.toString()).isEqualTo("impsci " + ImpsciVersion.get() + "\n");
  }

  @Test
  void scoreWritesCsvScoresPerRespondent() throws IOException {
    // p2 gives coherence no number (three blanks, one not relevant: no score, a blank cell), CP 3.5,
    // CA 7 x 5 with CA2 reversed to 1 = 31/7, RM 2 x 5 = 2; its site needs quoting.
    String p2 = "p2,\"H,02\",,,,not_relevant_role,3,3,4,4,5,5,5,5,5,5,5,2,2,2,2,2,,,\n";
    Path input = write("one.csv", HEADER + P1 + p2);
    int code = run("score", "--instrument", "nomad", "--input", input.toString(), "--group", "site", "--format", "csv");
    assertThat(code).isZero();
    assertThat(out.toString().lines())
        .containsExactly(
            "respondent_id,site,coherence,cognitive-participation,collective-action,reflexive-monitoring"
                + ",G1,G2,G3",
            "p1,H01,4.0,4.5," + (22.0 / 7) + ",4.0,7.0,,10.0",
            "p2,\"H,02\",,3.5," + (31.0 / 7) + ",2.0,,,");
    assertThat(err.toString()).contains("one.csv: 2 rows read, 2 scored, 0 rejected");
  }

  @Test
  void readThreadsReadALargeFileInRangesWithTheSameOutput() throws IOException {
    // 20,000 rows (about 1.5 MB, so two ranges of 1 MiB) and the generator's three bad rows.
    Path input = synthetic(20_000, true);
    assertThat(Files.size(input)).isGreaterThan(1L << 20);
    String[] score = {"score", "--instrument", "nomad", "--input", input.toString(), "--group",
        "site", "--lenient", "--format", "csv"};
    assertThat(run(score)).as(err.toString()).isZero();
    String oneStream = out.toString();
    String oneStreamSummary = err.toString();
    assertThat(oneStreamSummary).contains("nomad.csv: 20003 rows read, 20000 scored, 3 rejected");
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    String[] inRanges = java.util.Arrays.copyOf(score, score.length + 2);
    inRanges[score.length] = "--read-threads";
    inRanges[score.length + 1] = "2";
    assertThat(run(inRanges)).as(err.toString()).isZero();
    assertThat(out.toString()).isEqualTo(oneStream);
    assertThat(err.toString()).isEqualTo(oneStreamSummary);
    inRanges[score.length + 1] = "0";
    assertThat(run(inRanges)).isEqualTo(2);
    assertThat(err.toString()).contains("--read-threads must be at least 1, got 0");
  }

  @Test
  void scaleScoresAreWrittenAsDatabindWritesThem() throws IOException {
    ScaleScore scored =
        ScaleScore.builder().scaleId("a").score(3.25).members(4).answered(3)
            .nonSubstantive(1).putNonSubstantiveCodes("not_relevant_role", 1).missing(0).build();
    ScaleScore unscored =
        ScaleScore.builder().scaleId("b").members(2).answered(0).nonSubstantive(0)
            .missing(2).reason("0 of 2 items answered").build();
    for (ScaleScore score : List.of(scored, unscored)) {
      StringWriter text = new StringWriter();
      try (com.fasterxml.jackson.core.JsonGenerator json =
          ImpsciJson.mapper().getFactory().createGenerator(text)) {
        ScoreCommand.writeScale(json, score, new ScoreText());
      }
      assertThat(text.toString()).isEqualTo(ImpsciJson.mapper().writeValueAsString(score));
    }
  }

  @Test
  void jsonOnStandardOutputAndInAFileIsTheSameTextNonAsciiIncluded() throws IOException {
    // The file is written as UTF-8 bytes, standard output through a writer: both must agree.
    Path input = write("sites.csv", HEADER + P1.replace(",H01,", ",Hôpital Saint-Étienne,"));
    Path output = dir.resolve("scores.json");
    String[] score = {"score", "--instrument", "nomad", "--input", input.toString(), "--group", "site"};
    assertThat(run(score)).as(err.toString()).isZero();
    String printed = out.toString();
    String[] toFile = java.util.Arrays.copyOf(score, score.length + 2);
    toFile[score.length] = "--output";
    toFile[score.length + 1] = output.toString();
    assertThat(run(toFile)).as(err.toString()).isZero();
    assertThat(Files.readString(output, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(printed);
    assertThat(ImpsciJson.mapper().readTree(printed).at("/respondents/0/groups/site").asText())
        .isEqualTo("Hôpital Saint-Étienne");
  }

  @Test
  void scoreWritesOneJsonDocumentWithRespondentsAndSummary() throws IOException {
    Path input = synthetic(10, true);
    Path output = dir.resolve("out.json");
    int code =
        run("score", "--instrument", "nomad", "--input", input.toString(), "--group", "site",
            "--lenient", "--output", output.toString());
    assertThat(code).as(err.toString()).isZero();
    JsonNode json = ImpsciJson.mapper().readTree(output.toFile());
    assertThat(json.get("instrument").asText()).isEqualTo("nomad");
    assertThat(json.get("respondents")).hasSize(10);
    JsonNode read = json.get("summary").get("read");
    assertThat(read.get("rowsRead").asLong()).isEqualTo(13);
    assertThat(read.get("scored").asLong()).isEqualTo(10);
    assertThat(read.get("rejected")).hasSize(3);
    assertThat(json.get("summary").get("byGroup").get("site")).isNotEmpty();
    // Each respondent as the library's own row-by-row reader scores it (an independent path).
    List<RespondentScores> expected = new java.util.ArrayList<>();
    List<Map<String, Double>> expectedGeneral = new java.util.ArrayList<>();
    SurveyCsvReader.of(
            NomadScorer.withDefaults().scorer(),
            CsvLayout.builder().respondentIdColumn("respondent_id").addGroupColumns("site").build(),
            ReadMode.LENIENT)
        .read(input, row -> {
          expected.add(row.scores());
          // G1-G3, the last three items, belong to no scale: written as answered, null where none.
          Map<String, Double> general = new java.util.LinkedHashMap<>();
          for (int g = 0; g < 3; g++) {
            general.put("G" + (g + 1),
                row.answers().get(20 + g) instanceof Answer.Numeric n ? n.value() : null);
          }
          expectedGeneral.add(general);
        });
    List<RespondentScores> written = new java.util.ArrayList<>();
    List<Map<String, Double>> writtenGeneral = new java.util.ArrayList<>();
    for (JsonNode respondent : json.get("respondents")) {
      com.fasterxml.jackson.databind.node.ObjectNode copy = respondent.deepCopy();
      writtenGeneral.add(
          ImpsciJson.mapper().convertValue(copy.remove("items"),
              new com.fasterxml.jackson.core.type.TypeReference<Map<String, Double>>() {}));
      written.add(ImpsciJson.mapper().treeToValue(copy, RespondentScores.class));
    }
    assertThat(written).isEqualTo(expected);
    assertThat(writtenGeneral).isEqualTo(expectedGeneral);
    assertThat(expectedGeneral).anySatisfy(g -> assertThat(g.values()).doesNotContainNull());
  }

  @Test
  void strictScoringOfABadFileExitsOneNamingRowColumnAndValue() throws IOException {
    Path input = synthetic(10, true);
    int code = run("score", "--instrument", "nomad", "--input", input.toString(), "--strict");
    assertThat(code).isEqualTo(Impsci.INVALID_INPUT);
    assertThat(err.toString())
        .startsWith("impsci: nomad.csv, row 12, column CO1, item CO1: respondent 'R11': answer is"
            + " not on the item's scale (value '6')");
  }

  @Test
  void aWrongHeaderExitsOne() throws IOException {
    Path input = write("bad.csv", "id,site\nx,y\n");
    assertThat(run("score", "--instrument", "nomad", "--input", input.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("bad.csv, row 1: the header lacks column(s) respondent_id, CO1");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("score", "--input", "x.csv")).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required option: '--instrument");
    err.getBuffer().setLength(0);
    assertThat(run("score", "--instrument", "orcx", "--input", "x.csv")).isEqualTo(2);
    assertThat(err.toString()).contains("orcx");
    err.getBuffer().setLength(0);
    assertThat(run("score", "--instrument", "nomad", "--input", dir.resolve("none.csv").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("no such input file");
    assertThat(run("score", "--instrument", "nomad", "--input", "x.csv", "--group", "site", "--group", "site"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("a grouping column is named twice in [site, site]");
    assertThat(run("score", "--instrument", "nomad", "--input", "x.csv", "--strict", "--lenient"))
        .isEqualTo(2);
    assertThat(run("nonsense")).isEqualTo(2);
    assertThat(run("show", "no-such-framework")).isEqualTo(2);
  }

  @Test
  void demoWritesTheSurveyTheReportsAndASummary() throws IOException {
    Path output = dir.resolve("demo");
    assertThat(run("demo", "--output", output.toString())).isZero();
    assertThat(Files.readAllLines(output.resolve("nomad-survey.csv"))).hasSize(1 + 43 + 3);
    JsonNode report = ImpsciJson.mapper().readTree(output.resolve("nomad-report.json").toFile());
    assertThat(report.get("read").get("scored").asLong()).isEqualTo(43);
    String html = Files.readString(output.resolve("report.html"));
    assertThat(html).contains("SYNTHETIC DATA").contains("<h2>Profiles by site</h2>").contains("H11");
    String png = html.replaceFirst("(?s).*<img id=\"profile-chart\" src=\"data:image/png;base64,([^\"]+)\".*", "$1");
    BufferedImage chart = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(png)));
    assertThat(chart.getWidth()).isEqualTo(960);
    assertThat(out.toString())
        .contains("nomad-survey.csv: 46 rows read, 43 scored, 3 rejected")
        .contains("strongest and weakest construct in each of 11 hospitals")
        .contains("report: " + output.resolve("report.html").toAbsolutePath());
  }

  @Test
  void demoCodesSyntheticInterviewsAndRanksStrategiesForExampleBarriers() throws IOException {
    Path output = dir.resolve("demo");
    assertThat(run("demo", "--output", output.toString())).isZero();
    String printed = out.toString();
    String html = Files.readString(output.resolve("report.html"));

    // Coding: re-read the project a QDA program would open and count it independently.
    List<CodedSegment> segments =
        QdpxReader.of(Frameworks.bundled(), QdpxOptions.defaults())
            .read(output.resolve("interviews.qdpx"))
            .segments();
    assertThat(segments).isNotEmpty().allSatisfy(s -> assertThat(s.text()).contains("SYNTHETIC"));
    assertThat(segments).allSatisfy(s -> assertThat(s.codes()).allSatisfy(
        c -> assertThat(c.framework()).isEqualTo("enpt")));
    long people = segments.stream().map(s -> s.site() + "/" + s.participantId()).distinct().count();
    assertThat(people).isEqualTo(43);
    Map<String, Long> byTop = new TreeMap<>();
    for (CodedSegment s : segments) {
      s.codes().stream().map(c -> c.construct().split("\\.")[0]).distinct()
          .forEach(top -> byTop.merge(top, 1L, Long::sum));
    }
    Map.Entry<String, Long> most =
        byTop.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
    assertThat(printed).contains(
        "coding: " + segments.size() + " segments from " + people + " participants; most segments: "
            + most.getKey() + " (" + most.getValue() + ")");
    assertThat(html).contains("<h2>Coding</h2>").contains("<table id=\"coding\">");
    byTop.forEach((top, n) -> assertThat(html).contains(
        "<td>" + Frameworks.bundled().get("enpt").require(top).label() + "</td><td>" + n + "</td>"));

    // Strategies: rank the same barriers directly.
    List<ConstructRef> barriers = List.of(
        ConstructRef.of("cfir-2.0", "inner-setting.available-resources.funding"),
        ConstructRef.of("cfir-2.0", "innovation.adaptability"),
        ConstructRef.of("cfir-2.0", "innovation.complexity"),
        ConstructRef.of("cfir-2.0", "implementation-process.reflecting-and-evaluating.implementation"));
    StrategyRanking ranking = StrategyMatcher.rankCfir2(EndorsementReader.bundled(), barriers);
    RankedStrategy top = ranking.strategies().get(0);
    assertThat(printed).contains("strategies for 4 barriers: 1. " + top.strategy() + ", cumulative "
        + Math.round(top.cumulativePercent()) + "%");
    assertThat(html).contains("<h2>Strategies</h2>").contains("<table id=\"strategies\">");
    String table = html.replaceFirst("(?s).*<table id=\"strategies\">(.*?)</table>.*", "$1");
    assertThat(table.split("<tr><td>", -1)).hasSize(1 + 10);
    for (int i = 0; i < 10; i++) {
      RankedStrategy s = ranking.strategies().get(i);
      assertThat(table).contains("<tr><td>" + (i + 1) + "</td><td style=\"text-align:left\">"
          + s.strategy() + "</td><td>" + String.format(Locale.ROOT, "%.1f", s.cumulativePercent()) + "</td>");
    }
    assertThat(table).doesNotContain(ranking.strategies().get(10).strategy() + "<");
    assertThat(ranking.lossyBarriers()).contains(barriers.get(0));
    assertThat(html)
        .contains("Mapped to CFIR 2009 with loss: " + String.join(", ",
            ranking.lossyBarriers().stream().map(ConstructRef::toString).toList()) + ".")
        .containsPattern("No endorsements in the table for: [^<]*" + barriers.get(0));

    // Still ends with the report's path; the same data again on a second run.
    List<String> lines = printed.lines().toList();
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("report: " + output.resolve("report.html").toAbsolutePath().normalize());
    Path again = dir.resolve("again");
    assertThat(run("demo", "--output", again.toString())).isZero();
    assertThat(Files.readAllBytes(again.resolve("interviews.qdpx")))
        .isEqualTo(Files.readAllBytes(output.resolve("interviews.qdpx")));
  }

  @Test
  void scoresOrcaToo() throws IOException {
    // Every ORCA item answered 3 (reversed items: 6 - 3 = 3): every subscale and scale is 3.
    java.util.List<String> ids =
        org.impsci.parihs.orca.Orca.instrument().items().stream().map(i -> i.id()).toList();
    Path input =
        write("orca.csv", "respondent_id," + String.join(",", ids) + "\nr1,"
            + String.join(",", java.util.Collections.nCopies(ids.size(), "3")) + "\n");
    assertThat(run("score", "--instrument", "orca", "--input", input.toString(), "--format", "csv"))
        .as(err.toString()).isZero();
    String[] header = out.toString().lines().findFirst().orElseThrow().split(",");
    String[] row = out.toString().lines().skip(1).findFirst().orElseThrow().split(",");
    assertThat(row).hasSameSizeAs(header);
    for (int c = 1; c < row.length; c++) {
      assertThat(Double.parseDouble(row[c])).as(header[c]).isEqualTo(3.0);
    }
    assertThat(run("score", "--instrument", "orcx", "--input", input.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("unknown instrument 'orcx'; known: aim, fim, iam, nomad, orca, orca-reduced, oric, pcat");
  }

  @Test
  void matchRanksStrategiesForBarriersByShortName() {
    assertThat(run("match", "--barriers", "reflecting-and-evaluating", "--top", "2")).isZero();
    // Waltz et al. 2019, Table 1: the two Level 1 strategies for reflecting and evaluating.
    assertThat(out.toString().lines())
        .containsExactly(
            "barriers: [cfir-2009:process.reflecting-and-evaluating]",
            "  cfir-2009:process.reflecting-and-evaluating: 43 of 73 strategies (whole column)",
            "  1. develop-and-implement-tools-for-quality-monitoring        60.0%  process.reflecting-and-evaluating 60% (LEVEL_1)",
            "  2. audit-and-provide-feedback                                56.0%  process.reflecting-and-evaluating 56% (LEVEL_1)");
    assertThat(run("match", "--barriers", "no-such-barrier")).isEqualTo(1);
    assertThat(err.toString()).contains("no-such-barrier");
    assertThat(run("match", "--cfir", "cfir-3", "--barriers", "planning")).isEqualTo(2);
  }

  @Test
  void matchWarnsOfEveryBarrierTheTableCannotRankInFull() throws IOException {
    // Executing has no bundled entry; adaptability has the 22 strategies of one study's Table 3.
    assertThat(run("match", "--barriers", "executing,adaptability", "--top", "1")).isZero();
    assertThat(out.toString().lines().limit(3)).containsExactly(
        "barriers: [cfir-2009:process.executing, cfir-2009:intervention-characteristics.adaptability]",
        "  cfir-2009:process.executing: 0 of 73 strategies (none)",
        "  cfir-2009:intervention-characteristics.adaptability: 22 of 73 strategies (partial column)");
    assertThat(err.toString().lines()).containsExactly(
        "warning: cfir-2009:process.executing: the table holds no strategy for it (0 of 73), so it"
            + " adds nothing to any sum",
        "warning: cfir-2009:intervention-characteristics.adaptability: the table holds 22 of 73"
            + " strategies for it; the others' percents are unknown, not zero");
    // Networks and communications: 35 percents (Waltz 2019 Table 5) and one strategy known only
    // by its Level 1 flag (Robinson and Damschroder 2023 Table 3), listed after the ranking.
    out.getBuffer().setLength(0);
    assertThat(run("match", "--barriers", "networks-and-communications", "--top", "1")).isZero();
    assertThat(out.toString().lines()).containsExactly(
        "barriers: [cfir-2009:inner-setting.networks-and-communications]",
        "  cfir-2009:inner-setting.networks-and-communications: 35 of 73 strategies (partial column), 1 flagged only",
        String.format(Locale.ROOT, "%3d. %-55s %6.1f%%  %s", 1, "organize-clinician-implementation-team-meetings",
            52.0, "inner-setting.networks-and-communications 52% (LEVEL_1)"),
        "flagged Level 1 or 2 without a percent (never summed):",
        "  promote-network-weaving: inner-setting.networks-and-communications LEVEL_1");
    // JSON: the same warnings on standard error and in the document; the barriers keep their
    // CFIR 2.0 ids, with the 2009 constructs they went through.
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    assertThat(run("match", "--cfir", "cfir-2.0", "--barriers", "critical-incidents,innovation.adaptability",
        "--format", "json")).isZero();
    JsonNode json = ImpsciJson.mapper().readTree(out.toString());
    assertThat(json.at("/chosen/0/barrier").asText()).isEqualTo("cfir-2.0:outer-setting.critical-incidents");
    assertThat(json.at("/chosen/0/via")).isEmpty();
    assertThat(json.at("/chosen/1/barrier").asText()).isEqualTo("cfir-2.0:innovation.adaptability");
    assertThat(json.at("/chosen/1/via/0").asText()).isEqualTo("cfir-2009:intervention-characteristics.adaptability");
    assertThat(json.at("/chosen/1/lossy").asBoolean()).isFalse();
    assertThat(json.at("/chosen/1/columns/0/strategies").asInt()).isEqualTo(22);
    assertThat(json.get("warnings")).hasSize(2);
    assertThat(err.toString().lines()).containsExactly(
        "warning: " + json.at("/warnings/0").asText(), "warning: " + json.at("/warnings/1").asText());
    assertThat(json.at("/warnings/0").asText()).isEqualTo("cfir-2.0:outer-setting.critical-incidents:"
        + " no CFIR 2009 construct corresponds to it, so the table ranks no strategy for it");
  }

  @Test
  void matchTemplateIsTheFullTableThatTableLoads() throws IOException {
    assertThat(run("match", "--template")).isZero();
    List<String> lines = out.toString().lines().toList();
    // 39 CFIR 2009 constructs x 73 ERIC strategies (Waltz et al. 2019), after the header.
    assertThat(lines).hasSize(1 + 39 * 73);
    assertThat(lines.get(0)).isEqualTo("barrier,barrier_label,strategy,strategy_label,percent,citation,doi,locator");
    // A label with a comma is quoted.
    assertThat(lines).anySatisfy(l -> assertThat(l).contains(",\"Recruit, designate, and train for leadership\","));
    // Fill planning's whole column: 10% for facilitation, 0 for the other 72; the rest stays blank.
    StringBuilder filled = new StringBuilder(lines.get(0)).append('\n');
    for (String line : lines.subList(1, lines.size())) {
      boolean planning = line.startsWith("cfir-2009:process.planning,");
      String percent = line.contains(",facilitation,Facilitation,") ? "10" : "0";
      filled.append(planning ? line.replace(",,\"Waltz", "," + percent + ",\"Waltz") : line).append('\n');
    }
    Path file = write("filled.csv", filled.toString());
    out.getBuffer().setLength(0);
    assertThat(run("match", "--barriers", "planning", "--table", file.toString())).as(err.toString()).isZero();
    assertThat(out.toString().lines()).containsExactly(
        "barriers: [cfir-2009:process.planning]",
        "  cfir-2009:process.planning: 73 of 73 strategies (whole column)",
        String.format(Locale.ROOT, "%3d. %-55s %6.1f%%  %s", 1, "facilitation", 10.0, "process.planning 10%"),
        String.format(Locale.ROOT, "%3d. %-55s %6.1f%%  %s", 2, "access-new-funding", 0.0, "process.planning 0%"),
        String.format(Locale.ROOT, "%3d. %-55s %6.1f%%  %s", 3, "alter-incentive-allowance-structures", 0.0, "process.planning 0%"),
        String.format(Locale.ROOT, "%3d. %-55s %6.1f%%  %s", 4, "alter-patient-consumer-fees", 0.0, "process.planning 0%"),
        String.format(Locale.ROOT, "%3d. %-55s %6.1f%%  %s", 5, "assess-for-readiness-and-identify-barriers-and-facilitators", 0.0, "process.planning 0%"),
        String.format(Locale.ROOT, "%3d. %-55s %6.1f%%  %s", 6, "audit-and-provide-feedback", 0.0, "process.planning 0%"),
        String.format(Locale.ROOT, "%3d. %-55s %6.1f%%  %s", 7, "build-a-coalition", 0.0, "process.planning 0%"),
        String.format(Locale.ROOT, "%3d. %-55s %6.1f%%  %s", 8, "capture-and-share-local-knowledge", 0.0, "process.planning 0%"),
        String.format(Locale.ROOT, "%3d. %-55s %6.1f%%  %s", 9, "centralize-technical-assistance", 0.0, "process.planning 0%"),
        String.format(Locale.ROOT, "%3d. %-55s %6.1f%%  %s", 10, "change-accreditation-or-membership-requirements", 0.0, "process.planning 0%"));
    // The whole column carries no warning; the read is accounted for.
    assertThat(err.toString().lines()).containsExactly(
        "filled.csv: 2847 rows read, 73 entries, 2774 not filled in (percent blank)");
    assertThat(run("match")).isEqualTo(2);
    assertThat(run("match", "--template", "--barriers", "planning")).isEqualTo(2);
    assertThat(err.toString()).contains("give either --barriers or --template");
  }

  @Test
  void codebookExportsQdcJsonAndCsv() throws IOException {
    assertThat(run("codebook", "npt")).isZero();
    assertThat(out.toString()).startsWith("<?xml").contains("urn:QDA-XML:codebook:1.0")
        .contains("name=\"Reconfiguration\"");
    out.getBuffer().setLength(0);
    assertThat(run("codebook", "npt", "--format", "csv")).isZero();
    // Header plus the 20 NPT constructs.
    assertThat(out.toString().lines()).hasSize(21);
    assertThat(out.toString().lines().skip(1).findFirst().orElseThrow()).startsWith("npt:coherence,Coherence,construct,,");
    out.getBuffer().setLength(0);
    assertThat(run("codebook", "cfir-2.0", "--format", "json")).isZero();
    assertThat(ImpsciJson.mapper().readTree(out.toString()).get("codes")).hasSize(74);
  }

  @Test
  void reportWritesHtmlAndJsonForAScoredExport() throws IOException {
    Path input = synthetic(10, true);
    Path dir = this.dir.resolve("report");
    assertThat(
            run("report", "--instrument", "nomad", "--input", input.toString(), "--group", "site",
                "--lenient", "--output", dir.toString()))
        .as(err.toString())
        .isZero();
    JsonNode json = ImpsciJson.mapper().readTree(dir.resolve("report.json").toFile());
    assertThat(json.get("read").get("scored").asLong()).isEqualTo(10);
    assertThat(json.get("read").get("rejected")).hasSize(3);
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html)
        .contains("<h2>Profiles by site</h2>")
        .contains("data:image/png;base64,")
        .contains("row 12, column CO1");
    assertThat(out.toString()).endsWith("report: " + dir.resolve("report.html").toAbsolutePath() + "\n");
  }

  @Test
  void reportAddsTheReAimTableAndTheMethods() throws IOException {
    Path input = write("one.csv", HEADER + P1);
    Path counts = write("counts.json",
        "[{\"site\":\"P1\",\"wave\":\"w1\",\"eligibleIndividuals\":90,\"participants\":30},"
            + "{\"site\":\"P2\",\"wave\":\"w1\",\"eligibleIndividuals\":0,\"participants\":0}]");
    Path out = this.dir.resolve("reaim");
    assertThat(run("report", "--instrument", "nomad", "--input", input.toString(), "--reaim",
            counts.toString(), "--output", out.toString()))
        .as(err.toString())
        .isZero();
    String html = Files.readString(out.resolve("report.html"));
    // By hand: reach 30 / 90 = 33.3%; P2 has no eligible individuals; no count for effectiveness.
    assertThat(html)
        .contains("<h2>RE-AIM</h2>")
        .contains("<tr><td>P1</td><td>w1</td><td>33.3%</td><td>none: participantsWithOutcome not given</td>")
        .contains("<tr><td>P2</td><td>w1</td><td>none: denominator eligibleIndividuals is zero</td>")
        .contains("<h2>Methods</h2>");
  }

  @Test
  void reportRefusesRepeatedReAimCountsAndWritesNothing() throws IOException {
    Path input = write("one.csv", HEADER + P1);
    Path counts = write("counts.json",
        "[{\"site\":\"P1\",\"wave\":\"w1\"},{\"site\":\"P1\",\"wave\":\"w1\"}]");
    Path out = this.dir.resolve("twice");
    assertThat(run("report", "--instrument", "nomad", "--input", input.toString(), "--reaim",
            counts.toString(), "--output", out.toString()))
        .isEqualTo(1);
    assertThat(err.toString()).isEqualTo("impsci: counts.json: site 'P1', wave 'w1' is given twice\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void reportWithoutAGroupingColumnHasNoProfiles() throws IOException {
    // Drawing profiles of no groups made the charting library throw; now the section is left out.
    Path input = write("one.csv", HEADER + P1);
    Path dir = this.dir.resolve("plain");
    assertThat(run("report", "--instrument", "nomad", "--input", input.toString(), "--output", dir.toString()))
        .as(err.toString())
        .isZero();
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html).contains("one.csv: 1 rows read, 1 scored, 0 rejected").doesNotContain("Profiles by");
    // P1's coherence: (4 + 4 + 5 + 3) / 4 = 4.
    assertThat(ImpsciJson.mapper().readTree(dir.resolve("report.json").toFile())
            .at("/overall/0/mean").asDouble())
        .isEqualTo(4.0);
  }

  @Test
  void progressLinesOnLongInputs() throws IOException {
    Path input = synthetic(250_000, false);
    assertThat(
            run("score", "--instrument", "nomad", "--input", input.toString(), "--format", "csv",
                "--output", dir.resolve("scores.csv").toString(), "--progress"))
        .isZero();
    // 250,000 rows: a line at 100,000 and at 200,000, then the summary.
    assertThat(err.toString().lines().filter(l -> l.startsWith("impsci: ")))
        .containsExactly("impsci: 100000 rows scored", "impsci: 200000 rows scored");
    err.getBuffer().setLength(0);
    assertThat(
            run("score", "--instrument", "nomad", "--input", input.toString(), "--format", "csv",
                "--output", dir.resolve("scores2.csv").toString(), "--no-progress"))
        .isZero();
    assertThat(err.toString()).doesNotContain("rows scored");
  }
}
