package org.impsci.parihs.orca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.reliability.CaseHandling;
import org.impsci.assessment.scoring.GroupSummary;
import org.impsci.assessment.scoring.RespondentScores;
import org.impsci.assessment.scoring.ScaleScore;
import org.impsci.assessment.survey.CsvLayout;
import org.impsci.assessment.survey.SurveyReport;
import org.junit.jupiter.api.Test;

/** Hand-worked ORCA cases. Every expected number is worked out in the comment above it. */
class OrcaScorerTest {

  /** Every item answered 4, then the given answers laid over. */
  private static Map<String, Answer> allFours(Map<String, Answer> over) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Item item : Orca.instrument().items()) {
      answers.put(item.id(), Answer.of(4));
    }
    answers.putAll(over);
    return answers;
  }

  private static RespondentScores score(OrcaScorer scorer, Map<String, Answer> answers) {
    return scorer.score(
        Response.builder().respondentId("r1").putGroups("site", "S1").putAllAnswers(answers).build());
  }

  private static ScaleScore scale(RespondentScores s, String id) {
    return s.score(id).orElseThrow();
  }

  @Test
  void reverseItemsCountAsSixMinusTheAnswer() {
    // Research Q3a-Q3e = 5, 4, 4, 5, 1: Q3d 5 -> 1 and Q3e 1 -> 5, so (5+4+4+1+5)/5 = 19/5 = 3.8.
    // Clinical experience Q4a-Q4d = 4, 4, 4, 2: Q4d 2 -> 4, so (4+4+4+4)/4 = 4.
    Map<String, Answer> over = new LinkedHashMap<>();
    over.put("Q3a", Answer.of(5));
    over.put("Q3d", Answer.of(5));
    over.put("Q3e", Answer.of(1));
    over.put("Q4d", Answer.of(2));
    RespondentScores s = score(OrcaScorer.full(), allFours(over));
    assertThat(scale(s, "evidence.research").score().getAsDouble()).isCloseTo(3.8, within(1e-12));
    assertThat(scale(s, "evidence.clinical-experience").score().getAsDouble()).isEqualTo(4.0);
    // Evidence scale = mean of its 4 subscales: discord 4, research 3.8, clinical 4, patients 4
    // = 15.8 / 4 = 3.95.
    assertThat(scale(s, "evidence").score().getAsDouble()).isCloseTo(3.95, within(1e-12));
    // Context and facilitation: every item 4, so 4; there is no grand total.
    assertThat(scale(s, "context").score().getAsDouble()).isEqualTo(4.0);
    assertThat(scale(s, "facilitation").score().getAsDouble()).isEqualTo(4.0);
    assertThat(s.scores()).hasSize(22);
    assertThat(s.score("total")).isEmpty();
  }

  @Test
  void aSubscaleNeedsHalfItsItemsAnswered() {
    Map<String, Answer> over = new LinkedHashMap<>();
    // Leadership culture Q6a-c: only Q6a = 2 answered; half of 3 rounded up is 2: no score.
    over.put("Q6a", Answer.of(2));
    over.put("Q6b", Answer.missing());
    over.put("Q6c", Answer.missing());
    // Staff culture Q7a-d: Q7a = 5, Q7b = 3 answered, 2 of 4 is enough: (5+3)/2 = 4.
    over.put("Q7a", Answer.of(5));
    over.put("Q7b", Answer.of(3));
    over.put("Q7c", Answer.missing());
    over.put("Q7d", Answer.missing());
    // Project evaluation Q20a-e: 2 of 5 answered, half of 5 rounded up is 3: no score.
    for (String id : List.of("Q20c", "Q20d", "Q20e")) {
      over.put(id, Answer.missing());
    }
    RespondentScores s = score(OrcaScorer.full(), allFours(over));
    ScaleScore leaderCulture = scale(s, "context.leadership-culture");
    assertThat(leaderCulture.score()).isEmpty();
    assertThat(leaderCulture.reason())
        .hasValueSatisfying(r -> assertThat(r).startsWith("1 of 3 items answered"));
    assertThat(scale(s, "context.staff-culture").score().getAsDouble()).isEqualTo(4.0);
    assertThat(scale(s, "facilitation.project-evaluation").score()).isEmpty();
    // Context = mean of the 5 scored subscales (staff culture 4, four others 4) = 4; 5 of 6 is
    // more than half, so the scale is scored.
    ScaleScore context = scale(s, "context");
    assertThat(context.answered()).isEqualTo(5);
    assertThat(context.score().getAsDouble()).isEqualTo(4.0);
    // Facilitation: 8 of 9 subscales, all 4: 4.
    assertThat(scale(s, "facilitation").score().getAsDouble()).isEqualTo(4.0);
  }

  @Test
  void aScaleNeedsHalfItsSubscalesScored() {
    // Evidence has 4 subscales; leave only discord (Q2a = 2, Q2b = 3) answered: 1 of 4 subscales
    // is below the half (2), so evidence has no score.
    Map<String, Answer> answers = new LinkedHashMap<>();
    answers.put("Q2a", Answer.of(2));
    answers.put("Q2b", Answer.of(3));
    RespondentScores s = score(OrcaScorer.full(), answers);
    assertThat(scale(s, "evidence.discord").score().getAsDouble()).isEqualTo(2.5);
    assertThat(scale(s, "evidence").score()).isEmpty();
    assertThat(scale(s, "evidence").reason())
        .hasValueSatisfying(r -> assertThat(r).startsWith("1 of 4 subscales scored"));
    // Add research Q3a = 5, Q3b = 4, Q3d = 1 (reversed to 5): 3 of 5 answered, (5+4+5)/3 = 14/3.
    // Evidence = (2.5 + 14/3) / 2 = 43/12.
    answers.put("Q3a", Answer.of(5));
    answers.put("Q3b", Answer.of(4));
    answers.put("Q3d", Answer.of(1));
    s = score(OrcaScorer.full(), answers);
    assertThat(scale(s, "evidence.research").score().getAsDouble()).isCloseTo(14.0 / 3, within(1e-12));
    assertThat(scale(s, "evidence").score().getAsDouble()).isCloseTo(43.0 / 12, within(1e-12));
  }

  @Test
  void reducedIgnoresNothingItLacksButRejectsDroppedItems() {
    // In the reduced form evidence = mean of discord, research (Q3a-c) and clinical (Q4a-c).
    // Discord 2, 2 -> 2; research 5, 4, 3 -> 4; clinical 3, 3, 3 -> 3: evidence (2+4+3)/3 = 3.
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (String id : List.of("Q2a", "Q2b")) {
      answers.put(id, Answer.of(2));
    }
    answers.put("Q3a", Answer.of(5));
    answers.put("Q3b", Answer.of(4));
    answers.put("Q3c", Answer.of(3));
    for (String id : List.of("Q4a", "Q4b", "Q4c")) {
      answers.put(id, Answer.of(3));
    }
    RespondentScores s = score(OrcaScorer.reduced(), answers);
    assertThat(scale(s, "evidence").score().getAsDouble()).isEqualTo(3.0);
    assertThat(s.score("evidence.patient-preferences")).isEmpty();
    answers.put("Q5a", Answer.of(4));
    assertThatThrownBy(() -> score(OrcaScorer.reduced(), answers))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("item Q5a")
        .hasMessageContaining("does not have");
  }

  @Test
  void answersOffTheScaleAreRejectedWithItemValueAndRange() {
    assertThatThrownBy(() -> score(OrcaScorer.full(), Map.of("Q7c", Answer.of(6))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "item Q7c: respondent 'r1': answer is not on the item's scale (value '6'); allowed:"
                + " whole numbers 1..5");
  }

  @Test
  void sitesAreAggregatedAndAlphaComputedInOnePass() {
    List<String> ids = Orca.instrument().items().stream().map(Item::id).toList();
    StringBuilder csv = new StringBuilder("id,site," + String.join(",", ids) + "\n");
    // Site A: respondents answering all 4 and all 2; site B: one respondent answering all 5.
    // Reverse items flip: 4 -> 2, 2 -> 4, 5 -> 1. Context has no reverse items, so context is
    // 4 and 2 at site A (mean 3) and 5 at site B.
    csv.append(row("a1", "A", ids.size(), "4")).append(row("a2", "A", ids.size(), "2"))
        .append(row("b1", "B", ids.size(), "5"));
    SurveyReport report =
        OrcaScorer.full()
            .analysis(CsvLayout.builder().respondentIdColumn("id").addGroupColumns("site").build(), ReadMode.STRICT, CaseHandling.LISTWISE)
            .analyse(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "orca.csv");
    assertThat(report.read().scored()).isEqualTo(3);
    GroupSummary contextA =
        report.byGroup().get("site").stream()
            .filter(g -> g.group().orElseThrow().equals("A") && g.scaleId().equals("context"))
            .findFirst().orElseThrow();
    assertThat(contextA.n()).isEqualTo(2);
    assertThat(contextA.mean().getAsDouble()).isEqualTo(3.0);
    // Research for a1: Q3a-c 4, Q3d-e reversed 2: (4+4+4+2+2)/5 = 3.2.
    // Research for b1: Q3a-c 5, Q3d-e 1: (15+2)/5 = 3.4.
    GroupSummary researchB =
        report.byGroup().get("site").stream()
            .filter(g -> g.group().orElseThrow().equals("B") && g.scaleId().equals("evidence.research"))
            .findFirst().orElseThrow();
    assertThat(researchB.mean().getAsDouble()).isCloseTo(3.4, within(1e-12));
    // Alpha per subscale: staff culture items move together across 3 respondents, so alpha = 1.
    assertThat(report.reliability().get("context.staff-culture").alphaRaw().getAsDouble())
        .isCloseTo(1.0, within(1e-12));
    assertThat(report.reliability()).containsKeys("evidence.research", "facilitation");
  }

  private static String row(String id, String site, int n, String value) {
    return id + "," + site + ("," + value).repeat(n) + "\n";
  }
}
