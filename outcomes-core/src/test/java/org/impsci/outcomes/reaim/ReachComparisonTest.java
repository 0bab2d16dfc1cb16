package org.impsci.outcomes.reaim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.Test;

/** Participants against non-participants in one characteristic; every figure worked by hand. */
class ReachComparisonTest {

  private static ReachComparison women(long pWith, long p, long nWith, long n) {
    return ReachComparison.builder()
        .characteristic("female")
        .participantsWith(pWith)
        .participants(p)
        .nonParticipantsWith(nWith)
        .nonParticipants(n)
        .build();
  }

  /**
   * 30 of 50 participants (0.6) against 40 of 100 non-participants (0.4): difference 0.2;
   * variances 0.6 x 0.4 = 0.24 and 0.4 x 0.6 = 0.24, their mean 0.24, square root 0.4898979486,
   * so the standardized difference is 0.2 / 0.4898979486 = 0.4082482905 (by hand).
   */
  @Test
  void proportionsDifferenceAndStandardizedDifferenceByHand() {
    ReachComparison c = women(30, 50, 40, 100);
    assertThat(c.participantProportion().getAsDouble()).isEqualTo(0.6);
    assertThat(c.nonParticipantProportion().getAsDouble()).isEqualTo(0.4);
    assertThat(c.difference().getAsDouble()).isCloseTo(0.2, within(1e-12));
    assertThat(c.standardizedDifference().getAsDouble()).isCloseTo(0.4082482905, within(1e-9));
    assertThat(c.reason()).isEmpty();
  }

  /**
   * Unequal variances: 9 of 10 (0.9, variance 0.09) against 1 of 2 (0.5, variance 0.25); mean
   * variance 0.17, square root 0.4123105626; difference 0.4, standardized 0.9701425001 (by hand).
   * Fewer participants with the characteristic gives the same size with a minus sign.
   */
  @Test
  void unequalVariancesAndTheSignOfTheDifference() {
    ReachComparison c = women(9, 10, 1, 2);
    assertThat(c.difference().getAsDouble()).isCloseTo(0.4, within(1e-12));
    assertThat(c.standardizedDifference().getAsDouble()).isCloseTo(0.9701425001, within(1e-9));
    ReachComparison reversed = women(1, 2, 9, 10);
    assertThat(reversed.difference().getAsDouble()).isCloseTo(-0.4, within(1e-12));
    assertThat(reversed.standardizedDifference().getAsDouble()).isCloseTo(-0.9701425001, within(1e-9));
  }

  @Test
  void noParticipantsOrNoNonParticipantsLeaveEveryFigureAbsentWithTheReason() {
    ReachComparison none = women(0, 0, 4, 10);
    assertThat(none.participantProportion()).isEmpty();
    assertThat(none.nonParticipantProportion().getAsDouble()).isEqualTo(0.4);
    assertThat(none.difference()).isEmpty();
    assertThat(none.standardizedDifference()).isEmpty();
    assertThat(none.reason()).contains("no participants are counted, so their proportion is undefined");
    ReachComparison noOthers = women(3, 10, 0, 0);
    assertThat(noOthers.nonParticipantProportion()).isEmpty();
    assertThat(noOthers.difference()).isEmpty();
    assertThat(noOthers.reason())
        .contains("no non-participants are counted, so their proportion is undefined");
  }

  /** All with the characteristic in both groups, or none in one and all in the other. */
  @Test
  void withoutVariationTheStandardizedDifferenceIsAbsentButTheDifferenceIsNot() {
    ReachComparison same = women(5, 5, 10, 10);
    assertThat(same.difference().getAsDouble()).isEqualTo(0.0);
    assertThat(same.standardizedDifference()).isEmpty();
    assertThat(same.reason()).hasValueSatisfying(r -> assertThat(r).startsWith("neither group varies"));
    ReachComparison opposite = women(0, 5, 10, 10);
    assertThat(opposite.difference().getAsDouble()).isEqualTo(-1.0);
    assertThat(opposite.standardizedDifference()).isEmpty();
  }

  @Test
  void badCountsAreRejectedAtTheBuilder() {
    assertThatThrownBy(() -> women(6, 5, 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reach comparison 'female': participantsWith (6) cannot exceed participants (5)");
    assertThatThrownBy(() -> women(1, 5, 3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reach comparison 'female': nonParticipantsWith (3) cannot exceed nonParticipants (2)");
    assertThatThrownBy(() -> women(-1, 5, 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reach comparison 'female': counts must be 0 or more");
    assertThatThrownBy(() -> women(1, 5, -1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reach comparison 'female': counts must be 0 or more");
    // A negative total is named as such, not as a part above its whole.
    assertThatThrownBy(() -> women(0, -1, 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reach comparison 'female': counts must be 0 or more");
    assertThatThrownBy(() -> women(0, 1, 0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reach comparison 'female': counts must be 0 or more");
    assertThatThrownBy(
            () -> ReachComparison.builder().characteristic(" ").participantsWith(0).participants(0)
                .nonParticipantsWith(0).nonParticipants(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reach comparison: the characteristic must not be blank");
  }

  /** The counts round-trip through JSON; the figures are computed, never stored. */
  @Test
  void jsonHoldsTheCountsOnly() {
    ReachComparison c = women(30, 50, 40, 100);
    String json = ImpsciJson.write(c);
    assertThat(json)
        .isEqualTo("{\"characteristic\":\"female\",\"participantsWith\":30,\"participants\":50,"
            + "\"nonParticipantsWith\":40,\"nonParticipants\":100}");
    assertThat(ImpsciJson.read(json, ReachComparison.class, "test")).isEqualTo(c);
  }
}
