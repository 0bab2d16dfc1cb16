package org.impsci.barriers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.function.Function;
import org.impsci.assessment.framework.ConstructHandle;
import org.impsci.barriers.behaviour.ComBComponent;
import org.impsci.barriers.behaviour.InterventionFunction;
import org.impsci.barriers.behaviour.TdfDomain;
import org.impsci.barriers.strategy.EricCluster;
import org.impsci.barriers.ticd.TicdDomain;
import org.junit.jupiter.api.Test;

/**
 * Every enum handle of barriers-core offers {@code find}: each handle is found by its own id, an
 * unknown id gives empty rather than null or an exception, and {@code find} and {@code of} agree.
 */
class HandleFindTest {

  private static <E extends Enum<E> & ConstructHandle> void findsEveryHandle(
      E[] values, Function<String, Optional<E>> find, Function<String, E> of) {
    for (E handle : values) {
      assertThat(find.apply(handle.id())).as(handle.id()).contains(handle);
      assertThat(of.apply(handle.id())).isSameAs(handle);
    }
    assertThat(find.apply("no-such-construct")).isEmpty();
  }

  @Test
  void everyHandleIsFoundByItsIdAndAnUnknownIdIsEmpty() {
    findsEveryHandle(TdfDomain.values(), TdfDomain::find, TdfDomain::of);
    findsEveryHandle(ComBComponent.values(), ComBComponent::find, ComBComponent::of);
    findsEveryHandle(InterventionFunction.values(), InterventionFunction::find, InterventionFunction::of);
    findsEveryHandle(TicdDomain.values(), TicdDomain::find, TicdDomain::of);
    findsEveryHandle(EricCluster.values(), EricCluster::find, EricCluster::of);
  }

  /** The alias the BCW test already uses (American spelling) is found too. */
  @Test
  void findAcceptsAnAlias() {
    assertThat(InterventionFunction.find("incentivization"))
        .contains(InterventionFunction.INCENTIVISATION);
  }
}
