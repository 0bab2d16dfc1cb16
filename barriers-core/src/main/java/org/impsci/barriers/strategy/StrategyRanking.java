package org.impsci.barriers.strategy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.framework.ConstructRef;

/**
 * The result of {@link StrategyMatcher}: ranked strategies and what the ranking rests on. A ranking
 * is complete only when {@link #warnings()} is empty; otherwise some chosen barrier added less to
 * the sums than the full matching table would.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableStrategyRanking.class)
@JsonDeserialize(as = ImmutableStrategyRanking.class)
public interface StrategyRanking {

  /**
   * The barriers as chosen (CFIR 2009 or CFIR 2.0 ids), without repeats, each with the CFIR 2009
   * constructs it was looked up as, whether that step was lossy, and how many strategies the
   * table holds for each of those constructs.
   */
  List<ChosenBarrier> chosen();

  /**
   * One sentence for each thing that makes the ranking less than complete, in the order chosen: a
   * CFIR 2.0 barrier with no CFIR 2009 counterpart, a lossy CFIR 2.0 to 2009 step, and a CFIR
   * 2009 construct whose column the table holds none of or only part of. Empty when the table
   * holds every chosen barrier's whole column.
   */
  List<String> warnings();

  /** The CFIR 2009 barriers ranked for, in the order chosen, without repeats. */
  List<ConstructRef> barriers();

  /** Chosen barriers for which the table has no entry at all: they add nothing to any sum. */
  List<ConstructRef> barriersWithoutEntries();

  /**
   * CFIR 2.0 barriers whose crosswalk to CFIR 2009 is lossy (a split, merge or partial match), so
   * that the ranking only approximates them; empty when CFIR 2009 barriers were given.
   */
  List<ConstructRef> lossyBarriers();

  /**
   * The strategies with an entry for at least one barrier: by cumulative percent, highest first;
   * ties by the number of Level 1 barriers, then Level 2 barriers (more first), then strategy id.
   */
  List<RankedStrategy> strategies();

  /**
   * Strategies the table flags Level 1 or 2 for some chosen CFIR 2009 constructs without a
   * percent, apart from {@link #strategies()} because a flag is a range, not a percent: by the
   * number of Level 1 flags, then Level 2 flags (more first), then strategy id. A strategy can be
   * in both lists, for different barriers; its flags are never added to its cumulative percent.
   */
  List<FlaggedStrategy> flagged();

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StrategyRanking}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableStrategyRanking.Builder {
    Builder() {}
  }
}
