package org.impsci.parihs;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.Source;

/**
 * Where a site sits on the evidence-by-context grid: the strengths of its evidence and its
 * context. Kitson et al. 2008 (doi:10.1186/1748-5908-3-1, abstract and discussion) propose that
 * this diagnosis of evidence and context is used to choose the most appropriate facilitation; the
 * position is reported as data, with that source, and carries no verdict of its own. A suggestion
 * drawn from it is a separate, explicitly chosen option ({@link ParihsOptions#facilitationRule()}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableEvidenceContextPosition.class)
@JsonDeserialize(as = ImmutableEvidenceContextPosition.class)
public interface EvidenceContextPosition {

  /** The publication that uses the position to choose facilitation. */
  Source SOURCE =
      Source.of(
          "Kitson et al. 2008: evidence and context are diagnosed first, and the aggregated"
              + " result chooses the facilitation method",
          "10.1186/1748-5908-3-1",
          "abstract");

  /** The strength of the evidence. */
  ElementStrength evidence();

  /** The strength of the context. */
  ElementStrength context();

  /** Where the position comes from. */
  List<Source> sources();

  /** A position with its source. */
  static EvidenceContextPosition of(ElementStrength evidence, ElementStrength context) {
    return EvidenceContextPosition.builder()
        .evidence(evidence)
        .context(context)
        .addSources(SOURCE)
        .build();
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link EvidenceContextPosition}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableEvidenceContextPosition.Builder {
    Builder() {}
  }
}
