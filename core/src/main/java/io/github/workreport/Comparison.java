package io.github.workreport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What moved between two reports of one place — a half-year report and the year end, or two
 * years: the tasks of the later report {@linkplain Pair paired} with those of the earlier one, the
 * tasks left out and the new ones, and for each pair what moved — the status (持续推进 → 完成, 完成 →
 * 未完成), the achieved values with the change, the targets revised, a claim that became or stopped
 * being supported. {@link Reports#compare} makes one:
 *
 * <pre>{@code
 * Comparison c = Reports.compare(halfYear, yearEnd);
 * for (Comparison.Pair pair : c.moved()) {
 *   System.out.println(pair);   // 持续推进 7 → 已完成 7: 持续推进 → 完成; 新建公厕 = 15座: 9座 → 15座 (+6座)
 * }
 * c.leftOut();   // tasks of the half-year report the year end no longer lists
 * }</pre>
 *
 * <p>Statuses and achieved values are those of the reports' assessments: compare classified reports
 * (an unclassified task counts as {@link Status#UNDETERMINED} with no value). This class is
 * immutable and thread-safe.
 */
public final class Comparison {
  private final Report earlier;
  private final Report later;
  private final List<Pair> pairs;
  private final List<Task> leftOut;
  private final List<Task> added;

  Comparison(Report earlier, Report later) {
    this.earlier = Objects.requireNonNull(earlier, "earlier");
    this.later = Objects.requireNonNull(later, "later");
    TaskPairing.Match[] matches = TaskPairing.pair(earlier.tasks(), later.tasks());
    List<Pair> paired = new ArrayList<>();
    List<Task> newTasks = new ArrayList<>();
    boolean[] earlierPaired = new boolean[earlier.tasks().size()];
    for (int l = 0; l < matches.length; l++) {
      TaskPairing.Match m = matches[l];
      if (m == null) {
        newTasks.add(later.tasks().get(l));
      } else {
        earlierPaired[m.earlier] = true;
        paired.add(new Pair(earlier.tasks().get(m.earlier), later.tasks().get(l), m.similarity));
      }
    }
    List<Task> gone = new ArrayList<>();
    for (int e = 0; e < earlierPaired.length; e++) {
      if (!earlierPaired[e]) {
        gone.add(earlier.tasks().get(e));
      }
    }
    this.pairs = List.copyOf(paired);
    this.leftOut = List.copyOf(gone);
    this.added = List.copyOf(newTasks);
  }

  /** The earlier report, as given. @return the report */
  public Report earlier() {
    return earlier;
  }

  /** The later report, as given. @return the report */
  public Report later() {
    return later;
  }

  /** Every pair, in the later report's order. @return the pairs */
  public List<Pair> pairs() {
    return pairs;
  }

  /** The pairs in which something {@linkplain Pair#hasMoved() moved}, in the later report's order. @return the pairs */
  public List<Pair> moved() {
    List<Pair> moved = new ArrayList<>();
    pairs.forEach(p -> {
      if (p.hasMoved()) {
        moved.add(p);
      }
    });
    return List.copyOf(moved);
  }

  /** The earlier report's tasks with no pair in the later one (left out, merged or unrecognisable), in its order. @return the tasks */
  public List<Task> leftOut() {
    return leftOut;
  }

  /** The later report's tasks with no pair in the earlier one, in its order. @return the tasks */
  public List<Task> added() {
    return added;
  }

  /**
   * The number of pairs whose status went from {@code from} to {@code to}; with {@code from ==
   * to}, those whose status stayed.
   *
   * @param from the status in the earlier report
   * @param to the status in the later report
   * @return the count
   */
  public int count(Status from, Status to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return (int) pairs.stream().filter(p -> p.earlier().status() == from && p.later().status() == to).count();
  }

  /**
   * {@code Comparison[灞桥区 2020-06 (上半年) → 2020-12 (全年): 104 paired, 61 moved, 3 left out, 3 new]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Comparison[" + name(earlier) + " → " + name(later) + ": " + pairs.size() + " paired, "
        + moved().size() + " moved, " + leftOut.size() + " left out, " + added.size() + " new]";
  }

  private static String name(Report report) {
    String place = report.jurisdiction().orElse(report.title().isEmpty() ? "untitled" : report.title());
    return place + " " + report.period().map(Period::toString)
        .orElse(report.year().isPresent() ? String.valueOf(report.year().getAsInt()) : "(no period)");
  }

  /** Whether a claim the numbers did not support became supported, or the reverse. */
  public enum ClaimChange {
    /** Supported on both sides, unsupported on both, or no claim. */
    UNCHANGED,
    /** The earlier report's claim was not supported by its numbers; the later one's is. */
    BECAME_SUPPORTED,
    /** The earlier report's claim was supported (or there was none to doubt); the later one's is not. */
    STOPPED_BEING_SUPPORTED
  }

  /**
   * A task of the later report and the task of the earlier one it continues: the similarity of
   * their texts, whether it was renumbered or reworded, and what moved — the status, the status the
   * document declares, its claim, and target by target the values. This class is immutable and
   * thread-safe.
   */
  public static final class Pair {
    private final Task earlier;
    private final Task later;
    private final double similarity;
    private final List<TargetChange> targets;

    Pair(Task earlier, Task later, double similarity) {
      this.earlier = earlier;
      this.later = later;
      this.similarity = similarity;
      this.targets = TargetChange.of(earlier, later);
    }

    /** The task in the earlier report. @return the task */
    public Task earlier() {
      return earlier;
    }

    /** The task in the later report. @return the task */
    public Task later() {
      return later;
    }

    /**
     * How alike the two texts are, from 0 to 1: the Dice coefficient of their character bigrams,
     * spaces and punctuation left out. 1 for the same wording.
     *
     * @return the similarity
     */
    public double similarity() {
      return similarity;
    }

    /** Whether the task has another section or number in the later report. @return true if renumbered */
    public boolean renumbered() {
      return earlier.number() != later.number() || !earlier.section().equals(later.section());
    }

    /** Whether the wording changed, spaces and punctuation aside. @return true if reworded */
    public boolean reworded() {
      return !TaskPairing.normalize(earlier.text()).equals(TaskPairing.normalize(later.text()));
    }

    /** Whether the assessed status changed. @return true if it moved */
    public boolean statusMoved() {
      return earlier.status() != later.status();
    }

    /** Whether the status the document declares changed (a section 持续推进 → 已完成). @return true if it moved */
    public boolean declaredStatusMoved() {
      return earlier.outcome().declaredStatus() != later.outcome().declaredStatus();
    }

    /**
     * Whether the later status is better than the earlier one; false when either is {@link
     * Status#UNDETERMINED}.
     *
     * @return true for an improvement
     */
    public boolean improved() {
      return later.status().isBetterThan(earlier.status());
    }

    /** Whether the later status is worse than the earlier one. @return true for a setback */
    public boolean worsened() {
      return earlier.status().isBetterThan(later.status());
    }

    /** Whether the document's claim became or stopped being supported by the numbers. @return the change */
    public ClaimChange claim() {
      boolean before = unsupported(earlier);
      boolean after = unsupported(later);
      return before == after ? ClaimChange.UNCHANGED
          : before ? ClaimChange.BECAME_SUPPORTED : ClaimChange.STOPPED_BEING_SUPPORTED;
    }

    private static boolean unsupported(Task task) {
      return task.assessment().map(a -> a.has(FindingKind.CLAIM_NOT_SUPPORTED)).orElse(false);
    }

    /**
     * Target by target, the earlier and the later line: targets paired by metric, kind and unit
     * (then by position), in the later task's order, followed by the targets the later task dropped.
     *
     * @return the changes, one per target of either task
     */
    public List<TargetChange> targets() {
      return targets;
    }

    /**
     * Whether anything moved: the status, the declared status, the claim, or a target (revised,
     * added, dropped, its achieved value or its status). Renumbering or rewording alone is not a
     * move.
     *
     * @return true if something moved
     */
    public boolean hasMoved() {
      return statusMoved() || declaredStatusMoved() || claim() != ClaimChange.UNCHANGED
          || targets.stream().anyMatch(TargetChange::hasMoved);
    }

    /**
     * What moved besides the status, in words for a reader: the claim ({@code 申报得到数值支持},
     * {@code 申报不再得到数值支持}), the declared status ({@code 申报 持续推进 → 完成}), each target
     * that moved ({@code 新建公厕 = 15座: 9座 → 15座 (+6座)}), and {@code 任务表述有改动} when the task
     * was reworded.
     *
     * @return the movements, in that order; empty when nothing but the status moved
     */
    public List<String> movements() {
      List<String> parts = new ArrayList<>();
      if (claim() == ClaimChange.BECAME_SUPPORTED) {
        parts.add("申报得到数值支持");
      } else if (claim() == ClaimChange.STOPPED_BEING_SUPPORTED) {
        parts.add("申报不再得到数值支持");
      }
      if (declaredStatusMoved()) {
        parts.add("申报 " + earlier.outcome().declaredStatus().label() + " → " + later.outcome().declaredStatus().label());
      }
      targets.stream().filter(TargetChange::hasMoved).forEach(t -> parts.add(t.toString()));
      if (reworded()) {
        parts.add("任务表述有改动");
      }
      return parts;
    }

    /**
     * {@code 持续推进 7 → 已完成 7: 持续推进 → 完成; 新建公厕 = 15座: 9座 → 15座 (+6座)}.
     *
     * @return the text
     */
    @Override
    public String toString() {
      List<String> parts = new ArrayList<>();
      if (statusMoved()) {
        parts.add(earlier.status().label() + " → " + later.status().label());
      }
      if (claim() != ClaimChange.UNCHANGED) {
        parts.add(claim().name());
      }
      targets.stream().filter(TargetChange::hasMoved).forEach(t -> parts.add(t.toString()));
      return earlier.ref() + " → " + later.ref() + ": " + (parts.isEmpty() ? "unchanged" : String.join("; ", parts));
    }
  }

  /**
   * One target across the two reports: its line in the earlier task's assessment and in the later
   * one's ({@link TargetAssessment}: target, achieved value, revision, status), either absent when
   * the target was added or dropped. This class is immutable and thread-safe.
   */
  public static final class TargetChange {
    private final Optional<TargetAssessment> earlier;
    private final Optional<TargetAssessment> later;

    TargetChange(Optional<TargetAssessment> earlier, Optional<TargetAssessment> later) {
      this.earlier = earlier;
      this.later = later;
    }

    static List<TargetChange> of(Task earlierTask, Task laterTask) {
      List<TargetAssessment> before = lines(earlierTask);
      List<TargetAssessment> after = lines(laterTask);
      boolean[] used = new boolean[before.size()];
      List<TargetChange> changes = new ArrayList<>();
      for (int l = 0; l < after.size(); l++) {
        Target target = after.get(l).target();
        int best = -1;
        int bestScore = 0;
        for (int e = 0; e < before.size(); e++) {
          int score = used[e] ? 0 : affinity(before.get(e).target(), e, target, l);
          if (score > bestScore) {
            best = e;
            bestScore = score;
          }
        }
        if (best >= 0) {
          used[best] = true;
        }
        changes.add(new TargetChange(best < 0 ? Optional.empty() : Optional.of(before.get(best)), Optional.of(after.get(l))));
      }
      for (int e = 0; e < before.size(); e++) {
        if (!used[e]) {
          changes.add(new TargetChange(Optional.of(before.get(e)), Optional.empty()));
        }
      }
      return List.copyOf(changes);
    }

    /** The task's lines, or unverified ones when it has not been assessed. */
    private static List<TargetAssessment> lines(Task task) {
      List<TargetAssessment> lines = task.assessment().map(Assessment::targets).orElse(List.of());
      if (lines.size() == task.targets().size()) {
        return lines;
      }
      List<TargetAssessment> unverified = new ArrayList<>();
      for (int i = 0; i < task.targets().size(); i++) {
        unverified.add(TargetAssessment.unverified(i, task.targets().get(i), Optional.empty()));
      }
      return unverified;
    }

    /**
     * How well two targets continue each other: 0 when their kinds or units cannot be compared,
     * else more for the same metric, then for the same position.
     */
    private static int affinity(Target a, int ai, Target b, int bi) {
      boolean kindsFit = a.kind().isChange() ? b.kind().isChange()
          : a.kind().isCumulative() ? b.kind().isCumulative() : a.kind() == b.kind();
      if (!kindsFit || !a.unit().isCommensurableWith(b.unit())) {
        return 0;
      }
      int score = 1;
      if (!a.metric().isEmpty() && a.metric().equals(b.metric())) {
        score += 4;
      } else if (!a.metric().isEmpty() && !b.metric().isEmpty()
          && (a.metric().contains(b.metric()) || b.metric().contains(a.metric()))) {
        score += 2;
      }
      if (ai == bi) {
        score += 1;
      }
      return score;
    }

    /** The target's line in the earlier report; empty for a target the later task added. @return the line */
    public Optional<TargetAssessment> earlier() {
      return earlier;
    }

    /** The target's line in the later report; empty for a target the later task dropped. @return the line */
    public Optional<TargetAssessment> later() {
      return later;
    }

    /** Whether only the later task has the target. @return true if added */
    public boolean isAdded() {
      return earlier.isEmpty();
    }

    /** Whether only the earlier task has the target. @return true if dropped */
    public boolean isDropped() {
      return later.isEmpty();
    }

    /**
     * Whether the target judged against changed: its bound, or its value (the revised value when the
     * narrative gives one, such as 由15座调整为12座), compared across units (1万元 and 10000元 are the
     * same target), or the upper end of its range (6%-6.5% against 6%).
     *
     * @return true if revised
     */
    public boolean isRevised() {
      if (earlier.isEmpty() || later.isEmpty()) {
        return false;
      }
      TargetAssessment a = earlier.get();
      TargetAssessment b = later.get();
      return a.target().bound() != b.target().bound() || !same(judged(a), judged(b))
          || !sameUpper(judgedUpper(a), judgedUpper(b));
    }

    /** The value a line is judged against: the narrative's revision, else the target. */
    private static Quantity judged(TargetAssessment line) {
      return line.revision().map(Measure::quantity).orElse(line.target().quantity());
    }

    /** The upper end of the range a line is judged against: none when the narrative revises it. */
    private static Optional<Quantity> judgedUpper(TargetAssessment line) {
      return line.revision().isPresent() ? Optional.empty() : line.target().upper();
    }

    private static boolean sameUpper(Optional<Quantity> a, Optional<Quantity> b) {
      return a.isPresent() == b.isPresent() && (a.isEmpty() || same(a.get(), b.get()));
    }

    /** {@link #judged} as written: the revision, else the target's value or range (6%-6.5%). */
    private static String judgedText(TargetAssessment line) {
      return line.revision().map(r -> r.quantity().format()).orElse(line.target().formatQuantity());
    }

    /** The earlier achieved value, if there was one. @return the measure */
    public Optional<Measure> achievedBefore() {
      return earlier.flatMap(TargetAssessment::measure);
    }

    /** The later achieved value, if there is one. @return the measure */
    public Optional<Measure> achievedAfter() {
      return later.flatMap(TargetAssessment::measure);
    }

    /**
     * The later achieved value minus the earlier one, in the later one's unit — for percentages in
     * percentage points ({@link Unit#PERCENTAGE_POINT}), a decline counted as a negative growth:
     * {@code 9座 → 15座} gives {@code 6座}, {@code 增长6.8% → 增长7.2%} gives {@code 0.4个百分点}. Empty
     * when either value is missing or they cannot be compared.
     *
     * @return the change
     */
    public Optional<Quantity> change() {
      Optional<Measure> before = achievedBefore();
      Optional<Measure> after = achievedAfter();
      if (before.isEmpty() || after.isEmpty()) {
        return Optional.empty();
      }
      Measure a = before.get();
      Measure b = after.get();
      if (!a.unit().isCommensurableWith(b.unit()) || a.kind().isChange() != b.kind().isChange()) {
        return Optional.empty();
      }
      BigDecimal from = signed(a, a.quantity().to(b.unit()).value());
      BigDecimal to = signed(b, b.value());
      BigDecimal delta = to.subtract(from);
      if (b.kind() == Kind.DECLINE) {
        delta = delta.negate(); // a decline's change is told as a change of its magnitude
      }
      Unit unit = b.unit().dimension() == Unit.Dimension.PERCENT ? Unit.PERCENTAGE_POINT : b.unit();
      return Optional.of(Quantity.of(delta, unit));
    }

    private static BigDecimal signed(Measure m, BigDecimal value) {
      return m.kind() == Kind.DECLINE ? value.negate() : value;
    }

    /** Whether the achieved value appeared, disappeared or changed. @return true if it moved */
    public boolean achievedMoved() {
      Optional<Measure> before = achievedBefore();
      Optional<Measure> after = achievedAfter();
      if (before.isPresent() != after.isPresent()) {
        return true;
      }
      return before.isPresent() && (before.get().kind() != after.get().kind()
          || !same(before.get().quantity(), after.get().quantity()));
    }

    /** The status of the target's line in each report differs. @return true if it moved */
    public boolean statusMoved() {
      return earlier.map(TargetAssessment::status).orElse(Status.UNDETERMINED)
          != later.map(TargetAssessment::status).orElse(Status.UNDETERMINED);
    }

    /** Whether the target was added, dropped or revised, or its value or status moved. @return true if moved */
    public boolean hasMoved() {
      return isAdded() || isDropped() || isRevised() || achievedMoved() || statusMoved();
    }

    private static boolean same(Quantity a, Quantity b) {
      return a.isComparableWith(b) ? a.isEquivalentTo(b) : a.equals(b);
    }

    /**
     * {@code 新建公厕 = 15座: 9座 → 15座 (+6座)} ({@code (未变)} when the value stayed), {@code 目标 15座 →
     * 12座} for a revision, {@code 新目标 …} and {@code 删去目标 …} for an added or dropped one.
     *
     * @return the text
     */
    @Override
    public String toString() {
      if (isAdded()) {
        return "新目标 " + later.get().target();
      }
      if (isDropped()) {
        return "删去目标 " + earlier.get().target();
      }
      StringBuilder out = new StringBuilder().append(later.get().target()).append(": ");
      if (isRevised()) {
        out.append("目标 ").append(judgedText(earlier.get())).append(" → ").append(judgedText(later.get()))
            .append("; ");
      }
      out.append(achievedBefore().map(m -> m.quantity().format()).orElse("?")).append(" → ")
          .append(achievedAfter().map(m -> m.quantity().format()).orElse("?"));
      change().ifPresent(c -> out.append(" (").append(signedText(c)).append(')'));
      return out.toString();
    }

    /** {@code +6座}, {@code -0.4个百分点}, or {@code 未变} for no change. */
    static String signedText(Quantity change) {
      int sign = change.value().signum();
      return sign == 0 ? "未变" : (sign > 0 ? "+" : "") + change.format();
    }
  }
}
