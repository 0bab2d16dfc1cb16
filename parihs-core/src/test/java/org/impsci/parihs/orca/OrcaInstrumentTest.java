package org.impsci.parihs.orca;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.impsci.assessment.Source;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.instrument.ItemGroup;
import org.impsci.assessment.instrument.WordingOverlay;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.testing.GroupSourceAssertions;
import org.junit.jupiter.api.Test;

/** The bundled ORCA resource and its reduced variant: counts, ids, reverse items, provenance. */
class OrcaInstrumentTest {

  private static Map<String, Integer> itemCounts(Instrument orca) {
    return orca.groups().stream()
        .filter(g -> !g.itemIds().isEmpty())
        .collect(Collectors.toMap(ItemGroup::id, g -> g.itemIds().size()));
  }

  @Test
  void fullOrcaHas77ItemsIn19SubscalesUnder3Scales() {
    Instrument orca = Orca.instrument();
    assertThat(orca.id()).isEqualTo("orca");
    assertThat(orca.items()).hasSize(77);
    List<ItemGroup> scales = orca.groups().stream().filter(g -> !g.groupIds().isEmpty()).toList();
    assertThat(scales).extracting(ItemGroup::id).containsExactlyElementsOf(Orca.SCALES);
    assertThat(scales).extracting(g -> g.groupIds().size()).containsExactly(4, 6, 9);
    assertThat(itemCounts(orca)).hasSize(19);
  }

  @Test
  void subscaleItemCountsAndIdsAreAsDocumented() {
    Instrument orca = Orca.instrument();
    // Evidence 2 + 5 + 4 + 4 = 15; context 3 + 4 * 5 = 23; facilitation 4 * 7 + 6 + 5 = 39.
    List<Integer> inOrder =
        orca.groups().stream().filter(g -> !g.itemIds().isEmpty()).map(g -> g.itemIds().size()).toList();
    assertThat(inOrder)
        .containsExactly(2, 5, 4, 4, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 6, 5);
    assertThat(orca.group("evidence.research").orElseThrow().itemIds())
        .containsExactly("Q3a", "Q3b", "Q3c", "Q3d", "Q3e");
    assertThat(orca.group("evidence.patient-preferences").orElseThrow().itemIds())
        .containsExactly("Q5a", "Q5b", "Q5c", "Q5d");
    assertThat(orca.group("context.leadership-culture").orElseThrow().itemIds())
        .containsExactly("Q6a", "Q6b", "Q6c");
    assertThat(orca.items().get(0).id()).isEqualTo("Q2a");
    assertThat(orca.items().get(76).id()).isEqualTo("Q20e");
  }

  @Test
  void reverseScoredItemsAreExactlyThoseTheDevelopersName() {
    assertThat(Orca.instrument().items().stream().filter(Item::reverseScored).map(Item::id))
        .containsExactlyInAnyOrderElementsOf(Orca.REVERSE_SCORED)
        .containsExactly("Q3d", "Q3e", "Q4d");
    for (String id : Orca.REVERSE_SCORED) {
      assertThat(Orca.instrument().item(id).orElseThrow().sources())
          .anySatisfy(s -> assertThat(s.citation()).contains("scoring notes"));
    }
  }

  @Test
  void everyItemIsAgreementOneToFiveWithASourceAndAPromptOfItsOwn() {
    Instrument orca = Orca.instrument();
    assertThat(orca.items().stream().map(Item::prompt).distinct().count()).isEqualTo(77);
    for (Item item : orca.items()) {
      assertThat(item.scale().min()).isEqualTo(1);
      assertThat(item.scale().max()).isEqualTo(5);
      assertThat(item.scale().nonSubstantiveOptions()).isEmpty();
      assertThat(item.sources()).as(item.id()).isNotEmpty()
          .anySatisfy(s -> assertThat(s.doi()).contains("10.1186/1748-5908-4-38"));
    }
  }

  @Test
  void everyGroupMapsToAParihsConstructThatResolves() {
    Frameworks bundled = Frameworks.bundled();
    for (ItemGroup g : Orca.instrument().groups()) {
      assertThat(g.constructId()).as(g.id()).isPresent();
      assertThat(bundled.resolve(g.constructId().orElseThrow())).isNotNull();
    }
    for (Item item : Orca.instrument().items()) {
      assertThat(bundled.resolve(item.constructId().orElseThrow())).isNotNull();
    }
  }

  /**
   * Both variants follow {@link GroupSourceAssertions}: every subscale and scale cites Helfrich et
   * al. 2009 and every publication its items cite; subscales whose item numbering is impsci's say
   * so, as their items do.
   */
  @Test
  void everyGroupOfBothVariantsCitesWhatItsItemsCite() {
    GroupSourceAssertions.assertGroupSourcesAgreeWithItems(Orca.instrument());
    GroupSourceAssertions.assertGroupSourcesAgreeWithItems(Orca.reduced());
    for (ItemGroup g : Orca.instrument().groups()) {
      assertThat(g.sources()).as(g.id()).anySatisfy(s -> assertThat(s.doi()).hasValue("10.1186/1748-5908-4-38"));
    }
    List<String> numberedByImpsci =
        Orca.instrument().groups().stream()
            .filter(g -> g.sources().stream().anyMatch(s -> s.locator().orElseThrow().contains(GroupSourceAssertions.ASSUMED)))
            .map(ItemGroup::id)
            .toList();
    assertThat(numberedByImpsci)
        .containsExactly(
            "evidence.discord", "context.opinion-leaders", "context.general-resources",
            "facilitation.senior-leader-practices", "facilitation.champion-characteristics",
            "facilitation.leadership-implementation-roles", "facilitation.implementation-team-roles",
            "facilitation.implementation-plan", "facilitation.communication",
            "facilitation.progress-tracking", "facilitation.project-resources",
            "facilitation.project-evaluation");
  }

  /**
   * The PARIHS construct each group maps to is stated in its Helfrich et al. 2009 source: for a
   * scale, the element the paper's abstract names; for a subscale, impsci's mapping, said as such.
   */
  @Test
  void eachGroupsSourceStatesItsParihsMapping() {
    for (ItemGroup g : Orca.instrument().groups()) {
      String constructId = g.constructId().orElseThrow();
      Source paper =
          g.sources().stream().filter(s -> s.doi().isPresent()).findFirst().orElseThrow();
      assertThat(paper.locator().orElseThrow()).as(g.id()).contains("(" + constructId + ")");
      if (g.groupIds().isEmpty()) {
        assertThat(paper.locator().orElseThrow()).as(g.id()).contains("impsci maps it to");
      } else {
        assertThat(paper.locator().orElseThrow()).as(g.id()).startsWith("Abstract:");
      }
    }
  }

  /** Every group the reduced variant narrows cites the scoring notes that recommend the drop. */
  @Test
  void groupsNarrowedInTheReducedVariantCiteTheScoringNotes() {
    Instrument full = Orca.instrument();
    for (ItemGroup g : Orca.reduced().groups()) {
      ItemGroup before = full.group(g.id()).orElseThrow();
      assertThat(g.sources()).as(g.id()).isEqualTo(before.sources());
      if (!g.equals(before)) {
        assertThat(g.sources())
            .as(g.id())
            .anySatisfy(s -> assertThat(s.citation()).contains("scoring notes"));
      }
    }
  }

  @Test
  void reducedDropsTheSevenItemsAndTheEmptiedSubscale() {
    Instrument reduced = Orca.reduced();
    assertThat(reduced.id()).isEqualTo("orca-reduced");
    // 77 - 7 = 70 items; patient preferences is emptied, so 18 subscales.
    assertThat(reduced.items()).hasSize(70);
    assertThat(itemCounts(reduced)).hasSize(18).doesNotContainKey("evidence.patient-preferences");
    assertThat(reduced.items()).noneMatch(Item::reverseScored);
    assertThat(reduced.group("evidence").orElseThrow().groupIds())
        .containsExactly("evidence.discord", "evidence.research", "evidence.clinical-experience");
    // The commonly listed retained counts: discord 2, research 3, clinical experience 3.
    assertThat(itemCounts(reduced))
        .contains(
            Map.entry("evidence.discord", 2), Map.entry("evidence.research", 3),
            Map.entry("evidence.clinical-experience", 3));
  }

  @Test
  void jsonRoundTripAndWordingOverlay() {
    Instrument orca = Orca.instrument();
    assertThat(ImpsciJson.read(ImpsciJson.write(orca), Instrument.class, "orca")).isEqualTo(orca);
    Instrument overlaid = WordingOverlay.apply(orca, Map.of("Q3d", "Official wording here."), "mine.json");
    assertThat(overlaid.item("Q3d").orElseThrow().prompt()).isEqualTo("Official wording here.");
    assertThat(overlaid.item("Q3e")).isEqualTo(orca.item("Q3e"));
  }
}
