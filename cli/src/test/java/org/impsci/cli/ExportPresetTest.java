package org.impsci.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code impsci score --preset redcap|qualtrics} on exports laid out as REDCap and Qualtrics lay
 * them out, one test per row of the table in issue 22, each scoring every real respondent with no
 * option but the preset (and --lenient, as in the issue) and no hand-editing of the file.
 *
 * <p>The fixtures in {@code exports/} are this project's own (synthetic people answering NoMAD),
 * written with these conventions of the real exports:
 *
 * <ul>
 *   <li>REDCap raw: lower-case field names, {@code record_id} first, {@code
 *       redcap_survey_identifier}, {@code <form>_timestamp} and {@code <form>_complete} around each
 *       form's fields, checkbox fields as {@code role___1..4} with 0/1, radio codes (REDCapR
 *       inst/test-data/project-survey/survey-data.csv and checkboxes-1/data.csv); {@code [not
 *       completed]} in the timestamp of an unfinished survey (REDCap's text, as code that reads
 *       REDCap exports filters on it); a UTF-8 byte-order mark and CRLF line ends (the export
 *       conventions listed in issue 22).
 *   <li>A project's own data dictionary: the 18 columns of REDCapR's
 *       inst/test-data/project-survey/survey-data-dictionary.csv, choices written {@code 0,
 *       Strongly disagree | 1, ...} in one quoted cell, an action tag ({@code @HIDECHOICE}) before
 *       impsci's item annotation in the Field Annotation column.
 *   <li>REDCap longitudinal and repeating: {@code redcap_event_name} ({@code <event>_arm_1}),
 *       {@code redcap_repeat_instrument} and {@code redcap_repeat_instance} after {@code
 *       record_id}; each event or repeat instance its own row, other forms' fields blank in it
 *       (REDCapR inst/test-data/projects/longitudinal-with-repeating-instrument/data.csv).
 *   <li>REDCap labels: field labels as headers ({@code Record ID}, {@code Survey Timestamp} and
 *       {@code Complete?} once per form), choice labels as values ({@code Checked}/{@code
 *       Unchecked}, {@code Complete}/{@code Incomplete}); a project made from impsci's item prompts.
 *   <li>Qualtrics current: {@code StartDate,EndDate,Status,IPAddress,Progress,Duration (in
 *       seconds),Finished,RecordedDate,ResponseId,...}, then a question-text row and a row of
 *       {@code {"ImportId":"QID1"}} cells, quoted with doubled quotes (qualtRics
 *       tests/testthat/files/sample.csv); question text quoted over two lines, BOM and CRLF (issue
 *       22). Legacy: header {@code V1..V10} and question ids, names and question text in row 2, a
 *       trailing empty column (qualtRics tests/testthat/files/sample_legacy.csv).
 * </ul>
 *
 * <p>Expected scores, worked by hand under NoMAD's defaults (mean of the answered items, at least
 * half of a construct's items answered, CA2 reversed as 6 - x, "not relevant" answers not
 * counted); Option B answers are coded 6, 7, 8 in raw and numeric exports:
 *
 * <ul>
 *   <li>P1: CO 4,4,5,3 = 4; CP 5,5,4,4 = 4.5; CA 4,2(4),4,3,3,2,2 = 22/7; RM 3,4,4,5,4 = 4; G
 *       7,6,8 (the general items' 6-8 stay numbers).
 *   <li>P2: CO stage,5,5,4 = 14/3; CP 2,3,3,role = 8/3; CA 3,5(1),3,3,intervention,3,3 = 16/6;
 *       RM 1,2,2,2,3 = 2; G 10,8,6.
 *   <li>P3: CO 2,2,-,- = 2; CP stage,stage,role,3 (1 of 4 answered) = none; CA
 *       5,1(5),5,5,5,5,5 = 5; RM 4,4,4,4,4 = 4; G 0,-,5.
 *   <li>P4 (stopped early): CO 3,3,3,3 = 3; the rest blank = none.
 * </ul>
 */
class ExportPresetTest {
  private static final double NONE = Double.NaN;
  /** Each person's four scale scores, then the answers G1, G2, G3. */
  private static final Map<String, double[]> PEOPLE =
      Map.of(
          "P1", new double[] {4, 4.5, 22.0 / 7, 4, 7, 6, 8},
          "P2", new double[] {14.0 / 3, 8.0 / 3, 16.0 / 6, 2, 10, 8, 6},
          "P3", new double[] {2, NONE, 5, 4, 0, NONE, 5},
          "P4", new double[] {3, NONE, NONE, NONE, NONE, NONE, NONE});
  /** The columns after the id and groups in {@code score --format csv}: scales, then G1-G3. */
  private static final List<String> SCALES =
      List.of(
          "coherence", "cognitive-participation", "collective-action", "reflexive-monitoring",
          "G1", "G2", "G3");

  /** The Qualtrics fixtures' response ids and who answered. */
  private static final String[] QUALTRICS_PEOPLE = {
    "R_1aBcDeFgHiJkLmN", "P1", "R_2OpQrStUvWxYz01", "P2", "R_3AbCdEfGhIjKlMn", "P3",
    "R_4ZyXwVuTsRqPoNm", "P4"
  };

  @TempDir Path dir;
  private final CommandRun command = new CommandRun();

  /** A fixture copied byte for byte into the test's folder. */
  private Path fixture(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = ExportPresetTest.class.getResourceAsStream("exports/" + name)) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  /** Scores a fixture as CSV; rows by "id" or "id@wave", each with its cells after the groups. */
  private Map<String, List<String>> scoreCsv(String name, String... options) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of("score", "--instrument", "nomad", "--input", fixture(name).toString(),
                "--lenient", "--format", "csv"));
    args.addAll(Arrays.asList(options));
    assertThat(command.run(args.toArray(String[]::new))).as(command.err.toString()).isZero();
    String[] lines = command.out.toString().split("\r?\n");
    List<String> header = Arrays.asList(lines[0].split(",", -1));
    boolean waves = header.contains("wave");
    assertThat(header.subList(header.size() - SCALES.size(), header.size())).isEqualTo(SCALES);
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      List<String> cells = Arrays.asList(lines[i].split(",", -1));
      String key = waves ? cells.get(0) + "@" + cells.get(1) : cells.get(0);
      assertThat(rows.put(key, cells.subList(cells.size() - SCALES.size(), cells.size()))).isNull();
    }
    return rows;
  }

  private static void assertScores(List<String> cells, String person) {
    double[] expected = PEOPLE.get(person);
    for (int s = 0; s < SCALES.size(); s++) {
      if (Double.isNaN(expected[s])) {
        assertThat(cells.get(s)).as(person + " " + SCALES.get(s)).isEmpty();
      } else {
        assertThat(Double.parseDouble(cells.get(s)))
            .as(person + " " + SCALES.get(s))
            .isCloseTo(expected[s], within(1e-12));
      }
    }
  }

  private void assertPeople(Map<String, List<String>> rows, String... idsAndPeople) {
    assertThat(rows).hasSize(idsAndPeople.length / 2);
    for (int i = 0; i < idsAndPeople.length; i += 2) {
      assertThat(rows).containsKey(idsAndPeople[i]);
      assertScores(rows.get(idsAndPeople[i]), idsAndPeople[i + 1]);
    }
  }

  @Test
  void redcapRawExport() throws IOException {
    assertThat(Files.readAllBytes(fixture("redcap-raw.csv"))).startsWith(0xEF, 0xBB, 0xBF);
    Map<String, List<String>> rows = scoreCsv("redcap-raw.csv", "--preset", "redcap");
    // Record 4 stopped early and is scored as it is; record 5 never started the NoMAD form.
    assertPeople(rows, "1@", "P1", "2@", "P2", "3@", "P3", "4@", "P4");
    assertThat(command.err.toString())
        .startsWith(
            "redcap-raw.csv: 5 rows read, 4 scored, 0 rejected, 1 skipped (1 of another instrument)")
        .contains(
            "  skipped: row 6 (respondent '5'): of another instrument: no answer to any item of"
                + " nomad");
  }

  @Test
  void redcapCompleteOnlyCountsTheRestWithTheirStatus() throws IOException {
    // Raw: nomad_complete is 2 or 0. Labels: two forms, each with a status column headed
    // Complete? right after its fields (columns 9 and 34): the registration form is complete for
    // everyone, NoMAD for records 1-3 only, so the instrument's own status is the second.
    Map<String, String> statusOfRecord4 = new LinkedHashMap<>();
    statusOfRecord4.put("redcap-raw.csv", "'0' in column nomad_complete");
    statusOfRecord4.put("redcap-labels.csv", "'Incomplete' in column Complete? (column 34)");
    for (Map.Entry<String, String> export : statusOfRecord4.entrySet()) {
      command.clear();
      Map<String, List<String>> rows = scoreCsv(export.getKey(), "--preset", "redcap", "--complete-only");
      assertPeople(rows, "1@", "P1", "2@", "P2", "3@", "P3");
      assertThat(command.err.toString())
          .startsWith(export.getKey() + ": 5 rows read, 3 scored, 0 rejected, 2 skipped (1 of another"
              + " instrument, 1 incomplete)")
          .contains("  skipped: row 5 (respondent '4'): incomplete: status " + export.getValue()
              + ", not 2 or Complete");
    }
  }

  @Test
  void redcapLabelsExportOfTwoInstruments() throws IOException {
    Map<String, List<String>> rows = scoreCsv("redcap-labels.csv", "--preset", "redcap");
    assertPeople(rows, "1@", "P1", "2@", "P2", "3@", "P3", "4@", "P4");
    assertThat(command.err.toString())
        .startsWith("redcap-labels.csv: 5 rows read, 4 scored, 0 rejected, 1 skipped");
  }

  @Test
  void redcapLongitudinalExportScoresEachEventAsAWave() throws IOException {
    Map<String, List<String>> rows = scoreCsv("redcap-longitudinal.csv", "--preset", "redcap");
    assertPeople(
        rows,
        "1@baseline_arm_1", "P1",
        "1@followup_arm_1", "P3",
        "2@baseline_arm_1", "P2",
        "2@followup_arm_1", "P1",
        "3@baseline_arm_1", "P3");
    // Enrolment rows (demographics only) and record 3's unstarted follow-up are skipped.
    assertThat(command.err.toString())
        .startsWith(
            "redcap-longitudinal.csv: 9 rows read, 5 scored, 0 rejected, 4 skipped (4 of another"
                + " instrument)")
        .contains("no answer to any item of nomad (wave 'enrolment_arm_1')");
  }

  @Test
  void redcapLongitudinalSummaryIsGroupedByWave() throws IOException {
    Path input = fixture("redcap-longitudinal.csv");
    assertThat(
            command.run("score", "--instrument", "nomad", "--input", input.toString(), "--preset",
                "redcap", "--wave", "baseline_arm_1"))
        .as(command.err.toString())
        .isZero();
    JsonNode summary = ImpsciJson.mapper().readTree(command.out.toString()).get("summary");
    assertThat(summary.get("read").get("scored").asLong()).isEqualTo(3);
    // The wave is checked first: three enrolment and three follow-up rows are of another wave.
    assertThat(summary.get("read").get("skippedByReason").get("OTHER_WAVE").asLong()).isEqualTo(6);
    assertThat(summary.get("read").get("skippedByReason").has("OTHER_INSTRUMENT")).isFalse();
    JsonNode coherence = summary.get("byGroup").get("wave").get(0);
    assertThat(coherence.get("group").asText()).isEqualTo("baseline_arm_1");
    assertThat(coherence.get("scaleId").asText()).isEqualTo("coherence");
    // Baseline coherence: P1 4, P2 14/3, P3 2: mean 32/9.
    assertThat(coherence.get("mean").asDouble()).isCloseTo(32.0 / 9, within(1e-12));
  }

  @Test
  void redcapRepeatingInstrumentScoresEachInstance() throws IOException {
    Map<String, List<String>> rows = scoreCsv("redcap-repeating.csv", "--preset", "redcap");
    assertPeople(rows, "1@nomad/1", "P1", "1@nomad/2", "P2", "2@nomad/1", "P3");
    // Two demographics rows and three contact_log rows hold no NoMAD answer.
    assertThat(command.err.toString())
        .startsWith(
            "redcap-repeating.csv: 8 rows read, 3 scored, 0 rejected, 5 skipped (5 of another"
                + " instrument)")
        .contains("(wave 'contact_log/2')");
  }

  @Test
  void qualtricsNumericExport() throws IOException {
    Map<String, List<String>> rows = scoreCsv("qualtrics-numeric.csv", "--preset", "qualtrics");
    assertPeople(rows, QUALTRICS_PEOPLE);
    assertThat(command.err.toString())
        .startsWith(
            "qualtrics-numeric.csv: 6 rows read, 4 scored, 0 rejected, 2 skipped (2 header row)")
        .contains("  skipped: row 2: header row: 'Response ID'")
        .contains("  skipped: row 3: header row: '{\"ImportId\":\"_recordId\"}'");
  }

  @Test
  void qualtricsCompleteOnlyScoresFinishedResponses() throws IOException {
    // Finished is 1 for P1-P3 and 0 for P4, who stopped early (current format: the Finished
    // column; legacy: V10, whose second row names it Finished).
    Map<String, List<String>> rows =
        scoreCsv("qualtrics-numeric.csv", "--preset", "qualtrics", "--complete-only");
    assertPeople(rows, Arrays.copyOf(QUALTRICS_PEOPLE, 6));
    assertThat(command.err.toString())
        .startsWith(
            "qualtrics-numeric.csv: 6 rows read, 3 scored, 0 rejected, 3 skipped (2 header row,"
                + " 1 incomplete)")
        .contains(
            "  skipped: row 7 (respondent 'R_4ZyXwVuTsRqPoNm'): incomplete: status '0' in column"
                + " Finished, not 1 or True");
    command.clear();
    assertPeople(scoreCsv("qualtrics-legacy.csv", "--preset", "qualtrics", "--complete-only"),
        Arrays.copyOf(QUALTRICS_PEOPLE, 6));
  }

  @Test
  void qualtricsChoiceTextExport() throws IOException {
    Map<String, List<String>> rows =
        scoreCsv("qualtrics-choice-text.csv", "--preset", "qualtrics");
    assertPeople(rows, QUALTRICS_PEOPLE);
  }

  @Test
  void qualtricsLegacyExport() throws IOException {
    Map<String, List<String>> rows = scoreCsv("qualtrics-legacy.csv", "--preset", "qualtrics");
    // The legacy fixture has P1-P3 only.
    assertPeople(rows, Arrays.copyOf(QUALTRICS_PEOPLE, 6));
    assertThat(command.err.toString())
        .startsWith("qualtrics-legacy.csv: 4 rows read, 3 scored, 0 rejected, 1 skipped");
  }

  @Test
  void qualtricsExportWithRenamedQuestionsThroughALayoutFileOfImportIds() throws IOException {
    // The layout file maps each item to its question's import id (CO1 -> QID1 ...), which stays
    // when the questions are renamed (here nomad_1 ... nomad_23).
    Map<String, List<String>> rows =
        scoreCsv(
            "qualtrics-renamed.csv",
            "--layout",
            fixture("qualtrics-import-ids.json").toString());
    assertPeople(rows, QUALTRICS_PEOPLE);
  }

  @Test
  void redcapProjectWithItsOwnDictionary() throws IOException {
    // The project's own field names (nm_q01...; g1-g3 matched by name), record id participant_id
    // (the dictionary's first field) and codes 0-4 for strongly disagree to strongly agree, 97-99
    // for Option B: the dictionary's labels say what each code means.
    Map<String, List<String>> rows =
        scoreCsv(
            "redcap-own-project.csv",
            "--preset",
            "redcap",
            "--redcap-dictionary",
            fixture("redcap-own-dictionary.csv").toString());
    assertPeople(rows, "1@", "P1", "2@", "P2", "3@", "P3");
    assertThat(command.out.toString()).startsWith("participant_id,wave,coherence");
  }

  @Test
  void layoutUsageErrorsExitTwo() throws IOException {
    Path input = fixture("redcap-raw.csv");
    String[] both = {"score", "--instrument", "nomad", "--input", input.toString(), "--preset",
        "redcap", "--layout", "x.json"};
    assertThat(command.run(both)).isEqualTo(2);
    assertThat(command.err.toString()).contains("give --preset or --layout, not both");
    assertThat(command.run("score", "--instrument", "nomad", "--input", input.toString(), "--preset", "spss"))
        .isEqualTo(2);
    assertThat(command.err.toString()).contains("unknown preset 'spss'; known: redcap, qualtrics");
    assertThat(
            command.run("score", "--instrument", "nomad", "--input", input.toString(), "--layout",
                dir.resolve("none.json").toString()))
        .isEqualTo(2);
    assertThat(command.err.toString()).contains("no such input file");
    assertThat(
            command.run("score", "--instrument", "nomad", "--input", input.toString(),
                "--redcap-dictionary", dir.resolve("none.csv").toString()))
        .isEqualTo(2);
    assertThat(command.err.toString()).contains("no such input file");
  }
}
