package org.impsci.barriers.strategy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.barriers.cfir.Cfir20Construct;
import org.impsci.barriers.cfir.CfirFrameworks;
import org.impsci.barriers.cfir.CrosswalkResult;

/**
 * Ranks ERIC strategies for chosen CFIR barriers as the CFIR-ERIC matching tool of Waltz et al.
 * 2019 (doi:10.1186/s13012-019-0892-4) does: a strategy's cumulative percent is the sum of its
 * percents over the chosen barriers, and each barrier's percent is flagged Level 1 (at least 50%)
 * or Level 2 (20% to 49%). Cells a table knows only by a Level 1 or 2 flag are never summed:
 * they are listed apart ({@link StrategyRanking#flagged()}), ordered by their number of Level 1
 * flags, then Level 2 flags (more first), then strategy id, and a flag for a cell that has a
 * percent is not used. Pure and thread-safe.
 */
public final class StrategyMatcher {
  private static final Comparator<RankedStrategy> ORDER =
      Comparator.comparingDouble(RankedStrategy::cumulativePercent).reversed()
          .thenComparing(r -> -count(r, EndorsementLevel.LEVEL_1))
          .thenComparing(r -> -count(r, EndorsementLevel.LEVEL_2))
          .thenComparing(RankedStrategy::strategy);

  private static final Comparator<FlaggedStrategy> FLAG_ORDER =
      Comparator.comparingLong((FlaggedStrategy f) -> -f.count(EndorsementLevel.LEVEL_1))
          .thenComparingLong(f -> -f.count(EndorsementLevel.LEVEL_2))
          .thenComparing(FlaggedStrategy::strategy);

  private StrategyMatcher() {}

  /**
   * Ranks strategies for CFIR 2009 barriers; repeats count once.
   *
   * @throws InvalidInputException if a barrier is not a {@code cfir-2009} reference
   */
  public static StrategyRanking rank(EndorsementTable table, Collection<ConstructRef> barriers) {
    List<ChosenBarrier> chosen = new ArrayList<>();
    for (ConstructRef b : new LinkedHashSet<>(barriers)) {
      require(b, Endorsement.BARRIER_FRAMEWORK);
      chosen.add(chosen(table, b, List.of(b), false));
    }
    return rank(table, chosen);
  }

  /**
   * Ranks strategies for CFIR 2.0 barriers, each mapped to CFIR 2009 through the crosswalk; the
   * result keeps each barrier's 2.0 id with the 2009 constructs it went through and whether that
   * step was lossy. Two 2.0 barriers that map to the same 2009 construct count it once.
   *
   * @throws InvalidInputException if a barrier is not a {@code cfir-2.0} reference, or the
   *     crosswalk rejects it
   */
  public static StrategyRanking rankCfir2(
      EndorsementTable table, Collection<ConstructRef> cfir2Barriers, Cfir2Crosswalk crosswalk) {
    List<ChosenBarrier> chosen = new ArrayList<>();
    for (ConstructRef b : new LinkedHashSet<>(cfir2Barriers)) {
      require(b, "cfir-2.0");
      CrosswalkMapping m = crosswalk.to2009(b);
      chosen.add(chosen(table, b, m.targets(), m.lossy()));
    }
    return rank(table, chosen);
  }

  /**
   * Ranks strategies for CFIR 2.0 barriers through the bundled CFIR 2009 to 2.0 crosswalk ({@link
   * CfirFrameworks#crosswalk()}), as {@link #rankCfir2(EndorsementTable, Collection,
   * Cfir2Crosswalk)} does.
   *
   * @throws InvalidInputException if a barrier is not a {@code cfir-2.0} construct
   */
  public static StrategyRanking rankCfir2(
      EndorsementTable table, Collection<ConstructRef> cfir2Barriers) {
    return rankCfir2(
        table,
        cfir2Barriers,
        ref -> {
          CrosswalkResult r = CfirFrameworks.crosswalk().to2009(Cfir20Construct.of(ref.construct()));
          return CrosswalkMapping.of(r.to(), r.lossy());
        });
  }

  private static ChosenBarrier chosen(
      EndorsementTable table, ConstructRef barrier, List<ConstructRef> via, boolean lossy) {
    ChosenBarrier.Builder b =
        ChosenBarrier.builder().barrier(barrier).addAllVia(via).lossy(lossy);
    via.forEach(c -> b.addColumns(table.coverage(c)));
    return b.build();
  }

  private static StrategyRanking rank(EndorsementTable table, List<ChosenBarrier> chosen) {
    Set<ConstructRef> targets = new LinkedHashSet<>();
    chosen.forEach(c -> targets.addAll(c.via()));
    Map<String, List<BarrierPercent>> byStrategy = new LinkedHashMap<>();
    List<ConstructRef> without = new ArrayList<>();
    for (ConstructRef barrier : targets) {
      Map<String, Endorsement> row = table.byBarrier().getOrDefault(barrier, Map.of());
      if (row.isEmpty()) {
        without.add(barrier);
      }
      row.forEach((strategy, e) -> byStrategy.computeIfAbsent(strategy, s -> new ArrayList<>())
          .add(BarrierPercent.builder().barrier(barrier).percent(e.percent()).build()));
    }
    List<RankedStrategy> ranked = byStrategy.entrySet().stream()
        .map(e -> (RankedStrategy) RankedStrategy.builder()
            .strategy(e.getKey())
            .cumulativePercent(e.getValue().stream().mapToDouble(BarrierPercent::percent).sum())
            .addAllBarriers(e.getValue())
            .build())
        .sorted(ORDER)
        .collect(Collectors.toList());
    return StrategyRanking.builder()
        .addAllBarriers(targets).addAllBarriersWithoutEntries(without)
        .addAllFlagged(flagged(table, targets))
        .addAllLossyBarriers(chosen.stream().filter(ChosenBarrier::lossy).map(ChosenBarrier::barrier).toList())
        .addAllChosen(chosen).addAllWarnings(CoverageWarnings.of(chosen))
        .addAllStrategies(ranked).build();
  }

  private static List<FlaggedStrategy> flagged(EndorsementTable table, Set<ConstructRef> targets) {
    Map<String, List<EndorsementFlag>> byStrategy = new LinkedHashMap<>();
    for (ConstructRef barrier : targets) {
      table.flagsWithoutPercent(barrier)
          .forEach(f -> byStrategy.computeIfAbsent(f.strategy(), k -> new ArrayList<>()).add(f));
    }
    return byStrategy.entrySet().stream()
        .map(e -> (FlaggedStrategy) FlaggedStrategy.builder()
            .strategy(e.getKey()).addAllFlags(e.getValue()).build())
        .sorted(FLAG_ORDER)
        .toList();
  }

  private static long count(RankedStrategy r, EndorsementLevel level) {
    return r.barriers().stream().filter(b -> b.level().equals(Optional.of(level))).count();
  }

  private static void require(ConstructRef barrier, String framework) {
    if (!barrier.framework().equals(framework)) {
      throw new InvalidInputException(InputLocation.unknown(), "barrier of the wrong framework",
          barrier.toString(), framework + ":<construct>");
    }
  }
}
