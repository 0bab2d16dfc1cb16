package org.impsci.outcomes.effect;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * One person's counts before and after, for example GP consultations in the six months before and
 * after referral to a link worker. Either side may be missing. Immutable.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutablePairedValues.class)
@JsonDeserialize(as = ImmutablePairedValues.class)
public interface PairedValues {

  /** The person's id. */
  String id();

  /** The value before; empty when missing. */
  OptionalDouble before();

  /** The value after; empty when missing. */
  OptionalDouble after();

  /** A pair with both sides. */
  static PairedValues of(String id, double before, double after) {
    return builder().id(id).before(before).after(after).build();
  }

  /** Checks that the values given are finite. */
  @Value.Check
  default void check() {
    if (before().isPresent() && !Double.isFinite(before().getAsDouble())
        || after().isPresent() && !Double.isFinite(after().getAsDouble())) {
      throw new IllegalArgumentException("pair '" + id() + "': values must be finite numbers");
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PairedValues}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutablePairedValues.Builder {
    Builder() {}
  }
}
