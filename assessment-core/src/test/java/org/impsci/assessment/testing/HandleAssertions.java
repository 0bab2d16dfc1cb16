package org.impsci.assessment.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.impsci.assessment.framework.Construct;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.HierarchicalHandle;

/** Checks that a framework module's enum handles agree with its bundled JSON resource. */
public final class HandleAssertions {
  private HandleAssertions() {}

  /**
   * Asserts that the handles are exactly the constructs of {@code f}, the bundled resource, in
   * both directions, in the tree's depth-first order, each with the same parent, construct,
   * reference and framework.
   */
  public static <E extends Enum<E> & HierarchicalHandle<E>> void assertAgreesWithResource(
      Framework f, E[] values) {
    List<String> enumIds = Arrays.stream(values).map(HierarchicalHandle::id).toList();
    assertThat(enumIds).doesNotHaveDuplicates();
    assertThat(enumIds).containsExactlyInAnyOrderElementsOf(f.constructsById().keySet());
    List<String> depthFirst =
        f.roots().stream()
            .flatMap(r -> Stream.concat(Stream.of(r), f.descendants(r.id()).stream()))
            .map(Construct::id)
            .toList();
    assertThat(enumIds).isEqualTo(depthFirst);
    for (E e : values) {
      Construct c = f.constructsById().get(e.id());
      assertThat(c).as(e.name()).isNotNull();
      assertThat(e.framework()).as(e.name()).isSameAs(f);
      assertThat(e.construct()).as(e.name()).isSameAs(c);
      assertThat(e.parent().map(HierarchicalHandle::id)).as(e.name()).isEqualTo(c.parent());
      assertThat(e.ref()).as(e.name()).isEqualTo(ConstructRef.of(f.id(), c.id()));
    }
  }
}
