package org.impsci.assessment.instrument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.Source;

/**
 * One question of an instrument.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableItem.class)
@JsonDeserialize(as = ImmutableItem.class)
public interface Item {

  /** The stable id, for example {@code CA2}; letters, digits, '_', '-' and '.'. */
  String id();

  /** The construct it measures as {@code framework:construct}, if it measures one. */
  Optional<String> constructId();

  /** The question paraphrased in impsci's own words (never the published wording). */
  String prompt();

  /** The answers it accepts. */
  ResponseScale scale();

  /** Whether the item is worded against the construct, so that max + min - x is its score. */
  @Value.Default
  default boolean reverseScored() {
    return false;
  }

  /** Where the item is published; empty means the instrument's sources apply. */
  List<Source> sources();

  /** Checks the id's form. */
  @Value.Check
  default void check() {
    if (!id().matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
      throw new IllegalArgumentException(
          "item id '" + id() + "' must be letters, digits, '_', '-' or '.'");
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Item}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableItem.Builder {
    Builder() {}
  }
}
