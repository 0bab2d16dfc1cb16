package org.impsci.assessment.internal.scoring;

import org.impsci.assessment.InvalidInputException;

/**
 * How a problem with one respondent's row or response names the respondent, in the same words
 * everywhere: {@code respondent 'ID': problem}, after the location (file, row, column, item).
 */
public final class RespondentProblem {
  private RespondentProblem() {}

  /** {@code problem} preceded by {@code respondent 'ID': }, or as it is when there is no id. */
  public static String of(String respondentId, String problem) {
    return respondentId == null || respondentId.isEmpty()
        ? problem
        : "respondent '" + respondentId + "': " + problem;
  }

  /** {@code e} with its problem naming the respondent, or {@code e} when there is no id. */
  public static InvalidInputException naming(String respondentId, InvalidInputException e) {
    if (respondentId == null || respondentId.isEmpty()) {
      return e;
    }
    return new InvalidInputException(
        e.location(),
        of(respondentId, e.problem()),
        e.value().orElse(null),
        e.allowed().orElse(null),
        e.getCause());
  }
}
