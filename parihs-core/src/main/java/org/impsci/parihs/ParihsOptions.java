package org.impsci.parihs;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * How {@link ParihsDiagnostics} goes beyond the summaries and the position.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableParihsOptions.class)
@JsonDeserialize(as = ImmutableParihsOptions.class)
public interface ParihsOptions {

  /** Whether and how a facilitation emphasis is suggested from the evidence-by-context position. */
  enum FacilitationRule {
    /** No suggestion: the position is reported as data only (the default). */
    NONE,
    /**
     * This project's rule, not a published one: when evidence and context are both strong,
     * task-focused facilitation; otherwise holistic, enabling facilitation focused on the elements
     * that are not strong, weak ones first. It reads the PARIHS proposition that weaker evidence
     * and context call for more enabling facilitation; the search for the 2008 paper's own grid
     * could not confirm its cells.
     */
    IMPSCI_WEAKER_ELEMENTS
  }

  /** The facilitation rule; default {@link FacilitationRule#NONE}. */
  @Value.Default
  default FacilitationRule facilitationRule() {
    return FacilitationRule.NONE;
  }

  /** The defaults. */
  static ParihsOptions defaults() {
    return ParihsOptions.builder().build();
  }

  /** Options with a facilitation rule. */
  static ParihsOptions withRule(FacilitationRule rule) {
    return ParihsOptions.builder().facilitationRule(rule).build();
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ParihsOptions}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableParihsOptions.Builder {
    Builder() {}
  }
}
