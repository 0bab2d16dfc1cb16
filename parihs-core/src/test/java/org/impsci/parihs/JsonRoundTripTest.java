package org.impsci.parihs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impsci.parihs.iparihs.IParihsConstruct.CONTEXT_LOCAL_CULTURE;
import static org.impsci.parihs.iparihs.IParihsConstruct.INNOVATION_CLARITY;

import java.util.stream.Stream;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.parihs.ParihsOptions.FacilitationRule;
import org.impsci.parihs.iparihs.CharacteristicRating;
import org.impsci.parihs.iparihs.IParihsAssessment;
import org.impsci.parihs.iparihs.IParihsConstruct;
import org.impsci.parihs.iparihs.IParihsPlanning;
import org.impsci.parihs.iparihs.Influence;
import org.impsci.parihs.iparihs.RatingStrength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every value type of the module survives a JSON round trip unchanged. */
class JsonRoundTripTest {

  private static ParihsAssessment parihs() {
    ParihsAssessment.Builder b = ParihsAssessment.builder().site("ward").points(7);
    for (ParihsConstruct c : ParihsConstruct.values()) {
      if (c.parent().isPresent()) {
        b.addPlacements(Placement.of(c, 1 + c.ordinal() % 7, "because " + c.id(), "note " + c.ordinal()));
      }
    }
    return b.build();
  }

  private static IParihsAssessment at(String occasion, Influence influence) {
    return IParihsAssessment.builder()
        .site("A")
        .occasion(occasion)
        .addRatings(
            CharacteristicRating.of(CONTEXT_LOCAL_CULTURE, influence, RatingStrength.MODERATE, "r", "quote"),
            CharacteristicRating.neutral(INNOVATION_CLARITY, "clear enough"))
        .build();
  }

  static Stream<Object> values() {
    ParihsDiagnosis diagnosis =
        ParihsDiagnostics.of(ParihsOptions.withRule(FacilitationRule.IMPSCI_WEAKER_ELEMENTS))
            .diagnose(parihs());
    return Stream.of(
        parihs(),
        parihs().placements().get(0),
        diagnosis,
        diagnosis.summaries().get(0),
        diagnosis.position().orElseThrow(),
        diagnosis.suggestion().orElseThrow(),
        ParihsOptions.withRule(FacilitationRule.IMPSCI_WEAKER_ELEMENTS),
        ParihsFrameworks.continua().get(0),
        at("t0", Influence.BARRIER),
        at("t0", Influence.BARRIER).ratings().get(1),
        IParihsPlanning.plan(at("t0", Influence.BARRIER)),
        IParihsPlanning.plan(at("t0", Influence.BARRIER)).profiles().get(0),
        IParihsPlanning.plan(at("t0", Influence.BARRIER)).focus().get(0),
        IParihsPlanning.compare(at("t0", Influence.BARRIER), at("t1", Influence.ENABLER)),
        IParihsPlanning.compare(at("t0", Influence.BARRIER), at("t1", Influence.ENABLER)).changes().get(0));
  }

  @ParameterizedTest
  @MethodSource("values")
  void roundTrip(Object value) {
    String json = ImpsciJson.write(value);
    Object back = ImpsciJson.read(json, value.getClass(), "round trip");
    assertThat(back).isEqualTo(value);
    assertThat(ImpsciJson.write(back)).isEqualTo(json);
  }
}
