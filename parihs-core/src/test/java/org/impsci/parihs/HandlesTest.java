package org.impsci.parihs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.testing.HandleAssertions;
import org.impsci.parihs.iparihs.IParihsConstruct;
import org.junit.jupiter.api.Test;

/** Each enum agrees with its JSON resource, in both directions: ids, parents and order. */
class HandlesTest {


  @Test
  void parihsConstructAgreesWithParihsJson() {
    assertThat(ParihsConstruct.values()).hasSize(14);
    HandleAssertions.assertAgreesWithResource(ParihsFrameworks.parihs(), ParihsConstruct.values());
    assertThat(ParihsConstruct.EVIDENCE.children()).hasSize(4);
    assertThat(ParihsConstruct.FACILITATION.children()).hasSize(3);
    assertThat(ParihsConstruct.of("measurement")).isEqualTo(ParihsConstruct.CONTEXT_EVALUATION);
  }

  @Test
  void iParihsConstructAgreesWithIParihsJson() {
    assertThat(IParihsConstruct.values()).hasSize(47);
    HandleAssertions.assertAgreesWithResource(ParihsFrameworks.iParihs(), IParihsConstruct.values());
    assertThat(IParihsConstruct.CONTEXT_LOCAL_CULTURE.parent())
        .contains(IParihsConstruct.CONTEXT_LOCAL);
    assertThat(IParihsConstruct.CONTEXT_ORGANISATIONAL_CULTURE.ref().toString())
        .isEqualTo("i-parihs:context.organisational.culture");
  }

  @Test
  void handlesAreTheirIdsInJsonAndUnknownIdsAreNamed() {
    assertThat(ImpsciJson.write(IParihsConstruct.RECIPIENTS_MOTIVATION))
        .isEqualTo("\"recipients.motivation\"");
    assertThat(ImpsciJson.read("\"compatibility\"", IParihsConstruct.class, "t"))
        .isEqualTo(IParihsConstruct.INNOVATION_DEGREE_OF_FIT);
    assertThatThrownBy(() -> ParihsConstruct.of("evidence.hunch"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no construct or alias 'evidence.hunch'")
        .hasMessageContaining("evidence.research");
  }
}
