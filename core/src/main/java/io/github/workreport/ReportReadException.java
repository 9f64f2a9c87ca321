package io.github.workreport;

import java.util.Objects;

/**
 * Thrown when a report cannot be read from a file or stream: the text table, a workbook or a JSON
 * document. It names the source (usually the file), the place inside it and the reason, so that a
 * person can find and fix the problem:
 *
 * <pre>{@code
 * baqiao.xlsx: 任务!C7: expected a number, found "约三成"
 * report.json: $.tasks[12].targets[0].value (line 88, column 21): expected a number, found a string
 * seed.txt: line 3: the file is not UTF-8 or GB18030 text
 * }</pre>
 *
 * <p>Readers never return part of a document as if it were whole: when they cannot read all of it,
 * they throw this exception (or a subclass).
 */
public class ReportReadException extends WorkReportException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String place;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param source the file name or another name of the input, such as {@code "<stdin>"}
   * @param place where in the source: {@code "line 12"}, {@code "Sheet1!C7"}, a JSON path; empty
   *     when the problem concerns the whole source
   * @param reason what is wrong, for a person
   * @param cause the underlying failure, may be {@code null}
   */
  public ReportReadException(String source, String place, String reason, Throwable cause) {
    super(format(source, place, reason), cause);
    this.source = Objects.requireNonNull(source, "source");
    this.place = Objects.requireNonNull(place, "place");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Creates the exception without a cause.
   *
   * @param source the file name or another name of the input
   * @param place where in the source, or empty
   * @param reason what is wrong
   */
  public ReportReadException(String source, String place, String reason) {
    this(source, place, reason, null);
  }

  private static String format(String source, String place, String reason) {
    return place == null || place.isEmpty()
        ? source + ": " + reason
        : source + ": " + place + ": " + reason;
  }

  /** The file name or other name of the input. @return the source */
  public String source() {
    return source;
  }

  /** Where in the source the problem is, or an empty string. @return the place */
  public String place() {
    return place;
  }

  /** What is wrong. @return the reason */
  public String reason() {
    return reason;
  }
}
