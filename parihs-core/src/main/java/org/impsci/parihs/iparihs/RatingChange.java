package org.impsci.parihs.iparihs;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * How one characteristic's rating changed between two occasions at a site: the influence and
 * signed weight before and after (empty where it was not rated) and the change in weight when
 * rated on both.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableRatingChange.class)
@JsonDeserialize(as = ImmutableRatingChange.class)
public interface RatingChange {

  /** The characteristic. */
  IParihsConstruct characteristic();

  /** The influence on the earlier occasion. */
  Optional<Influence> before();

  /** The influence on the later occasion. */
  Optional<Influence> after();

  /** The signed weight on the earlier occasion (-3..3). */
  OptionalInt weightBefore();

  /** The signed weight on the later occasion (-3..3). */
  OptionalInt weightAfter();

  /** Later minus earlier weight; positive is better; empty unless rated on both occasions. */
  default OptionalInt delta() {
    return weightBefore().isPresent() && weightAfter().isPresent()
        ? OptionalInt.of(weightAfter().getAsInt() - weightBefore().getAsInt())
        : OptionalInt.empty();
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RatingChange}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableRatingChange.Builder {
    Builder() {}
  }
}
