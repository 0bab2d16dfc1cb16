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

  @Test
  void idsThatArePrefixesOfOneAnotherOrEmptyStayApart() {
    FirstRows firstRows = new FirstRows();
    assertThat(firstRows.firstOrAdd("R1", 2)).isEqualTo(-1);
    assertThat(firstRows.firstOrAdd("R12", 3)).isEqualTo(-1);
    assertThat(firstRows.firstOrAdd("", 4)).isEqualTo(-1);
    assertThat(firstRows.firstOrAdd("R", 5)).isEqualTo(-1);
    assertThat(firstRows.firstOrAdd("R12", 6)).isEqualTo(3);
    assertThat(firstRows.firstOrAdd("", 7)).isEqualTo(4);
    assertThat(firstRows.firstOrAdd("R1", 8)).isEqualTo(2);
  }

  @Test
  void longIdsOutgrowTheFirstCharacterStore() {
    FirstRows firstRows = new FirstRows();
    String longId = "x".repeat(10_000);
    assertThat(firstRows.firstOrAdd(longId, 2)).isEqualTo(-1);
    assertThat(firstRows.firstOrAdd(longId + "y", 3)).isEqualTo(-1);
    assertThat(firstRows.firstOrAdd(new String(longId), 4)).isEqualTo(2);
  }
}
