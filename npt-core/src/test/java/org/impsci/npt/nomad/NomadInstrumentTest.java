package org.impsci.npt.nomad;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.impsci.assessment.Source;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.instrument.ItemGroup;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.testing.GroupSourceAssertions;
import org.junit.jupiter.api.Test;

/**
 * The NoMAD resource against the published structure: 20 construct items (coherence 4, cognitive
 * participation 4, collective action 7, reflexive monitoring 5) and 3 general items, mapped to the
 * sub-constructs in the order of Finch et al. 2018, Table 3.
 */
class NomadInstrumentTest {
  private final Instrument nomad = Nomad.instrument();

  @Test
  void countsAsPublished() {
    assertThat(nomad.id()).isEqualTo("nomad");
    assertThat(nomad.items()).hasSize(23);
    assertThat(nomad.groups())
        .extracting(ItemGroup::id)
        .containsExactly("coherence", "cognitive-participation", "collective-action", "reflexive-monitoring");
    assertThat(nomad.groups()).extracting(g -> g.itemIds().size()).containsExactly(4, 4, 7, 5);
    assertThat(nomad.items().stream().map(Item::id).toList())
        .containsExactly(
            "CO1", "CO2", "CO3", "CO4", "CP1", "CP2", "CP3", "CP4", "CA1", "CA2", "CA3", "CA4",
            "CA5", "CA6", "CA7", "RM1", "RM2", "RM3", "RM4", "RM5", "G1", "G2", "G3");
  }

  @Test
  void itemsMapToSubConstructsInTheInstrumentsOrder() {
    Map<String, String> map = new LinkedHashMap<>();
    nomad.items().forEach(i -> i.constructId().ifPresent(c -> map.put(i.id(), c)));
    assertThat(map)
        .containsExactly(
            Map.entry("CO1", "npt:differentiation"),
            Map.entry("CO2", "npt:communal-specification"),
            Map.entry("CO3", "npt:individual-specification"),
            Map.entry("CO4", "npt:internalization"),
            Map.entry("CP1", "npt:initiation"),
            Map.entry("CP2", "npt:legitimation"),
            Map.entry("CP3", "npt:enrolment"),
            Map.entry("CP4", "npt:activation"),
            Map.entry("CA1", "npt:interactional-workability"),
            Map.entry("CA2", "npt:relational-integration"),
            Map.entry("CA3", "npt:relational-integration"),
            Map.entry("CA4", "npt:skill-set-workability"),
            Map.entry("CA5", "npt:skill-set-workability"),
            Map.entry("CA6", "npt:contextual-integration"),
            Map.entry("CA7", "npt:contextual-integration"),
            Map.entry("RM1", "npt:systematization"),
            Map.entry("RM2", "npt:communal-appraisal"),
            Map.entry("RM3", "npt:individual-appraisal"),
            Map.entry("RM4", "npt:reconfiguration"),
            Map.entry("RM5", "npt:reconfiguration"));
  }

  @Test
  void scalesAndSources() {
    Item co1 = nomad.item("CO1").orElseThrow();
    assertThat(co1.scale().min()).isEqualTo(1);
    assertThat(co1.scale().max()).isEqualTo(5);
    assertThat(co1.scale().nonSubstantiveOptions())
        .extracting(o -> o.code())
        .containsExactly("not_relevant_stage", "not_relevant_role", "not_relevant_intervention");
    Item g1 = nomad.item("G1").orElseThrow();
    assertThat(g1.scale().min()).isEqualTo(0);
    assertThat(g1.scale().max()).isEqualTo(10);
    assertThat(g1.scale().nonSubstantiveOptions()).isEmpty();
    assertThat(nomad.items().stream().filter(Item::reverseScored).map(Item::id)).containsExactly("CA2");
    assertThat(nomad.item("CA2").orElseThrow().sources()).extracting(s -> s.citation())
        .containsExactly("Finch et al. 2018", "impsci, NomadOptions.reverseScoreCa2: this project's documented"
            + " scoring option, not a published rule (Finch et al. 2018 list the item but set no reversal)");
    // G1's anchors are the ends its prompt names (0 = entirely new, 10 = entirely familiar).
    assertThat(g1.scale().labels()).containsExactly(Map.entry(0, "entirely new"), Map.entry(10, "entirely familiar"));
    assertThat(g1.prompt()).contains("0 = entirely new, 10 = entirely familiar");
    for (Item item : nomad.items()) {
      assertThat(item.sources()).isNotEmpty();
      assertThat(item.sources().get(0).doi()).hasValue("10.1186/s12874-018-0591-x");
      assertThat(item.prompt()).isNotBlank();
    }
  }

  /**
   * Every scale, the optional {@code total} included, follows {@link GroupSourceAssertions}; and a
   * construct scale cites exactly what its items cite (Finch et al. 2018, Table 3), no more.
   */
  @Test
  void everyGroupCitesWhatItsItemsCite() {
    GroupSourceAssertions.assertGroupSourcesAgreeWithItems(nomad);
    for (ItemGroup group : nomad.groups()) {
      List<Source> ofItems =
          group.itemIds().stream()
              .flatMap(id -> nomad.item(id).orElseThrow().sources().stream())
              .distinct()
              .toList();
      assertThat(group.sources()).as(group.id()).isEqualTo(ofItems);
      assertThat(group.sources().get(0).locator()).as(group.id()).contains("Table 3");
    }
    // CA2's reversal is this project's option, not the paper's: CA2, and so collective action,
    // cite NomadOptions after Finch et al. 2018 Table 3; no other item or group does.
    for (ItemGroup group : nomad.groups()) {
      assertThat(group.sources()).as(group.id()).hasSize(group.id().equals("collective-action") ? 2 : 1);
    }
    Instrument withTotal =
        NomadScorer.of(NomadOptions.builder().includeTotal(true).build()).instrument();
    GroupSourceAssertions.assertGroupSourcesAgreeWithItems(withTotal);
    // Finch et al. 2018, then the option CA2 cites for its reversal.
    assertThat(withTotal.group("total").orElseThrow().sources())
        .hasSize(2)
        .first()
        .satisfies(s -> assertThat(s.doi()).hasValue("10.1186/s12874-018-0591-x"));
    assertThat(withTotal.group("total").orElseThrow().sources().get(1).citation())
        .startsWith("impsci, NomadOptions.reverseScoreCa2");
  }

  @Test
  void questionNumberColumns() {
    Map<String, String> columns = Nomad.questionNumberColumns();
    assertThat(columns).hasSize(23);
    assertThat(columns).containsEntry("G1", "Q1").containsEntry("G3", "Q3");
    assertThat(columns).containsEntry("CO1", "Q4").containsEntry("CA2", "Q13").containsEntry("RM5", "Q23");
    assertThat(List.copyOf(columns.values())).doesNotHaveDuplicates();
  }

  @Test
  void jsonRoundTrip() {
    assertThat(ImpsciJson.read(ImpsciJson.write(nomad), Instrument.class, "nomad")).isEqualTo(nomad);
  }
}
