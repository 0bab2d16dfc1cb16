package org.impsci.npt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.impsci.assessment.framework.Construct;
import org.impsci.assessment.testing.HandleAssertions;
import org.junit.jupiter.api.Test;

/** Each enum agrees with its JSON resource, in both directions: ids, parents and order. */
class HandlesTest {


  @Test
  void nptConstructAgreesWithNptJson() {
    assertThat(NptConstruct.values()).hasSize(20);
    HandleAssertions.assertAgreesWithResource(NptFrameworks.npt(), NptConstruct.values());
    assertThat(NptConstruct.COHERENCE.children())
        .containsExactly(
            NptConstruct.DIFFERENTIATION, NptConstruct.COMMUNAL_SPECIFICATION,
            NptConstruct.INDIVIDUAL_SPECIFICATION, NptConstruct.INTERNALIZATION);
    assertThat(NptConstruct.ENROLMENT.ref().toString()).isEqualTo("npt:enrolment");
    assertThat(NptConstruct.ENROLMENT.parent()).contains(NptConstruct.COGNITIVE_PARTICIPATION);
    assertThat(Arrays.stream(NptConstruct.values()).filter(NptConstruct::isConstruct).count())
        .isEqualTo(4);
  }

  @Test
  void enptComponentAgreesWithEnptJson() {
    assertThat(EnptComponent.values()).hasSize(16);
    HandleAssertions.assertAgreesWithResource(NptFrameworks.extendedNpt(), EnptComponent.values());
    assertThat(EnptComponent.CAPABILITY.children()).hasSize(2);
    assertThat(EnptComponent.CAPACITY.children()).hasSize(4);
    assertThat(EnptComponent.POTENTIAL.children()).hasSize(2);
    assertThat(EnptComponent.CONTRIBUTION.children()).hasSize(4);
    assertThat(EnptComponent.CONTRIBUTION.children().stream().map(EnptComponent::nptConstruct))
        .containsExactly(
            Optional.of(NptConstruct.COHERENCE), Optional.of(NptConstruct.COGNITIVE_PARTICIPATION),
            Optional.of(NptConstruct.COLLECTIVE_ACTION),
            Optional.of(NptConstruct.REFLEXIVE_MONITORING));
    assertThat(EnptComponent.SOCIAL_NORMS.nptConstruct()).isEmpty();
  }

  @Test
  void codingManualConstructAgreesWithCodingManualJson() {
    assertThat(CodingManualConstruct.values()).hasSize(31);
    HandleAssertions.assertAgreesWithResource(NptFrameworks.codingManual(), CodingManualConstruct.values());
    List<CodingManualConstruct> all = Arrays.asList(CodingManualConstruct.values());
    assertThat(all.stream().filter(CodingManualConstruct::isDomain).count()).isEqualTo(3);
    assertThat(all.stream().filter(CodingManualConstruct::isPrimaryConstruct).count())
        .isEqualTo(12);
    assertThat(all.stream().filter(CodingManualConstruct::isSubConstruct).count()).isEqualTo(16);
    for (CodingManualConstruct c : all) {
      String kind = c.construct().kind();
      assertThat(kind)
          .as(c.id())
          .isEqualTo(
              c.isDomain()
                  ? "cmo-domain"
                  : c.isPrimaryConstruct() ? "primary-construct" : "sub-construct");
      assertThat(c.id()).startsWith(c.domain().id());
    }
    assertThat(CodingManualConstruct.SKILL_SET_WORKABILITY.domain())
        .isEqualTo(CodingManualConstruct.MECHANISM);
    assertThat(CodingManualConstruct.SUSTAINMENT.domain()).isEqualTo(CodingManualConstruct.OUTCOME);
  }

  @Test
  void codingManualMechanismsMapOntoNptConstructsOneToOne() {
    List<NptConstruct> mapped =
        Arrays.stream(CodingManualConstruct.values())
            .map(CodingManualConstruct::nptConstruct)
            .flatMap(Optional::stream)
            .collect(Collectors.toList());
    assertThat(mapped).containsExactly(NptConstruct.values());
    assertThat(CodingManualConstruct.COHERENCE_BUILDING.nptConstruct())
        .contains(NptConstruct.COHERENCE);
    assertThat(CodingManualConstruct.ENROLMENT.nptConstruct()).contains(NptConstruct.ENROLMENT);
    assertThat(CodingManualConstruct.STRATEGIC_INTENTIONS.nptConstruct()).isEmpty();
    assertThat(CodingManualConstruct.MECHANISM.nptConstruct()).isEmpty();
    for (CodingManualConstruct c : CodingManualConstruct.values()) {
      c.nptConstruct()
          .ifPresent(
              n ->
                  assertThat(c.construct().label())
                      .isIn(n.construct().label(), "Coherence-building"));
    }
  }

  /**
   * Extended NPT has four constructs, each with components (May 2013, Implementation Science
   * 8:18; tabulated in Table 1 of the 2020 case study that enpt.json cites).
   */
  @Test
  void enptHasFourConstructsAndTheRestAreTheirComponents() {
    assertThat(Arrays.stream(EnptComponent.values()).filter(EnptComponent::isConstruct))
        .containsExactly(
            EnptComponent.CAPABILITY, EnptComponent.CAPACITY, EnptComponent.POTENTIAL,
            EnptComponent.CONTRIBUTION);
    assertThat(EnptComponent.WORKABILITY.isConstruct()).isFalse();
  }

  /** find takes an id or an alias ignoring case, as enpt.json and npt-coding-manual.json list. */
  @Test
  void findTakesIdsAndAliasesAndNamesNothingElse() {
    assertThat(EnptComponent.find("capacity.social-norms")).contains(EnptComponent.SOCIAL_NORMS);
    assertThat(EnptComponent.find("Social Norms")).contains(EnptComponent.SOCIAL_NORMS);
    assertThat(EnptComponent.find("social-structural resources"))
        .contains(EnptComponent.CAPACITY);
    assertThat(EnptComponent.find("norms")).isEmpty();
    assertThat(CodingManualConstruct.find("outcome.sustainment"))
        .contains(CodingManualConstruct.SUSTAINMENT);
    assertThat(CodingManualConstruct.find("ca-sw"))
        .contains(CodingManualConstruct.SKILL_SET_WORKABILITY);
    assertThat(CodingManualConstruct.find("sustain")).isEmpty();
  }
}
