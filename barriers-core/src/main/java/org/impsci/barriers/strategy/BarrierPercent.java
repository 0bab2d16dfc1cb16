package org.impsci.barriers.strategy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.framework.ConstructRef;

/**
 * A strategy's percent for one chosen barrier, with the level it reaches there.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableBarrierPercent.class)
@JsonDeserialize(as = ImmutableBarrierPercent.class)
public interface BarrierPercent {

  /** The CFIR 2009 barrier. */
  ConstructRef barrier();

  /** The percent of experts who endorsed the strategy for this barrier. */
  double percent();

  /** Level 1 or Level 2, or empty below 20%. */
  @JsonIgnore
  @Value.Lazy
  default Optional<EndorsementLevel> level() {
    return EndorsementLevel.of(percent());
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BarrierPercent}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableBarrierPercent.Builder {
    Builder() {}
  }
}
