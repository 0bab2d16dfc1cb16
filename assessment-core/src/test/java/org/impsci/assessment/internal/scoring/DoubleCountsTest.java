package org.impsci.assessment.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** DoubleCounts against a TreeMap doing the same counting. */
class DoubleCountsTest {

  @Test
  void countsLikeATreeMapThroughManyResizes() {
    DoubleCounts counts = new DoubleCounts();
    TreeMap<Double, Long> expected = new TreeMap<>();
    Random random = new Random(3);
    for (int i = 0; i < 50_000; i++) {
      double x = random.nextInt(3000) / 7.0;
      counts.add(x, 1);
      expected.merge(x, 1L, Long::sum);
    }
    assertThat(counts.total()).isEqualTo(50_000);
    double[] values = counts.sortedValues();
    assertThat(values).containsExactly(expected.keySet().stream().mapToDouble(Double::doubleValue).toArray());
    for (double x : values) {
      assertThat(counts.count(x)).isEqualTo(expected.get(x));
    }
    assertThat(counts.count(-1)).isZero();
  }

  @Test
  void negativeZeroCountsAsZeroAndAddAllMerges() {
    DoubleCounts a = new DoubleCounts();
    a.add(0.0, 2);
    a.add(-0.0, 1);
    DoubleCounts b = new DoubleCounts();
    b.add(0.0, 4);
    b.add(2.5, 1);
    a.addAll(b);
    assertThat(a.sortedValues()).containsExactly(0.0, 2.5);
    assertThat(a.count(0.0)).isEqualTo(7);
    assertThat(a.total()).isEqualTo(8);
  }

  @Test
  void zeroOccurrencesAddNothingAndNegativeOnesAreRefused() {
    DoubleCounts counts = new DoubleCounts();
    counts.add(1.5, 0);
    assertThat(counts.sortedValues()).isEmpty();
    assertThat(counts.total()).isZero();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> counts.add(1.5, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }
}
