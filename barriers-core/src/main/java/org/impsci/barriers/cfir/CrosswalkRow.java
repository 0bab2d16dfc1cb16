package org.impsci.barriers.cfir;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * One row of the {@link CfirCrosswalk}: CFIR 2009 constructs, the CFIR 2.0 constructs they become,
 * how ({@link CrosswalkKind}), on what basis, and a note in this project's words.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableCrosswalkRow.class)
@JsonDeserialize(as = ImmutableCrosswalkRow.class)
public interface CrosswalkRow {

  /** How the two sides relate. */
  CrosswalkKind kind();

  /** The CFIR 2009 side; empty for a new construct. */
  @JsonProperty("from")
  List<Cfir2009Construct> from();

  /** The CFIR 2.0 side; empty for a removed construct. */
  List<Cfir20Construct> to();

  /** What the row rests on. */
  CrosswalkBasis basis();

  /** What changed, in this project's words. */
  String note();

  /** Checks that the kind fits the number of constructs on each side and the note is not blank. */
  @Value.Check
  default void check() {
    if (!kind().fits(from().size(), to().size())) {
      throw new IllegalArgumentException(
          "a crosswalk row of kind " + kind() + " cannot map " + from() + " to " + to()
              + "; allowed: equivalent 1 to 1, split 1 to 2 or more, merge 2 or more to 1,"
              + " new 0 to 1 or more, removed 1 or more to 0");
    }
    if (note().isBlank()) {
      throw new IllegalArgumentException("crosswalk row " + from() + " -> " + to() + " has no note");
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CrosswalkRow}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableCrosswalkRow.Builder {
    Builder() {}
  }
}
