package org.impsci.assessment.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.TestData;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.assessment.scoring.Scorer;
import org.impsci.assessment.scoring.ScoringRules;
import org.impsci.assessment.survey.CsvLayout;
import org.impsci.assessment.survey.ScoredRow;
import org.impsci.assessment.survey.SurveyCsvReader;
import org.junit.jupiter.api.Test;

/**
 * REDCap data dictionaries of the toy instrument (A1 1-5 labelled at 1 and 5 only, A2-A3 1-5
 * unlabelled, B1-B2 1-5 unlabelled with the option not_relevant_role, N1 0-10; groups a, b and the
 * composite total). The 18 columns are REDCap's, spelled as in REDCapR's
 * inst/test-data/project-survey/survey-data-dictionary.csv.
 */
class RedcapDictionaryTest {
  private final Instrument toy = TestData.toyInstrument();

  private static List<String> row(String... cells) {
    List<String> row = new ArrayList<>(List.of(cells));
    row.addAll(Collections.nCopies(18 - cells.length, ""));
    return row;
  }

  @Test
  void eachItemIsAFieldInASectionPerScale() {
    List<List<String>> rows = RedcapDictionary.rows(toy);
    assertThat(RedcapDictionary.COLUMNS).hasSize(18).startsWith("Variable / Field Name").endsWith("Field Annotation");
    assertThat(rows).hasSize(7);
    assertThat(rows.get(0)).isEqualTo(row("record_id", "toy", "", "text", "Record ID"));
    // A1 is labelled at 1 and 5 only and has no option: an integer text field 1-5.
    List<String> a1 = row("a1", "toy", "Alpha", "text", "The work makes sense to me.", "", "1 = disagree, 5 = agree", "integer", "1", "5");
    a1.set(17, "impsci item A1");
    assertThat(rows.get(1)).isEqualTo(a1);
    assertThat(rows.get(2).get(2)).isEmpty();
    // B1 and B2 have an option: radio fields, values 1-5 labelled by themselves, the option 6, in
    // the matrix b.
    List<String> b1 = row("b1", "toy", "Beta", "radio", "Colleagues back the work.", "1, 1 | 2, 2 | 3, 3 | 4, 4 | 5, 5 | 6, Does not apply to my role");
    b1.set(15, "b");
    b1.set(17, "impsci item B1");
    assertThat(rows.get(4)).isEqualTo(b1);
    assertThat(rows.get(5).get(15)).isEqualTo("b");
    assertThat(rows.get(6)).startsWith("n1", "toy", "Single items", "text");
    assertThat(rows.get(6).subList(7, 10)).containsExactly("integer", "0", "10");
    assertThat(RedcapDictionary.fieldName("Q2a-b.c")).isEqualTo("q2a_b_c");
    assertThat(RedcapDictionary.formName(toy)).isEqualTo("toy");
  }

  private static InputStream dictionary(String... rows) {
    StringBuilder csv = new StringBuilder();
    RedcapDictionary.COLUMNS.forEach(c -> csv.append('"').append(c).append("\","));
    csv.setLength(csv.length() - 1);
    csv.append("\r\n");
    for (String r : rows) {
      csv.append(r).append("\r\n");
    }
    return new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aProjectsDictionaryNamesTheColumnsAndCodesOfItsItems() {
    String rid = "rid,toy,,text,Record ID,,,,,,,,,,,,,";
    // A1 by its annotation, coded 1 = agree (5) and 2 = disagree (1); B1 by its name (case
    // ignored), 9 = its option; "0, 0" and the field "other" match nothing.
    String a1 = "alpha_one,toy,,radio,A one,\"1, Agree | 2, Disagree\",,,,,,,,,,,,@HIDDEN impsci item A1";
    String b1 = "B1,toy,,radio,B one,\"0, 0 | 9, does NOT apply to my role\",,,,,,,,,,,,";
    String other = "other,toy,,text,Other,,,,,,,,,,,,,";
    CsvLayout layout =
        RedcapDictionary.layout(dictionary(rid, a1, b1, other), "dict.csv", toy, CsvLayout.of("id"));
    assertThat(layout.respondentIdColumn()).isEqualTo("rid");
    assertThat(layout.itemColumns()).containsExactly(Map.entry("A1", "alpha_one"), Map.entry("B1", "B1"));
    assertThat(layout.itemAnswerCodes())
        .containsExactly(
            Map.entry("A1", Map.of("1", "5", "Agree", "5", "2", "1", "Disagree", "1")),
            Map.entry("B1", Map.of("9", "not_relevant_role", "does NOT apply to my role", "not_relevant_role")));
    List<ScoredRow> rows = new ArrayList<>();
    SurveyCsvReader.of(
            Scorer.of(toy, ScoringRules.meanOf(MinimumAnswered.fraction(0.5))), layout, ReadMode.STRICT)
        .read(
            new ByteArrayInputStream("rid,alpha_one,A2,A3,B1,B2,N1\nr1,2,3,3,9,2,4\n".getBytes(StandardCharsets.UTF_8)),
            "x.csv",
            rows::add);
    assertThat(rows.get(0).answers().get(0)).isEqualTo(Answer.of(1));
    assertThat(rows.get(0).answers().get(3)).isEqualTo(Answer.nonSubstantive("not_relevant_role"));

    assertThatThrownBy(
            () ->
                RedcapDictionary.layout(
                    dictionary(rid, a1, a1.replace("alpha_one", "alpha_two")), "dict.csv", toy, CsvLayout.of("id")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "dict.csv, row 4, item A1: field 'alpha_two' is the second field of item A1, after row 3"
                + " (value 'alpha_two'); allowed: one field per item");
    InputStream lacking = new ByteArrayInputStream("Variable / Field Name\nrid\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> RedcapDictionary.layout(lacking, "dict.csv", toy, CsvLayout.of("id")))
        .hasMessageStartingWith(
            "dict.csv, row 1: the header lacks column(s) Choices, Calculations, OR Slider Labels");
    // An empty dictionary keeps the layout's respondent ids.
    assertThat(RedcapDictionary.layout(dictionary(), "dict.csv", toy, CsvLayout.of("id")).respondentIdColumn())
        .isEqualTo("id");
  }
}
