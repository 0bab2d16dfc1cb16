package org.impsci.npt.nomad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.assessment.scoring.ScaleScore;
import org.junit.jupiter.api.Test;

/** Hand-worked NoMAD cases. Every expected number is worked out in the comment above it. */
class NomadScorerTest {

  /** Option A everywhere: CO 4 4 5 3; CP 5 5 4 4; CA 4 2 4 3 3 2 2; RM 3 4 4 5 4; G1 7, G3 10. */
  private static Map<String, Answer> full() {
    Map<String, Answer> answers = new LinkedHashMap<>();
    put(answers, "CO", 4, 4, 5, 3);
    put(answers, "CP", 5, 5, 4, 4);
    put(answers, "CA", 4, 2, 4, 3, 3, 2, 2);
    put(answers, "RM", 3, 4, 4, 5, 4);
    answers.put("G1", Answer.of(7));
    answers.put("G3", Answer.of(10));
    return answers;
  }

  private static void put(Map<String, Answer> answers, String prefix, int... values) {
    for (int i = 0; i < values.length; i++) {
      answers.put(prefix + (i + 1), Answer.of(values[i]));
    }
  }

  private static Response response(Map<String, Answer> answers) {
    return Response.builder()
        .respondentId("p01")
        .putGroups("site", "H01")
        .putAllAnswers(answers)
        .build();
  }

  private static ScaleScore construct(NomadScores s, String id) {
    return s.constructs().score(id).orElseThrow();
  }

  private static double value(NomadScores s, String id) {
    return construct(s, id).score().getAsDouble();
  }

  @Test
  void optionAConstructMeansWithCa2Reversed() {
    NomadScores s = NomadScorer.withDefaults().score(response(full()));
    // coherence (4+4+5+3)/4 = 4; cognitive participation (5+5+4+4)/4 = 4.5.
    assertThat(value(s, "coherence")).isEqualTo(4.0);
    assertThat(value(s, "cognitive-participation")).isEqualTo(4.5);
    // collective action with CA2 = 2 reversed to 6 - 2 = 4: (4+4+4+3+3+2+2)/7 = 22/7.
    assertThat(value(s, "collective-action")).isCloseTo(22.0 / 7, within(1e-12));
    // reflexive monitoring (3+4+4+5+4)/5 = 4.
    assertThat(value(s, "reflexive-monitoring")).isEqualTo(4.0);
    assertThat(s.constructs().scores()).hasSize(4);
    // Profile, strongest first: CP 4.5; CO 4 and RM 4 in reporting order; CA 22/7.
    assertThat(s.profile().order())
        .containsExactly(
            "cognitive-participation", "coherence", "reflexive-monitoring", "collective-action");
  }

  @Test
  void generalItemsAreReportedApartAndEnterNoConstruct() {
    NomadScores s = NomadScorer.withDefaults().score(response(full()));
    assertThat(s.general()).containsExactly(Map.entry("G1", 7.0), Map.entry("G3", 10.0));
    Map<String, Answer> changed = full();
    changed.put("G1", Answer.of(0));
    changed.put("G2", Answer.of(0));
    NomadScores other = NomadScorer.withDefaults().score(response(changed));
    assertThat(other.constructs()).isEqualTo(s.constructs());
  }

  @Test
  void reverseScoringOfCa2CanBeSwitchedOff() {
    NomadOptions raw = NomadOptions.builder().reverseScoreCa2(false).build();
    assertThat(NomadScorer.of(raw).options()).isEqualTo(raw);
    assertThat(NomadScorer.withDefaults().options().reverseScoreCa2()).isTrue();
    // CA2 = 2 taken as given: (4+2+4+3+3+2+2)/7 = 20/7.
    assertThat(value(NomadScorer.of(raw).score(response(full())), "collective-action"))
        .isCloseTo(20.0 / 7, within(1e-12));
  }

  @Test
  void eachOptionBReasonIsCountedAndNeverScoredAsLowAgreement() {
    Map<String, Answer> answers = full();
    answers.put("CP1", Answer.nonSubstantive("not_relevant_stage"));
    answers.put("CP2", Answer.nonSubstantive("not_relevant_role"));
    answers.put("RM1", Answer.nonSubstantive("not_relevant_intervention"));
    answers.put("RM2", Answer.nonSubstantive("not_relevant_role"));
    NomadScores s = NomadScorer.withDefaults().score(response(answers));
    // CP: 4 and 4 remain; 2 of 4 answered meets "at least half": (4+4)/2 = 4.
    ScaleScore cp = construct(s, "cognitive-participation");
    assertThat(cp.score().getAsDouble()).isEqualTo(4.0);
    assertThat(cp.answered()).isEqualTo(2);
    assertThat(cp.nonSubstantiveCodes())
        .containsExactly(Map.entry("not_relevant_role", 1), Map.entry("not_relevant_stage", 1));
    // RM: 4, 5, 4 remain: 13/3 (had the two been scored as 1s the mean would be 11/5).
    ScaleScore rm = construct(s, "reflexive-monitoring");
    assertThat(rm.score().getAsDouble()).isCloseTo(13.0 / 3, within(1e-12));
    assertThat(rm.nonSubstantiveCodes())
        .containsExactly(Map.entry("not_relevant_intervention", 1), Map.entry("not_relevant_role", 1));
  }

  @Test
  void tooFewAnsweredItemsGiveNoConstructScore() {
    Map<String, Answer> answers = full();
    answers.put("CO1", Answer.nonSubstantive("not_relevant_stage"));
    answers.put("CO2", Answer.nonSubstantive("not_relevant_role"));
    answers.remove("CO3");
    // Coherence: only CO4 = 3 answered; the default needs 2 of 4.
    ScaleScore co = construct(NomadScorer.withDefaults().score(response(answers)), "coherence");
    assertThat(co.score()).isEmpty();
    assertThat(co.reason())
        .hasValue("1 of 4 items answered; the rules need at least 2 of 4 (a fraction 0.5)");
    assertThat(co.missing()).isEqualTo(1);
    assertThat(co.nonSubstantive()).isEqualTo(2);
    // With a minimum of one item, coherence is CO4 alone: 3.
    NomadOptions one = NomadOptions.builder().minimumAnswered(MinimumAnswered.count(1)).build();
    assertThat(value(NomadScorer.of(one).score(response(answers)), "coherence")).isEqualTo(3.0);
  }

  @Test
  void totalOnlyWhenAskedFor() {
    NomadOptions withTotal = NomadOptions.builder().includeTotal(true).build();
    NomadScores s = NomadScorer.of(withTotal).score(response(full()));
    // Sum of the 20 scored items: 16 + 18 + 22 + 20 = 76 (CA2 reversed); 76 / 20 = 3.8.
    assertThat(value(s, "total")).isCloseTo(3.8, within(1e-12));
    assertThat(construct(s, "total").members()).isEqualTo(20);
    assertThat(s.profile().order()).doesNotContain("total");
    assertThat(NomadScorer.withDefaults().score(response(full())).constructs().score("total"))
        .isEmpty();
  }

  @Test
  void valueSixIsRejectedWithItemAndRange() {
    Map<String, Answer> answers = full();
    answers.put("CA3", Answer.of(6));
    assertThatThrownBy(() -> NomadScorer.withDefaults().score(response(answers)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "item CA3: respondent 'p01': answer is not on the item's scale (value '6'); allowed:"
                + " whole numbers 1..5, or one of [not_relevant_stage, not_relevant_role,"
                + " not_relevant_intervention]");
  }

  @Test
  void generalItemAboveTenIsRejected() {
    Map<String, Answer> answers = full();
    answers.put("G2", Answer.of(11));
    assertThatThrownBy(() -> NomadScorer.withDefaults().score(response(answers)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("item G2")
        .hasMessageContaining("allowed: whole numbers 0..10");
  }

  @Test
  void unknownItemIdIsRejected() {
    Map<String, Answer> answers = full();
    answers.put("CO5", Answer.of(3));
    assertThatThrownBy(() -> NomadScorer.withDefaults().score(response(answers)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("item CO5")
        .hasMessageContaining("does not have");
  }

  @Test
  void jsonRoundTrip() {
    NomadScores s = NomadScorer.withDefaults().score(response(full()));
    assertThat(ImpsciJson.read(ImpsciJson.write(s), NomadScores.class, "s")).isEqualTo(s);
    NomadOptions o =
        NomadOptions.builder()
            .minimumAnswered(MinimumAnswered.count(2))
            .reverseScoreCa2(false)
            .includeTotal(true)
            .build();
    assertThat(ImpsciJson.read(ImpsciJson.write(o), NomadOptions.class, "o")).isEqualTo(o);
    assertThat(ImpsciJson.read("{}", NomadOptions.class, "defaults")).isEqualTo(NomadOptions.defaults());
  }
}
