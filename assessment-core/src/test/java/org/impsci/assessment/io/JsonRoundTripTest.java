package org.impsci.assessment.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.impsci.assessment.Source;
import org.impsci.assessment.TestData;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.scoring.GroupSummaries;
import org.impsci.assessment.scoring.GroupSummary;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.assessment.scoring.RespondentScores;
import org.impsci.assessment.scoring.Scorer;
import org.impsci.assessment.scoring.ScoringRules;
import org.impsci.assessment.survey.CsvLayout;
import org.junit.jupiter.api.Test;

/** Every model type written as JSON and read back equals the original. */
class JsonRoundTripTest {

  private static <T> T roundTrip(T value, Class<T> type) {
    return ImpsciJson.read(ImpsciJson.write(value), type, "round trip");
  }

  @Test
  void source() {
    Source s = Source.of("May et al. 2009", "10.1186/1748-5908-4-29", "Table 1");
    assertThat(roundTrip(s, Source.class)).isEqualTo(s);
    Source citationOnly = Source.builder().citation("a fixture").build();
    assertThat(ImpsciJson.write(citationOnly)).isEqualTo("{\"citation\":\"a fixture\"}");
    assertThat(roundTrip(citationOnly, Source.class)).isEqualTo(citationOnly);
  }

  @Test
  void instrumentWithEveryKindOfScaleAndGroup() {
    Instrument toy = TestData.toyInstrument();
    assertThat(roundTrip(toy, Instrument.class)).isEqualTo(toy);
  }

  @Test
  void responseKeepsTheThreeKindsOfAnswerApart() {
    Response r =
        Response.builder()
            .respondentId("r1")
            .putGroups("site", "H03")
            .putAnswers("A1", Answer.of(4))
            .putAnswers("B1", Answer.nonSubstantive("not_relevant_role"))
            .putAnswers("B2", Answer.missing())
            .putAnswers("N1", Answer.of(7.5))
            .build();
    String json = ImpsciJson.write(r);
    assertThat(json)
        .isEqualTo(
            "{\"respondentId\":\"r1\",\"groups\":{\"site\":\"H03\"},\"answers\":{\"A1\":4.0,"
                + "\"B1\":\"not_relevant_role\",\"B2\":null,\"N1\":7.5}}");
    Response back = roundTrip(r, Response.class);
    assertThat(back).isEqualTo(r);
    assertThat(back.answer("B2")).isSameAs(Answer.missing());
    assertThat(back.answer("A2")).isSameAs(Answer.missing());
  }

  @Test
  void csvLayoutKeptAsAJsonFile() {
    CsvLayout layout =
        CsvLayout.builder()
            .respondentIdColumn("record_id")
            .addGroupColumns("site", "wave")
            .putItemColumns("A1", "q1")
            .putAnswerCodes("Strongly agree", "5")
            .delimiter(';')
            .rowsAfterHeader(2)
            .missingItemColumns(CsvLayout.MissingItemColumns.TREAT_AS_MISSING)
            .rejectDuplicateIds(false)
            .build();
    assertThat(roundTrip(layout, CsvLayout.class)).isEqualTo(layout);
    assertThat(ImpsciJson.read("{\"respondentIdColumn\":\"id\"}", CsvLayout.class, "l.json"))
        .isEqualTo(CsvLayout.of("id"));
  }

  @Test
  void rulesScoresAndSummaries() {
    ScoringRules rules =
        ScoringRules.builder()
            .minimumAnswered(MinimumAnswered.count(1))
            .aggregation(ScoringRules.Aggregation.SUM)
            .transform(ScoringRules.Transform.NONE)
            .applyReverseScoring(false)
            .build();
    assertThat(roundTrip(rules, ScoringRules.class)).isEqualTo(rules);

    Response r =
        Response.builder()
            .respondentId("r1")
            .putGroups("site", "X")
            .putAnswers("A1", Answer.of(4))
            .build();
    RespondentScores scores = Scorer.of(TestData.toyInstrument(), rules).score(r);
    assertThat(roundTrip(scores, RespondentScores.class)).isEqualTo(scores);

    GroupSummaries bySite = GroupSummaries.by("site");
    bySite.add(scores);
    for (GroupSummary g : bySite.summaries()) {
      assertThat(roundTrip(g, GroupSummary.class)).isEqualTo(g);
    }
  }
}
