package org.impsci.barriers.cfir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.testing.HandleAssertions;
import org.junit.jupiter.api.Test;

/** Each enum agrees with its JSON resource in both directions: ids, parents and order. */
class CfirHandlesTest {


  @Test
  void cfir2009ConstructAgreesWithItsResource() {
    assertThat(Cfir2009Construct.values()).hasSize(44);
    HandleAssertions.assertAgreesWithResource(CfirFrameworks.cfir2009(), Cfir2009Construct.values());
    assertThat(Cfir2009Construct.COMPATIBILITY.domain()).isEqualTo(Cfir2009Construct.INNER_SETTING);
    assertThat(Cfir2009Construct.ENGAGING.children()).hasSize(4);
    assertThat(Cfir2009Construct.of("process.executing")).isEqualTo(Cfir2009Construct.EXECUTING);
  }

  @Test
  void cfir20ConstructAgreesWithItsResource() {
    assertThat(Cfir20Construct.values()).hasSize(74);
    HandleAssertions.assertAgreesWithResource(CfirFrameworks.cfir20(), Cfir20Construct.values());
    assertThat(Arrays.stream(Cfir20Construct.values()).filter(Cfir20Construct::isRole)).hasSize(9);
    assertThat(Arrays.stream(Cfir20Construct.values()).filter(Cfir20Construct::isCharacteristic))
        .containsExactly(
            Cfir20Construct.NEED, Cfir20Construct.CAPABILITY, Cfir20Construct.OPPORTUNITY,
            Cfir20Construct.MOTIVATION);
    assertThat(Cfir20Construct.find("motivation")).contains(Cfir20Construct.MOTIVATION);
    assertThat(Cfir20Construct.MARKET_PRESSURE.domain()).isEqualTo(Cfir20Construct.OUTER_SETTING);
  }

  @Test
  void handlesAreTheirIdsInJson() {
    assertThat(ImpsciJson.write(Cfir20Construct.INNOVATION_COMPLEXITY))
        .isEqualTo("\"innovation.complexity\"");
    assertThat(ImpsciJson.read("\"process.executing\"", Cfir2009Construct.class, "test"))
        .isEqualTo(Cfir2009Construct.EXECUTING);
    assertThatThrownBy(() -> Cfir2009Construct.of("process.doing"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("process.doing");
  }
}
