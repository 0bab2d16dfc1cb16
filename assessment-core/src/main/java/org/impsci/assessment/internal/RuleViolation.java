package org.impsci.assessment.internal;

/**
 * A broken rule of a value (a framework, a construct, an instrument, a group), with the JSON path
 * of the offending node relative to the value that was checked (for example {@code
 * constructs[3].parent} for a framework, {@code items[2].id} for an instrument, or {@code label}
 * for a construct), so that a reader can report where it is in the file.
 */
public final class RuleViolation extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;

  /** A violation at a relative JSON path. */
  public RuleViolation(String path, String problem) {
    super("at " + path + ": " + problem);
    this.path = path;
    this.problem = problem;
  }

  /** The JSON path of the offending node, relative to the checked value. */
  public String path() {
    return path;
  }

  /** What is wrong, naming the offending value, without the path. */
  public String problem() {
    return problem;
  }
}
