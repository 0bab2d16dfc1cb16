package org.impsci.barriers.strategy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.framework.ConstructRef;

/**
 * Where a CFIR 2.0 construct lands in CFIR 2009, and whether the mapping is lossy.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableCrosswalkMapping.class)
@JsonDeserialize(as = ImmutableCrosswalkMapping.class)
public interface CrosswalkMapping {

  /** The CFIR 2009 constructs, in crosswalk order; empty for a construct new in 2.0. */
  List<ConstructRef> targets();

  /** Whether the 2009 constructs cover the 2.0 construct only approximately. */
  boolean lossy();

  /** A mapping. */
  static CrosswalkMapping of(List<ConstructRef> targets, boolean lossy) {
    return CrosswalkMapping.builder().addAllTargets(targets).lossy(lossy).build();
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CrosswalkMapping}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableCrosswalkMapping.Builder {
    Builder() {}
  }
}
