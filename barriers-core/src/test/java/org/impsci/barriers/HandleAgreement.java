package org.impsci.barriers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.impsci.assessment.framework.Construct;
import org.impsci.assessment.framework.Framework;

/** Asserts that an enum of handles names exactly the constructs of one kind, in order. */
public final class HandleAgreement {
  private HandleAgreement() {}

  /** Enum ids equal, in order, the ids of the framework's constructs of this kind. */
  public static <E extends Enum<E>> void agree(
      Framework f, String kind, E[] values, Function<E, String> id, Function<String, E> of) {
    List<String> fromJson = f.constructs().stream()
        .filter(c -> c.kind().equals(kind))
        .map(Construct::id)
        .collect(Collectors.toList());
    assertThat(Arrays.stream(values).map(id)).containsExactlyElementsOf(fromJson);
    for (E e : values) {
      assertThat(of.apply(id.apply(e))).isSameAs(e);
    }
  }
}
