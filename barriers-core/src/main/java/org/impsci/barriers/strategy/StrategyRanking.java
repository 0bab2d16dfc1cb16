package org.impsci.barriers.strategy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.framework.ConstructRef;

/** The result of {@link StrategyMatcher}: ranked strategies and what the ranking rests on. */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableStrategyRanking.class)
@JsonDeserialize(as = ImmutableStrategyRanking.class)
public interface StrategyRanking {

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
}
