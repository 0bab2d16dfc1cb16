package org.impsci.parihs;

import java.util.List;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;

/** Validation shared by the assessment types: errors name the assessment and the JSON path. */
final class Checks {
  private Checks() {}

  static InvalidInputException invalid(
      String assessment, String path, String problem, String value, String allowed) {
    return new InvalidInputException(
        InputLocation.in(assessment).withPath(path), problem, value, allowed);
  }

  static void rationaleAndEvidence(
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
