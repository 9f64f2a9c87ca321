package io.github.workreport.excel;

import io.github.workreport.Report;
import io.github.workreport.Task;
import java.io.Closeable;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes a workbook one task at a time, so that a report of any size is written in little memory;
 * obtained from {@link ExcelWriter#open}. Rows go to the {@code 任务} sheet as they come (POI's
 * SXSSF keeps a window of them and spills the rest to a temporary file); {@link #finish()} writes the
 * {@code 汇总} sheet from the counts kept along the way and the whole workbook to the stream.
 * {@link #close()} without {@code finish()} — the reader failed part-way, an exception left a
 * try-with-resources block — discards the rows and writes nothing, so the stream never receives a
 * workbook of fewer tasks.
 *
 * <pre>{@code
 * try (ExcelTaskWriter sheet = ExcelWriter.standard().open(header, out)) {
 *   tasks.forEach(sheet::write);
 *   sheet.finish();
 * }
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class ExcelTaskWriter implements Closeable {
  private final OutputStream out;
  private final ExcelWriter.Book book;
  private Report header;
  private boolean closed;

  ExcelTaskWriter(Report header, OutputStream out) {
    this.header = header;
    this.out = out;
    this.book = new ExcelWriter.Book(header);
  }

  /**
   * Adds a row for {@code task} after the rows written before.
   *
   * @param task the task, classified or not
   * @return this writer
   * @throws IllegalStateException if the writer is closed
   */
  public ExcelTaskWriter write(Task task) {
    Objects.requireNonNull(task, "task");
    if (closed) {
      throw new IllegalStateException("the ExcelTaskWriter is closed");
    }
    book.write(task);
    return this;
  }

  /**
   * Replaces the report-level parts written at the end — sections, declared totals, year, period —
   * for a reader that learns them only at the end of its input ({@code TableTextStream.end()}). The
   * title row of the task sheet keeps the title given when the writer was opened.
   *
   * @param header the report without tasks
   * @return this writer
   * @throws IllegalArgumentException if the header has tasks
   */
  public ExcelTaskWriter header(Report header) {
    Objects.requireNonNull(header, "header");
    if (!header.tasks().isEmpty()) {
      throw new IllegalArgumentException("the header has " + header.tasks().size() + " tasks");
    }
    this.header = header;
    return this;
  }

  /** The number of tasks written so far. @return the count */
  public long written() {
    return book.counts.total();
  }

  /**
   * Writes the summary and the workbook to the stream, which is not closed, and deletes the
   * temporary files.
   *
   * @throws IllegalStateException if the writer is already finished or closed
   * @throws UncheckedIOException if the stream fails
   */
  public void finish() {
    if (closed) {
      throw new IllegalStateException("the ExcelTaskWriter is closed");
    }
    closed = true;
    book.finish(header, out);
  }

  /**
   * Deletes the temporary files; when {@link #finish()} was not called, the rows written are
   * discarded and nothing is written to the stream. Calling it again does nothing.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    book.dispose();
  }
}
