package org.impsci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cached score text is always what Double.toString writes, however slots collide. */
class ScoreTextTest {

  @Test
  void noScoreIsBlank() {
    assertThat(new ScoreText().of(Double.NaN)).isEmpty();
  }

  @Test
  void everyTextEqualsDoubleToStringOnFirstAndRepeatedUse() {
    ScoreText text = new ScoreText();
    // 20,000 distinct values over 1,024 slots: most slots are shared and overwritten.
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 20_000; i++) {
        double x = i / 7.0;
        assertThat(text.of(x)).isEqualTo(Double.toString(x));
      }
    }
    assertThat(text.of(3.75)).isEqualTo("3.75");
    assertThat(text.of(-0.0)).isEqualTo("-0.0");
    assertThat(text.of(0.0)).isEqualTo("0.0");
  }
}
