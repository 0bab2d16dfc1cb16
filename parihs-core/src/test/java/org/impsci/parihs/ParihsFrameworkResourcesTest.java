package org.impsci.parihs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.impsci.assessment.framework.Construct;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled PARIHS and i-PARIHS resources: counts, order, provenance, registry, round trip. */
class ParihsFrameworkResourcesTest {

  static Stream<Framework> frameworks() {
    return Stream.of(ParihsFrameworks.parihs(), ParihsFrameworks.iParihs());
  }

  private static List<String> ids(List<Construct> cs) {
    return cs.stream().map(Construct::id).collect(Collectors.toList());
  }

  private static Map<String, Long> countByKind(Framework f) {
    return f.constructs().stream()
        .collect(Collectors.groupingBy(Construct::kind, Collectors.counting()));
  }

  @Test
  void parihsHasThreeElementsAndElevenSubElements() {
    Framework p = ParihsFrameworks.parihs();
    assertThat(p.id()).isEqualTo("parihs");
    assertThat(countByKind(p))
        .containsOnly(Map.entry("element", 3L), Map.entry("sub-element", 11L));
    assertThat(ids(p.roots())).containsExactly("evidence", "context", "facilitation");
    assertThat(ids(p.children("evidence")))
        .containsExactly(
            "evidence.research", "evidence.clinical-experience", "evidence.patient-experience",
            "evidence.local-data");
    assertThat(ids(p.children("context")))
        .containsExactly(
            "context.receptive-context", "context.culture", "context.leadership",
            "context.evaluation");
    assertThat(ids(p.children("facilitation")))
        .containsExactly(
            "facilitation.purpose", "facilitation.role", "facilitation.skills-and-attributes");
  }

  @Test
  void iParihsHasTheCharacteristicCountsOfTable3() {
    Framework f = ParihsFrameworks.iParihs();
    assertThat(f.id()).isEqualTo("i-parihs");
    assertThat(ids(f.roots())).containsExactly("innovation", "recipients", "context", "facilitation");
    assertThat(f.children("innovation")).hasSize(7);
    assertThat(f.children("recipients")).hasSize(10);
    assertThat(ids(f.children("context")))
        .containsExactly("context.local", "context.organisational", "context.external");
    assertThat(f.children("context.local")).hasSize(6);
    assertThat(f.children("context.organisational")).hasSize(7);
    assertThat(f.children("context.external")).hasSize(5);
    assertThat(countByKind(f))
        .containsOnly(
            Map.entry("construct", 4L), Map.entry("level", 3L), Map.entry("characteristic", 35L),
            Map.entry("aspect", 2L), Map.entry("facilitator-level", 3L));
    assertThat(ids(f.children("facilitation")))
        .containsExactly(
            "facilitation.role", "facilitation.process", "facilitation.novice",
            "facilitation.experienced", "facilitation.expert");
  }

  @Test
  void cultureAppearsAtTwoLevelsWithTwoIds() {
    Framework f = ParihsFrameworks.iParihs();
    assertThat(f.require("local culture").id()).isEqualTo("context.local.culture");
    assertThat(f.require("organisational culture").id()).isEqualTo("context.organisational.culture");
    assertThat(f.require("context.local.culture").label())
        .isEqualTo(f.require("context.organisational.culture").label())
        .isEqualTo("Culture");
  }

  @Test
  void iParihsCharacteristicsCiteTable3AndFacilitationTable4() {
    Framework f = ParihsFrameworks.iParihs();
    for (Construct c : f.constructs()) {
      String table = c.id().startsWith("facilitation") ? "Table 4" : "Table 3";
      assertThat(f.sourcesOf(c))
          .as(c.id())
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.doi()).contains("10.1186/s13012-016-0398-2");
                assertThat(s.locator()).contains(table);
              });
    }
  }

  @Test
  void continuaCoverEverySubElementInOrderWithTheRightKind() {
    List<Continuum> continua = ParihsFrameworks.continua();
    assertThat(continua.stream().map(Continuum::subElement))
        .containsExactlyElementsOf(
            Stream.of(ParihsConstruct.values()).filter(c -> c.parent().isPresent()).toList());
    for (Continuum c : continua) {
      Continuum.Kind expected =
          c.subElement().parent().orElseThrow() == ParihsConstruct.FACILITATION
              ? Continuum.Kind.APPROPRIATENESS
              : Continuum.Kind.STRENGTH;
      assertThat(c.kind()).as(c.constructId()).isEqualTo(expected);
      assertThat(c.low()).as(c.constructId()).isNotBlank().isNotEqualTo(c.high());
      assertThat(c.sources()).as(c.constructId()).isNotEmpty()
          .allSatisfy(s -> assertThat(s.doi()).isPresent());
    }
    assertThat(continua.get(0).sources())
        .anySatisfy(s -> assertThat(s.locator()).contains("Table 1"));
  }

  @ParameterizedTest
  @MethodSource("frameworks")
  void everyConstructHasADistinctDefinitionAndASourceWithADoi(Framework f) {
    assertThat(f.sources()).isNotEmpty().allSatisfy(s -> assertThat(s.doi()).isPresent());
    for (Construct c : f.constructs()) {
      assertThat(c.definition().length()).as(c.id()).isGreaterThan(30);
      assertThat(f.sourcesOf(c)).as(c.id()).isNotEmpty()
          .allSatisfy(s -> assertThat(s.doi()).isPresent());
    }
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
    assertThat(ImpsciJson.read(json, Framework.class, f.id())).isEqualTo(f);
  }

  @Test
  void bundledRegistryFindsBoth() {
    Frameworks bundled = Frameworks.bundled();
    assertThat(bundled.find("parihs")).containsSame(ParihsFrameworks.parihs());
    assertThat(bundled.find("i-parihs")).containsSame(ParihsFrameworks.iParihs());
    assertThat(bundled.resolve("parihs:context.receptive-context").label())
        .isEqualTo("Receptive context");
    assertThat(bundled.resolve("i-parihs:context.external.environmental-stability").label())
        .isEqualTo("Environmental (in)stability");
  }
}
