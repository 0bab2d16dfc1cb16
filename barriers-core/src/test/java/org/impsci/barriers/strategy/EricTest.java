package org.impsci.barriers.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.barriers.HandleAgreement;
import org.junit.jupiter.api.Test;

/** ERIC: clusters, strategy counts against the published ones, ratings. */
class EricTest {
  /** Strategies per cluster that could not be confirmed (see EricFrameworks#eric()). */
  private static final Map<String, Integer> GAP =
      Map.of("support-clinicians", 1, "utilize-financial-strategies", 2, "change-infrastructure", 3);

  @Test
  void nineClustersAnd67Of73StrategiesWithTheGapDocumented() {
    Framework eric = EricFrameworks.eric();
    HandleAgreement.agree(eric, "cluster", EricCluster.values(), EricCluster::id, EricCluster::of);
    Map<String, Long> perCluster = eric.constructs().stream()
        .filter(c -> c.kind().equals("strategy"))
        .collect(Collectors.groupingBy(c -> c.parent().orElseThrow(), Collectors.counting()));
    assertThat(perCluster.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(67);
    int published = 0;
    for (EricCluster c : EricCluster.values()) {
      assertThat(perCluster.get(c.id()) + GAP.getOrDefault(c.id(), 0)).as(c.id())
          .isEqualTo(c.publishedSize());
      published += c.publishedSize();
    }
    assertThat(published).isEqualTo(EricFrameworks.PUBLISHED_STRATEGIES);
    assertThat(eric.require("Use an implementation advisor").id()).isEqualTo("use-an-implementation-adviser");
    assertThat(eric.require("develop-resource-sharing-agreements").parent()).contains("support-clinicians");
    assertThat(eric.require("change-service-sites").parent()).contains("change-infrastructure");
  }

  @Test
  void ratingsAsPrintedAndAbsentWhereNotRead() {
    EricRatings r = EricFrameworks.ratings();
    assertThat(r.strategies()).hasSize(24);
    EricRatings.StrategyRating audit = r.strategy("audit-and-provide-feedback").orElseThrow();
    assertThat(audit.ericNumber()).isEqualTo(5);
    assertThat(audit.importance()).isEqualTo(4.40);
    assertThat(audit.feasibility()).isEqualTo(4.13);
    assertThat(audit.quadrant()).isEqualTo("I");
    assertThat(r.strategy("centralize-technical-assistance").orElseThrow().quadrant()).isEqualTo("III");
    assertThat(r.strategy("identify-early-adopters")).isEmpty();
    assertThat(r.cluster(EricCluster.USE_EVALUATIVE_AND_ITERATIVE_STRATEGIES).orElseThrow().importance())
        .isEqualTo(4.19);
    assertThat(r.cluster(EricCluster.ENGAGE_CONSUMERS)).isEmpty();
    assertThat(ImpsciJson.read(ImpsciJson.write(r), EricRatings.class, "t")).isEqualTo(r);
  }
}
