package io.github.workreport.json;

import io.github.workreport.Report;
import io.github.workreport.Task;
import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;

/**
 * The tasks of a workreport/1 document, read one at a time so that a document of any size reads in
 * little memory, with the rest of the report as a {@linkplain #header() header}.
 *
 * <pre>{@code
 * try (TaskStream in = ReportJson.streamTasks(Path.of("all-districts.json"))) {
 *   Report header = in.header();
 *   long unmet = in.tasks().filter(t -> t.status() == Status.NOT_MET).count();
 * }
 * }</pre>
 *
 * <p>Reading is as strict as {@link ReportJson#read(java.nio.file.Path, ReportJsonFeature...)}: a
 * task that is not valid, or a document that breaks off, throws {@link JsonReadException} from
 * {@link Iterator#hasNext()} or {@link Iterator#next()} when the stream reaches it — tasks before it
 * have been handed out already, so a caller that must not act on a partial document should consume
 * the whole stream first. The end of the document (the fields after the tasks, and nothing after
 * the report) is checked when the last task has been read.
 *
 * <p>{@link #tasks()} and {@link #iterator()} share one position and can be used once. Not
 * thread-safe.
 */
public final class TaskStream implements Iterable<Task>, Closeable {
  private final ReportReader reader;
  private final JsonParser parser;
  private final Closeable owned;
  private boolean used;

  private TaskStream(ReportReader reader, JsonParser parser, Closeable owned) {
    this.reader = reader;
    this.parser = parser;
    this.owned = owned;
  }

  static TaskStream open(JsonParser parser, String source, boolean allowUnknown, Closeable owned) {
    ReportReader reader = new ReportReader(parser, source, allowUnknown);
    TaskStream stream = new TaskStream(reader, parser, owned);
    try {
      reader.openDocument();
    } catch (RuntimeException e) {
      stream.closeAfter(e);
      throw e;
    }
    return stream;
  }

  /**
   * The report without its tasks: the fields that come before {@code "tasks"} in the document, which
   * are all of them in documents this library writes. Fields that another writer put after the
   * tasks are included once every task has been read.
   *
   * @return the report, with no tasks
   */
  public Report header() {
    return reader.header();
  }

  /**
   * Whether the whole document has been read and checked, its end included.
   *
   * @return true once the last task has been read
   */
  public boolean isComplete() {
    return reader.finished();
  }

  /**
   * The tasks, in document order, read as the stream is consumed.
   *
   * @return a sequential stream; closing it closes this task stream
   * @throws IllegalStateException if the tasks have been iterated already
   */
  public Stream<Task> tasks() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  /**
   * The tasks, in document order, read as they are asked for.
   *
   * @return the iterator, throwing {@link JsonReadException} where the document is not valid
   * @throws IllegalStateException if the tasks have been iterated already
   */
  @Override
  public Iterator<Task> iterator() {
    if (used) {
      throw new IllegalStateException("the tasks of a TaskStream can be read once");
    }
    used = true;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return reader.hasNextTask();
      }

      @Override
      public Task next() {
        return reader.nextTask();
      }
    };
  }

  /** Closes the parser and the file opened for this stream, if any. */
  @Override
  public void close() {
    try {
      parser.close();
    } catch (JacksonException ignored) {
      // Closing a parser that only reads releases buffers; there is nothing to report.
    }
    if (owned != null) {
      try {
        owned.close();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  private void closeAfter(RuntimeException failure) {
    try {
      close();
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }
}
