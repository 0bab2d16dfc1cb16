package org.impsci.parihs;

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
 * A PARIHS diagnostic assessment of one site: a {@link Placement} per sub-element on an ordinal
 * scale of {@link #points()} points, each with its rationale and evidence. Kitson et al. 2008
 * (doi:10.1186/1748-5908-3-1) propose such a diagnosis of evidence and context as the first of
 * two stages, the second being the choice of facilitation; {@link ParihsDiagnostics} summarises
 * it.
 *
 * <p>Checked on construction, from code or JSON: at least 2 points, each placement of a
 * sub-element (not an element) with a point from 1 to {@link #points()} and a non-blank rationale,
 * no blank evidence entry, and no sub-element placed twice. A violation is an {@link
 * InvalidInputException} naming the site and the JSON path ({@code placements[2].point}), the
 * value and what is allowed. Not every sub-element need be placed.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableParihsAssessment.class)
@JsonDeserialize(as = ImmutableParihsAssessment.class)
public interface ParihsAssessment {

  /** The number of points when none is given: 5, this project's choice (no source fixes one). */
  int DEFAULT_POINTS = 5;

  /** The site or setting assessed. */
  String site();

  /**
   * The number of points of the ordinal scale, 1 being the low end of each continuum; default
   * {@value #DEFAULT_POINTS}. PARIHS describes continua, not a number of points, so this is the
   * assessor's (documented) choice.
   */
  @Value.Default
  default int points() {
    return DEFAULT_POINTS;
  }

  /** The placements, in any order. */
  List<Placement> placements();

  /** Placements by sub-element. */
  default Map<ParihsConstruct, Placement> bySubElement() {
    Map<ParihsConstruct, Placement> map = new EnumMap<>(ParihsConstruct.class);
    placements().forEach(p -> map.put(p.subElement(), p));
    return map;
  }


  /**
   * Checks the scale and every placement.
   *
   * @throws InvalidInputException naming the site, the JSON path, the value and what is allowed
   */
  @Value.Check
  default void check() {
    String where = "PARIHS assessment of site '" + site() + "'";
    if (points() < 2) {
      throw Checks.invalid(
          where, "points", "the scale needs at least 2 points", String.valueOf(points()), ">= 2");
    }
    Map<ParihsConstruct, Integer> seen = new EnumMap<>(ParihsConstruct.class);
    for (int i = 0; i < placements().size(); i++) {
      Placement p = placements().get(i);
      String path = "placements[" + i + "]";
      if (p.subElement().parent().isEmpty()) {
        throw Checks.invalid(
            where, path + ".subElement", "an element cannot be placed, only its sub-elements",
            p.subElement().id(), "one of " + p.subElement().children());
      }
      if (p.point() < 1 || p.point() > points()) {
        throw Checks.invalid(
            where, path + ".point", "point outside the scale", String.valueOf(p.point()),
            "whole numbers 1.." + points());
      }
      Checks.rationaleAndEvidence(where, path, p.rationale(), p.evidence());
      Integer first = seen.putIfAbsent(p.subElement(), i);
      if (first != null) {
        throw Checks.invalid(
            where, path + ".subElement",
            "sub-element already placed at placements[" + first + "]", p.subElement().id(),
            "each sub-element at most once");
      }
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ParihsAssessment}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableParihsAssessment.Builder {
    Builder() {}
  }
}
