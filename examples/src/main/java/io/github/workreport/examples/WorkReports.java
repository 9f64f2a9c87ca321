package io.github.workreport.examples;

import io.github.workreport.Report;
import io.github.workreport.ReportReadException;
import io.github.workreport.rules.ClassificationPolicy;
import io.github.workreport.rules.Classifier;
import io.github.workreport.text.TableText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Static entry points for scripts, JShell and embedders: read a report in any supported format,
 * classify it, write it.
 *
 * <pre>{@code
 * Report report = WorkReports.bundled();                      // Baqiao 2020, classified
 * Report other = WorkReports.read(Path.of("2021.xlsx"));      // .txt .csv .xlsx .xls .json, classified
 * Report pdf = WorkReports.read(Path.of("附件.pdf"));          // .pdf .docx .doc .html as well
 * System.out.println(other.summary());
 * WorkReports.write(other, Path.of("2021.json"));             // by extension: .json or .xlsx
 * }</pre>
 *
 * <p>The format of an input is told by its content, not its name: a zip holding {@code
 * word/document.xml} is a .docx and any other zip an .xlsx workbook, an OLE2 compound file with a
 * {@code WordDocument} stream a .doc and any other an .xls workbook, {@code %PDF-} a PDF, markup
 * naming {@code <html>}, {@code <body>} or {@code <table>} a web page (those four through {@link
 * io.github.workreport.document.DocumentReader}), a document starting with <code>{</code>
 * workreport/1 JSON, and anything else the text table format that {@link TableText} reads (UTF-8,
 * UTF-16 or GB18030), its cells at tabs, or at commas for a file named {@code .csv} ({@link
 * io.github.workreport.text.TableTextFormat#CSV}: a table a spreadsheet saved). Every
 * failure to read — a missing file included — is a {@link ReportReadException} naming the file,
 * the place in it and the reason. This class is thread-safe.
 */
public final class WorkReports {
  /** The class-path resource of the bundled report. */
  static final String BUNDLED_RESOURCE = "baqiao-2020.txt";
  /** The name the bundled report goes by in messages. */
  public static final String BUNDLED_NAME = "baqiao-2020.txt (bundled)";

  private WorkReports() {}

  /**
   * The bundled report — Baqiao District, Xi'an, 2020: 107 tasks in two sections — read and
   * classified with the default policy.
   *
   * @return the classified report
   */
  public static Report bundled() {
    return classify(bundledUnclassified());
  }

  /**
   * The bundled report as read, before classification.
   *
   * @return the report
   */
  public static Report bundledUnclassified() {
    try (InputStream in = WorkReports.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled report is missing from the class path: "
            + WorkReports.class.getPackageName().replace('.', '/') + "/" + BUNDLED_RESOURCE);
      }
      return TableText.read(in, BUNDLED_NAME);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the report in {@code file} (.txt, .csv, .xlsx, .xls, .json, .pdf, .docx, .doc or .html, told by content) and classifies
   * it with the default policy. Assessments a JSON document already holds are replaced.
   *
   * @param file the file
   * @return the classified report
   * @throws ReportReadException if the file cannot be read or holds no report
   */
  public static Report read(Path file) {
    return classify(readUnclassified(file));
  }

  /**
   * Reads the report in {@code file} and classifies it with {@code policy}.
   *
   * @param file the file
   * @param policy the thresholds, such as {@code ClassificationPolicy.parse("ratio=0.95")}
   * @return the classified report
   * @throws ReportReadException if the file cannot be read or holds no report
   */
  public static Report read(Path file, ClassificationPolicy policy) {
    return classify(readUnclassified(file), policy);
  }

  /**
   * Reads the report in {@code file} as it is written: a text table or a workbook without
   * assessments, a JSON document with whatever assessments it holds.
   *
   * @param file the file
   * @return the report
   * @throws ReportReadException if the file cannot be read or holds no report
   */
  public static Report readUnclassified(Path file) {
    return Formats.read(Objects.requireNonNull(file, "file"));
  }

  /**
   * Reads a report from a stream (to its end; not closed), its format told by content.
   *
   * @param in the bytes of a .txt, .xlsx, .xls, .json, .pdf, .docx, .doc or .html report
   * @param source the name to give in messages, such as {@code <stdin>}
   * @return the report as written, not classified
   * @throws ReportReadException if the stream cannot be read or holds no report
   */
  public static Report readUnclassified(InputStream in, String source) {
    return Formats.read(Objects.requireNonNull(in, "in"), Objects.requireNonNull(source, "source"));
  }

  /**
   * Classifies every task of {@code report} with the default policy.
   *
   * @param report a report
   * @return the classified copy
   */
  public static Report classify(Report report) {
    return Classifier.standard().classify(report);
  }

  /**
   * Classifies every task of {@code report} with {@code policy}.
   *
   * @param report a report
   * @param policy the thresholds
   * @return the classified copy
   */
  public static Report classify(Report report, ClassificationPolicy policy) {
    return Classifier.of(policy).classify(report);
  }

  /**
   * Writes {@code report} to {@code file} in the format its extension names: {@code .json}
   * (workreport/1) or {@code .xlsx} (the styled workbook). The file is replaced.
   *
   * @param report the report, classified or not
   * @param file the file to write
   * @throws IllegalArgumentException if the extension is neither .json nor .xlsx
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Report report, Path file) {
    Objects.requireNonNull(report, "report");
    Formats.write(report, Objects.requireNonNull(file, "file"));
  }

  /**
   * Reads {@code input} and writes {@code output} (.json or .xlsx, by extension) one task at a
   * time, without holding the report: memory stays small for a table of any size. Each task is
   * classified with {@code policy} when one is given, else written as read; the tasks of a large
   * report are extracted and classified on all processors ({@link Converter} chooses otherwise). A
   * text table or a JSON document is streamed; a workbook is read whole. The output is written beside and moved into
   * place when complete, so a failure never leaves a partial file.
   *
   * @param input a .txt, .csv, .xlsx, .xls, .json, .pdf, .docx, .doc or .html report, told by content
   * @param output the file to write, ending in .json or .xlsx
   * @param policy the classification thresholds, or null to write the tasks as read
   * @return the number of tasks written
   * @throws ReportReadException if the input cannot be read or holds no report
   * @throws IllegalArgumentException if the output's extension is neither .json nor .xlsx
   * @throws UncheckedIOException if the output cannot be written
   */
  public static long convert(Path input, Path output, ClassificationPolicy policy) {
    Objects.requireNonNull(input, "input");
    if (!isWritable(Objects.requireNonNull(output, "output"))) {
      throw new IllegalArgumentException(output + ": cannot write this format; the name must end in .json or .xlsx");
    }
    return Converter.of(policy).convert(input, output);
  }

  /**
   * Whether {@link #write} can write a file with this name: it ends in {@code .json} or {@code
   * .xlsx}, in any case.
   *
   * @param file a file name
   * @return true if writable
   */
  public static boolean isWritable(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return name.endsWith(".json") || name.endsWith(".xlsx");
  }
}
