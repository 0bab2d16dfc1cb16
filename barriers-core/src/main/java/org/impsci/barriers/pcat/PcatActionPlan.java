package org.impsci.barriers.pcat;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.barriers.strategy.EndorsementFlag;
import org.impsci.barriers.strategy.EndorsementTable;
import org.impsci.barriers.strategy.StrategyMatcher;
import org.impsci.barriers.strategy.StrategyRanking;

/**
 * One pCAT item found to be a barrier in one group (by {@link PcatPlanRules}), its CFIR
 * constructs and the ERIC strategies for its CFIR 2009 construct: those {@link StrategyMatcher}
 * ranks by expert-endorsement percent with honest coverage ({@link #strategies()}), and, kept
 * apart and never summed, the Level 1/2 candidates the pCAT paper publishes for the construct
 * (Robinson and Damschroder 2023, Table 3: {@link #candidates()}, the endorsement table's flags
 * from that source). Both are prompts for a team's discussion, not prescriptions.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutablePcatActionPlan.class)
@JsonDeserialize(as = ImmutablePcatActionPlan.class)
public interface PcatActionPlan {

  /** Why the item is in the plan; the codes are pcatR's. */
  enum Priority {
    /** Both the barrier share and the strong-barrier share reach their thresholds. */
    HIGH,
    /** Only the strong-barrier share does. */
    STRONG_EFFECT_SIGNAL,
    /** Only the barrier share does. */
    BARRIER_PREVALENCE_SIGNAL;

    /** pcatR's code, for example {@code high}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The item's summary in its group. */
  PcatItemSummary summary();

  /** Why it is a barrier. */
  Priority priority();

  /** The strategies ranked by endorsement percent for the item's CFIR 2009 construct. */
  StrategyRanking strategies();

  /** The pCAT paper's Level 1/2 candidates for that construct, Level 1 first, in table order. */
  List<EndorsementFlag> candidates();

  /** The item, with its CFIR 2009 and CFIR 2.0 constructs. */
  default PcatItem item() {
    return Pcat.item(summary().item());
  }

  /** The priority of a summary under the rules, if it is a barrier. */
  static Optional<Priority> priority(PcatItemSummary s, PcatPlanRules rules) {
    boolean prevalent = s.pctBarrier().orElse(-1) >= rules.barrierThreshold();
    boolean strong = s.pctStrongBarrier().orElse(-1) >= rules.strongBarrierThreshold();
    if (prevalent && strong) {
      return Optional.of(Priority.HIGH);
    }
    if (strong) {
      return Optional.of(Priority.STRONG_EFFECT_SIGNAL);
    }
    return prevalent ? Optional.of(Priority.BARRIER_PREVALENCE_SIGNAL) : Optional.empty();
  }

  /**
   * The plan: every summary that is a barrier, in pcatR's order (by the group's values, then the
   * larger strong-barrier share, then the larger barrier share, then the item).
   *
   * @param summaries per-item summaries, from {@link PcatSummaries#summarise}
   * @param rules which items are barriers
   * @param table the CFIR-ERIC endorsements, for example {@code EndorsementReader.bundled()}
   */
  static List<PcatActionPlan> of(
      List<PcatItemSummary> summaries, PcatPlanRules rules, EndorsementTable table) {
    Comparator<PcatActionPlan> order = Comparator
        .<PcatActionPlan, String>comparing(p -> String.join("\u0000", p.summary().group().values()))
        .thenComparing(p -> -p.summary().pctStrongBarrier().orElse(-1))
        .thenComparing(p -> -p.summary().pctBarrier().orElse(-1))
        .thenComparingInt(p -> p.summary().item());
    List<PcatActionPlan> plan = new ArrayList<>();
    for (PcatItemSummary s : summaries) {
      ConstructRef construct = Pcat.item(s.item()).cfir2009().target().construct();
      List<EndorsementFlag> candidates = table.flags().stream()
          .filter(f -> f.barrier().equals(construct)
              && f.source().doi().equals(Pcat.INSTRUMENT_SOURCE.doi()))
          .sorted(Comparator.comparing(EndorsementFlag::level))
          .toList();
      priority(s, rules).ifPresent(p -> plan.add(builder()
          .summary(s)
          .priority(p)
          .strategies(StrategyMatcher.rank(table, List.of(construct)))
          .addAllCandidates(candidates)
          .build()));
    }
    plan.sort(order);
    return plan;
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PcatActionPlan}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutablePcatActionPlan.Builder {
    Builder() {}
  }
}
