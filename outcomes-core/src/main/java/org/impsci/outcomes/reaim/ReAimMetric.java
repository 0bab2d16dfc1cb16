package org.impsci.outcomes.reaim;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * One RE-AIM metric of one site and wave: its value, or, when a count it needs is missing or its
 * denominator is zero, no value and the reason. It names the counts it came from with the values
 * given. Immutable.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableReAimMetric.class)
@JsonDeserialize(as = ImmutableReAimMetric.class)
public interface ReAimMetric {

  /** Which metric. */
  ReAimMeasure measure();

  /** The value: a proportion (0-1), a count or a cost per participant; empty with a reason. */
  OptionalDouble value();

  /** The counts it is computed from, by field name, as given (absent ones left out). */
  Map<String, Double> from();

  /** Why there is no value. */
  Optional<String> reason();

  /** Checks that there is a value or a reason, not both. */
  @Value.Check
  default void check() {
    if (value().isPresent() == reason().isPresent()) {
      throw new IllegalArgumentException(
          "metric " + measure().id() + " needs a value or a reason, not both or neither");
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReAimMetric}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableReAimMetric.Builder {
    Builder() {}
  }
}
