package org.impsci.assessment.instrument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * The answers an item accepts: an ordinal scale (whole numbers from {@link #min()} to {@link
 * #max()}, with labels) or a numeric range, plus any named non-substantive answers.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableResponseScale.class)
@JsonDeserialize(as = ImmutableResponseScale.class)
public interface ResponseScale {

  /** Whether answers are whole points on an ordinal scale or any number in a range. */
  enum Kind {
    /** Whole numbers from min to max, usually labelled (a Likert-type scale). */
    ORDINAL,
    /** Any finite number from min to max. */
    NUMERIC
  }

  /** Ordinal or numeric. */
  Kind kind();

  /** The lowest value. */
  double min();

  /** The highest value. */
  double max();

  /** Labels of ordinal points, in impsci's own words; may be empty or partial. */
  Map<Integer, String> labels();

  /** Named answers that are not numbers. */
  List<NonSubstantiveOption> nonSubstantiveOptions();

  /** An ordinal scale from min to max with labels for some or all points. */
  static ResponseScale ordinal(int min, int max, Map<Integer, String> labels) {
    return ResponseScale.builder()
        .kind(Kind.ORDINAL)
        .min(min)
        .max(max)
        .putAllLabels(labels)
        .build();
  }

  /** A numeric range. */
  static ResponseScale numeric(double min, double max) {
    return ResponseScale.builder().kind(Kind.NUMERIC).min(min).max(max).build();
  }

  /** Whether a number is a valid answer on this scale. */
  default boolean accepts(double value) {
    if (!(value >= min() && value <= max())) {
      return false;
    }
    return kind() == Kind.NUMERIC || value == Math.rint(value);
  }

  /** Whether a code names one of this scale's non-substantive answers. */
  default boolean acceptsCode(String code) {
    return codes().contains(code);
  }

  /** The codes of the non-substantive answers. */
  @JsonIgnore
  @Value.Lazy
  default Set<String> codes() {
    return nonSubstantiveOptions().stream()
        .map(NonSubstantiveOption::code)
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * What the scale allows, for error messages: for example {@code whole numbers 1..5, or one of
   * [not_relevant_stage, not_relevant_role]}.
   */
  @JsonIgnore
  @Value.Lazy
  default String describeAllowed() {
    String range =
        kind() == Kind.ORDINAL
            ? "whole numbers " + (long) min() + ".." + (long) max()
            : "numbers " + min() + ".." + max();
    if (nonSubstantiveOptions().isEmpty()) {
      return range;
    }
    return range
        + ", or one of "
        + nonSubstantiveOptions().stream()
            .map(NonSubstantiveOption::code)
            .collect(Collectors.joining(", ", "[", "]"));
  }

  /** Checks the range, the labels and the option codes. */
  @Value.Check
  default void check() {
    if (!Double.isFinite(min()) || !Double.isFinite(max()) || !(min() < max())) {
      throw new IllegalArgumentException(
          "a response scale needs finite min < max, got " + min() + ".." + max());
    }
    if (kind() == Kind.ORDINAL) {
      if (min() != Math.rint(min()) || max() != Math.rint(max())) {
        throw new IllegalArgumentException(
            "an ordinal scale needs whole-number ends, got " + min() + ".." + max());
      }
      for (Integer point : labels().keySet()) {
        if (point < min() || point > max()) {
          throw new IllegalArgumentException(
              "label for point " + point + " lies outside " + (long) min() + ".." + (long) max());
        }
      }
    } else if (!labels().isEmpty()) {
      throw new IllegalArgumentException("a numeric range has no point labels");
    }
    long distinct =
        nonSubstantiveOptions().stream().map(NonSubstantiveOption::code).distinct().count();
    if (distinct != nonSubstantiveOptions().size()) {
      throw new IllegalArgumentException("non-substantive option codes must be unique");
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResponseScale}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableResponseScale.Builder {
    Builder() {}
  }
}
