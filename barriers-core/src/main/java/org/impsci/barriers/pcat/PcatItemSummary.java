package org.impsci.barriers.pcat;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * The answers to one pCAT item in one group, counted as pcatR 1.0.1's {@code pcat_summarise}
 * counts them (the field names are its columns in camel case). Directional shares divide by the
 * answers with a valid direction, five-class shares by the complete answers; a share with a zero
 * denominator is empty. No figure adds items up.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutablePcatItemSummary.class)
@JsonDeserialize(as = ImmutablePcatItemSummary.class)
public interface PcatItemSummary {

  /** The group's value of each grouping column, in the order asked for. */
  Map<String, String> group();

  /** The item's number. */
  int item();

  /** Answers counted ({@code n_rows_eligible}; rejected records are in the read report). */
  int nAnswers();

  /** Distinct respondents. */
  int nRespondents();

  /** Answers with direction 1, 2 or 3. */
  int nValidDirection();

  /** Answers in one of the five complete classes. */
  int nCompleteClass();

  /** Direction 1. */
  int nBarrier();

  /** Direction 2 (whatever the effect). */
  int nNeutral();

  /** Direction 3. */
  int nFacilitator();

  /** Strong barriers. */
  int nStrongBarrier();

  /** Weak barriers. */
  int nWeakBarrier();

  /** Neutral answers with a valid or no effect. */
  int nNeutralComplete();

  /** Barriers without an effect. */
  int nBarrierEffectMissing();

  /** Weak facilitators. */
  int nWeakFacilitator();

  /** Strong facilitators. */
  int nStrongFacilitator();

  /** Facilitators without an effect. */
  int nFacilitatorEffectMissing();

  /** Answers whose direction is missing or invalid. */
  int nInvalidOrMissing();

  /** The most frequent complete class's code, {@code tie} when two or more share the top count. */
  Optional<String> modalClass();

  /** The mean display code of the complete answers. */
  OptionalDouble meanDisplayCode();

  /** The median display code of the complete answers. */
  OptionalDouble medianDisplayCode();

  /** Barriers over answers with a valid direction. */
  @JsonIgnore
  default OptionalDouble pctBarrier() {
    return share(nBarrier(), nValidDirection());
  }

  /** Neutral answers over answers with a valid direction. */
  @JsonIgnore
  default OptionalDouble pctNeutral() {
    return share(nNeutral(), nValidDirection());
  }

  /** Facilitators over answers with a valid direction. */
  @JsonIgnore
  default OptionalDouble pctFacilitator() {
    return share(nFacilitator(), nValidDirection());
  }

  /** Complete answers over answers with a valid direction. */
  @JsonIgnore
  default OptionalDouble pctCompleteClass() {
    return share(nCompleteClass(), nValidDirection());
  }

  /** Strong barriers over complete answers. */
  @JsonIgnore
  default OptionalDouble pctStrongBarrier() {
    return share(nStrongBarrier(), nCompleteClass());
  }

  /** Weak barriers over complete answers. */
  @JsonIgnore
  default OptionalDouble pctWeakBarrier() {
    return share(nWeakBarrier(), nCompleteClass());
  }

  /** Complete neutral answers over complete answers. */
  @JsonIgnore
  default OptionalDouble pctNeutralComplete() {
    return share(nNeutralComplete(), nCompleteClass());
  }

  /** Strong facilitators over complete answers. */
  @JsonIgnore
  default OptionalDouble pctStrongFacilitator() {
    return share(nStrongFacilitator(), nCompleteClass());
  }

  /** Weak facilitators over complete answers. */
  @JsonIgnore
  default OptionalDouble pctWeakFacilitator() {
    return share(nWeakFacilitator(), nCompleteClass());
  }

  /** Barriers and facilitators without an effect over answers with a valid direction. */
  @JsonIgnore
  default OptionalDouble pctEffectMissing() {
    return share(nBarrierEffectMissing() + nFacilitatorEffectMissing(), nValidDirection());
  }

  /** The count of the modal class; empty for a tie or when no answer is complete. */
  @JsonIgnore
  default OptionalInt modalClassN() {
    if (modalClass().isEmpty() || modalClass().get().equals(PcatSummaries.TIE)) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(switch (PcatClass.valueOf(modalClass().get().toUpperCase(java.util.Locale.ROOT))) {
      case STRONG_BARRIER -> nStrongBarrier();
      case WEAK_BARRIER -> nWeakBarrier();
      case NEUTRAL -> nNeutralComplete();
      case WEAK_FACILITATOR -> nWeakFacilitator();
      default -> nStrongFacilitator();
    });
  }

  /** The modal class's count over complete answers. */
  @JsonIgnore
  default OptionalDouble modalClassShare() {
    OptionalInt n = modalClassN();
    return n.isPresent() ? share(n.getAsInt(), nCompleteClass()) : OptionalDouble.empty();
  }

  private static OptionalDouble share(int count, int of) {
    return of == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count / of);
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PcatItemSummary}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutablePcatItemSummary.Builder {
    Builder() {}
  }
}
