package org.impsci.outcomes.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.instrument.ItemGroup;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.assessment.scoring.RespondentScores;
import org.impsci.assessment.scoring.ScaleScore;
import org.impsci.assessment.scoring.Scorer;
import org.junit.jupiter.api.Test;

/**
 * The four measures as bundled: item and scale counts as published, and scores worked by hand.
 * Counts: Weiner et al. 2017 (doi:10.1186/s13012-017-0635-3), abstract and discussion: the scales
 * were trimmed to 4 items each; Shea et al. 2014 (doi:10.1186/1748-5908-9-7), abstract: two facets,
 * change commitment and change efficacy; 12 items in all (Storkholm et al. 2018,
 * doi:10.1186/s13012-018-0769-y, abstract), 5 commitment and 7 efficacy items (the 12-item form as
 * reprinted, and ../shared/REFERENCES.md).
 */
class OutcomeMeasureTest {

  @Test
  void itemAndScaleCountsAsPublished() {
    for (OutcomeMeasure m : new OutcomeMeasure[] {OutcomeMeasure.AIM, OutcomeMeasure.IAM, OutcomeMeasure.FIM}) {
      Instrument i = m.instrument();
      assertThat(i.id()).isEqualTo(m.id());
      assertThat(i.items()).as(m.id()).hasSize(4);
      assertThat(i.groups()).extracting(ItemGroup::id).containsExactlyElementsOf(m.scales());
      assertThat(i.groups().get(0).itemIds()).hasSize(4);
      assertThat(i.items()).extracting(Item::id)
          .containsExactly(m.name() + "1", m.name() + "2", m.name() + "3", m.name() + "4");
    }
    Instrument oric = OutcomeMeasure.ORIC.instrument();
    assertThat(oric.items()).hasSize(12);
    assertThat(oric.group("change-commitment").orElseThrow().itemIds()).containsExactly("C1", "C2", "C3", "C4", "C5");
    assertThat(oric.group("change-efficacy").orElseThrow().itemIds()).hasSize(7).startsWith("E1").endsWith("E7");
    assertThat(oric.singleItems()).isEmpty();
    assertThat(OutcomeMeasure.AIM.instrument().group("acceptability").orElseThrow().constructId())
        .hasValue("proctor-outcomes:acceptability");
  }

  @Test
  void everyItemIsAFivePointAgreementItemWithItsSource() {
    for (OutcomeMeasure m : OutcomeMeasure.values()) {
      String doi = m == OutcomeMeasure.ORIC ? "10.1186/1748-5908-9-7" : "10.1186/s13012-017-0635-3";
      for (Item item : m.instrument().items()) {
        assertThat(item.scale().min()).isEqualTo(1);
        assertThat(item.scale().max()).isEqualTo(5);
        assertThat(item.scale().labels()).hasSize(5).containsEntry(3, "neither agree nor disagree");
        assertThat(item.reverseScored()).isFalse();
        assertThat(item.sources()).as(item.id()).singleElement()
            .satisfies(s -> {
              assertThat(s.doi()).hasValue(doi);
              assertThat(s.locator()).isPresent();
            });
      }
    }
    assertThat(OutcomeMeasure.AIM.instrument().items().get(0).scale().labels())
        .containsEntry(1, "completely disagree").containsEntry(5, "completely agree");
    assertThat(OutcomeMeasure.ORIC.instrument().items().get(0).scale().labels())
        .containsEntry(1, "disagree").containsEntry(5, "agree");
    assertThat(OutcomeMeasure.ORIC.instrument().item("E3").orElseThrow().sources().get(0).locator().orElseThrow())
        .contains("numbering assumed by impsci");
  }

  private static Response response(Map<String, Answer> answers) {
    return Response.builder().respondentId("r1").putAllAnswers(answers).build();
  }

  private static double score(RespondentScores scores, String scale) {
    return scores.score(scale).orElseThrow().score().orElseThrow();
  }

  @Test
  void aScaleIsTheMeanOfItsAnsweredItems() {
    Scorer oric = OutcomeMeasure.ORIC.scored(MeasureOptions.defaults()).scorer();
    // By hand: commitment (5 + 4 + 4 + 3 + 5) / 5 = 21 / 5 = 4.2; efficacy answers 4 of 7 items
    // (2 + 3 + 3 + 4) / 4 = 12 / 4 = 3.0, which meets the default of 4 of 7.
    RespondentScores s = oric.score(response(Map.of(
        "C1", Answer.of(5), "C2", Answer.of(4), "C3", Answer.of(4), "C4", Answer.of(3), "C5", Answer.of(5),
        "E1", Answer.of(2), "E2", Answer.of(3), "E4", Answer.of(3), "E7", Answer.of(4))));
    assertThat(score(s, "change-commitment")).isEqualTo(4.2);
    assertThat(score(s, "change-efficacy")).isEqualTo(3.0);
    assertThat(s.scores()).extracting(ScaleScore::scaleId).containsExactly("change-commitment", "change-efficacy");

    Scorer fim = OutcomeMeasure.FIM.scored(MeasureOptions.defaults()).scorer();
    // By hand: FIM2 and FIM4 answered, (2 + 5) / 2 = 3.5; 2 of 4 is half, enough by default.
    assertThat(score(fim.score(response(Map.of("FIM2", Answer.of(2), "FIM4", Answer.of(5)))), "feasibility"))
        .isEqualTo(3.5);
    // One of 4 is too few: no score, with the reason.
    ScaleScore none = fim.score(response(Map.of("FIM1", Answer.of(5)))).score("feasibility").orElseThrow();
    assertThat(none.score()).isEmpty();
    assertThat(none.reason()).isPresent();
  }

  @Test
  void allAnsweredIsAnOption() {
    MeasureOptions all = MeasureOptions.builder().minimumAnswered(MinimumAnswered.all()).build();
    Scorer aim = OutcomeMeasure.AIM.scored(all).scorer();
    // By hand: (4 + 4 + 5 + 3) / 4 = 4.0 with every item; with 3 of 4 there is no score.
    Map<String, Answer> four = Map.of("AIM1", Answer.of(4), "AIM2", Answer.of(4), "AIM3", Answer.of(5), "AIM4", Answer.of(3));
    assertThat(score(aim.score(response(four)), "acceptability")).isEqualTo(4.0);
    Map<String, Answer> three = Map.of("AIM1", Answer.of(4), "AIM2", Answer.of(4), "AIM3", Answer.of(5));
    assertThat(aim.score(response(three)).score("acceptability").orElseThrow().score()).isEmpty();
    assertThat(OutcomeMeasure.AIM.scored(all).options().get(1).value()).isEqualTo("a fraction 1.0 of a scale's items");
  }

  @Test
  void anAnswerOffTheScaleIsRefusedNamingTheItem() {
    Scorer iam = OutcomeMeasure.IAM.scored(MeasureOptions.defaults()).scorer();
    assertThatThrownBy(() -> iam.score(response(Map.of("IAM3", Answer.of(6)))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("IAM3")
        .hasMessageContaining("1..5");
  }
}
