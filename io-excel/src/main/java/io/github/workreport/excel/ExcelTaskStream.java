package io.github.workreport.excel;

import io.github.workreport.Finding;
import io.github.workreport.Report;
import io.github.workreport.Task;
import io.github.workreport.TaskCounts;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The task table of a workbook read one task at a time, from {@link ExcelReader#stream(Path)}:
 * memory holds the sheet's merged regions and a few hundred tasks, whatever the number of rows.
 *
 * <pre>{@code
 * try (ExcelTaskStream in = ExcelReader.of(ExcelLayout.DEFAULT).stream(Path.of("all.xlsx"))) {
 *   Report header = in.header();      // title, year, period (all of it for a workbook this library wrote)
 *   for (Task task : in) {            // in sheet order, targets and measures read
 *     ...
 *   }
 *   in.end().sections();              // every section, once the last task is taken
 * }
 * }</pre>
 *
 * <p>The sheet is parsed on a thread of its own, which builds the tasks while the caller uses the
 * ones before; a failure there is an {@link ExcelReadException} thrown by {@link Iterator#hasNext()}
 * where the tasks reach it, and the tasks before it are never a whole report ({@link
 * #isComplete()} stays false). Close the stream to stop the thread and release the file.
 *
 * <p>Iterable once. Not thread-safe.
 */
public final class ExcelTaskStream implements Iterable<Task>, Closeable {
  /** Tasks waiting for the caller: enough that neither side waits on the other for long. */
  private static final int WAITING = 512;

  private final CompletableFuture<Report> header = new CompletableFuture<>();
  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(WAITING);
  private final TaskCounts counts = new TaskCounts();
  private final Thread thread;
  private volatile boolean closed;
  private boolean iterated;
  private Report end;

  /** The end of the tasks, with the report as the whole sheet gives it. */
  private static final class End {
    final Report report;

    End(Report report) {
      this.report = report;
    }
  }

  /** A failure on the reading thread, to be thrown on the caller's. */
  private static final class Failed {
    final RuntimeException error;

    Failed(RuntimeException error) {
      this.error = error;
    }
  }

  /** Thrown on the reading thread when the caller has closed the stream. */
  static final class Closed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Closed() {
      super(null, null, false, false);
    }
  }

  /** What the reading thread hands over. */
  final class Feed {
    void header(Report value) {
      header.complete(value);
    }

    void task(Task task) {
      put(task);
    }

    void end(Report report) {
      put(new End(report));
    }

    private void put(Object item) {
      try {
        while (!queue.offer(item, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
          if (closed) {
            throw new Closed();
          }
        }
      } catch (InterruptedException e) {
        throw new Closed();
      }
    }
  }

  private ExcelTaskStream(ExcelReader reader, Path file, String source) {
    Feed feed = new Feed();
    thread = new Thread(() -> {
      try {
        reader.stream(file, source, feed);
      } catch (Closed stop) {
        // the caller has gone
      } catch (RuntimeException | Error e) {
        RuntimeException error = e instanceof RuntimeException ? (RuntimeException) e
            : new ExcelReadException(source, "", "cannot read: " + e, e);
        if (!header.completeExceptionally(error)) {
          try {
            feed.put(new Failed(error));
          } catch (Closed stop) {
            // the caller has gone
          }
        }
      }
    }, "workreport-xlsx-reader");
    thread.setDaemon(true);
  }

  static ExcelTaskStream open(ExcelReader reader, Path file, String source) {
    ExcelTaskStream stream = new ExcelTaskStream(reader, file, source);
    stream.thread.start();
    try {
      stream.header.get();
    } catch (InterruptedException e) {
      stream.close();
      Thread.currentThread().interrupt();
      throw new ExcelReadException(source, "", "interrupted", e);
    } catch (ExecutionException e) {
      stream.close();
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException ? (RuntimeException) cause
          : new ExcelReadException(source, "", "cannot read: " + cause, cause);
    }
    return stream;
  }

  /**
   * The report without its tasks as the rows above the table give it: title, jurisdiction, year and
   * period; for a workbook this library wrote, the declared totals and sections as well.
   *
   * @return the header
   */
  public Report header() {
    return header.join();
  }

  /**
   * Whether every task has been taken and the sheet read to its end.
   *
   * @return true once complete
   */
  public boolean isComplete() {
    return end != null;
  }

  /**
   * The report without its tasks as the whole sheet gives it: the header with every section.
   *
   * @return the report without tasks
   * @throws IllegalStateException before the last task has been taken
   */
  public Report end() {
    if (end == null) {
      throw new IllegalStateException("the sheet has not been read to its end");
    }
    return end;
  }

  /**
   * The report-level findings ({@link Report#findings()}) of the whole table.
   *
   * @return the COUNT_MISMATCH findings, empty when the counts agree
   * @throws IllegalStateException before the last task has been taken
   */
  public List<Finding> findings() {
    return counts.findings(end());
  }

  /**
   * The tasks taken so far, counted per section.
   *
   * @return the counts
   */
  public TaskCounts counts() {
    return counts;
  }

  /**
   * The tasks, in sheet order, as the reading thread builds them.
   *
   * @return the iterator
   * @throws IllegalStateException when called a second time
   */
  @Override
  public Iterator<Task> iterator() {
    if (iterated) {
      throw new IllegalStateException("an ExcelTaskStream can be iterated once");
    }
    iterated = true;
    return new Iterator<>() {
      private Task next;

      @Override
      public boolean hasNext() {
        if (next != null) {
          return true;
        }
        if (end != null) {
          return false;
        }
        Object item;
        try {
          item = queue.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
        if (item instanceof Failed) {
          throw ((Failed) item).error;
        }
        if (item instanceof End) {
          end = ((End) item).report;
          return false;
        }
        next = (Task) item;
        counts.add(next);
        return true;
      }

      @Override
      public Task next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Task task = next;
        next = null;
        return task;
      }
    };
  }

  /** Stops the reading thread, which releases the file, and waits a little for it to end. */
  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    queue.clear();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
