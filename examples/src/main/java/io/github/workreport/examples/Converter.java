package io.github.workreport.examples;

import io.github.workreport.Report;
import io.github.workreport.ReportReadException;
import io.github.workreport.Task;
import io.github.workreport.excel.ExcelTaskWriter;
import io.github.workreport.excel.ExcelWriter;
import io.github.workreport.json.ReportJson;
import io.github.workreport.json.ReportJsonFeature;
import io.github.workreport.json.TaskWriter;
import io.github.workreport.rules.ClassificationPolicy;
import io.github.workreport.rules.Classifier;
import io.github.workreport.text.TableText;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * Converts a report file to workreport/1 JSON or a workbook one task at a time, classifying each
 * task on the way when given a policy: memory holds a few batches of tasks and the counts of the
 * summary, whatever the size of the input, and the tasks of a large report are extracted and
 * classified on several threads. {@link WorkReports#convert} is this with the defaults.
 *
 * <pre>{@code
 * long tasks = Converter.of(ClassificationPolicy.defaults()).threads(2)
 *     .convert(Path.of("big.txt"), Path.of("big.json"));
 * Converter.of(null).convert(Path.of("big.txt"), "big.txt", System.out, "json");   // as read, to a stream
 * }</pre>
 *
 * <p>A text table is read twice for JSON (its sections come before its tasks in the document: the
 * first pass, without extraction, finds them) and once for a workbook; a JSON document once, twice
 * when another writer put report fields after its tasks; an .xlsx workbook once, twice for JSON
 * when its sections are not recorded before its rows (a workbook this library wrote records them);
 * an .xls workbook is read whole. A file output is written beside
 * and moved into place when complete; a stream receives the output as it is made, so a failure
 * part-way leaves part of a document there (and an exception). This class is immutable and
 * thread-safe.
 */
public final class Converter {
  private final Classifier classifier;
  private final int threads;
  private final boolean compact;

  private Converter(Classifier classifier, int threads, boolean compact) {
    this.classifier = classifier;
    this.threads = threads;
    this.compact = compact;
  }

  /**
   * A converter that classifies with {@code policy}, on all processors, writing indented JSON.
   *
   * @param policy the thresholds, or null to write the tasks as read
   * @return the converter
   */
  public static Converter of(ClassificationPolicy policy) {
    return new Converter(policy == null ? null : Classifier.of(policy), Runtime.getRuntime().availableProcessors(),
        false);
  }

  /**
   * This converter with {@code threads} threads for the tasks of one report.
   *
   * @param threads 1 or more; 1 does all the work on the calling thread
   * @return the converter
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public Converter threads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be 1 or more, was " + threads);
    }
    return new Converter(classifier, threads, compact);
  }

  /**
   * This converter writing JSON on one line ({@link ReportJsonFeature#COMPACT_OUTPUT}) or indented.
   *
   * @param compact true for one line
   * @return the converter
   */
  public Converter compact(boolean compact) {
    return new Converter(classifier, threads, compact);
  }

  /**
   * Reads {@code input} and writes {@code output}, in the format its name ends in.
   *
   * @param input a .txt, .json, .xlsx or .xls report, told by content
   * @param output the file to write, ending in .json or .xlsx
   * @return the number of tasks written
   * @throws ReportReadException if the input cannot be read or holds no report
   * @throws IllegalArgumentException if the output's name ends in neither .json nor .xlsx
   * @throws UncheckedIOException if the output cannot be written
   */
  public long convert(Path input, Path output) {
    Objects.requireNonNull(input, "input");
    return convert(input, input.toString(), output, extension(Objects.requireNonNull(output, "output")));
  }

  /**
   * Reads {@code input} and writes {@code output} in {@code format}, whatever its name.
   *
   * @param input a .txt, .json, .xlsx or .xls report, told by content
   * @param source the input's name in messages, such as {@code <stdin>} for standard input saved
   *     to {@code input}
   * @param output the file to write
   * @param format {@code json} or {@code xlsx}
   * @return the number of tasks written
   * @throws ReportReadException if the input cannot be read or holds no report
   * @throws IllegalArgumentException if the format is neither json nor xlsx
   * @throws UncheckedIOException if the output cannot be written
   */
  public long convert(Path input, String source, Path output, String format) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(output, "output");
    return toFile(input, source, output, formatIsJson(format));
  }

  /**
   * Reads {@code input} and writes {@code format} to {@code out} as tasks come, flushing it at the
   * end; the stream is not closed.
   *
   * @param input a .txt, .json, .xlsx or .xls report, told by content
   * @param source the input's name in messages, such as {@code <stdin>} for standard input saved
   *     to {@code input}
   * @param out where to write
   * @param format {@code json} or {@code xlsx}
   * @return the number of tasks written
   * @throws ReportReadException if the input cannot be read or holds no report
   * @throws IllegalArgumentException if the format is neither json nor xlsx
   * @throws UncheckedIOException if writing fails
   */
  public long convert(Path input, String source, OutputStream out, String format) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(out, "out");
    boolean json = formatIsJson(format);
    if (json && Formats.kindOf(input, source) != Formats.Kind.TEXT) {
      // A JSON document may put report fields after its tasks, and a workbook names its sections
      // as its rows come, while a JSON output needs them before the tasks: only a file can be
      // written again, so the document is made in one and copied. (A text table has an outline.)
      Path spool = temporary(".json");
      try {
        long written = toFile(input, source, spool, true);
        Files.copy(spool, out);
        out.flush();
        return written;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        deleteQuietly(spool, null);
      }
    }
    try {
      return run(input, source, out, json, null);
    } catch (LateHeader impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static boolean formatIsJson(String format) {
    switch (format.toLowerCase(Locale.ROOT)) {
      case "json":
        return true;
      case "xlsx":
        return false;
      default:
        throw new IllegalArgumentException("cannot write " + (format.isEmpty() ? "this format" : format)
            + "; the output must be .json or .xlsx");
    }
  }

  private static String extension(Path file) {
    String name = String.valueOf(file.getFileName());
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }

  private long toFile(Path input, String source, Path output, boolean json) {
    try {
      return writeAtomically(output, out -> run(input, source, out, json, null));
    } catch (LateHeader late) {
      return writeAtomically(output, out -> run(input, source, out, json, late.header));
    }
  }

  /**
   * One pass: the tasks of {@code input} to {@code out}. A JSON output needs every report field
   * before the tasks: for a text table an outline pass gives them; for a JSON document whose fields
   * come after its tasks, {@link LateHeader} asks for a second pass with {@code known}, the header
   * as the end of the first pass gave it.
   */
  private long run(Path input, String source, OutputStream out, boolean json, Report known) {
    Formats.Kind kind = Formats.kindOf(input, source);
    Report outline = json && kind == Formats.Kind.TEXT ? outlineOf(input, source) : null;
    try (ReportTasks in = ReportTasks.open(input, source).classifiedWith(classifier, threads)) {
      Report header = outline != null ? outline : known != null ? known : in.header();
      try (Sink sink = sink(json ? header : in.header(), out, json)) {
        for (Task task : in) {
          sink.write(task);
        }
        Report end = in.end();
        if (json && outline != null && !end.equals(outline)) {
          throw new ReportReadException(source, "", "the file changed while it was read");
        }
        if (json && !end.equals(header)) {
          if (known != null) {
            throw new ReportReadException(source, "", "the file changed while it was read");
          }
          throw new LateHeader(end);
        }
        return sink.finish(end);
      }
    }
  }

  /** Thrown out of a first pass whose output would miss fields that came after the tasks. */
  private static final class LateHeader extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Report header;

    LateHeader(Report header) {
      super(null, null, false, false);
      this.header = header;
    }
  }

  private static Report outlineOf(Path file, String source) {
    try (InputStream in = Files.newInputStream(file)) {
      return TableText.outline(in, source, Formats.textFormat(file));
    } catch (IOException e) {
      throw Formats.unreadable(source, e);
    } catch (ReportReadException e) {
      throw ReportTasks.explained(e, file, source, Formats.Kind.TEXT);
    }
  }

  /** Where streamed tasks go: a JSON document or a workbook. */
  private interface Sink extends AutoCloseable {
    void write(Task task);

    /** Ends the output with the report-level parts of {@code end}; the number of tasks written. */
    long finish(Report end);

    /** Releases what the output holds (a workbook's temporary files), finished or not. */
    @Override
    void close();
  }

  private Sink sink(Report header, OutputStream out, boolean json) {
    if (json) {
      TaskWriter writer = compact
          ? ReportJson.taskWriter(header, out, ReportJsonFeature.COMPACT_OUTPUT)
          : ReportJson.taskWriter(header, out);
      return new Sink() {
        @Override
        public void write(Task task) {
          writer.write(task);
        }

        @Override
        public long finish(Report end) {
          writer.close();
          return writer.written();
        }

        @Override
        public void close() {
          // Nothing to release: what was written goes with the partial output.
        }
      };
    }
    ExcelTaskWriter writer = ExcelWriter.standard().open(header, out);
    return new Sink() {
      @Override
      public void write(Task task) {
        writer.write(task);
      }

      @Override
      public long finish(Report end) {
        writer.header(end).finish();
        return writer.written();
      }

      @Override
      public void close() {
        writer.close();
      }
    };
  }

  /** A temporary file, deleted by the caller. */
  static Path temporary(String suffix) {
    try {
      return Files.createTempFile("workreport-", suffix);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a temporary file: " + e.getMessage(), e);
    }
  }

  /**
   * Writes through {@code work} to a file beside {@code target}, moved into place when complete: a
   * failure part-way leaves the old file as it was and never a partial output.
   */
  private static long writeAtomically(Path target, ToLongFunction<OutputStream> work) {
    Path absolute;
    try {
      // Replace the file a link points to, not the link.
      absolute = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(target + ": " + e.getMessage(), e);
    }
    Path partial = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid()
        + "." + Thread.currentThread().getId() + ".partial");
    try {
      long written;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
        written = work.applyAsLong(out);
      }
      Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
      return written;
    } catch (IOException e) {
      deleteQuietly(partial, e);
      throw new UncheckedIOException(target + ": " + e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      deleteQuietly(partial, e);
      throw e;
    }
  }

  static void deleteQuietly(Path file, Throwable failure) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      if (failure != null) {
        failure.addSuppressed(e);
      }
    }
  }
}
