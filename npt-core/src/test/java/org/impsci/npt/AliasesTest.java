package org.impsci.npt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.Framework;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Codebook short codes and spelling variants resolve to the right construct. */
class AliasesTest {

  @ParameterizedTest
  @CsvSource({
    "CO, coherence",
    "cp, cognitive-participation",
    "Ca, collective-action",
    "RM, reflexive-monitoring",
    "CO-DI, differentiation",
    "co-di, differentiation",
    "CODI, differentiation",
    "CO-CS, communal-specification",
    "CO-IS, individual-specification",
    "CO-IN, internalization",
    "CP-IN, initiation",
    "CP-EN, enrolment",
    "CP-LE, legitimation",
    "CP-AC, activation",
    "CA-IW, interactional-workability",
    "CA-RI, relational-integration",
    "CA-SW, skill-set-workability",
    "CA-CI, contextual-integration",
    "RM-SY, systematization",
    "RM-CA, communal-appraisal",
    "RM-IA, individual-appraisal",
    "RM-RE, reconfiguration",
    "enrollment, enrolment",
    "ENROLLMENT, enrolment",
    "internalisation, internalization",
    "systematisation, systematization",
    "systemization, systematization",
    "skillset workability, skill-set-workability",
    "coherence-building, coherence",
    "sense-making work, coherence",
  })
  void nptAliasResolves(String alias, String id) {
    assertThat(NptFrameworks.npt().require(alias).id()).isEqualTo(id);
    assertThat(NptConstruct.of(alias).id()).isEqualTo(id);
  }

  @Test
  void everyNptSubConstructHasAHyphenatedCodeStartingWithItsConstructsCode() {
    Framework npt = NptFrameworks.npt();
    for (NptConstruct c : NptConstruct.values()) {
      if (c.isConstruct()) {
        continue;
      }
      String parentCode = c.parent().orElseThrow().construct().aliases().get(0);
      assertThat(c.construct().aliases())
          .as(c.id())
          .anyMatch(a -> a.matches(parentCode + "-[A-Z]{2}"));
      assertThat(npt.construct(parentCode)).contains(c.parent().orElseThrow().construct());
    }
  }

  @ParameterizedTest
  @CsvSource({
    "social norms, capacity.social-norms",
    "Collective commitment, potential.shared-commitments",
    "shared commitments, potential.shared-commitments",
    "social-structural resources, capacity",
    "coherence, contribution.coherence",
  })
  void enptAliasResolves(String alias, String id) {
    assertThat(EnptComponent.of(alias).id()).isEqualTo(id);
  }

  @ParameterizedTest
  @CsvSource({
    "strategic intentions, context.strategic-intentions",
    "Reframing organizational logics, context.reframing-organisational-logics",
    "intervention mobilization, outcome.intervention-mobilisation",
    "coherence, mechanism.coherence-building",
    "CO, mechanism.coherence-building",
    "CO-DI, mechanism.coherence-building.differentiation",
    "enrollment, mechanism.cognitive-participation.enrolment",
    "RM-RE, mechanism.reflexive-monitoring.reconfiguration",
    "npt-coding-manual:outcome.sustainment, outcome.sustainment",
  })
  void codingManualAliasResolves(String alias, String id) {
    assertThat(CodingManualConstruct.of(alias).id()).isEqualTo(id);
  }

  @Test
  void unknownNamesAreRejectedWithTheKnownIds() {
    assertThatThrownBy(() -> NptConstruct.of("CO-XX"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("CO-XX")
        .hasMessageContaining("differentiation");
    assertThat(NptConstruct.find("CO-XX")).isEmpty();
    assertThatThrownBy(() -> CodingManualConstruct.of("npt:coherence"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not a construct of the NPT coding manual");
  }
}
