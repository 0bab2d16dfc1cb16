package org.impsci.barriers.strategy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * One ERIC strategy in a {@link StrategyRanking}: its cumulative percent and per-barrier figures.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableRankedStrategy.class)
@JsonDeserialize(as = ImmutableRankedStrategy.class)
public interface RankedStrategy {

  /** The ERIC strategy id. */
  String strategy();

  /** The sum of its percents over the chosen barriers that have an entry for it. */
  double cumulativePercent();

  /** Its percent for each chosen barrier that has an entry for it, in the order chosen. */
  List<BarrierPercent> barriers();

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RankedStrategy}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableRankedStrategy.Builder {
    Builder() {}
  }
}
