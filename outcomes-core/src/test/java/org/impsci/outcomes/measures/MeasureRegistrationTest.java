package org.impsci.outcomes.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.scoring.Instruments;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.assessment.scoring.ScoringOption;
import org.impsci.outcomes.internal.OutcomesInstrumentProvider;
import org.junit.jupiter.api.Test;

/** The measures as the instrument registry has them, through outcomes-core's provider. */
class MeasureRegistrationTest {

  @Test
  void theRegistryHasAllFourWithTheDefaultRules() {
    for (OutcomeMeasure m : OutcomeMeasure.values()) {
      ScoredInstrument scored = Instruments.bundled().get(m.id());
      assertThat(scored.instrument()).isEqualTo(m.instrument());
      assertThat(scored.rules().minimumAnswered()).isEqualTo(MinimumAnswered.fraction(0.5));
      assertThat(scored.rules().applyReverseScoring()).isTrue();
      // No per-scale alpha could be confirmed against the papers, so none is bundled.
      assertThat(scored.publishedAlpha()).isEmpty();
      assertThat(scored.options())
          .extracting(ScoringOption::id, ScoringOption::value)
          .containsExactly(
              tuple("score", "the mean of a scale's answered items (1-5)"),
              tuple("minimumAnswered", "a fraction 0.5 of a scale's items"),
              tuple("total", "none"));
    }
    assertThat(new OutcomesInstrumentProvider().instruments())
        .extracting(ScoredInstrument::id)
        .containsExactly("aim", "iam", "fim", "oric");
    // Supplied by id in the same order, each built only when asked for, equal to the built one.
    assertThat(new OutcomesInstrumentProvider().suppliers().entrySet())
        .extracting(e -> e.getKey(), e -> e.getValue().get())
        .containsExactly(
            tuple("aim", OutcomeMeasure.AIM.scored(MeasureOptions.defaults())),
            tuple("iam", OutcomeMeasure.IAM.scored(MeasureOptions.defaults())),
            tuple("fim", OutcomeMeasure.FIM.scored(MeasureOptions.defaults())),
            tuple("oric", OutcomeMeasure.ORIC.scored(MeasureOptions.defaults())));
  }

  @Test
  void optionsAndScoredInstrumentsReadBackEqual() {
    MeasureOptions options = MeasureOptions.builder().minimumAnswered(MinimumAnswered.count(3)).build();
    String json = ImpsciJson.write(options);
    assertThat(json).isEqualTo("{\"minimumAnswered\":{\"kind\":\"COUNT\",\"value\":3.0}}");
    assertThat(ImpsciJson.read(json, MeasureOptions.class, "test")).isEqualTo(options);
    ScoredInstrument oric = OutcomeMeasure.ORIC.scored(options);
    assertThat(ImpsciJson.read(ImpsciJson.write(oric), ScoredInstrument.class, "test")).isEqualTo(oric);
    assertThat(MeasureOptions.defaults()).isEqualTo(MeasureOptions.builder().build());
  }
}
