package org.impsci.assessment.coding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.framework.ConstructRef;

/**
 * Two codes applied to the same segments, and how many segments that was.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableCoOccurrence.class)
@JsonDeserialize(as = ImmutableCoOccurrence.class)
public interface CoOccurrence {

  /** The code that comes first in registry order. */
  ConstructRef first();

  /** The other code. */
  ConstructRef second();

  /** Segments coded with both. */
  long segments();

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CoOccurrence}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableCoOccurrence.Builder {
    Builder() {}
  }
}
