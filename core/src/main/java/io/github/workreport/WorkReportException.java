package io.github.workreport;

/**
 * The base of every exception this library throws on purpose. Unchecked, so that scripts and
 * streams stay readable; catch it (or a subclass) where bad input is expected.
 */
public class WorkReportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, for a person
   */
  public WorkReportException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, for a person
   * @param cause the underlying failure, may be {@code null}
   */
  public WorkReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
