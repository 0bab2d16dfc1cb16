package org.impsci.barriers.cfir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.Construct;
import org.impsci.assessment.framework.ConstructHandle;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.Test;

/** Each enum agrees with its JSON resource in both directions: ids, parents and order. */
class CfirHandlesTest {

  private static <E extends Enum<E> & ConstructHandle> void agree(
      Framework f, E[] values, Function<E, Optional<E>> parent) {
    List<String> enumIds = Arrays.stream(values).map(ConstructHandle::id).collect(Collectors.toList());
    List<String> depthFirst =
        f.roots().stream()
            .flatMap(r -> Stream.concat(Stream.of(r), f.descendants(r.id()).stream()))
            .map(Construct::id)
            .collect(Collectors.toList());
    assertThat(enumIds).isEqualTo(depthFirst);
    for (E e : values) {
      Construct c = e.construct();
      assertThat(c).isSameAs(f.constructsById().get(e.id()));
      assertThat(parent.apply(e).map(ConstructHandle::id)).as(e.name()).isEqualTo(c.parent());
      assertThat(e.ref()).isEqualTo(ConstructRef.of(f.id(), c.id()));
      assertThat(e.framework()).isSameAs(f);
    }
  }

  @Test
  void cfir2009ConstructAgreesWithItsResource() {
    assertThat(Cfir2009Construct.values()).hasSize(44);
    agree(CfirFrameworks.cfir2009(), Cfir2009Construct.values(), Cfir2009Construct::parent);
    assertThat(Cfir2009Construct.COMPATIBILITY.domain()).isEqualTo(Cfir2009Construct.INNER_SETTING);
    assertThat(Cfir2009Construct.ENGAGING.children()).hasSize(4);
    assertThat(Cfir2009Construct.of("process.executing")).isEqualTo(Cfir2009Construct.EXECUTING);
  }

  @Test
  void cfir20ConstructAgreesWithItsResource() {
    assertThat(Cfir20Construct.values()).hasSize(74);
    agree(CfirFrameworks.cfir20(), Cfir20Construct.values(), Cfir20Construct::parent);
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
