package io.github.workreport.examples.cli;

import io.github.workreport.Comparison;
import io.github.workreport.Report;
import io.github.workreport.Status;
import io.github.workreport.Task;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;

/**
 * The text output of {@code compare}: the two reports, the counts, the status transitions, a row
 * per pair that moved, and the tasks left out and new.
 */
final class ComparisonText {
  /** The widest the "what moved" column gets when the terminal's width is not known. */
  static final int MOVED_COLUMN = 90;

  private final Style style;
  private final int width;

  /**
   * @param style colours or none
   * @param width the terminal's columns, or 0 when not on a terminal (then the layout is fixed)
   */
  ComparisonText(Style style, int width) {
    this.style = style;
    this.width = width;
  }

  void print(Comparison c, PrintWriter out) {
    out.println(style.bold("What moved: " + name(c.earlier()) + " → " + name(c.later())));
    out.println("earlier: " + title(c.earlier()) + " · " + c.earlier().tasks().size() + " tasks");
    out.println("later:   " + title(c.later()) + " · " + c.later().tasks().size() + " tasks");
    String earlierPlace = c.earlier().jurisdiction().orElse("");
    String laterPlace = c.later().jurisdiction().orElse("");
    if (!earlierPlace.isEmpty() && !laterPlace.isEmpty() && !earlierPlace.equals(laterPlace)) {
      out.println(style.paint(Style.BOLD_RED, "note: the reports concern different places (" + earlierPlace + ", "
          + laterPlace + "); only tasks worded alike pair"));
    }
    out.println(c.pairs().size() + " tasks paired, " + c.moved().size() + " moved · "
        + c.leftOut().size() + " left out · " + c.added().size() + " new");
    out.println();
    printTransitions(c, out);
    out.println();
    printMoved(c, out);
    out.println();
    printUnpaired("Left out of the later report", c.leftOut(), out);
    out.println();
    printUnpaired("New in the later report", c.added(), out);
  }

  private void printTransitions(Comparison c, PrintWriter out) {
    out.println(style.bold("Status changes"));
    Table table = new Table(style).left("from", 12).left("to", 12).right("tasks", 5);
    int rows = 0;
    for (Status from : Status.values()) {
      for (Status to : Status.values()) {
        int n = from == to ? 0 : c.count(from, to);
        if (n > 0) {
          String colour = to.isBetterThan(from) ? Style.GREEN : from.isBetterThan(to) ? Style.BOLD_RED : null;
          table.row().cell(from.label()).cell(to.label(), colour).cell(n);
          rows++;
        }
      }
    }
    if (rows == 0) {
      out.println("  none: every paired task kept its status");
      return;
    }
    table.print(out, "  ");
    long better = c.pairs().stream().filter(Comparison.Pair::improved).count();
    long worse = c.pairs().stream().filter(Comparison.Pair::worsened).count();
    long supported = c.pairs().stream().filter(p -> p.claim() == Comparison.ClaimChange.BECAME_SUPPORTED).count();
    long unsupported = c.pairs().stream().filter(p -> p.claim() == Comparison.ClaimChange.STOPPED_BEING_SUPPORTED).count();
    out.println("  better " + better + ", worse " + worse + "; claims that became supported " + supported
        + ", that stopped being supported " + (unsupported == 0 ? "0" : style.paint(Style.BOLD_RED, String.valueOf(unsupported))));
  }

  private void printMoved(Comparison c, PrintWriter out) {
    List<Comparison.Pair> moved = c.moved();
    out.println(style.bold("Tasks that moved") + "  " + moved.size() + " of " + c.pairs().size());
    if (moved.isEmpty()) {
      return;
    }
    int fixed = 24 + 2 + 14 + 2 + 20 + 2;
    int movedColumn = width > 0 ? Math.max(30, width - fixed) : MOVED_COLUMN;
    Table table = new Table(style).left("task (earlier → later)", 24).left("lead unit", 14).left("status", 20)
        .left("what moved", movedColumn);
    for (Comparison.Pair pair : moved) {
      String ref = pair.renumbered() ? pair.earlier().ref() + " → " + pair.later().ref() : pair.later().ref();
      String status = pair.statusMoved()
          ? pair.earlier().status().label() + " → " + pair.later().status().label() : pair.later().status().label();
      String colour = pair.improved() ? Style.GREEN : pair.worsened() ? Style.BOLD_RED : null;
      table.row().cell(ref).cell(pair.later().leadUnit().orElse("")).cell(status, colour).cell(String.join("; ", pair.movements()));
    }
    table.print(out, "  ");
  }

  private void printUnpaired(String heading, List<Task> tasks, PrintWriter out) {
    out.println(style.bold(heading) + "  " + tasks.size());
    if (tasks.isEmpty()) {
      return;
    }
    int textColumn = width > 0 ? Math.max(30, width - (12 + 2 + 14 + 2 + 8 + 2 + 2)) : MOVED_COLUMN;
    Table table = new Table(style).left("task", ReportText.TASK_COLUMN).left("lead unit", 14).left("status", 8).left("text", textColumn);
    for (Task task : tasks) {
      table.row().cell(ReportText.ref(task, ReportText.TASK_COLUMN)).cell(task.leadUnit().orElse("")).cell(task.status().label(), Style.of(task.status()))
          .cell(task.text());
    }
    table.print(out, "  ");
  }

  private static String name(Report report) {
    String place = report.jurisdiction().orElse("");
    String when = report.period().map(p -> p.asOf() + " (" + p.label() + ")")
        .orElse(report.year().isPresent() ? String.valueOf(report.year().getAsInt()) : "");
    String name = (place + " " + when).strip();
    return name.isEmpty() ? "(no place or period)" : name;
  }

  private static String title(Report report) {
    return Objects.toString(report.title().isEmpty() ? "(untitled)" : report.title());
  }
}
