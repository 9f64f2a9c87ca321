package io.github.workreport.rules;

import static io.github.workreport.internal.Decimals.HUNDRED;

import io.github.workreport.Approximation;
import io.github.workreport.Assessment;
import io.github.workreport.Basis;
import io.github.workreport.Bound;
import io.github.workreport.Finding;
import io.github.workreport.FindingKind;
import io.github.workreport.Kind;
import io.github.workreport.Match;
import io.github.workreport.Measure;
import io.github.workreport.MeasureMatcher;
import io.github.workreport.Pace;
import io.github.workreport.Period;
import io.github.workreport.Quantity;
import io.github.workreport.Report;
import io.github.workreport.Role;
import io.github.workreport.Status;
import io.github.workreport.Target;
import io.github.workreport.TargetAssessment;
import io.github.workreport.Task;
import io.github.workreport.Unit;
import io.github.workreport.UnverifiedReason;
import io.github.workreport.internal.Decimals;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Classifies every task of a report — 超额完成, 完成, 基本完成, 持续推进, 未完成 — with an explanation
 * and an audit of the document's own claims.
 *
 * <pre>{@code
 * Report classified = Classifier.standard().classify(report);
 * }</pre>
 *
 * <p>The rules, with t the target and a the achieved value in the same unit:
 *
 * <ol>
 *   <li>Higher is better (at least, exactly, about; growth, decline magnitude, level, count, amount):
 *       a &gt; t exceeded; a = t met; a ≥ ratio·t basically met; otherwise not met.
 *   <li>Lower is better (at most, and "about" targets of {@linkplain
 *       ClassificationPolicy#isCeiling ceiling metrics}): a ≤ t met; a ≤ t / ratio basically met;
 *       otherwise not met. For percentages the gap is counted in percentage points instead, and a
 *       shortfall of at most {@link ClassificationPolicy#points()} is basically met; rates in ‰
 *       and per 100 000 are judged by ratio, as counts are.
 *   <li>An approximate figure equal to t is judged by the side its words give ({@link
 *       Measure#approximation()}), the least favourable value they allow: 近 t is short of t
 *       (basically met), 超过 t beyond it (exceeded), t余 reaches it and goes over a ceiling.
 *   <li>A target written as a range ({@code 增长6%-6.5%}, {@link Target#upper()}): higher is better,
 *       a above the upper end exceeded, a within the range (ends included) met, below the lower end
 *       judged against the lower end as in rule 1; lower is better, the upper end is the ceiling t
 *       of rule 2. A revised target replaces the whole range.
 *   <li>A shortfall (basically met excepted) in a task that is still running — declared ongoing,
 *       due after the report's period, or in a progress report — or shown by a figure dated before
 *       the report's period ({@link Measure#asOf()}: 上半年… in a year-end report) is ongoing, not unmet; a running
 *       task with a cumulative target also gets a {@link Pace} against the pro-rata target.
 *   <li>A task's status is the weakest among its targets that have evidence; targets without
 *       evidence are listed as unverified and do not vote.
 *   <li>With no evidence at all: the declared status (basis {@link Basis#DECLARED}), else the
 *       narrative's cue words (basis {@link Basis#TEXTUAL}) — a cue of work stopped (未完成) in a task still
 *       running being ongoing, as a shortfall is — else {@link Status#UNDETERMINED}.
 * </ol>
 *
 * A revised target in the narrative replaces the original (finding {@link
 * FindingKind#REVISED_TARGET}); a judgement on an estimate is {@link FindingKind#PROVISIONAL}; a
 * declared status better than the assessed one is {@link FindingKind#CLAIM_NOT_SUPPORTED}.
 *
 * <p>Comparisons are exact across units ({@code 1亩} against {@code 666.67平方米} is not rounded).
 * Classification is deterministic and total: it never throws on a model value, however extreme its
 * numbers, and a matcher's nonsense (a null list, indexes out of range, measures of the wrong role
 * or dimension) leaves the targets concerned unverified. This class is immutable and thread-safe.
 */
public final class Classifier {
  private static final Classifier STANDARD = new Classifier(ClassificationPolicy.defaults(), MeasureMatcher.recorded());
  /** Quotients are exact to their places while their magnitude is within this many digits of one. */
  private static final int EXACT_DIGITS = 1000;
  private static final MathContext SUM_PRECISION = new MathContext(2 * EXACT_DIGITS, RoundingMode.HALF_EVEN);

  private final ClassificationPolicy policy;
  private final MeasureMatcher matcher;

  private Classifier(ClassificationPolicy policy, MeasureMatcher matcher) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.matcher = Objects.requireNonNull(matcher, "matcher");
  }

  /**
   * The classifier with the default policy, judging the evidence the reader recorded on each task
   * ({@link MeasureMatcher#recorded()}). @return the classifier
   */
  public static Classifier standard() {
    return STANDARD;
  }

  /**
   * A classifier with {@code policy}, judging the evidence recorded on each task.
   *
   * @param policy the thresholds
   * @return the classifier
   */
  public static Classifier of(ClassificationPolicy policy) {
    return new Classifier(policy, MeasureMatcher.recorded());
  }

  /**
   * A copy that takes each target's evidence from {@code matcher} instead of what the reader
   * recorded on the task ({@link MeasureMatcher#recorded()}).
   *
   * @param matcher the matcher
   * @return the classifier
   */
  public Classifier withMatcher(MeasureMatcher matcher) {
    return new Classifier(policy, matcher);
  }

  /** The thresholds in use. @return the policy */
  public ClassificationPolicy policy() {
    return policy;
  }

  /**
   * Returns a copy of {@code report} with every task assessed. The report's period (or, failing
   * that, the end of its year) decides which tasks are still running.
   *
   * @param report a report
   * @return the classified copy
   */
  public Report classify(Report report) {
    Objects.requireNonNull(report, "report");
    Optional<Period> period = periodOf(report);
    List<Task> tasks = new ArrayList<>(report.tasks().size());
    for (Task task : report.tasks()) {
      tasks.add(task.withAssessment(assess(task, period)));
    }
    return report.withTasks(tasks);
  }

  /**
   * Returns {@code task} assessed as {@link #classify(Report)} assesses the tasks of a report with
   * {@code header}'s period and year: each task is assessed on its own, so a stream of tasks is
   * classified one at a time with the same result.
   *
   * @param task a task
   * @param header its report, of which only the period and the year are used
   * @return the task with its assessment
   */
  public Task classify(Task task, Report header) {
    Objects.requireNonNull(task, "task");
    return task.withAssessment(assess(task, periodOf(Objects.requireNonNull(header, "header"))));
  }

  /** The report's period or, failing that, the end of its year. */
  private static Optional<Period> periodOf(Report report) {
    Optional<Period> period = report.period();
    if (period.isEmpty() && report.year().isPresent()) {
      period = Optional.of(Period.fullYear(report.year().getAsInt()));
    }
    return period;
  }

  /**
   * Assesses one task with no report period: only a declared ongoing status makes it running.
   *
   * @param task a task
   * @return the assessment
   */
  public Assessment assess(Task task) {
    return assess(task, Optional.empty());
  }

  /**
   * Assesses one task of a report that covers {@code period}.
   *
   * @param task a task
   * @param period the report's period, if known
   * @return the assessment
   */
  public Assessment assess(Task task, Optional<Period> period) {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(period, "period");
    Status declared = task.outcome().declaredStatus();
    String runningReason = runningReason(task, period);
    List<Match> matches = matcher.match(task);
    List<Measure> measures = task.outcome().measures();
    List<Target> targets = task.targets();

    // Built in place rather than from parts: most tasks have no target, and their explanation is
    // one of a few fixed texts.
    Explanation explanation = new Explanation();
    List<TargetAssessment> lines = targets.isEmpty() ? List.of() : new ArrayList<>(targets.size());
    List<Finding> findings = new ArrayList<>(0);
    Status status = Status.UNDETERMINED;
    Pace pace = null;
    boolean provisional = false;

    for (int t = 0; t < targets.size(); t++) {
      Target target = targets.get(t);
      String label = targets.size() > 1 && !target.metric().isEmpty() ? target.metric() : null;
      Match match = matchFor(matches, t);
      int revisionIndex = validIndex(measures, match.revision());
      Measure revision = revisionIndex < 0 ? null : measures.get(revisionIndex);
      if (revision != null && !(revision.role() == Role.REVISED_TARGET && target.accepts(revision))) {
        revision = null;
        revisionIndex = -1;
      }
      int measureIndex = validIndex(measures, match.measure());
      Measure evidence = measureIndex < 0 ? null : measures.get(measureIndex);
      StringBuilder part = explanation.startPart(label);
      Line line = evidence == null ? null : line(task, period, runningReason, target, revision, evidence, part);
      if (line == null) {
        Optional<UnverifiedReason> reason = evidence != null
            ? Optional.of(UnverifiedReason.INCOMPARABLE) : match.reason();
        String why = reason.isPresent() ? "（" + reason.get().label() + "）" : "";
        lines.add(TargetAssessment.unverified(t, target, reason));
        findings.add(Finding.of(FindingKind.UNVERIFIED_TARGET,
            "目标“" + target.text() + "”在完成情况中没有可比的数值" + why));
        part.append("目标").append(target.describe()).append("，无可比数值").append(why);
        continue;
      }
      TargetAssessment.Builder assessed = TargetAssessment.builder()
          .targetIndex(t)
          .target(target)
          .measureIndex(measureIndex)
          .measure(evidence)
          .status(line.status);
      if (revision != null) {
        assessed.revisionIndex(revisionIndex).revision(revision);
      }
      if (line.ratio != null) {
        assessed.ratio(line.ratio);
      }
      if (line.pace != null) {
        assessed.pace(line.pace);
      }
      lines.add(assessed.build());
      status = Status.weaker(status, line.status);
      pace = worse(pace, line.pace);
      if (revision != null) {
        findings.add(Finding.of(FindingKind.REVISED_TARGET,
            "目标由" + target.formatQuantity() + "调整为" + revisedTo(target, revision).format() + "，按调整后目标评估"));
      }
      provisional |= evidence.estimated();
    }

    Basis basis;
    if (status.isDetermined()) {
      basis = Basis.NUMERIC;
      if (declared.isBetterThan(status)) {
        findings.add(0, Finding.of(FindingKind.CLAIM_NOT_SUPPORTED,
            "申报" + declared.label() + "，数值仅支持" + status.label()));
      }
      if (provisional) {
        findings.add(Finding.of(FindingKind.PROVISIONAL, "评估依据预计数，待正式数据核实"));
      }
    } else if (declared.isDetermined()) {
      status = declared;
      basis = Basis.DECLARED;
      explanation.last((targets.isEmpty() ? DECLARED_WITHOUT_TARGETS : DECLARED_WITHOUT_EVIDENCE)[declared.ordinal()]);
    } else {
      Status cue = task.outcome().cue();
      if (cue == Status.NOT_MET && runningReason != null) {
        // work stopped or put off (暂缓实施) in a task still running is a shortfall there, as numbers are
        status = Status.ONGOING;
        basis = Basis.TEXTUAL;
        explanation.last(BY_CUE[Status.ONGOING.ordinal()] + "（" + runningReason + "）");
      } else if (cue.isDetermined()) {
        status = cue;
        basis = Basis.TEXTUAL;
        explanation.last(BY_CUE[cue.ordinal()]);
      } else {
        basis = Basis.DECLARED;
        explanation.last("无数值、无申报、无叙述用语，无法判定");
      }
    }
    Assessment assessment = Assessment.of(status, basis).withExplanation(explanation.text());
    if (!lines.isEmpty()) {
      assessment = assessment.withTargets(lines);
    }
    if (pace != null) {
      assessment = assessment.withPace(pace);
    }
    if (!findings.isEmpty()) {
      assessment = assessment.withFindings(findings);
    }
    return assessment;
  }

  /** The fixed explanations of tasks judged without numbers, by status. */
  private static final String[] DECLARED_WITHOUT_TARGETS = byStatus("无量化目标，按申报");
  private static final String[] DECLARED_WITHOUT_EVIDENCE = byStatus("无可核对的数值，按申报");
  private static final String[] BY_CUE = byStatus("无数值、无申报，按叙述用语判为");

  private static String[] byStatus(String before) {
    String[] texts = new String[Status.values().length];
    for (Status status : Status.values()) {
      texts[status.ordinal()] = before + status.label();
    }
    return texts;
  }

  /**
   * The explanation of an assessment: one part for each target, then at most one closing part,
   * separated by {@code ；}.
   */
  private static final class Explanation {
    private StringBuilder text;
    private String last;

    /** Starts the next part, prefixed with the metric when the task has several targets. */
    StringBuilder startPart(String metric) {
      if (text == null) {
        text = new StringBuilder(96);
      } else {
        text.append('；');
      }
      if (metric != null) {
        text.append(metric).append('：');
      }
      return text;
    }

    void last(String part) {
      last = part;
    }

    String text() {
      if (text == null) {
        return last == null ? "" : last;
      }
      if (last != null) {
        text.append('；').append(last);
      }
      return text.toString();
    }
  }

  /** The match for target {@code target}; a matcher that returns null or leaves it out matches nothing. */
  private static Match matchFor(List<Match> matches, int target) {
    if (matches != null) {
      for (int i = 0; i < matches.size(); i++) {
        Match match = matches.get(i);
        if (match != null && match.target() == target) {
          return match;
        }
      }
    }
    return Match.none(target);
  }

  /** The index if it points into {@code measures}, else -1: a matcher's index out of range matches nothing. */
  private static int validIndex(List<Measure> measures, OptionalInt index) {
    if (index.isEmpty() || index.getAsInt() < 0 || index.getAsInt() >= measures.size()) {
      return -1;
    }
    return index.getAsInt();
  }

  /** Why a task is still running, or null if it is not. */
  private static String runningReason(Task task, Optional<Period> period) {
    if (task.outcome().declaredStatus() == Status.ONGOING) {
      return "申报持续推进";
    }
    if (period.isPresent()) {
      YearMonth asOf = period.get().asOf();
      if (task.deadline().isPresent() && task.deadline().get().isAfter(asOf)) {
        return "期限" + task.deadline().get().month() + "未到";
      }
      if (!period.get().isYearEnd()) {
        return "进度报告截至" + asOf;
      }
    }
    return null;
  }

  /**
   * Why a figure is progress rather than the final one though the task is not running: its words
   * date it to a month before the report's (上半年新建停车位600个 in a year-end report); else null.
   */
  private static String earlyFigureReason(Measure evidence, Optional<Period> period) {
    if (period.isEmpty() || evidence.asOf().isEmpty() || !evidence.asOf().get().isBefore(period.get().asOf())) {
      return null;
    }
    return "数值截至" + evidence.asOf().get();
  }

  /** One target judged, the running-task rule applied: what its line of the assessment says. */
  private static final class Line {
    final Status status;
    /** Null when the target is zero. */
    final BigDecimal ratio;
    /** Null unless the task is running and its target cumulative. */
    final Pace pace;

    Line(Status status, BigDecimal ratio, Pace pace) {
      this.status = status;
      this.ratio = ratio;
      this.pace = pace;
    }
  }

  /** A target judged against its evidence, before the running-task rule. */
  private static final class Judgement {
    final Status status;
    /** Null when the target is zero. */
    final BigDecimal ratio;
    /** The target in force (the revised one if any). */
    final Quantity target;
    /** The achieved amount, negated when a growth is judged against a decline or back. */
    final Quantity achieved;
    final boolean percent;
    final boolean lowerIsBetter;
    /** The achieved value lies within the target's range, ends included. */
    final boolean inRange;
    /** The end of the range the gap is counted from when it is not {@link #target}: the upper end exceeded. */
    final Quantity above;

    Judgement(Status status, BigDecimal ratio, Quantity target, Quantity achieved,
        boolean percent, boolean lowerIsBetter) {
      this(status, ratio, target, achieved, percent, lowerIsBetter, false, null);
    }

    Judgement(Status status, BigDecimal ratio, Quantity target, Quantity achieved,
        boolean percent, boolean lowerIsBetter, boolean inRange, Quantity above) {
      this.status = status;
      this.ratio = ratio;
      this.target = target;
      this.achieved = achieved;
      this.percent = percent;
      this.lowerIsBetter = lowerIsBetter;
      this.inRange = inRange;
      this.above = above;
    }
  }

  /** Whether smaller achieved values are better for {@code target}. */
  private boolean lowerIsBetter(Target target) {
    return target.bound() == Bound.AT_MOST
        || target.bound() == Bound.ABOUT && target.kind() != Kind.DECLINE && policy.isCeiling(target.metric());
  }

  /**
   * The line for a target with evidence, its explanation appended to {@code out}; null, with {@code
   * out} as it was, when the evidence cannot be compared with the target. {@code revision} may be null.
   */
  private Line line(Task task, Optional<Period> period, String runningReason, Target target,
      Measure revision, Measure evidence, StringBuilder out) {
    int mark = out.length();
    try {
      Judgement j = judgeOrNull(target, revision, evidence);
      if (j == null) {
        return null;
      }
      String progressReason = runningReason != null ? runningReason : earlyFigureReason(evidence, period);
      Status status = j.status == Status.NOT_MET && progressReason != null ? Status.ONGOING : j.status;
      Pace pace = runningReason == null ? null : pace(target, j, task, period);
      explain(target, revision, evidence, j, status, progressReason, pace, out);
      return new Line(status, j.ratio, pace);
    } catch (ArithmeticException outOfRange) {
      // Values beyond BigDecimal's scale range cannot be compared; the target stays unverified.
      out.setLength(mark);
      return null;
    }
  }

  /**
   * The revised target as a figure of the target's own kind: a growth revised to a decline (增长6% 由6%调整为下降2%) is
   * a growth of −2 %, as a decline written against a growth is judged as a negative growth.
   */
  private static Quantity revisedTo(Target target, Measure revision) {
    Quantity q = revision.quantity();
    boolean opposite = target.kind() == Kind.GROWTH && revision.kind() == Kind.DECLINE
        || target.kind() == Kind.DECLINE && revision.kind() == Kind.GROWTH;
    return opposite ? Quantity.of(q.value().negate(), q.unit()) : q;
  }

  /**
   * Judges a target against its evidence exactly: every comparison is made across the two units
   * without rounding (so 1.5亩 against 1000平方米 is exact), and no sum is formed whose digits would
   * run into the millions however extreme the values. A range's lower end is t when higher is
   * better, its upper end when lower is better; a revised target has no range.
   */
  private Judgement judgeOrNull(Target target, Measure revision, Measure evidence) {
    boolean lower = lowerIsBetter(target);
    Quantity t = revision != null ? revisedTo(target, revision) : target.quantity();
    Optional<Quantity> range = revision != null ? Optional.empty() : target.upper();
    // The other end of the range: the upper end above t when higher is better, the lower end below it when lower is.
    Quantity end = null;
    if (range.isPresent()) {
      end = lower ? t : range.get();
      t = lower ? range.get() : t;
    }
    if (evidence.role() == Role.COMPLETION_RATE) {
      if (lower || evidence.unit().dimension() != Unit.Dimension.PERCENT) {
        return null;
      }
      BigDecimal rate = evidence.unit().convert(evidence.value(), Unit.PERCENT).movePointLeft(2);
      // 完成全年目标任务的100%: the target is itself the share of the task to complete
      boolean share = target.isShareOfTask() && revision == null;
      BigDecimal whole = share ? inPercent(t).movePointLeft(2) : BigDecimal.ONE;
      if (whole.signum() <= 0) {
        return null;
      }
      Status status = byRatio(orSide(rate.compareTo(whole), evidence, false),
          rate.compareTo(policy.ratio().multiply(whole)) >= 0);
      Quantity achieved = share ? Quantity.of(rate.movePointRight(2), Unit.PERCENT) : Quantity.of(t.value().multiply(rate), t.unit());
      return new Judgement(status, ratio(rate, whole), t, achieved, false, false);
    }
    if (evidence.role() != Role.ACHIEVED) {
      return null;
    }
    Quantity a = evidence.quantity();
    // A bare number (a cell without its unit, 800万 without a classifier) is in the other's unit.
    t = withDimensionOf(t, a.unit());
    if (end != null) {
      end = withDimensionOf(end, a.unit());
    }
    a = withDimensionOf(a, t.unit());
    if (!a.unit().isCommensurableWith(t.unit())) {
      if (!target.housesAgainst(evidence)) {
        return null;
      }
      a = Quantity.of(a.value(), a.unit().withClassifierOf(t.unit())); // 1050户 rehoused: 1050套
    }
    if (target.kind() == Kind.DECLINE && evidence.kind() == Kind.GROWTH
        || target.kind() == Kind.GROWTH && evidence.kind() == Kind.DECLINE) {
      a = Quantity.of(a.value().negate(), a.unit());
    }
    // A rate in ‰ (婴儿死亡率5‰) is judged by ratio: a band of a percentage point is ten of its units.
    boolean percent = target.unit().dimension() == Unit.Dimension.PERCENT && !target.unit().equals(Unit.PERMILLE);
    int cmp = orSide(a.compareTo(t), evidence, lower);
    Status status;
    boolean inRange = false;
    Quantity above = null;
    if (!lower && end != null && cmp >= 0) {
      // 增长6%-6.5%: within the range met, above its upper end exceeded
      inRange = orSide(a.compareTo(end), evidence, lower) <= 0;
      above = inRange ? null : end;
      status = inRange ? Status.MET : Status.EXCEEDED;
    } else if (!lower) {
      boolean close = percent
          ? compareSum(inPercent(t), inPercent(a).negate(), policy.points()) <= 0
          : a.unit().compare(a.value(), t.unit(), t.value().multiply(policy.ratio())) >= 0;
      status = byRatio(cmp, close);
    } else if (cmp <= 0) {
      status = Status.MET;
      inRange = end != null && a.compareTo(end) >= 0;
    } else {
      boolean close = percent
          ? compareSum(inPercent(a), inPercent(t).negate(), policy.points()) <= 0
          : a.unit().compare(a.value().multiply(policy.ratio()), t.unit(), t.value()) <= 0;
      status = close ? Status.BASICALLY_MET : Status.NOT_MET;
    }
    BigDecimal ratio = t.value().signum() == 0
        ? null
        : ratio(a.unit().convert(a.value(), t.unit()), t.value());
    return new Judgement(status, ratio, t, a, percent, lower, inRange, above);
  }

  /**
   * A figure compared with a target, an end or a whole: when the number equals it, the side the
   * words give decides — the least favourable value they allow. 近50亿元 falls short of 50亿元 and
   * 超过50亿元 goes beyond it; 50余亿元 reaches it, and against a ceiling goes over it.
   */
  private static int orSide(int compared, Measure evidence, boolean lowerIsBetter) {
    return compared != 0 ? compared : side(evidence, lowerIsBetter);
  }

  /** -1, 0 or 1: where the side of {@code evidence} puts it against a number it equals. */
  private static int side(Measure evidence, boolean lowerIsBetter) {
    if (evidence.approximation().isEmpty()) {
      return 0;
    }
    switch (evidence.approximation().get()) {
      case BELOW:
        return -1;
      case ABOVE:
        return 1;
      default: // AT_LEAST
        return lowerIsBetter ? 1 : 0;
    }
  }

  /** {@code q} in its unit given the dimension of {@code other} ({@link Unit#withDimensionOf}). */
  private static Quantity withDimensionOf(Quantity q, Unit other) {
    Unit unit = q.unit().withDimensionOf(other);
    return unit == q.unit() ? q : Quantity.of(q.value(), unit);
  }

  private static BigDecimal inPercent(Quantity q) {
    return q.unit().convert(q.value(), Unit.PERCENT);
  }

  /** Compares x + y with z. */
  private static int compareSum(BigDecimal x, BigDecimal y, BigDecimal z) {
    return sum(x, y).compareTo(z);
  }

  /**
   * x + y, exact whenever the sum has at most 2000 significant digits (every sum of numbers a
   * document writes). An exact sum of 1E+999999999 and 0.5 would have a billion digits; rounded to
   * a precision, BigDecimal aligns the two without writing them out.
   */
  private static BigDecimal sum(BigDecimal x, BigDecimal y) {
    if (isSmall(x) && isSmall(y)) {
      return x.add(y); // the same exact sum, without the rounding machinery's copies
    }
    return x.add(y, SUM_PRECISION);
  }

  /** At most eighteen digits within eighteen places of the point: sums of two are far below 2000 digits. */
  private static boolean isSmall(BigDecimal x) {
    return x.precision() <= 18 && Math.abs(x.scale()) <= 18;
  }

  /** a / t to four places, as {@code 0.9067}. */
  private static BigDecimal ratio(BigDecimal a, BigDecimal t) {
    return quotient(a, t, 4);
  }

  /**
   * a / t rounded once to {@code places} decimals; a quotient too large for that (no document has
   * one) keeps 16 significant digits instead of growing to millions.
   */
  private static BigDecimal quotient(BigDecimal a, BigDecimal t, int places) {
    long magnitude = ((long) a.precision() - a.scale()) - ((long) t.precision() - t.scale());
    if (Math.abs(magnitude) <= EXACT_DIGITS) {
      return a.divide(t, places, RoundingMode.HALF_EVEN);
    }
    return a.divide(t, MathContext.DECIMAL64);
  }

  /**
   * a / t in percent to one place as a reader rounds it, half up (四舍五入): 6500/8000 is 81.3%, as
   * the report's tables show it, not the 81.2% of the even rule the ratios are kept with.
   */
  private static BigDecimal shownPercent(BigDecimal a, BigDecimal t) {
    long magnitude = ((long) a.precision() - a.scale()) - ((long) t.precision() - t.scale());
    if (Math.abs(magnitude) <= EXACT_DIGITS) {
      return a.movePointRight(2).divide(t, 1, RoundingMode.HALF_UP);
    }
    return a.movePointRight(2).divide(t, MathContext.DECIMAL64);
  }

  /** The higher-is-better rule, given a compared with t and whether a is close enough. */
  private static Status byRatio(int comparedWithTarget, boolean close) {
    if (comparedWithTarget > 0) {
      return Status.EXCEEDED;
    }
    if (comparedWithTarget == 0) {
      return Status.MET;
    }
    return close ? Status.BASICALLY_MET : Status.NOT_MET;
  }

  /**
   * The pace of a cumulative higher-is-better target against the pro-rata target: the target times
   * the share of the time from the start of the report year to the deadline (or year end) elapsed.
   */
  private Pace pace(Target target, Judgement j, Task task, Optional<Period> period) {
    if (period.isEmpty() || !target.kind().isCumulative() || j.lowerIsBetter) {
      return null;
    }
    YearMonth start = YearMonth.of(period.get().year(), 1);
    long elapsed = period.get().monthsElapsed();
    long horizon = task.deadline().isPresent()
        ? start.until(task.deadline().get().month(), ChronoUnit.MONTHS) + 1
        : 12L;
    if (horizon <= 0) { // due before the report's year began: no share of it falls in this year
      return null;
    }
    long due = Math.min(elapsed, horizon);
    // achieved / horizon against target / due, cross-multiplied and compared across the two units
    BigDecimal achievedScaled = j.achieved.value().multiply(BigDecimal.valueOf(horizon));
    BigDecimal proRata = j.target.value().multiply(BigDecimal.valueOf(due));
    Unit a = j.achieved.unit();
    Unit t = j.target.unit();
    if (a.compare(achievedScaled, t, proRata) > 0) {
      return Pace.AHEAD;
    }
    return a.compare(achievedScaled, t, proRata.multiply(policy.ratio())) >= 0 ? Pace.ON_PACE : Pace.BEHIND;
  }

  /** The worse of two paces, either of which may be null (none). */
  private static Pace worse(Pace a, Pace b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.ordinal() >= b.ordinal() ? a : b;
  }

  /** Appends the explanation of a judged target to {@code out}; {@code revision} and {@code pace} may be null. */
  private static void explain(Target target, Measure revision, Measure evidence, Judgement j,
      Status status, String runningReason, Pace pace, StringBuilder out) {
    out.append("目标").append(target.describe());
    if (revision != null) {
      appendQuantity(out.append("（调整为"), revisedTo(target, revision)).append('）');
    }
    out.append('，');
    if (evidence.role() == Role.COMPLETION_RATE) {
      BigDecimal rate = inPercent(evidence.quantity());
      out.append("完成率");
      if (rate.compareTo(HUNDRED) == 0) {
        out.append(sideWord(evidence, false));
      }
      Decimals.appendCanonical(out, rate).append('%');
    } else {
      out.append("实际");
      Quantity said = evidence.quantity();
      if (evidence.kind().isChange() && said.value().signum() < 0) {
        // a growth of −1.5% is said as the document says it: 实际下降1.5%
        out.append(evidence.kind() == Kind.GROWTH ? Kind.DECLINE.word() : Kind.GROWTH.word());
        said = Quantity.of(said.value().negate(), said.unit());
      } else if (evidence.kind() != target.kind() && evidence.kind().isChange()) {
        out.append(evidence.kind().word());
      }
      if (j.achieved.compareTo(j.target) == 0 || j.above != null && j.achieved.compareTo(j.above) == 0) {
        out.append(sideWord(evidence, j.lowerIsBetter)); // 实际近50亿元: why 50亿元 against 50亿元 is not met
      }
      appendQuantity(out, said);
      if (evidence.estimated()) {
        out.append("（预计）");
      }
      // A range's upper end is the goal a gap is counted from when exceeded, and always when lower is better.
      String goal = j.above != null || j.lowerIsBetter && target.isRange() && revision == null ? "目标上限" : "目标";
      if (j.inRange) {
        out.append("，在目标区间内");
      } else if (j.percent) {
        Quantity from = j.above != null ? j.above : j.target;
        BigDecimal gap = sum(inPercent(j.achieved), inPercent(from).negate());
        out.append('，');
        if (gap.signum() == 0) {
          out.append('与').append(goal).append("持平");
        } else if (gap.signum() > 0 != j.lowerIsBetter) {
          out.append(j.lowerIsBetter ? "低于" : "高于").append(goal);
          Decimals.appendCanonical(out, gap.abs()).append("个百分点");
        } else {
          if (j.lowerIsBetter) {
            out.append("超出").append(goal);
          } else {
            out.append('差');
          }
          Decimals.appendCanonical(out, gap.abs()).append("个百分点");
        }
      } else if (j.ratio != null) {
        if (j.above != null) {
          out.append("，高于目标上限");
        }
        // From the exact quotient, not from the ratio already rounded to four places: 6210/16320 is
        // 38.05…%, which is 38.1%, while the rounded ratio 0.3805 would give 38.0%.
        BigDecimal achieved = j.achieved.unit().convert(j.achieved.value(), j.target.unit());
        BigDecimal percent = shownPercent(achieved, j.target.value());
        if (j.lowerIsBetter && percent.compareTo(HUNDRED) > 0) {
          // 目标≤20人，实际23人，超出目标15%: over a ceiling, a rate of completion above 100% would read as a success
          Decimals.appendCanonical(out.append("，超出目标"), percent.subtract(HUNDRED)).append('%');
        } else {
          Decimals.appendCanonical(out.append("，完成率"), percent).append('%');
        }
      }
    }
    out.append('，').append(status.label());
    if (status == Status.ONGOING && runningReason != null) {
      out.append('（').append(runningReason).append('）');
    }
    if (pace != null) {
      out.append('，').append(pace.label());
    }
  }

  /** The word that says the side of {@code evidence} when it decides a comparison, else empty. */
  private static String sideWord(Measure evidence, boolean lowerIsBetter) {
    int side = side(evidence, lowerIsBetter);
    return side < 0 ? "近" : side > 0 && evidence.approximation().get() == Approximation.ABOVE ? "超过"
        : side > 0 ? "不少于" : "";
  }

  /** Appends a quantity as {@link Quantity#format()} writes it. */
  private static StringBuilder appendQuantity(StringBuilder out, Quantity quantity) {
    return Decimals.appendFormatted(out, quantity.value()).append(quantity.unit().symbol());
  }
}
