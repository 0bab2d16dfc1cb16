package org.impsci.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Edit distances worked by hand (kitten to sitting is the textbook 3: k/s, e/i, + g). */
class SuggestionsTest {
  @Test
  void distanceCountsInsertionsDeletionsAndSubstitutionsUpToTheLimit() {
    assertThat(Suggestions.distance("kitten", "sitting", 5)).isEqualTo(3);
    assertThat(Suggestions.distance("kitten", "sitting", 2)).isEqualTo(3);
    assertThat(Suggestions.distance("people", "peple", 2)).isEqualTo(1);
    assertThat(Suggestions.distance("abc", "abc", 0)).isZero();
    assertThat(Suggestions.distance("abc", "abcdef", 2)).isEqualTo(3);
  }

  @Test
  void closestIsTheFirstNearestNameWithinTwoEditsIgnoringCase() {
    List<String> known = List.of("people", "people.skills", "place", "PS");
    assertThat(Suggestions.closest("peple", known)).contains("people");
    assertThat(Suggestions.closest("PLACE", known)).contains("place");
    assertThat(Suggestions.closest("pz", known)).isEmpty(); // 1 edit, but half of a 2-letter text
    assertThat(Suggestions.closest("plaec", known)).contains("place");
    assertThat(Suggestions.closest("resources", known)).isEmpty();
    assertThat(Suggestions.closest("p".repeat(1_000_000), List.of("p".repeat(1_000_000)))).isEmpty();
  }
}
