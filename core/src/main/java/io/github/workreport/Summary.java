package io.github.workreport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The totals of a {@link Report}: its tasks counted by assessed and by declared {@link Status}, a
 * {@link Scorecard} per lead unit, the tasks whose claim the numbers do not support, and the
 * findings counted by kind. {@link #toString()} prints as a table, so that in JShell
 *
 * <pre>{@code
 * jshell> report.summary()
 * $3 ==> Summary[灞桥区 2020, 2020-12 (全年), 107 tasks (declared 107), classified]
 *   status      assessed  declared
 *   超额完成          17         3
 *   完成              ...
 * }</pre>
 *
 * <p>A summary of a report that has not been classified counts every task as {@link
 * Status#UNDETERMINED}. This class is immutable and thread-safe.
 */
public final class Summary {
  /** The name under which tasks without a responsible unit are counted. */
  public static final String NO_UNIT = "（未列明）";

  private final String title;
  private final Optional<String> jurisdiction;
  private final OptionalInt year;
  private final Optional<Period> period;
  private final int tasks;
  private final Optional<Integer> declaredTotal;
  private final boolean classified;
  private final Map<Status, Integer> byStatus;
  private final Map<Status, Integer> byDeclaredStatus;
  private final List<Scorecard> byLeadUnit;
  private final List<Task> claimsNotSupported;
  private final List<Finding> reportFindings;
  private final Map<FindingKind, Integer> findingCounts;

  private Summary(Report report) {
    title = report.title();
    jurisdiction = report.jurisdiction();
    year = report.year();
    period = report.period();
    tasks = report.tasks().size();
    declaredTotal = report.declaredTotals().total();
    classified = !report.tasks().isEmpty() && report.isClassified();
    Map<Status, Integer> statuses = zeros();
    Map<Status, Integer> declared = zeros();
    Map<String, List<Task>> units = new LinkedHashMap<>();
    List<Task> unsupported = new ArrayList<>();
    Map<FindingKind, Integer> kinds = new EnumMap<>(FindingKind.class);
    for (Task task : report.tasks()) {
      statuses.merge(task.status(), 1, Integer::sum);
      declared.merge(task.outcome().declaredStatus(), 1, Integer::sum);
      units.computeIfAbsent(task.leadUnit().orElse(NO_UNIT), u -> new ArrayList<>()).add(task);
      if (claimNotSupported(task)) {
        unsupported.add(task);
      }
      task.assessment().ifPresent(a -> a.findings().forEach(f -> kinds.merge(f.kind(), 1, Integer::sum)));
    }
    reportFindings = report.findings();
    reportFindings.forEach(f -> kinds.merge(f.kind(), 1, Integer::sum));
    List<Scorecard> cards = new ArrayList<>();
    units.forEach((unit, list) -> cards.add(new Scorecard(unit, list)));
    cards.sort(Scorecard.WORST_FIRST);
    byStatus = Collections.unmodifiableMap(statuses);
    byDeclaredStatus = Collections.unmodifiableMap(declared);
    byLeadUnit = List.copyOf(cards);
    claimsNotSupported = List.copyOf(unsupported);
    findingCounts = Collections.unmodifiableMap(kinds);
  }

  /**
   * The summary of {@code report}.
   *
   * @param report a report, classified or not
   * @return the summary
   */
  public static Summary of(Report report) {
    return new Summary(Objects.requireNonNull(report, "report"));
  }

  private static Map<Status, Integer> zeros() {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status status : Status.values()) {
      counts.put(status, 0);
    }
    return counts;
  }

  private static boolean claimNotSupported(Task task) {
    return task.assessment().map(a -> a.has(FindingKind.CLAIM_NOT_SUPPORTED)).orElse(false);
  }

  /** The report's title. @return the title, empty when it has none */
  public String title() {
    return title;
  }

  /** The place the report concerns, if known. @return the jurisdiction */
  public Optional<String> jurisdiction() {
    return jurisdiction;
  }

  /** The report's year, if known. @return the year */
  public OptionalInt year() {
    return year;
  }

  /** The period the report covers, if known. @return the period */
  public Optional<Period> period() {
    return period;
  }

  /** The number of tasks the report lists. @return the count */
  public int tasks() {
    return tasks;
  }

  /** The total the document declares (共计 107 项), if it declares one. @return the total */
  public Optional<Integer> declaredTotal() {
    return declaredTotal;
  }

  /** Whether the report has tasks and all of them are assessed. @return true if classified */
  public boolean isClassified() {
    return classified;
  }

  /**
   * Tasks by assessed status, every status in order from {@link Status#EXCEEDED} to {@link
   * Status#UNDETERMINED}, zeros included.
   *
   * @return the counts
   */
  public Map<Status, Integer> byStatus() {
    return byStatus;
  }

  /**
   * The number of tasks assessed as {@code status}.
   *
   * @param status a status
   * @return the count
   */
  public int count(Status status) {
    return byStatus.get(Objects.requireNonNull(status, "status"));
  }

  /**
   * Tasks by the status the document declares for them, every status in order, zeros included.
   *
   * @return the counts
   */
  public Map<Status, Integer> byDeclaredStatus() {
    return byDeclaredStatus;
  }

  /**
   * A scorecard per lead unit (the first responsible unit; {@link #NO_UNIT} for tasks without
   * one), worst first: most tasks {@link Status#NOT_MET}, then most {@linkplain
   * Scorecard#shortfalls() shortfalls}, then most claims not supported, then most tasks, then by
   * name.
   *
   * @return the scorecards
   */
  public List<Scorecard> byLeadUnit() {
    return byLeadUnit;
  }

  /**
   * The tasks with a {@link FindingKind#CLAIM_NOT_SUPPORTED} finding: the document declares a
   * better status than the numbers support. In document order.
   *
   * @return the tasks
   */
  public List<Task> claimsNotSupported() {
    return claimsNotSupported;
  }

  /** The report-level findings, as {@link Report#findings()}. @return the findings */
  public List<Finding> reportFindings() {
    return reportFindings;
  }

  /**
   * The findings of the tasks and of the report counted by kind; kinds that do not occur are left
   * out.
   *
   * @return the counts, in the order of {@link FindingKind}
   */
  public Map<FindingKind, Integer> findingCounts() {
    return findingCounts;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Summary)) {
      return false;
    }
    Summary s = (Summary) other;
    return tasks == s.tasks && classified == s.classified && title.equals(s.title)
        && jurisdiction.equals(s.jurisdiction) && year.equals(s.year) && period.equals(s.period)
        && declaredTotal.equals(s.declaredTotal) && byStatus.equals(s.byStatus)
        && byDeclaredStatus.equals(s.byDeclaredStatus) && byLeadUnit.equals(s.byLeadUnit)
        && claimsNotSupported.equals(s.claimsNotSupported) && reportFindings.equals(s.reportFindings)
        && findingCounts.equals(s.findingCounts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, jurisdiction, year, period, tasks, declaredTotal, classified, byStatus,
        byDeclaredStatus, byLeadUnit, claimsNotSupported, reportFindings, findingCounts);
  }

  /**
   * The summary as a table: a header line, tasks by assessed and declared status, the claims not
   * supported, the findings by kind with the report-level ones spelled out, and the scorecards by
   * lead unit. Columns line up in a terminal with Chinese text.
   *
   * @return the text, several lines
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Summary[");
    List<String> head = new ArrayList<>();
    String place = jurisdiction.orElse("") + (year.isPresent() ? " " + year.getAsInt() : "");
    head.add(place.isBlank() ? (title.isEmpty() ? "untitled" : title) : place.strip());
    period.ifPresent(p -> head.add(p.toString()));
    head.add(tasks + " tasks" + declaredTotal.map(n -> " (declared " + n + ")").orElse(""));
    if (classified) {
      head.add("classified");
    }
    out.append(String.join(", ", head)).append("]\n");

    TextColumns statuses = new TextColumns(false, true, true);
    statuses.row("status", "assessed", "declared");
    for (Status status : Status.values()) {
      statuses.row(status.label(), byStatus.get(status), byDeclaredStatus.get(status));
    }
    statuses.appendTo(out, "  ");

    out.append("  claims not supported: ").append(claimsNotSupported.size());
    if (!claimsNotSupported.isEmpty()) {
      List<String> refs = new ArrayList<>();
      claimsNotSupported.forEach(t -> refs.add(t.ref()));
      out.append(" (").append(String.join(", ", refs)).append(')');
    }
    out.append('\n');
    out.append("  findings: ");
    if (findingCounts.isEmpty()) {
      out.append("none");
    } else {
      List<String> kinds = new ArrayList<>();
      findingCounts.forEach((kind, n) -> kinds.add(kind + " " + n));
      out.append(String.join(", ", kinds));
    }
    out.append('\n');
    reportFindings.forEach(f -> out.append("    ").append(f).append('\n'));

    if (!byLeadUnit.isEmpty()) {
      TextColumns units = new TextColumns(false, true, true, true, true, true, true, true, true);
      List<Object> header = new ArrayList<>(List.of("lead unit", "tasks"));
      for (Status status : Status.values()) {
        header.add(status.label());
      }
      header.add("claims not supported");
      units.row(header.toArray());
      for (Scorecard card : byLeadUnit) {
        List<Object> row = new ArrayList<>(List.of(card.unit(), card.tasks()));
        for (Status status : Status.values()) {
          row.add(card.count(status));
        }
        row.add(card.claimsNotSupported());
        units.row(row.toArray());
      }
      units.appendTo(out, "  ");
    }
    return out.toString().stripTrailing();
  }

  /**
   * How the tasks one unit leads turned out: counts by assessed status, the shortfalls and the
   * claims not supported. This class is immutable and thread-safe.
   */
  public static final class Scorecard {
    static final Comparator<Scorecard> WORST_FIRST = Comparator
        .comparingInt((Scorecard c) -> c.count(Status.NOT_MET)).reversed()
        .thenComparing(Comparator.comparingInt(Scorecard::shortfalls).reversed())
        .thenComparing(Comparator.comparingInt(Scorecard::claimsNotSupported).reversed())
        .thenComparing(Comparator.comparingInt(Scorecard::tasks).reversed())
        .thenComparing(Scorecard::unit);

    private final String unit;
    private final List<Task> tasks;
    private final Map<Status, Integer> byStatus;
    private final int claimsNotSupported;

    Scorecard(String unit, List<Task> tasks) {
      this.unit = unit;
      this.tasks = List.copyOf(tasks);
      Map<Status, Integer> counts = zeros();
      int unsupported = 0;
      for (Task task : tasks) {
        counts.merge(task.status(), 1, Integer::sum);
        if (claimNotSupported(task)) {
          unsupported++;
        }
      }
      this.byStatus = Collections.unmodifiableMap(counts);
      this.claimsNotSupported = unsupported;
    }

    /** The unit, such as 区发改委. @return the unit */
    public String unit() {
      return unit;
    }

    /** The number of tasks the unit leads. @return the count */
    public int tasks() {
      return tasks.size();
    }

    /** The tasks the unit leads, in document order. @return the tasks */
    public List<Task> taskList() {
      return tasks;
    }

    /** Tasks by assessed status, every status in order, zeros included. @return the counts */
    public Map<Status, Integer> byStatus() {
      return byStatus;
    }

    /**
     * The number of the unit's tasks assessed as {@code status}.
     *
     * @param status a status
     * @return the count
     */
    public int count(Status status) {
      return byStatus.get(Objects.requireNonNull(status, "status"));
    }

    /**
     * Tasks that fell short of their targets: assessed {@link Status#BASICALLY_MET}, {@link
     * Status#ONGOING} or {@link Status#NOT_MET}.
     *
     * @return the count
     */
    public int shortfalls() {
      return count(Status.BASICALLY_MET) + count(Status.ONGOING) + count(Status.NOT_MET);
    }

    /** Tasks whose declared status the numbers do not support. @return the count */
    public int claimsNotSupported() {
      return claimsNotSupported;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Scorecard && unit.equals(((Scorecard) other).unit)
          && tasks.equals(((Scorecard) other).tasks);
    }

    @Override
    public int hashCode() {
      return Objects.hash(unit, tasks);
    }

    /** {@code 区发改委: 8 tasks, 超额完成 4, 完成 2, 基本完成 1, 未完成 1; 1 claim not supported}. @return the text */
    @Override
    public String toString() {
      StringBuilder out = new StringBuilder(unit).append(": ").append(tasks()).append(tasks() == 1 ? " task" : " tasks");
      byStatus.forEach((status, n) -> {
        if (n > 0) {
          out.append(", ").append(status.label()).append(' ').append(n);
        }
      });
      if (claimsNotSupported > 0) {
        out.append("; ").append(claimsNotSupported)
            .append(claimsNotSupported == 1 ? " claim" : " claims").append(" not supported");
      }
      return out.toString();
    }
  }
}
