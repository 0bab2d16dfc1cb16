package org.impsci.barriers.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.impsci.barriers.behaviour.ComBComponent.AUTOMATIC_MOTIVATION;
import static org.impsci.barriers.behaviour.ComBComponent.PHYSICAL_CAPABILITY;
import static org.impsci.barriers.behaviour.ComBComponent.PHYSICAL_OPPORTUNITY;
import static org.impsci.barriers.behaviour.ComBComponent.PSYCHOLOGICAL_CAPABILITY;
import static org.impsci.barriers.behaviour.ComBComponent.REFLECTIVE_MOTIVATION;
import static org.impsci.barriers.behaviour.ComBComponent.SOCIAL_OPPORTUNITY;
import static org.impsci.barriers.behaviour.InterventionFunction.COERCION;
import static org.impsci.barriers.behaviour.InterventionFunction.EDUCATION;
import static org.impsci.barriers.behaviour.InterventionFunction.ENABLEMENT;
import static org.impsci.barriers.behaviour.InterventionFunction.ENVIRONMENTAL_RESTRUCTURING;
import static org.impsci.barriers.behaviour.InterventionFunction.INCENTIVISATION;
import static org.impsci.barriers.behaviour.InterventionFunction.MODELLING;
import static org.impsci.barriers.behaviour.InterventionFunction.PERSUASION;
import static org.impsci.barriers.behaviour.InterventionFunction.RESTRICTION;
import static org.impsci.barriers.behaviour.InterventionFunction.TRAINING;
import static org.impsci.barriers.behaviour.TdfDomain.BEHAVIOURAL_REGULATION;
import static org.impsci.barriers.behaviour.TdfDomain.BELIEFS_ABOUT_CAPABILITIES;
import static org.impsci.barriers.behaviour.TdfDomain.BELIEFS_ABOUT_CONSEQUENCES;
import static org.impsci.barriers.behaviour.TdfDomain.EMOTION;
import static org.impsci.barriers.behaviour.TdfDomain.ENVIRONMENTAL_CONTEXT_AND_RESOURCES;
import static org.impsci.barriers.behaviour.TdfDomain.GOALS;
import static org.impsci.barriers.behaviour.TdfDomain.INTENTIONS;
import static org.impsci.barriers.behaviour.TdfDomain.KNOWLEDGE;
import static org.impsci.barriers.behaviour.TdfDomain.MEMORY_ATTENTION_AND_DECISION_PROCESSES;
import static org.impsci.barriers.behaviour.TdfDomain.OPTIMISM;
import static org.impsci.barriers.behaviour.TdfDomain.REINFORCEMENT;
import static org.impsci.barriers.behaviour.TdfDomain.SKILLS;
import static org.impsci.barriers.behaviour.TdfDomain.SOCIAL_INFLUENCES;
import static org.impsci.barriers.behaviour.TdfDomain.SOCIAL_PROFESSIONAL_ROLE_AND_IDENTITY;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.Test;

/** The bundled links between TDF, COM-B and the BCW: as published, with sources, and validated. */
class BehaviourLinksTest {
  private final BehaviourLinks links = BehaviourFrameworks.links();

  /**
   * The COM-B to TDF mapping (Cane et al. 2012) and the COM-B to intervention function links
   * (Michie et al. 2011), written out by hand from the project's reference sheet
   * (REFERENCES.md, "TDF, COM-B, BCW"), not from the resource.
   */
  private static final Map<ComBComponent, List<TdfDomain>> PUBLISHED_TDF = Map.of(
      PHYSICAL_CAPABILITY, List.of(SKILLS),
      PSYCHOLOGICAL_CAPABILITY, List.of(
          KNOWLEDGE, SKILLS, MEMORY_ATTENTION_AND_DECISION_PROCESSES, BEHAVIOURAL_REGULATION),
      PHYSICAL_OPPORTUNITY, List.of(ENVIRONMENTAL_CONTEXT_AND_RESOURCES),
      SOCIAL_OPPORTUNITY, List.of(SOCIAL_INFLUENCES),
      REFLECTIVE_MOTIVATION, List.of(
          SOCIAL_PROFESSIONAL_ROLE_AND_IDENTITY, BELIEFS_ABOUT_CAPABILITIES, OPTIMISM,
          BELIEFS_ABOUT_CONSEQUENCES, INTENTIONS, GOALS),
      AUTOMATIC_MOTIVATION, List.of(
          SOCIAL_PROFESSIONAL_ROLE_AND_IDENTITY, OPTIMISM, REINFORCEMENT, EMOTION));

  private static final Map<ComBComponent, List<InterventionFunction>> PUBLISHED_BCW = Map.of(
      PHYSICAL_CAPABILITY, List.of(TRAINING, ENABLEMENT),
      PSYCHOLOGICAL_CAPABILITY, List.of(EDUCATION, TRAINING, ENABLEMENT),
      REFLECTIVE_MOTIVATION, List.of(EDUCATION, PERSUASION, INCENTIVISATION, COERCION),
      AUTOMATIC_MOTIVATION, List.of(
          PERSUASION, INCENTIVISATION, COERCION, ENVIRONMENTAL_RESTRUCTURING, MODELLING,
          ENABLEMENT),
      PHYSICAL_OPPORTUNITY, List.of(RESTRICTION, ENVIRONMENTAL_RESTRUCTURING, ENABLEMENT),
      SOCIAL_OPPORTUNITY, List.of(RESTRICTION, ENVIRONMENTAL_RESTRUCTURING, ENABLEMENT));

  @Test
  void linksEqualThePublishedMapping() {
    for (ComBComponent c : ComBComponent.values()) {
      assertThat(c.tdfDomains()).as(c.id()).containsExactlyElementsOf(PUBLISHED_TDF.get(c));
      assertThat(links.functionsOf(c)).as(c.id()).containsExactlyElementsOf(PUBLISHED_BCW.get(c));
    }
    for (TdfDomain d : TdfDomain.values()) {
      assertThat(ComBComponent.forTdf(d)).as(d.id())
          .containsExactlyElementsOf(inverse(PUBLISHED_TDF, d));
    }
    for (InterventionFunction f : InterventionFunction.values()) {
      assertThat(f.components()).as(f.id()).containsExactlyElementsOf(inverse(PUBLISHED_BCW, f));
    }
  }

  @Test
  void everyRowCitesItsPaperWithDoiAndLocator() {
    assertThat(links.tdf()).hasSize(6).allSatisfy(r -> {
      assertThat(r.source().citation()).startsWith("Cane");
      assertThat(r.source().doi()).contains("10.1186/1748-5908-7-37");
      assertThat(r.source().locator()).isPresent();
    });
    assertThat(links.bcw()).hasSize(6).allSatisfy(r -> {
      assertThat(r.source().citation()).startsWith("Michie");
      assertThat(r.source().doi()).contains("10.1186/1748-5908-6-42");
      assertThat(r.source().locator()).isPresent();
    });
  }

  @Test
  void roundTripsThroughJson() {
    String json = ImpsciJson.write(links);
    assertThat(json).contains("\"component\":\"physical-capability\",\"domains\":[\"skills\"]");
    assertThat(ImpsciJson.read(json, BehaviourLinks.class, "t")).isEqualTo(links);
  }

  @Test
  void anUnknownIdIsRejectedWithResourcePathAndValue() throws IOException {
    String bad = bundled().replaceFirst("\"goals\"", "\"aims\"");
    assertThatThrownBy(() -> ImpsciJson.read(bad, BehaviourLinks.class, "links.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("links.json")
        .hasMessageContaining("tdf[4].domains[5]")
        .hasMessageContaining("'aims'");
    String badFunction = bundled().replaceFirst("\"modelling\"", "\"nudging\"");
    assertThatThrownBy(() -> ImpsciJson.read(badFunction, BehaviourLinks.class, "links.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("bcw[5].functions[4]")
        .hasMessageContaining("'nudging'");
  }

  @Test
  void repeatedRowsRepeatedIdsAndEmptyRowsAreRejected() throws IOException {
    String twice = bundled().replaceFirst("\"psychological-capability\"", "\"physical-capability\"");
    assertThatThrownBy(() -> ImpsciJson.read(twice, BehaviourLinks.class, "links.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("links.json")
        .hasMessageContaining("tdf[1].component")
        .hasMessageContaining("physical-capability")
        .hasMessageContaining("tdf[0]");
    String repeated = bundled().replaceFirst("\"knowledge\"", "\"skills\"");
    assertThatThrownBy(() -> ImpsciJson.read(repeated, BehaviourLinks.class, "links.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("tdf[1].domains[1]")
        .hasMessageContaining("skills");
    String empty = bundled().replaceFirst("\"domains\": \\[\\s*\"skills\"\\s*]", "\"domains\": []");
    assertThatThrownBy(() -> ImpsciJson.read(empty, BehaviourLinks.class, "links.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("tdf[0].domains")
        .hasMessageContaining("links to nothing");
  }

  private static String bundled() throws IOException {
    try (InputStream in = BehaviourFrameworks.class.getResourceAsStream("links.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static <T> List<ComBComponent> inverse(Map<ComBComponent, List<T>> links, T target) {
    return Arrays.stream(ComBComponent.values())
        .filter(c -> links.get(c).contains(target))
        .collect(Collectors.toList());
  }
}
