package org.impsci.barriers.behaviour;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.framework.ConstructRef;

/**
 * An intervention function that addresses some of the barriers given, and through which links.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableFunctionMatch.class)
@JsonDeserialize(as = ImmutableFunctionMatch.class)
public interface FunctionMatch {

  /** The intervention function. */
  InterventionFunction function();

  /** The COM-B components of the barriers that this function can change, in COM-B order. */
  List<ComBComponent> components();

  /** The barriers it addresses, in the order given. */
  List<ConstructRef> barriers();

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FunctionMatch}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableFunctionMatch.Builder {
    Builder() {}
  }
}
