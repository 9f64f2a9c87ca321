package io.github.workreport.text;

import io.github.workreport.Finding;
import io.github.workreport.Period;
import io.github.workreport.Report;
import io.github.workreport.ReportReadException;
import io.github.workreport.Status;
import io.github.workreport.Task;
import io.github.workreport.TaskCounts;
import io.github.workreport.Unit;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A task table read one task at a time, from {@link TableText#stream}: memory holds a line and a
 * row or two, whatever the size of the text. {@link TableText#read} collects the same stream, so
 * both give the same tasks.
 *
 * <pre>{@code
 * try (TableTextStream in = TableText.stream(Files.newInputStream(path), path.toString())) {
 *   Report header = in.header();        // title, year, period, declared totals; no tasks
 *   for (Task task : in) {              // extracted, with their section, in document order
 *     out.write(task);
 *   }
 *   in.end().sections();                // every section with its declared count
 *   in.findings();                      // COUNT_MISMATCH, as Report.findings() would give
 * }
 * }</pre>
 *
 * <p>The header is known before the first task: the title and the summary line stand above the
 * table. Sections are met along the way, so {@link #end()} gives them once the last task is taken.
 * Anything unreadable — bytes that do not decode, a line over {@link
 * TableTextFormat#maxLineLength()}, a strict format's refusal — is a {@link ReportReadException}
 * naming the line, thrown by {@link Iterator#hasNext()} or {@link Iterator#next()} when reading
 * reaches it: tasks given before it are never a whole report ({@link #isComplete()} stays false).
 *
 * <p>Iterable once. Not thread-safe.
 */
public final class TableTextStream implements Iterable<Task>, Closeable {
  private final TableTextReader reader;
  private final Closeable resource;
  private final Report header;
  private final TaskExtractor extractor;
  private final OptionalInt year;
  private final Optional<Period> period;
  private final Optional<Unit> sheetUnit;
  private final TaskCounts counts = new TaskCounts();
  private boolean iterated;
  private TableTextReader.Row pending;
  private Report end;

  TableTextStream(TableTextReader reader, Closeable resource, boolean extract) {
    this.reader = reader;
    this.resource = resource;
    reader.readPreamble();
    this.header = reader.header();
    this.extractor = extract ? TaskExtractor.standard() : null;
    this.year = header.year();
    this.period = header.period();
    this.sheetUnit = reader.sheetUnit();
  }

  /**
   * The report as the text above the table gives it: title, jurisdiction, year, period and the
   * declared totals of the summary line, under the section names the summary uses; no sections and
   * no tasks.
   *
   * @return the header
   */
  public Report header() {
    return header;
  }

  /**
   * Whether every task has been taken and the text read to its end.
   *
   * @return true once complete
   */
  public boolean isComplete() {
    return end != null;
  }

  /**
   * The report without its tasks as the whole text gives it: the header with every section and its
   * declared count, and the declared totals matched to the sections' names.
   *
   * @return the report without tasks
   * @throws IllegalStateException before the last task has been taken
   */
  public Report end() {
    if (end == null) {
      throw new IllegalStateException("the table has not been read to its end");
    }
    return end;
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
   * The report-level findings ({@link Report#findings()}) of the whole table.
   *
   * @return the COUNT_MISMATCH findings, empty when the counts agree
   * @throws IllegalStateException before the last task has been taken
   */
  public List<Finding> findings() {
    return counts.findings(end());
  }

  /**
   * The tasks as a sequential stream.
   *
   * @return the tasks not yet taken
   */
  public Stream<Task> tasks() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * The tasks, in document order; the iterator reads as it goes.
   *
   * @return the iterator
   * @throws IllegalStateException when called a second time
   */
  @Override
  public Iterator<Task> iterator() {
    Iterator<Supplier<Task>> extractions = extractions();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return extractions.hasNext();
      }

      @Override
      public Task next() {
        return extractions.next().get();
      }
    };
  }

  /**
   * The tasks, in document order, each as the work that extracts it: the table is read and split
   * as the iterator goes, on the calling thread, and {@link Supplier#get()} extracts the targets,
   * measures and declared status, on any thread, giving the task {@link #iterator()} would give.
   * Extraction is most of the cost of reading, so a caller can spread it over threads while the
   * rows are read in order. The counts ({@link #counts()}) and {@link #end()} are kept as for
   * {@link #iterator()}.
   *
   * @return the iterator of extractions
   * @throws IllegalStateException when the tasks have been iterated already
   */
  public Iterator<Supplier<Task>> extractions() {
    if (iterated) {
      throw new IllegalStateException("a TableTextStream can be iterated once");
    }
    iterated = true;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        if (pending == null && end == null) {
          pending = reader.nextRow();
          if (pending == null) {
            end = reader.end(header);
          }
        }
        return pending != null;
      }

      @Override
      public Supplier<Task> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        TableTextReader.Row row = pending;
        pending = null;
        // The row as read, and its section's status now: the reader moves on while this waits.
        Task read = reader.parsedTitle.dueAtThePlansEnd(reader.task(row, year));
        counts.add(read);
        if (extractor == null) {
          return () -> read;
        }
        Optional<Status> status = row.section.status.isDetermined() ? Optional.of(row.section.status) : Optional.empty();
        TaskExtractor extraction = extractor;
        OptionalInt taskYear = year;
        Optional<Period> reportPeriod = period;
        Optional<Unit> unit = sheetUnit;
        return () -> extraction.extract(read, status, taskYear, reportPeriod, unit);
      }
    };
  }

  /**
   * Closes the stream the text came from, when {@link TableText#stream} was given one.
   *
   * @throws UncheckedIOException if closing fails
   */
  @Override
  public void close() {
    if (resource != null) {
      try {
        resource.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * All tasks, as one report; a row beyond {@code maxRows} is refused at its line, before the
   * tasks held exhaust memory.
   */
  Report collect(int maxRows) {
    List<Task> tasks = new ArrayList<>();
    Iterator<Task> it = iterator();
    while (it.hasNext()) {
      if (tasks.size() >= maxRows) {
        throw reader.tooManyRows(pending);
      }
      tasks.add(it.next());
    }
    return end().withTasks(tasks);
  }
}
