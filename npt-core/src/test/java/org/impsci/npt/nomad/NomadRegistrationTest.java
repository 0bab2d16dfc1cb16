package org.impsci.npt.nomad;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.function.Supplier;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.scoring.Instruments;
import org.impsci.assessment.scoring.PublishedAlpha;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.assessment.scoring.ScoringOption;
import org.impsci.npt.internal.NptInstrumentProvider;
import org.junit.jupiter.api.Test;

/** NoMAD as the instrument registry has it, through npt-core's provider. */
class NomadRegistrationTest {

  @Test
  void registeredWithTheDefaultOptionsAndFinchAlphas() {
    ScoredInstrument nomad = Instruments.bundled().get("nomad");
    assertThat(nomad.instrument()).isEqualTo(Nomad.instrument());
    assertThat(nomad.rules()).isEqualTo(NomadOptions.defaults().rules());
    // Finch et al. 2018 (doi:10.1186/s12874-018-0591-x), as ../shared/REFERENCES.md records them;
    // the 20-item total (.89) is left out because the default instrument has no total scale.
    assertThat(nomad.publishedAlphaByScale())
        .containsExactly(
            Map.entry("coherence", 0.71),
            Map.entry("cognitive-participation", 0.81),
            Map.entry("collective-action", 0.78),
            Map.entry("reflexive-monitoring", 0.65));
    assertThat(nomad.publishedAlpha())
        .allSatisfy(a -> assertThat(a.source().doi()).hasValue("10.1186/s12874-018-0591-x"));
    assertThat(nomad.options())
        .extracting(ScoringOption::id, ScoringOption::value)
        .containsExactly(
            tuple("minimumAnswered", "a fraction 0.5 of a construct's items"),
            tuple("optionB", "not an answer"),
            tuple("reverseScoreCa2", "true"),
            tuple("includeTotal", "false"),
            tuple("generalItems", "reported apart, never scored"));
    assertThat(nomad.instrument().singleItems()).extracting(Item::id).containsExactly("G1", "G2", "G3");
  }

  @Test
  void theTotalOptionBringsTheTotalAlpha() {
    ScoredInstrument withTotal =
        NomadScorer.of(NomadOptions.builder().includeTotal(true).reverseScoreCa2(false).build())
            .scoredInstrument();
    assertThat(withTotal.publishedAlpha())
        .extracting(PublishedAlpha::scaleId, PublishedAlpha::alpha)
        .endsWith(tuple("total", 0.89));
    assertThat(withTotal.rules().applyReverseScoring()).isFalse();
    assertThat(withTotal.options()).contains(
        ScoringOption.of("reverseScoreCa2", "false", NomadOptions.defaults().describe().get(2).rationale()));
  }

  @Test
  void theProviderSuppliesNomadByIdAlone() {
    Map<String, Supplier<ScoredInstrument>> suppliers = new NptInstrumentProvider().suppliers();
    assertThat(suppliers).containsOnlyKeys("nomad");
    assertThat(suppliers.get("nomad").get()).isEqualTo(Instruments.bundled().get("nomad"));
    assertThat(new NptInstrumentProvider().instruments()).containsExactly(suppliers.get("nomad").get());
  }

  @Test
  void itsJsonFormReadsBackEqual() {
    ScoredInstrument nomad = Instruments.bundled().get("nomad");
    String json = ImpsciJson.write(nomad);
    assertThat(Instruments.load(new ByteArrayInputStream(json.getBytes(UTF_8)), "nomad.json"))
        .isEqualTo(nomad);
  }
}
