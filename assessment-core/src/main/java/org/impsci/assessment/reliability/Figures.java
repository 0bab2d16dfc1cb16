package org.impsci.assessment.reliability;

import java.util.Optional;
import java.util.OptionalDouble;

/** Shared checks of the reliability value types. */
final class Figures {
  private Figures() {}

  static void requireFinite(String name, OptionalDouble value) {
    if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
      throw new IllegalArgumentException(name + " must be finite, got " + value.getAsDouble());
    }
  }

  static void requireReasonExactlyWhen(boolean missing, Optional<String> reason, String what) {
    if (missing && reason.filter(r -> !r.isBlank()).isEmpty()) {
      throw new IllegalArgumentException(what + ": a figure is missing, so a reason is required");
    }
    if (!missing && reason.isPresent()) {
      throw new IllegalArgumentException(what + ": every figure is present, so there is no reason");
    }
  }
}
