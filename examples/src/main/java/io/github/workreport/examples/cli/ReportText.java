package io.github.workreport.examples.cli;

import io.github.workreport.DisplayWidth;
import io.github.workreport.Assessment;
import io.github.workreport.Finding;
import io.github.workreport.FindingKind;
import io.github.workreport.Measure;
import io.github.workreport.Report;
import io.github.workreport.Status;
import io.github.workreport.Summary;
import io.github.workreport.Target;
import io.github.workreport.TargetAssessment;
import io.github.workreport.Task;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The text output: a classified report as a table with its totals, or many reports in one table. */
final class ReportText {
  /** How many responsible units the shortfall ranking shows. */
  static final int TOP_UNITS = 5;

  private final Style style;

  ReportText(Style style) {
    this.style = style;
  }

  // --- one report ------------------------------------------------------------------------------

  /** The report line, the task table, the totals, the units with the largest shortfall, the findings. */
  void printReport(Report report, PrintWriter out) {
    Tally tally = Tally.of(report);
    printReportLine(report, tally, out);
    out.println();
    printTasks(report, out);
    out.println();
    printTotals(tally, out);
    out.println();
    printUnits(tally, out);
    out.println();
    printFindings(report, out);
  }

  /** The report line, the totals, the units, and the findings counted by kind: no task table. */
  void printSummary(Report report, PrintWriter out) {
    printSummary(report, Tally.of(report), out);
  }

  /** {@link #printSummary(Report, PrintWriter)} of a report whose tasks were counted as they went by. */
  void printSummary(Report header, Tally tally, PrintWriter out) {
    printReportLine(header, tally, out);
    out.println();
    printTotals(tally, out);
    out.println();
    printUnits(tally, out);
    out.println();
    out.println(style.bold("Findings") + "  " + findingCounts(tally));
    tally.reportFindings.forEach(f -> out.println("  " + f.kind() + "  " + f.message()));
  }

  void printReportLine(Report report, Tally tally, PrintWriter out) {
    out.println(style.bold(report.title().isEmpty() ? "(untitled report)" : report.title()));
    List<String> parts = placeAndPeriod(report);
    parts.add(counted(report, tally.tasks));
    out.println(String.join(" · ", parts));
  }

  /** The place, year and period of the report line. */
  static List<String> placeAndPeriod(Report report) {
    List<String> parts = new ArrayList<>();
    String place = report.jurisdiction().orElse("") + report.year().stream().mapToObj(y -> " " + y).findFirst().orElse("");
    if (!place.isBlank()) {
      parts.add(place.strip());
    }
    report.period().ifPresent(p -> parts.add("as of " + p.asOf() + " (" + p.label() + ")"));
    return parts;
  }

  /** {@code 107 tasks listed, 107 declared}, the declared count in red when it differs. */
  String counted(Report report, int tasks) {
    String counted = tasks + (tasks == 1 ? " task listed" : " tasks listed");
    if (report.declaredTotals().total().isPresent()) {
      int declared = report.declaredTotals().total().get();
      String claim = declared + " declared";
      counted += ", " + (declared == tasks ? claim : style.paint(Style.BOLD_RED, claim));
    } else {
      counted += ", no total declared";
    }
    return counted;
  }

  void printTasks(Report report, PrintWriter out) {
    Table table = taskTable();
    for (Task task : report.tasks()) {
      taskRow(table, task);
    }
    table.print(out, "");
  }

  /** The columns of the task table. */
  Table taskTable() {
    return new Table(style)
        .left("task", TASK_COLUMN)
        .left("lead unit", 16)
        .left("target → achieved", 30)
        .right("ratio", 7)
        .left("status", 8)
        .left("declared", 8)
        .left("explanation", 56);
  }

  /** Display columns of the task reference. */
  static final int TASK_COLUMN = 12;

  /**
   * {@link Task#ref()} in {@code max} columns: a long section heading (正在推进的工作) is cut, never
   * the number, which is what tells the rows of one section apart.
   */
  static String ref(Task task, int max) {
    String number = String.valueOf(task.number());
    return task.section()
        .map(s -> DisplayWidth.fit(s, Math.max(1, max - number.length() - 1)) + " " + number)
        .orElse(number);
  }

  /** Adds the row of {@code task} to a table made by {@link #taskTable()}. */
  static void taskRow(Table table, Task task) {
    Status status = task.status();
    Status declared = task.outcome().declaredStatus();
    boolean unsupported = task.assessment().map(a -> a.has(FindingKind.CLAIM_NOT_SUPPORTED)).orElse(false);
    Optional<TargetAssessment> line = task.assessment().flatMap(Assessment::decidingTarget);
    table.row()
        .cell(ref(task, TASK_COLUMN))
        .cell(task.leadUnit().orElse(""))
        .cell(targetCell(task, line))
        .cell(line.flatMap(TargetAssessment::ratio).map(ReportText::percent).orElse(""))
        .cell(status.label(), Style.of(status))
        .cell(declared.label(), unsupported ? Style.BOLD_RED : null)
        .cell(task.assessment().map(Assessment::explanation).orElse(""));
  }

  void printTotals(Tally tally, PrintWriter out) {
    out.println(style.bold("Tasks by status"));
    Table table = new Table(style).left("status", 30).right("assessed", 8).right("share", 6).right("declared", 8);
    for (Status status : Status.values()) {
      int n = tally.count(status);
      table.row()
          .cell(status.label() + " " + status, n > 0 ? Style.of(status) : null)
          .cell(n)
          .cell(tally.tasks == 0 ? "" : percent(BigDecimal.valueOf(n).divide(BigDecimal.valueOf(tally.tasks), 4, RoundingMode.HALF_UP)))
          .cell(tally.declared(status));
    }
    table.row().cell("total").cell(tally.tasks).cell("").cell(tally.tasks);
    table.print(out, "  ");
    int unsupported = tally.claimsNotSupported;
    out.println("  claims not supported by the numbers: "
        + (unsupported == 0 ? "0" : style.paint(Style.BOLD_RED, String.valueOf(unsupported))));
  }

  void printUnits(Tally tally, PrintWriter out) {
    List<Tally.UnitRow> all = tally.byLeadUnit();
    List<Tally.UnitRow> behind = new ArrayList<>();
    for (Tally.UnitRow card : all) {
      if (card.shortfalls() > 0 || card.claimsNotSupported > 0) {
        behind.add(card);
      }
    }
    if (behind.isEmpty()) {
      out.println(style.bold("Responsible units") + "  no lead unit fell short");
      return;
    }
    List<Tally.UnitRow> top = behind.subList(0, Math.min(TOP_UNITS, behind.size()));
    out.println(style.bold("Lead units with the largest shortfall") + "  (top " + top.size() + " of "
        + all.size() + " units)");
    Table table = new Table(style).left("lead unit", 20).right("tasks", 5)
        .right(Status.NOT_MET.label(), 8).right(Status.ONGOING.label(), 8)
        .right(Status.BASICALLY_MET.label(), 8).right("claims not supported", 20);
    for (Tally.UnitRow card : top) {
      table.row().cell(card.unit).cell(card.tasks)
          .cell(card.count(Status.NOT_MET), card.count(Status.NOT_MET) > 0 ? Style.of(Status.NOT_MET) : null)
          .cell(card.count(Status.ONGOING))
          .cell(card.count(Status.BASICALLY_MET))
          .cell(card.claimsNotSupported, card.claimsNotSupported > 0 ? Style.BOLD_RED : null);
    }
    table.print(out, "  ");
  }

  /** Claims not supported first, then the report's own findings, then the rest by kind. */
  void printFindings(Report report, PrintWriter out) {
    List<String[]> lines = new ArrayList<>();
    for (FindingKind kind : findingOrder()) {
      if (kind == FindingKind.COUNT_MISMATCH) {
        for (Finding f : report.findings()) {
          lines.add(new String[] {f.kind().name(), "", f.message()});
        }
        continue;
      }
      for (Task task : report.tasks()) {
        for (Finding f : task.assessment().map(Assessment::findings).orElse(List.of())) {
          if (f.kind() == kind) {
            lines.add(new String[] {f.kind().name(), findingRef(task), f.message()});
          }
        }
      }
    }
    out.println(style.bold("Findings") + "  " + (lines.isEmpty() ? "none" : String.valueOf(lines.size())));
    int kindWidth = lines.stream().mapToInt(l -> l[0].length()).max().orElse(0);
    int refWidth = lines.stream().mapToInt(l -> DisplayWidth.of(l[1])).max().orElse(0);
    for (String[] l : lines) {
      out.println(findingLine(l[0], l[1], l[2], kindWidth, refWidth));
    }
  }

  /** {@code "  KIND  ref  message"}, the columns padded to the widths given. */
  String findingLine(String kind, String ref, String message, int kindWidth, int refWidth) {
    String colour = kind.equals(FindingKind.CLAIM_NOT_SUPPORTED.name()) || kind.equals(FindingKind.COUNT_MISMATCH.name())
        ? Style.BOLD_RED : Style.DIM;
    return ("  " + style.paint(colour, kind) + " ".repeat(kindWidth - kind.length()) + "  "
        + DisplayWidth.pad(ref, refWidth, false) + "  " + DisplayWidth.fit(message, 400)).stripTrailing();
  }

  /** The ref of a finding's line: {@code 已完成 5 [区发改委]}. */
  static String findingRef(Task task) {
    return task.ref() + task.leadUnit().map(u -> " [" + u + "]").orElse("");
  }

  static List<FindingKind> findingOrder() {
    return List.of(FindingKind.CLAIM_NOT_SUPPORTED, FindingKind.COUNT_MISMATCH, FindingKind.REVISED_TARGET,
        FindingKind.PROVISIONAL, FindingKind.UNVERIFIED_TARGET);
  }

  private static String findingCounts(Tally tally) {
    if (tally.findingCounts.isEmpty()) {
      return "none";
    }
    List<String> parts = new ArrayList<>();
    tally.findingCounts.forEach((kind, n) -> parts.add(kind + " " + n));
    return String.join(", ", parts);
  }

  // --- many reports ----------------------------------------------------------------------------

  /** What the combined table shows of one report, computed where the report is classified. */
  static final class Row {
    final String place;
    final String year;
    final String period;
    final int tasks;
    final int[] byStatus = new int[Status.values().length];
    final int claimsNotSupported;

    Row(Report report) {
      Summary summary = report.summary();
      place = report.jurisdiction().orElse("");
      year = report.year().isPresent() ? String.valueOf(report.year().getAsInt()) : "";
      period = report.period().map(p -> p.label()).orElse("");
      tasks = summary.tasks();
      for (Status status : Status.values()) {
        byStatus[status.ordinal()] = summary.count(status);
      }
      claimsNotSupported = summary.claimsNotSupported().size();
    }
  }

  /** One row per report (place, year, period, tasks, counts per status, claims not supported) and a total. */
  void printCombined(List<Batch.Result<Row>> results, PrintWriter out) {
    Table table = new Table(style).leftKeepingEnd("report", 32).left("place", 12).right("year", 4).left("period", 8)
        .right("tasks", 6);
    for (Status status : Status.values()) {
      table.right(status.label(), 8);
    }
    table.right("claims not supported", 20);
    int[] totals = new int[Status.values().length];
    int tasks = 0;
    int unsupported = 0;
    int read = 0;
    for (Batch.Result<Row> result : results) {
      Table.Row line = table.row().cell(result.input.name());
      Row row = result.value;
      if (row == null) {
        line.cell("unreadable", Style.BOLD_RED);
        continue;
      }
      read++;
      line.cell(row.place).cell(row.year).cell(row.period).cell(row.tasks);
      for (Status status : Status.values()) {
        int n = row.byStatus[status.ordinal()];
        totals[status.ordinal()] += n;
        line.cell(n, n > 0 && status == Status.NOT_MET ? Style.of(status) : null);
      }
      line.cell(row.claimsNotSupported, row.claimsNotSupported > 0 ? Style.BOLD_RED : null);
      tasks += row.tasks;
      unsupported += row.claimsNotSupported;
    }
    if (results.size() > 1) {
      Table.Row line = table.row().cell("total (" + read + " of " + results.size() + " reports)").cell("").cell("").cell("")
          .cell(tasks);
      for (int n : totals) {
        line.cell(n);
      }
      line.cell(unsupported);
    }
    table.print(out, "");
  }

  // --- cells -----------------------------------------------------------------------------------

  /** {@code 增长≥7.5% → 6.8%}, {@code ≥5家 → ?}, with {@code (+2)} when the task has more targets. */
  static String targetCell(Task task, Optional<TargetAssessment> line) {
    if (task.targets().isEmpty()) {
      return "—";
    }
    Target target = line.map(TargetAssessment::target).orElse(task.targets().get(0));
    StringBuilder out = new StringBuilder(target(target));
    line.flatMap(TargetAssessment::revision).ifPresent(r -> out.append("(调为").append(r.quantity().format()).append(')'));
    out.append(" → ");
    Optional<Measure> measure = line.flatMap(TargetAssessment::measure);
    out.append(measure.map(m -> m.quantity().format() + (m.estimated() ? "(预计)" : "")).orElse("?"));
    if (task.targets().size() > 1) {
      out.append(" (+").append(task.targets().size() - 1).append(')');
    }
    return out.toString();
  }

  private static String target(Target target) {
    return target.describe();
  }

  /** 0.9067 → {@code 90.7%}. */
  static String percent(BigDecimal ratio) {
    BigDecimal p = ratio.movePointRight(2);
    if (p.abs().compareTo(BigDecimal.valueOf(100_000)) >= 0) {
      return p.setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }
    return p.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
  }
}
