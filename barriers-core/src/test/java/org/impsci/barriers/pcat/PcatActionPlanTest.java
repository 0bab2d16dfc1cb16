package org.impsci.barriers.pcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.impsci.barriers.strategy.EndorsementReader;
import org.junit.jupiter.api.Test;

/**
 * The action plan against pcatR 1.0.1's {@code pcat_action_plan} (defaults: barrier share 0.50,
 * strong-barrier share 0.20, direct candidates only) on the generated data set by site and
 * timepoint: pcatr-plan.csv, written by {@code R_LIBS=/tmp/h-pcat/rlib Rscript pcatr-expected.R}
 * in src/test/resources/pcat. pcatR joins the item's CFIR 2009 construct to the Level 1/2
 * candidates of Robinson and Damschroder 2023, Table 3; impsci finds the same candidates among the
 * bundled endorsement table's flags, kept apart from its percent ranking.
 */
class PcatActionPlanTest {

  private static List<PcatActionPlan> plan() {
    List<PcatItemSummary> summaries = PcatSummaries.summarise(
        PcatrTables.fixture("generated-long.csv"), List.of("site_id", "timepoint"));
    return PcatActionPlan.of(summaries, PcatPlanRules.DEFAULTS, EndorsementReader.bundled());
  }

  /** An ERIC strategy's impsci id from pcatR's label: lower case, other characters as hyphens. */
  private static String id(String label) {
    return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
  }

  @Test
  void barrierItemsPrioritiesAndLevelCandidatesEqualPcatr() {
    Map<String, Set<String>> theirs = new HashMap<>();
    Map<String, Map<String, String>> theirRow = new HashMap<>();
    for (Map<String, String> r : PcatrTables.read("pcatr-plan.csv")) {
      String key = r.get("site_id") + "/" + r.get("timepoint") + "/" + r.get("item_id");
      Set<String> candidates = theirs.computeIfAbsent(key, k -> new TreeSet<>());
      if (!r.get("strategy").isEmpty()) {
        assertThat(r.get("mapping_status")).isEqualTo("direct");
        candidates.add(id(r.get("strategy")) + " level_" + r.get("tier"));
      }
      theirRow.put(key, r);
    }
    List<PcatActionPlan> plan = plan();
    assertThat(plan).hasSize(52).hasSize(theirs.size());
    for (PcatActionPlan p : plan) {
      String key = p.summary().group().get("site_id") + "/" + p.summary().group().get("timepoint")
          + "/" + p.summary().item();
      assertThat(theirs).as(key).containsKey(key);
      Map<String, String> want = theirRow.get(key);
      assertThat(p.priority().code()).as(key).isEqualTo(want.get("barrier_priority"));
      assertThat(p.summary().pctBarrier().getAsDouble()).as(key)
          .isCloseTo(Double.parseDouble(want.get("pct_barrier")), within(1e-12));
      Set<String> ours = p.candidates().stream()
          .map(f -> f.strategy() + " " + f.level().name().toLowerCase(Locale.ROOT))
          .collect(Collectors.toCollection(TreeSet::new));
      assertThat(ours).as(key).isEqualTo(theirs.get(key));
    }
    // pcatR's order: by group, then larger strong-barrier share, then larger barrier share.
    assertThat(plan.subList(0, 3)).extracting(p -> p.summary().item()).containsExactly(2, 11, 14);
  }

  @Test
  void rowsShowBothCfirIdsAndKeepLevelsApartFromPercents() {
    PcatActionPlan tension = plan().stream()
        .filter(p -> p.summary().item() == 11).findFirst().orElseThrow();
    List<Map<String, Object>> rows = PcatTables.rows(tension);
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.get("cfir_2009_construct"))
          .isEqualTo("cfir-2009:inner-setting.implementation-climate.tension-for-change");
      assertThat(r.get("cfir_2_0_constructs")).isEqualTo("cfir-2.0:inner-setting.tension-for-change");
    });
    // Table 3 flags eight strategies for tension for change; they carry no percent.
    assertThat(rows.stream().filter(r -> String.valueOf(r.get("basis")).startsWith("level_")))
        .hasSize(8).allSatisfy(r -> assertThat(r.get("percent")).isNull());
    assertThat(rows.stream().filter(r -> "endorsement_percent".equals(r.get("basis"))))
        .allSatisfy(r -> assertThat((Double) r.get("percent")).isPositive());
    // Item 10: both CFIR 2.0 constructs are shown.
    PcatItemSummary s = PcatItemSummary.builder().item(10).nAnswers(2).nRespondents(2)
        .nValidDirection(2).nCompleteClass(2).nBarrier(2).nNeutral(0).nFacilitator(0)
        .nStrongBarrier(2).nWeakBarrier(0).nNeutralComplete(0).nBarrierEffectMissing(0)
        .nWeakFacilitator(0).nStrongFacilitator(0).nFacilitatorEffectMissing(0)
        .nInvalidOrMissing(0).build();
    PcatActionPlan resources =
        PcatActionPlan.of(List.of(s), PcatPlanRules.DEFAULTS, EndorsementReader.bundled()).get(0);
    assertThat(resources.priority()).isEqualTo(PcatActionPlan.Priority.HIGH);
    assertThat(PcatTables.rows(resources).get(0).get("cfir_2_0_constructs")).isEqualTo(
        "cfir-2.0:inner-setting.available-resources.materials-and-equipment;"
            + " cfir-2.0:inner-setting.available-resources.funding");
  }

  @Test
  void anItemWithoutCandidatesStillHasItsRow() {
    // Item 3 (reflecting and evaluating): Table 3 has no column for it, so no level flags.
    PcatActionPlan reflecting = plan().stream()
        .filter(p -> p.summary().item() == 3).findFirst().orElseThrow();
    assertThat(reflecting.candidates()).isEmpty();
    List<Map<String, Object>> rows = PcatTables.rows(reflecting);
    assertThat(rows.get(rows.size() - 1).get("basis")).isNotEqualTo("level_1");
    PcatActionPlan advantage = plan().stream()
        .filter(p -> p.summary().item() == 12).findFirst().orElseThrow();
    // Relative advantage: Table 3 has relative priority, which pcatR joins only as an approximate
    // label on request; impsci does not join it.
    assertThat(advantage.candidates()).isEmpty();
  }

  @Test
  void thePriorityRuleIsPcatrs() {
    PcatPlanRules rules = PcatPlanRules.DEFAULTS;
    assertThat(rules.barrierThreshold()).isEqualTo(0.5);
    assertThat(rules.strongBarrierThreshold()).isEqualTo(0.2);
    // Worked out by hand: strong 1 of 5 = 0.20 (reaches 0.20), barriers 1 of 5 (below 0.50).
    assertThat(PcatActionPlan.priority(summary(1, 0, 4), rules))
        .hasValue(PcatActionPlan.Priority.STRONG_EFFECT_SIGNAL);
    // Barriers 2 of 4 = 0.50 (reaches 0.50), no strong barrier.
    assertThat(PcatActionPlan.priority(summary(0, 2, 2), rules))
        .hasValue(PcatActionPlan.Priority.BARRIER_PREVALENCE_SIGNAL);
    // Both: strong 1 of 4, barriers 2 of 4.
    assertThat(PcatActionPlan.priority(summary(1, 1, 2), rules))
        .hasValue(PcatActionPlan.Priority.HIGH);
    // Neither: barriers 1 of 4, strong none.
    assertThat(PcatActionPlan.priority(summary(0, 1, 3), rules)).isEmpty();
    assertThat(PcatActionPlan.priority(summary(0, 0, 0), rules)).isEmpty();
    assertThatThrownBy(() -> new PcatPlanRules(0.5, 1.5)).hasMessageContaining("[0, 1]");
    assertThatThrownBy(() -> new PcatPlanRules(-0.5, 0.2)).hasMessageContaining("[0, 1]");
  }

  /** strong barriers, weak barriers and weak facilitators, all complete. */
  private static PcatItemSummary summary(int strong, int weak, int facilitators) {
    int n = strong + weak + facilitators;
    return PcatItemSummary.builder().item(4).nAnswers(n).nRespondents(n).nValidDirection(n)
        .nCompleteClass(n).nBarrier(strong + weak).nNeutral(0).nFacilitator(facilitators)
        .nStrongBarrier(strong).nWeakBarrier(weak).nNeutralComplete(0).nBarrierEffectMissing(0)
        .nWeakFacilitator(facilitators).nStrongFacilitator(0).nFacilitatorEffectMissing(0)
        .nInvalidOrMissing(0).build();
  }
}
