package org.impsci.barriers.rating;

import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.Frameworks;

/** Checks of rating targets against a registry of frameworks. */
final class RatingTargets {
  private RatingTargets() {}

  static void requireKnown(RatingTarget target, Frameworks registry, InputLocation where) {
    String framework = target.construct().framework();
    if (registry.find(framework).isEmpty()) {
      String known = String.join(", ", registry.all().stream().map(f -> f.id()).toList());
      throw new InvalidInputException(
          where, "no framework '" + framework + "'", target.toString(), "one of " + known);
    }
    try {
      registry.resolve(target.construct());
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          where, "unknown construct '" + target.construct() + "'", target.toString(),
          e.allowed().orElse(null));
    }
  }
}
