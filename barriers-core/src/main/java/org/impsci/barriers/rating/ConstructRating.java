package org.impsci.barriers.rating;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.barriers.cfir.Cfir2009Construct;
import org.impsci.barriers.cfir.Cfir20Construct;

/**
 * One site's rating of one construct, with why (rationale), where in the data (evidence
 * locations, such as {@code interview 3, lines 40-52}) and who rated it.
 *
 * <p>The internal and external codes are for the innovation source only ({@code
 * cfir-2009:intervention-characteristics.intervention-source}, {@code cfir-2.0:innovation.source}).
 * A rating is the construct's influence on implementation, so for a reverse-rated construct (see
 * {@link #REVERSE_RATED}) much of the construct is a negative rating.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableConstructRating.class)
@JsonDeserialize(as = ImmutableConstructRating.class)
public interface ConstructRating {

  /**
   * Constructs rated in reverse: more of the construct is a hindrance. Damschroder &amp; Lowery
   * 2013 (doi:10.1186/1748-5908-8-51) mark complexity so, as later tables of ratings do (for
   * example doi:10.2196/jmir.5091, Table 2); no other construct was found marked. CFIR 2.0
   * innovation complexity is included by this project's judgement, as the same construct.
   */
  Set<ConstructRef> REVERSE_RATED =
      Set.of(Cfir2009Construct.COMPLEXITY.ref(), Cfir20Construct.INNOVATION_COMPLEXITY.ref());

  /** The constructs that take the internal and external codes. */
  Set<ConstructRef> SOURCE_CONSTRUCTS =
      Set.of(Cfir2009Construct.INTERVENTION_SOURCE.ref(), Cfir20Construct.INNOVATION_SOURCE.ref());

  /** The site, unit or case, as the study names it. */
  String site();

  /** The construct (or CFIR 2.0 role and characteristic) rated. */
  RatingTarget target();

  /** The rating. */
  RatingValue rating();

  /** Why the rating was given. */
  Optional<String> rationale();

  /** Where the evidence is, for example transcript and line numbers. */
  List<String> evidence();

  /** Who rated it. */
  Optional<String> coder();

  /** Whether the construct is rated in reverse (see {@link #REVERSE_RATED}). */
  default boolean reverseRated() {
    return REVERSE_RATED.contains(target().construct());
  }

  /** Checks the site is not blank and that I and E are given only for the innovation source. */
  @Value.Check
  default void check() {
    if (site().isBlank()) {
      throw new IllegalArgumentException("a rating needs a site; the site is blank");
    }
    if (rating().isSourceCode() && !SOURCE_CONSTRUCTS.contains(target().construct())) {
      throw new IllegalArgumentException(
          "rating '" + rating().code() + "' is only for the innovation source, not for '"
              + target() + "'; allowed: -2, -1, 0, +1, +2, X, M, NA");
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConstructRating}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableConstructRating.Builder {
    Builder() {}
  }
}
