package org.impsci.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.impsci.assessment.InvalidInputException;

/**
 * A FHIR resource that cannot be scored, with every problem found in it (up to {@link
 * #MAX_PROBLEMS}): each names the linkId (as the item), the path in the resource, the value and
 * what is allowed. Its message is the first problem's, with the count of the others; {@link
 * #operationOutcome()} gives all of them as the {@code OperationOutcome} a FHIR client reads.
 *
 * <p>Its message and fields are fixed when it is made; safe to read from any thread.
 */
public final class FhirInputException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** The most problems one response reports; more are counted in the last issue's text. */
  public static final int MAX_PROBLEMS = 100;

  private final transient List<InvalidInputException> problems;

  /**
   * The problems of one resource, in the order found.
   *
   * @throws IllegalArgumentException if there is none
   */
  public FhirInputException(List<InvalidInputException> problems) {
    super(
        first(problems).location(),
        first(problems).problem()
            + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""),
        first(problems).value().orElse(null),
        first(problems).allowed().orElse(null));
    this.problems = List.copyOf(problems);
  }

  private static InvalidInputException first(List<InvalidInputException> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a FHIR input exception needs a problem");
    }
    return problems.get(0);
  }

  /** Every problem, in the order found. */
  public List<InvalidInputException> problems() {
    return problems;
  }

  /** The problems as an OperationOutcome: one issue each. */
  public OperationOutcome operationOutcome() {
    return outcome(problems);
  }

  /**
   * Any bad input as an OperationOutcome: one issue per problem of a {@link FhirInputException},
   * else one issue. Each issue has severity {@code error}, code {@code invalid} (or {@code
   * structure} for a resource that cannot be parsed), the whole message as its diagnostics, and
   * the path in the resource, where known, as its expression.
   */
  public static OperationOutcome outcome(InvalidInputException e) {
    return e instanceof FhirInputException f ? f.operationOutcome() : outcome(List.of(e));
  }

  private static OperationOutcome outcome(List<InvalidInputException> problems) {
    OperationOutcome outcome = new OperationOutcome();
    for (InvalidInputException p : problems) {
      OperationOutcome.OperationOutcomeIssueComponent issue =
          outcome
              .addIssue()
              .setSeverity(IssueSeverity.ERROR)
              .setCode(p.location().path().isPresent() ? IssueType.INVALID : IssueType.STRUCTURE)
              .setDiagnostics(p.getMessage());
      p.location().path().ifPresent(issue::addExpression);
    }
    return outcome;
  }
}
