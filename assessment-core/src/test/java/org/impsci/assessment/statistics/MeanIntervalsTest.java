package org.impsci.assessment.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MeanIntervalsTest {
  @Test
  void halfWidthIsRsTTestInterval() {
    // R 4.x: x <- c(4, 3.5, 5, 2.75, 4.25); mean 3.9, sd(x) 0.840386815698581;
    // t.test(x)$conf.int = 2.85652194638197 4.94347805361803, so the half-width is 1.04347805361803.
    double half = MeanIntervals.halfWidth95(5, 0.840386815698581);
    assertThat(3.9 - half).isCloseTo(2.85652194638197, within(1e-12));
    assertThat(3.9 + half).isCloseTo(4.94347805361803, within(1e-12));
    // R: t.test(c(7, 5))$conf.int = -6.70620473617469 18.70620473617469 (t(0.975, 1) = 12.7062...).
    assertThat(MeanIntervals.halfWidth95(2, Math.sqrt(2))).isCloseTo(12.70620473617469, within(1e-10));
  }

  @Test
  void noIntervalWithoutDegreesOfFreedom() {
    assertThat(MeanIntervals.halfWidth95(1, 0)).isNaN();
    assertThat(MeanIntervals.halfWidth95(0, Double.NaN)).isNaN();
  }
}
