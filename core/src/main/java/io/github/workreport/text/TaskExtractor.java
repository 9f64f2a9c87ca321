package io.github.workreport.text;

import io.github.workreport.Approximation;
import io.github.workreport.Bound;
import io.github.workreport.Deadline;
import io.github.workreport.Kind;
import io.github.workreport.Match;
import io.github.workreport.Measure;
import io.github.workreport.Outcome;
import io.github.workreport.Period;
import io.github.workreport.Quantity;
import io.github.workreport.Role;
import io.github.workreport.Span;
import io.github.workreport.Status;
import io.github.workreport.Target;
import io.github.workreport.Task;
import io.github.workreport.Unit;
import io.github.workreport.UnverifiedReason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes a task read from a table: finds the targets and the deadline in its text, the measures
 * in its narrative, and its declared status. Every reader (the table text reader, the Excel reader)
 * goes through here, so that a task reads the same whatever the file format.
 *
 * <pre>{@code
 * Task done = TaskExtractor.standard().extract(task, Optional.of(Status.MET), OptionalInt.of(2020));
 * }</pre>
 *
 * <p>What the task already has is kept: a reader whose table gives targets or measures in columns
 * of their own passes them in, and they are not guessed again from prose.
 *
 * <p>When a narrative reports a target in parts — {@code 城镇新建公厕完成11座、农村完成9座} for {@code
 * 新建公厕15座}, or each responsible unit its own share — the parts are summed into one more measure
 * whose text cites them ({@code 城镇新建公厕完成11座＋农村完成9座}). Parts are numbers that name the
 * target's head noun, add no activity the target does not name (新建绿化 is not 绿化提升), fit no
 * other target better, and either follow one another in a list or come from different responsible
 * units; or, when no figure names the thing or no subject at all, numbers that name only a township
 * each ({@code 城关镇完成5个，新城街道完成4个}). This class is immutable and thread-safe.
 */
public final class TaskExtractor {
  private static final TaskExtractor STANDARD = new TaskExtractor();
  /** Activities that distinguish one piece of work from another of the same things. */
  private static final String[] ACTIVITIES = {
      "新建", "新增", "改建", "扩建", "续建", "迁建", "提升", "优化", "改造", "维修", "整治", "修缮", "拆除"};
  private static final WordSet TOTALS = WordSet.of("共", "合计", "总计", "累计", "总",
      "全区", "全市", "全县", "全镇", "全乡", "全省", "全国"); // a whole place: its figure is the total, not a part
  private static final WordSet ACCUMULATED = WordSet.of("累计", "合计", "总计", "共计");
  /** Words that open the breakdown of a figure before them: 其中城区8座, 含换电站3座, 包括…. */
  private static final WordSet BREAKDOWN = WordSet.of("其中", "含", "包含", "包括");
  /** What names a class of things by a size (亿元以上项目, 规模以上企业), which a larger class holds. */
  private static final String SIZE_CLASS = "以上";
  private static final int MONEY_SET_ASIDE = 1;
  private static final int MONEY_PAID_OUT = 2;
  /**
   * The stages of one sum of money: set aside (安排, 下达, 预算) and then paid out or spent (兑现, 拨付,
   * 支付, 实际): figures of the two stages are one money twice, never parts of a whole.
   */
  private static final WordSet MONEY_STAGES = WordSet.flagged(
      MONEY_SET_ASIDE, new String[] {"安排", "下达", "预算", "筹集"},
      MONEY_PAID_OUT, new String[] {"兑现", "拨付", "支付", "支出", "实际"});

  /** A similarity that rests on the things named, not only on shared verbs. */
  private static final int THING = 10;

  private TaskExtractor() {}

  /** The standard extractor. @return the extractor */
  public static TaskExtractor standard() {
    return STANDARD;
  }

  /**
   * Returns {@code task} with its targets, deadline, measures and declared status filled in where
   * they are missing.
   *
   * @param task a task with at least its text and narrative
   * @param sectionStatus the status the task's section heading declares, if it has a section
   * @param year the report's year, for deadlines such as 年内 and to leave out later work; empty if
   *     unknown
   * @return the completed task
   * @throws NullPointerException if an argument is null
   */
  public Task extract(Task task, Optional<Status> sectionStatus, OptionalInt year) {
    return extract(task, sectionStatus, year, Optional.empty());
  }

  /**
   * {@link #extract(Task, Optional, OptionalInt)} for a report of {@code period}: in one that ends before December,
   * a narrative's estimate for later (年底预计可达125家) answers no target beside a figure of what was done so far
   * (1-9月完成：108). Without a period every figure is weighed alike, as in a year-end report.
   *
   * @param task a task with at least its text and narrative
   * @param sectionStatus the status the task's section heading declares, if it has a section
   * @param year the report's year, if known
   * @param period the period the report covers, if known
   * @return the completed task
   * @throws NullPointerException if an argument is null
   */
  public Task extract(Task task, Optional<Status> sectionStatus, OptionalInt year, Optional<Period> period) {
    return extract(task, sectionStatus, year, period, Optional.empty());
  }

  /**
   * {@link #extract(Task, Optional, OptionalInt, Optional)} in a sheet that declares the unit of its bare figures once
   * above the table (单位：万元; （单位：亿元、%，注明者除外）): a figure read as a count of no unit, in the task or its
   * narrative, is in {@code sheetUnit}. A figure with a unit of its own keeps it, and none takes the sheet's unit when
   * one of the task's targets has a unit other than %. {@link TableHeaders#declaredUnit} reads the unit from the rows
   * above a sheet's header.
   *
   * @param task a task with at least its text and narrative
   * @param sectionStatus the status the task's section heading declares, if it has a section
   * @param year the report's year, if known
   * @param period the period the report covers, if known
   * @param sheetUnit the unit the sheet declares for its bare figures, if it declares one
   * @return the completed task
   * @throws NullPointerException if an argument is null
   */
  public Task extract(Task task, Optional<Status> sectionStatus, OptionalInt year, Optional<Period> period,
      Optional<Unit> sheetUnit) {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(sectionStatus, "sectionStatus");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(sheetUnit, "sheetUnit");
    int periodMonth = period.map(p -> p.asOf().getMonthValue()).orElse(12);
    int[] unitFields = unitFields(task.text());
    String bracketed = unitFields.length == 0 ? task.text() : unitFieldsBracketed(task.text(), unitFields);
    int[] readPast = merged(attributeBrackets(task.text()), unitFields);
    String text = readPast.length == 0 ? task.text() : without(bracketed, readPast);
    List<Target> targets = task.targets();
    Optional<Deadline> deadline = task.deadline();
    if (targets.isEmpty() || deadline.isEmpty()) {
      List<Mention> mentions = NumberScanner.scan(text);
      if (targets.isEmpty() && anyValue(mentions)) {
        targets = perDay(TargetParser.targets(Lexer.lex(text, mentions), task.responsibleUnits()));
        targets = readPast.length == 0 ? targets : inTheTasksText(targets, task.text(), readPast);
        targets = withoutALaterYearsGoal(targets, year);
      }
      if (deadline.isEmpty()) {
        deadline = Deadlines.find(text, mentions, year);
      }
      deadline = byALaterYearsGoal(deadline, targets, year);
    }
    Outcome outcome = task.outcome();
    String narrative = outcome.narrative();
    List<Measure> measures = outcome.measures();
    Evidence[] evidence = new Evidence[1];
    Tokens words = null;
    boolean readsMeasures = measures.isEmpty() && !narrative.isEmpty();
    String read = narrative;
    if (readsMeasures && targets.isEmpty() && task.targets().isEmpty()) {
      NarrativeTargets.InTheCell said = NarrativeTargets.inTheCell(text, narrative, task.responsibleUnits());
      if (said != null) {
        targets = List.of(said.target());
        read = said.narrative();
      }
    }
    if (readsMeasures) {
      words = Lexer.lex(read);
      List<Reading> readings = Grammar.measures(words, year, task.responsibleUnits(), text);
      measures = measures(bracketed, words, readings, targets, task.responsibleUnits(), evidence);
      if (read != narrative) {
        measures = NarrativeTargets.asWritten(measures);
      }
      if (year.isPresent() && !measures.isEmpty() && Deadlines.mayBeDated(narrative)) {
        measures = dated(measures, words, year.getAsInt());
      }
      measures = inTheTargetsSpan(task.text(), targets, narrative, measures);
      if (task.targets().isEmpty()) {
        targets = NarrativeTargets.inAsides(targets, narrative, measures, task.responsibleUnits());
        targets = inTheScaleOfTheirAnswers(targets, measures);
      }
    }
    // a row whose header names a unit of its own (有进出口实绩企业(家)) keeps it, its narrative's bare figures too
    if (sheetUnit.isPresent() && !anyTarget(targets, t -> !t.unit().equals(Unit.NONE)
        && t.unit().dimension() != Unit.Dimension.PERCENT)) {
      List<Target> sheets = inTheSheetsUnit(targets, sheetUnit.get(), Target::unit, Target::kind,
          (t, unit, kind) -> Target.builder().from(t).quantity(Quantity.of(t.value(), unit)) // both ends of a range
              .upper(t.upper().map(upper -> Quantity.of(upper.value(), unit))).kind(kind).build());
      List<Measure> measured = readsMeasures && sheets != targets ? inTheSheetsUnit(measures, sheetUnit.get(),
          Measure::unit, Measure::kind, (m, unit, kind) -> m.withQuantity(Quantity.of(m.value(), unit)).withKind(kind))
          : measures;
      if (sheets != targets || measured != measures) {
        targets = sheets;
        measures = measured;
        evidence[0] = null; // weighed for the figures as they were
      }
    }
    Status declared = outcome.declaredStatus();
    Status cue = outcome.cue();
    if (!declared.isDetermined() || !cue.isDetermined()) {
      if (words == null) {
        words = Lexer.lex(narrative);
      }
      Optional<Status> claim = StatusCues.claim(words);
      declared = declared.isDetermined() ? declared : StatusCues.declared(sectionStatus, claim);
      cue = cue.isDetermined() ? cue : StatusCues.textual(words, claim, text);
      if (cue == Status.UNDETERMINED && year.isPresent() && StatusCues.putOffBeyond(words, year.getAsInt())) {
        cue = Status.NOT_MET; // 项目已调整至2024年实施 in a report on 2023: put off, as 明年实施 is
      }
    }
    // Copies that share what did not change: a builder would copy every list of the task again.
    outcome = outcome.withMeasures(measures).withDeclaredStatus(declared).withCue(cue);
    Task out = task.withTargets(targets).withOutcome(outcome);
    if (deadline.isPresent() && task.deadline().isEmpty()) {
      out = out.withDeadline(deadline);
    }
    if (out.matches().size() != out.targets().size()) {
      out = out.withMatches(AssignmentMatcher.standard().match(out, evidence[0], words, periodMonth));
      if (readsMeasures) {
        out = inTheirTargetsDirection(out);
      }
    }
    return out;
  }

  /**
   * The targets without a later year's goal said beside the goal of the year reported (中医类医院数（家）：2025年目标值14，
   * 2026年目标值15 in a report on 2025): the report is on its year, and the next year's figure is not due in it.
   */
  private static List<Target> withoutALaterYearsGoal(List<Target> targets, OptionalInt year) {
    if (targets.size() < 2 || year.isEmpty()) {
      return targets;
    }
    List<Target> out = null;
    for (int i = 0; i < targets.size(); i++) {
      Target later = targets.get(i);
      if (yearOpening(later.text()) <= year.getAsInt()) {
        continue;
      }
      for (Target other : targets) {
        // the later goal's indicator, or none of its own (…：2024年目标值80；2025年目标值90以上)
        if (yearOpening(other.text()) == year.getAsInt()
            && (other.metric().equals(later.metric()) || later.metric().isEmpty())) {
          out = out == null ? new ArrayList<>(targets) : out;
          out.remove(later);
          break;
        }
      }
    }
    return out == null ? targets : out;
  }

  /**
   * The deadline, or the end of the latest year after the report's that opens one of the targets (县级智慧矫正中心建成率
   * （%）：2025年目标值100 in a report on 2024) when that is later: a goal set for a later year is not yet due.
   */
  private static Optional<Deadline> byALaterYearsGoal(Optional<Deadline> deadline, List<Target> targets,
      OptionalInt year) {
    if (year.isEmpty() || targets.isEmpty()) {
      return deadline;
    }
    int latest = 0;
    for (Target t : targets) {
      latest = Math.max(latest, yearOpening(t.text()));
    }
    if (latest <= year.getAsInt() || deadline.isPresent() && deadline.get().month().getYear() >= latest) {
      return deadline;
    }
    return Optional.of(Deadline.of(java.time.YearMonth.of(latest, 12)));
  }

  /** The year that opens {@code text} (2026年目标值15), or 0. */
  private static int yearOpening(String text) {
    if (text.length() < 5 || text.charAt(4) != '年') {
      return 0;
    }
    int y = 0;
    for (int k = 0; k < 4; k++) {
      char c = text.charAt(k);
      if (c < '0' || c > '9') {
        return 0;
      }
      y = y * 10 + (c - '0');
    }
    return y;
  }

  /** How a value takes the sheet's unit and the kind it then has. */
  private interface InUnit<T> {
    T with(T value, Unit unit, Kind kind);
  }

  /**
   * The values with each one read as a count of no unit, or a bound on a figure of no unit (控制在1600以内), in the
   * sheet's declared unit: an amount when the unit is money or a measure. The same list when none is.
   */
  private static <T> List<T> inTheSheetsUnit(List<T> values, Unit sheetUnit,
      java.util.function.Function<T, Unit> unitOf, java.util.function.Function<T, Kind> kindOf, InUnit<T> in) {
    Kind kind = sheetUnit.dimension() == Unit.Dimension.COUNT ? Kind.COUNT : Kind.AMOUNT;
    List<T> out = null;
    for (int i = 0; i < values.size(); i++) {
      T v = values.get(i);
      Kind was = kindOf.apply(v);
      if (unitOf.apply(v).equals(Unit.NONE) && (was == Kind.COUNT || was == Kind.LEVEL || was == Kind.AMOUNT)) {
        out = out == null ? new ArrayList<>(values) : out;
        out.set(i, in.with(v, sheetUnit, kind));
      }
    }
    return out == null ? values : out;
  }

  /**
   * {@code task} with each change it read that answers a target of the opposite direction told in
   * the target's terms: 同比下降1.5% answering 增长8% is a growth of −1.5%, 上升1.8% answering 下降3% a
   * decline of −1.8%, as a reader of the table takes them and as the rules already judge them. A
   * figure with a side (下降近2%) keeps its words: negated, its side would change its meaning.
   */
  private static Task inTheirTargetsDirection(Task task) {
    List<Measure> measures = task.outcome().measures();
    List<Measure> out = null;
    for (Match match : task.matches()) {
      if (match.measure().isEmpty()) {
        continue;
      }
      int m = match.measure().getAsInt();
      Measure measure = measures.get(m);
      Kind wanted = task.targets().get(match.target()).kind();
      if (!wanted.isChange() || !measure.kind().isChange() || measure.kind() == wanted
          || measure.role() != Role.ACHIEVED || measure.approximation().isPresent() || answersAnother(task, match, m)) {
        continue;
      }
      out = out == null ? new ArrayList<>(measures) : out;
      out.set(m, measure.withKind(wanted).withQuantity(Quantity.of(measure.value().negate(), measure.unit())));
    }
    return out == null ? task : task.withOutcome(task.outcome().withMeasures(out));
  }

  /** Whether measure {@code m} also answers a target other than {@code match}'s, whose terms may differ. */
  private static boolean answersAnother(Task task, Match match, int m) {
    for (Match other : task.matches()) {
      if (other.target() != match.target() && (other.measure().orElse(-1) == m || other.revision().orElse(-1) == m)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The measures with the month each is counted to when its sentence dates it before December
   * (上半年, 1—6月, 截至9月底), so that a year-end judgement knows a mid-year figure for progress.
   */
  private static List<Measure> dated(List<Measure> measures, Tokens words, int year) {
    int[] ends = new int[measures.size()];
    for (int m = 0; m < ends.length; m++) {
      Optional<Span> span = measures.get(m).span();
      ends[m] = span.isPresent() && span.get().end() <= words.text.length() ? span.get().end() : 0;
    }
    int[] months = Deadlines.asOfMonths(words, ends, false, true, year);
    List<Measure> out = null;
    for (int m = 0; m < months.length; m++) {
      if (months[m] >= 1 && months[m] < 12) {
        if (out == null) {
          out = new ArrayList<>(measures);
        }
        out.set(m, measures.get(m).withAsOf(YearMonth.of(year, months[m])));
      }
    }
    return out == null ? measures : out;
  }

  /**
   * Money per a span of time said per another span on the other side (每人每月不低于660元 ‖ 每人每年7800元):
   * each such measure in the span of the targets, as a careful reader answers the target in its own
   * terms (7800元 a year is 650元 a month). The targets' span is the one all their money names, a list's
   * items sharing it (分别达到每人每月760元、600元); money said per a span on one side only (提高到每人每月100元
   * ‖ 已提高到100元), or targets of several spans, leave the measures as they are.
   */
  private static List<Measure> inTheTargetsSpan(String taskText, List<Target> targets, String narrative,
      List<Measure> measures) {
    char[] ofTargets = spans(taskText, targets, Target::unit, Target::text, Target::span);
    char span = ' ';
    for (char c : ofTargets == null ? new char[0] : ofTargets) {
      if (c != ' ' && span != ' ' && c != span) {
        return measures; // targets per a month and per a year: whose span a figure is in is not known
      }
      span = c != ' ' ? c : span;
    }
    if (span == ' ' && ofTargets == null && anyTarget(targets, t -> t.unit().dimension() == Unit.Dimension.CURRENCY)) {
      span = theOneSpanOfTime(taskText); // 特困人员基本生活标准(元/人·年):城市14040: the header's span is its cells'
    }
    if (span == ' ') {
      return measures;
    }
    char[] ofMeasures = spans(narrative, measures, Measure::unit, Measure::text, Measure::span);
    List<Measure> out = null;
    for (int m = 0; ofMeasures != null && m < ofMeasures.length; m++) {
      if (ofMeasures[m] != ' ' && ofMeasures[m] != span) {
        out = out == null ? new ArrayList<>(measures) : out;
        Measure measure = measures.get(m);
        BigDecimal value = measure.value().multiply(timesAYear(ofMeasures[m]))
            .divide(timesAYear(span), SPAN_DIGITS, RoundingMode.HALF_UP).stripTrailingZeros();
        out.set(m, measure.withQuantity(Quantity.of(value, measure.unit())));
      }
    }
    return out == null ? measures : out;
  }

  /** Digits kept after the point of money moved to another span of time: 1000元 a year is 83.3333元 a month. */
  private static final int SPAN_DIGITS = 4;

  private static BigDecimal timesAYear(char span) {
    return BigDecimal.valueOf(span == '月' ? 12 : span == '季' ? 4 : 1);
  }

  /**
   * Per item, the span of time its money is said per ({@link #spanOfTime}), an item right after
   * another in one list ({@code 、}) sharing that one's; {@code ' '} for none; null when no item names one.
   */
  private static <T> char[] spans(String source, List<T> items, java.util.function.Function<T, Unit> unit,
      java.util.function.Function<T, String> text, java.util.function.Function<T, Optional<Span>> where) {
    char[] out = null;
    char last = ' ';
    int lastEnd = -1;
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      boolean money = unit.apply(item).dimension() == Unit.Dimension.CURRENCY;
      char span = money ? spanOfTime(text.apply(item)) : ' ';
      Optional<Span> at = where.apply(item);
      if (span == ' ' && money && at.isPresent() && nextItem(source, lastEnd, at.get().start())) {
        span = last; // 分别达到每人每月760元、600元以上: the list's items share its span
      }
      if (span != ' ') {
        out = out == null ? blanks(items.size()) : out;
        out[i] = span;
      }
      last = span;
      lastEnd = at.map(Span::end).orElse(-1);
    }
    return out;
  }

  private static char[] blanks(int n) {
    char[] out = new char[n];
    java.util.Arrays.fill(out, ' ');
    return out;
  }

  /** Whether only a list's joiners stand between {@code end} and {@code start} in {@code text}: 760元、600元. */
  static boolean nextItem(String text, int end, int start) {
    if (end < 0 || start < end || start > text.length()) {
      return false;
    }
    for (int i = end; i < start; i++) {
      char c = text.charAt(i);
      if (c != '、' && c != '和' && c != '及' && c != '与' && !Lexicon.isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  /** Whether any target is such that {@code test} holds of it. */
  private static boolean anyTarget(List<Target> targets, java.util.function.Predicate<Target> test) {
    for (Target t : targets) {
      if (test.test(t)) {
        return true;
      }
    }
    return false;
  }

  /** The span of time every 每 or slash of {@code text} gives money per ({@link #spanOfTime}), or {@code ' '}. */
  private static char theOneSpanOfTime(String text) {
    char span = ' ';
    for (int i = 0; i < text.length(); i++) {
      char c = spanOfTimeAt(text, i);
      if (c != ' ' && span != ' ' && c != span) {
        return ' ';
      }
      span = c != ' ' ? c : span;
    }
    return span;
  }

  /**
   * The span of time a text gives money per, after 每 or a slash, for a person or a household or not:
   * 每人每月 and 元/人·月 give 月, 每年 年, 每季度 季; else {@code ' '}.
   */
  static char spanOfTime(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = spanOfTimeAt(text, i);
      if (c != ' ') {
        return c;
      }
    }
    return ' ';
  }

  /** The span of time a 每 or slash at {@code i} gives money per ({@link #spanOfTime}), or {@code ' '}. */
  private static char spanOfTimeAt(String text, int i) {
    char c = text.charAt(i);
    if (c != '每' && c != '/') {
      return ' ';
    }
    int j = i + 1;
    if (j < text.length() && (text.charAt(j) == '人' || text.charAt(j) == '户')) {
      j++;
      j += c == '/' && j < text.length() && text.charAt(j) == '·' ? 1 : 0;
      j += c == '每' && j < text.length() && text.charAt(j) == '每' ? 1 : 0; // 每人每月
    }
    return j < text.length() && (text.charAt(j) == '月' || text.charAt(j) == '年' || text.charAt(j) == '季')
        ? text.charAt(j) : ' ';
  }

  /** Whether any number could be a target: a text of dates alone needs no grammar. */
  private static boolean anyValue(List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.type != Mention.Type.DATE && m.value != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns {@code task} with what a reader records beside the document's words, for a task whose
   * targets and measures were stored rather than read (a JSON document, a workbook this library
   * wrote): the cue words of its narrative and, unless the task is already assessed, the matches of
   * its targets and measures. Nothing else changes.
   *
   * @param task a task with its targets and measures
   * @return the task with its cue and matches
   * @throws NullPointerException if {@code task} is null
   */
  public Task withEvidence(Task task) {
    Objects.requireNonNull(task, "task");
    Outcome outcome = task.outcome();
    if (!outcome.narrative().isEmpty() && !outcome.cue().isDetermined()) {
      Tokens words = Lexer.lex(outcome.narrative());
      task = task.withOutcome(outcome.withCue(StatusCues.textual(words, StatusCues.claim(words), task.text())));
    }
    if (task.targets().isEmpty() || task.assessment().isPresent() || task.matches().size() == task.targets().size()) {
      return task;
    }
    return task.withMatches(AssignmentMatcher.standard().match(task));
  }

  /** What a plan's sheet says of an indicator, in a bracket after its name: 约束性, 预期性. */
  private static final String[] ATTRIBUTES = {"约束性", "预期性", "指导性"};
  private static final String BRACKETS = "[]【】〔〕（）()";

  /**
   * Where the task's text gives an indicator's attribute in brackets (能耗降低(%)[约束性] 2023年目标:3, 森林覆盖率（%）
   * 【预期性】): a sheet's column pasted into the name, which stands between the header's unit and the cell and says
   * nothing of the target's figure, read past. The starts and ends of the brackets, in pairs; most tasks have none.
   * The attribute in a field of its own (森林覆盖率  %  约束性  45.0) is not in brackets and stays.
   */
  static int[] attributeBrackets(String text) {
    if (text.indexOf('性') < 0) {
      return NO_BRACKETS;
    }
    int[] found = NO_BRACKETS;
    int count = 0;
    for (int k = text.indexOf('性'); k >= 0; k = text.indexOf('性', k + 1)) {
      for (String attribute : ATTRIBUTES) {
        int start = k - attribute.length();
        int end = k + 1 + (text.startsWith("指标", k + 1) ? 2 : 0);
        int open = start < 0 ? -1 : BRACKETS.indexOf(text.charAt(start));
        if (open < 0 || open % 2 != 0 || !text.startsWith(attribute, start + 1) || end >= text.length()
            || text.charAt(end) != BRACKETS.charAt(open + 1) || count > 0 && start < found[count - 1]) {
          continue;
        }
        found = count == found.length ? java.util.Arrays.copyOf(found, count + 4) : found;
        found[count++] = start;
        found[count++] = end + 1;
      }
    }
    return count == found.length ? found : java.util.Arrays.copyOf(found, count);
  }

  private static final int[] NO_BRACKETS = {};

  /**
   * Where the task's text names the row's unit in a field of its own before its value (规模以上工业总产值；单位：亿元；年度目标：
   * 4200): the field's label, its colon and spaces, as pairs of start and end, read past as
   * {@link #unitFieldsBracketed} puts the unit in a header's parentheses (规模以上工业总产值（亿元）年度目标：4200). Most
   * tasks have none. A unit at the row's end (目标：4200；单位：亿元) comes after its value and stays, as does 责任单位：…,
   * which names no unit.
   */
  static int[] unitFields(String text) {
    int at = text.indexOf("单位");
    if (at < 0) {
      return NO_BRACKETS;
    }
    int[] found = NO_BRACKETS;
    int count = 0;
    for (; at >= 0; at = text.indexOf("单位", at + 2)) {
      int labelStart = text.startsWith(MEASURING, at - MEASURING.length()) ? at - MEASURING.length() : at;
      int label = unitLabel(text, labelStart);
      if (labelStart == 0 || !isFieldSeparator(text.charAt(labelStart - 1)) || label == 0) {
        continue;
      }
      int unitStart = Grammar.skipSpaces(text, labelStart + label);
      int unitEnd = unitStart;
      while (unitEnd < text.length() && !isFieldSeparator(text.charAt(unitEnd))) {
        unitEnd++;
      }
      if (unitEnd == unitStart || Grammar.skipSpaces(text, unitEnd + 1) >= text.length()
          || Grammar.unitNamed(text.substring(unitStart, unitEnd)) == null) {
        continue;
      }
      found = count == found.length ? java.util.Arrays.copyOf(found, count + 4) : found;
      found[count++] = labelStart;
      found[count++] = unitStart;
    }
    return count == found.length ? found : java.util.Arrays.copyOf(found, count);
  }

  /** The word before 单位 in the label 计量单位. */
  private static final String MEASURING = "计量";

  /**
   * {@code text} with the separators around each of its unit {@code fields} made a header's parentheses: the one before
   * the label opens, the one after the unit closes. Every character stays in its place.
   */
  private static String unitFieldsBracketed(String text, int[] fields) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < fields.length; i += 2) {
      chars[fields[i] - 1] = '（';
      int unitEnd = fields[i + 1];
      while (!isFieldSeparator(chars[unitEnd])) {
        unitEnd++;
      }
      chars[unitEnd] = '）';
    }
    return new String(chars);
  }

  /** {@code a} and {@code b}, ranges as pairs of start and end, merged in order. */
  private static int[] merged(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return a.length == 0 ? b : a;
    }
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.length || j < b.length) {
      if (j == b.length || i < a.length && a[i] < b[j]) {
        out[k++] = a[i++];
        out[k++] = a[i++];
      } else {
        out[k++] = b[j++];
        out[k++] = b[j++];
      }
    }
    return out;
  }

  /** What parts the fields of a row flattened into one cell: 规模以上工业总产值；单位：亿元；年度目标. */
  private static boolean isFieldSeparator(char c) {
    return c == '；' || c == ';' || c == '，' || c == ',' || Lexicon.isFieldBar(c) || Lexicon.isSpace(c);
  }

  /** {@code text} without the ranges {@code brackets} gives in pairs of start and end. */
  private static String without(String text, int[] brackets) {
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (int i = 0; i < brackets.length; i += 2) {
      out.append(text, copied, brackets[i]);
      copied = brackets[i + 1];
    }
    return out.append(text, copied, text.length()).toString();
  }

  /**
   * The targets read from the text without {@code brackets}, their spans put back in the task's own {@code text}, and
   * the words of one that spans a bracket taken from there, bracket and all.
   */
  private static List<Target> inTheTasksText(List<Target> targets, String text, int[] brackets) {
    List<Target> out = new ArrayList<>(targets.size());
    for (Target t : targets) {
      if (t.span().isEmpty()) {
        out.add(t);
        continue;
      }
      Span read = t.span().get();
      Span own = Span.of(inTheTasksText(read.start(), brackets, false), inTheTasksText(read.end(), brackets, true));
      Target placed = t.withSpan(own);
      out.add(own.end() - own.start() == read.end() - read.start() ? placed
          : placed.withText(text.substring(own.start(), own.end())));
    }
    return out;
  }

  /**
   * Where {@code at}, a place in the text without {@code brackets}, lies in the task's text: a start at a bracket's
   * place is the character after it, an end there the character before it.
   */
  private static int inTheTasksText(int at, int[] brackets, boolean end) {
    int removed = 0;
    for (int i = 0; i < brackets.length; i += 2) {
      int place = brackets[i] - removed; // the bracket's place in the shorter text
      if (at < place || end && at == place) {
        break;
      }
      removed += brackets[i + 1] - brackets[i];
    }
    return at + removed;
  }

  /**
   * The measures of the readings, with a sum after the last part of each target reported in parts;
   * the evidence weighed for the parts goes into {@code weighed[0]} when it holds for the measures
   * returned (no sum was added), for the matcher to use again.
   */
  static List<Measure> measures(String taskText, Tokens words, List<Reading> readings, List<Target> targets,
      List<String> units, Evidence[] weighed) {
    changesOfTheThing(readings, targets);
    List<Measure> measures = measuresAndSums(taskText, words, readings, targets, units, weighed);
    measures = inTheUnitOfTheTargetTheyName(targets, valuesInTheTargetsOrder(targets, measures));
    measures = perDayMeasures(measures, anyTarget(targets, t -> t.unit().symbol().endsWith("/日")));
    measures = inNamedScaledUnit(taskText, targets, scaleOnlyInTheTargetsUnit(taskText, targets, measures));
    measures = withoutSignedCounts(inNamedPercent(taskText, targets, measures));
    measures = asTheRateTheTargetNames(targets, measures);
    measures = progressOfAPercent(words.text, targets, measures);
    measures = asTheRateATargetSets(targets, measures);
    measures = ratesWorkedOutFromTheFigureBefore(targets, measures);
    measures = withChangesOfCounts(taskText, words, readings, targets, measures);
    measures = withGrowthFromLevels(words, readings, targets, measures);
    measures = withFlatGrowth(words, targets, withChangesInPoints(words, readings, targets, measures));
    return withFullCoverage(words, targets, withNoneHappened(words, targets, measures));
  }

  /**
   * A row of bare values, as many as the task's targets (农村自来水普及率（%）：96；水质达标率（%）：≥90 ‖ 完成值：96.4 ‖ 89.3;
   * 派出所（个）：3；调解组织（个）：10 ‖ 实际值：3；12): one per target in the targets' order, each of its target's
   * thing and, written bare, in its unit.
   */
  private static List<Measure> valuesInTheTargetsOrder(List<Target> targets, List<Measure> measures) {
    if (targets.size() < 2) {
      return measures;
    }
    int[] bare = new int[targets.size()];
    int found = 0;
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      if (m.role() != Role.ACHIEVED) {
        continue;
      }
      if (!m.metric().isEmpty() || !m.unit().equals(Unit.NONE) || found == bare.length) {
        return measures; // a figure that names its thing, or more values than targets: no such row
      }
      bare[found++] = i;
    }
    if (found != bare.length) {
      return measures;
    }
    List<Measure> out = new ArrayList<>(measures);
    for (int t = 0; t < bare.length; t++) {
      Target target = targets.get(t);
      Measure m = measures.get(bare[t]);
      out.set(bare[t], m.withMetric(target.metric()).withKind(target.kind())
          .withQuantity(Quantity.of(m.value(), target.unit())));
    }
    return out;
  }

  /**
   * A bare figure after the very words that name one target (社区养老服务设施覆盖率（%）：城市100，农村80 ‖ 实绩：城市100，
   * 农村78.6): of that target's unit and kind, as a sheet writes its labelled values once under the header's unit; a
   * bare target's too (电梯万台事故起数控制在0.15以下 ‖ 电梯万台事故起数为0 is the level, not a count).
   */
  private static List<Measure> inTheUnitOfTheTargetTheyName(List<Target> targets, List<Measure> measures) {
    if ((long) targets.size() * measures.size() > Evidence.MAX_PAIRS) {
      return measures;
    }
    List<Measure> out = null;
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      if (!m.unit().equals(Unit.NONE) || m.metric().isEmpty() || m.role() != Role.ACHIEVED) {
        continue;
      }
      Target named = null;
      boolean sameName = false;
      for (Target t : targets) {
        if (!t.metric().equals(m.metric())) {
          continue;
        }
        sameName = true;
        // not a change: 高峰拥堵指数同比下降3% ‖ 高峰拥堵指数1.58 is the level, the change said after it
        if (!t.kind().isChange()) {
          named = named == null || named.unit().equals(t.unit()) && named.kind() == t.kind() ? t : null;
          if (named == null) {
            break; // two such targets of different units or kinds: the figure's is not told
          }
        }
      }
      if (named == null && !sameName) {
        named = theOneWhoseWordsHoldIt(targets, m.metric()); // 儿童…健康管理率（%）：≥80 ‖ 完成值：儿童86.4；老年人74.3
      }
      if (named == null && Metrics.AVERAGE_ALONE.contains(m.metric())) {
        named = theOneBareLevel(targets); // 路网交通运行指数：控制在1.8以内 ‖ 1-9月平均1.74: the row's average
      } else if (named == null && Evidence.namesOnlyADuration(m.metric())) {
        named = theOneSpanOfTime(targets); // 审批时间（个工作日）：目标≤60 ‖ 全年平均用时63.5: how long the row's work took
      }
      if (named == null || m.value().signum() < 0) {
        continue;
      }
      out = out == null ? new ArrayList<>(measures) : out;
      out.set(i, m.withKind(named.kind()).withQuantity(Quantity.of(m.value(), named.unit())));
    }
    return out == null ? measures : out;
  }

  /**
   * The one target, no change, whose words hold {@code words} (two characters or more) when no other's do: the group a
   * bare figure is labelled by names its target.
   */
  private static Target theOneWhoseWordsHoldIt(List<Target> targets, String words) {
    if (words.length() < 2 || targets.size() < 2) {
      return null;
    }
    Target named = null;
    for (Target t : targets) {
      if (t.metric().contains(words)) {
        if (named != null || t.kind().isChange()) {
          return null;
        }
        named = t;
      }
    }
    return named;
  }

  /** The task's one target, when it is a level of no unit (an index: 交通运行指数控制在1.8以内); else null. */
  private static Target theOneBareLevel(List<Target> targets) {
    return targets.size() == 1 && targets.get(0).kind() == Kind.LEVEL && targets.get(0).unit().equals(Unit.NONE)
        ? targets.get(0) : null;
  }

  /** The task's one target, when it is a span of time (审批时间（个工作日）：≤60); else null. */
  private static Target theOneSpanOfTime(List<Target> targets) {
    return targets.size() == 1 && !targets.get(0).kind().isChange()
        && targets.get(0).unit().dimension() == Unit.Dimension.COUNT
        && Lexicon.isDuration(targets.get(0).unit().classifier()) ? targets.get(0) : null;
  }

  /**
   * A revision restates a target, whose value is the one it changes (增速由6%调整为0.08% for 增长6%). One that changes
   * another value of a target's unit (城市低保标准由每人每月1010元调整为1060元 for 提高到不低于1050元) is the thing itself
   * changed, to the value achieved.
   */
  private static void changesOfTheThing(List<Reading> readings, List<Target> targets) {
    for (Reading r : readings) {
      if (r.role != Role.REVISED_TARGET || r.changedFrom == null || r.dropped) {
        continue;
      }
      Quantity old = Grammar.quantityOf(r.changedFrom);
      if (old == null) {
        continue;
      }
      boolean ofATargetsUnit = false;
      boolean restatesOne = false;
      for (Target t : targets) {
        if (t.unit().isCommensurableWith(old.unit())) {
          ofATargetsUnit = true;
          restatesOne |= old.unit().compare(old.value(), t.unit(), t.value()) == 0;
        }
      }
      if (ofATargetsUnit && !restatesOne) {
        r.role = Role.ACHIEVED;
      }
    }
  }

  /** The words by which every one of the things is reached: 实现全覆盖. */
  private static final String FULL_COVERAGE = "全覆盖";

  /**
   * For a rate or a share set at 100 % (覆盖率达到100%, 配备率100%, 事项比例达到100%), each clause that says the
   * things are all covered (全县312个行政村实现5G网络全覆盖) and gives no rate of its own: a rate of 100 %, named by the clause's
   * words, after the measures. Not a coverage denied, to come or nearly there (尚未实现全覆盖, 力争年底实现全覆盖,
   * 基本实现全覆盖).
   */
  private static List<Measure> withFullCoverage(Tokens words, List<Target> targets, List<Measure> measures) {
    String narrative = words.text;
    int at = narrative.indexOf(FULL_COVERAGE);
    if (at < 0) {
      return measures;
    }
    boolean whole = false;
    for (Target t : targets) {
      whole |= t.kind() == Kind.LEVEL && t.unit().equals(Unit.PERCENT) && t.value().compareTo(HUNDRED) == 0
          && (t.metric().endsWith("率") || t.metric().endsWith("比例") || t.metric().endsWith("占比"));
    }
    if (!whole) {
      return measures;
    }
    List<Measure> out = null;
    for (; at >= 0; at = narrative.indexOf(FULL_COVERAGE, at + FULL_COVERAGE.length())) {
      int start = Reading.clauseStart(narrative, at);
      int end = Reading.clauseEnd(narrative, at + FULL_COVERAGE.length());
      if (words.within(start, at, Vocabulary.NEGATION | Vocabulary.AIM) || narrative.lastIndexOf("基本", at) >= start
          || aRateWithin(words, start, end)) {
        continue;
      }
      String named = Metrics.cleanBefore(narrative.substring(start, at) + narrative.substring(at + FULL_COVERAGE.length(), end),
          List.of());
      out = out == null ? new ArrayList<>(measures) : out;
      out.add(saidInWords(named, Kind.LEVEL, Quantity.of(HUNDRED, Unit.PERCENT), narrative, start, end));
    }
    return out == null ? measures : out;
  }

  private static boolean aRateWithin(Tokens words, int from, int to) {
    for (Mention m : words.mentions) {
      if (m.start >= from && m.start < to && m.unitClass == Lexicon.UnitClass.PERCENT) {
        return true;
      }
    }
    return false;
  }

  /**
   * A figure with a scale and no classifier (1.08万) beside targets whose one unit has that scale and a classifier or a
   * measure the row's header names (老年人能力综合评估(人)：年度目标1.2万, read as 1.2万人; （亩）：1.2万): in that unit, as
   * the header names it once for all cells. Not in prose, whose figure's thing says its classifier (实名注册用户突破4800万
   * beside 12万架).
   */
  private static List<Measure> scaleOnlyInTheTargetsUnit(String taskText, List<Target> targets,
      List<Measure> measures) {
    java.util.Set<String> row = null;
    List<Measure> out = null;
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      String scale = m.unit().symbol();
      if (m.role() != Role.ACHIEVED || !SCALES_ALONE.contains(scale)) {
        continue;
      }
      Unit unit = null;
      for (Target t : targets) {
        String symbol = t.unit().symbol();
        String rest = symbol.startsWith(scale) ? symbol.substring(scale.length()) : "";
        if (!rest.isEmpty() && t.unit().dimension() != Unit.Dimension.PERCENT
            && !SCALES_ALONE.contains(rest.substring(0, 1))) {
          row = row != null ? row : namedUnits(taskText);
          if (!row.contains(symbol) && !row.contains(rest)) {
            continue;
          }
          if (unit != null && !unit.equals(t.unit())) {
            unit = null;
            break; // two such units: which one, the figure does not say
          }
          unit = t.unit();
        }
      }
      if (unit != null) {
        out = out == null ? new ArrayList<>(measures) : out;
        Measure scaled = m.withQuantity(Quantity.of(m.value(), unit));
        // 池塘标准化改造（亩）：年度目标1.2万 ‖ 1.08万: a figure in a measure's unit is an amount
        out.set(i, m.kind() == Kind.COUNT && unit.dimension() != Unit.Dimension.COUNT ? scaled.withKind(Kind.AMOUNT)
            : scaled);
      }
    }
    return out == null ? measures : out;
  }

  private static final java.util.Set<String> SCALES_ALONE = java.util.Set.of("万", "亿", "千", "百");

  /**
   * An indicator table's unit column written into the item's name (城镇新增就业（万人）5.2, 水土流失治理面积
   * (平方公里)，年度目标210): every figure of the row is counted in it, so an achieved value written bare
   * (已完成数7.23, 完成226.5) is 7.23万人, 226.5平方公里, unless it names a subject of its own. A bare
   * number otherwise takes the unit word at its own scale (7.23人), which is right for prose (减少贫困人口800万) but not for a row whose column named the scale once for all cells,
   * nor for a figure of the order of the one scaled target (5万人 ‖ 实绩：5.6).
   */
  private static List<Measure> inNamedScaledUnit(String taskText, List<Target> targets, List<Measure> measures) {
    Unit named = null;
    Kind namedKind = null;
    java.util.Set<String> row = null; // the words in parentheses of the row, read once
    for (Target t : targets) {
      Unit u = t.unit();
      String symbol = u.symbol();
      if (u.isBare() || u.dimension() == Unit.Dimension.PERCENT || NAMED_RATES.containsKey(symbol)
          || !scaled(u) && u.dimension() == Unit.Dimension.COUNT) {
        continue; // a rate named so is inNamedPercent's; a bare count compares with any count as it is
      }
      if (!namesInParentheses(t.text(), symbol)) {
        row = row != null ? row : namedUnits(taskText);
        if (!row.contains(symbol) && !(symbol.indexOf('/') >= 0 && namedOtherwise(row, symbol))) {
          continue;
        }
      }
      if (named != null && !named.equals(u)) {
        return measures; // two named units: which one a bare figure is in, the row does not say
      }
      named = u;
      namedKind = namedKind == null || namedKind == t.kind() ? t.kind() : Kind.LEVEL;
    }
    List<Measure> out = null;
    Boolean changeInPercent = null; // whether the row sets a change in percent, asked once
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      if (!m.unit().equals(Unit.NONE)) {
        continue;
      }
      if (named != null && m.kind().isChange()) {
        changeInPercent = changeInPercent != null ? changeInPercent
            : anyTarget(targets, t -> t.kind().isChange() && t.unit().dimension() == Unit.Dimension.PERCENT);
        if (changeInPercent) {
          // 接待游客总人次（万人次）：…同比增长10%以上 ‖ 同比增长12.3: the change the row sets is in percent, as its figure is
          out = out == null ? new ArrayList<>(measures) : out;
          out.set(i, m.withQuantity(Quantity.of(m.value(), Unit.PERCENT)));
          continue;
        }
      }
      Unit unit = named != null ? named : scaleTheFigureFits(targets, m);
      if (unit != null && !scaled(unit) && !m.metric().isEmpty()
          && !(m.role() == Role.REVISED_TARGET && Evidence.genericRevision(m.metric()))) {
        continue; // 人均可支配收入43760: a figure with a subject of its own is counted in its own unit, not the row's
      }
      if (unit != null) {
        if (out == null) {
          out = new ArrayList<>(measures);
        }
        Measure scaled = m.withQuantity(Quantity.of(m.value(), unit));
        // a bare figure read as a count is an amount once its unit is money or a measure (实绩：4620.5 亿元), a level
        // once it is one per another (污水处理能力(万吨/日) ‖ 全年完成7), as the target's is
        boolean amount = m.kind() == Kind.COUNT && unit.dimension() != Unit.Dimension.COUNT
            // and a level reached of the row's amount (农机总动力(万千瓦)：年度目标78 ‖ 9月末达到78.6)
            || m.kind() == Kind.LEVEL && unit.equals(named) && namedKind == Kind.AMOUNT;
        out.set(i, amount ? scaled.withKind(unit.symbol().indexOf('/') >= 0 ? Kind.LEVEL : Kind.AMOUNT) : scaled);
      }
    }
    return out == null ? measures : out;
  }

  /**
   * Each bare target (营业收入，目标：420, a table's cell without its unit column) in the scaled unit of
   * the narrative's achieved figures (完成：410.5亿元) when that is the one such unit in which a figure is
   * of the target's order: compared at its own scale, 420 would be yuan, a ten-millionth of what was
   * done. A bare number against a figure of no scale takes its word as it is ({@link Unit#withDimensionOf}).
   */
  private static List<Target> inTheScaleOfTheirAnswers(List<Target> targets, List<Measure> measures) {
    List<Target> out = null;
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      if (!t.unit().equals(Unit.NONE) || !t.kind().isCumulative() || t.value().signum() <= 0) {
        continue;
      }
      Unit fits = null;
      for (Measure m : measures) {
        Unit u = m.unit();
        if (m.role() != Role.ACHIEVED || !scaled(u) || u.dimension() == Unit.Dimension.OTHER) {
          continue;
        }
        if (!ofTheOrderOf(m.value(), t.value())) {
          continue;
        }
        if (fits != null && !fits.equals(u)) {
          fits = null;
          break; // figures in two units fit: which one the target's cell left out is not known
        }
        fits = u;
      }
      if (fits != null) {
        out = out == null ? new ArrayList<>(targets) : out;
        Kind kind = t.kind() == Kind.COUNT && fits.dimension() != Unit.Dimension.COUNT ? Kind.AMOUNT : t.kind();
        out.set(i, inUnit(t, fits, kind));
      }
    }
    return out == null ? targets : out;
  }

  /** Whether the unit carries a scale of its own before its word: 万人, 亿元. */
  private static boolean scaled(Unit unit) {
    String symbol = unit.symbol();
    return symbol.length() >= 2 && (symbol.charAt(0) == '万' || symbol.charAt(0) == '亿');
  }

  /**
   * The scaled unit (万人, 亿元) of the one cumulative target a bare figure is of the order of (a tenth
   * to ten times it, so a thousandth of it or less at its own scale): 城镇新增就业5万人 ‖ 实绩：5.6 is
   * 5.6万人, not 5.6 people — a table's actual cell written without the unit its row gave. Null when
   * no target, or targets in more than one unit, so fit, or when a target is bare too.
   */
  private static Unit scaleTheFigureFits(List<Target> targets, Measure m) {
    Unit fits = null;
    for (Target t : targets) {
      Unit u = t.unit();
      if (u.isBare()) {
        return null; // 减少大班额2万个以上：工作目标10 ‖ 已完成数10: a bare figure goes to the bare target
      }
      if (!t.kind().isCumulative() || !scaled(u)
          || u.dimension() == Unit.Dimension.OTHER || t.value().signum() <= 0) {
        continue;
      }
      if (!ofTheOrderOf(m.value(), t.value())) { // at the target's scale
        continue;
      }
      if (fits != null && !fits.equals(u)) {
        return null;
      }
      fits = u;
    }
    return fits;
  }

  /** The ratios to a target within which a bare figure is of its order: a tenth to ten times. */
  private static final BigDecimal ORDER_LOW = new BigDecimal("0.1");
  private static final BigDecimal ORDER_HIGH = BigDecimal.TEN;

  /** Whether {@code value} is of the order of {@code target}: a tenth to ten times it. */
  private static boolean ofTheOrderOf(BigDecimal value, BigDecimal target) {
    BigDecimal ratio = value.divide(target, 6, RoundingMode.HALF_UP);
    return ratio.compareTo(ORDER_LOW) >= 0 && ratio.compareTo(ORDER_HIGH) <= 0;
  }

  /** {@code t} with its value, and both ends of a range, in {@code unit}, of {@code kind}. */
  private static Target inUnit(Target t, Unit unit, Kind kind) {
    return Target.builder().from(t).quantity(Quantity.of(t.value(), unit))
        .upper(t.upper().map(upper -> Quantity.of(upper.value(), unit))).kind(kind).build();
  }

  /**
   * Whether a mass or volume is a capacity per day by its words (日供水能力10万吨, 日处理污水能力2.5万吨): the
   * same as 供水能力10万吨/日, which other reports write and which compares only with a rate per day.
   */
  private static boolean perDayByItsWords(String metric, Unit unit) {
    int day = metric.indexOf('日');
    return day >= 0 && metric.indexOf("能力", day) > day && massOrVolume(unit);
  }

  private static Unit perDay(Unit unit) {
    return Unit.parse(unit.symbol() + "/日");
  }


  /** The targets, each capacity per day by its words in a unit per day ({@link #perDayByItsWords}). */
  private static List<Target> perDay(List<Target> targets) {
    List<Target> out = null;
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      if (perDayByItsWords(t.metric(), t.unit())) {
        out = out == null ? new ArrayList<>(targets) : out;
        // both ends of a range move to the unit per day (日处理能力3-5万吨)
        out.set(i, inUnit(t, perDay(t.unit()), Kind.LEVEL));
      }
    }
    return out == null ? targets : out;
  }

  private static boolean massOrVolume(Unit unit) {
    return unit.dimension() == Unit.Dimension.MASS || unit.dimension() == Unit.Dimension.VOLUME;
  }

  /** Whether the words say a figure is per day: 每天处理污水2.1万吨, 日均处理192吨. */
  private static boolean saidPerDay(String text) {
    return text.contains("每天") || text.contains("每日") || text.contains("日均");
  }

  /**
   * Whether a measure answers a target per day: said per day (每天处理污水2.1万吨), a capacity, which is
   * of a span of time whether or not it names one (加工能力达到3200吨), or a bare figure under the target's
   * label (完成：2.05万吨).
   */
  private static boolean perDayLikeItsTarget(Measure m) {
    return massOrVolume(m.unit()) && (saidPerDay(m.text()) || m.metric().isEmpty() || m.metric().contains("能力"));
  }

  /**
   * The measures, each capacity per day by its words in a unit per day ({@link #perDayByItsWords}), and,
   * when a target is {@code perDay}, each mass or volume that answers it so ({@link #perDayLikeItsTarget}).
   */
  private static List<Measure> perDayMeasures(List<Measure> measures, boolean perDay) {
    List<Measure> out = null;
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      // and a figure said per day outside its subject: 每天处理污水2.1万吨
      if (perDayByItsWords(m.metric(), m.unit()) || perDay && perDayLikeItsTarget(m)) {
        out = out == null ? new ArrayList<>(measures) : out;
        out.set(i, m.withQuantity(Quantity.of(m.value(), perDay(m.unit()))).withKind(Kind.LEVEL));
      }
    }
    return out == null ? measures : out;
  }

  /**
   * Under the bare label 进度 a percentage is the share of the task done (进度100% for 新建5G基站300个), but
   * where a target is itself a percentage the label heads an indicator table's column of values
   * (城镇登记失业率低于4.3 ‖ 进度3.57%): the figure is the value.
   */
  private static List<Measure> progressOfAPercent(String narrative, List<Target> targets, List<Measure> measures) {
    boolean percent = false;
    for (Target t : targets) {
      percent |= t.unit().dimension() == Unit.Dimension.PERCENT;
    }
    if (!percent) {
      return measures;
    }
    List<Measure> out = null;
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      if (m.role() == Role.COMPLETION_RATE && m.span().isPresent() && underProgress(narrative, m.span().get())) {
        out = out == null ? new ArrayList<>(measures) : out;
        out.set(i, m.withRole(Role.ACHIEVED));
      }
    }
    return out == null ? measures : out;
  }

  /** The words that make a percentage a completion rate: 完成率, 竣工率, 完工率 …. */
  private static final WordSet COMPLETION_RATES = WordSet.of(Vocabulary.wordsWith(Vocabulary.RATE));

  /**
   * A completion rate by its words (竣工率38.2%) is the level of that rate where a target sets it as a level
   * in percent (竣工率达到40%): the target is the rate itself, not a count it is the share of. So is a share
   * of a thing where the target is that share (完成总工程量的80% ‖ 已完成总工程量的65%).
   */
  private static List<Measure> asTheRateATargetSets(List<Target> targets, List<Measure> measures) {
    List<String> rates = null;
    for (Target t : targets) {
      String metric = t.metric();
      int len = t.kind() == Kind.LEVEL && t.unit().equals(Unit.PERCENT) ? COMPLETION_RATES.endingAt(metric, metric.length()) : 0;
      if (len == 0 && t.kind() == Kind.LEVEL && t.unit().equals(Unit.PERCENT) && t.text().contains("的")) {
        // 完成总工程量的80% ‖ 已完成总工程量的65%: the target is itself the share of the work done
        len = metric.length() - DONE_WORDS.startingAt(metric, 0);
      }
      if (len > 0) {
        rates = rates == null ? new ArrayList<>(1) : rates;
        rates.add(metric.substring(metric.length() - len));
      }
    }
    if (rates == null) {
      return measures;
    }
    List<Measure> out = null;
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      if (m.role() != Role.COMPLETION_RATE) {
        continue;
      }
      for (String rate : rates) {
        if (m.text().contains(rate)) {
          // its subject is its own words and the rate (年度重点项目竣工率38.2%), or the rate alone where the
          // words were taken from the figure before (年度重点项目开工率92.5%，竣工率38.2%)
          String metric = m.metric().endsWith(rate) ? m.metric() : m.text().startsWith(m.metric()) ? m.metric() + rate : rate;
          out = out == null ? new ArrayList<>(measures) : out;
          out.set(i, m.withRole(Role.ACHIEVED).withKind(Kind.LEVEL).withMetric(metric));
          break;
        }
      }
    }
    return out == null ? measures : out;
  }

  /**
   * A percentage of no words right after a figure that equals that figure over a target's value (户籍人口基本养老保险参保率
   * （%）≥95 ‖ 94.2  99.2%, 过夜游客占比 | % | 30 ‖ 31.4 | 104.7%): the figure's completion rate, which a row puts in
   * the column after it, not a level of the thing. Equal to within half the percentage's last digit, as its value
   * keeps it (99.2 to 0.05; a written 3.0 is kept as 3, to 0.5, which is why a signed change never counts).
   */
  private static List<Measure> ratesWorkedOutFromTheFigureBefore(List<Target> targets, List<Measure> measures) {
    List<Measure> out = null;
    for (int i = 1; i < measures.size(); i++) {
      Measure rate = measures.get(i);
      Measure figure = measures.get(i - 1);
      if (rate.role() != Role.ACHIEVED || rate.kind() != Kind.LEVEL || !rate.unit().equals(Unit.PERCENT)
          || !rate.metric().isEmpty() || figure.role() != Role.ACHIEVED || rate.value().signum() <= 0) {
        // a signed percentage (1.1（+3.0%）) is a change, never a share of the plan
        continue;
      }
      BigDecimal halfDigit = BigDecimal.valueOf(5, Math.max(0, rate.value().scale()) + 1);
      for (Target t : targets) {
        if (t.value().signum() <= 0 || !(figure.unit().isBare() || figure.unit().isCommensurableWith(t.unit()))) {
          continue;
        }
        BigDecimal value = figure.unit().isBare() ? figure.value() : figure.unit().convert(figure.value(), t.unit());
        BigDecimal share = value.multiply(HUNDRED).divide(t.value(), 6, java.math.RoundingMode.HALF_EVEN);
        if (share.subtract(rate.value()).abs().compareTo(halfDigit) <= 0) {
          out = out == null ? new ArrayList<>(measures) : out;
          out.set(i, rate.withRole(Role.COMPLETION_RATE));
          break;
        }
      }
    }
    return out == null ? measures : out;
  }

  /** The verbs before a share of the work that a target sets (完成总工程量的80%). */
  private static final WordSet DONE_WORDS = WordSet.of("完成", "累计完成", "已完成");

  /** Whether the figure of a measure spanning {@code span} (its label may open the span) is under 进度. */
  private static boolean underProgress(String narrative, Span span) {
    int figure = Math.min(span.start(), narrative.length());
    int end = Math.min(span.end(), narrative.length());
    while (figure < end && !Character.isDigit(narrative.charAt(figure))) {
      figure++;
    }
    return Grammar.progressLabel(narrative, figure);
  }

  /**
   * A rate named by a verb of change (压减率95.6%, 下降率) is the level of that rate when a target names the
   * same rate as a level (校外培训机构压减率达到90%): read as a decline, the figure was of another kind
   * than the target's. Against a target of the change itself (能耗下降3%) it stays a change.
   */
  private static final WordSet RATES_OF_CHANGE = WordSet.of("压减率", "下降率", "减少率", "降低率", "削减率", "压降率", "增长率");

  private static List<Measure> asTheRateTheTargetNames(List<Target> targets, List<Measure> measures) {
    List<Measure> out = null;
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      String metric = m.metric();
      int len = RATES_OF_CHANGE.endingAt(metric, metric.length());
      if (len == 0 || !m.kind().isChange() || !m.unit().equals(Unit.PERCENT)) {
        continue;
      }
      String rate = metric.substring(metric.length() - len);
      boolean levelNamed = false;
      boolean changeNamed = false;
      for (Target t : targets) {
        if (t.unit().dimension() == Unit.Dimension.PERCENT && t.metric().endsWith(rate)) {
          levelNamed |= t.kind() == Kind.LEVEL;
          changeNamed |= t.kind().isChange();
        }
      }
      if (levelNamed && !changeNamed) {
        out = out == null ? new ArrayList<>(measures) : out;
        out.set(i, m.withKind(Kind.LEVEL));
      }
    }
    return out == null ? measures : out;
  }

  /**
   * An indicator table's row naming percent (or another rate, ‰ or 1/10万) as its unit (研发经费支出占GDP比重（%）2.5,
   * 万元GDP能耗下降（%）3.2):
   * a figure written bare with no subject (实绩：2.31), or with the row's own name (免疫密度96.8), is the row's
   * value, in percent and of the target's kind — when one target so named is the only one in percent and fits a
   * share. A bare figure otherwise compares with no percentage.
   */
  private static List<Measure> inNamedPercent(String taskText, List<Target> targets, List<Measure> measures) {
    Target named = null;
    java.util.Set<String> row = null; // the words in parentheses of the row, read once
    boolean changeInPoints = false;
    List<Target> rates = null; // every rate named in the row, once there are two
    for (Target t : targets) {
      NamedRate written = NAMED_RATES.get(t.unit().symbol());
      if (written == null) {
        if (t.unit().dimension() == Unit.Dimension.PERCENT) {
          return measures; // points: the row's bare figure is no level of them
        }
        continue;
      }
      // the target's own words, or the row's header before its label (研发经费投入强度（%）：目标值2.6)
      boolean namedInTheRow = namesInParentheses(t.text(), written.asWritten())
          || namesInParentheses(t.text(), written.otherwise());
      if (!namedInTheRow) {
        row = row != null ? row : namedUnits(taskText);
        namedInTheRow = row.contains(written.asWritten()) || row.contains(written.otherwise());
      }
      if (named != null && named.metric().equals(t.metric()) && named.unit().equals(t.unit()) && namedInTheRow) {
        continue; // 城市生活污水集中收集率（%）：年度目标70（力争72）: one rate at two heights, the row's one figure answers both
      }
      if (!namedInTheRow && t.kind().isChange() && t.unit().symbol().equals(POINTS)) {
        // 比重(%)：提高1个百分点，达到48 ‖ 47.6: the change says its points, the row's figure is the level's
        changeInPoints = true;
        continue;
      }
      if (!namedInTheRow) {
        return measures; // a rate not named in the row: the row does not say whose a bare figure is
      }
      if (named != null) {
        rates = rates != null ? rates : new ArrayList<>(List.of(named));
        rates.add(t);
      }
      named = t;
    }
    if (rates != null) {
      return byTheirRatesName(rates, measures);
    }
    if (named == null || changeInPoints && named.kind().isChange()) {
      return measures;
    }
    // a share is at most 100%, but a ratio may be more (政府综合债务率｜%｜控制在120以内 ‖ 108.6): a figure of the
    // order of the target's
    BigDecimal most = NAMED_RATES.get(named.unit().symbol()).whole().max(named.value().add(named.value()));
    List<Measure> out = null;
    boolean oneBare = bareAchieved(measures) == 1;
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      // or named by the row's own words, perhaps shortened (动物疫病强制免疫密度(%)：≥90 ‖ 春防结束，免疫密度96.8), or the
      // row's one bare figure after a label of where it comes from (三季度测评：82.7, 第三方测评96.3)
      boolean namedSo = m.metric().isEmpty() || m.metric().length() >= 2 && named.metric().contains(m.metric())
          // or by where it is of (中心城区100，各县（市）99.6，全市平均99.8), the whole place's over the parts'
          || Metrics.namesAPlaceAlone(m.metric()) || Metrics.WHOLE_PLACE.startingAt(m.text(), 0) > 0;
      // or as the row's average (调查失业率（%）：年度目标5.5左右 ‖ 1-6月平均5.3，6月末5.1), of the row's thing
      boolean average = !namedSo && Metrics.AVERAGE_ALONE.contains(m.metric());
      namedSo |= average;
      // the one bare figure, when of the order of the target (not 国标1、地标6 against a rate of 100)
      boolean ofTheOrder = m.value().add(m.value()).compareTo(named.value()) >= 0;
      boolean rows = (namedSo || oneBare) && (ofTheOrder || !changeInPoints && namedSo);
      if (!m.unit().equals(Unit.NONE) || !rows || m.role() != Role.ACHIEVED || m.value().abs().compareTo(most) > 0
          || !named.kind().isChange() && signedAsWritten(m.text())) { // 增减：+2.2 beside 完成：27.6: a share is never signed
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(measures);
      }
      Kind kind = m.kind().isChange() && named.kind().isChange() ? m.kind() // 同比下降2.1 keeps its way
          // 信访总量同比增减(%)：-10 ‖ 完成-12.5: under a fall planned as a signed change, the figure is the change as
          // signed, a growth; under a column of falls (用水量下降(%)，目标3 ‖ 实绩-1.2) it is a fall, -1.2 a rise; a
          // fall the cell plans under a column of changes (投诉量（同比%）：年度目标下降10 ‖ 完成-14.6) is signed too
          : named.kind() == Kind.DECLINE && (signedAsWritten(named.text())
              || m.value().signum() < 0 && FALLS.within(named.text())) ? Kind.GROWTH
          : named.kind();
      Measure rowsFigure = m.withQuantity(Quantity.of(m.value(), named.unit())).withKind(kind);
      // the label tells where it comes from
      out.set(i, namedSo && !average ? rowsFigure : rowsFigure.withMetric(named.metric()));
    }
    return out == null ? measures : out;
  }

  /**
   * A row's bare figures under two or more rates the row names in its unit (欠薪案件结案率（%），年度目标100；专用账户开设率（%），
   * 年度目标100 ‖ 结案率100；开设率98.6): a figure named by a rate word of one of the targets' names alone is in that
   * target's unit and of its kind; any other stays bare, as the row does not say whose it is.
   */
  private static List<Measure> byTheirRatesName(List<Target> rates, List<Measure> measures) {
    List<Measure> out = null;
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      String name = m.metric();
      if (!m.unit().equals(Unit.NONE) || m.role() != Role.ACHIEVED || name.length() < 2 || !name.endsWith("率")) {
        continue;
      }
      Target named = null;
      for (Target t : rates) {
        if (t.metric().contains(name)) {
          named = named == null ? t : null;
          if (named == null) {
            break; // two rates of the name: whose, the figure does not say
          }
        }
      }
      if (named == null || m.value().abs().compareTo(NAMED_RATES.get(named.unit().symbol()).whole()) > 0) {
        continue;
      }
      out = out == null ? new ArrayList<>(measures) : out;
      out.set(i, m.withQuantity(Quantity.of(m.value(), named.unit())).withKind(named.kind()));
    }
    return out == null ? measures : out;
  }

  /** Words that plan a fall in a target's own cell (年度目标下降10), not in its column's name (用水量下降(%)). */
  private static final WordSet FALLS =
      WordSet.of(Vocabulary.wordsWith(Vocabulary.DECLINE_VERB | Vocabulary.DECLINE_NOUN));

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String POINTS = Unit.PERCENTAGE_POINT.symbol();

  /** A rate a row may name as its unit: as a header writes it, another way, and the whole it is a share of. */
  private record NamedRate(String asWritten, String otherwise, BigDecimal whole) {}

  /**
   * The rates a row may name as its unit, by the symbol of their unit: percent (100 in a whole), per mille
   * (婴儿死亡率（‰）, 1000), per 100 000 (孕产妇死亡率（1/10万）), and points of a rate's change.
   */
  private static final java.util.Map<String, NamedRate> NAMED_RATES = java.util.Map.of(
      "%", new NamedRate("%", "％", HUNDRED), "‰", new NamedRate("‰", "‰", BigDecimal.valueOf(1000)),
      "/10万", new NamedRate("1/10万", "/10万", BigDecimal.valueOf(100_000)),
      // a change of a rate in points (公共交通出行分担率较上年提高（个百分点）：1 ‖ +1.2)
      POINTS, new NamedRate(POINTS, "百分点", HUNDRED));

  private static int bareAchieved(List<Measure> measures) {
    int n = 0;
    for (Measure m : measures) {
      n += m.unit().equals(Unit.NONE) && m.role() == Role.ACHIEVED ? 1 : 0;
    }
    return n;
  }

  /** Whether a figure's words open with a sign: +2.2, －1.5. */
  private static boolean signedAsWritten(String text) {
    return !text.isEmpty() && "+＋-－−".indexOf(text.charAt(0)) >= 0;
  }

  /**
   * The measures without a bare negative figure that no row's （%） made a change in percent: the
   * grammar reads 实绩-1.2 after a label for a header's percent, and no count is negative.
   */
  private static List<Measure> withoutSignedCounts(List<Measure> measures) {
    List<Measure> out = null;
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      boolean signedCount = m.unit().equals(Unit.NONE) && m.value().signum() < 0;
      if (signedCount && out == null) {
        out = new ArrayList<>(measures.subList(0, i));
      } else if (!signedCount && out != null) {
        out.add(m);
      }
    }
    return out == null ? measures : out;
  }

  /** The longest name of a unit in parentheses: 万平方米, 万千瓦时. */
  private static final int MAX_NAMED_UNIT = 6;

  /**
   * Every short word in parentheses in {@code text} (（%）, （万吨）), or in a field of its own between bars or gaps
   * of spaces (接待国内游客 | 万人次 | 4800, 森林覆盖率  %  约束性  45.0): one pass for a row of any length, as a row
   * of thousands of targets must not be walked once for each.
   */
  private static java.util.Set<String> namedUnits(String text) {
    java.util.Set<String> named = null;
    int lastBar = -1;
    char[] chars = null; // asked for a gap of spaces only where the text has a space at all
    for (int open = 0; open < text.length(); open++) {
      char c = text.charAt(open);
      if (Lexicon.isSpace(c) && chars == null) {
        chars = text.toCharArray();
      }
      if (Lexicon.isFieldBar(c) || chars != null && Lexicon.opensAFieldGap(chars, chars.length, open)) {
        String field = lastBar >= 0 && open - lastBar - 1 <= MAX_NAMED_UNIT + 2
            ? text.substring(lastBar + 1, open).strip() : "";
        if (!field.isEmpty()) {
          named = named == null ? new java.util.HashSet<>() : named;
          named.add(field);
        }
        lastBar = open;
        continue;
      }
      if (c != '（' && c != '(') {
        continue;
      }
      char closing = c == '（' ? '）' : ')';
      int unit = open + 1 + unitLabel(text, open + 1); // （单位：万元）, as a table's title or a field says it
      unit += Grammar.CHANGE_BASIS.startingAt(text, unit); // （同比%）: the percent of a change
      unit += unit < text.length() && text.charAt(unit) == '±' ? 1 : 0;
      for (int end = unit; end < text.length() && end <= unit + MAX_NAMED_UNIT; end++) {
        if (text.charAt(end) == closing) {
          if (named == null) {
            named = new java.util.HashSet<>();
          }
          named.add(text.substring(unit, end));
          break;
        }
      }
    }
    return named == null ? java.util.Set.of() : named;
  }

  /** The length of a unit's label and its colon at {@code at} (单位：, 计量单位:), 0 if none stands there. */
  private static int unitLabel(String text, int at) {
    int colon = text.startsWith(MEASURING, at) ? at + MEASURING.length() + 2 : at + 2;
    return colon < text.length() && text.startsWith("单位", colon - 2)
        && (text.charAt(colon) == '：' || text.charAt(colon) == ':') ? colon + 1 - at : 0;
  }

  /** Whether one of the row's named units is {@code symbol} written another way: （km/h） for 公里/小时. */
  private static boolean namedOtherwise(java.util.Set<String> row, String symbol) {
    for (String word : row) {
      if (symbol.equals(Grammar.unitNamed(word))) {
        return true;
      }
    }
    return false;
  }

  private static boolean namesInParentheses(String text, String symbol) {
    int at = text.indexOf(symbol);
    while (at > 0) {
      int end = at + symbol.length();
      char open = text.charAt(at - 1);
      if (end < text.length() && (open == '(' && text.charAt(end) == ')' || open == '（' && text.charAt(end) == '）')) {
        return true;
      }
      at = text.indexOf(symbol, end);
    }
    return false;
  }

  /**
   * For a task with a growth target in percent, or a change in points (下降0.2个百分点), each clause that gives
   * no number but says the thing stayed where it was last year (社会消费品零售总额同比持平, 与上年持平): a change
   * of nothing in that unit, after the measures.
   */
  private static List<Measure> withFlatGrowth(Tokens words, List<Target> targets, List<Measure> measures) {
    boolean growth = false;
    boolean points = false;
    for (Target t : targets) {
      growth |= t.kind() == Kind.GROWTH && t.unit().equals(Unit.PERCENT);
      points |= t.kind().isChange() && t.unit().equals(Unit.PERCENTAGE_POINT);
    }
    if (!growth && !points) {
      return measures;
    }
    List<Grammar.FlatClause> flats = Grammar.flatOnLastYear(words);
    if (flats.isEmpty()) {
      return measures;
    }
    String narrative = words.text;
    List<Measure> out = new ArrayList<>(measures);
    for (Grammar.FlatClause flat : flats) {
      if (flat.afterARate() && !points) {
        continue; // 增长6%，与上年持平: the rate stayed level, the growth is the 6%
      }
      out.add(Measure.builder()
          .metric(Metrics.cleanBefore(narrative.substring(flat.clause(), flat.base()), List.of()))
          .kind(Kind.GROWTH)
          .quantity(Quantity.of(BigDecimal.ZERO, growth && !flat.afterARate() ? Unit.PERCENT : Unit.PERCENTAGE_POINT))
          .text(narrative.substring(flat.clause(), flat.end()).strip())
          .approximate(flat.approximate())
          .span(Span.of(flat.clause(), flat.end()))
          .build());
    }
    return out;
  }

  /**
   * For a ceiling on a count (安全生产事故死亡人数控制在2人以内, 较大以上事故控制在1起以内), each clause with no
   * number that says none of its things happened (全年未发生安全生产死亡事故, 较大以上事故零发生): a count of
   * zero in the unit of each such target, named by the clause's words, after the measures; and for a
   * ceiling on a rate whose event the clause names (孕产妇死亡率控制在10/10万以下 ‖ 未发生孕产妇死亡), a
   * rate of zero.
   */
  private static List<Measure> withNoneHappened(Tokens words, List<Target> targets, List<Measure> measures) {
    List<Unit> ceilings = null;
    List<Target> rates = null;
    for (Target t : targets) {
      if (t.bound() == Bound.AT_MOST && t.unit().dimension() == Unit.Dimension.COUNT && t.kind().isCumulative()
          && (ceilings == null || !ceilings.contains(t.unit()))) {
        ceilings = ceilings == null ? new ArrayList<>(2) : ceilings;
        ceilings.add(t.unit());
      } else if (t.bound() == Bound.AT_MOST && t.kind() == Kind.LEVEL && t.metric().length() > 2 && t.metric().endsWith("率")) {
        rates = rates == null ? new ArrayList<>(2) : rates;
        rates.add(t);
      }
    }
    String narrative = words.text;
    List<Measure> out = null;
    // 孕产妇死亡率控制在10/10万以内 ‖ 孕产妇死亡0例: a count of none of the events a rate counts is a rate of nothing
    for (int i = 0; rates != null && i < measures.size(); i++) {
      Measure m = measures.get(i);
      if (m.role() == Role.ACHIEVED && m.kind() == Kind.COUNT && m.value().signum() == 0 && m.span().isPresent()) {
        for (Target rate : rates) {
          if (Metrics.comparable(m.metric()).endsWith(eventARateCounts(rate.metric()))) {
            out = out == null ? new ArrayList<>(measures) : out;
            out.add(saidInWords(m.metric(), Kind.LEVEL, Quantity.of(BigDecimal.ZERO, rate.unit()), narrative,
                m.span().get().start(), m.span().get().end()));
          }
        }
      }
    }
    if (ceilings == null && rates == null
        || !words.within(0, narrative.length(), Vocabulary.NONE_HAPPENED) && narrative.indexOf('无') < 0) {
      return out == null ? measures : out;
    }
    // each word that says none happened, by its start and end: those of the vocabulary, then 无 before an event
    List<int[]> saidNone = new ArrayList<>();
    for (int i = 0; i < words.count(); i++) {
      if ((words.rolesOf(i) & Vocabulary.NONE_HAPPENED) != 0) {
        saidNone.add(new int[] {words.startOf(i), words.endOf(i)});
      }
    }
    int fromTheVocabulary = saidNone.size();
    for (int at = narrative.indexOf('无'); at >= 0; at = narrative.indexOf('无', at + 1)) {
      if (anEventAfterNone(narrative, at) && !within(saidNone.subList(0, fromTheVocabulary), at)) { // not the 无 of 无一发生
        saidNone.add(new int[] {at, at + 1});
      }
    }
    for (int[] word : saidNone) {
      int start = Reading.clauseStart(narrative, word[0]);
      int end = Reading.clauseEnd(narrative, word[1]);
      boolean numbered = false;
      for (Mention m : words.mentions) {
        boolean ownZero = m.start >= word[0] && m.start < word[1]; // the 零 of 零发生
        numbered |= m.start >= start && m.start < end && m.type != Mention.Type.DATE && !ownZero;
      }
      String said = narrative.substring(start, word[0]) + narrative.substring(word[1], end);
      String named = Metrics.cleanBefore(said, List.of());
      if (numbered || named.length() < 2) {
        continue;
      }
      out = out == null ? new ArrayList<>(measures) : out;
      for (Unit unit : ceilings == null ? List.<Unit>of() : ceilings) {
        out.add(saidInWords(named, Kind.COUNT, Quantity.of(BigDecimal.ZERO, unit), narrative, start, end));
      }
      for (Target rate : rates == null ? List.<Target>of() : rates) {
        // 孕产妇死亡率控制在10/10万以下 ‖ 全年未发生孕产妇死亡: a rate of nothing, when the words name what it counts
        if (named.contains(eventARateCounts(rate.metric())) && !givesARateIn(measures, rate.unit())) {
          out.add(saidInWords(named, Kind.LEVEL, Quantity.of(BigDecimal.ZERO, rate.unit()), narrative, start, end));
        }
      }
    }
    return out == null ? measures : out;
  }

  /**
   * Whether the narrative's own figures give a rate in {@code unit} (受害率0.05‰，未发生重大森林火灾): the rate, which no
   * event said not to have happened, a class of them, sets to nothing.
   */
  private static boolean givesARateIn(List<Measure> measures, Unit unit) {
    for (Measure m : measures) {
      if (m.role() == Role.ACHIEVED && m.kind() == Kind.LEVEL && m.unit().equals(unit)) {
        return true;
      }
    }
    return false;
  }

  private static boolean within(List<int[]> spans, int at) {
    for (int[] span : spans) {
      if (at >= span[0] && at < span[1]) {
        return true;
      }
    }
    return false;
  }

  /** Events whose absence 无 says at the end of its clause: 辖区无孕产妇死亡, 全年无较大以上事故发生. */
  private static final String[] EVENT_ENDS = {"死亡", "发生"};

  /**
   * Whether the 无 at {@code at} says an event did not happen: the rest of its clause names the event and
   * ends with its verb (无孕产妇死亡, 无重大事故发生), not a thing without something (无害化处理, 无障碍设施).
   */
  private static boolean anEventAfterNone(String narrative, int at) {
    int end = Reading.clauseEnd(narrative, at + 1);
    while (end > at + 1 && Lexicon.isSpace(narrative.charAt(end - 1))) {
      end--;
    }
    for (String verb : EVENT_ENDS) {
      if (end - at - 1 > verb.length() && narrative.startsWith(verb, end - verb.length())) {
        return true;
      }
    }
    return false;
  }

  /** A figure a clause says in words (未发生…, 实现全覆盖), named {@code named}, spanning the clause. */
  private static Measure saidInWords(String named, Kind kind, Quantity quantity, String narrative, int start, int end) {
    return Measure.builder()
        .metric(named)
        .kind(kind)
        .quantity(quantity)
        .text(narrative.substring(start, end).strip())
        .span(Span.of(start, end))
        .build();
  }

  /**
   * What a rate counts, as a narrative names it when none happened: 孕产妇死亡 for 孕产妇死亡率, 安全事故 for
   * 安全事故发生率 (未发生安全事故). Not 规模性失业 for 城镇登记失业率: the whole event must be named.
   */
  private static String eventARateCounts(String rateMetric) {
    String event = rateMetric.substring(0, rateMetric.length() - 1);
    // 森林火灾受害率 ‖ 未发生森林火灾, 甲类传染病发病率 ‖ 未发生甲类传染病: the rate's last word says what it weighs
    boolean weighed = event.endsWith("发生") || event.endsWith("受害") || event.endsWith("发病");
    return weighed && event.length() > 3 ? event.substring(0, event.length() - 2) : event;
  }

  /**
   * For a target counted in points (下降2个百分点), the change a narrative gives as two rates (由3.5%
   * 下降到1.2%: 2.3 points down), after the new rate; the old one is no measure of its own. The verb
   * says the direction (下降, 提高); 到 or 至 alone leaves it to the two rates.
   */
  private static List<Measure> withChangesInPoints(Tokens words, List<Reading> readings, List<Target> targets,
      List<Measure> measures) {
    boolean inPoints = false;
    for (Target t : targets) {
      inPoints |= t.unit().equals(Unit.PERCENTAGE_POINT) && (t.kind() == Kind.GROWTH || t.kind() == Kind.DECLINE);
    }
    if (!inPoints) {
      return measures;
    }
    return withDerivedChanges(words.text, readings, measures, (r, rate) -> {
      Mention old = r.changedFrom;
      if (!isPercent(r.mention) || !isPercent(old)) {
        return null;
      }
      BigDecimal before = old.value;
      boolean falls = words.lengthStartingAt(r.changeVerb, Vocabulary.DECLINE_VERB) > 0
          || words.lengthStartingAt(r.changeVerb, Vocabulary.GROWTH_VERB) == 0 && before.compareTo(rate.value()) > 0;
      BigDecimal change = falls ? before.subtract(rate.value()) : rate.value().subtract(before);
      return derivedChange(words.text, r, rate, falls ? Kind.DECLINE : Kind.GROWTH,
          Quantity.of(change, Unit.PERCENTAGE_POINT), rate.approximate()).withApproximation(rate.approximation());
    });
  }

  /** What a reading and the measure of its level give as a change, or null when they give none. */
  private interface Derivation {
    Measure changeOf(Reading r, Measure level);
  }

  /**
   * {@code measures} with the change {@code derive} gives for each achieved reading reached from an old
   * value, right after the reading's level: the one loop of every such derivation (points, a count's
   * difference, a growth in percent).
   */
  private static List<Measure> withDerivedChanges(String narrative, List<Reading> readings, List<Measure> measures,
      Derivation derive) {
    List<Measure> out = null;
    for (Reading r : readings) {
      if (r.changedFrom == null || r.dropped || r.role != Role.ACHIEVED) {
        continue; // most readings reach nothing from an old value: no measure made for them
      }
      Measure level = MeasureParser.toMeasure(narrative, r);
      Measure change = derive.changeOf(r, level);
      if (change != null) {
        out = withChangeAfterLevel(out != null ? out : new ArrayList<>(measures), r, level, change);
      }
    }
    return out == null ? measures : out;
  }

  /** {@code out} with {@code change} right after the measure of {@code level} that reading {@code r} gave, else at its end. */
  private static List<Measure> withChangeAfterLevel(List<Measure> out, Reading r, Measure level, Measure change) {
    int at = out.size();
    for (int i = 0; i < out.size(); i++) {
      Optional<Span> span = out.get(i).span();
      if (span.isPresent() && span.get().end() == r.textEnd && out.get(i).quantity().equals(level.quantity())) {
        at = i + 1;
        break;
      }
    }
    out.add(at, change);
    return out;
  }

  /**
   * For a count or amount reached from an old one (城镇就业人数由52000人增加到55200人, 重污染天数由8天减少到3天),
   * the change between them as a measure of its own, after the level, when a target counts new
   * things (新增城镇就业3000人) or sets a change of a count (重污染天数减少5天): the level is a stock, the
   * change what the year added or took away.
   */
  private static List<Measure> withChangesOfCounts(String taskText, Tokens words, List<Reading> readings,
      List<Target> targets, List<Measure> measures) {
    boolean fromOld = false; // most narratives reach nothing from an old value: one look, then the targets
    for (Reading r : readings) {
      fromOld |= r.changedFrom != null;
    }
    if (!fromOld) {
      return measures;
    }
    boolean wanted = setsAChangeOfACount(targets);
    for (int k = 0; k < targets.size() && !wanted; k++) {
      Target t = targets.get(k);
      wanted = t.kind().isCumulative() && t.unit().dimension() != Unit.Dimension.PERCENT && Evidence.isIncrement(taskText, t);
    }
    if (!wanted) {
      return measures;
    }
    return withDerivedChanges(words.text, readings, measures, (r, level) -> {
      Mention old = r.changedFrom;
      BigDecimal change = reachedFromAnOldAmount(r) ? r.mention.value.subtract(old.value) : BigDecimal.ZERO;
      if (change.signum() == 0) {
        return null;
      }
      return derivedChange(words.text, r, level, change.signum() > 0 ? Kind.GROWTH : Kind.DECLINE,
          Quantity.of(change.abs(), level.unit()), level.approximate() || old.approximate);
    });
  }

  /**
   * For an amount or count reached from an old one (人均可支配收入由40000元增加到42500元), the growth
   * between them in percent as a measure of its own, after the level, when a target sets a growth
   * or decline in percent (增长6%) and the narrative writes none: the year's growth is what the two
   * levels say (6.25%).
   */
  private static List<Measure> withGrowthFromLevels(Tokens words, List<Reading> readings, List<Target> targets,
      List<Measure> measures) {
    boolean inPercent = false;
    for (Target t : targets) {
      inPercent |= t.kind().isChange() && t.unit().equals(Unit.PERCENT);
    }
    if (!inPercent) {
      return measures;
    }
    for (Measure m : measures) {
      if (m.kind().isChange() && m.unit().equals(Unit.PERCENT)) {
        return measures; // 由40000元增加到42500元，增长6.25%: the growth is written
      }
    }
    List<Measure> fromOld = withDerivedChanges(words.text, readings, measures, (r, level) -> {
      Mention old = r.changedFrom;
      BigDecimal change = reachedFromAnOldAmount(r) && old.value.signum() > 0
          ? r.mention.value.subtract(old.value) : BigDecimal.ZERO;
      if (change.signum() == 0) {
        return null;
      }
      return derivedChange(words.text, r, level, change.signum() > 0 ? Kind.GROWTH : Kind.DECLINE,
          Quantity.of(percentOf(change, old.value), Unit.PERCENT), level.approximate() || old.approximate);
    });
    return fromOld != measures ? fromOld : withGrowthFromLastYearsLevel(words, readings, measures);
  }

  private static BigDecimal percentOf(BigDecimal change, BigDecimal base) {
    return change.abs().multiply(BigDecimal.valueOf(100)).divide(base, 2, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  /**
   * For a count or amount followed by last year's in the same unit (死亡42人，上年同期46人; 42人（去年同期为46人）),
   * the growth between them in percent as a measure of its own, after the level: the narrative gives
   * the two years and leaves the change to the reader.
   */
  private static List<Measure> withGrowthFromLastYearsLevel(Tokens words, List<Reading> readings, List<Measure> measures) {
    List<Measure> out = null;
    for (Reading r : readings) {
      Mention level = r.mention;
      if (r.dropped || r.role != Role.ACHIEVED || r.changedFrom != null || level.value == null || level.upper != null
          || level.unitClass == Lexicon.UnitClass.PERCENT) {
        continue;
      }
      Mention last = lastYearsLevelAfter(words, level);
      if (last == null || last.value == null || last.upper != null || last.value.signum() <= 0
          || !last.symbol().equals(level.symbol())) {
        continue;
      }
      BigDecimal change = level.value.subtract(last.value);
      Measure measured = MeasureParser.toMeasure(words.text, r);
      int from = measured.span().map(Span::start).orElse(level.start);
      Measure growth = changeOfLevel(words.text, from, last.end, measured, change.signum() < 0 ? Kind.DECLINE : Kind.GROWTH,
          Quantity.of(percentOf(change, last.value), Unit.PERCENT), measured.approximate() || last.approximate);
      out = withChangeAfterLevel(out != null ? out : new ArrayList<>(measures), r, measured, growth);
    }
    return out == null ? measures : out;
  }

  /** Words that give last year's level after the year's: 上年同期46人, 去年为46人. */
  private static final WordSet LAST_YEARS_LEVEL = WordSet.of("上年同期", "去年同期", "上年", "去年", "上年度", "上一年");

  /**
   * Last year's level, right after {@code level} in the next clause or an aside, marked by a word of
   * last year alone (死亡42人，上年同期46人; 42人（去年同期为46人）): that mention, else null. Not a base
   * that a change is counted from (比上年同期的46人减少4人), whose change is written.
   */
  private static Mention lastYearsLevelAfter(Tokens words, Mention level) {
    String text = words.normalized;
    int at = Grammar.skipSpaces(text, level.end);
    if (at >= text.length() || !Lexicon.isClauseEnd(text.charAt(at)) && text.charAt(at) != '（' && text.charAt(at) != '(') {
      return null;
    }
    at = Grammar.skipSpaces(text, at + 1);
    int len = LAST_YEARS_LEVEL.startingAt(text, at);
    if (len == 0) {
      return null;
    }
    at = Grammar.skipSpaces(text, at + len);
    if (at < text.length() && (text.charAt(at) == '为' || text.charAt(at) == '是')) {
      at = Grammar.skipSpaces(text, at + 1);
    }
    for (Mention m : words.mentions) {
      if (m.start >= at) {
        return m.prefixStart == at && m.type != Mention.Type.DATE ? m : null;
      }
    }
    return null;
  }

  /**
   * Whether a reading reached from an old value ({@link #withDerivedChanges} asks only of those) is a
   * count or amount reached from one in the same unit, each a single value (由52000人增加到55200人;
   * not 由3%提高到3.5%, nor a range).
   */
  private static boolean reachedFromAnOldAmount(Reading r) {
    Mention old = r.changedFrom;
    return old.value != null && r.mention.value != null && old.unitClass != Lexicon.UnitClass.PERCENT
        && old.symbol().equals(r.mention.symbol()) && old.upper == null && r.mention.upper == null;
  }

  /** A change derived from the old value a reading's level was reached from, of the level's subject, spanning 由… to its end. */
  private static Measure derivedChange(String narrative, Reading r, Measure level, Kind kind, Quantity change,
      boolean approximate) {
    return changeOfLevel(narrative, r.changeStart, r.textEnd, level, kind, change, approximate);
  }

  /** A change of {@code level}'s thing, spanning {@code [from, to)} of the narrative. */
  private static Measure changeOfLevel(String narrative, int from, int to, Measure level, Kind kind, Quantity change,
      boolean approximate) {
    return Measure.builder()
        .metric(level.metric())
        .kind(kind)
        .quantity(change)
        .text(narrative.substring(from, to))
        .estimated(level.estimated())
        .approximate(approximate)
        .span(Span.of(from, to))
        .build();
  }

  /** A rate written with a percent sign (3.5%), not 百分之 or points. */
  private static boolean isPercent(Mention m) {
    return m.value != null && (m.unitSymbol.endsWith("%") || m.unitSymbol.endsWith("％"));
  }

  /**
   * Whether a target is a change of a count or amount (重污染天数减少5天), whose evidence is by how much
   * the year beat the last (同比减少6天), not the count itself (重污染天数3天).
   */
  private static boolean setsAChangeOfACount(List<Target> targets) {
    return anyTarget(targets, t -> t.kind().isChange() && t.unit().dimension() != Unit.Dimension.PERCENT);
  }

  /** Words of last year, with which a task sets a difference from it (生产安全事故比上年减少3起). */
  private static final WordSet LAST_YEAR = WordSet.of("上年", "去年", "同比");

  private static List<Measure> measuresAndSums(String taskText, Tokens words, List<Reading> readings, List<Target> targets,
      List<String> units, Evidence[] weighed) {
    String narrative = words.text;
    List<Reading> kept = new ArrayList<>(readings.size());
    Boolean setsADifference = null; // asked once, and only of a narrative that has such a difference
    for (Reading r : readings) {
      if (r.lastYearDifference && setsADifference == null) {
        setsADifference = LAST_YEAR.within(taskText) || setsAChangeOfACount(targets);
      }
      // 比上年增加86万人次 is by how much the year beat the last: evidence only for a task of such a difference; a
      // bare figure so said (9月末同比增长9.3) is a rate of change, in a row that sets one in percent
      if (!r.dropped || r.lastYearDifference && (setsADifference || r.bare
          && anyTarget(targets, t -> t.kind().isChange() && t.unit().dimension() == Unit.Dimension.PERCENT))) {
        kept.add(r);
      }
    }
    namedByTheTargetsInOrder(words, kept, targets);
    List<Measure> plain = new ArrayList<>(kept.size());
    for (Reading r : kept) {
      plain.add(MeasureParser.toMeasure(narrative, r));
    }
    if (targets.isEmpty() || kept.size() < 2) {
      return plain;
    }
    boolean anyCumulative = false;
    for (Target target : targets) {
      anyCumulative |= target.kind().isCumulative();
    }
    if (!anyCumulative || (long) targets.size() * plain.size() > Evidence.MAX_PAIRS) {
      return plain;
    }
    Evidence evidence = new Evidence(taskText, targets, narrative, plain);
    Measure[] sumAfter = new Measure[kept.size()];
    boolean anySum = false;
    for (int t = 0; t < targets.size(); t++) {
      Target target = targets.get(t);
      if (!target.kind().isCumulative()) {
        continue;
      }
      List<Integer> parts = parts(evidence, t, kept, words, units);
      if (parts.size() >= 2) {
        int last = parts.get(parts.size() - 1);
        Measure sum = sum(target, parts, kept, plain, narrative);
        if (sum != null && sumAfter[last] == null) {
          sumAfter[last] = sum;
          anySum = true;
        }
      }
    }
    if (!anySum) {
      weighed[0] = evidence;
      return plain;
    }
    List<Measure> out = new ArrayList<>(plain.size() + 2);
    for (int i = 0; i < plain.size(); i++) {
      out.add(plain.get(i));
      if (sumAfter[i] != null) {
        out.add(sumAfter[i]);
      }
    }
    return out;
  }

  /**
   * Gives a 分别 list of values that name no thing of their own but their work (1-9月分别发放3712人、5346人) the things of
   * the task's targets in order, when it has as many values as the task has targets, each of the value's unit
   * (困难残疾人生活补贴3800、重度残疾人护理补贴5200, in 人 by the header): one value for each target, as the list says.
   */
  private static void namedByTheTargetsInOrder(Tokens words, List<Reading> kept, List<Target> targets) {
    if (targets.size() < 2 || kept.size() < targets.size() || words.normalized.indexOf("分别") < 0) {
      return;
    }
    for (int i = 0; i + targets.size() <= kept.size(); i++) {
      Reading first = kept.get(i);
      int clause = Reading.clauseStart(words.normalized, first.mention.prefixStart);
      if (!words.within(clause, first.mention.prefixStart, Vocabulary.RESPECTIVELY)) {
        continue;
      }
      boolean list = true;
      for (int k = 0; k < targets.size() && list; k++) {
        Reading r = kept.get(i + k);
        list = (k == 0 ? !r.inList : r.inList && r.sentenceStart == first.sentenceStart) && r.listIndex < 0
            && (r.metric.isEmpty() || Metrics.onlyWork(r.metric) || Metrics.onlyLeadingVerbs(r.metric)
                || Grammar.PAYING.startingAt(r.metric, 0) == r.metric.length())
            && r.quantity() != null && r.quantity().unit().isCommensurableWith(targets.get(k).unit());
      }
      boolean ends = i + targets.size() == kept.size() || !kept.get(i + targets.size()).inList;
      if (list && ends) {
        for (int k = 0; k < targets.size(); k++) {
          kept.get(i + k).metric = targets.get(k).metric();
          kept.get(i + k).listIndex = k;
        }
        return;
      }
    }
  }

  /**
   * Whether exactly one reading of the chain is named as the target is: that one is the target's own
   * figure, and the others, named otherwise, are other things beside it. Parts named alike (a figure per
   * responsible unit, each 新建公厕) still add up.
   */
  private static boolean oneNamedAsTheTarget(String targetName, List<Reading> kept, List<Integer> chain) {
    int named = 0;
    for (int i : chain) {
      // 新增恢复灌溉面积6800亩, or after its verb: 配备专职网格员497名、兼职网格员1260名 (not 城区改造公厕, a part)
      String name = Metrics.comparable(kept.get(i).metric);
      named += name.equals(targetName)
          || name.endsWith(targetName) && Metrics.onlyLeadingVerbs(name.substring(0, name.length() - targetName.length())) ? 1 : 0;
    }
    return named == 1;
  }

  /**
   * Whether the part at {@code first} opens a breakdown (其中, 含) of an achieved figure before it that is no rate and
   * is of the parts' unit or bare: that figure is the whole, told already.
   */
  private static boolean aBreakdownOfAFigureBefore(String narrative, List<Reading> kept, int first) {
    Reading part = kept.get(first);
    int at = Grammar.skipSpaces(narrative, part.textStart);
    if (BREAKDOWN.startingAt(narrative, at) == 0) {
      return false;
    }
    for (int i = 0; i < first; i++) {
      Reading r = kept.get(i);
      Quantity q = r.quantity();
      if (r.role == Role.ACHIEVED && q != null && !r.kind.isChange()
          && (q.unit().isBare() || q.unit().isCommensurableWith(part.quantity().unit()))) {
        return true;
      }
    }
    return false;
  }

  /** Words of a level a stock reached: 达到53家, 总数, 共有. */
  private static final WordSet REACHED = WordSet.of("达到", "总数", "总量", "共有", "现有", "增至");

  /** Flows of one operation in opposite directions, in pairs: what goes out, and what comes in. */
  private static final WordSet[][] OPPOSITE_FLOWS = {{WordSet.of("出库"), WordSet.of("入库")},
      {WordSet.of("调出"), WordSet.of("调入")}, {WordSet.of("迁出"), WordSet.of("迁入")},
      {WordSet.of("流出"), WordSet.of("流入")}};

  /**
   * Whether two of the parts name a flow and its opposite in their own words (出库3.9万吨、入库3.1万吨), whatever names
   * they took from the list.
   */
  private static boolean oppositeFlows(String narrative, List<Reading> kept, List<Integer> chain) {
    for (WordSet[] pair : OPPOSITE_FLOWS) {
      boolean out = false;
      boolean in = false;
      for (int i : chain) {
        Reading r = kept.get(i);
        int from = Math.min(r.textStart, r.mention.prefixStart);
        out |= pair[0].within(narrative, from, r.mention.prefixStart);
        in |= pair[1].within(narrative, from, r.mention.prefixStart);
      }
      if (out && in) {
        return true;
      }
    }
    return false;
  }

  /** The word of what work brings about beyond itself: 带动就业. */
  private static final String KNOCK_ON = "带动";
  /** Others of another kind than the target's, said after 另有: 另有其他灵活就业人员. */
  private static final String OTHERS = "其他";

  /** The indexes of the readings that are parts of {@code target}, in order; fewer than two if none. */
  private static List<Integer> parts(Evidence evidence, int t, List<Reading> kept,
      Tokens words, List<String> units) {
    String narrative = words.text;
    Target target = evidence.targets.get(t);
    String head = Metrics.head(Metrics.comparable(target.metric()));
    List<Integer> candidates = new ArrayList<>();
    if (head.isEmpty()) {
      return candidates;
    }
    String targetWords = target.metric() + target.text();
    if (evidence.hasItsOwnRate(t)) {
      return candidates; // 新增城镇就业完成年计划的108.6%，失业人员再就业0.86万人，…: the whole is told as a share
    }
    if (anItemOfAList(evidence.targets, t)) {
      return candidates; // 分别新增养老床位120张、150张 ‖ 分别新增床位126张、98张: each figure answers its item, none adds up
    }
    boolean byWorkOnly = false;
    int grades = Metrics.gradesOf(targetWords);
    if (grades == 0) {
      grades = gradeOfItsList(evidence.taskText, target); // 新认定省级智能工厂10家、数字化车间40个: 省级 for both
    }
    for (int i = 0; i < kept.size(); i++) {
      Reading r = kept.get(i);
      if (Metrics.anotherGrade(r.metric, grades)) {
        continue; // 新增省级以上众创空间 ‖ 省级众创空间5家，另备案市级众创空间8家: a grade not counted is no part
      }
      if (r.metric.contains(KNOCK_ON) && !targetWords.contains(KNOCK_ON)) {
        continue; // 直接扶持创业就业572人，带动就业1800余人: what the work brought about beside it is no part of it
      }
      String said = evidence.measures.get(i).text();
      if (said.startsWith("另") && r.metric.contains(OTHERS) && !targetWords.contains(OTHERS)) {
        continue; // …等新就业形态劳动者入会八百余人，另有其他灵活就业人员入会二百五十人: others beside the target's
      }
      if (r.role != Role.ACHIEVED || r.kind.isChange() != target.kind().isChange()
          || !activitiesWithin(r.metric, targetWords) || aRatioOfCounts(evidence.measures.get(i))
          || evidence.increment(t) && (evidence.statesAStock(i) || REACHED.within(narrative, r.textStart, r.mention.prefixStart))) {
        continue; // 新增…3A级旅游景区5家，全市A级旅游景区达到53家: the level the stock reached is none of the new ones
      }
      boolean byThing = evidence.score(t, i) >= THING && Metrics.comparable(r.metric).contains(head)
          && bestTarget(evidence, i) == t;
      // 新建改造农贸市场10个 ‖ 已完成新建2个、改造5个: each part names only its work, of the target's works
      boolean byWork = !byThing && workOnTheTargetsOwn(r.metric, target) && evidence.score(t, i) >= 0;
      if (byThing || byWork) {
        candidates.add(i);
        byWorkOnly |= byWork;
      }
    }
    if (candidates.size() < 2) {
      candidates = byPlace(evidence, t, kept);
    }
    if (candidates.size() < 2) {
      candidates = byNamedThing(evidence, t, kept);
    }
    String included = includedInTheTarget(target.text());
    if (!included.isEmpty()) {
      candidates = withWhatTheTargetIncludes(evidence, t, kept, candidates, included);
    }
    if (candidates.size() < 2 && narrative.indexOf('、') >= 0
        && (target.metric().indexOf('、') > 0 || target.metric().indexOf('和') > 0)) {
      candidates = byTheTargetsList(evidence, t, kept);
    }
    if (candidates.size() < 2 && narrative.indexOf('、') >= 0) {
      candidates = byKind(evidence, t, kept, narrative, head);
    }
    boolean respectively = false; // the subject before 分别 is the list's, not its first part's own name
    if (candidates.size() < 2 && words.normalized.indexOf("分别") >= 0) { // the one word of RESPECTIVELY
      candidates = byRespectively(evidence, t, kept, words);
      respectively = candidates.size() >= 2;
    }
    if (candidates.size() < 2) {
      return candidates;
    }
    candidates = withTheListsItemsBetween(narrative, kept, candidates);
    candidates = withTheListsFirstItems(narrative, kept, candidates, evidence, t);
    // The parts must follow one another in a list, or each come from another responsible unit.
    List<Integer> chain = new ArrayList<>();
    chain.add(candidates.get(0));
    for (int c = 1; c < candidates.size(); c++) {
      Reading previous = kept.get(chain.get(chain.size() - 1));
      Reading next = kept.get(candidates.get(c));
      // 其中, 含 or an aside: parts of what came before — of the previous part itself when it comes between them
      // (养护工程2.6万公里（其中大中修1.1万公里、预防性养护1.5万公里）)
      boolean breakdown = BREAKDOWN.startingAt(narrative, next.textStart) > 0
          || BREAKDOWN.within(narrative, previous.mention.end, next.textStart)
          || Lexicon.asideOpenAt(narrative, previous.mention.end, next.textStart) >= 0;
      if (!breakdown && (adjacent(narrative, previous, next) || distinctUnits(narrative, previous, next, units))) {
        chain.add(candidates.get(c));
      } else if (chain.size() < 2) {
        chain.clear();
        chain.add(candidates.get(c));
      } else {
        break;
      }
    }
    if (aBreakdownOfAFigureBefore(narrative, kept, chain.get(0))) {
      return List.of(); // 1—9月完成：1637；…备注：其中国家级12名、一级186名: the parts of the figure told, not a sum to make
    }
    if (byWorkOnly && !eachNamesOtherWork(kept, chain)) {
      return List.of(); // 完成5个，完成3个: one work twice is no list of the works
    }
    if (!respectively && oneNamedAsTheTarget(Metrics.comparable(target.metric()), kept, chain)
        && !(included.length() > 0 && eachOtherNames(kept, chain, included, Metrics.comparable(target.metric())))) {
      return List.of(); // 新增恢复灌溉面积6800亩，改善灌溉面积1.3万亩: the first is the target's own figure, the next another
    }
    if (!oneClassifier(evidence.measures, chain)) {
      return List.of(); // 改造老旧小区16个，涉及2640户: 个 compares with a target of 户, but counts other things beside it
    }
    if (oppositeFlows(narrative, kept, chain)) {
      return List.of(); // 轮换出库3.9万吨、入库3.1万吨: what goes out and what comes in are no parts of one figure
    }
    if (foreseenBesideDone(kept, chain)) {
      return List.of(); // 1-12月完成电网投资15亿元，预计全年完成15.1亿元: the year's figure so far, then foreseen: one thing twice
    }
    int stages = 0;
    boolean targetsAFirstStep = Metrics.targetsAFirstStep(targetWords);
    for (int i : chain) {
      Reading r = kept.get(i);
      String said = r.text(words.normalized);
      if (!targetsAFirstStep && Metrics.namesAFirstStep(said)) {
        return List.of(); // 3块已完工，另2块已完成招标: things past a first step are no part of the work done
      }
      if (STILL_RUNNING.within(said) || theRestStillRunning(words.normalized, r, said)) {
        return List.of(); // 已挂牌工坊1个，木雕、竹编2个工坊正在装修: things still being made are no part of those made
      }
      int stage = Metrics.stage(r.metric);
      // 30个小区全部开工: the stage said after the number, outside the subject, as the matcher reads it
      stages |= stage != 0 ? stage : Metrics.stage(said);
    }
    if (stages == Metrics.STARTED_AND_DONE) {
      return List.of(); // 已开工95个，完工40个: the done are among the started, not beside them
    }
    if (!PUT_TO_USE.within(targetWords) && putToUseBesideOther(words.normalized, kept, chain)) {
      return List.of(); // 新建标准厂房28.5万平方米，已交付使用21万平方米: the things in use are among those built
    }
    int moneyStages = 0;
    for (int i : chain) {
      Reading r = kept.get(i);
      if (r.quantity().unit().dimension() == Unit.Dimension.CURRENCY) {
        moneyStages |= MONEY_STAGES.flagsWithin(r.metric, 0, r.metric.length());
      }
    }
    if (moneyStages == (MONEY_SET_ASIDE | MONEY_PAID_OUT)) {
      return List.of(); // 安排资金1.5亿元，兑现1.28亿元: the money paid out is of the money set aside, not beside it
    }
    for (int i : chain) {
      if (kept.get(i).metric.contains(SIZE_CLASS)) {
        return List.of(); // 亿元及以上项目107个，10亿元以上项目25个: classes by size nest, they do not add up
      }
    }
    if (grades != 0) {
      for (int i : chain) {
        if (Metrics.anotherGrade(kept.get(i).metric, grades)) {
          return List.of(); // 新增省级龙头企业10家 ‖ 省级8家、市级15家: a grade the target does not name is no part
        }
      }
    }
    int asOf = 0;
    int[] starts = new int[chain.size()];
    int[] ends = new int[chain.size()];
    int[] figures = new int[chain.size()];
    for (int c = 0; c < chain.size(); c++) {
      Reading r = kept.get(chain.get(c));
      int month = Deadlines.asOfMonth(words, r.mention.start);
      if (month != 0 && asOf != 0 && month != asOf) {
        return List.of(); // 1-11月完成72公里，12月底完成80公里: one total at two dates
      }
      asOf = Math.max(asOf, month);
      starts[c] = r.textStart;
      ends[c] = r.textEnd;
      figures[c] = r.mention.start;
    }
    int[] periods = Deadlines.onePeriod(words, starts, ends);
    int[] totals = null;
    for (int c = 0; c < periods.length; c++) {
      if (periods[c] == Deadlines.NOT_ONE_PERIOD) {
        continue;
      }
      totals = totals != null ? totals : Deadlines.asOfMonths(words, figures, true);
      for (int d = 0; d < periods.length; d++) {
        if (d != c && periods[d] == Deadlines.NOT_ONE_PERIOD && totals[d] != 0
            && (periods[c] == Deadlines.UNKNOWN_MONTH || periods[c] <= totals[d])) {
          return List.of(); // 7-12月新建18座，全年新建39座: the later period's work is inside the total
        }
      }
    }
    for (int i : chain) {
      Reading r = kept.get(i);
      String own = narrative.substring(r.textStart, r.mention.prefixStart);
      if (namesTotal(own) && !opensAListOfParts(narrative, own, r, i == chain.get(0))
          || afterTotal(evidence, t, narrative, i, kept, chain)) {
        return List.of();
      }
    }
    return chain;
  }

  /**
   * The grades ({@link Metrics#gradesOf} flags) said once before a list of the task's targets joined by 、 and
   * meant for all its items (新认定省级智能工厂10家、数字化车间40个), for a target that names none; 0 if none.
   */
  private static int gradeOfItsList(String taskText, Target target) {
    Optional<io.github.workreport.Span> span = target.span();
    if (span.isEmpty() || span.get().start() > taskText.length()) {
      return 0;
    }
    int start = span.get().start();
    int k = start;
    while (k > 0 && taskText.charAt(k - 1) != '、' && !Lexicon.isClauseEnd(taskText.charAt(k - 1))) {
      k--;
    }
    if (k == 0 || taskText.charAt(k - 1) != '、') {
      return 0; // the target opens its clause: no list before it
    }
    int clause = Reading.clauseStart(taskText, k - 1);
    return Metrics.gradesOf(taskText.substring(clause, k - 1));
  }

  /**
   * Whether target {@code t} is one item of a list the task sets for one thing (分别新增养老床位120张、150张):
   * another target names the same thing, of the same kind, in a unit it compares with.
   */
  private static boolean anItemOfAList(List<Target> targets, int t) {
    Target target = targets.get(t);
    for (int o = 0; o < targets.size(); o++) {
      Target other = targets.get(o);
      if (o != t && other.metric().equals(target.metric()) && other.kind() == target.kind()
          && other.unit().isCommensurableWith(target.unit())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the counts among the parts all count in one classifier: 个 may stand for any thing against a
   * target, but two parts in 个 and 户 count two kinds of thing, which add up to nothing.
   */
  private static boolean oneClassifier(List<Measure> measures, List<Integer> chain) {
    String classifier = null;
    for (int i : chain) {
      Unit unit = measures.get(i).unit();
      if (unit.dimension() != Unit.Dimension.COUNT) {
        continue;
      }
      if (classifier == null) {
        classifier = unit.classifier();
      } else if (!classifier.equals(unit.classifier())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The task's figure told by the items its target lists (化解中央、省、市交办信访积案80件 ‖ 化解中央交办信访积案23件、省交办
   * 31件、市交办34件): figures in the target's unit, one for every item of the list, each naming another item.
   */
  private static List<Integer> byTheTargetsList(Evidence evidence, int t, List<Reading> kept) {
    Target target = evidence.targets.get(t);
    if (!target.kind().isCumulative()) {
      return List.of();
    }
    String[] items = target.metric().split("[、和]");
    if (items.length < 2 || target.text().indexOf('等') >= 0) {
      return List.of(); // 新发展核桃、花椒等特色经济林: a list of examples, not of all the parts
    }
    boolean[] taken = new boolean[items.length];
    List<Integer> parts = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      Reading r = kept.get(i);
      if (r.role != Role.ACHIEVED || !r.kind.isCumulative() || r.metric.isEmpty()
          || !target.unit().isCommensurableWith(evidence.measures.get(i).unit())) {
        continue;
      }
      for (int j = 0; j < items.length; j++) {
        if (!taken[j] && !items[j].isEmpty() && opensWithTheItem(r.metric, items[j], j == 0)) {
          taken[j] = true;
          parts.add(i);
          break;
        }
      }
    }
    return parts.size() == items.length ? parts : List.of(); // every item told, or the figures are not its whole
  }

  /**
   * What a target says it includes in a note after its thing (新修防火应急道路（含林区巡护步道）60公里: 林区巡护步道), or "".
   */
  private static String includedInTheTarget(String text) {
    int open = text.indexOf("（含");
    open = open >= 0 ? open : text.indexOf("(含");
    if (open < 0) {
      return "";
    }
    int from = open + 2;
    int k = from;
    while (k < text.length() && k - from <= MAX_INCLUDED && Lexicon.isHan(text.charAt(k))) {
      k++;
    }
    boolean closed = k < text.length() && (text.charAt(k) == '）' || text.charAt(k) == ')');
    return closed && k - from >= 2 && k - from <= MAX_INCLUDED ? text.substring(from, k) : "";
  }

  private static final int MAX_INCLUDED = 12;

  /**
   * The candidates, with the achieved figures naming what the target includes (林区巡护步道23公里) in its unit added in
   * the narrative's order, beside the figure of its own thing.
   */
  private static List<Integer> withWhatTheTargetIncludes(Evidence evidence, int t, List<Reading> kept,
      List<Integer> candidates, String included) {
    Target target = evidence.targets.get(t);
    boolean[] already = new boolean[kept.size()];
    for (int c : candidates) {
      already[c] = true;
    }
    List<Integer> out = null;
    for (int i = 0; i < kept.size(); i++) {
      Reading r = kept.get(i);
      if (r.role == Role.ACHIEVED && r.kind.isCumulative() && !already[i] && r.metric.contains(included)
          && target.unit().isCommensurableWith(evidence.measures.get(i).unit())) {
        out = out == null ? new ArrayList<>(candidates) : out;
        out.add(i);
      }
    }
    if (out == null) {
      return candidates;
    }
    out.sort(null);
    return out;
  }

  /** Whether every part of the chain but one named as the target names what the target includes. */
  private static boolean eachOtherNames(List<Reading> kept, List<Integer> chain, String included, String targetName) {
    for (int i : chain) {
      String name = Metrics.comparable(kept.get(i).metric);
      if (!name.contains(included) && !name.endsWith(targetName)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a part's words name an item of the target's list: the first by its last two characters, after the words
   * of the task before it (化解中央 ‖ 化解中央交办…, 设立消费帮扶专馆 ‖ 新增专馆), a later one by its first.
   */
  private static boolean opensWithTheItem(String metric, String item, boolean first) {
    if (first) {
      return item.length() >= 2 && metric.contains(item.substring(item.length() - 2));
    }
    int same = 0;
    while (same < metric.length() && same < item.length() && metric.charAt(same) == item.charAt(same)) {
      same++;
    }
    return same >= Math.min(2, item.length());
  }

  /**
   * The task's own figure told by kinds of its thing in one list (发展特色种植5000亩 ‖ 新发展茶叶2200亩、中药材
   * 1500亩、油茶800亩; 新建科技创新平台8个 ‖ 重点实验室3个、工程技术研究中心4个、新型研发机构1个): the
   * figures in the target's unit, every one of them in the narrative, joined by 、 alone, none naming the
   * target's thing or its head — a figure that did would be the target's own, and the rest other things.
   */
  private static List<Integer> byKind(Evidence evidence, int t, List<Reading> kept, String narrative, String head) {
    Target target = evidence.targets.get(t);
    if (!target.kind().isCumulative()) {
      return List.of();
    }
    String name = Metrics.comparable(target.metric());
    String thing = name.substring(Math.max(0, name.length() - 4)); // where the target's name says its thing
    List<Integer> kinds = null;
    for (int i = 0; i < kept.size(); i++) {
      Reading r = kept.get(i);
      if (!target.unit().isCommensurableWith(evidence.measures.get(i).unit())) {
        continue;
      }
      if (r.role != Role.ACHIEVED || !r.kind.isCumulative() || evidence.score(t, i) != 0 || r.metric.length() < 2
          || Metrics.comparable(r.metric).contains(head) || Metrics.onlyWork(r.metric) || namesAThingOf(thing, evidence, i)) {
        return List.of(); // 完成人工造林1.2万亩、森林抚育0.9万亩 for 造林绿化: the first is the target's own
      }
      if (kinds != null) {
        Reading previous = kept.get(kinds.get(kinds.size() - 1));
        if (!joinedByAListMark(narrative, previous, r)) {
          return List.of();
        }
      }
      kinds = kinds == null ? new ArrayList<>() : kinds;
      kinds.add(i);
    }
    return kinds == null ? List.of() : kinds;
  }

  /**
   * The task's one figure of its unit told by parts in a 分别 list (选派挂职干部不少于15人 ‖ 选派挂职干部分别为县处级3人、
   * 科级12人): a list whose subject is the target's and none of whose figures names another target (as one
   * pairing with the targets in order would) is the target's parts.
   */
  private static List<Integer> byRespectively(Evidence evidence, int t, List<Reading> kept, Tokens words) {
    Target target = evidence.targets.get(t);
    if (!target.kind().isCumulative()) {
      return List.of();
    }
    for (int i = 0; i + 1 < kept.size(); i++) {
      Reading first = kept.get(i);
      boolean opensAList = words.within(Math.max(first.sentenceStart, first.phrase.preFrom), first.mention.prefixStart,
          Vocabulary.RESPECTIVELY);
      if (!opensAList || i > 0 && joinedByAListMark(words.text, kept.get(i - 1), first)) {
        continue;
      }
      // 选派挂职干部分别为县处级3人、…: the subject before 分别 is the target's; 甲段、乙段拓宽改造，分别为…: the list of
      // things shares the target's words, and none of them is the target's thing itself (专利申请总量、发明专利申请量);
      // 风电、光伏装机分别为…: kinds of the target's thing (新能源装机容量) share one of its words
      boolean ofTheTarget = first.listSubject == null ? evidence.score(t, i) > 0
          : Metrics.sharesAThing(evidence.targetWords(t), new Metrics.Words(first.listSubject));
      if (!ofTheTarget) {
        return List.of();
      }
      List<Integer> list = new ArrayList<>();
      for (int k = i; k < kept.size() && (k == i || joinedByAListMark(words.text, kept.get(k - 1), kept.get(k))); k++) {
        boolean namesTheThing = (k > i || first.listSubject != null) && evidence.score(t, k) >= THING;
        if (namesTheThing || namesAnotherTarget(evidence, t, k)) {
          return List.of(); // 分别 pairs its figures with the targets in order
        }
        Reading r = kept.get(k);
        if (r.role != Role.ACHIEVED || !r.kind.isCumulative()
            || !target.unit().isCommensurableWith(evidence.measures.get(k).unit())) {
          return List.of();
        }
        UnverifiedReason rejected = evidence.rejection(t, k);
        if (rejected != null && rejected != UnverifiedReason.OTHER_METRIC) {
          return List.of(); // a stock, or work only started, is no part; a part's own name (科级) is another's only alone
        }
        list.add(k);
      }
      return list.size() >= 2 ? list : List.of();
    }
    return List.of();
  }

  /** Whether measure {@code m} shares words with a target other than {@code t}, in its unit. */
  private static boolean namesAnotherTarget(Evidence evidence, int t, int m) {
    for (int o = 0; o < evidence.targets.size(); o++) {
      if (o != t && evidence.targets.get(o).unit().isCommensurableWith(evidence.measures.get(m).unit())
          && evidence.score(o, m) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether measure {@code m} names a thing of {@code end}, the end of a target's name, where its thing
   * is (造林 of 完成造林绿化): not the words before, of a verb or a grade (发展 of 发展特色种植, 省级 of
   * 省级以上科技创新平台), which a list's first item may carry for all.
   */
  private static boolean namesAThingOf(String end, Evidence evidence, int m) {
    for (int bigram : evidence.measureWords(m).things) {
      for (int k = 0; k + 1 < end.length(); k++) {
        if ((end.charAt(k) << 16 | end.charAt(k + 1)) == bigram) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether nothing but one of 、和及与 (and spaces) stands between two readings: items of one list
   * (分别为112万千瓦和205万千瓦).
   */
  private static boolean joinedByAListMark(String narrative, Reading a, Reading b) {
    int from = a.phrase.postTo;
    int to = b.phrase.preStart;
    boolean mark = false;
    for (int k = from; k < to && from <= to; k++) {
      char c = narrative.charAt(k);
      if (c == '、' || !mark && Lexicon.joinsItems(c)) {
        mark = true;
      } else if (!Lexicon.isSpace(c)) {
        return false;
      }
    }
    return mark;
  }

  /**
   * The task's own figure for two things it names joined by 和 (招聘特岗教师和公费师范生300名 ‖ 招聘特岗教师186名、
   * 接收公费师范毕业生92名): one figure in the target's unit for each thing, in its order, naming that
   * thing and not the other.
   */
  private static List<Integer> byNamedThing(Evidence evidence, int t, List<Reading> kept) {
    Target target = evidence.targets.get(t);
    if (!target.kind().isCumulative()) {
      return List.of();
    }
    List<String> things = Metrics.joinedThings(target.metric());
    if (things.size() == 1) {
      String other = otherNameInAside(target);
      things = other == null ? things : List.of(target.metric(), other);
    }
    if (things.size() != 2) {
      return List.of();
    }
    int[] found = {-1, -1};
    int grades = Metrics.gradesOf(target.metric() + target.text());
    for (int i = 0; i < kept.size(); i++) {
      Reading r = kept.get(i);
      if (r.role != Role.ACHIEVED || r.metric.isEmpty() || r.kind.isChange() != target.kind().isChange()
          || !target.unit().isCommensurableWith(evidence.measures.get(i).unit())
          || Metrics.anotherGrade(r.metric, grades)) {
        continue; // 省级以上孵化器和众创空间 ‖ …，另备案市级众创空间8家: a grade the target does not count is another thing
      }
      String thing = Metrics.withoutWork(r.metric);
      int first = sharedInOrder(Metrics.withoutWork(things.get(0)), thing);
      int second = sharedInOrder(Metrics.withoutWork(things.get(1)), thing);
      int k = Math.max(first, second) < 2 || first == second ? -1 : first > second ? 0 : 1;
      if (k < 0) {
        continue;
      }
      if (found[k] >= 0) {
        return List.of(); // a thing named twice: which figure is its own, the narrative does not say
      }
      found[k] = i;
    }
    return found[0] >= 0 && found[1] > found[0] ? List.of(found[0], found[1]) : List.of();
  }

  /**
   * A second thing a target names in an aside right after its name, counted with it (新建社区老年食堂（助餐点）12个,
   * 新建乡镇公益性公墓（骨灰堂）3处): words only, or null.
   */
  private static String otherNameInAside(Target target) {
    String text = target.text();
    String name = target.metric();
    int open = text.indexOf(name.length() >= 2 ? name.substring(name.length() - 2) : name);
    if (open < 0 || name.length() < 2) {
      return null;
    }
    open += 2;
    if (open >= text.length() || text.charAt(open) != '（' && text.charAt(open) != '(') {
      return null;
    }
    int close = open + 1;
    while (close < text.length() && Lexicon.isHan(text.charAt(close))) {
      close++;
    }
    int length = close - open - 1;
    return close < text.length() && (text.charAt(close) == '）' || text.charAt(close) == ')') && length >= 2 && length <= 8
        ? text.substring(open + 1, close) : null;
  }

  /**
   * The most characters two names share in order, not all running (公费师范生 and 公费师范毕业生: 5; 旅游专线 and
   * 旅游公交专线: 4, where 定制公交 shares 2): a thing named with a word put in the middle is still that thing.
   */
  private static int sharedInOrder(String a, String b) {
    int[] row = new int[b.length() + 1]; // row[j]: the most shared by a's first i characters and b's first j
    for (int i = 0; i < a.length(); i++) {
      int diagonal = 0;
      for (int j = 0; j < b.length(); j++) {
        int above = row[j + 1];
        row[j + 1] = a.charAt(i) == b.charAt(j) ? diagonal + 1 : Math.max(above, row[j]);
        diagonal = above;
      }
    }
    return row[b.length()];
  }

  /**
   * The task's own figures told by township (城关镇完成5个，新城街道完成4个): readings naming only a place
   * ({@link Metrics#onlyPlace}), each another, that fit the target — when the narrative gives no figure
   * of the target's unit naming no subject or the target's thing, which would be the total they break
   * down (完成12个，其中城关镇5个; 新建公厕22座。城关镇新建8座，河口镇新建6座).
   */
  private static List<Integer> byPlace(Evidence evidence, int t, List<Reading> kept) {
    List<Integer> places = null; // most narratives name no township: nothing made for them
    Set<String> named = null;
    Unit unit = evidence.targets.get(t).unit();
    for (int i = 0; i < kept.size(); i++) {
      Reading r = kept.get(i);
      if (r.role != Role.ACHIEVED || evidence.score(t, i) < 0 || !unit.isCommensurableWith(evidence.measures.get(i).unit())) {
        continue;
      }
      String place = r.metric;
      boolean namesTheThing = evidence.score(t, i) >= THING;
      if (namesTheThing && places == null) {
        // 江东区收运处置餐厨垃圾3.2万吨，江北区2.9万吨…: the first part names its place and then the target's thing
        int opening = placeOpening(r.metric);
        if (opening == 0 || evidence.targets.get(t).metric().contains(r.metric.substring(0, opening))) {
          return List.of(); // 新建城区公厕3座 ‖ 城区建成1座、乡镇建成1座: the target is of that one part
        }
        place = r.metric.substring(0, opening);
        namesTheThing = false;
      }
      if (r.metric.isEmpty() || Metrics.onlyWork(r.metric) || namesTheThing) {
        return List.of(); // 完成12个，其中城关镇5个; 新建公厕22座。城关镇新建8座…: the total is there
      }
      if (Metrics.onlyPlace(place) || Metrics.onlyAPartOfThePlace(place) || aDistrict(place)) {
        if (named == null) {
          named = new HashSet<>();
          places = new ArrayList<>();
        }
        if (named.add(Metrics.withoutWork(place))) {
          places.add(i);
        }
      }
    }
    return places == null ? List.of() : places;
  }

  /** The length of the township or part of the place a metric opens with before more words (江东区收运…), or 0. */
  private static int placeOpening(String metric) {
    int part = Metrics.placeAtStart(metric);
    for (int len = 2; len <= Math.min(MAX_PLACE_NAME, metric.length() - 2); len++) {
      if (len != part && PLACE_LAST_CHARACTERS.indexOf(metric.charAt(len - 1)) < 0) {
        continue; // most words end no place: no copy of them
      }
      String opening = metric.substring(0, len);
      if (Metrics.work(opening) == 0 && (Metrics.onlyPlace(opening) || part == len
          || len == DISTRICT_NAME && aDistrict(opening))) {
        return len; // 江东区, 城关镇, 县城; not 建成数字乡 (of 数字乡村), nor 工业园区
      }
    }
    return 0;
  }

  /** Whether the words name one of the districts or counties a city is made of (江北区, 清河县), not the whole (全市). */
  private static boolean aDistrict(String words) {
    return words.length() >= 3 && words.length() <= MAX_DISTRICT_NAME && Metrics.namesAPlaceAlone(words)
        && !Metrics.WHOLE_PLACE.within(words) && !words.endsWith("平均") && Metrics.work(words) == 0;
  }

  /** The last characters of the names of townships, districts and counties: 城关镇, 新城街道, 江北区, 清河县. */
  private static final String PLACE_LAST_CHARACTERS = "镇乡道办处区县市";

  /** The longest name of a district or a county: 江北区, 鄂温克旗 aside, a name and its ending in four characters. */
  private static final int MAX_DISTRICT_NAME = 4;

  /** The length of a district's name opening a metric before its thing: 江东区, two characters and the ending. */
  private static final int DISTRICT_NAME = 3;

  /** The longest name of a township or a part of a place opening a metric: 高新技术产业开发区 is nine. */
  private static final int MAX_PLACE_NAME = 9;

  /** Whether every activity named in the part is one the target names (扩建 is in 改扩建). */
  private static boolean activitiesWithin(String partMetric, String targetWords) {
    for (String a : ACTIVITIES) {
      if (partMetric.contains(a) && !targetWords.contains(a) && !joinedToOneWithin(a, partMetric, targetWords)) {
        return false;
      }
    }
    return true;
  }

  /** Whether activity {@code a} is joined in {@code partMetric} to one the target names (改造提升 for 新建改造). */
  private static boolean joinedToOneWithin(String a, String partMetric, String targetWords) {
    for (String b : ACTIVITIES) {
      if (targetWords.contains(b) && (partMetric.contains(b + a) || partMetric.contains(a + b))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the measure is a count in a fraction of its classifier, with no scale (千人口托位数达到3.88个,
   * 每千人口执业医师3.35人): a ratio of counts, never a part of one.
   */
  private static boolean aRatioOfCounts(Measure measure) {
    Unit unit = measure.unit();
    BigDecimal value = measure.value();
    return value.scale() > 0 && unit.dimension() == Unit.Dimension.COUNT && unit.symbol().equals(unit.classifier())
        && value.stripTrailingZeros().scale() > 0;
  }

  /**
   * Whether an estimate and a figure that is no estimate name one thing in the parts (完成电网投资15亿元 ‖
   * 预计全年完成15.1亿元, whose subject is the one before it): the figure so far and the year's foreseen, not two parts.
   * Parts of other things, one done and one foreseen (夏粮已收获56.8万吨，秋粮预计88万吨), may still add up.
   */
  private static boolean foreseenBesideDone(List<Reading> kept, List<Integer> chain) {
    for (int i : chain) {
      for (int j : chain) {
        if (kept.get(i).estimated && !kept.get(j).estimated
            && Metrics.comparable(kept.get(i).metric).equals(Metrics.comparable(kept.get(j).metric))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a part's words name nothing but work, once a qualifier the target names too is taken off one end: 新建改造城区
   * 公厕20座 ‖ 城区新建8座、改造11座, where 城区 is the target's own place (农村改造5座 names a place the target does not).
   * The qualifier names neither the target's thing nor work, and what is left names work the target names.
   */
  private static boolean workOnTheTargetsOwn(String metric, Target target) {
    if (Metrics.onlyWork(metric)) {
      return true;
    }
    String targetMetric = target.metric();
    String head = null;
    // the cut lies where a work the target names starts or ends: one or two places, not every character
    for (String a : ACTIVITIES) {
      int at = metric.indexOf(a);
      if (at < 0 || !targetMetric.contains(a)) {
        continue;
      }
      head = head != null ? head : Metrics.head(Metrics.comparable(targetMetric));
      for (int side = 0; side < 2; side++) {
        int cut = side == 0 ? at : at + a.length();
        if (cut < 2 || cut + 2 > metric.length()) {
          continue;
        }
        String front = metric.substring(0, cut);
        String back = metric.substring(cut);
        if (qualifierOf(front, targetMetric, head) && Metrics.onlyWork(back)
            || qualifierOf(back, targetMetric, head) && Metrics.onlyWork(front)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean qualifierOf(String words, String targetMetric, String head) {
    return targetMetric.contains(words) && (head.isEmpty() || !words.contains(head)) && !namesWorkOf(words, words);
  }

  /** Whether {@code words} name one of the activities {@code of} names. */
  private static boolean namesWorkOf(String words, String of) {
    for (String a : ACTIVITIES) {
      if (words.contains(a) && of.contains(a)) {
        return true;
      }
    }
    return false;
  }

  /** Whether no two of the parts name the same work, or the same thing by it. */
  private static boolean eachNamesOtherWork(List<Reading> kept, List<Integer> chain) {
    Set<String> named = new HashSet<>();
    for (int i : chain) {
      if (!named.add(kept.get(i).metric)) {
        return false;
      }
    }
    return true;
  }

  private static int bestTarget(Evidence evidence, int m) {
    int best = -1;
    int bestScore = 0;
    for (int t = 0; t < evidence.targets.size(); t++) {
      int s = evidence.score(t, m);
      if (s >= THING && s > bestScore) {
        bestScore = s;
        best = t;
      }
    }
    return best;
  }

  /**
   * {@code candidates} with the items of a list of 、 between two of them added (新建连栋大棚120亩、日光温室95亩、钢架大棚
   * 110亩 for 新建设施蔬菜大棚300亩): an item that names its thing otherwise, in the same unit, is a part of the same list.
   */
  private static List<Integer> withTheListsItemsBetween(String narrative, List<Reading> kept,
      List<Integer> candidates) {
    List<Integer> out = null;
    for (int c = 1; c < candidates.size(); c++) {
      int a = candidates.get(c - 1);
      int b = candidates.get(c);
      if (b == a + 1 || !oneListOfItems(narrative, kept, a, b)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(candidates.subList(0, c));
      }
      for (int k = a + 1; k < b; k++) {
        out.add(k);
      }
      out.add(b);
    }
    if (out == null) {
      return candidates;
    }
    for (int c = out.size(); c < candidates.size(); c++) {
      if (!out.contains(candidates.get(c))) {
        out.add(candidates.get(c));
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * {@code candidates} with the items of their list before the first added (全年新增绿色食品27个、有机农产品9个、农产品地理
   * 标志2个 for 新增“两品一标”认证产品40个): the first item opens with the list's verb, so its own words share less
   * with the target's than the rest do, yet it is a part of the same list. Each item added may answer the target.
   */
  private static List<Integer> withTheListsFirstItems(String narrative, List<Reading> kept, List<Integer> candidates,
      Evidence evidence, int t) {
    int first = candidates.get(0);
    int from = first;
    // not an item another target names better (全年肉类产量8.3万吨、禽蛋产量2.6万吨 beside 其中肉类产量8万吨)
    while (from > 0 && oneListOfItems(narrative, kept, from - 1, from) && evidence.score(t, from - 1) >= 0
        && (bestTarget(evidence, from - 1) < 0 || bestTarget(evidence, from - 1) == t)) {
      from--;
    }
    if (from == first) {
      return candidates;
    }
    List<Integer> out = new ArrayList<>(candidates.size() + first - from);
    for (int k = from; k < first; k++) {
      out.add(k);
    }
    out.addAll(candidates);
    return out;
  }

  /** Whether readings {@code a} to {@code b} are items of one list, each after the other's 、, of one unit. */
  private static boolean oneListOfItems(String narrative, List<Reading> kept, int a, int b) {
    Quantity first = kept.get(a).quantity();
    for (int k = a + 1; k <= b; k++) {
      Reading r = kept.get(k);
      Quantity q = r.quantity();
      if (r.role != Role.ACHIEVED || q == null || first == null || !q.unit().equals(first.unit())
          || r.kind != kept.get(a).kind) {
        return false;
      }
      int from = kept.get(k - 1).mention.end;
      int to = r.textStart;
      if (from >= to || narrative.charAt(Grammar.skipSpaces(narrative, from)) != '、'
          || !Lexicon.onlySpaces(narrative, Grammar.skipSpaces(narrative, from) + 1, to)) {
        return false;
      }
    }
    return true;
  }

  /** Nothing but list separators and parenthesised asides between the two parts' words. */
  private static boolean adjacent(String narrative, Reading a, Reading b) {
    int from = a.phrase.postTo;
    int to = b.phrase.preStart;
    if (from > to) {
      return false;
    }
    int depth = 0;
    for (int k = from; k < to; k++) {
      char c = narrative.charAt(k);
      if (c == '（' || c == '(') {
        depth++;
      } else if (c == '）' || c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && !(Lexicon.isSpace(c) || Lexicon.joinsItems(c) || c == '，' || c == ',' || c == '；'
          || c == ';')) {
        return false;
      }
    }
    return true;
  }

  /** Whether the two parts' sentences open with different responsible units of the task. */
  private static boolean distinctUnits(String narrative, Reading a, Reading b, List<String> units) {
    String ua = leadingUnit(narrative, a.sentenceStart, units);
    String ub = leadingUnit(narrative, b.sentenceStart, units);
    return ua != null && ub != null && !ua.equals(ub);
  }

  private static String leadingUnit(String narrative, int sentenceStart, List<String> units) {
    int k = sentenceStart;
    while (k < narrative.length() && Lexicon.isSpace(narrative.charAt(k))) {
      k++;
    }
    for (String u : units) {
      if (!u.isEmpty() && narrative.startsWith(u, k)) {
        return u;
      }
    }
    return null;
  }

  /**
   * Whether the 共 or 累计 that opens the first part's words governs the list of parts it heads (共争取中央预算内投资
   * 2.36亿元、新增专项债券资金9.8亿元; 累计争取到位中央预算内投资12.3亿元、专项债券资金71.6亿元): the list joined by 、
   * is the total's, not its first item alone.
   */
  private static boolean opensAListOfParts(String narrative, String own, Reading first, boolean isFirst) {
    String s = own.strip();
    s = s.substring(SO_FAR.startingAt(s, 0)); // 目前累计接入燃气管网监测点位1240个、桥梁监测点位386个
    s = s.substring(Metrics.WHOLE_PLACE.startingAt(s, 0)); // 全县共选聘普查指导员126名、普查员451名
    if (!isFirst || !(s.startsWith("共") || s.startsWith("累计")) || s.startsWith("共计") || s.startsWith("共有")) {
      return false;
    }
    int k = Grammar.skipSpaces(narrative, first.mention.end);
    return k < narrative.length() && narrative.charAt(k) == '、';
  }

  /**
   * Whether the part opens with the rest of the things (其余3个县（市）分中心场地已落实，正在进行设备安装调试) and its sentence
   * goes on to say work on them still running: the rest are not done.
   */
  private static boolean theRestStillRunning(String text, Reading r, String said) {
    if (THE_REST.startingAt(said, 0) == 0) {
      return false;
    }
    int end = Math.min(text.length(), r.textEnd + Reading.REACH);
    for (int k = r.textEnd; k < end; k++) {
      if (Lexicon.isSentenceEnd(text.charAt(k))) {
        end = k;
        break;
      }
    }
    return STILL_RUNNING.within(text, r.textEnd, end);
  }

  /** Words naming the rest of the things: 其余, 剩余. */
  private static final WordSet THE_REST = WordSet.of("其余", "剩余", "其他");

  /** Words of work still running (正在, 推进中). */
  private static final WordSet STILL_RUNNING = WordSet.of(Vocabulary.wordsWith(Vocabulary.CUE_ONGOING));

  /** Words of things built being put to use: 交付使用, 投入运营. */
  private static final WordSet PUT_TO_USE = WordSet.of("交付", "投用", "投入使用", "投入运营", "启用");

  /** Whether some of the parts say their things were put to use and others do not: a later step of the same things. */
  private static boolean putToUseBesideOther(String text, List<Reading> kept, List<Integer> chain) {
    boolean inUse = false;
    boolean other = false;
    for (int i : chain) {
      Reading r = kept.get(i);
      boolean said = PUT_TO_USE.within(text, r.textStart, r.textEnd);
      inUse |= said;
      other |= !said;
    }
    return inUse && other;
  }

  /** Words of the moment the figures after them are as of: 目前, 截至目前. */
  private static final WordSet SO_FAR = WordSet.of("目前", "截至目前", "截止目前", "当前", "现已");

  /**
   * Whether a part's own words say it is a total: they open with a total or a whole place (共, 全区),
   * or name an accumulation anywhere (全年累计新建38座, 1-11月累计新增7900人: after its date).
   */
  private static boolean namesTotal(String own) {
    String s = own.strip();
    return TOTALS.startingAt(s, 0) > 0 || ACCUMULATED.within(s);
  }

  /**
   * Whether the parts are the breakdown (其中 …, or in an aside) of a total stated just before that also fits the
   * target: then the total is the evidence, not their sum.
   */
  private static boolean afterTotal(Evidence evidence, int t, String narrative, int partIndex,
      List<Reading> kept, List<Integer> chain) {
    Reading part = kept.get(partIndex);
    int i = BREAKDOWN.lastIndexWithin(narrative, Math.max(0, part.sentenceStart - 200), part.mention.prefixStart);
    // 建成胸痛中心5家（国家级2家、省级3家）: the parts in an aside of the total
    int open = Lexicon.asideOpenAt(narrative, Math.max(part.sentenceStart, i + 1), part.mention.prefixStart);
    boolean aside = open >= 0;
    i = aside ? open : i;
    if (i < 0) {
      return false;
    }
    Unit unit = evidence.measures.get(partIndex).unit();
    for (int k = 0; k < kept.size(); k++) {
      if (chain.contains(k) || kept.get(k).mention.end > i
          || aside && !evidence.measures.get(k).unit().isCommensurableWith(unit)) {
        continue; // 举办赛事活动78项次（国家级3项、省级5项）: parts counted otherwise than the figure are no breakdown of it
      }
      if (evidence.score(t, k) >= THING) {
        return true;
      }
    }
    return false;
  }

  private static Measure sum(Target target, List<Integer> parts, List<Reading> kept, List<Measure> plain, String narrative) {
    Measure first = plain.get(parts.get(0));
    BigDecimal total = BigDecimal.ZERO;
    StringBuilder text = new StringBuilder();
    boolean estimated = false;
    boolean approximate = false;
    Approximation side = null;
    boolean sided = true;
    for (int i : parts) {
      Measure m = plain.get(i);
      try {
        total = total.add(m.unit().convert(m.value(), first.unit()));
      } catch (RuntimeException incommensurable) {
        return null;
      }
      if (text.length() > 0) {
        text.append('＋');
      }
      text.append(m.text());
      estimated |= m.estimated();
      if (m.approximate()) {
        // 近30亿元＋20亿元 is nearly 50亿元; 约30亿元 or parts on opposite sides make a sum of no side
        Approximation part = m.approximation().orElse(null);
        side = part == null ? null : Approximation.ofSum(side, part);
        sided &= side != null;
      }
      approximate |= m.approximate();
    }
    Reading a = kept.get(parts.get(0));
    Reading b = kept.get(parts.get(parts.size() - 1));
    String words = text.toString();
    return Measure.builder()
        .metric(target.metric())
        .kind(target.kind())
        .quantity(Quantity.of(total, first.unit()))
        .text(words)
        .housing(Housing.counts(first.unit(), target.metric(), words))
        .estimated(estimated)
        .approximate(approximate)
        .approximation(sided ? Optional.ofNullable(side) : Optional.empty())
        .span(Span.of(a.textStart, Math.max(a.textStart, b.textEnd)))
        .build();
  }
}
