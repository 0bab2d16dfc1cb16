package org.impsci.assessment.internal.survey;

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

  @Test
  void idsBeyondAsciiThroughManyResizes() {
    FirstRows firstRows = new FirstRows();
    Map<String, Long> expected = new HashMap<>();
    Random random = new Random(7);
    // Prefixes of one and two stored bytes a character, a character 0xFF (the wide marker's own
    // byte value), a surrogate pair, and plain ASCII.
    String[] prefixes = {"R", "\u00e9", "\u00ff", "\u4e2d\u6587", "\ud83d\ude00", ""};
    int repeats = 0;
    for (long row = 2; row < 100_000; row++) {
      String id = prefixes[random.nextInt(prefixes.length)] + random.nextInt(20_000);
      Long first = expected.putIfAbsent(id, row);
      assertThat(firstRows.firstOrAdd(id, row)).isEqualTo(first == null ? -1 : first);
      repeats += first == null ? 0 : 1;
    }
    assertThat(repeats).isGreaterThan(10_000);
  }

  @Test
  void idsWhoseStoredFormsCouldRunTogetherStayApart() {
    // Stored: \u00ff is FF 00 FF, \uffff FF FF FF, "\u00ff\u00ff" FF 00 FF FF 00 FF.
    FirstRows firstRows = new FirstRows();
    String[] ids = {"\u00ff", "\uffff", "\u00ff\u00ff", "\u00ffa", "a\u00ff", "a", "\u0000", "\u007f"};
    for (int i = 0; i < ids.length; i++) {
      assertThat(firstRows.firstOrAdd(ids[i], 10 + i)).as(ids[i]).isEqualTo(-1);
    }
    for (int i = 0; i < ids.length; i++) {
      assertThat(firstRows.firstOrAdd(ids[i], 100 + i)).as(ids[i]).isEqualTo(10 + i);
    }
  }

  @Test
  void rowsBeyondAnIntAreKeptWhole() {
    FirstRows firstRows = new FirstRows();
    assertThat(firstRows.firstOrAdd("a", 2)).isEqualTo(-1);
    assertThat(firstRows.firstOrAdd("max", Integer.MAX_VALUE)).isEqualTo(-1);
    assertThat(firstRows.firstOrAdd("max", 5)).isEqualTo(Integer.MAX_VALUE);
    long far = Integer.MAX_VALUE + 1L;
    assertThat(firstRows.firstOrAdd("far", far)).isEqualTo(-1);
    for (int i = 0; i < 2_000; i++) {
      assertThat(firstRows.firstOrAdd("R" + i, far + 1 + i)).isEqualTo(-1);
    }
    assertThat(firstRows.firstOrAdd("a", far)).isEqualTo(2);
    assertThat(firstRows.firstOrAdd("max", far)).isEqualTo(Integer.MAX_VALUE);
    assertThat(firstRows.firstOrAdd("far", 7)).isEqualTo(far);
    for (int i = 0; i < 2_000; i++) {
      assertThat(firstRows.firstOrAdd("R" + i, 7)).isEqualTo(far + 1 + i);
    }
  }
}
