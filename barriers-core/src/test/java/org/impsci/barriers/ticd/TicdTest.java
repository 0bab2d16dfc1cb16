package org.impsci.barriers.ticd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.impsci.assessment.Source;
import org.impsci.assessment.framework.Construct;
import org.impsci.assessment.framework.Framework;
import org.impsci.barriers.HandleAgreement;
import org.junit.jupiter.api.Test;

/** TICD: seven domains and the 32 of 57 determinants whose names were confirmed; the rest a documented gap. */
class TicdTest {

  private static List<Construct> determinants(Framework f) {
    return f.constructs().stream()
        .filter(c -> c.kind().equals("determinant"))
        .collect(Collectors.toList());
  }

  @Test
  void sevenDomainsAnd32Of57DeterminantsWithTheGapDocumented() {
    Framework ticd = TicdFrameworks.ticd();
    assertThat(ticd.roots()).hasSize(7).allSatisfy(c -> assertThat(c.kind()).isEqualTo("domain"));
    assertThat(ticd.constructs()).hasSize(7 + 32);
    Map<String, Long> perDomain = determinants(ticd).stream()
        .collect(Collectors.groupingBy(c -> c.parent().orElseThrow(), Collectors.counting()));
    assertThat(perDomain).containsOnly(
        Map.entry("guideline-factors", 9L),
        Map.entry("individual-health-professional-factors", 10L),
        Map.entry("patient-factors", 4L),
        Map.entry("professional-interactions", 2L),
        Map.entry("incentives-and-resources", 4L),
        Map.entry("capacity-for-organisational-change", 3L));
    assertThat(ticd.children(TicdDomain.SOCIAL_POLITICAL_AND_LEGAL_FACTORS.id())).isEmpty();
    assertThat(determinants(ticd).size() + TicdFrameworks.MISSING_DETERMINANTS)
        .isEqualTo(TicdFrameworks.PUBLISHED_DETERMINANTS)
        .isEqualTo(57);
    HandleAgreement.agree(ticd, "domain", TicdDomain.values(), TicdDomain::id, TicdDomain::of);
    assertThat(TicdDomain.PATIENT_FACTORS.ref().toString()).isEqualTo("ticd:patient-factors");
  }

  @Test
  void determinantsSitDirectlyUnderTheirDomainWithPrefixedIds() {
    Framework ticd = TicdFrameworks.ticd();
    for (Construct d : determinants(ticd)) {
      String parent = d.parent().orElseThrow();
      assertThat(ticd.require(parent).kind()).as(d.id()).isEqualTo("domain");
      assertThat(d.id()).startsWith(parent + ".");
      assertThat(ticd.children(d.id())).as(d.id()).isEmpty();
    }
    assertThat(ticd.children("guideline-factors")).extracting(Construct::order)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(ticd.require("Patient behavior").id()).isEqualTo("patient-factors.patient-behaviour");
    assertThat(ticd.require("individual-health-professional-factors.knowledge-about-own-practice")
        .label()).isEqualTo("Knowledge about own practice");
  }

  @Test
  void everyDeterminantCitesThePaperAndTheStudyWhereItsNameWasRead() {
    for (Construct d : determinants(TicdFrameworks.ticd())) {
      List<String> dois = d.sources().stream()
          .map(s -> s.doi().orElseThrow())
          .collect(Collectors.toList());
      assertThat(dois).as(d.id()).first().isEqualTo("10.1186/1748-5908-8-35");
      assertThat(dois).as(d.id()).hasSizeBetween(2, 3)
          .containsAnyOf("10.1186/s12913-019-4012-6", "10.1186/s12913-018-3251-2");
      assertThat(d.sources()).allSatisfy(s -> assertThat(s.locator()).isPresent());
    }
    Map<String, Long> bySecondary = determinants(TicdFrameworks.ticd()).stream()
        .flatMap(d -> d.sources().stream().skip(1))
        .collect(Collectors.groupingBy(s -> s.doi().orElseThrow(), Collectors.counting()));
    assertThat(bySecondary).containsOnly(
        Map.entry("10.1186/s12913-019-4012-6", 30L), Map.entry("10.1186/s12913-018-3251-2", 8L));
    assertThat(TicdFrameworks.ticd().sources()).extracting(Source::citation)
        .first().asString().startsWith("Flottorp");
  }
}
