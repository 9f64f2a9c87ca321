package io.github.workreport.examples;

import io.github.workreport.Report;
import io.github.workreport.ReportReadException;
import io.github.workreport.Task;
import io.github.workreport.document.DocumentFormat;
import io.github.workreport.document.DocumentReader;
import io.github.workreport.excel.ExcelLayout;
import io.github.workreport.excel.ExcelReader;
import io.github.workreport.excel.ExcelTaskWriter;
import io.github.workreport.excel.ExcelWriter;
import io.github.workreport.json.JsonReadException;
import io.github.workreport.json.ReportJson;
import io.github.workreport.json.TaskStream;
import io.github.workreport.json.TaskWriter;
import io.github.workreport.rules.Classifier;
import io.github.workreport.text.TableText;
import io.github.workreport.text.TableTextFormat;
import io.github.workreport.text.TableTextStream;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.ToLongFunction;

/** Tells a report's format by its first bytes and hands it to the reader for that format. */
final class Formats {
  /**
   * The largest workbook or JSON document read from a stream, which is held in memory to be
   * sniffed; a text table has its own, smaller limit, {@link TableTextFormat#maxInputBytes()}.
   */
  static final long MAX_STREAM_BYTES = 64L * 1024 * 1024;
  private static final int SNIFF = 512;
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

  /** What the first bytes of an input say it is: a zip or OLE2 container may be a workbook or a Word document. */
  enum Kind {
    TEXT, WORKBOOK, JSON, DOCUMENT
  }

  private Formats() {}

  static Kind sniff(byte[] head, int length) {
    if (startsWith(head, length, ZIP) || startsWith(head, length, OLE2)) {
      return Kind.WORKBOOK;
    }
    if (DocumentFormat.suggestedBy(head, length).isPresent()) {
      return Kind.DOCUMENT; // a PDF or a web page
    }
    // JSON starts with '{' after an optional byte-order mark and white space; in UTF-16 or UTF-32
    // the zero bytes around it are skipped as well.
    int i = 0;
    if (startsWith(head, length, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
      i = 3;
    }
    for (; i < length; i++) {
      int b = head[i] & 0xFF;
      if (b == 0 || b == 0xFE || b == 0xFF || b == ' ' || b == '\t' || b == '\r' || b == '\n') {
        continue;
      }
      return b == '{' ? Kind.JSON : Kind.TEXT;
    }
    return Kind.TEXT;
  }

  private static boolean startsWith(byte[] head, int length, byte[] magic) {
    return length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
  }

  static Report read(Path file) {
    String source = file.toString();
    byte[] head = new byte[SNIFF];
    int length;
    long size;
    try (InputStream in = Files.newInputStream(file)) {
      length = in.readNBytes(head, 0, head.length);
      size = Files.size(file);
    } catch (IOException e) {
      throw unreadable(source, e);
    }
    if (size == 0) {
      throw empty(source, "the file");
    }
    switch (sniff(head, length)) {
      case WORKBOOK:
        if (isWordDocument(file)) {
          return DocumentReader.standard().read(file);
        }
        return ExcelReader.of(ExcelLayout.DEFAULT).read(file);
      case JSON:
        return ReportJson.read(file);
      case DOCUMENT:
        return DocumentReader.standard().read(file);
      default:
        // Read through the text reader's bound: a larger file is refused at the line the limit
        // falls in, without reading the rest of it.
        try (InputStream in = Files.newInputStream(file)) {
          return TableText.read(in, source);
        } catch (IOException e) {
          throw unreadable(source, e);
        } catch (ReportReadException e) {
          throw namedLikeAWorkbook(file) ? new ReportReadException(source, e.place(),
              "named like a workbook but not one (no .xlsx or .xls signature); read as a text table: "
                  + e.reason(), e) : e;
        }
    }
  }

  private static boolean namedLikeAWorkbook(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return name.endsWith(".xlsx") || name.endsWith(".xls");
  }

  static Report read(InputStream in, String source) {
    byte[] bytes;
    try {
      BufferedInputStream buffered = new BufferedInputStream(in, SNIFF);
      buffered.mark(SNIFF);
      byte[] head = buffered.readNBytes(SNIFF);
      buffered.reset();
      if (head.length == 0) {
        throw empty(source, "the stream");
      }
      if (sniff(head, head.length) == Kind.TEXT) {
        return TableText.read(buffered, source);
      }
      bytes = buffered.readNBytes((int) MAX_STREAM_BYTES + 1);
      if (bytes.length > MAX_STREAM_BYTES) {
        throw new ReportReadException(source, "byte " + MAX_STREAM_BYTES, "too large: more than "
            + MAX_STREAM_BYTES / (1024 * 1024) + " MB, the most read from a stream");
      }
    } catch (IOException e) {
      throw unreadable(source, e);
    }
    switch (sniff(bytes, Math.min(bytes.length, SNIFF))) {
      case WORKBOOK:
        if (DocumentFormat.of(bytes).isPresent()) {
          return DocumentReader.standard().read(new ByteArrayInputStream(bytes), source);
        }
        return ExcelReader.of(ExcelLayout.DEFAULT).read(new ByteArrayInputStream(bytes), source);
      case JSON:
        try {
          return ReportJson.read(new ByteArrayInputStream(bytes));
        } catch (JsonReadException e) {
          // The stream reader names its source "<stream>"; the caller's name is more use.
          throw new JsonReadException(source, e.path(), e.line(), e.column(), e.reason(), e);
        }
      case DOCUMENT:
        return DocumentReader.standard().read(new ByteArrayInputStream(bytes), source);
      default:
        return TableText.read(bytes, source);
    }
  }

  private static ReportReadException empty(String source, String what) {
    return new ReportReadException(source, "", what + " is empty (0 bytes)");
  }

  /** Whether a zip or OLE2 file is a Word document (.docx, .doc) rather than a workbook. */
  private static boolean isWordDocument(Path file) {
    try {
      return DocumentFormat.of(file).isPresent();
    } catch (IOException e) {
      throw unreadable(file.toString(), e);
    }
  }

  /** An I/O failure as a read failure whose reason a person understands without a stack trace. */
  static ReportReadException unreadable(String source, IOException e) {
    String reason;
    if (e instanceof NoSuchFileException) {
      reason = "no such file";
    } else if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      reason = ((FileSystemException) e).getReason().toLowerCase(Locale.ROOT);
    } else if (e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("is a directory")) {
      reason = "is a directory";
    } else {
      reason = "cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
    return new ReportReadException(source, "", reason, e);
  }

  static void write(Report report, Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      ReportJson.write(report, file);
    } else if (name.endsWith(".xlsx")) {
      ExcelWriter.standard().write(report, file);
    } else {
      throw new IllegalArgumentException(file + ": cannot write this format; the name must end in .json or .xlsx");
    }
  }

  /**
   * Reads {@code file} and writes {@code output} (.json or .xlsx) one task at a time, classifying
   * each with {@code classifier} when one is given, when the input allows it: a text table or a
   * JSON document in a file. Memory then holds a task or two and the counts of the summary, whatever
   * the size of the input. A text table is read twice for JSON (its sections come before its tasks
   * in the document) and once for a workbook.
   *
   * @return the number of tasks written, or -1 when the input is not streamed (a workbook)
   */
  static long stream(Path file, Path output, Classifier classifier) {
    String source = file.toString();
    byte[] head = new byte[SNIFF];
    int length;
    try (InputStream in = Files.newInputStream(file)) {
      length = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw unreadable(source, e);
    }
    boolean json = String.valueOf(output.getFileName()).toLowerCase(Locale.ROOT).endsWith(".json");
    switch (sniff(head, length)) {
      case JSON:
        return streamJson(file, output, classifier, json, null);
      case TEXT:
        try {
          Report outline = json ? outlineOf(file) : null;
          try (TableTextStream in = TableText.stream(file, TableTextFormat.DEFAULT)) {
            Report header = in.header();
            return writeAtomically(output, out -> {
              try (Sink sink = sink(json ? outline : header, out, json)) {
                for (Task task : in) {
                  sink.write(classifier == null ? task : classifier.classify(task, header));
                }
                if (json && !in.end().equals(outline)) {
                  throw new ReportReadException(source, "", "the file changed while it was read");
                }
                return sink.finish(in.end());
              }
            });
          }
        } catch (ReportReadException e) {
          throw namedLikeAWorkbook(file) ? new ReportReadException(source, e.place(),
              "named like a workbook but not one (no .xlsx or .xls signature); read as a text table: "
                  + e.reason(), e) : e;
        }
      default:
        return -1; // a workbook or a document: read whole
    }
  }

  /**
   * One pass over a JSON document. A document by another writer may put report fields after its
   * tasks; when a JSON output would then miss them, -1 asks for a second pass with {@code known},
   * the header as the end of the first pass gave it.
   */
  private static long streamJson(Path file, Path output, Classifier classifier, boolean json, Report known) {
    try (TaskStream in = ReportJson.streamTasks(file)) {
      Report header = known != null ? known : in.header();
      Report[] end = new Report[1];
      long written = writeAtomically(output, out -> {
        try (Sink sink = sink(header, out, json)) {
          for (Task task : in) {
            sink.write(classifier == null ? task : classifier.classify(task, header));
          }
          end[0] = in.header();
          if (json && !end[0].equals(header)) {
            throw new LateHeader(end[0]);
          }
          return sink.finish(end[0]);
        }
      });
      return written;
    } catch (LateHeader late) {
      if (known != null) {
        throw new ReportReadException(file.toString(), "", "the file changed while it was read");
      }
      return streamJson(file, output, classifier, json, late.header);
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

  private static Report outlineOf(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return TableText.outline(in, file.toString(), TableTextFormat.DEFAULT);
    } catch (IOException e) {
      throw unreadable(file.toString(), e);
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

  private static Sink sink(Report header, OutputStream out, boolean json) {
    if (json) {
      TaskWriter writer = ReportJson.taskWriter(header, out);
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
          // Nothing to release: what was written goes with the partial file.
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
        + ".partial");
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

  private static void deleteQuietly(Path file, Throwable failure) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
