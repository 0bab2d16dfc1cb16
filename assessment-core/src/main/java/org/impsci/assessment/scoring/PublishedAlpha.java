package org.impsci.assessment.scoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.Source;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.ItemGroup;

/**
 * Cronbach's alpha of one scale as a publication reports it, for comparison with a study's own
 * figure. Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutablePublishedAlpha.class)
@JsonDeserialize(as = ImmutablePublishedAlpha.class)
public interface PublishedAlpha {

  /** The id of the instrument's scale (group) the figure is for. */
  String scaleId();

  /** The published alpha, at most 1. */
  double alpha();

  /** Where it is published, with the table or page. */
  Source source();

  /** A published alpha. */
  static PublishedAlpha of(String scaleId, double alpha, Source source) {
    return builder().scaleId(scaleId).alpha(alpha).source(source).build();
  }

  /**
   * The alphas of one source for the scales an instrument has, in the instrument's scale order;
   * figures for scales it lacks are left out.
   */
  static List<PublishedAlpha> forScales(
      Instrument instrument, Map<String, Double> alphaByScale, Source source) {
    List<PublishedAlpha> found = new ArrayList<>();
    for (ItemGroup scale : instrument.groups()) {
      Double alpha = alphaByScale.get(scale.id());
      if (alpha != null) {
        found.add(of(scale.id(), alpha, source));
      }
    }
    return found;
  }


  /** Checks that alpha is a number of at most 1. */
  @Value.Check
  default void check() {
    if (!(alpha() <= 1)) {
      throw new IllegalArgumentException(
          "alpha of scale '" + scaleId() + "' must be a number of at most 1, got " + alpha());
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PublishedAlpha}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutablePublishedAlpha.Builder {
    Builder() {}
  }
}
