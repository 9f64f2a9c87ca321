package io.github.workreport.json;

import io.github.workreport.ReportReadException;

/**
 * A workreport/1 document that cannot be read: the source, the place as a JSON path such as {@code
 * $.tasks[12].targets[0].value}, the line and column, and what was expected.
 *
 * <pre>{@code
 * report.json: $.tasks[12].targets[0].value (line 88, column 21): expected a number, found a string ("7.5%")
 * }</pre>
 *
 * <p>The path uses dot notation for plain names and {@code ['…']} for others ({@code
 * $.declaredTotals['已完成']}); {@link #place()} returns it. Lines and columns are 1-based, as
 * Jackson counts them: columns count bytes when the document is read from a file or a stream of
 * UTF-8 bytes (a Chinese character counts three), characters when it is read from a {@code String}.
 */
public class JsonReadException extends ReportReadException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  /**
   * Creates the exception.
   *
   * @param source the file name or another name of the input, such as {@code "<stream>"}
   * @param path the JSON path of the offending value, {@code "$"} for the whole document, or empty
   *     when the problem is not at a place in the document (an I/O failure)
   * @param line the 1-based line, or -1 when unknown
   * @param column the 1-based column, or -1 when unknown
   * @param reason what was expected and what was found
   * @param cause the underlying failure, may be {@code null}
   */
  public JsonReadException(String source, String path, int line, int column, String reason, Throwable cause) {
    super(source, path, reason, cause);
    this.line = line;
    this.column = column;
  }

  /** The 1-based line of the problem, or -1 when unknown. @return the line */
  public int line() {
    return line;
  }

  /** The 1-based column of the problem (see the class description), or -1 when unknown. @return the column */
  public int column() {
    return column;
  }

  /** The JSON path of the problem; the same as {@link #place()}. @return the path */
  public String path() {
    return place();
  }

  /**
   * {@code source: path (line L, column C): reason}; parts that are unknown are left out.
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    StringBuilder out = new StringBuilder(source()).append(": ");
    if (!place().isEmpty()) {
      out.append(place());
      if (line > 0) {
        out.append(" (line ").append(line);
        if (column > 0) {
          out.append(", column ").append(column);
        }
        out.append(')');
      }
      out.append(": ");
    }
    return out.append(reason()).toString();
  }
}
