package org.impsci.barriers.cfir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.impsci.assessment.framework.Construct;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.barriers.BarrierFrameworks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The two CFIR resources: counts as published, order, provenance, registry and JSON round trip. */
class CfirFrameworkResourcesTest {

  static Stream<Framework> frameworks() {
    return Stream.of(CfirFrameworks.cfir2009(), CfirFrameworks.cfir20());
  }

  private static Map<String, Long> countByKind(Framework f) {
    return f.constructs().stream()
        .collect(Collectors.groupingBy(Construct::kind, Collectors.counting()));
  }

  private static List<Integer> constructsPerDomain(Framework f) {
    return f.roots().stream()
        .map(d -> (int) f.descendants(d.id()).stream()
            .filter(c -> c.kind().endsWith("construct"))
            .count())
        .collect(Collectors.toList());
  }

  @Test
  void cfir2009HasFiveDomainsAnd39ConstructsCountingSubConstructs() {
    Framework f = CfirFrameworks.cfir2009();
    assertThat(f.id()).isEqualTo("cfir-2009");
    assertThat(f.roots()).extracting(Construct::label)
        .containsExactly(
            "Intervention characteristics", "Outer setting", "Inner setting",
            "Characteristics of individuals", "Process");
    assertThat(countByKind(f))
        .containsOnly(
            Map.entry("domain", 5L), Map.entry("construct", 26L), Map.entry("sub-construct", 13L));
    assertThat(constructsPerDomain(f)).containsExactly(8, 4, 14, 5, 8);
    assertThat(f.children("inner-setting.implementation-climate")).hasSize(6);
    assertThat(f.children("inner-setting.readiness-for-implementation")).hasSize(3);
    assertThat(f.children("process.engaging")).hasSize(4);
  }

  @Test
  void cfir20HasFiveDomains48ConstructsAnd19SubConstructs() {
    Framework f = CfirFrameworks.cfir20();
    assertThat(f.id()).isEqualTo("cfir-2.0");
    assertThat(f.roots()).extracting(Construct::label)
        .containsExactly(
            "Innovation", "Outer setting", "Inner setting", "Individuals",
            "Implementation process");
    assertThat(countByKind(f))
        .containsOnly(
            Map.entry("domain", 5L), Map.entry("subdomain", 2L), Map.entry("construct", 48L),
            Map.entry("sub-construct", 19L));
    Map<String, Long> constructs = f.constructs().stream()
        .filter(c -> c.kind().equals("construct"))
        .collect(Collectors.groupingBy(c -> c.id().split("\\.")[0], Collectors.counting()));
    assertThat(constructs)
        .containsOnly(
            Map.entry("innovation", 8L), Map.entry("outer-setting", 7L),
            Map.entry("inner-setting", 11L), Map.entry("individuals", 13L),
            Map.entry("implementation-process", 9L));
    assertThat(f.children("individuals.roles")).hasSize(9);
    assertThat(f.children("individuals.characteristics")).extracting(Construct::label)
        .containsExactly("Need", "Capability", "Opportunity", "Motivation");
    assertThat(f.children("outer-setting.external-pressure")).hasSize(3);
    assertThat(f.children("inner-setting.structural-characteristics")).hasSize(3);
    assertThat(f.children("inner-setting.culture")).hasSize(4);
    assertThat(f.children("inner-setting.available-resources")).hasSize(3);
    assertThat(f.children("implementation-process.assessing-needs")).hasSize(2);
    assertThat(f.children("implementation-process.engaging")).hasSize(2);
    assertThat(f.children("implementation-process.reflecting-and-evaluating")).hasSize(2);
  }

  @ParameterizedTest
  @MethodSource("frameworks")
  void everyConstructHasItsOwnDefinitionAndTheFrameworkADoi(Framework f) {
    assertThat(f.sources()).singleElement()
        .satisfies(s -> assertThat(s.doi()).isPresent());
    assertThat(f.constructs()).allSatisfy(c -> assertThat(c.definition().length()).isGreaterThan(30));
    assertThat(f.constructs().stream().map(Construct::definition).distinct().count())
        .isEqualTo(f.constructs().size());
  }

  @ParameterizedTest
  @MethodSource("frameworks")
  void jsonRoundTrip(Framework f) {
    String json = ImpsciJson.write(f);
    assertThat(ImpsciJson.read(json, Framework.class, f.id())).isEqualTo(f);
  }

  @Test
  void bundledRegistryAndModuleListFindBoth() {
    assertThat(BarrierFrameworks.all())
        .contains(CfirFrameworks.cfir2009(), CfirFrameworks.cfir20());
    Frameworks bundled = Frameworks.bundled();
    assertThat(bundled.resolve("cfir-2009:inner-setting.culture").label()).isEqualTo("Culture");
    assertThat(bundled.resolve("cfir-2.0:individuals.characteristics.need").kind())
        .isEqualTo("construct");
  }
}
