package org.impsci.barriers.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.barriers.HandleAgreement;
import org.junit.jupiter.api.Test;

/** ERIC: clusters, strategy counts against the published ones, ratings. */
class EricTest {
  @Test
  void nineClustersAndAll73StrategiesAsPublished() {
    Framework eric = EricFrameworks.eric();
    HandleAgreement.agree(eric, "cluster", EricCluster.values(), EricCluster::id, EricCluster::of);
    Map<String, Long> perCluster = eric.constructs().stream()
        .filter(c -> c.kind().equals("strategy"))
        .collect(Collectors.groupingBy(c -> c.parent().orElseThrow(), Collectors.counting()));
    // Waltz 2015, in the paper's cluster order.
    assertThat(Arrays.stream(EricCluster.values()).map(c -> perCluster.get(c.id())))
        .containsExactly(10L, 4L, 4L, 17L, 11L, 5L, 5L, 9L, 8L);
    assertThat(Arrays.stream(EricCluster.values()).map(c -> (long) c.publishedSize()))
        .containsExactly(10L, 4L, 4L, 17L, 11L, 5L, 5L, 9L, 8L);
    assertThat(perCluster.values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(EricFrameworks.PUBLISHED_STRATEGIES)
        .isEqualTo(73);
    assertThat(eric.require("Use an implementation advisor").id()).isEqualTo("use-an-implementation-adviser");
    assertThat(eric.require("develop-resource-sharing-agreements").parent()).contains("support-clinicians");
    assertThat(eric.require("change-service-sites").parent()).contains("change-infrastructure");
  }

  @Test
  void noBundledConstructCitesTheSameSourceTwice() {
    // Six ERIC strategies once listed Powell et al. 2015 Table 3 twice (the issue 17 audit).
    for (org.impsci.assessment.framework.Framework f : org.impsci.assessment.framework.Frameworks.bundled().all()) {
      for (org.impsci.assessment.framework.Construct c : f.constructs()) {
        assertThat(c.sources()).as(f.id() + ":" + c.id()).doesNotHaveDuplicates();
      }
    }
    assertThat(EricFrameworks.eric().require("access-new-funding").sources()).extracting(s -> s.doi().orElse(""))
        .containsExactly("10.1186/s13012-015-0209-1", "10.1186/s13012-015-0295-0");
  }

  @Test
  void theSixStrategiesAddedLastSitInTheirClusters() {
    Framework eric = EricFrameworks.eric();
    assertThat(eric.require("remind-clinicians").parent()).contains("support-clinicians");
    assertThat(eric.require("make-billing-easier").parent()).contains("utilize-financial-strategies");
    assertThat(eric.require("use-capitated-payments").parent()).contains("utilize-financial-strategies");
    assertThat(eric.require("mandate-change").parent()).contains("change-infrastructure");
    assertThat(eric.require("Create or change credentialing and/or licensing standards").id())
        .isEqualTo("create-or-change-credentialing-and-or-licensure-standards");
    assertThat(eric.require("start-a-dissemination-organization").parent()).contains("change-infrastructure");
    assertThat(eric.require("remind-clinicians").sources())
        .extracting(s -> s.doi().orElseThrow())
        .containsExactly("10.1186/s13012-015-0209-1", "10.1186/s13012-015-0295-0");
    assertThat(EricFrameworks.ratings().strategy("mandate-change")).isEmpty();
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
