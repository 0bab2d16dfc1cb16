package org.impsci.assessment;

/**
 * The root of every exception that impsci throws about data: a file, a stream, a JSON tree or a
 * registry that does not hold what it should. Bad input is an {@link InvalidInputException},
 * whose {@link InputLocation} says where (source, row, line, column, item, JSON path).
 *
 * <p>Programming errors are not data errors and are the JDK's exceptions: building a value type
 * with a missing attribute or a value its check rejects is an {@link IllegalArgumentException},
 * and a {@code null} given to a builder is a {@link NullPointerException} naming the attribute.
 * Readers that build values from files turn such an {@code IllegalArgumentException} into an
 * {@link InvalidInputException} that names the place in the file. Unreadable streams are
 * {@link java.io.UncheckedIOException}s.
 *
 * <p>Its message and fields are fixed when it is made; safe to read from any thread.
 */
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
