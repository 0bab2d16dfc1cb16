package org.impsci.parihs;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * What {@link ParihsDiagnostics} makes of one {@link ParihsAssessment}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableParihsDiagnosis.class)
@JsonDeserialize(as = ImmutableParihsDiagnosis.class)
public interface ParihsDiagnosis {

  /** The site assessed. */
  String site();

  /** The summaries of evidence and of context, in that order. */
  List<ElementSummary> summaries();

  /** The evidence-by-context position; empty unless both summaries have a strength. */
  Optional<EvidenceContextPosition> position();

  /** A facilitation suggestion; present only when the options ask for one and there is a position. */
  Optional<FacilitationSuggestion> suggestion();

  /** The summary of one element. */
  default Optional<ElementSummary> summary(ParihsConstruct element) {
    return summaries().stream().filter(s -> s.element() == element).findFirst();
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ParihsDiagnosis}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableParihsDiagnosis.Builder {
    Builder() {}
  }
}
