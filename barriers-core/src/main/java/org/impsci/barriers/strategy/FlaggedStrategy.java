package org.impsci.barriers.strategy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * An ERIC strategy that a table flags Level 1 or Level 2 for some chosen barriers without a
 * percent: listed apart from the ranked percents, never summed.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableFlaggedStrategy.class)
@JsonDeserialize(as = ImmutableFlaggedStrategy.class)
public interface FlaggedStrategy {

  /** The ERIC strategy id. */
  String strategy();

  /** Its flags for chosen barriers that have no percent for it, in the order chosen. */
  List<EndorsementFlag> flags();

  /** How many of its flags are at a level. */
  default long count(EndorsementLevel level) {
    return flags().stream().filter(f -> f.level() == level).count();
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FlaggedStrategy}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableFlaggedStrategy.Builder {
    Builder() {}
  }
}
