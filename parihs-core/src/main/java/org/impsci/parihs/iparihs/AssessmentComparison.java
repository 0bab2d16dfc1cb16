package org.impsci.parihs.iparihs;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * The difference between two i-PARIHS assessments of the same site: one {@link RatingChange} per
 * characteristic rated on either occasion, in the framework's order.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableAssessmentComparison.class)
@JsonDeserialize(as = ImmutableAssessmentComparison.class)
public interface AssessmentComparison {

  /** The site. */
  String site();

  /** The earlier occasion. */
  String from();

  /** The later occasion. */
  String to();

  /** The changes, in the framework's order. */
  List<RatingChange> changes();

  /** Characteristics that are barriers now and were not before (or were not rated). */
  default List<IParihsConstruct> newBarriers() {
    return changes().stream()
        .filter(c -> c.after().equals(Optional.of(Influence.BARRIER)))
        .filter(c -> !c.before().equals(Optional.of(Influence.BARRIER)))
        .map(RatingChange::characteristic)
        .toList();
  }

  /** Characteristics that were barriers and now, rated again, are not. */
  default List<IParihsConstruct> resolvedBarriers() {
    return changes().stream()
        .filter(c -> c.before().equals(Optional.of(Influence.BARRIER)))
        .filter(c -> c.after().isPresent() && c.after().get() != Influence.BARRIER)
        .map(RatingChange::characteristic)
        .toList();
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AssessmentComparison}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableAssessmentComparison.Builder {
    Builder() {}
  }
}
