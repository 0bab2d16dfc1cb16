package org.impsci.assessment.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** ValueIndex against a LinkedHashMap numbering values in the order first seen. */
class ValueIndexTest {

  @Test
  void numbersValuesInOrderFirstSeenFromStringsOrCharactersThroughResizes() {
    ValueIndex index = new ValueIndex();
    Map<String, Integer> expected = new LinkedHashMap<>();
    Random random = new Random(11);
    for (int n = 0; n < 5_000; n++) {
      String value = "site-" + random.nextInt(300);
      expected.putIfAbsent(value, expected.size());
      // The value in the middle of a longer text, as a CSV record holds it.
      char[] record = ("x," + value + ",y").toCharArray();
      int got =
          n % 2 == 0
              ? index.of(value)
              : index.of(record, 2, 2 + value.length());
      assertThat(got).as(value).isEqualTo(expected.get(value));
    }
    List<String> values = new ArrayList<>();
    for (int p = 0; p < expected.size(); p++) {
      values.add(index.value(p));
    }
    assertThat(values).containsExactlyElementsOf(expected.keySet());
  }

  @Test
  void valuesWithTheSameHashOrLengthStayApart() {
    ValueIndex index = new ValueIndex();
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat(index.of("Aa")).isZero();
    assertThat(index.of("BB".toCharArray(), 0, 2)).isEqualTo(1);
    assertThat(index.of("")).isEqualTo(2);
    assertThat(index.of("Ab")).isEqualTo(3);
    assertThat(index.of("Aa".toCharArray(), 0, 2)).isZero();
    assertThat(index.of("BB")).isEqualTo(1);
    assertThat(index.value(2)).isEmpty();
  }
}
