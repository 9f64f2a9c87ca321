package io.github.workreport.examples.cli;

import io.github.workreport.Task;
import io.github.workreport.examples.ReportTasks;
import io.github.workreport.rules.Classifier;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code workreport summary}: the totals only. */
@Command(name = "summary", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {
        "Prints the totals of a report — tasks by status, the lead units with the largest shortfall, "
            + "the findings by kind — or, for several reports, one row per report.", ""})
final class SummaryCommand extends ReportsCommand {

  @Override
  public Integer call() {
    List<Input> resolved = resolveInputs();
    if (several(resolved)) {
      List<Batch.Result<ReportText.Row>> results = runAll(resolved, input -> new ReportText.Row(classify(input)));
      new ReportText(style()).printCombined(results, out());
      out().flush();
      return reportFailures(results);
    }
    Input input = resolved.get(0);
    if (input.isBundled()) {
      new ReportText(style()).printSummary(classify(input), out());
      return 0;
    }
    // Counted task by task: a report of any size in little memory.
    try (Input.Spooled file = input.spool(env().in);
        ReportTasks in = ReportTasks.open(file.file, input.name()).classifiedWith(Classifier.of(policy), threads)) {
      Tally tally = new Tally();
      for (Task task : in) {
        tally.add(task);
      }
      tally.addReportFindings(in.findings());
      new ReportText(style()).printSummary(in.end(), tally, out());
    }
    return 0;
  }
}
