package org.impsci.barriers.pcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The class of each combination of direction and effect, worked out by hand from pcatR 1.0.1's
 * documented rules (pcat_classify): neutral is complete whatever valid effect it has, an invalid
 * part makes the answer invalid, an effect without a direction is missing.
 */
class PcatClassTest {
  private static final int NONE = -1;

  @Test
  void everyCombinationHasItsClass() {
    assertThat(PcatClass.of(PcatSide.BARRIER, 1, true)).isEqualTo(PcatClass.STRONG_BARRIER);
    assertThat(PcatClass.of(PcatSide.BARRIER, 0, true)).isEqualTo(PcatClass.WEAK_BARRIER);
    assertThat(PcatClass.of(PcatSide.BARRIER, NONE, true)).isEqualTo(PcatClass.BARRIER_EFFECT_MISSING);
    assertThat(PcatClass.of(PcatSide.NEUTRAL, NONE, true)).isEqualTo(PcatClass.NEUTRAL);
    assertThat(PcatClass.of(PcatSide.NEUTRAL, 1, true)).isEqualTo(PcatClass.NEUTRAL);
    assertThat(PcatClass.of(PcatSide.FACILITATOR, 0, true)).isEqualTo(PcatClass.WEAK_FACILITATOR);
    assertThat(PcatClass.of(PcatSide.FACILITATOR, 1, true)).isEqualTo(PcatClass.STRONG_FACILITATOR);
    assertThat(PcatClass.of(PcatSide.FACILITATOR, NONE, true))
        .isEqualTo(PcatClass.FACILITATOR_EFFECT_MISSING);
    assertThat(PcatClass.of(PcatSide.MISSING, 1, true)).isEqualTo(PcatClass.MISSING);
    assertThat(PcatClass.of(PcatSide.MISSING, NONE, false)).isEqualTo(PcatClass.INVALID);
    assertThat(PcatClass.of(PcatSide.NEUTRAL, NONE, false)).isEqualTo(PcatClass.INVALID);
    assertThat(PcatClass.of(PcatSide.INVALID, 1, true)).isEqualTo(PcatClass.INVALID);
  }

  @Test
  void onlyTheFiveCompleteClassesHaveADisplayCode() {
    assertThat(PcatClass.STRONG_BARRIER.displayCode()).isEqualTo(OptionalInt.of(-2));
    assertThat(PcatClass.WEAK_BARRIER.displayCode()).isEqualTo(OptionalInt.of(-1));
    assertThat(PcatClass.NEUTRAL.displayCode()).isEqualTo(OptionalInt.of(0));
    assertThat(PcatClass.WEAK_FACILITATOR.displayCode()).isEqualTo(OptionalInt.of(1));
    assertThat(PcatClass.STRONG_FACILITATOR.displayCode()).isEqualTo(OptionalInt.of(2));
    assertThat(PcatClass.BARRIER_EFFECT_MISSING.displayCode()).isEmpty();
    assertThat(PcatClass.INVALID.complete()).isFalse();
    assertThat(PcatClass.NEUTRAL.complete()).isTrue();
    assertThat(PcatClass.FACILITATOR_EFFECT_MISSING.code()).isEqualTo("facilitator_effect_missing");
    assertThat(PcatSide.FACILITATOR.code()).isEqualTo("facilitator");
    assertThat(PcatSide.NEUTRAL.valid()).isTrue();
    assertThat(PcatSide.MISSING.valid()).isFalse();
    assertThat(PcatSide.INVALID.valid()).isFalse();
  }
}
