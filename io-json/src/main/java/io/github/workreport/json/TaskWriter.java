package io.github.workreport.json;

import io.github.workreport.Task;
import java.io.Closeable;
import java.io.UncheckedIOException;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes a workreport/1 document one task at a time, so that a document of any size is written in
 * little memory; obtained from {@link ReportJson#taskWriter}, which has written the header already.
 * {@link #close()} ends the document; a writer that is not closed leaves a document that does not
 * parse, never one that reads as a shorter report.
 *
 * <pre>{@code
 * try (TaskWriter out = ReportJson.taskWriter(header, Files.newOutputStream(path))) {
 *   for (Task task : tasks) {
 *     out.write(task);
 *   }
 * }
 * }</pre>
 *
 * Not thread-safe.
 */
public final class TaskWriter implements Closeable {
  private final JsonGenerator generator;
  private final Runnable finish;
  private long written;
  private boolean closed;

  TaskWriter(JsonGenerator generator, Runnable finish) {
    this.generator = generator;
    this.finish = finish;
  }

  /**
   * Writes {@code task} after the tasks written before.
   *
   * @param task the task
   * @return this writer
   * @throws IllegalStateException if the writer is closed
   * @throws UncheckedIOException if writing fails
   * @throws IllegalArgumentException if the task holds what the format cannot
   */
  public TaskWriter write(Task task) {
    Objects.requireNonNull(task, "task");
    if (closed) {
      throw new IllegalStateException("the TaskWriter is closed");
    }
    try {
      ReportWriter.writeTask(generator, task);
    } catch (JacksonIOException e) {
      throw ReportJson.unchecked(e);
    }
    written++;
    return this;
  }

  /** The number of tasks written so far. @return the count */
  public long written() {
    return written;
  }

  /**
   * Ends the document, flushes it and releases the generator; the output stream itself is not
   * closed. Calling it again does nothing.
   *
   * @throws UncheckedIOException if writing fails
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      ReportWriter.writeEnd(generator);
      generator.close();
    } catch (JacksonIOException e) {
      throw ReportJson.unchecked(e);
    }
    finish.run();
  }
}
