package org.impsci.barriers.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.barriers.cfir.CfirFrameworks;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.Test;

/** Ranking against published tables, levels, tie rule and the CFIR 2.0 seam. */
class StrategyMatcherTest {
  private static final EndorsementTable TABLE = EndorsementReader.bundled();
  private static final List<ConstructRef> GENOMIC_BARRIERS = List.of(
      cfir("adaptability"), cfir("complexity"), cfir("patient-needs-and-resources"),
      cfir("compatibility"), cfir("self-efficacy"));

  /** A CFIR 2009 barrier by its short name, an alias of its path-qualified id. */
  private static ConstructRef cfir(String name) {
    return ConstructRef.of("cfir-2009", CfirFrameworks.cfir2009().require(name).id());
  }

  @Test
  void bundledLevelsNeverExceedTheCountsWaltz2019Table2Prints() {
    // Waltz et al. 2019 (doi:10.1186/s13012-019-0892-4) Table 2 counts each barrier's Level 1
    // (>= 50%) and Level 2 (20-49%) strategies. The bundled rows for these three barriers are a
    // 22-strategy subset, so they may hold fewer, never more: adaptability's one Level 1 strategy
    // is there, complexity has none, patient needs and resources lacks two of its three.
    Map<String, int[]> table2 = Map.of(
        "adaptability", new int[] {1, 10},
        "complexity", new int[] {0, 15},
        "patient-needs-and-resources", new int[] {3, 5});
    Map<String, String> bundled = new LinkedHashMap<>();
    table2.forEach(
        (barrier, published) -> {
          StrategyRanking r = StrategyMatcher.rank(TABLE, List.of(cfir(barrier)));
          long level1 = count(r, EndorsementLevel.LEVEL_1);
          long level2 = count(r, EndorsementLevel.LEVEL_2);
          assertThat(level1).as(barrier).isLessThanOrEqualTo(published[0]);
          assertThat(level2).as(barrier).isLessThanOrEqualTo(published[1]);
          bundled.put(barrier, level1 + "/" + level2);
        });
    // The bundled counts, tallied from endorsements.json apart from this code (percent >= 50,
    // and 20 to 49): adaptability 73 | 35, 35, 31, 27, 27, 23; complexity none | 40, 30, 27, 27,
    // 27, 20, 20, 20; patient needs 71 | 48, 29, 29, 24.
    assertThat(bundled)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("adaptability", "1/6", "complexity", "0/8", "patient-needs-and-resources", "1/4"));
  }

  private static long count(StrategyRanking r, EndorsementLevel level) {
    return r.strategies().stream()
        .filter(s -> s.barriers().get(0).level().equals(java.util.Optional.of(level)))
        .count();
  }

  @Test
  void reflectingAndEvaluatingReproducesWaltz2019Table1() {
    StrategyRanking r = StrategyMatcher.rank(TABLE, List.of(cfir("reflecting-and-evaluating")));
    // Table 1 lists 43 strategies (15 of 25 respondents down to 1 of 25), every one chosen at
    // least once: the column is complete, so the ranking carries no warning.
    assertThat(r.strategies()).hasSize(43);
    assertThat(r.warnings()).isEmpty();
    assertThat(r.chosen().get(0).columns()).containsExactly(ColumnCoverage.builder()
        .barrier(cfir("reflecting-and-evaluating")).strategies(43).flags(0).complete(true).build());
    // The four strategies Table 1 prints last, at 1 of 25 respondents each.
    assertThat(r.strategies().subList(39, 43)).extracting(RankedStrategy::strategy).containsExactly(
        "stage-implementation-scale-up", "start-a-dissemination-organization",
        "use-capitated-payments", "work-with-educational-institutions");
    assertThat(r.strategies().subList(39, 43)).allSatisfy(s -> assertThat(s.cumulativePercent()).isEqualTo(4));
    assertThat(r.strategies().subList(0, 2)).extracting(RankedStrategy::strategy)
        .containsExactly("develop-and-implement-tools-for-quality-monitoring", "audit-and-provide-feedback");
    assertThat(r.strategies()).filteredOn(s -> s.barriers().get(0).level().equals(java.util.Optional.of(EndorsementLevel.LEVEL_1))).hasSize(2);
    assertThat(r.strategies()).filteredOn(s -> s.barriers().get(0).level().equals(java.util.Optional.of(EndorsementLevel.LEVEL_2))).hasSize(8);
    // Four strategies tie at 28%: the tie rule orders them by id.
    assertThat(r.strategies().subList(4, 8)).extracting(RankedStrategy::strategy).containsExactly(
        "obtain-and-use-patients-consumers-and-family-feedback",
        "organize-clinician-implementation-team-meetings",
        "purposefully-reexamine-the-implementation", "use-data-experts");
  }

  /**
   * doi:10.1186/s43058-023-00500-9, Table 3 prints each strategy's cumulative percent over five
   * barriers next to the five rounded per-barrier percents. Each printed percent is within 0.5 of
   * the true one, so the sum of five printed percents is within 2.5 of the true cumulative, which
   * is itself within 0.5 of the printed cumulative: the tolerance is 0.5 x (5 + 1) = 3.
   */
  @Test
  void cumulativePercentsMatchThePublishedTableWithinRounding() {
    Map<String, Integer> printed = new LinkedHashMap<>();
    printed.put("promote-adaptability", 183);
    printed.put("tailor-strategies", 125);
    printed.put("identify-and-prepare-champions", 108);
    printed.put("conduct-local-consensus-discussions", 107);
    printed.put("capture-and-share-local-knowledge", 103);
    printed.put("involve-patients-consumers-and-family-members", 93);
    printed.put("facilitation", 93);
    printed.put("model-and-simulate-change", 83);
    printed.put("identify-early-adopters", 76);
    printed.put("provide-local-technical-assistance", 61);
    printed.put("organize-clinician-implementation-team-meetings", 53);
    printed.put("prepare-patients-consumers-to-be-active-participants", 51);
    printed.put("build-a-coalition", 50);
    printed.put("visit-other-sites", 48);
    printed.put("use-advisory-boards-and-workgroups", 43);
    printed.put("use-an-implementation-adviser", 40);
    printed.put("intervene-with-patients-consumers-to-enhance-uptake-and-adherence", 38);
    printed.put("inform-local-opinion-leaders", 36);
    printed.put("provide-clinical-supervision", 33);
    printed.put("centralize-technical-assistance", 31);
    printed.put("facilitate-relay-of-clinical-data-to-providers", 28);
    printed.put("create-new-clinical-teams", 27);
    StrategyRanking r = StrategyMatcher.rank(TABLE, GENOMIC_BARRIERS);
    assertThat(r.barriersWithoutEntries()).isEmpty();
    // Table 3 prints 22 strategies; Waltz 2019 Table 5 adds 21 more for compatibility alone (its
    // other 14 compatibility cells repeat Table 3's percents), so 43 strategies are ranked.
    assertThat(r.strategies()).hasSize(printed.size() + 21);
    assertThat(r.strategies()).filteredOn(s -> !printed.containsKey(s.strategy())).allSatisfy(s -> {
      assertThat(s.barriers()).extracting(BarrierPercent::barrier).containsExactly(cfir("compatibility"));
      assertThat(TABLE.entry(cfir("compatibility"), s.strategy()).orElseThrow().source().locator().orElseThrow())
          .startsWith("Table 5");
    });
    // Partial columns: 22 of 73 for four barriers, 43 for compatibility; five warnings. Patient
    // needs also has 3 strategies flagged Level 1 or 2 by Robinson and Damschroder 2023 without a
    // percent (local needs assessment, readiness, patients' feedback).
    assertThat(r.warnings()).hasSize(5).allSatisfy(w -> assertThat(w).contains(" of 73 strategies for it; the others' percents are unknown, not zero"));
    assertThat(r.warnings().get(0)).isEqualTo("cfir-2009:intervention-characteristics.adaptability:"
        + " the table holds 22 of 73 strategies for it; the others' percents are unknown, not zero");
    assertThat(r.warnings().get(2)).endsWith("22 of 73 strategies for it; the others' percents are unknown, not zero;"
        + " 3 more carry only a Level 1 or 2 flag, listed apart and never summed");
    assertThat(r.warnings().get(3)).contains(": the table holds 43 of 73 strategies");
    assertThat(r.flagged()).extracting(FlaggedStrategy::strategy).containsExactly(
        "conduct-local-needs-assessment", "obtain-and-use-patients-consumers-and-family-feedback",
        "assess-for-readiness-and-identify-barriers-and-facilitators");
    double tolerance = 0.5 * (GENOMIC_BARRIERS.size() + 1);
    for (RankedStrategy s : r.strategies().stream().filter(s -> printed.containsKey(s.strategy())).toList()) {
      assertThat(s.cumulativePercent()).as(s.strategy()).isCloseTo(printed.get(s.strategy()), within(tolerance));
    }
    assertThat(r.strategies().get(0).strategy()).isEqualTo("promote-adaptability");
    assertThat(r.strategies().get(0).cumulativePercent()).isEqualTo(183);
    assertThat(r.strategies().get(0).barriers()).extracting(BarrierPercent::level)
        .containsExactly(java.util.Optional.of(EndorsementLevel.LEVEL_1), java.util.Optional.of(EndorsementLevel.LEVEL_2),
            java.util.Optional.empty(), java.util.Optional.of(EndorsementLevel.LEVEL_2), java.util.Optional.empty());
    assertThat(ImpsciJson.read(ImpsciJson.write(r), StrategyRanking.class, "t")).isEqualTo(r);
  }

  @Test
  void barriersWithoutEntriesAreReportedAndWrongFrameworksRejected() {
    StrategyRanking r = StrategyMatcher.rank(TABLE, List.of(cfir("executing"), cfir("executing")));
    assertThat(r.barriers()).containsExactly(cfir("executing"));
    assertThat(r.barriersWithoutEntries()).containsExactly(cfir("executing"));
    assertThat(r.strategies()).isEmpty();
    // The bundled table has no row for executing: a warning, not a silent empty ranking.
    assertThat(r.chosen().get(0).columns().get(0).strategies()).isZero();
    assertThat(r.warnings()).containsExactly("cfir-2009:process.executing: the table holds no"
        + " strategy for it (0 of 73), so it adds nothing to any sum");
    assertThatThrownBy(() -> StrategyMatcher.rank(TABLE, List.of(ConstructRef.parse("tdf-2:knowledge"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("cfir-2009:<construct>");
  }

  @Test
  void cfir2BarriersGoThroughTheCrosswalkAndLossyMappingsAreReported() {
    // A stub crosswalk, for this test only.
    Cfir2Crosswalk stub = ref -> ref.construct().equals("innovation.adaptability")
        ? CrosswalkMapping.of(List.of(cfir("adaptability")), false)
        : CrosswalkMapping.of(List.of(cfir("compatibility"), cfir("complexity")), true);
    ConstructRef adaptability = ConstructRef.of("cfir-2.0", "innovation.adaptability");
    ConstructRef fit = ConstructRef.of("cfir-2.0", "inner-setting.compatibility");
    StrategyRanking r = StrategyMatcher.rankCfir2(TABLE, List.of(adaptability, fit), stub);
    assertThat(r.barriers()).containsExactly(cfir("adaptability"), cfir("compatibility"), cfir("complexity"));
    assertThat(r.lossyBarriers()).containsExactly(fit);
    assertThat(r.strategies().get(0).strategy()).isEqualTo("promote-adaptability");
    assertThat(r.strategies().get(0).cumulativePercent()).isEqualTo(73 + 45 + 40);
    assertThatThrownBy(() -> StrategyMatcher.rankCfir2(TABLE, List.of(cfir("adaptability")), stub))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("cfir-2.0:<construct>");
    CrosswalkMapping m = stub.to2009(fit);
    assertThat(ImpsciJson.read(ImpsciJson.write(m), CrosswalkMapping.class, "t")).isEqualTo(m);
  }

  @Test
  void cfir2BarriersReachTheTableThroughTheBundledCrosswalk() {
    ConstructRef adaptability20 = ConstructRef.of("cfir-2.0", "innovation.adaptability");
    StrategyRanking via20 = StrategyMatcher.rankCfir2(TABLE, List.of(adaptability20));
    StrategyRanking direct = StrategyMatcher.rank(TABLE, List.of(cfir("adaptability")));
    // Innovation adaptability is the 2009 construct renamed: the same ranking, nothing lossy.
    assertThat(via20.barriers()).containsExactly(cfir("adaptability"));
    assertThat(via20.lossyBarriers()).isEmpty();
    assertThat(via20.strategies()).isEqualTo(direct.strategies()).isNotEmpty();
    // The barrier keeps its CFIR 2.0 id, with the 2009 construct it went through.
    assertThat(via20.chosen()).containsExactly(ChosenBarrier.builder()
        .barrier(adaptability20).addVia(cfir("adaptability")).lossy(false)
        .addColumns(TABLE.coverage(cfir("adaptability"))).build());
    assertThat(via20.warnings()).containsExactly("cfir-2.0:innovation.adaptability (through"
        + " cfir-2009:intervention-characteristics.adaptability): the table holds 22 of 73"
        + " strategies for it; the others' percents are unknown, not zero");
  }

  @Test
  void cfir2BarriersWithoutA2009CounterpartOrWithALossyStepAreWarnings() {
    // Critical incidents is new in CFIR 2.0 (crosswalk row 15): nothing to look up. Funding is a
    // new sub-construct whose crosswalk goes through available resources with loss.
    ConstructRef incidents = ConstructRef.of("cfir-2.0", "outer-setting.critical-incidents");
    StrategyRanking r = StrategyMatcher.rankCfir2(TABLE, List.of(incidents, incidents));
    assertThat(r.chosen()).singleElement().satisfies(c -> {
      assertThat(c.barrier()).isEqualTo(incidents);
      assertThat(c.via()).isEmpty();
      assertThat(c.columns()).isEmpty();
    });
    assertThat(r.strategies()).isEmpty();
    assertThat(r.warnings()).containsExactly("cfir-2.0:outer-setting.critical-incidents: no CFIR"
        + " 2009 construct corresponds to it, so the table ranks no strategy for it");
    Cfir2Crosswalk stub = ref -> CrosswalkMapping.of(List.of(cfir("reflecting-and-evaluating")), true);
    ConstructRef evaluating = ConstructRef.of("cfir-2.0", "implementation-process.reflecting-and-evaluating");
    assertThat(StrategyMatcher.rankCfir2(TABLE, List.of(evaluating), stub).warnings()).containsExactly(
        evaluating + ": reaches CFIR 2009 only approximately, through cfir-2009:process.reflecting-and-evaluating");
    assertThat(ImpsciJson.read(ImpsciJson.write(r), StrategyRanking.class, "t")).isEqualTo(r);
  }

  @Test
  void flagsAreRankedApartAndNeverSummed() {
    // Robinson and Damschroder 2023 Table 3 flags 8 strategies Level 2 for tension for change and
    // 4 for goals and feedback (audit and provide feedback Level 1); the table has no percent
    // for either barrier. Facilitate relay of clinical data is flagged for both.
    StrategyRanking r = StrategyMatcher.rank(TABLE, List.of(cfir("tension-for-change"), cfir("goals-and-feedback")));
    assertThat(r.strategies()).isEmpty();
    assertThat(r.flagged()).hasSize(8 + 4 - 1);
    assertThat(r.flagged().subList(0, 3)).extracting(FlaggedStrategy::strategy).containsExactly(
        "audit-and-provide-feedback", "facilitate-relay-of-clinical-data-to-providers",
        "alter-incentive-allowance-structures");
    assertThat(r.flagged().get(1).count(EndorsementLevel.LEVEL_2)).isEqualTo(2);
    assertThat(r.flagged().get(1).count(EndorsementLevel.LEVEL_1)).isZero();
    assertThat(r.warnings()).containsExactly(
        "cfir-2009:inner-setting.implementation-climate.tension-for-change: the table holds no strategy"
            + " for it (0 of 73), so it adds nothing to any sum; 8 more carry only a Level 1 or 2 flag,"
            + " listed apart and never summed",
        "cfir-2009:inner-setting.implementation-climate.goals-and-feedback: the table holds no strategy"
            + " for it (0 of 73), so it adds nothing to any sum; 4 more carry only a Level 1 or 2 flag,"
            + " listed apart and never summed");
    // Networks and communications: 35 percents from Waltz 2019 Table 5; of the 7 flagged
    // strategies only promote network weaving (a Table 5 row left out) has no percent. It stays
    // out of the percent ranking although its flag is Level 1.
    StrategyRanking networks = StrategyMatcher.rank(TABLE, List.of(cfir("networks-and-communications")));
    assertThat(networks.strategies()).hasSize(35)
        .noneMatch(s -> s.strategy().equals("promote-network-weaving"));
    assertThat(networks.flagged()).singleElement().satisfies(f -> {
      assertThat(f.strategy()).isEqualTo("promote-network-weaving");
      assertThat(f.flags()).extracting(EndorsementFlag::level).containsExactly(EndorsementLevel.LEVEL_1);
    });
    assertThat(networks.chosen().get(0).columns().get(0).flags()).isEqualTo(1);
    assertThat(networks.strategies().get(0).strategy()).isEqualTo("organize-clinician-implementation-team-meetings");
    assertThat(networks.strategies().get(0).cumulativePercent()).isEqualTo(52);
    assertThat(ImpsciJson.read(ImpsciJson.write(networks), StrategyRanking.class, "t")).isEqualTo(networks);
  }
}
