package org.impsci.barriers.rating;

import org.impsci.assessment.InputLocation;

/** Builds ratings for tests. */
final class Ratings {
  private Ratings() {}

  static ConstructRating rating(String site, RatingTarget target, String code, String coder) {
    return ConstructRating.builder()
        .site(site)
        .target(target)
        .rating(RatingValue.parse(code, InputLocation.unknown()))
        .coder(coder)
        .build();
  }

  static ConstructRating rating(String site, String target, String code) {
    return ConstructRating.builder()
        .site(site)
        .target(RatingTarget.parse(target))
        .rating(RatingValue.parse(code, InputLocation.unknown()))
        .build();
  }
}
