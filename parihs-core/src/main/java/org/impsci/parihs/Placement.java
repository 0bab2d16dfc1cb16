package org.impsci.parihs;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * Where one PARIHS sub-element sits on its continuum ({@link ParihsFrameworks#continua()}): a
 * point from 1 (the low, or task-focused, end) to the assessment's {@link
 * ParihsAssessment#points()} (the high, or holistic, end), why, and what it rests on. Checked
 * within its {@link ParihsAssessment}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutablePlacement.class)
@JsonDeserialize(as = ImmutablePlacement.class)
public interface Placement {

  /** The sub-element placed. */
  ParihsConstruct subElement();

  /** The point, from 1 to the assessment's number of points. */
  int point();

  /** Why the sub-element is placed there; required. */
  String rationale();

  /** What the placement rests on: quotes, documents, observations; may be empty. */
  List<String> evidence();

  /** A placement with a rationale and any number of pieces of evidence. */
  static Placement of(ParihsConstruct subElement, int point, String rationale, String... evidence) {
    return Placement.builder()
        .subElement(subElement)
        .point(point)
        .rationale(rationale)
        .addEvidence(evidence)
        .build();
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Placement}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutablePlacement.Builder {
    Builder() {}
  }
}
