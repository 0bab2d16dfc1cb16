package org.impsci.parihs;

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
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.Test;

/** Each enum agrees with its JSON resource, in both directions: ids, parents and order. */
class HandlesTest {

  private static <E extends Enum<E>> void agree(
      Framework f,
      E[] values,
      Function<E, String> id,
      Function<E, Optional<E>> parent,
      Function<E, Construct> construct,
      Function<E, ConstructRef> ref) {
    List<String> enumIds = Arrays.stream(values).map(id).collect(Collectors.toList());
    assertThat(enumIds).doesNotHaveDuplicates();
    assertThat(enumIds).containsExactlyInAnyOrderElementsOf(f.constructsById().keySet());
    for (E e : values) {
      Construct c = f.constructsById().get(id.apply(e));
      assertThat(parent.apply(e).map(id)).as(e.name()).isEqualTo(c.parent());
      assertThat(construct.apply(e)).isSameAs(c);
      assertThat(ref.apply(e)).isEqualTo(ConstructRef.of(f.id(), c.id()));
    }
    List<String> depthFirst =
        f.roots().stream()
            .flatMap(r -> Stream.concat(Stream.of(r), f.descendants(r.id()).stream()))
            .map(Construct::id)
            .collect(Collectors.toList());
    assertThat(enumIds).isEqualTo(depthFirst);
  }

  @Test
  void parihsConstructAgreesWithParihsJson() {
    assertThat(ParihsConstruct.values()).hasSize(14);
    agree(
        ParihsFrameworks.parihs(), ParihsConstruct.values(), ParihsConstruct::id,
        ParihsConstruct::parent, ParihsConstruct::construct, ParihsConstruct::ref);
    assertThat(ParihsConstruct.EVIDENCE.children()).hasSize(4);
    assertThat(ParihsConstruct.FACILITATION.children()).hasSize(3);
    assertThat(ParihsConstruct.of("measurement")).isEqualTo(ParihsConstruct.CONTEXT_EVALUATION);
  }

  @Test
  void iParihsConstructAgreesWithIParihsJson() {
    assertThat(IParihsConstruct.values()).hasSize(47);
    agree(
        ParihsFrameworks.iParihs(), IParihsConstruct.values(), IParihsConstruct::id,
        IParihsConstruct::parent, IParihsConstruct::construct, IParihsConstruct::ref);
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
