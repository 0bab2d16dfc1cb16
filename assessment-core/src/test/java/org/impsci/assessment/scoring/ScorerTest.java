package org.impsci.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.TestData;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Response;
import org.junit.jupiter.api.Test;

/**
 * Scoring of the toy instrument (scales a = A1-A3 with A3 reversed, b = B1-B2, total = a + b).
 * Every expected number is worked out by hand in the comment above it.
 */
class ScorerTest {
  private static final double EPS = 1e-12;
  private final Instrument toy = TestData.toyInstrument();
  private final ScoringRules halfMean = ScoringRules.meanOf(MinimumAnswered.fraction(0.5));

  /** A1=4, A2=5, A3=2 (reversed: 5+1-2 = 4), B1=3, B2 not relevant to role. */
  private static Response r1() {
    return Response.builder()
        .respondentId("r1")
        .putGroups("site", "X")
        .putAnswers("A1", Answer.of(4))
        .putAnswers("A2", Answer.of(5))
        .putAnswers("A3", Answer.of(2))
        .putAnswers("B1", Answer.of(3))
        .putAnswers("B2", Answer.nonSubstantive("not_relevant_role"))
        .build();
  }

  @Test
  void meanScoresWithReverseScoringAndNonSubstantiveAnswers() {
    RespondentScores s = Scorer.of(toy, halfMean).score(r1());

    // a: (4 + 5 + 4) / 3 = 13/3; needs ceil(0.5 * 3) = 2 answers, has 3.
    ScaleScore a = s.score("a").orElseThrow();
    assertThat(a.score().getAsDouble()).isCloseTo(13.0 / 3, within(EPS));
    assertThat(a.answered()).isEqualTo(3);
    // b: B1 = 3 only; B2 is non-substantive, not a number; needs ceil(0.5 * 2) = 1.
    ScaleScore b = s.score("b").orElseThrow();
    assertThat(b.score().getAsDouble()).isEqualTo(3.0);
    assertThat(b.answered()).isEqualTo(1);
    assertThat(b.nonSubstantive()).isEqualTo(1);
    assertThat(b.nonSubstantiveCodes()).containsExactly(Map.entry("not_relevant_role", 1));
    assertThat(b.missing()).isZero();
    assertThat(a.nonSubstantiveCodes()).isEmpty();
    // total: mean of the subscale scores (13/3 + 3) / 2 = 11/3.
    assertThat(s.score("total").orElseThrow().score().getAsDouble())
        .isCloseTo(11.0 / 3, within(EPS));
    assertThat(s.groups()).containsEntry("site", "X");
    assertThat(s.scores()).extracting(ScaleScore::scaleId).containsExactly("a", "b", "total");
  }

  @Test
  void tooFewAnswersGiveNoScoreAndTheReason() {
    Response sparse =
        Response.builder().respondentId("r2").putAnswers("A1", Answer.of(1)).build();
    RespondentScores s = Scorer.of(toy, halfMean).score(sparse);

    ScaleScore a = s.score("a").orElseThrow();
    assertThat(a.score()).isEmpty();
    assertThat(a.reason())
        .hasValue("1 of 3 items answered; the rules need at least 2 of 3 (a fraction 0.5)");
    assertThat(a.missing()).isEqualTo(2);
    assertThat(s.score("b").orElseThrow().reason())
        .hasValue("0 of 2 items answered; the rules need at least 1 of 2 (a fraction 0.5)");
    assertThat(s.score("total").orElseThrow().reason())
        .hasValue("0 of 2 subscales scored; the rules need at least 1 of 2 (a fraction 0.5)");
  }

  @Test
  void proratedSumEqualsPlainSumWhenComplete() {
    ScoringRules sum =
        ScoringRules.builder()
            .minimumAnswered(MinimumAnswered.fraction(0.5))
            .aggregation(ScoringRules.Aggregation.SUM)
            .build();
    RespondentScores s = Scorer.of(toy, sum).score(r1());
    // a: 4 + 5 + 4 = 13 (all answered); b: prorated 3 * 2 = 6; total: 13 + 6 = 19.
    assertThat(s.score("a").orElseThrow().score().getAsDouble()).isCloseTo(13.0, within(EPS));
    assertThat(s.score("b").orElseThrow().score().getAsDouble()).isCloseTo(6.0, within(EPS));
    assertThat(s.score("total").orElseThrow().score().getAsDouble()).isCloseTo(19.0, within(EPS));
  }

  @Test
  void percentTransformPlacesTheMeanOnZeroToHundred() {
    ScoringRules percent =
        ScoringRules.builder()
            .minimumAnswered(MinimumAnswered.fraction(0.5))
            .transform(ScoringRules.Transform.PERCENT)
            .build();
    RespondentScores s = Scorer.of(toy, percent).score(r1());
    // a: (13/3 - 1) / (5 - 1) * 100 = 250/3; b: (3 - 1) / 4 * 100 = 50; total: (250/3 + 50) / 2.
    assertThat(s.score("a").orElseThrow().score().getAsDouble())
        .isCloseTo(250.0 / 3, within(1e-9));
    assertThat(s.score("b").orElseThrow().score().getAsDouble()).isCloseTo(50.0, within(1e-9));
    assertThat(s.score("total").orElseThrow().score().getAsDouble())
        .isCloseTo(200.0 / 3, within(1e-9));
  }

  @Test
  void reverseScoringCanBeSwitchedOff() {
    ScoringRules raw =
        ScoringRules.builder()
            .minimumAnswered(MinimumAnswered.count(1))
            .applyReverseScoring(false)
            .build();
    // a: (4 + 5 + 2) / 3 = 11/3 with A3 taken as given.
    assertThat(Scorer.of(toy, raw).score(r1()).score("a").orElseThrow().score().getAsDouble())
        .isCloseTo(11.0 / 3, within(EPS));
  }

  @Test
  void minimumCountIsApplied() {
    ScoringRules all = ScoringRules.meanOf(MinimumAnswered.all());
    // b needs both items, but B2 is non-substantive: no score.
    assertThat(Scorer.of(toy, all).score(r1()).score("b").orElseThrow().reason())
        .hasValue("1 of 2 items answered; the rules need at least 2 of 2 (a fraction 1.0)");
  }

  @Test
  void scoredValueReversesOnlyReverseScoredItems() {
    Scorer scorer = Scorer.of(toy, halfMean);
    assertThat(scorer.scoredValue(toy.item("A3").orElseThrow(), Answer.of(1))).isEqualTo(5.0);
    assertThat(scorer.scoredValue(toy.item("A1").orElseThrow(), Answer.of(1))).isEqualTo(1.0);
    assertThat(scorer.scoredValue(toy.item("B1").orElseThrow(), Answer.nonSubstantive("not_relevant_role")))
        .isNaN();
    assertThat(scorer.scoredValue(toy.item("B1").orElseThrow(), Answer.missing())).isNaN();
  }

  @Test
  void valueOutsideTheScaleNamesItemValueAndRange() {
    Response bad = Response.builder().respondentId("r9").putAnswers("A2", Answer.of(6)).build();
    assertThatThrownBy(() -> Scorer.of(toy, halfMean).score(bad))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "item A2: respondent 'r9': answer is not on the item's scale (value '6');"
                + " allowed: whole numbers 1..5");
  }

  @Test
  void fractionOnAnOrdinalScaleIsRejected() {
    Response bad = Response.builder().respondentId("r9").putAnswers("A1", Answer.of(3.5)).build();
    assertThatThrownBy(() -> Scorer.of(toy, halfMean).score(bad))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("value '3.5'");
  }

  @Test
  void unknownNonSubstantiveCodeIsRejected() {
    Response bad =
        Response.builder()
            .respondentId("r9")
            .putAnswers("B1", Answer.nonSubstantive("not_relevant_stage"))
            .build();
    assertThatThrownBy(() -> Scorer.of(toy, halfMean).score(bad))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "item B1: respondent 'r9': the item's scale has no such non-substantive answer"
                + " (value 'not_relevant_stage'); allowed: whole numbers 1..5, or one of"
                + " [not_relevant_role]");
  }

  @Test
  void unknownItemIsRejected() {
    Response bad = Response.builder().respondentId("r9").putAnswers("Z9", Answer.of(1)).build();
    assertThatThrownBy(() -> Scorer.of(toy, halfMean).score(bad))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("item Z9")
        .hasMessageContaining("allowed: A1, A2, A3, B1, B2, N1")
        // The respondent is named as in every other message about one respondent's answers.
        .hasMessage(
            "item Z9: respondent 'r9': an answer to an item that instrument 'toy' does not have"
                + " (value 'Z9'); allowed: A1, A2, A3, B1, B2, N1");
  }

  @Test
  void aMinimumLargerThanAScaleIsAnErrorUpFront() {
    ScoringRules three = ScoringRules.meanOf(MinimumAnswered.count(3));
    assertThatThrownBy(() -> Scorer.of(toy, three))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale 'b' has 2 members, but the rules need at least 3 of 2 (a count of 3)");
  }

  @Test
  void answersInItemOrderMustMatchTheItemCount() {
    assertThatThrownBy(() -> Scorer.of(toy, halfMean).score("r", Map.of(), new Answer[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected 6 answers in item order, got 2");
  }

  @Test
  void scoringIsOrderFreeAndRepeatable() {
    Scorer scorer = Scorer.of(toy, halfMean);
    Response reordered =
        Response.builder()
            .respondentId("r1")
            .putGroups("site", "X")
            .putAnswers("B2", Answer.nonSubstantive("not_relevant_role"))
            .putAnswers("B1", Answer.of(3))
            .putAnswers("A3", Answer.of(2))
            .putAnswers("A2", Answer.of(5))
            .putAnswers("A1", Answer.of(4))
            .build();
    assertThat(scorer.score(reordered)).isEqualTo(scorer.score(r1()));
  }

  @Test
  void aScaleListedBeforeItsSubscalesGetsItsOwnScore() {
    // The toy instrument with "total" (of a and b) moved first: scores are still reported in the
    // instrument's group order, each under its own scale. With r1 as above: total 11/3 over 2
    // subscales, a 13/3 over 3 items, b 3 over 2 items (worked out in the first test).
    Instrument totalFirst =
        Instrument.builder().from(toy)
            .groups(List.of(toy.groups().get(2), toy.groups().get(0), toy.groups().get(1))).build();
    RespondentScores s = Scorer.of(totalFirst, halfMean).score(r1());
    assertThat(s.scores()).extracting(ScaleScore::scaleId).containsExactly("total", "a", "b");
    assertThat(s.score("total").orElseThrow().score().getAsDouble())
        .isCloseTo(11.0 / 3, within(EPS));
    assertThat(s.score("total").orElseThrow().members()).isEqualTo(2);
    assertThat(s.score("a").orElseThrow().score().getAsDouble()).isCloseTo(13.0 / 3, within(EPS));
    assertThat(s.score("a").orElseThrow().members()).isEqualTo(3);
    assertThat(s.score("b").orElseThrow().score().getAsDouble()).isEqualTo(3.0);
  }
}
