package org.impsci.assessment.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.impsci.assessment.TestData;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.assessment.scoring.Scorer;
import org.impsci.assessment.scoring.ScoringRules;
import org.junit.jupiter.api.Test;

/** Alpha per scale of the toy instrument (a = A1-A3 with A3 reversed, b = B1-B2, total = a + b). */
class InstrumentReliabilityTest {
  private final Scorer scorer =
      Scorer.of(TestData.toyInstrument(), ScoringRules.meanOf(MinimumAnswered.fraction(0.5)));

  private static Response response(String id, int a1, int a2, int a3, Answer b1) {
    return Response.builder()
        .respondentId(id)
        .putAnswers("A1", Answer.of(a1))
        .putAnswers("A2", Answer.of(a2))
        .putAnswers("A3", Answer.of(a3))
        .putAnswers("B1", b1)
        .putAnswers("B2", Answer.of(a1))
        .build();
  }

  private InstrumentReliability fourRespondents() {
    InstrumentReliability reliability = InstrumentReliability.of(scorer);
    reliability.add(response("1", 4, 5, 2, Answer.of(4)));
    reliability.add(response("2", 2, 2, 4, Answer.nonSubstantive("not_relevant_role")));
    reliability.add(response("3", 3, 4, 3, Answer.of(3)));
    reliability.add(response("4", 5, 4, 1, Answer.of(5)));
    return reliability;
  }

  @Test
  void reverseScoredItemsEnterAlphaReversed() {
    ReliabilityResult a = fourRespondents().results(CaseHandling.LISTWISE).get("a");
    // Scored rows (A3 reversed as 6 - x): (4,5,4) (2,2,2) (3,4,3) (5,4,5).
    // Item variances 5/3, 4.75/3, 5/3; totals 13, 6, 10, 14 have variance 38.75/3.
    // alpha = 3/2 * (1 - 14.75 / 38.75) = 36 / 38.75.
    assertThat(a.n()).isEqualTo(4);
    assertThat(a.alphaRaw().getAsDouble()).isCloseTo(36 / 38.75, within(1e-12));
  }

  @Test
  void nonSubstantiveAnswersAreMissingAndCompositeScalesUseAllTheirItems() {
    Map<String, ReliabilityResult> listwise = fourRespondents().results(CaseHandling.LISTWISE);
    // Respondent 2 said B1 is not relevant: b and total rest on the 3 others.
    assertThat(listwise.get("b").n()).isEqualTo(3);
    assertThat(listwise.get("total").itemIds()).containsExactly("A1", "A2", "A3", "B1", "B2");
    assertThat(listwise.get("total").n()).isEqualTo(3);
    assertThat(listwise.keySet()).containsExactly("a", "b", "total");
    // b over respondents 1, 3, 4: B1 = 4, 3, 5 and B2 = 4, 3, 5 are identical columns:
    // item variances 1 and 1, total variance 4, alpha = 2 * (1 - 2/4) = 1.
    assertThat(listwise.get("b").alphaRaw().getAsDouble()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void combinedPartsEqualOnePass() {
    InstrumentReliability first = InstrumentReliability.of(scorer);
    InstrumentReliability second = InstrumentReliability.of(scorer);
    first.add(response("1", 4, 5, 2, Answer.of(4)));
    first.add(response("2", 2, 2, 4, Answer.nonSubstantive("not_relevant_role")));
    second.add(response("3", 3, 4, 3, Answer.of(3)));
    second.add(response("4", 5, 4, 1, Answer.of(5)));
    double combined =
        first.combine(second).results(CaseHandling.PAIRWISE).get("total").alphaRaw().getAsDouble();
    double whole =
        fourRespondents().results(CaseHandling.PAIRWISE).get("total").alphaRaw().getAsDouble();
    assertThat(combined).isCloseTo(whole, within(1e-12));
  }

  @Test
  void answersMustComeOnePerItem() {
    assertThatThrownBy(() -> InstrumentReliability.of(scorer).add(List.of(Answer.of(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected 6 answers in item order, got 1");
  }
}
