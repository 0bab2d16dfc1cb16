package org.impsci.assessment.instrument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * A named answer that is not a number, such as "not relevant to my role".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableNonSubstantiveOption.class)
@JsonDeserialize(as = ImmutableNonSubstantiveOption.class)
public interface NonSubstantiveOption {

  /** The code used in data, lower-case with underscores, for example {@code not_relevant_role}. */
  String code();

  /** A short label in impsci's own words. */
  String label();

  /** An option with a code and a label. */
  static NonSubstantiveOption of(String code, String label) {
    return NonSubstantiveOption.builder().code(code).label(label).build();
  }

  /** Checks the code's form: it must not look like a number. */
  @Value.Check
  default void check() {
    if (!code().matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException(
          "non-substantive code '" + code() + "' must be lower-case letters, digits and '_',"
              + " starting with a letter");
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NonSubstantiveOption}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableNonSubstantiveOption.Builder {
    Builder() {}
  }
}
