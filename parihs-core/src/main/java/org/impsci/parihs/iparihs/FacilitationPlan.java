package org.impsci.parihs.iparihs;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * What {@link IParihsPlanning#plan(IParihsAssessment)} makes of one assessment: a profile per
 * construct and context level, and the barriers ranked as the facilitation focus.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableFacilitationPlan.class)
@JsonDeserialize(as = ImmutableFacilitationPlan.class)
public interface FacilitationPlan {

  /** The site. */
  String site();

  /** The occasion. */
  String occasion();

  /** Profiles of innovation, recipients and the local, organisational and external context. */
  List<ConstructProfile> profiles();

  /** Every barrier, ranked. */
  List<FocusItem> focus();

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FacilitationPlan}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableFacilitationPlan.Builder {
    Builder() {}
  }
}
