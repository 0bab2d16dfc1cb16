package org.impsci.barriers.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.Construct;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.barriers.HandleAgreement;
import org.junit.jupiter.api.Test;

/** TDF v2, COM-B and BCW: counts, handles, mappings and the worked example. */
class BehaviourTest {

  @Test
  void tdfHas14DomainsAnd84Constructs() {
    // Cane et al. 2012 Table 2 (doi:10.1186/1748-5908-7-37): 14 domains, 84 constructs, counted
    // per domain as the table lists them (the shared sources README's CSV has one row each).
    Framework tdf = BehaviourFrameworks.tdf();
    Map<String, Long> perDomain = tdf.constructs().stream()
        .filter(c -> c.kind().equals("construct"))
        .collect(Collectors.groupingBy(c -> c.parent().orElseThrow(), Collectors.counting()));
    assertThat(tdf.roots()).hasSize(14);
    assertThat(tdf.constructs()).hasSize(14 + 84);
    assertThat(perDomain).containsOnly(
        Map.entry("knowledge", 3L), Map.entry("skills", 7L),
        Map.entry("social-professional-role-and-identity", 9L),
        Map.entry("beliefs-about-capabilities", 8L), Map.entry("optimism", 4L),
        Map.entry("beliefs-about-consequences", 5L), Map.entry("reinforcement", 7L),
        Map.entry("intentions", 3L), Map.entry("goals", 6L),
        Map.entry("memory-attention-and-decision-processes", 5L),
        Map.entry("environmental-context-and-resources", 6L),
        Map.entry("social-influences", 11L), Map.entry("emotion", 7L),
        Map.entry("behavioural-regulation", 3L));
    assertThat(perDomain.values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(BehaviourFrameworks.TDF_PUBLISHED_CONSTRUCTS);
    // 84 nodes, 78 names: six constructs sit in two domains, one construct with one definition.
    Map<String, List<Construct>> byLabel = tdf.constructs().stream()
        .filter(c -> c.kind().equals("construct"))
        .collect(Collectors.groupingBy(c -> c.label().toLowerCase(java.util.Locale.ROOT)));
    assertThat(byLabel).hasSize(78);
    assertThat(byLabel.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey))
        .containsExactlyInAnyOrder("professional confidence", "beliefs", "identity", "consequents",
            "group identity", "action planning");
    byLabel.values().forEach(same -> assertThat(same).extracting(Construct::definition).containsOnly(same.get(0).definition()));
    assertThat(Tdf.occurrences("Group identity")).extracting(Construct::id).containsExactly(
        "social-professional-role-and-identity.group-identity", "social-influences.group-identity");
    // Every construct cites Cane 2012 Table 2 first; the copies' disagreements are recorded.
    assertThat(tdf.constructs()).filteredOn(c -> c.kind().equals("construct")).allSatisfy(c ->
        assertThat(c.sources().get(0).locator()).contains("Table 2 (refined framework: domains and constructs)"));
    assertThat(tdf.require("goals.implementation-intention").sources()).extracting(s -> s.locator().orElseThrow())
        .anySatisfy(l -> assertThat(l).contains("Seward et al. 2017 Table 1 lists five goals constructs"));
  }

  @Test
  void constructsInSeveralDomainsAreOneNodePerOccurrence() {
    assertThat(Tdf.occurrences("professional confidence")).extracting(Construct::id)
        .containsExactly(
            "social-professional-role-and-identity.professional-confidence",
            "beliefs-about-capabilities.professional-confidence");
    assertThat(Tdf.occurrences("Beliefs")).hasSize(2);
    assertThat(Tdf.occurrences("Identity")).hasSize(2);
    assertThat(Tdf.occurrences("Consequents")).hasSize(2);
    assertThat(Tdf.domainOf("optimism.identity")).isEqualTo(TdfDomain.OPTIMISM);
  }

  @Test
  void handlesAgreeWithTheResources() {
    HandleAgreement.agree(BehaviourFrameworks.tdf(), "domain", TdfDomain.values(), TdfDomain::id, TdfDomain::of);
    HandleAgreement.agree(BehaviourFrameworks.comB(), "component", ComBComponent.values(), ComBComponent::id, ComBComponent::of);
    HandleAgreement.agree(BehaviourFrameworks.bcw(), "intervention-function", InterventionFunction.values(), InterventionFunction::id, InterventionFunction::of);
    assertThat(BehaviourFrameworks.comB().constructs()).hasSize(6);
    assertThat(BehaviourFrameworks.bcw().constructs()).hasSize(9);
    assertThat(InterventionFunction.of("incentivization")).isEqualTo(InterventionFunction.INCENTIVISATION);
  }

  @Test
  void comBToTdfIsManyToManyAndCoversEveryDomain() {
    for (TdfDomain d : TdfDomain.values()) {
      assertThat(ComBComponent.forTdf(d)).as(d.id()).isNotEmpty();
    }
    assertThat(ComBComponent.forTdf(TdfDomain.SKILLS))
        .containsExactly(ComBComponent.PHYSICAL_CAPABILITY, ComBComponent.PSYCHOLOGICAL_CAPABILITY);
    assertThat(ComBComponent.forTdf(TdfDomain.OPTIMISM))
        .containsExactly(ComBComponent.REFLECTIVE_MOTIVATION, ComBComponent.AUTOMATIC_MOTIVATION);
    assertThat(ComBComponent.forTdf(TdfDomain.EMOTION)).containsExactly(ComBComponent.AUTOMATIC_MOTIVATION);
  }

  @Test
  void bcwLinksAsPublished() {
    for (InterventionFunction f : InterventionFunction.values()) {
      assertThat(f.components()).as(f.id()).isSorted();
    }
    assertThat(InterventionFunction.MODELLING.components()).containsExactly(ComBComponent.AUTOMATIC_MOTIVATION);
    assertThat(InterventionFunction.ENABLEMENT.components()).hasSize(5)
        .doesNotContain(ComBComponent.REFLECTIVE_MOTIVATION);
    long links = java.util.Arrays.stream(InterventionFunction.values()).mapToLong(f -> f.components().size()).sum();
    assertThat(links).isEqualTo(2 + 3 + 4 + 6 + 3 + 3);
  }

  @Test
  void workedExampleKnowledgeGapAndLowMorale() {
    // Clinicians lack knowledge of a new pathway and feel anxious about it.
    ConstructRef knowledge = ConstructRef.parse("tdf-2:knowledge.procedural-knowledge");
    ConstructRef emotion = ConstructRef.parse("tdf-2:emotion");
    List<FunctionMatch> matches = BehaviourChangeWheel.functionsFor(List.of(knowledge, emotion));
    assertThat(matches).extracting(FunctionMatch::function).containsExactly(
        InterventionFunction.EDUCATION, InterventionFunction.PERSUASION,
        InterventionFunction.INCENTIVISATION, InterventionFunction.COERCION,
        InterventionFunction.TRAINING, InterventionFunction.ENVIRONMENTAL_RESTRUCTURING,
        InterventionFunction.MODELLING, InterventionFunction.ENABLEMENT);
    FunctionMatch enablement = matches.get(7);
    assertThat(enablement.components()).containsExactly(
        ComBComponent.PSYCHOLOGICAL_CAPABILITY, ComBComponent.AUTOMATIC_MOTIVATION);
    assertThat(enablement.barriers()).containsExactly(knowledge, emotion);
    assertThat(matches.get(0).barriers()).containsExactly(knowledge);
    FunctionMatch back = ImpsciJson.read(ImpsciJson.write(enablement), FunctionMatch.class, "t");
    assertThat(back).isEqualTo(enablement);
    assertThat(BehaviourChangeWheel.functionsFor(List.of(ConstructRef.parse("com-b:social-opportunity"))))
        .extracting(FunctionMatch::function).containsExactly(
            InterventionFunction.RESTRICTION, InterventionFunction.ENVIRONMENTAL_RESTRUCTURING,
            InterventionFunction.ENABLEMENT);
  }

  @Test
  void otherFrameworksAndUnknownIdsAreRejected() {
    assertThatThrownBy(() -> BehaviourChangeWheel.componentsOf(ConstructRef.parse("npt:coherence")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("npt:coherence")
        .hasMessageContaining("allowed: tdf-2:");
    assertThatThrownBy(() -> BehaviourChangeWheel.componentsOf(ConstructRef.parse("tdf-2:nope")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("'nope'");
  }
}
