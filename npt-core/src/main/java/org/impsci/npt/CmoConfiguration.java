package org.impsci.npt;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * A realist context-mechanism-outcome configuration in the terms of the NPT coding manual, for
 * tagging a coded segment: an optional context, mechanism and outcome, at least one of them
 * present, each a construct of the {@link NptFrameworks#codingManual() coding manual} from the
 * matching CMO domain. A slot may hold the domain itself ({@link CodingManualConstruct#CONTEXT}),
 * one of its primary constructs, or, for the mechanism, one of the sixteen sub-constructs.
 *
 * <p>In JSON: {@code {"context": "context.strategic-intentions", "mechanism":
 * "mechanism.collective-action.skill-set-workability"}}; reading also accepts aliases and {@code
 * npt-coding-manual:<id>} references; absent slots are left out.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableCmoConfiguration.class)
@JsonDeserialize(as = ImmutableCmoConfiguration.class)
public interface CmoConfiguration {

  /** The context: {@link CodingManualConstruct#CONTEXT} or one of its primary constructs. */
  Optional<CodingManualConstruct> context();

  /** The mechanism: {@link CodingManualConstruct#MECHANISM} or a construct below it. */
  Optional<CodingManualConstruct> mechanism();

  /** The outcome: {@link CodingManualConstruct#OUTCOME} or one of its primary constructs. */
  Optional<CodingManualConstruct> outcome();


  /**
   * A configuration of the given constructs, any of which may be {@code null} (but not all).
   *
   * @throws IllegalArgumentException if all are {@code null} or one is in the wrong slot
   */
  static CmoConfiguration of(
      CodingManualConstruct context,
      CodingManualConstruct mechanism,
      CodingManualConstruct outcome) {
    return builder()
        .context(Optional.ofNullable(context))
        .mechanism(Optional.ofNullable(mechanism))
        .outcome(Optional.ofNullable(outcome))
        .build();
  }

  /**
   * Checks that at least one slot is filled and each filled slot holds a construct of its own CMO
   * domain.
   *
   * @throws IllegalArgumentException naming the slot, the construct given and its domain
   */
  @Value.Check
  default void check() {
    if (context().isEmpty() && mechanism().isEmpty() && outcome().isEmpty()) {
      throw new IllegalArgumentException(
          "a CMO configuration needs at least one of context, mechanism and outcome;"
              + " all are empty");
    }
    checkSlot("context", context(), CodingManualConstruct.CONTEXT);
    checkSlot("mechanism", mechanism(), CodingManualConstruct.MECHANISM);
    checkSlot("outcome", outcome(), CodingManualConstruct.OUTCOME);
  }

  private static void checkSlot(
      String slot, Optional<CodingManualConstruct> value, CodingManualConstruct domain) {
    if (value.isPresent() && value.get().domain() != domain) {
      CodingManualConstruct c = value.get();
      String allowed =
          Arrays.stream(CodingManualConstruct.values())
              .filter(x -> x.domain() == domain && !x.isSubConstruct())
              .map(CodingManualConstruct::id)
              .collect(Collectors.joining(", "));
      throw new IllegalArgumentException(
          "CMO configuration slot '" + slot + "' got '" + c.id() + "', which is a "
              + c.domain().id() + " construct, not a " + domain.id() + " construct; allowed: "
              + allowed + (domain == CodingManualConstruct.MECHANISM ? " or a sub-construct" : ""));
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CmoConfiguration}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableCmoConfiguration.Builder {
    Builder() {}
  }
}
