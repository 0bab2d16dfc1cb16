package org.impsci.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** FirstRows against a HashMap doing the same bookkeeping. */
class FirstRowsTest {

  @Test
  void givesTheFirstRowOfEveryRepeatedIdThroughManyResizes() {
    FirstRows firstRows = new FirstRows();
    Map<String, Long> expected = new HashMap<>();
    Random random = new Random(5);
    int repeats = 0;
    for (long row = 2; row < 200_000; row++) {
      String id = "R" + random.nextInt(150_000);
      Long first = expected.putIfAbsent(id, row);
      long got = firstRows.firstOrAdd(id, row);
      assertThat(got).isEqualTo(first == null ? -1 : first);
      repeats += first == null ? 0 : 1;
    }
    assertThat(repeats).isGreaterThan(10_000);
  }

  @Test
  void idsWithTheSameHashStayApart() {
    FirstRows firstRows = new FirstRows();
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat(firstRows.firstOrAdd("Aa", 2)).isEqualTo(-1);
    assertThat(firstRows.firstOrAdd("BB", 3)).isEqualTo(-1);
    assertThat(firstRows.firstOrAdd("BB", 4)).isEqualTo(3);
    assertThat(firstRows.firstOrAdd("Aa", 5)).isEqualTo(2);
  }
}
