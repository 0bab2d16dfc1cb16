package org.impsci.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.Construct;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.testing.HandleAssertions;
import org.impsci.outcomes.CfirOutcomeLink.Stage;
import org.impsci.outcomes.internal.OutcomesFrameworkProvider;
import org.junit.jupiter.api.Test;

/**
 * Proctor et al. 2011's eight implementation outcomes (doi:10.1007/s10488-010-0319-7, Table 1, as
 * reproduced with that citation in doi:10.1177/2633489520936644 Table 1 and other reviews) and the
 * CFIR Outcomes Addendum's Table 1 (doi:10.1186/s13012-021-01181-5: adoptability, implementability
 * and sustainability anticipated; adoption, implementation and sustainment actual).
 */
class ProctorOutcomesTest {

  @Test
  void eightOutcomesInTheOrderOfTable1AndTheHandlesAgree() {
    assertThat(OutcomeFrameworks.proctor().constructs())
        .extracting(Construct::id)
        .containsExactly("acceptability", "adoption", "appropriateness", "feasibility", "fidelity",
            "implementation-cost", "penetration", "sustainability");
    HandleAssertions.assertAgreesWithResource(OutcomeFrameworks.proctor(), ProctorOutcome.values());
    assertThat(OutcomeFrameworks.proctor().constructs()).allSatisfy(c -> {
      assertThat(c.kind()).isEqualTo("implementation-outcome");
      assertThat(c.sources()).singleElement().satisfies(s -> {
        assertThat(s.doi()).hasValue("10.1007/s10488-010-0319-7");
        assertThat(s.locator().orElseThrow()).startsWith("Table 1, row " + c.order());
      });
    });
    assertThat(ProctorOutcome.of("uptake")).isEqualTo(ProctorOutcome.ADOPTION);
    assertThat(ProctorOutcome.find("cost")).contains(ProctorOutcome.IMPLEMENTATION_COST);
    assertThat(ProctorOutcome.find("reach")).isEmpty();
    assertThat(ProctorOutcome.SUSTAINABILITY.parent()).isEmpty();
    assertThat(ProctorOutcome.FIDELITY.ref().toString()).isEqualTo("proctor-outcomes:fidelity");
    assertThatThrownBy(() -> ProctorOutcome.of("spread"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'spread'");
    assertThat(ImpsciJson.write(ProctorOutcome.PENETRATION)).isEqualTo("\"penetration\"");
  }

  @Test
  void registeredThroughTheProvider() {
    assertThat(Frameworks.bundled().get(OutcomeFrameworks.PROCTOR)).isEqualTo(OutcomeFrameworks.proctor());
    assertThat(new OutcomesFrameworkProvider().frameworks())
        .containsExactly(OutcomeFrameworks.proctor(), OutcomeFrameworks.prism());
  }

  @Test
  void theAddendumPlacesEachOutcome() {
    assertThat(OutcomeFrameworks.cfirLinks())
        .extracting(l -> l.outcome().id(), CfirOutcomeLink::stage, l -> l.cfirOutcome().orElse("-"))
        .containsExactly(
            tuple("acceptability", Stage.ANTECEDENT_ASSESSMENT, "-"),
            tuple("adoption", Stage.ANTICIPATED, "adoptability"),
            tuple("adoption", Stage.ACTUAL, "adoption"),
            tuple("appropriateness", Stage.ANTECEDENT_ASSESSMENT, "-"),
            tuple("feasibility", Stage.ANTECEDENT_ASSESSMENT, "-"),
            tuple("fidelity", Stage.ACTUAL, "implementation"),
            tuple("implementation-cost", Stage.NO_COUNTERPART, "-"),
            tuple("penetration", Stage.ACTUAL, "implementation"),
            tuple("sustainability", Stage.ANTICIPATED, "sustainability"),
            tuple("sustainability", Stage.ACTUAL, "sustainment"));
    assertThat(OutcomeFrameworks.cfirLinks()).allSatisfy(l -> assertThat(l.sources()).singleElement()
        .satisfies(s -> {
          assertThat(s.doi()).hasValue("10.1186/s13012-021-01181-5");
          assertThat(s.locator()).isPresent();
        }));
    // Matches that are not the addendum's own words say so.
    assertThat(ProctorOutcome.FIDELITY.cfirLinks().get(0).sources().get(0).locator().orElseThrow())
        .contains("impsci's reading");
    assertThat(ProctorOutcome.SUSTAINABILITY.cfirLinks()).extracting(l -> l.cfirLabel().orElseThrow())
        .containsExactly("Sustainability", "Sustainment");
  }

  @Test
  void aLinkNamesItsCounterpartExactlyWhenItsStageHasOne() {
    CfirOutcomeLink link = OutcomeFrameworks.cfirLinks().get(1);
    assertThat(ImpsciJson.read(ImpsciJson.write(link), CfirOutcomeLink.class, "t")).isEqualTo(link);
    CfirOutcomeLink actual = OutcomeFrameworks.cfirLinks().get(2);
    assertThat(ImpsciJson.read(ImpsciJson.write(actual), CfirOutcomeLink.class, "t")).isEqualTo(actual);
    assertThatThrownBy(() -> CfirOutcomeLink.builder().from(link).stage(Stage.NO_COUNTERPART).build())
        .hasMessageContaining("exactly for ANTICIPATED and ACTUAL");
    assertThatThrownBy(() -> CfirOutcomeLink.builder().from(link).cfirLabel(java.util.Optional.empty()).build())
        .hasMessageContaining("link of 'adoption' at stage ANTICIPATED");
    assertThatThrownBy(() -> CfirOutcomeLink.builder().from(link).cfirOutcome(java.util.Optional.empty()).build())
        .hasMessageContaining("link of 'adoption' at stage ANTICIPATED");
    assertThatThrownBy(() -> CfirOutcomeLink.builder().from(link).cfirDefinition(java.util.Optional.empty()).build())
        .hasMessageContaining("link of 'adoption' at stage ANTICIPATED");
    assertThatThrownBy(() -> CfirOutcomeLink.builder().from(link).sources(List.of()).build())
        .hasMessageContaining("needs a source");
    CfirOutcomeLink none = CfirOutcomeLink.builder().outcome(ProctorOutcome.IMPLEMENTATION_COST)
        .stage(Stage.NO_COUNTERPART).note("n").addSources(link.sources().get(0)).build();
    assertThat(none.cfirOutcome()).isEmpty();
  }
}
