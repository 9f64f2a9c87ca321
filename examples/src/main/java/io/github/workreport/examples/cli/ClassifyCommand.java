package io.github.workreport.examples.cli;

import io.github.workreport.Report;
import io.github.workreport.Summary;
import io.github.workreport.document.ReportHtml;
import io.github.workreport.examples.Converter;
import io.github.workreport.examples.ReportTasks;
import io.github.workreport.rules.ClassificationPolicy;
import io.github.workreport.rules.Classifier;
import io.github.workreport.excel.ExcelWriter;
import io.github.workreport.json.ReportJson;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code workreport classify}: read, classify, print or write. */
@Command(name = "classify", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {
        "Reads reports, classifies every task and prints a table with the totals (text), or writes "
            + "workreport/1 JSON, a styled workbook or a self-contained HTML page.",
        "Several inputs or a directory: one combined summary, a row per report, and with --output DIR "
            + "one output per report in DIR (with html, also DIR/index.html linking them).", ""})
final class ClassifyCommand extends ReportsCommand {

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "text, json, xlsx or html (default: what the --output name ends in, else text).")
  OutputFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Where to write (default: standard output; for xlsx, not a terminal). A directory: one "
          + "file per report in it, named after the input.")
  Path output;

  @Override
  public Integer call() {
    List<Input> resolved = resolveInputs();
    boolean several = several(resolved);
    OutputFormat chosen = chooseFormat(several);
    if (several) {
      return classifyAll(resolved, chosen);
    }
    Input input = resolved.get(0);
    Path target = output == null ? null
        : Files.isDirectory(output) ? output.resolve(input.stem() + "." + chosen.extension) : output;
    refuseOverwritingInputs(List.of(input), target);
    if (input.isBundled() || chosen == OutputFormat.HTML) {
      // A page shows the whole report at once (its totals and charts come first): read whole.
      Report report = classify(input);
      if (target == null) {
        print(report, chosen);
      } else {
        write(report, chosen, target, policy);
      }
      return 0;
    }
    try (Input.Spooled file = input.spool(env().in)) {
      one(file.file, input.name(), chosen, target);
    }
    return 0;
  }

  /**
   * Classifies one report file task by task into {@code target}, or standard output when it is
   * null: memory holds a few batches of tasks whatever the size of the report.
   */
  private void one(Path file, String source, OutputFormat chosen, Path target) {
    if (chosen == OutputFormat.TEXT) {
      try (ReportTasks in = ReportTasks.open(file, source).classifiedWith(Classifier.of(policy), threads)) {
        if (target == null) {
          new StreamedReportText(style()).print(in, out());
          return;
        }
        try (PrintWriter writer = Env.writer(new BufferedOutputStream(Files.newOutputStream(target), 1 << 16), false)) {
          new StreamedReportText(new Style(false)).print(in, writer);
          if (writer.checkError()) {
            throw new IOException("the output failed");
          }
        } catch (IOException e) {
          throw Failure.cannotWrite(target, e);
        }
      }
      return;
    }
    Converter converter = Converter.of(policy).threads(threads);
    try {
      if (target == null) {
        out().flush();
        converter.convert(file, source, env().out, chosen.extension);
      } else {
        converter.convert(file, source, target, chosen.extension);
      }
    } catch (UncheckedIOException e) {
      throw target == null ? e : Failure.cannotWrite(target, e);
    }
  }

  private OutputFormat chooseFormat(boolean several) {
    boolean toDirectory = output != null && (Files.isDirectory(output) || several);
    OutputFormat fromName = output == null || toDirectory ? null : OutputFormat.ofFile(output).orElse(null);
    if (format != null && fromName != null && format != fromName) {
      throw usage("--format " + format + " does not match --output " + output);
    }
    OutputFormat chosen = format != null ? format : fromName != null ? fromName : OutputFormat.TEXT;
    if (output != null && several && Files.exists(output) && !Files.isDirectory(output)) {
      throw usage("with several reports, --output must be a directory; " + output + " is a file");
    }
    if (output == null && chosen == OutputFormat.XLSX && (env().outIsTerminal || several)) {
      throw usage("--format xlsx needs --output FILE, or standard output sent to a file or a pipe:"
          + " a workbook is not written to the terminal");
    }
    if (output == null && several && chosen != OutputFormat.TEXT) {
      throw usage("with several reports, --format " + chosen + " needs --output DIRECTORY (one file per report)");
    }
    return chosen;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private void print(Report report, OutputFormat chosen) {
    if (chosen == OutputFormat.JSON) {
      out().flush();
      ReportJson.write(report, env().out);
    } else if (chosen == OutputFormat.HTML) {
      out().flush();
      ReportHtml.standard().withPolicy(policy).writeTo(report, env().out);
    } else if (chosen == OutputFormat.XLSX) {
      out().flush();
      ExcelWriter.standard().write(report, env().out);
    } else {
      new ReportText(style()).printReport(report, out());
    }
  }

  /** Writes one report; text without colour; an HTML page names {@code policy} in its footer. */
  static void write(Report report, OutputFormat chosen, Path target, ClassificationPolicy policy) {
    try {
      switch (chosen) {
        case HTML:
          ReportHtml.standard().withPolicy(policy).writeTo(report, target);
          break;
        case JSON:
          ReportJson.write(report, target);
          break;
        case XLSX:
          ExcelWriter.standard().write(report, target);
          break;
        default:
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          PrintWriter writer = Env.writer(bytes, false);
          new ReportText(new Style(false)).printReport(report, writer);
          writer.flush();
          Files.write(target, bytes.toByteArray());
      }
    } catch (UncheckedIOException e) {
      throw Failure.cannotWrite(target, e);
    } catch (IOException e) {
      throw Failure.cannotWrite(target, e);
    }
  }

  private int classifyAll(List<Input> resolved, OutputFormat chosen) {
    Map<Input, Path> targets = new HashMap<>();
    if (output != null) {
      try {
        Files.createDirectories(output);
      } catch (IOException e) {
        throw Failure.cannotWrite(output, e);
      }
      targets = targetsIn(output, resolved, chosen);
      for (Map.Entry<Input, Path> entry : targets.entrySet()) {
        refuseOverwritingInputs(resolved, entry.getValue());
      }
    }
    Map<Input, Path> finalTargets = targets;
    Map<Input, Summary> pages = new ConcurrentHashMap<>();
    List<Batch.Result<ReportText.Row>> results = runAll(resolved, input -> {
      Report report = classify(input);
      Path target = finalTargets.get(input);
      if (target != null) {
        write(report, chosen, target, policy);
        if (chosen == OutputFormat.HTML) {
          pages.put(input, report.summary());
        }
      }
      return new ReportText.Row(report);
    });
    if (chosen == OutputFormat.HTML && output != null) {
      writeIndex(resolved, finalTargets, pages);
    }
    new ReportText(style()).printCombined(results, out());
    out().flush();
    return reportFailures(results);
  }

  /** {@code DIR/index.html}: a row per report that was read, in the order of the inputs, linking to its page. */
  private void writeIndex(List<Input> resolved, Map<Input, Path> targets, Map<Input, Summary> pages) {
    Map<String, Summary> rows = new LinkedHashMap<>();
    for (Input input : resolved) {
      Summary summary = pages.get(input);
      if (summary != null) {
        rows.put(String.valueOf(targets.get(input).getFileName()), summary);
      }
    }
    Path index = output.resolve("index.html");
    try {
      ReportHtml.standard().withPolicy(policy).writeIndex(rows, index);
    } catch (UncheckedIOException e) {
      throw Failure.cannotWrite(index, e);
    }
  }

  /** {@code DIR/stem.ext}; inputs that share a stem keep their extension: {@code a.txt.json}. */
  private static Map<Input, Path> targetsIn(Path directory, List<Input> inputs, OutputFormat chosen) {
    Map<String, Integer> stems = new HashMap<>();
    inputs.forEach(i -> stems.merge(i.stem(), 1, Integer::sum));
    Map<Input, Path> targets = new HashMap<>();
    Set<Path> taken = new HashSet<>();
    for (Input input : inputs) {
      String base = stems.get(input.stem()) > 1 && input.path() != null
          ? String.valueOf(input.path().getFileName()) : input.stem();
      Path target = directory.resolve(base + "." + chosen.extension);
      for (int n = 2; !taken.add(target); n++) {
        target = directory.resolve(base + "-" + n + "." + chosen.extension);
      }
      targets.put(input, target);
    }
    return targets;
  }

  /** An output never replaces an input. */
  private static void refuseOverwritingInputs(List<Input> inputs, Path target) {
    if (target == null) {
      return;
    }
    List<Path> sources = new ArrayList<>();
    inputs.forEach(i -> {
      if (i.path() != null) {
        sources.add(i.path());
      }
    });
    for (Path source : sources) {
      try {
        if (Files.exists(target) && Files.exists(source) ? Files.isSameFile(source, target)
            : source.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
          throw new Failure(target + ": cannot write: it is an input; choose another --output", null);
        }
      } catch (IOException e) {
        throw Failure.cannotWrite(target, e);
      }
    }
  }
}
