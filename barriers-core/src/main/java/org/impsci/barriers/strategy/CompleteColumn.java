package org.impsci.barriers.strategy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.Source;
import org.impsci.assessment.framework.ConstructRef;

/**
 * A CFIR 2009 barrier whose source lists every ERIC strategy that any expert endorsed for it, so
 * that a strategy the table has no percent for was endorsed by no one (0%), not left unprinted.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableCompleteColumn.class)
@JsonDeserialize(as = ImmutableCompleteColumn.class)
public interface CompleteColumn {

  /** The barrier, a {@code cfir-2009} construct. */
  ConstructRef barrier();

  /** The publication that lists the whole column. */
  Source source();

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CompleteColumn}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableCompleteColumn.Builder {
    Builder() {}
  }
}
