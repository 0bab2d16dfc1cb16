package org.impsci.outcomes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.Source;

/**
 * Where one of Proctor's outcomes stands in the CFIR Outcomes Addendum (Damschroder et al. 2022,
 * doi:10.1186/s13012-021-01181-5): an anticipated or actual implementation outcome of the
 * addendum's Table 1, an antecedent assessment, or no counterpart. Each link carries its source
 * with the locator, and says where the match is this project's reading. Immutable.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableCfirOutcomeLink.class)
@JsonDeserialize(as = ImmutableCfirOutcomeLink.class)
public interface CfirOutcomeLink {

  /** Where the addendum places an outcome. */
  enum Stage {
    /** A perception gathered before or during implementation that predicts it. */
    ANTECEDENT_ASSESSMENT,
    /** An anticipated implementation outcome (a likelihood): Table 1's first column. */
    ANTICIPATED,
    /** An actual implementation outcome (an extent): Table 1's second column. */
    ACTUAL,
    /** The addendum has no counterpart. */
    NO_COUNTERPART
  }

  /** The Proctor outcome. */
  ProctorOutcome outcome();

  /** Where the addendum places it. */
  Stage stage();

  /** The id of the addendum's outcome, for an anticipated or actual one, such as {@code sustainment}. */
  Optional<String> cfirOutcome();

  /** The addendum's name for it. */
  Optional<String> cfirLabel();

  /** Its definition, in this project's words. */
  Optional<String> cfirDefinition();

  /** What the link means, in this project's words. */
  String note();

  /** Where it is read, with the locator. */
  List<Source> sources();

  /** Checks that a counterpart is named exactly when the stage has one, and that a source is given. */
  @Value.Check
  default void check() {
    boolean hasCounterpart = stage() == Stage.ANTICIPATED || stage() == Stage.ACTUAL;
    if (hasCounterpart != cfirOutcome().isPresent()
        || hasCounterpart != cfirLabel().isPresent()
        || hasCounterpart != cfirDefinition().isPresent()) {
      throw new IllegalArgumentException(
          "link of '" + outcome() + "' at stage " + stage()
              + ": cfirOutcome, cfirLabel and cfirDefinition are given exactly for ANTICIPATED and ACTUAL");
    }
    if (sources().isEmpty()) {
      throw new IllegalArgumentException("link of '" + outcome() + "' needs a source");
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CfirOutcomeLink}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableCfirOutcomeLink.Builder {
    Builder() {}
  }
}
