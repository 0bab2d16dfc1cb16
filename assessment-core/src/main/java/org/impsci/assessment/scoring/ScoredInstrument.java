package org.impsci.assessment.scoring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.internal.RuleViolation;

/**
 * An instrument ready to score: the instrument, the rules it is scored by, the documented options
 * behind those rules and the reliability figures published for its scales. This is what an
 * {@link org.impsci.assessment.spi.InstrumentProvider} supplies and what {@link Instruments}
 * lists; a user's own instrument has the same JSON form (see {@link Instruments#load}).
 * Immutable and thread-safe.
 *
 * <p>Items that belong to no scale (NoMAD's general items G1-G3) are not scored; they are reported
 * one by one ({@link Instrument#singleItems()}).
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableScoredInstrument.class)
@JsonDeserialize(as = ImmutableScoredInstrument.class)
public interface ScoredInstrument {

  /** The instrument. */
  Instrument instrument();

  /** The rules it is scored by. */
  ScoringRules rules();

  /** The choices behind the rules, each with its value and rationale. */
  List<ScoringOption> options();

  /** Cronbach's alpha per scale as published; empty where none applies. */
  List<PublishedAlpha> publishedAlpha();

  /** The instrument's id. */
  @JsonIgnore
  default String id() {
    return instrument().id();
  }

  /** The published alphas by scale id, in the order given. */
  @JsonIgnore
  @Value.Lazy
  default Map<String, Double> publishedAlphaByScale() {
    Map<String, Double> byScale = new LinkedHashMap<>();
    publishedAlpha().forEach(a -> byScale.put(a.scaleId(), a.alpha()));
    return byScale;
  }

  /** A scorer of the instrument under its rules. */
  @JsonIgnore
  @Value.Lazy
  default Scorer scorer() {
    return Scorer.of(instrument(), rules());
  }

  /** A scored instrument with no options or published figures. */
  static ScoredInstrument of(Instrument instrument, ScoringRules rules) {
    return builder().instrument(instrument).rules(rules).build();
  }


  /**
   * Checks that the rules apply to every scale and that each published figure names a scale of
   * the instrument, once.
   */
  @Value.Check
  default void check() {
    try {
      scorer();
    } catch (IllegalArgumentException e) {
      throw new RuleViolation("rules", e.getMessage());
    }
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (int i = 0; i < publishedAlpha().size(); i++) {
      String scale = publishedAlpha().get(i).scaleId();
      if (instrument().group(scale).isEmpty()) {
        throw new RuleViolation(
            "publishedAlpha[" + i + "].scaleId",
            "instrument '" + id() + "' has no scale '" + scale + "'; its scales: "
                + String.join(", ", instrument().groupsById().keySet()));
      }
      Integer first = seen.putIfAbsent(scale, i);
      if (first != null) {
        throw new RuleViolation(
            "publishedAlpha[" + i + "].scaleId",
            "scale '" + scale + "' has a published alpha already, at publishedAlpha[" + first + "]");
      }
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScoredInstrument}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableScoredInstrument.Builder {
    Builder() {}
  }
}
