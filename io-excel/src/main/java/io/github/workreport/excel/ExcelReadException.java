package io.github.workreport.excel;

import io.github.workreport.ReportReadException;

/**
 * Thrown when a workbook cannot be read as a task table: it names the file, the place (a sheet, or
 * a cell as {@code Sheet!C7}, or nothing when the whole file is at fault) and the reason.
 *
 * <pre>{@code
 * report.xlsx: the workbook is encrypted (password-protected); remove the password and save it again
 * report.xlsx: 任务!D7: the cell holds more than 32767 characters, Excel's limit
 * report.xls: Sheet1: no task table: no header row names a task column; rows seen: row 1: …
 * }</pre>
 *
 * <p>A reader that throws it returns nothing: no report is ever returned from part of a workbook.
 */
public class ExcelReadException extends ReportReadException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param source the file name or another name of the input
   * @param place {@code Sheet!C7}, a sheet name, or empty
   * @param reason what is wrong
   * @param cause the underlying failure, may be {@code null}
   */
  public ExcelReadException(String source, String place, String reason, Throwable cause) {
    super(source, place, reason, cause);
  }
}
