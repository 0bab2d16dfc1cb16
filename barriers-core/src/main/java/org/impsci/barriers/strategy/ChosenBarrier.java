package org.impsci.barriers.strategy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.framework.ConstructRef;

/**
 * A barrier as it was chosen, the CFIR 2009 constructs it was looked up as, and how much of each
 * of their columns the endorsement table holds.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableChosenBarrier.class)
@JsonDeserialize(as = ImmutableChosenBarrier.class)
public interface ChosenBarrier {

  /** The barrier as chosen: a {@code cfir-2009} or {@code cfir-2.0} construct. */
  ConstructRef barrier();

  /**
   * The CFIR 2009 constructs the table was read for: the barrier itself for a CFIR 2009 barrier,
   * its crosswalk targets for a CFIR 2.0 one (empty when it has no CFIR 2009 counterpart).
   */
  List<ConstructRef> via();

  /** Whether the step from CFIR 2.0 to {@link #via()} loses information; false for CFIR 2009. */
  boolean lossy();

  /** The table's column for each construct of {@link #via()}, in the same order. */
  List<ColumnCoverage> columns();

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChosenBarrier}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableChosenBarrier.Builder {
    Builder() {}
  }
}
