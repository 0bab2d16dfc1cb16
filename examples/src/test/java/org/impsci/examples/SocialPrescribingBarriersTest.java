package org.impsci.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.barriers.cfir.Cfir20Construct;
import org.impsci.barriers.cfir.CfirFrameworks;
import org.impsci.barriers.rating.ConstructRating;
import org.impsci.barriers.rating.Distinction;
import org.impsci.barriers.rating.DistinguishingResult;
import org.impsci.barriers.strategy.RankedStrategy;
import org.junit.jupiter.api.Test;

/**
 * Runs example 2 and recomputes by hand what it found: the distinction of each theme from the
 * ratings, the CFIR 2.0 barriers from the mapping file, and the strategy sums from the published
 * endorsement table as bundled (raw JSON, not read through the library).
 */
class SocialPrescribingBarriersTest {

  @Test
  void distinctionsBarriersAndTopStrategyMatchAHandComputation() throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    SocialPrescribingBarriers.Result result =
        SocialPrescribingBarriers.run(new PrintStream(printed, true, StandardCharsets.UTF_8));
    String text = printed.toString(StandardCharsets.UTF_8);

    // Reproducible: the same seed gives the same ratings; 8 themes at 8 practices.
    assertThat(result.matrix().ratings()).hasSize(64)
        .isEqualTo(SocialPrescribingBarriers.ratings(result.themes(), SocialPrescribingBarriers.SEED).ratings());
    assertThat(result.themes().constructs()).hasSize(8);

    // Distinctions by hand: ordinal ratings only (M does not count); strongly when the lowest high
    // rating is at least 2 above the highest low one, weakly when the means differ by at least 1.
    List<String> distinguishing = new ArrayList<>();
    for (DistinguishingResult d : result.distinctions()) {
      List<Integer> high = scores(result, d, SocialPrescribingBarriers.HIGH);
      List<Integer> low = scores(result, d, SocialPrescribingBarriers.LOW);
      double highMean = high.stream().mapToInt(i -> i).average().orElseThrow();
      double lowMean = low.stream().mapToInt(i -> i).average().orElseThrow();
      int gap = high.stream().mapToInt(i -> i).min().orElseThrow() - low.stream().mapToInt(i -> i).max().orElseThrow();
      Distinction expected = gap >= 2 ? Distinction.STRONGLY
          : highMean - lowMean >= 1 ? Distinction.WEAKLY : Distinction.NOT_DISTINGUISHING;
      String theme = d.target().construct().construct();
      assertThat(d.distinction()).as(theme).isEqualTo(expected);
      assertThat(d.highMean().getAsDouble()).as(theme).isCloseTo(highMean, within(1e-12));
      assertThat(d.lowMean().getAsDouble()).as(theme).isCloseTo(lowMean, within(1e-12));
      assertThat(text).containsPattern(theme + " +" + expected + " +high +" + format(highMean) + ", low +" + format(lowMean));
      if (expected != Distinction.NOT_DISTINGUISHING) {
        distinguishing.add(theme);
      }
    }
    // With seed 208, the four themes the generator pushes apart are the ones found.
    assertThat(distinguishing).containsExactly(
        "partnership-working", "inconsistent-implementation", "referral-pathways", "training-gaps");

    // CFIR 2.0 barriers from the example's mapping file, read as plain JSON.
    JsonNode mapping;
    try (InputStream in = SocialPrescribingBarriers.class.getResourceAsStream("social-prescribing-cfir.json")) {
      mapping = ImpsciJson.mapper().readTree(in);
    }
    assertThat(mapping.at("/source/citation").asText()).contains("this example's own mapping").contains("not a published");
    Set<String> cfir2 = new LinkedHashSet<>();
    for (JsonNode theme : mapping.get("themes")) {
      if (distinguishing.contains(theme.get("theme").asText())) {
        theme.get("cfir").forEach(c -> cfir2.add(c.asText()));
      }
    }
    assertThat(result.barriers()).extracting(ConstructRef::construct).containsExactlyElementsOf(cfir2);

    // Strategy sums from the bundled endorsement table (raw JSON) over the CFIR 2009 constructs
    // the crosswalk gives; ties broken as the matcher does (Level 1 count, Level 2 count, id).
    Set<String> cfir2009 = new LinkedHashSet<>();
    for (String c : cfir2) {
      CfirFrameworks.crosswalk().to2009(Cfir20Construct.of(c)).to().forEach(r -> cfir2009.add(r.toString()));
    }
    JsonNode table;
    try (InputStream in = RankedStrategy.class.getResourceAsStream("/org/impsci/barriers/strategy/endorsements.json")) {
      table = ImpsciJson.mapper().readTree(in);
    }
    Map<String, double[]> sums = new TreeMap<>(); // strategy -> {sum, level 1 count, level 2 count}
    for (JsonNode e : table.get("entries")) {
      if (cfir2009.contains(e.get("barrier").asText())) {
        double percent = e.get("percent").asDouble();
        double[] s = sums.computeIfAbsent(e.get("strategy").asText(), k -> new double[3]);
        s[0] += percent;
        s[1] += percent >= 50 ? 1 : 0;
        s[2] += percent >= 20 && percent < 50 ? 1 : 0;
      }
    }
    String top = sums.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, double[]>>comparingDouble(e -> -e.getValue()[0])
            .thenComparingDouble(e -> -e.getValue()[1])
            .thenComparingDouble(e -> -e.getValue()[2])
            .thenComparing(Map.Entry::getKey))
        .findFirst().orElseThrow().getKey();
    assertThat(result.ranking().strategies()).hasSize(sums.size());
    for (RankedStrategy s : result.ranking().strategies()) {
      assertThat(s.cumulativePercent()).as(s.strategy()).isCloseTo(sums.get(s.strategy())[0], within(1e-9));
    }
    assertThat(result.ranking().strategies().get(0).strategy()).isEqualTo(top).isEqualTo("promote-adaptability");
    // The bundled table holds no CFIR 2009 barrier's whole column but reflecting and evaluating's:
    // the example says its ranking is incomplete.
    assertThat(result.ranking().warnings()).isNotEmpty();
    assertThat(text).contains("  warnings (the ranking is incomplete, see StrategyRanking.warnings()): "
        + result.ranking().warnings().size());
    assertThat(text)
        .contains("SYNTHETIC DATA, seed 208")
        .containsPattern(String.format(Locale.ROOT, " %.0f%%  %s ", sums.get(top)[0], top));
  }

  private static List<Integer> scores(SocialPrescribingBarriers.Result result, DistinguishingResult d, List<String> sites) {
    List<Integer> scores = new ArrayList<>();
    for (String site : sites) {
      ConstructRating r = result.matrix().rating(site, d.target()).orElseThrow();
      if (!r.rating().code().equals("M")) {
        scores.add(Integer.parseInt(r.rating().code().replace("+", "")));
      }
    }
    return scores;
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
