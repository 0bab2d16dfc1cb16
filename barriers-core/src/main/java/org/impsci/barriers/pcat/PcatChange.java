package org.impsci.barriers.pcat;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * One respondent's answer to one item at two timepoints, compared as pcatR 1.0.1's {@code
 * pcat_change} compares them: by the display code (-2 strong barrier .. +2 strong facilitator),
 * which is descriptive only, never an interval-scale effect.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutablePcatChange.class)
@JsonDeserialize(as = ImmutablePcatChange.class)
public interface PcatChange {

  /** What happened between the two timepoints; the codes are pcatR's. */
  enum Transition {
    /** Both answers complete, the display code rose. */
    TOWARD_FACILITATION,
    /** Both answers complete, the display code fell. */
    TOWARD_BARRIER,
    /** Both answers complete, the same display code. */
    NO_CODE_CHANGE,
    /** Answered at the later timepoint only. */
    NEWLY_OBSERVED,
    /** Answered at the earlier timepoint only. */
    FOLLOWUP_MISSING,
    /** Answered at both, but at least one answer is not complete. */
    NOT_COMPARABLE;

    /** pcatR's code, for example {@code toward_barrier}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The pairing columns other than respondent and item (project, site, team, those present). */
  Map<String, String> context();

  /** The respondent. */
  String respondentId();

  /** The item's number. */
  int item();

  /** The class at the earlier timepoint, if answered. */
  Optional<PcatClass> from();

  /** The class at the later timepoint, if answered. */
  Optional<PcatClass> to();

  /** What happened. */
  Transition transition();

  /** The later display code minus the earlier one, when both answers are complete. */
  default OptionalInt delta() {
    if (from().isEmpty() || to().isEmpty() || !from().get().complete() || !to().get().complete()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(to().get().displayCode().getAsInt() - from().get().displayCode().getAsInt());
  }

  /** pcatR's detail, for example {@code weak_barrier -> not_observed}. */
  default String detail() {
    return from().map(PcatClass::code).orElse("not_observed") + " -> "
        + to().map(PcatClass::code).orElse("not_observed");
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PcatChange}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutablePcatChange.Builder {
    Builder() {}
  }
}
