package org.impsci.assessment;

/** The root of every exception that impsci throws on purpose. */
public class ImpsciException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message. */
  public ImpsciException(String message) {
    super(message);
  }

  /** An exception with a message and the exception that caused it. */
  public ImpsciException(String message, Throwable cause) {
    super(message, cause);
  }
}
