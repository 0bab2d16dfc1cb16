package org.impsci.parihs.iparihs;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * One i-PARIHS characteristic at one site: an enabler, a barrier or neutral; for an enabler or
 * barrier how strong; why; and what the rating rests on. Checked within its {@link
 * IParihsAssessment}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableCharacteristicRating.class)
@JsonDeserialize(as = ImmutableCharacteristicRating.class)
public interface CharacteristicRating {

  /** The characteristic rated (kind {@code characteristic}). */
  IParihsConstruct characteristic();

  /** Enabler, barrier or neutral. */
  Influence influence();

  /** The strength: required for an enabler or barrier, absent for neutral. */
  Optional<RatingStrength> strength();

  /** Why; required. */
  String rationale();

  /** What the rating rests on: quotes, documents, observations; may be empty. */
  List<String> evidence();

  /** The signed weight: + for an enabler, - for a barrier, 0 for neutral (-3..3). */
  default int signedWeight() {
    int w = strength().map(RatingStrength::weight).orElse(0);
    return influence() == Influence.BARRIER ? -w : influence() == Influence.ENABLER ? w : 0;
  }

  /** An enabler or barrier of the given strength. */
  static CharacteristicRating of(
      IParihsConstruct characteristic,
      Influence influence,
      RatingStrength strength,
      String rationale,
      String... evidence) {
    return CharacteristicRating.builder()
        .characteristic(characteristic)
        .influence(influence)
        .strength(Optional.ofNullable(strength))
        .rationale(rationale)
        .addEvidence(evidence)
        .build();
  }

  /** A neutral characteristic. */
  static CharacteristicRating neutral(
      IParihsConstruct characteristic, String rationale, String... evidence) {
    return of(characteristic, Influence.NEUTRAL, null, rationale, evidence);
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CharacteristicRating}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableCharacteristicRating.Builder {
    Builder() {}
  }
}
