package org.impsci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.NonSubstantiveOption;
import org.impsci.assessment.internal.csv.CsvRecordReader;
import org.impsci.assessment.io.RedcapDictionary;
import org.impsci.npt.nomad.Nomad;
import org.impsci.npt.nomad.NomadSyntheticData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code impsci redcap-dictionary}: the columns and rows REDCap reads, and the round trip: a REDCap
 * export of a project made from the dictionary scores with {@code --preset redcap} alone exactly as
 * the native CSV of the same answers does.
 */
class RedcapDictionaryTest {
  @TempDir Path dir;

  private static List<String[]> records(String csv) {
    List<String[]> records = new ArrayList<>();
    try (CsvRecordReader in = new CsvRecordReader(new StringReader(csv), "csv", ',')) {
      for (String[] r = in.next(); r != null; r = in.next()) {
        records.add(r);
      }
    }
    return records;
  }

  private static String dictionary(String instrument) {
    CommandRun command = new CommandRun();
    assertThat(command.run("redcap-dictionary", instrument)).as(command.err.toString()).isZero();
    return command.out.toString();
  }

  @Test
  void nomadDictionaryHasREDCapsColumnsAndOneFieldPerItem() {
    List<String[]> rows = records(dictionary("nomad"));
    // The 18 columns, spelled and ordered as in REDCapR's
    // inst/test-data/project-survey/survey-data-dictionary.csv (a REDCap download).
    assertThat(rows.get(0))
        .containsExactly(
            "Variable / Field Name", "Form Name", "Section Header", "Field Type", "Field Label",
            "Choices, Calculations, OR Slider Labels", "Field Note",
            "Text Validation Type OR Show Slider Number", "Text Validation Min",
            "Text Validation Max", "Identifier?", "Branching Logic (Show field only if...)",
            "Required Field?", "Custom Alignment", "Question Number (surveys only)",
            "Matrix Group Name", "Matrix Ranking?", "Field Annotation");
    assertThat(rows).hasSize(1 + 1 + 23);
    assertThat(rows.get(1)).startsWith("record_id", "nomad", "", "text", "Record ID");
    // CO1 opens the coherence section and matrix; Option B numbered 6-8 after 1-5.
    assertThat(rows.get(2))
        .containsExactly(
            "co1", "nomad", "Coherence", "radio",
            Nomad.instrument().item("CO1").orElseThrow().prompt(),
            "1, Strongly disagree | 2, Disagree | 3, Neither agree nor disagree | 4, Agree"
                + " | 5, Strongly agree | 6, Not relevant at this stage"
                + " | 7, Not relevant to my role | 8, Not relevant to this intervention",
            "", "", "", "", "", "", "", "", "", "coherence", "", "impsci item CO1");
    assertThat(rows.get(6)[0]).isEqualTo("cp1");
    assertThat(rows.get(6)[2]).isEqualTo("Cognitive participation");
    assertThat(rows.get(6)[15]).isEqualTo("cognitive_participation");
    // G1-G3: integer text fields 0-10 of their own, in no matrix, their end labels (nomad.json) in
    // the field note.
    assertThat(rows.get(22))
        .startsWith("g1", "nomad", "Single items", "text")
        .contains("0 = entirely new, 10 = entirely familiar", "integer", "0", "10", "impsci item G1");
    assertThat(rows.get(22)[15]).isEmpty();
  }

  @Test
  void theUsersOwnWordingReplacesTheParaphrases() throws IOException {
    Path wording = dir.resolve("wording.json");
    Files.writeString(wording, "{\"CO1\": \"My own wording, \\\"quoted\\\".\"}");
    CommandRun command = new CommandRun();
    assertThat(command.run("redcap-dictionary", "nomad", "--wording", wording.toString())).isZero();
    List<String[]> rows = records(command.out.toString());
    assertThat(rows.get(2)[4]).isEqualTo("My own wording, \"quoted\".");
    assertThat(rows.get(3)[4]).isEqualTo(Nomad.instrument().item("CO2").orElseThrow().prompt());
    assertThat(command.run("redcap-dictionary", "nomad", "--wording", dir.resolve("no.json").toString()))
        .isEqualTo(2);
    assertThat(command.err.toString()).contains("no such input file");
    assertThat(command.run("redcap-dictionary", "nomadx")).isEqualTo(2);
    assertThat(command.err.toString()).contains("unknown instrument 'nomadx'");
  }

  @Test
  void pcatGetsADirectionAnEffectAndACommentPerItemWithTheUsersWording() throws IOException {
    // barriers-core's PcatRedcapDictionaryTest checks every cell; here the command picks that
    // form for pcat and lays the user's wording over item 2's prompt.
    Path wording = dir.resolve("pcat-wording.json");
    Files.writeString(wording, "{\"2\": \"Our own item two.\"}");
    CommandRun command = new CommandRun();
    assertThat(command.run("redcap-dictionary", "pcat", "--wording", wording.toString()))
        .as(command.err.toString()).isZero();
    List<String[]> rows = records(command.out.toString());
    assertThat(rows).hasSize(1 + 1 + 3 * 14);
    assertThat(rows.get(2)).startsWith("item01_direction", "pcat", "Item 1", "radio");
    assertThat(rows.get(3)[0]).isEqualTo("item01_effect");
    assertThat(rows.get(3)[11]).isEqualTo("[item01_direction] = '1' or [item01_direction] = '3'");
    assertThat(rows.get(4)).startsWith("item01_comment", "pcat", "", "notes");
    assertThat(rows.get(5)).startsWith("item02_direction", "pcat", "Item 2", "radio", "Our own item two.");
  }

  @Test
  void anExportOfAProjectMadeFromTheDictionaryScoresAsTheNativeCsv() throws IOException {
    Instrument nomad = Nomad.instrument();
    List<String[]> dictionary = records(dictionary("nomad"));
    StringBuilder nativeCsv = new StringBuilder();
    NomadSyntheticData.of(7, 3).write(nativeCsv, 60);
    List<String[]> answers = records(nativeCsv.toString());
    Map<String, Integer> nativeColumn = new HashMap<>();
    for (int c = 0; c < answers.get(0).length; c++) {
      nativeColumn.put(answers.get(0)[c], c);
    }
    // Played as REDCap would: the project's fields from the dictionary; each answer written as
    // the code of its choice (a non-substantive code as the choice whose label is its option's).
    List<String> header = new ArrayList<>(List.of("record_id", "redcap_survey_identifier", "nomad_timestamp"));
    List<String[]> fields = dictionary.subList(2, dictionary.size());
    fields.forEach(f -> header.add(f[0]));
    header.add("nomad_complete");
    StringBuilder export = new StringBuilder("\uFEFF").append(String.join(",", header)).append("\r\n");
    for (String[] row : answers.subList(1, answers.size())) {
      List<String> cells = new ArrayList<>(List.of(row[0], "", "2026-05-01 10:00:00"));
      for (String[] field : fields) {
        String itemId = field[17].substring(RedcapDictionary.ANNOTATION.length() + 1);
        String value = row[nativeColumn.get(itemId)];
        cells.add(value.isEmpty() || Character.isDigit(value.charAt(0)) ? value : code(field[5], label(nomad, itemId, value)));
      }
      cells.add("2");
      export.append(String.join(",", cells)).append("\r\n");
    }
    Path exported = dir.resolve("NomadProject_DATA.csv");
    Files.writeString(exported, export);
    Path native_ = dir.resolve("nomad.csv");
    Files.writeString(native_, nativeCsv);

    Map<String, String> fromNative = scores(native_);
    Map<String, String> fromRedcap = scores(exported, "--preset", "redcap");
    assertThat(fromNative).hasSize(60);
    assertThat(fromRedcap).isEqualTo(fromNative);
  }

  private static String label(Instrument instrument, String itemId, String code) {
    return instrument.item(itemId).orElseThrow().scale().nonSubstantiveOptions().stream()
        .filter(o -> o.code().equals(code))
        .map(NonSubstantiveOption::label)
        .findFirst()
        .orElseThrow();
  }

  /** The code of the choice labelled {@code label} (case ignored) in {@code 1, A | 2, B}. */
  private static String code(String choices, String label) {
    for (String choice : choices.split(" \\| ")) {
      String[] parts = choice.split(", ", 2);
      if (parts[1].equalsIgnoreCase(label)) {
        return parts[0];
      }
    }
    throw new AssertionError("no choice " + label + " in " + choices);
  }

  /** Respondent id to its four scale cells and G1-G3, from {@code score --format csv}. */
  private Map<String, String> scores(Path input, String... options) {
    List<String> args =
        new ArrayList<>(List.of("score", "--instrument", "nomad", "--input", input.toString(),
            "--lenient", "--format", "csv"));
    args.addAll(List.of(options));
    CommandRun command = new CommandRun();
    assertThat(command.run(args.toArray(String[]::new))).as(command.err.toString()).isZero();
    assertThat(command.err.toString()).contains(" 0 rejected");
    Map<String, String> scores = new LinkedHashMap<>();
    for (String[] row : records(command.out.toString()).subList(1, 61)) {
      int n = row.length;
      scores.put(row[0], String.join(",", Arrays.copyOfRange(row, n - 7, n)));
    }
    return scores;
  }
}
