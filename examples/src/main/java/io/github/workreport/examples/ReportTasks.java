package io.github.workreport.examples;

import io.github.workreport.Finding;
import io.github.workreport.Report;
import io.github.workreport.ReportReadException;
import io.github.workreport.Task;
import io.github.workreport.TaskCounts;
import io.github.workreport.document.DocumentReader;
import io.github.workreport.excel.ExcelLayout;
import io.github.workreport.excel.ExcelReader;
import io.github.workreport.excel.ExcelTaskStream;
import io.github.workreport.json.JsonReadException;
import io.github.workreport.json.ReportJson;
import io.github.workreport.json.TaskStream;
import io.github.workreport.rules.Classifier;
import io.github.workreport.text.TableText;
import io.github.workreport.text.TableTextStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The tasks of a report file read one at a time, in document order, optionally classified, so
 * that a report of any size goes through in little memory: what the command line's outputs and
 * {@link WorkReports#convert} are built on.
 *
 * <pre>{@code
 * try (ReportTasks in = ReportTasks.open(Path.of("big.txt")).classifiedWith(Classifier.standard(), 2)) {
 *   Report header = in.header();          // title, year, period, declared totals
 *   for (Task task : in) {                 // extracted and classified, in order
 *     ...
 *   }
 *   in.end();                              // the header with every section, once all tasks are taken
 *   in.findings();                         // COUNT_MISMATCH, as Report.findings() would give
 * }
 * }</pre>
 *
 * <p>A text table, a JSON document and an .xlsx workbook stream; any other input (an .xls
 * workbook, whose format holds a sheet whole) is read whole and handed out task by task. With several threads, a large report's tasks
 * are extracted and classified in parallel, in batches, and still come out in document order. A
 * failure to read is a {@link ReportReadException} naming the file, thrown by {@link #open} or by
 * the iterator where reading reaches it; tasks handed out before it are not a whole report ({@link
 * #isComplete()} stays false).
 *
 * <p>Iterable once. Not thread-safe.
 */
public final class ReportTasks implements Iterable<Task>, Closeable {
  private final Path file;
  private final String source;
  private final Formats.Kind kind;
  private final Closeable resource;
  private final Report header;
  private final Iterator<Supplier<Task>> work;
  private final TaskCounts counts;
  private final TableTextStream text;
  private final TaskStream json;
  private final ExcelTaskStream sheet;
  private final Report whole;
  private Classifier classifier;
  private int threads = 1;
  private InOrder iterator;

  private ReportTasks(Path file, String source, Formats.Kind kind, TableTextStream text, TaskStream json,
      ExcelTaskStream sheet, Report whole) {
    this.file = file;
    this.source = source;
    this.kind = kind;
    this.text = text;
    this.json = json;
    this.sheet = sheet;
    this.whole = whole;
    if (text != null) {
      resource = text;
      header = text.header();
      work = text.extractions();
      counts = null;
    } else if (json != null) {
      resource = json;
      header = json.header();
      counts = new TaskCounts();
      work = ready(json.iterator(), counts);
    } else if (sheet != null) {
      resource = sheet;
      header = sheet.header();
      counts = null; // the sheet's stream counts them
      work = ready(sheet.iterator(), null);
    } else {
      resource = null;
      header = whole.withTasks(List.of());
      counts = new TaskCounts();
      work = ready(whole.tasks().iterator(), counts);
    }
  }

  /** Tasks already read, as the work of handing them out; counted into {@code counts} unless null. */
  private static Iterator<Supplier<Task>> ready(Iterator<Task> tasks, TaskCounts counts) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return tasks.hasNext();
      }

      @Override
      public Supplier<Task> next() {
        Task task = tasks.next();
        if (counts != null) {
          counts.add(task);
        }
        return () -> task;
      }
    };
  }

  /**
   * Opens {@code file}, its format told by content, with the file's name as the source in messages.
   *
   * @param file a .txt, .json, .xlsx or .xls report
   * @return the open report, its header read
   * @throws ReportReadException if the file cannot be read or holds no report
   */
  public static ReportTasks open(Path file) {
    return open(file, file.toString());
  }

  /**
   * Opens {@code file}, its format told by content, naming it {@code source} in messages (such as
   * {@code <stdin>} for standard input saved to a temporary file).
   *
   * @param file a .txt, .json, .xlsx or .xls report
   * @param source the name for messages
   * @return the open report, its header read
   * @throws ReportReadException if the file cannot be read or holds no report
   */
  public static ReportTasks open(Path file, String source) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(source, "source");
    Formats.Kind kind = Formats.kindOf(file, source);
    try {
      switch (kind) {
        case TEXT:
          return new ReportTasks(file, source, kind, TableText.stream(file, Formats.textFormat(file)), null, null, null);
        case JSON:
          return new ReportTasks(file, source, kind, null, ReportJson.streamTasks(file), null, null);
        case WORKBOOK:
          if (Formats.isWordDocument(file)) { // a .docx or .doc shares the workbook's containers
            return new ReportTasks(file, source, kind, null, null, null, DocumentReader.standard().read(file));
          }
          return new ReportTasks(file, source, kind, null, null, ExcelReader.of(ExcelLayout.DEFAULT).stream(file),
              null);
        default:
          return new ReportTasks(file, source, kind, null, null, null, Formats.read(file));
      }
    } catch (ReportReadException e) {
      throw explained(e, file, source, kind);
    }
  }

  /**
   * A failure as the user should read it: under the source name given (not a temporary file's),
   * and for a file named like a workbook that is not one, saying so.
   */
  static ReportReadException explained(ReportReadException e, Path file, String source, Formats.Kind kind) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    boolean workbookName = name.endsWith(".xlsx") || name.endsWith(".xls");
    if (kind == Formats.Kind.TEXT && workbookName) {
      return new ReportReadException(source, e.place(),
          "named like a workbook but not one (no .xlsx or .xls signature); read as a text table: " + e.reason(), e);
    }
    if (e.source().equals(source)) {
      return e;
    }
    if (e instanceof JsonReadException) {
      JsonReadException j = (JsonReadException) e;
      return new JsonReadException(source, j.path(), j.line(), j.column(), j.reason(), e);
    }
    return new ReportReadException(source, e.place(), e.reason(), e);
  }

  /**
   * Classifies every task with {@code classifier} as it is handed out, replacing any assessment a
   * JSON document holds, and spreads the work of a large report over {@code threads} threads.
   * Call before iterating.
   *
   * @param classifier the classifier, or null to hand the tasks out as read
   * @param threads the threads to use, at least 1
   * @return this
   * @throws IllegalStateException once iteration has begun
   */
  public ReportTasks classifiedWith(Classifier classifier, int threads) {
    if (iterator != null) {
      throw new IllegalStateException("the tasks are being read already");
    }
    this.classifier = classifier;
    this.threads = Math.max(1, threads);
    return this;
  }

  /** The name in messages. @return the source */
  public String source() {
    return source;
  }

  /**
   * The report without its tasks as the input gives it before the first task: title, jurisdiction,
   * year, period, declared totals; for a JSON document or a workbook the sections as well.
   *
   * @return the header
   */
  public Report header() {
    return header;
  }

  /**
   * Whether every task has been handed out and the input read to its end.
   *
   * @return true once complete
   */
  public boolean isComplete() {
    if (text != null) {
      return text.isComplete();
    }
    if (json != null) {
      return json.isComplete();
    }
    if (sheet != null) {
      return sheet.isComplete();
    }
    return iterator != null && !work.hasNext();
  }

  /**
   * The report without its tasks as the whole input gives it: the header with every section and
   * the declared totals.
   *
   * @return the report without tasks
   * @throws IllegalStateException before the last task has been handed out
   */
  public Report end() {
    if (!isComplete()) {
      throw new IllegalStateException("the report has not been read to its end");
    }
    if (text != null) {
      return text.end();
    }
    if (sheet != null) {
      return sheet.end();
    }
    return json != null ? json.header() : header;
  }

  /**
   * The number of tasks read so far.
   *
   * @return the count
   */
  public long count() {
    return counts().total();
  }

  /**
   * The report-level findings ({@link Report#findings()}) of the whole input.
   *
   * @return the COUNT_MISMATCH findings, empty when the counts agree
   * @throws IllegalStateException before the last task has been handed out
   */
  public List<Finding> findings() {
    return counts().findings(end());
  }

  private TaskCounts counts() {
    return text != null ? text.counts() : sheet != null ? sheet.counts() : counts;
  }

  /**
   * The tasks, in document order, classified when {@link #classifiedWith} asked for it.
   *
   * @return the iterator
   * @throws IllegalStateException when called a second time
   */
  @Override
  public Iterator<Task> iterator() {
    if (iterator != null) {
      throw new IllegalStateException("the tasks of a ReportTasks can be read once");
    }
    Report period = header;
    Classifier c = classifier;
    iterator = new InOrder(work, c == null ? t -> t : t -> c.classify(t, period), threads);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        try {
          return iterator.hasNext();
        } catch (ReportReadException e) {
          throw explained(e, file, source, kind);
        }
      }

      @Override
      public Task next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return iterator.next();
      }
    };
  }

  /** Closes the file and stops the threads. */
  @Override
  public void close() {
    if (iterator != null) {
      iterator.close();
    }
    if (resource != null) {
      try {
        resource.close();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
