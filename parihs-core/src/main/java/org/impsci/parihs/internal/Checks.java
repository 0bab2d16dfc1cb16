package org.impsci.parihs.internal;

import java.util.List;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;

/**
 * Validation shared by the PARIHS and i-PARIHS assessment types: errors name the assessment and
 * the JSON path.
 */
public final class Checks {
  private Checks() {}

  /** Bad input in {@code assessment} at {@code path}: the problem, the value and what is allowed. */
  public static InvalidInputException invalid(
      String assessment, String path, String problem, String value, String allowed) {
    return new InvalidInputException(
        InputLocation.in(assessment).withPath(path), problem, value, allowed);
  }

  /** Checks that the rationale is not blank and that no evidence entry is blank. */
  public static void rationaleAndEvidence(
      String assessment, String path, String rationale, List<String> evidence) {
    if (rationale.isBlank()) {
      throw invalid(assessment, path + ".rationale", "a rationale is required", rationale, null);
    }
    for (int i = 0; i < evidence.size(); i++) {
      if (evidence.get(i).isBlank()) {
        throw invalid(
            assessment, path + ".evidence[" + i + "]", "an evidence entry must not be blank",
            evidence.get(i), null);
      }
    }
  }
}
