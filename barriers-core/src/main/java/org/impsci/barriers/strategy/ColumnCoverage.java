package org.impsci.barriers.strategy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.framework.ConstructRef;

/**
 * How much of one CFIR 2009 barrier's column an endorsement table holds: the number of ERIC
 * strategies with a percent for it, of those with only a Level 1 or 2 flag, and whether the
 * percents are the whole column.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableColumnCoverage.class)
@JsonDeserialize(as = ImmutableColumnCoverage.class)
public interface ColumnCoverage {

  /** The CFIR 2009 barrier. */
  ConstructRef barrier();

  /** ERIC strategies with a percent for this barrier in the table. */
  int strategies();

  /**
   * Further ERIC strategies the table only flags Level 1 or 2 for this barrier, without a percent
   * ({@link EndorsementTable#flags()}); they are ranked apart, never summed.
   */
  int flags();

  /**
   * Whether the column is whole, so that a strategy without a percent was endorsed by no one: the
   * table holds all {@value EricFrameworks#PUBLISHED_STRATEGIES} strategies, or its source lists
   * every strategy endorsed for the barrier ({@link EndorsementTable#completeColumns()}).
   */
  boolean complete();

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ColumnCoverage}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableColumnCoverage.Builder {
    Builder() {}
  }
}
