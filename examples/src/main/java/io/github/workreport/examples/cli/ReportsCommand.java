package io.github.workreport.examples.cli;

import io.github.workreport.Report;
import io.github.workreport.examples.WorkReports;
import io.github.workreport.rules.ClassificationPolicy;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What classify and summary share: the inputs, the policy, the threads, and running the batch. */
abstract class ReportsCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = {"Reports: text tables (.txt, tab-separated; .csv, comma-separated), workbooks (.xlsx or .xls), workreport/1"
          + " JSON, or documents (.pdf, .docx, .doc, .html), told apart by content (not by name);"
          + " directories of them; - for standard input.",
          "None: the bundled Baqiao 2020 report."})
  List<String> inputs = new ArrayList<>();

  @Option(names = "--policy", paramLabel = "KEY=VALUE,…", converter = Main.PolicyConverter.class,
      description = "Thresholds of the rules (default ${DEFAULT-VALUE}): ratio — the share of a target"
          + " that is 基本完成; points — the shortfall in percentage points that is 基本完成.")
  ClassificationPolicy policy = ClassificationPolicy.defaults();

  @Option(names = {"-j", "--threads"}, paramLabel = "N",
      description = "Reports classified at the same time, and threads for the tasks of one large report"
          + " (default: the number of processors, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  Env env() {
    return main.env;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  Style style() {
    return new Style(env().colour());
  }

  List<Input> resolveInputs() {
    if (threads < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--threads must be 1 or more, was " + threads);
    }
    return inputs.isEmpty() ? List.of(Input.bundled()) : Input.resolve(inputs);
  }

  /** Several reports: more than one input, or a directory. */
  boolean several(List<Input> resolved) {
    return resolved.size() > 1 || inputs.stream().anyMatch(Input::isDirectory);
  }

  Report classify(Input input) {
    return WorkReports.classify(input.read(env().in), policy);
  }

  /** Runs {@code work} over the inputs in parallel, with a progress bar on a terminal. */
  <R> List<Batch.Result<R>> runAll(List<Input> resolved, Function<Input, R> work) {
    try (Progress progress = Progress.start(resolved.size() > 1 ? env().progressScreen() : null, resolved.size())) {
      return Batch.run(resolved, work, threads, progress);
    }
  }

  /** Prints one line per report that failed; 1 if any did, else 0. */
  int reportFailures(List<? extends Batch.Result<?>> results) {
    int status = 0;
    for (Batch.Result<?> result : results) {
      if (result.error != null) {
        Main.fail(result.error, err(), main.debug);
        status = Main.BAD_INPUT;
      }
    }
    return status;
  }
}
