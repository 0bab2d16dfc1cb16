package org.impsci.npt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.impsci.assessment.Source;
import org.impsci.assessment.framework.Construct;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The three bundled NPT frameworks: counts, order, provenance, registry and JSON round trip. */
class NptFrameworkResourcesTest {

  static Stream<Framework> frameworks() {
    return Stream.of(
        NptFrameworks.npt(), NptFrameworks.extendedNpt(), NptFrameworks.codingManual());
  }

  private static Map<String, Long> countByKind(Framework f) {
    return f.constructs().stream()
        .collect(Collectors.groupingBy(Construct::kind, Collectors.counting()));
  }

  private static List<String> ids(List<Construct> cs) {
    return cs.stream().map(Construct::id).collect(Collectors.toList());
  }

  @Test
  void nptHasFourConstructsOfFourSubConstructsInTheTheorysOrder() {
    Framework npt = NptFrameworks.npt();
    assertThat(npt.id()).isEqualTo("npt");
    assertThat(npt.constructs()).hasSize(20);
    assertThat(countByKind(npt))
        .containsOnly(Map.entry("construct", 4L), Map.entry("sub-construct", 16L));
    assertThat(ids(npt.roots()))
        .containsExactly(
            "coherence", "cognitive-participation", "collective-action", "reflexive-monitoring");
    assertThat(ids(npt.children("coherence")))
        .containsExactly(
            "differentiation", "communal-specification", "individual-specification",
            "internalization");
    assertThat(ids(npt.children("cognitive-participation")))
        .containsExactly("initiation", "enrolment", "legitimation", "activation");
    assertThat(ids(npt.children("collective-action")))
        .containsExactly(
            "interactional-workability", "relational-integration", "skill-set-workability",
            "contextual-integration");
    assertThat(ids(npt.children("reflexive-monitoring")))
        .containsExactly(
            "systematization", "communal-appraisal", "individual-appraisal", "reconfiguration");
  }

  @Test
  void nptKeepsTheIdsThatNomadItemsReferTo() {
    // The ids the NoMAD resource uses as npt:<id>; they must never change.
    assertThat(NptFrameworks.npt().constructsById().keySet())
        .containsExactlyInAnyOrder(
            "coherence", "cognitive-participation", "collective-action", "reflexive-monitoring",
            "differentiation", "communal-specification", "individual-specification",
            "internalization", "initiation", "enrolment", "legitimation", "activation",
            "interactional-workability", "relational-integration", "skill-set-workability",
            "contextual-integration", "systematization", "communal-appraisal",
            "individual-appraisal", "reconfiguration");
  }

  @Test
  void extendedNptHasFourConstructsWithTwoFourTwoAndFourComponents() {
    Framework enpt = NptFrameworks.extendedNpt();
    assertThat(enpt.id()).isEqualTo("enpt");
    assertThat(enpt.constructs()).hasSize(16);
    assertThat(countByKind(enpt))
        .containsOnly(Map.entry("construct", 4L), Map.entry("component", 12L));
    assertThat(ids(enpt.roots()))
        .containsExactly("capability", "capacity", "potential", "contribution");
    assertThat(ids(enpt.children("capability")))
        .containsExactly("capability.workability", "capability.integration");
    assertThat(ids(enpt.children("capacity")))
        .containsExactly(
            "capacity.social-norms", "capacity.social-roles", "capacity.material-resources",
            "capacity.cognitive-resources");
    assertThat(ids(enpt.children("potential")))
        .containsExactly("potential.individual-intentions", "potential.shared-commitments");
    assertThat(ids(enpt.children("contribution")))
        .containsExactly(
            "contribution.coherence", "contribution.cognitive-participation",
            "contribution.collective-action", "contribution.reflexive-monitoring");
  }

  @Test
  void codingManualHasThreeDomainsTwelvePrimaryConstructsAndSixteenSubConstructs() {
    Framework cm = NptFrameworks.codingManual();
    assertThat(cm.id()).isEqualTo("npt-coding-manual");
    assertThat(cm.constructs()).hasSize(31);
    assertThat(countByKind(cm))
        .containsOnly(
            Map.entry("cmo-domain", 3L),
            Map.entry("primary-construct", 12L),
            Map.entry("sub-construct", 16L));
    assertThat(ids(cm.roots())).containsExactly("context", "mechanism", "outcome");
    assertThat(ids(cm.children("context")))
        .containsExactly(
            "context.strategic-intentions", "context.adaptive-execution",
            "context.negotiating-capability", "context.reframing-organisational-logics");
    assertThat(ids(cm.children("mechanism")))
        .containsExactly(
            "mechanism.coherence-building", "mechanism.cognitive-participation",
            "mechanism.collective-action", "mechanism.reflexive-monitoring");
    assertThat(ids(cm.children("outcome")))
        .containsExactly(
            "outcome.intervention-mobilisation", "outcome.normative-restructuring",
            "outcome.relational-restructuring", "outcome.sustainment");
    for (Construct mechanism : cm.children("mechanism")) {
      assertThat(cm.children(mechanism.id())).hasSize(4);
    }
    assertThat(cm.children("context.strategic-intentions")).isEmpty();
    assertThat(cm.children("outcome.sustainment")).isEmpty();
  }

  @Test
  void codingManualSubConstructsCarryTheNptSubConstructNamesInOrder() {
    Framework cm = NptFrameworks.codingManual();
    Framework npt = NptFrameworks.npt();
    List<String> nptConstructs = ids(npt.roots());
    List<Construct> mechanisms = cm.children("mechanism");
    for (int i = 0; i < 4; i++) {
      List<String> cmLabels =
          cm.children(mechanisms.get(i).id()).stream()
              .map(Construct::label)
              .collect(Collectors.toList());
      List<String> nptLabels =
          npt.children(nptConstructs.get(i)).stream()
              .map(Construct::label)
              .collect(Collectors.toList());
      assertThat(cmLabels).isEqualTo(nptLabels);
    }
  }

  @Test
  void primaryConstructsCiteTable1AndSubConstructsTable2OfTheCodingManual() {
    Framework cm = NptFrameworks.codingManual();
    for (Construct c : cm.constructs()) {
      String table = c.kind().equals("sub-construct") ? "Table 2" : "Table 1";
      assertThat(c.sources())
          .as(c.id())
          .containsExactly(Source.of("May et al. 2022", "10.1186/s13012-022-01191-x", table));
    }
  }

  @ParameterizedTest
  @MethodSource("frameworks")
  void everyConstructHasADefinitionAndASourceWithADoi(Framework f) {
    assertThat(f.sources()).isNotEmpty().allSatisfy(s -> assertThat(s.doi()).isPresent());
    for (Construct c : f.constructs()) {
      assertThat(c.definition()).as(c.id()).isNotBlank();
      assertThat(c.definition().length()).as(c.id()).isGreaterThan(30);
      assertThat(f.sourcesOf(c)).as(c.id()).isNotEmpty();
      assertThat(f.sourcesOf(c))
          .as(c.id())
          .allSatisfy(
              s -> assertThat(s.doi()).hasValueSatisfying(d -> assertThat(d).startsWith("10.")));
    }
  }

  @ParameterizedTest
  @MethodSource("frameworks")
  void definitionsAreDistinctWithinAFramework(Framework f) {
    Map<String, Construct> byDefinition =
        f.constructs().stream()
            .collect(Collectors.toMap(Construct::definition, Function.identity(), (a, b) -> {
              throw new AssertionError(a.id() + " and " + b.id() + " share a definition");
            }));
    assertThat(byDefinition).hasSize(f.constructs().size());
  }

  @ParameterizedTest
  @MethodSource("frameworks")
  void jsonRoundTrip(Framework f) {
    String json = ImpsciJson.write(f);
    Framework back = ImpsciJson.read(json, Framework.class, f.id());
    assertThat(back).isEqualTo(f);
    assertThat(ImpsciJson.write(back)).isEqualTo(json);
  }

  @Test
  void bundledRegistryFindsAllThree() {
    Frameworks bundled = Frameworks.bundled();
    assertThat(bundled.find("npt")).containsSame(NptFrameworks.npt());
    assertThat(bundled.find("enpt")).containsSame(NptFrameworks.extendedNpt());
    assertThat(bundled.find("npt-coding-manual")).containsSame(NptFrameworks.codingManual());
    assertThat(bundled.resolve("npt:skill-set-workability").label())
        .isEqualTo("Skill-set workability");
    assertThat(bundled.resolve("enpt:capacity.social-norms").label()).isEqualTo("Social norms");
    assertThat(bundled.resolve("npt-coding-manual:outcome.sustainment").kind())
        .isEqualTo("primary-construct");
  }

  @Test
  void nptSourcesAreTheTwo2009PapersAndTheCodingManualTable() {
    assertThat(NptFrameworks.npt().sources())
        .extracting(s -> s.doi().orElseThrow())
        .containsExactly(
            "10.1186/1748-5908-4-29", "10.1177/0038038509103208", "10.1186/s13012-022-01191-x");
    assertThat(NptFrameworks.extendedNpt().sources().get(0).doi())
        .contains("10.1186/1748-5908-8-18");
  }
}
