package org.impsci.parihs;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * A facilitation emphasis suggested from an {@link EvidenceContextPosition} by a rule the user
 * chose ({@link ParihsOptions.FacilitationRule}). It is this project's reading, marked as such in
 * {@link #basis()}, not a published verdict.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableFacilitationSuggestion.class)
@JsonDeserialize(as = ImmutableFacilitationSuggestion.class)
public interface FacilitationSuggestion {

  /** The two ends of the facilitation continuum (Kitson et al. 1998, doi:10.1136/qshc.7.3.149). */
  enum Emphasis {
    /** Task-focused facilitation: doing things for others to get a piece of work done. */
    TASK_FOCUSED,
    /** Holistic facilitation: enabling others to change how they think and work. */
    HOLISTIC_ENABLING
  }

  /** The suggested emphasis. */
  Emphasis emphasis();

  /** The elements facilitation should attend to first: the weak ones, then the mixed ones. */
  List<ParihsConstruct> focus();

  /** The rule that produced the suggestion and whose it is. */
  String basis();

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FacilitationSuggestion}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableFacilitationSuggestion.Builder {
    Builder() {}
  }
}
