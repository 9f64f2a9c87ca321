package io.github.workreport.examples.cli;

import io.github.workreport.examples.Converter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code workreport convert}: from one format to another, as written (no classification). */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {
        "Converts a report between formats as it is written, without classifying it: INPUT is .txt, "
            + ".xlsx, .xls, .json, .pdf, .docx, .doc or .html (told by content, - for standard input); OUTPUT ends in .json or "
            + ".xlsx. Assessments in a JSON input are kept.",
        "To convert and classify, use: classify INPUT --output OUTPUT.", ""})
final class ConvertCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INPUT", description = "The report to read.")
  String input;

  @Parameters(index = "1", paramLabel = "OUTPUT", description = "The file to write: .json or .xlsx.")
  Path output;

  @Override
  public Integer call() {
    OutputFormat format = OutputFormat.ofFile(output)
        .filter(f -> f == OutputFormat.JSON || f == OutputFormat.XLSX)
        .orElseThrow(() -> new ParameterException(spec.commandLine(),
            "OUTPUT must end in .json or .xlsx, was " + output + " (a .txt table or an .xls workbook is not written)"));
    Input source = Input.of(input);
    if (source.path() != null && source.path().toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
      throw new ParameterException(spec.commandLine(), "OUTPUT is the INPUT: " + output);
    }
    if (Files.isDirectory(output)) {
      throw new ParameterException(spec.commandLine(), "OUTPUT is a directory: " + output);
    }
    try (Input.Spooled file = source.spool(main.env.in)) {
      Converter.of(null).convert(file.file, source.name(), output, format.extension);
    } catch (UncheckedIOException e) {
      throw Failure.cannotWrite(output, e);
    }
    return 0;
  }
}
