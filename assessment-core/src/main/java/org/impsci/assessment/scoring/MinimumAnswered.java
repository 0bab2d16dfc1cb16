package org.impsci.assessment.scoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * How many members of a scale must be answered for it to get a score: a fixed count or a fraction
 * of the scale's members (rounded up, so that "half of 3 items" needs 2). At least one answer is
 * always needed.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableMinimumAnswered.class)
@JsonDeserialize(as = ImmutableMinimumAnswered.class)
public interface MinimumAnswered {

  /** A count or a fraction. */
  enum Kind {
    /** At least this many members. */
    COUNT,
    /** At least this fraction of the members, rounded up. */
    FRACTION
  }

  /** Count or fraction. */
  Kind kind();

  /** The count (a whole number of at least 1) or the fraction (greater than 0, at most 1). */
  double value();

  /** At least {@code n} answered members. */
  static MinimumAnswered count(int n) {
    return MinimumAnswered.builder().kind(Kind.COUNT).value(n).build();
  }

  /** At least this fraction of the members, rounded up. */
  static MinimumAnswered fraction(double fraction) {
    return MinimumAnswered.builder().kind(Kind.FRACTION).value(fraction).build();
  }

  /** Every member. */
  static MinimumAnswered all() {
    return fraction(1.0);
  }

  /** The number of answered members a scale of {@code members} members needs. */
  default int requiredOf(int members) {
    if (kind() == Kind.COUNT) {
      return (int) value();
    }
    // The small tolerance keeps 0.5 * 4 at 2 despite floating-point representation.
    return Math.max(1, (int) Math.ceil(value() * members - 1e-9));
  }

  /** For messages, for example {@code at least 4 of 7 (a fraction 0.5)}. */
  default String describe(int members) {
    return "at least " + requiredOf(members) + " of " + members + " (" + describe() + ")";
  }

  /** The rule alone, for example {@code a fraction 0.5} or {@code a count of 3}. */
  default String describe() {
    return kind() == Kind.COUNT ? "a count of " + (int) value() : "a fraction " + value();
  }

  /** Checks the value's range. */
  @Value.Check
  default void check() {
    if (kind() == Kind.COUNT && (value() < 1 || value() != Math.rint(value()))) {
      throw new IllegalArgumentException("a minimum count must be a whole number >= 1, got " + value());
    }
    if (kind() == Kind.FRACTION && !(value() > 0 && value() <= 1)) {
      throw new IllegalArgumentException("a minimum fraction must lie in (0, 1], got " + value());
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MinimumAnswered}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableMinimumAnswered.Builder {
    Builder() {}
  }
}
