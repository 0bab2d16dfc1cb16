package org.impsci.assessment.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.TestData;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.assessment.scoring.RespondentScores;
import org.impsci.assessment.scoring.Scorer;
import org.impsci.assessment.scoring.ScoringRules;
import org.junit.jupiter.api.Test;

/**
 * An answer written as text means the same in JSON and in CSV: text that is a number by the one
 * rule (optional sign, digits, optional decimal point; spaces around dropped) is that number, so
 * JSON {@code "4"} is CSV {@code 4}; other text is a code in both. On the toy instrument (a =
 * A1-A3 with A3 reversed as 6 - x, b = B1-B2, N1 0-10), scores worked by hand.
 */
class AnswerTextRuleTest {
  private final Scorer scorer =
      Scorer.of(TestData.toyInstrument(), ScoringRules.meanOf(MinimumAnswered.fraction(0.5)));

  private RespondentScores fromCsv(String row) {
    List<ScoredRow> rows = new ArrayList<>();
    SurveyCsvReader.of(scorer, CsvLayout.builder().respondentIdColumn("id").build(), ReadMode.STRICT)
        .read(new ByteArrayInputStream(("id,A1,A2,A3,B1,B2,N1\n" + row + "\n")
            .getBytes(StandardCharsets.UTF_8)), "r.csv", rows::add);
    return rows.get(0).scores();
  }

  private Response fromJson(String answers) {
    return ImpsciJson.read(
        "{\"respondentId\":\"r1\",\"answers\":{" + answers + "}}", Response.class, "r.json");
  }

  @Test
  void aNumericStringInJsonIsTheNumberTheSameCsvCellIs() {
    Response json = fromJson(
        "\"A1\":\"4\",\"A2\":\" 5 \",\"A3\":\"2.0\",\"B1\":3,\"B2\":\"+3\",\"N1\":\"7\"");
    assertThat(json.answers().get("A1")).isEqualTo(Answer.of(4));
    assertThat(json.answers().get("B2")).isEqualTo(Answer.of(3));
    RespondentScores viaJson = scorer.score(json);
    RespondentScores viaCsv = fromCsv("r1,4, 5 ,2.0,3,+3,7");
    assertThat(viaJson.scores()).isEqualTo(viaCsv.scores());
    // By hand: a = (4 + 5 + (6 - 2)) / 3 = 13 / 3; b = (3 + 3) / 2 = 3.
    assertThat(viaJson.score("a").orElseThrow().score().orElseThrow())
        .isCloseTo(13.0 / 3, within(1e-12));
    assertThat(viaJson.score("b").orElseThrow().score().orElseThrow()).isEqualTo(3.0);
  }

  @Test
  void textThatIsNoNumberByTheRuleIsRejectedForTheSameItemAndValueInBoth() {
    // "4e0" has an exponent, which the rule does not read: in both forms it is no number and no
    // code of A1.
    InvalidInputException viaJson = catchThrowableOfType(
        () -> scorer.score(fromJson("\"A1\":\"4e0\",\"A2\":5")), InvalidInputException.class);
    InvalidInputException viaCsv = catchThrowableOfType(
        () -> fromCsv("r1,4e0,5,,,,"), InvalidInputException.class);
    assertThat(viaJson.location().itemId()).hasValue("A1");
    assertThat(viaCsv.location().itemId()).hasValue("A1");
    assertThat(viaJson.value()).hasValue("4e0");
    assertThat(viaCsv.value()).hasValue("4e0");
  }
}
