package org.impsci.npt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Frameworks;
import org.junit.jupiter.api.Test;

/**
 * The one construct reference rule on the bundled NPT (npt.json: coherence has the alias CO):
 * ids exactly, aliases ignoring case, and a "did you mean" for a misspelt id.
 */
class ReferenceTest {
  private static final Frameworks BUNDLED = Frameworks.bundled();

  @Test
  void theRegistryResolvesAnAliasAsTheSegmentReaderDoes() {
    assertThat(BUNDLED.resolve("npt:CO").id()).isEqualTo("coherence");
    assertThat(BUNDLED.resolve("npt:co").id()).isEqualTo("coherence");
    assertThat(BUNDLED.reference(" npt:CO ", InputLocation.in("codes.csv")))
        .isEqualTo(ConstructRef.of("npt", "coherence"));
  }

  @Test
  void aMisspeltIdIsNamedWithTheClosestKnownOne() {
    // "coherance" is one substitution from "coherence"; the allowed list is npt.json's ids in order.
    assertThatThrownBy(() -> BUNDLED.reference("npt:coherance", InputLocation.in("codes.csv").withRow(3)))
        .isExactlyInstanceOf(InvalidInputException.class)
        .hasMessage(
            "codes.csv, row 3: framework 'npt' has no construct or alias 'coherance';"
                + " did you mean 'coherence'? (value 'npt:coherance'); allowed: one of coherence,"
                + " cognitive-participation, collective-action, reflexive-monitoring, differentiation,"
                + " communal-specification, individual-specification, internalization, initiation,"
                + " enrolment, legitimation, activation, interactional-workability,"
                + " relational-integration, skill-set-workability, contextual-integration,"
                + " systematization, communal-appraisal, individual-appraisal, reconfiguration");
    // "nptt" is one deletion from "npt" (and two from "enpt"); the list ends with the test
    // framework that this module's tests register, so only its start is asserted.
    assertThatThrownBy(() -> BUNDLED.resolve("nptt:coherence"))
        .isExactlyInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(
            "no framework 'nptt'; did you mean 'npt'? (value 'nptt:coherence');"
                + " allowed: one of enpt, npt, npt-coding-manual");
    // "ntp" is two edits from "npt", too many for a three-letter name: no suggestion.
    assertThatThrownBy(() -> BUNDLED.resolve("ntp:coherence"))
        .hasMessageStartingWith("no framework 'ntp' (value 'ntp:coherence')");
  }
}
