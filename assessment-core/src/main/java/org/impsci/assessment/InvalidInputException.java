package org.impsci.assessment;

import java.util.Optional;

/**
 * Input that impsci cannot accept: a bad value, header, record, JSON node or framework definition.
 * The message says where (see {@link InputLocation}) and what: the problem, the offending value
 * and, where there is one, the allowed range.
 *
 * <p>Its message and fields are fixed when it is made; safe to read from any thread.
 */
public class InvalidInputException extends ImpsciException {
  private static final long serialVersionUID = 1L;

  private final transient InputLocation location;
  private final String problem;
  private final String value;
  private final String allowed;

  /** A problem at a location, with no single offending value. */
  public InvalidInputException(InputLocation location, String problem) {
    this(location, problem, null, null, null);
  }

  /** A problem at a location with the offending value and what would have been allowed. */
  public InvalidInputException(
      InputLocation location, String problem, String value, String allowed) {
    this(location, problem, value, allowed, null);
  }

  /** As {@link #InvalidInputException(InputLocation, String, String, String)}, with a cause. */
  public InvalidInputException(
      InputLocation location, String problem, String value, String allowed, Throwable cause) {
    super(compose(location, problem, value, allowed), cause);
    this.location = location;
    this.problem = problem;
    this.value = value;
    this.allowed = allowed;
  }

  /** Where the problem is. */
  public InputLocation location() {
    return location;
  }

  /** What the problem is, without the location. */
  public String problem() {
    return problem;
  }

  /** The offending value as read, if there is one. */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** What would have been allowed, if that can be said. */
  public Optional<String> allowed() {
    return Optional.ofNullable(allowed);
  }

  /** The same problem, with the location replaced (for example to add the file name). */
  public InvalidInputException at(InputLocation newLocation) {
    return new InvalidInputException(newLocation, problem, value, allowed, getCause());
  }

  private static String compose(
      InputLocation location, String problem, String value, String allowed) {
    StringBuilder s = new StringBuilder();
    if (!location.equals(InputLocation.unknown())) {
      s.append(location).append(": ");
    }
    s.append(problem);
    if (value != null) {
      s.append(" (value '").append(value).append("')");
    }
    if (allowed != null) {
      s.append("; allowed: ").append(allowed);
    }
    return s.toString();
  }
}
