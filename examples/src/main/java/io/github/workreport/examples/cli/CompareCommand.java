package io.github.workreport.examples.cli;

import io.github.workreport.Comparison;
import io.github.workreport.Report;
import io.github.workreport.Reports;
import io.github.workreport.document.ReportHtml;
import io.github.workreport.examples.WorkReports;
import io.github.workreport.json.ComparisonJson;
import io.github.workreport.rules.ClassificationPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code workreport compare}: what moved between two reports of one place. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {
        "Compares two reports of one place — a half-year report and the year end, or two years: pairs "
            + "their tasks by text and number (a renumbered or reworded task still pairs), and prints for each "
            + "pair what moved — the status, the achieved values with the change, the targets revised, a claim "
            + "that became or stopped being supported — and the tasks left out or new.",
        "EARLIER and LATER are .txt, .xlsx, .xls or .json (told by content, - for standard input); both are "
            + "classified.", ""})
final class CompareCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EARLIER", description = "The earlier report.")
  String earlier;

  @Parameters(index = "1", paramLabel = "LATER", description = "The later report.")
  String later;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "text, json (workreport-comparison/1) or html (LATER's page with a section on what moved); "
          + "default: what the --output name ends in, else text.")
  OutputFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write (default: standard output).")
  Path output;

  @Option(names = "--policy", paramLabel = "KEY=VALUE,…", converter = Main.PolicyConverter.class,
      description = "Thresholds of the rules, as for classify (default ${DEFAULT-VALUE}).")
  ClassificationPolicy policy = ClassificationPolicy.defaults();

  @Override
  public Integer call() {
    OutputFormat chosen = chooseFormat();
    if (earlier.equals("-") && later.equals("-")) {
      throw new ParameterException(spec.commandLine(), "EARLIER and LATER cannot both be standard input");
    }
    Comparison comparison = Reports.compare(read(earlier), read(later));
    if (chosen == OutputFormat.HTML) {
      ReportHtml html = ReportHtml.standard().withPolicy(policy).withComparison(comparison);
      if (output == null) {
        spec.commandLine().getOut().flush();
        html.writeTo(comparison.later(), main.env.out);
      } else {
        try {
          html.writeTo(comparison.later(), output);
        } catch (UncheckedIOException e) {
          throw Failure.cannotWrite(output, e);
        }
      }
      return 0;
    }
    if (chosen == OutputFormat.JSON) {
      if (output == null) {
        spec.commandLine().getOut().flush();
        ComparisonJson.write(comparison, main.env.out);
      } else {
        try {
          ComparisonJson.write(comparison, output);
        } catch (UncheckedIOException e) {
          throw Failure.cannotWrite(output, e);
        }
      }
      return 0;
    }
    if (output == null) {
      new ComparisonText(new Style(main.env.colour()), main.env.width()).print(comparison, spec.commandLine().getOut());
      return 0;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintWriter writer = Env.writer(bytes, false);
    new ComparisonText(new Style(false), 0).print(comparison, writer);
    writer.flush();
    try {
      Files.write(output, bytes.toByteArray());
    } catch (IOException e) {
      throw Failure.cannotWrite(output, e);
    }
    return 0;
  }

  private OutputFormat chooseFormat() {
    OutputFormat fromName = output == null ? null : OutputFormat.ofFile(output).orElse(null);
    if (format != null && fromName != null && format != fromName) {
      throw new ParameterException(spec.commandLine(), "--format " + format + " does not match --output " + output);
    }
    OutputFormat chosen = format != null ? format : fromName != null ? fromName : OutputFormat.TEXT;
    if (chosen == OutputFormat.XLSX) {
      throw new ParameterException(spec.commandLine(), "compare writes text, json or html, not " + chosen);
    }
    if (output != null && Files.isDirectory(output)) {
      throw new ParameterException(spec.commandLine(), "--output is a directory: " + output);
    }
    return chosen;
  }

  private Report read(String argument) {
    return WorkReports.classify(Input.of(argument).read(main.env.in), policy);
  }
}
