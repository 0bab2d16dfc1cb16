package org.impsci.parihs.iparihs;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * One barrier in a facilitation focus, with its rank (1 first).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableFocusItem.class)
@JsonDeserialize(as = ImmutableFocusItem.class)
public interface FocusItem {

  /** The rank, from 1. */
  int rank();

  /** The barrier's characteristic. */
  IParihsConstruct characteristic();

  /** How strong the barrier is. */
  RatingStrength strength();

  /** The rationale given for the rating. */
  String rationale();

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FocusItem}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableFocusItem.Builder {
    Builder() {}
  }
}
