package io.github.workreport.excel;

/**
 * Thrown inside the reading machinery with a place and a reason; the reader turns it into an
 * {@link ExcelReadException} naming the file.
 */
final class Fault extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final String place;
  final String reason;

  Fault(String place, String reason) {
    this(place, reason, null);
  }

  Fault(String place, String reason, Throwable cause) {
    super(place + ": " + reason, cause, false, false);
    this.place = place;
    this.reason = reason;
  }
}
