package io.github.workreport.examples.cli;

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
    new ReportText(style()).printSummary(classify(resolved.get(0)), out());
    return 0;
  }
}
