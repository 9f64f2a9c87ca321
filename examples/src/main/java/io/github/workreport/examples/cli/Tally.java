package io.github.workreport.examples.cli;

import io.github.workreport.Finding;
import io.github.workreport.FindingKind;
import io.github.workreport.Report;
import io.github.workreport.Status;
import io.github.workreport.Summary;
import io.github.workreport.Task;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The totals the text output prints, counted as tasks go by: tasks by assessed and by declared
 * status, a row per lead unit, claims not supported and findings by kind. What {@link Summary}
 * gives of a whole report, without holding the tasks, so that a report of any size prints.
 */
final class Tally {
  /** One lead unit's counts. */
  static final class UnitRow {
    /** Worst first, as {@link Summary#byLeadUnit()} orders its scorecards. */
    static final Comparator<UnitRow> WORST_FIRST = Comparator
        .comparingInt((UnitRow u) -> u.count(Status.NOT_MET)).reversed()
        .thenComparing(Comparator.comparingInt(UnitRow::shortfalls).reversed())
        .thenComparing(Comparator.comparingInt((UnitRow u) -> u.claimsNotSupported).reversed())
        .thenComparing(Comparator.comparingInt((UnitRow u) -> u.tasks).reversed())
        .thenComparing(u -> u.unit);

    final String unit;
    int tasks;
    final int[] byStatus = new int[Status.values().length];
    int claimsNotSupported;

    UnitRow(String unit) {
      this.unit = unit;
    }

    int count(Status status) {
      return byStatus[status.ordinal()];
    }

    int shortfalls() {
      return count(Status.BASICALLY_MET) + count(Status.ONGOING) + count(Status.NOT_MET);
    }
  }

  int tasks;
  final int[] byStatus = new int[Status.values().length];
  final int[] byDeclaredStatus = new int[Status.values().length];
  int claimsNotSupported;
  final Map<FindingKind, Integer> findingCounts = new EnumMap<>(FindingKind.class);
  final List<Finding> reportFindings = new ArrayList<>();
  private final Map<String, UnitRow> units = new HashMap<>();

  /** The totals of a whole report. */
  static Tally of(Report report) {
    Tally tally = new Tally();
    report.tasks().forEach(tally::add);
    tally.addReportFindings(report.findings());
    return tally;
  }

  void add(Task task) {
    tasks++;
    Status status = task.status();
    byStatus[status.ordinal()]++;
    byDeclaredStatus[task.outcome().declaredStatus().ordinal()]++;
    UnitRow unit = units.computeIfAbsent(task.leadUnit().orElse(Summary.NO_UNIT), UnitRow::new);
    unit.tasks++;
    unit.byStatus[status.ordinal()]++;
    task.assessment().ifPresent(a -> {
      if (a.has(FindingKind.CLAIM_NOT_SUPPORTED)) {
        claimsNotSupported++;
        unit.claimsNotSupported++;
      }
      a.findings().forEach(f -> findingCounts.merge(f.kind(), 1, Integer::sum));
    });
  }

  void addReportFindings(List<Finding> findings) {
    reportFindings.addAll(findings);
    findings.forEach(f -> findingCounts.merge(f.kind(), 1, Integer::sum));
  }

  int count(Status status) {
    return byStatus[status.ordinal()];
  }

  int declared(Status status) {
    return byDeclaredStatus[status.ordinal()];
  }

  /** The lead units, worst first. */
  List<UnitRow> byLeadUnit() {
    List<UnitRow> rows = new ArrayList<>(units.values());
    rows.sort(UnitRow.WORST_FIRST);
    return rows;
  }
}
