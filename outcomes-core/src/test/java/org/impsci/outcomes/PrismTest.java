package org.impsci.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.Construct;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.Test;

/**
 * PRISM's contextual domains. Expected counts and names come from Rabin et al. 2022 Table 4
 * (doi:10.1186/s13012-022-01234-3: perspectives on the program with 8 organisational and 7
 * patient elements, recipients with 8 organisational elements; its patient-characteristics rows
 * were not read in full, so none are bundled) and the RE-AIM developers' PRISM FAQ (four
 * contextual domains: perspectives, recipients, external environment, infrastructure).
 */
class PrismTest {

  @Test
  void fourDomainsFourSubdomainsAndTheElementsOfTable4() {
    var prism = OutcomeFrameworks.prism();
    assertThat(prism.id()).isEqualTo("prism");
    assertThat(prism.constructs()).hasSize(31);
    assertThat(prism.constructs()).filteredOn(c -> c.kind().equals("domain"))
        .extracting(Construct::id)
        .containsExactly("perspectives", "recipients", "infrastructure", "external-environment");
    assertThat(children("perspectives")).containsExactly(
        "perspectives.organisational", "perspectives.patient");
    assertThat(children("recipients")).containsExactly(
        "recipients.organisational", "recipients.patient");
    assertThat(children("perspectives.organisational")).hasSize(8)
        .startsWith("perspectives.organisational.readiness")
        .endsWith("perspectives.organisational.observability");
    assertThat(children("perspectives.patient")).hasSize(7)
        .startsWith("perspectives.patient.patient-centredness")
        .endsWith("perspectives.patient.feedback");
    assertThat(children("recipients.organisational")).hasSize(8)
        .startsWith("recipients.organisational.health-and-culture")
        .endsWith("recipients.organisational.sustainability-expectation");
    assertThat(children("recipients.patient")).as("a documented gap").isEmpty();
    assertThat(children("infrastructure")).isEmpty();
    assertThat(children("external-environment")).isEmpty();
  }

  /** Every element is located at its row of Table 4, in order. */
  @Test
  void everyElementNamesItsRowOfTable4() {
    assertThat(OutcomeFrameworks.prism().constructs())
        .filteredOn(c -> c.kind().equals("element"))
        .hasSize(23)
        .allSatisfy(c -> assertThat(c.sources()).singleElement().satisfies(s -> {
          assertThat(s.doi()).hasValue("10.1186/s13012-022-01234-3");
          assertThat(s.locator().orElseThrow()).startsWith("Table 4, element " + c.order() + " of ");
        }));
  }

  @Test
  void theDomainHandlesAgreeWithTheResource() {
    for (PrismDomain d : PrismDomain.values()) {
      Construct c = OutcomeFrameworks.prism().construct(d.id()).orElseThrow();
      assertThat(c.kind()).isEqualTo("domain");
      assertThat(c.order()).isEqualTo(d.ordinal() + 1);
      assertThat(PrismDomain.of(d.id())).isSameAs(d);
      assertThat(PrismDomain.find(d.id())).contains(d);
    }
    assertThat(PrismDomain.find("implementation and sustainability infrastructure"))
        .contains(PrismDomain.INFRASTRUCTURE);
    assertThat(PrismDomain.find("reach")).isEmpty();
    assertThatThrownBy(() -> PrismDomain.of("context"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'context'");
    assertThat(PrismDomain.EXTERNAL_ENVIRONMENT.ref().toString()).isEqualTo("prism:external-environment");
    assertThat(ImpsciJson.write(PrismDomain.RECIPIENTS)).isEqualTo("\"recipients\"");
  }

  @Test
  void registeredThroughTheProvider() {
    assertThat(Frameworks.bundled().get(OutcomeFrameworks.PRISM)).isEqualTo(OutcomeFrameworks.prism());
  }

  private static String[] children(String parent) {
    return OutcomeFrameworks.prism().constructs().stream()
        .filter(c -> c.parent().map(parent::equals).orElse(false))
        .map(Construct::id)
        .toArray(String[]::new);
  }
}
