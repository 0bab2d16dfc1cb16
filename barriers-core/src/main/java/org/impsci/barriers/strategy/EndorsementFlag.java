package org.impsci.barriers.strategy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.Source;
import org.impsci.assessment.framework.ConstructRef;

/**
 * A cell of the CFIR-ERIC table known only by its level: a publication marks the strategy Level 1
 * (at least 50% of experts) or Level 2 (20% to 49%) for the barrier without printing the percent.
 * A flag is a range, not a percent: {@link StrategyMatcher} never adds it to a sum, and ranks
 * flagged strategies apart ({@link StrategyRanking#flagged()}). The absence of a flag says nothing.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableEndorsementFlag.class)
@JsonDeserialize(as = ImmutableEndorsementFlag.class)
public interface EndorsementFlag {

  /** The barrier, a {@code cfir-2009} construct. */
  ConstructRef barrier();

  /** The ERIC strategy id. */
  String strategy();

  /** The level the publication marks. */
  EndorsementLevel level();

  /** Where the flag is printed. */
  Source source();

  /** Checks that the barrier is a CFIR 2009 construct. */
  @Value.Check
  default void check() {
    if (!barrier().framework().equals(Endorsement.BARRIER_FRAMEWORK)) {
      throw new IllegalArgumentException(
          "flag barrier " + barrier() + " is not a " + Endorsement.BARRIER_FRAMEWORK + " construct");
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link EndorsementFlag}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableEndorsementFlag.Builder {
    Builder() {}
  }
}
