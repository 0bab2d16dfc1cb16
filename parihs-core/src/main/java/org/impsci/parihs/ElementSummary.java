package org.impsci.parihs;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * The summary of one PARIHS element (evidence or context): how many of its sub-elements were
 * placed low, at the middle point and high, which were not placed, and the resulting {@link
 * ElementStrength}; or, when the rule cannot give one, no strength and the reason.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableElementSummary.class)
@JsonDeserialize(as = ImmutableElementSummary.class)
public interface ElementSummary {

  /** The element. */
  ParihsConstruct element();

  /** Sub-elements placed below the middle of the scale. */
  int low();

  /** Sub-elements placed exactly at the middle point (only on a scale with an odd number of points). */
  int middle();

  /** Sub-elements placed above the middle of the scale. */
  int high();

  /** Sub-elements of the element that were not placed. */
  List<ParihsConstruct> unplaced();

  /** The strength; empty when it cannot be given (see {@link #reason()}). */
  Optional<ElementStrength> strength();

  /** Why there is no strength; empty when there is one. */
  Optional<String> reason();

  /** Checks that a strength and a reason do not come together. */
  @Value.Check
  default void check() {
    if (strength().isPresent() == reason().isPresent()) {
      throw new IllegalArgumentException(
          "summary of '" + element() + "' needs either a strength or a reason, not both or neither");
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ElementSummary}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableElementSummary.Builder {
    Builder() {}
  }
}
