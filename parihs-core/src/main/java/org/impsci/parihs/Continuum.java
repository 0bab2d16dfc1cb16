package org.impsci.parihs;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.Source;

/**
 * The two ends of a PARIHS sub-element's continuum, described briefly in this project's words:
 * what a low (or task-focused) and a high (or holistic) placement look like. See {@link
 * ParihsFrameworks#continua()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableContinuum.class)
@JsonDeserialize(as = ImmutableContinuum.class)
public interface Continuum {

  /** What a continuum measures. */
  enum Kind {
    /** Evidence and context: from weak (low) to strong (high). */
    STRENGTH,
    /** Facilitation: from task-focused doing for others (low) to holistic enabling (high). */
    APPROPRIATENESS
  }

  /** The sub-element, as its id in {@code parihs}, for example {@code evidence.research}. */
  String constructId();

  /** Strength or appropriateness. */
  Kind kind();

  /** What the low end looks like. */
  String low();

  /** What the high end looks like. */
  String high();

  /** Where the ends are tabulated. */
  List<Source> sources();

  /** The sub-element's handle. */
  default ParihsConstruct subElement() {
    return ParihsConstruct.of(constructId());
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Continuum}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableContinuum.Builder {
    Builder() {}
  }
}
