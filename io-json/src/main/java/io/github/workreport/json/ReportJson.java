package io.github.workreport.json;

import io.github.workreport.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Reads and writes reports in the workreport/1 JSON format, with no Jackson in sight.
 *
 * <pre>{@code
 * Report report = ReportJson.read(Path.of("baqiao-2020.json"));
 * ReportJson.write(Classifier.standard().classify(report), Path.of("classified.json"));
 * String json = ReportJson.toJson(report);
 * }</pre>
 *
 * <p>Reading is strict: an unknown field, a value of the wrong type, a missing required field,
 * another {@code format}, a number like {@code 1e999999} or {@code NaN}, nesting beyond the
 * format's, or anything after the document is a {@link JsonReadException} that names the source,
 * the JSON path, the line and column, and what was expected. {@link
 * ReportJsonFeature#ALLOW_UNKNOWN_FIELDS} lets unknown fields pass. A partial document never reads
 * as a whole one.
 *
 * <p>Writing gives the fields in the order of the specification, leaves absent values out, writes
 * numbers exactly in plain notation ({@code 258.77}, never {@code 2.5877E+2}) and enums by name, two
 * spaces of indentation unless {@link ReportJsonFeature#COMPACT_OUTPUT}. Writing never closes a
 * stream it was given; I/O failures while writing are {@link UncheckedIOException}s.
 *
 * <p>For documents too large for memory, {@link #streamTasks(Path, ReportJsonFeature...)} reads
 * tasks one at a time and {@link #taskWriter(Report, OutputStream, ReportJsonFeature...)} writes
 * them one at a time. The JSON Schema of the format is the resource {@value #SCHEMA_RESOURCE}.
 * This class is thread-safe.
 */
public final class ReportJson {

  /** The value of the {@code format} field of every document: {@value}. */
  public static final String FORMAT = ReportReader.FORMAT;

  /**
   * The class-path resource holding the JSON Schema (draft 2020-12) of the format, {@value}; open it
   * with {@code ReportJson.class.getResourceAsStream("/" + SCHEMA_RESOURCE)}.
   */
  public static final String SCHEMA_RESOURCE = "io/github/workreport/json/workreport-1.schema.json";

  private static final String STREAM = "<stream>";
  private static final String STRING = "<string>";

  private ReportJson() {}

  // ---------------------------------------------------------------- reading

  /**
   * Reads the report in the file {@code path}.
   *
   * @param path a workreport/1 document
   * @param features reading options, such as {@link ReportJsonFeature#ALLOW_UNKNOWN_FIELDS}
   * @return the report
   * @throws JsonReadException if the file cannot be read or is not a valid workreport/1 document;
   *     its source is {@code path}
   */
  public static Report read(Path path, ReportJsonFeature... features) {
    String source = path.toString();
    try (InputStream in = open(path, source)) {
      return read(in, source, features);
    } catch (IOException e) {
      throw new JsonReadException(source, "", -1, -1, "cannot close: " + e, e);
    }
  }

  /**
   * Reads the report in {@code in}, to its end. The stream is not closed.
   *
   * @param in a workreport/1 document in UTF-8 (UTF-16 and UTF-32 are detected)
   * @param features reading options
   * @return the report
   * @throws JsonReadException if the stream cannot be read or is not a valid document; its source
   *     is {@code "<stream>"}
   */
  public static Report read(InputStream in, ReportJsonFeature... features) {
    return read(in, STREAM, features);
  }

  /**
   * Reads the report in the JSON text {@code json} (the document itself, not a file name).
   *
   * @param json a workreport/1 document
   * @param features reading options
   * @return the report
   * @throws JsonReadException if the text is not a valid document; its source is {@code
   *     "<string>"}, its columns count characters
   */
  public static Report read(String json, ReportJsonFeature... features) {
    Objects.requireNonNull(json, "json");
    try (JsonParser parser = JsonSetup.FACTORY.createParser(JsonSetup.INPUT, json)) {
      return new ReportReader(parser, STRING, allowUnknown(features)).readDocument();
    }
  }

  private static Report read(InputStream in, String source, ReportJsonFeature... features) {
    Objects.requireNonNull(in, "in");
    JsonParser parser;
    try {
      parser = JsonSetup.FACTORY.createParser(JsonSetup.INPUT, in);
    } catch (JacksonException e) {
      throw new JsonReadException(source, "", -1, -1, "cannot read: " + rootCause(e), e);
    }
    try (parser) {
      return new ReportReader(parser, source, allowUnknown(features)).readDocument();
    }
  }

  /**
   * Opens the file {@code path} to read its tasks one at a time, without holding them all; see
   * {@link TaskStream}. Close the stream to close the file.
   *
   * @param path a workreport/1 document
   * @param features reading options
   * @return the open stream, its header read
   * @throws JsonReadException if the file cannot be opened or its header is not valid
   */
  public static TaskStream streamTasks(Path path, ReportJsonFeature... features) {
    String source = path.toString();
    InputStream in = open(path, source);
    try {
      return TaskStream.open(JsonSetup.FACTORY.createParser(JsonSetup.INPUT, in), source,
          allowUnknown(features), in);
    } catch (RuntimeException e) {
      closeQuietly(in, e);
      throw e instanceof JacksonException
          ? new JsonReadException(source, "", -1, -1, "cannot read: " + rootCause(e), e) : e;
    }
  }

  /**
   * Reads the tasks of the document in {@code in} one at a time; see {@link TaskStream}. Closing the
   * task stream does not close {@code in}.
   *
   * @param in a workreport/1 document
   * @param features reading options
   * @return the open stream, its header read
   * @throws JsonReadException if the header is not valid
   */
  public static TaskStream streamTasks(InputStream in, ReportJsonFeature... features) {
    Objects.requireNonNull(in, "in");
    try {
      return TaskStream.open(JsonSetup.FACTORY.createParser(JsonSetup.INPUT, in), STREAM,
          allowUnknown(features), null);
    } catch (JacksonException e) {
      throw new JsonReadException(STREAM, "", -1, -1, "cannot read: " + rootCause(e), e);
    }
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes {@code report} to the file {@code path}, replacing it. The document is written to a new
   * file beside it and moved into place when complete, so a failed write leaves the old file as it
   * was and never half a document.
   *
   * @param report the report
   * @param path the file to write
   * @param features writing options, such as {@link ReportJsonFeature#COMPACT_OUTPUT}
   * @throws UncheckedIOException if the file cannot be written
   * @throws IllegalArgumentException if the report holds what the format cannot (a number of more
   *     than 1000 characters, a section named {@code total} in the declared totals)
   */
  public static void write(Report report, Path path, ReportJsonFeature... features) {
    Objects.requireNonNull(report, "report");
    Path target;
    try {
      // Replace the file a link points to, not the link.
      target = Files.isSymbolicLink(path) ? path.toRealPath() : path.toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path + ": " + e, e);
    }
    Path partial = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid()
        + "." + Thread.currentThread().getId() + ".partial");
    try {
      try (OutputStream out = Files.newOutputStream(partial)) {
        write(report, out, features);
      }
      try {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      deleteQuietly(partial, e);
      throw new UncheckedIOException("cannot write " + path + ": " + e, e);
    } catch (RuntimeException e) {
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

  /**
   * Writes {@code report} to {@code out} as UTF-8 and flushes it. The stream is not closed.
   *
   * @param report the report
   * @param out where to write
   * @param features writing options
   * @throws UncheckedIOException if writing fails
   * @throws IllegalArgumentException if the report holds what the format cannot
   */
  public static void write(Report report, OutputStream out, ReportJsonFeature... features) {
    Objects.requireNonNull(report, "report");
    try (JsonGenerator g = generator(out, features)) {
      ReportWriter.writeReport(g, report);
    } catch (JacksonIOException e) {
      throw unchecked(e);
    }
    finish(out, features);
  }

  /**
   * The document for {@code report} as a string.
   *
   * @param report the report
   * @param features writing options
   * @return the JSON text
   * @throws IllegalArgumentException if the report holds what the format cannot
   */
  public static String toJson(Report report, ReportJsonFeature... features) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(report, out, features);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Starts a document with the fields of {@code header} and returns a writer that adds tasks one at
   * a time; closing it ends the document. The header's own tasks must be empty: they would have to
   * come before the ones written later.
   *
   * <pre>{@code
   * try (TaskWriter out = ReportJson.taskWriter(header, stream)) {
   *   tasks.forEach(out::write);
   * }
   * }</pre>
   *
   * @param header the report's title, year, period, totals and sections, without tasks
   * @param out where to write; not closed by the writer
   * @param features writing options
   * @return the writer
   * @throws IllegalArgumentException if the header has tasks
   * @throws UncheckedIOException if writing fails
   */
  public static TaskWriter taskWriter(Report header, OutputStream out, ReportJsonFeature... features) {
    Objects.requireNonNull(header, "header");
    if (!header.tasks().isEmpty()) {
      throw new IllegalArgumentException("the header has " + header.tasks().size()
          + " tasks; write them through the TaskWriter instead");
    }
    JsonGenerator g = generator(out, features);
    try {
      ReportWriter.writeHeader(g, header);
    } catch (JacksonIOException e) {
      throw unchecked(e);
    }
    return new TaskWriter(g, () -> finish(out, features));
  }

  // ---------------------------------------------------------------- helpers

  static boolean allowUnknown(ReportJsonFeature... features) {
    return Arrays.asList(features).contains(ReportJsonFeature.ALLOW_UNKNOWN_FIELDS);
  }

  private static boolean compact(ReportJsonFeature... features) {
    return Arrays.asList(features).contains(ReportJsonFeature.COMPACT_OUTPUT);
  }

  private static JsonGenerator generator(OutputStream out, ReportJsonFeature... features) {
    Objects.requireNonNull(out, "out");
    try {
      return JsonSetup.FACTORY.createGenerator(
          compact(features) ? JsonSetup.COMPACT_OUTPUT : JsonSetup.INDENTED_OUTPUT, out);
    } catch (JacksonIOException e) {
      throw unchecked(e);
    }
  }

  /** An indented document is a text file: it ends with a newline. */
  private static void finish(OutputStream out, ReportJsonFeature... features) {
    try {
      if (!compact(features)) {
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static UncheckedIOException unchecked(JacksonIOException e) {
    IOException cause = e.getCause();
    return new UncheckedIOException(cause != null ? cause : new IOException(e.getOriginalMessage(), e));
  }

  private static InputStream open(Path path, String source) {
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new JsonReadException(source, "", -1, -1, "no such file", e);
    } catch (IOException e) {
      throw new JsonReadException(source, "", -1, -1, "cannot open: " + e, e);
    }
  }

  private static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.toString();
  }

  private static void closeQuietly(InputStream in, Throwable failure) {
    try {
      in.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
