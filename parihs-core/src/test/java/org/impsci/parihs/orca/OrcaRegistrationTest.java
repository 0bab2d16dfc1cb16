package org.impsci.parihs.orca;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.impsci.assessment.scoring.Instruments;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.assessment.scoring.ScoringOption;
import org.impsci.parihs.internal.ParihsInstrumentProvider;
import org.junit.jupiter.api.Test;

/** ORCA and its reduced form as the instrument registry has them, through parihs-core's provider. */
class OrcaRegistrationTest {

  @Test
  void fullOrcaCarriesTheHalfRuleAndHelfrichAlphas() {
    ScoredInstrument orca = Instruments.bundled().get("orca");
    assertThat(orca.instrument()).isEqualTo(Orca.instrument());
    assertThat(orca.rules()).isEqualTo(OrcaScorer.RULES);
    // Helfrich et al. 2009 (doi:10.1186/1748-5908-4-38), as ../shared/REFERENCES.md records them.
    assertThat(orca.publishedAlphaByScale())
        .containsExactly(
            Map.entry("evidence", 0.74), Map.entry("context", 0.85), Map.entry("facilitation", 0.95));
    assertThat(orca.options())
        .extracting(ScoringOption::id)
        .containsExactly("minimumAnswered", "reverseScoring", "total");
    assertThat(orca.instrument().singleItems()).isEmpty();
  }

  @Test
  void theReducedFormHasNoPublishedAlpha() {
    ScoredInstrument reduced = Instruments.bundled().get("orca-reduced");
    assertThat(reduced.instrument()).isEqualTo(Orca.reduced());
    assertThat(reduced.rules()).isEqualTo(OrcaScorer.RULES);
    assertThat(reduced.publishedAlpha()).isEmpty();
  }

  @Test
  void theProviderAndScorersBuildTheSameDirectly() {
    // Called directly, not through the cached registry, so that each call builds anew.
    List<ScoredInstrument> provided = new ParihsInstrumentProvider().instruments();
    assertThat(provided).extracting(ScoredInstrument::id).containsExactly("orca", "orca-reduced");
    assertThat(provided.get(0).publishedAlphaByScale()).containsKeys("evidence", "context", "facilitation");
    Map<String, Supplier<ScoredInstrument>> suppliers = new ParihsInstrumentProvider().suppliers();
    assertThat(suppliers).containsOnlyKeys("orca", "orca-reduced");
    assertThat(suppliers.get("orca").get()).isEqualTo(provided.get(0));
    assertThat(suppliers.get("orca-reduced").get()).isEqualTo(provided.get(1));
    OrcaScorer full = OrcaScorer.full();
    assertThat(full.instrument()).isEqualTo(Orca.instrument());
    assertThat(full.scorer().instrument()).isEqualTo(Orca.instrument());
    assertThat(full.scoredInstrument().publishedAlpha()).hasSize(3);
    // A variant, even one equal to the reduced form, has no published alpha.
    OrcaScorer variant = OrcaScorer.of(Orca.reduced());
    assertThat(variant.instrument()).isEqualTo(Orca.reduced());
    assertThat(variant.scoredInstrument().publishedAlpha()).isEmpty();
    assertThat(variant.scoredInstrument().rules()).isEqualTo(OrcaScorer.RULES);
  }
}
