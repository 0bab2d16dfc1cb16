package org.impsci.barriers.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.Test;

/**
 * The default policy against a published table: ratings of CFIR 2009 constructs at four high units
 * and one low unit, and the study's classification, from Table 2 of doi:10.2196/jmir.5091 (rows
 * read; "0 (mix)" written X here, "Missing" M, "External" E).
 */
class DistinguishingPolicyTest {
  private static final List<String> HIGH = List.of("u1", "u2", "u3", "u4");
  private static final List<String> LOW = List.of("u5");

  /** Construct, the five units' ratings, and the published classification ("" for none). */
  private static final String[][] TABLE = {
    {"intervention-characteristics.intervention-source", "E E M M E", ""},
    {"intervention-characteristics.evidence-strength-and-quality", "M M M M M", ""},
    {"intervention-characteristics.relative-advantage", "+2 +2 X +1 0", "WEAKLY"},
    {"intervention-characteristics.adaptability", "+1 +2 +1 +1 +1", "NOT_DISTINGUISHING"},
    {"intervention-characteristics.trialability", "+2 +2 +2 +2 -1", "STRONGLY"},
    {"intervention-characteristics.complexity", "+1 +1 +1 +1 +1", "NOT_DISTINGUISHING"},
    {"intervention-characteristics.design-quality-and-packaging", "+1 +1 +1 -1 0",
        "NOT_DISTINGUISHING"},
    {"intervention-characteristics.cost", "X 0 -1 -2 M", ""},
    {"outer-setting.patient-needs-and-resources", "0 +1 0 0 -1", "WEAKLY"},
    {"inner-setting.structural-characteristics", "0 0 0 0 -1", "WEAKLY"},
    {"inner-setting.networks-and-communications", "+1 X +1 +2 +1", "NOT_DISTINGUISHING"},
    {"inner-setting.culture", "-1 -1 +1 -1 -2", "WEAKLY"},
    {"inner-setting.implementation-climate.tension-for-change", "+1 +1 X +1 -2", "STRONGLY"},
    {"inner-setting.implementation-climate.compatibility", "M +1 X +2 -2", "STRONGLY"},
    {"inner-setting.implementation-climate.relative-priority", "0 M 0 +1 -2", "STRONGLY"},
    {"inner-setting.implementation-climate.organizational-incentives-and-rewards", "0 +1 0 M M",
        ""},
    {"inner-setting.implementation-climate.goals-and-feedback", "M M M X 0",
        "NOT_DISTINGUISHING"},
    {"inner-setting.implementation-climate.learning-climate", "+1 +1 M M +1",
        "NOT_DISTINGUISHING"},
    {"inner-setting.readiness-for-implementation.leadership-engagement", "+1 0 +1 0 +1",
        "NOT_DISTINGUISHING"},
    {"inner-setting.readiness-for-implementation.available-resources", "+2 +2 +2 +2 -1",
        "STRONGLY"},
    {"characteristics-of-individuals.knowledge-and-beliefs", "+2 +2 X +2 -1", "WEAKLY"},
    {"characteristics-of-individuals.self-efficacy", "+1 +1 +2 +2 +1", "NOT_DISTINGUISHING"},
    {"characteristics-of-individuals.individual-stage-of-change", "-1 +2 -1 -1 -1",
        "NOT_DISTINGUISHING"},
  };

  static RatingMatrix matrix() {
    List<ConstructRating> ratings = new ArrayList<>();
    for (String[] row : TABLE) {
      String[] codes = row[1].split(" ");
      for (int u = 0; u < 5; u++) {
        ratings.add(Ratings.rating("u" + (u + 1), "cfir-2009:" + row[0], codes[u]));
      }
    }
    return RatingMatrix.of(ratings);
  }

  @Test
  void theDefaultReproducesThePublishedClassifications() {
    Map<String, String> got =
        DistinguishingPolicy.defaults().classify(matrix(), HIGH, LOW).stream()
            .collect(Collectors.toMap(
                r -> r.target().construct().construct(), r -> r.distinction().name(),
                (a, b) -> a, LinkedHashMap::new));
    for (String[] row : TABLE) {
      // The table leaves a row blank both when it does not distinguish and when data are lacking.
      String expected = row[2].isEmpty() ? "INSUFFICIENT_DATA" : row[2];
      assertThat(got.get(row[0])).as(row[0]).isEqualTo(expected);
    }
  }

  @Test
  void theFiguresBehindAClassificationAreReported() {
    DistinguishingResult relativeAdvantage =
        DistinguishingPolicy.defaults().classify(matrix(), HIGH, LOW).get(2);
    // High: +2 +2 X(=0) +1, mean 1.25; low: 0; gap = 0 - 0 = 0 < 2; mean difference 1.25 >= 1.
    assertThat(relativeAdvantage.highMean()).hasValue(1.25);
    assertThat(relativeAdvantage.lowMean()).hasValue(0.0);
    assertThat(relativeAdvantage.gap()).hasValue(0.0);
    assertThat(relativeAdvantage.distinction()).isEqualTo(Distinction.WEAKLY);
    assertThat(ImpsciJson.read(ImpsciJson.write(relativeAdvantage), DistinguishingResult.class,
        "r")).isEqualTo(relativeAdvantage);
  }

  @Test
  void thresholdsAndMixedHandlingAreConfigurable() {
    DistinguishingPolicy strict =
        DistinguishingPolicy.builder().strongGap(3).mixedAsZero(false).build();
    List<DistinguishingResult> results = strict.classify(matrix(), HIGH, LOW);
    // Trialability: gap 3 still.
    assertThat(results.get(4).distinction()).isEqualTo(Distinction.STRONGLY);
    // Tension for change: high +1 +1 +1 without X, low -2: gap 3.
    assertThat(results.get(12).distinction()).isEqualTo(Distinction.STRONGLY);
    // Relative priority: gap 2 is no longer enough; mean difference 2.33 is weak.
    assertThat(results.get(14).distinction()).isEqualTo(Distinction.WEAKLY);
    // Goals and feedback: its one high rating was X, so no high unit is rated.
    assertThat(results.get(16).distinction()).isEqualTo(Distinction.INSUFFICIENT_DATA);
    assertThat(ImpsciJson.read(ImpsciJson.write(strict), DistinguishingPolicy.class, "p"))
        .isEqualTo(strict);
    assertThat(ImpsciJson.write(DistinguishingPolicy.defaults()))
        .isEqualTo("{\"strongGap\":2.0,\"weakMeanDifference\":1.0,\"minimumRatedPerGroup\":1,"
            + "\"mixedAsZero\":true}");
  }

  @Test
  void badPoliciesAndGroupsAreRejected() {
    assertThatThrownBy(() -> DistinguishingPolicy.builder().strongGap(0).build())
        .hasMessageContaining("must be above 0");
    assertThatThrownBy(
            () -> DistinguishingPolicy.builder().minimumRatedPerGroup(0).build())
        .hasMessageContaining("allowed: 1 or more");
    assertThatThrownBy(() -> DistinguishingPolicy.defaults().classify(matrix(), HIGH, HIGH))
        .hasMessageContaining("both high and low");
    assertThatThrownBy(
            () -> DistinguishingPolicy.defaults().classify(matrix(), HIGH, List.of("u9")))
        .hasMessageContaining("no ratings for site(s) [u9]");
  }
}
