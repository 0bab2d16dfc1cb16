package org.impsci.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The minimum-answered rule, with counts worked out by hand. */
class MinimumAnsweredTest {

  @Test
  void fractionsRoundUp() {
    // half of 3 = 1.5 -> 2; half of 4 = 2; half of 7 = 3.5 -> 4; 0.8 of 5 = 4.
    assertThat(MinimumAnswered.fraction(0.5).requiredOf(3)).isEqualTo(2);
    assertThat(MinimumAnswered.fraction(0.5).requiredOf(4)).isEqualTo(2);
    assertThat(MinimumAnswered.fraction(0.5).requiredOf(7)).isEqualTo(4);
    assertThat(MinimumAnswered.fraction(0.8).requiredOf(5)).isEqualTo(4);
    assertThat(MinimumAnswered.all().requiredOf(6)).isEqualTo(6);
  }

  @Test
  void atLeastOneAnswerIsAlwaysNeeded() {
    assertThat(MinimumAnswered.fraction(0.1).requiredOf(3)).isEqualTo(1);
  }

  @Test
  void countsAreTakenAsGiven() {
    assertThat(MinimumAnswered.count(2).requiredOf(5)).isEqualTo(2);
  }

  @Test
  void badValuesAreRejected() {
    assertThatThrownBy(() -> MinimumAnswered.count(0))
        .hasMessage("a minimum count must be a whole number >= 1, got 0.0");
    assertThatThrownBy(() -> MinimumAnswered.fraction(0))
        .hasMessage("a minimum fraction must lie in (0, 1], got 0.0");
    assertThatThrownBy(() -> MinimumAnswered.fraction(1.5))
        .hasMessage("a minimum fraction must lie in (0, 1], got 1.5");
  }
}
