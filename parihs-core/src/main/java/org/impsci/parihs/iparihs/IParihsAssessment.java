package org.impsci.parihs.iparihs;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.InvalidInputException;
import org.impsci.parihs.internal.Checks;

/**
 * An i-PARIHS facilitation-planning assessment of one site on one occasion: a {@link
 * CharacteristicRating} for each characteristic considered (Harvey &amp; Kitson 2016,
 * doi:10.1186/s13012-016-0398-2, Table 3). {@link IParihsPlanning} turns it into profiles and a
 * facilitation focus, and compares two occasions.
 *
 * <p>Checked on construction, from code or JSON: each rating names a characteristic (not a
 * construct or level), has a strength exactly when it is an enabler or barrier, a non-blank
 * rationale and no blank evidence entry, and no characteristic is rated twice. A violation is an
 * {@link InvalidInputException} naming the site, occasion and JSON path ({@code
 * ratings[4].strength}), the value and what is allowed. Characteristics may be left unrated.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableIParihsAssessment.class)
@JsonDeserialize(as = ImmutableIParihsAssessment.class)
public interface IParihsAssessment {

  /** The site or setting assessed. */
  String site();

  /** When or at which stage, for example {@code baseline} or {@code 2024-06}. */
  String occasion();

  /** The ratings, in any order. */
  List<CharacteristicRating> ratings();

  /** Ratings by characteristic. */
  default Map<IParihsConstruct, CharacteristicRating> byCharacteristic() {
    Map<IParihsConstruct, CharacteristicRating> map = new EnumMap<>(IParihsConstruct.class);
    ratings().forEach(r -> map.put(r.characteristic(), r));
    return map;
  }


  /**
   * Checks every rating.
   *
   * @throws InvalidInputException naming the site, occasion, JSON path, value and what is allowed
   */
  @Value.Check
  default void check() {
    String where = "i-PARIHS assessment of site '" + site() + "' (" + occasion() + ")";
    Map<IParihsConstruct, Integer> seen = new EnumMap<>(IParihsConstruct.class);
    for (int i = 0; i < ratings().size(); i++) {
      CharacteristicRating r = ratings().get(i);
      String path = "ratings[" + i + "]";
      if (!r.characteristic().kind().equals("characteristic")) {
        throw Checks.invalid(
            where, path + ".characteristic",
            "only characteristics are rated, not a " + r.characteristic().kind(),
            r.characteristic().id(), "a characteristic such as recipients.motivation");
      }
      boolean needsStrength = r.influence() != Influence.NEUTRAL;
      if (needsStrength != r.strength().isPresent()) {
        throw Checks.invalid(
            where, path + ".strength",
            needsStrength
                ? "an " + r.influence() + " needs a strength"
                : "a NEUTRAL rating has no strength",
            r.strength().map(String::valueOf).orElse("none"),
            needsStrength ? "WEAK, MODERATE or STRONG" : "none");
      }
      Checks.rationaleAndEvidence(where, path, r.rationale(), r.evidence());
      Integer first = seen.putIfAbsent(r.characteristic(), i);
      if (first != null) {
        throw Checks.invalid(
            where, path + ".characteristic",
            "characteristic already rated at ratings[" + first + "]", r.characteristic().id(),
            "each characteristic at most once");
      }
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link IParihsAssessment}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableIParihsAssessment.Builder {
    Builder() {}
  }
}
