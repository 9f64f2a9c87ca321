package io.github.workreport.text;

import io.github.workreport.Deadline;
import io.github.workreport.Kind;
import io.github.workreport.Measure;
import io.github.workreport.Outcome;
import io.github.workreport.Quantity;
import io.github.workreport.Role;
import io.github.workreport.Span;
import io.github.workreport.Status;
import io.github.workreport.Target;
import io.github.workreport.Task;
import io.github.workreport.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
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
 * units. This class is immutable and thread-safe.
 */
public final class TaskExtractor {
  private static final TaskExtractor STANDARD = new TaskExtractor();
  /** Activities that distinguish one piece of work from another of the same things. */
  private static final String[] ACTIVITIES = {
      "新建", "新增", "改建", "扩建", "续建", "迁建", "提升", "优化", "改造", "维修", "整治", "修缮", "拆除"};
  private static final WordSet TOTALS = WordSet.of("共", "合计", "总计", "累计", "总",
      "全区", "全市", "全县", "全镇", "全乡", "全省", "全国"); // a whole place: its figure is the total, not a part
  private static final WordSet BREAKDOWN = WordSet.of("其中");
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
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(sectionStatus, "sectionStatus");
    Objects.requireNonNull(year, "year");
    String text = task.text();
    List<Target> targets = task.targets();
    Optional<Deadline> deadline = task.deadline();
    if (targets.isEmpty() || deadline.isEmpty()) {
      List<Mention> mentions = NumberScanner.scan(text);
      if (targets.isEmpty() && anyValue(mentions)) {
        targets = TargetParser.targets(Lexer.lex(text, mentions), task.responsibleUnits());
      }
      if (deadline.isEmpty()) {
        deadline = Deadlines.find(text, mentions, year);
      }
    }
    Outcome outcome = task.outcome();
    String narrative = outcome.narrative();
    List<Measure> measures = outcome.measures();
    Evidence[] evidence = new Evidence[1];
    Tokens words = null;
    if (measures.isEmpty() && !narrative.isEmpty()) {
      words = Lexer.lex(narrative);
      List<Reading> readings = Grammar.measures(words, year, task.responsibleUnits());
      measures = measures(task.text(), narrative, readings, targets, task.responsibleUnits(), evidence);
    }
    Status declared = outcome.declaredStatus();
    Status cue = outcome.cue();
    if (!declared.isDetermined() || !cue.isDetermined()) {
      if (words == null) {
        words = Lexer.lex(narrative);
      }
      Optional<Status> claim = StatusCues.claim(words);
      declared = declared.isDetermined() ? declared : StatusCues.declared(sectionStatus, claim);
      cue = cue.isDetermined() ? cue : StatusCues.textual(words, claim);
    }
    // Copies that share what did not change: a builder would copy every list of the task again.
    outcome = outcome.withMeasures(measures).withDeclaredStatus(declared).withCue(cue);
    Task out = task.withTargets(targets).withOutcome(outcome);
    if (deadline.isPresent() && task.deadline().isEmpty()) {
      out = out.withDeadline(deadline);
    }
    if (out.matches().size() != out.targets().size()) {
      out = out.withMatches(AssignmentMatcher.standard().match(out, evidence[0]));
    }
    return out;
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
      task = task.withOutcome(outcome.withCue(StatusCues.textual(outcome.narrative())));
    }
    if (task.targets().isEmpty() || task.assessment().isPresent() || task.matches().size() == task.targets().size()) {
      return task;
    }
    return task.withMatches(AssignmentMatcher.standard().match(task));
  }

  /** The measures of the readings, with a sum after the last part of each target reported in parts. */
  static List<Measure> measures(String taskText, String narrative, List<Reading> readings, List<Target> targets,
      List<String> units) {
    return measures(taskText, narrative, readings, targets, units, new Evidence[1]);
  }

  /**
   * The measures of the readings, with a sum after the last part of each target reported in parts;
   * the evidence weighed for the parts goes into {@code weighed[0]} when it holds for the measures
   * returned (no sum was added), for the matcher to use again.
   */
  static List<Measure> measures(String taskText, String narrative, List<Reading> readings, List<Target> targets,
      List<String> units, Evidence[] weighed) {
    List<Measure> measures = measuresAndSums(taskText, narrative, readings, targets, units, weighed);
    return withFlatGrowth(narrative, targets, withChangesInPoints(narrative, readings, targets, measures));
  }

  /** 同比持平, 与上年基本持平: a growth of nothing on the year before (not 与全市持平, a comparison). */
  private static final Pattern FLAT_ON_LAST_YEAR = Pattern.compile(
      "(?:同比|与上年|与去年|较上年|较去年|比上年|比去年|与上年同期|与去年同期)(?:同期)?\\s*(基本)?持平");

  /**
   * For a task with a growth target in percent, a clause that gives no number but says the thing
   * stayed where it was last year (社会消费品零售总额同比持平): a growth of 0%, after the measures.
   */
  private static List<Measure> withFlatGrowth(String narrative, List<Target> targets, List<Measure> measures) {
    if (!narrative.contains("持平")) {
      return measures;
    }
    boolean growth = false;
    for (Target t : targets) {
      growth |= t.kind() == Kind.GROWTH && t.unit().equals(Unit.PERCENT);
    }
    if (!growth) {
      return measures;
    }
    List<Measure> out = null;
    Matcher m = FLAT_ON_LAST_YEAR.matcher(narrative);
    while (m.find()) {
      int clause = Reading.clauseStart(narrative, m.start());
      boolean numbered = false;
      for (int k = clause; k < m.start() && !numbered; k++) {
        numbered = Lexicon.arabicDigit(narrative.charAt(k)) >= 0;
      }
      for (int k = Reading.sentenceStart(narrative, m.start()); k < m.start() && !numbered; k++) {
        numbered = narrative.charAt(k) == '%' || narrative.charAt(k) == '％';
      }
      if (numbered) {
        continue; // 增长6%，与上年持平: the rate is the measure, and it is the rate that stayed level
      }
      if (out == null) {
        out = new ArrayList<>(measures);
      }
      out.add(Measure.builder()
          .metric(Metrics.cleanBefore(narrative.substring(clause, m.start()), List.of()))
          .kind(Kind.GROWTH)
          .quantity(Quantity.of(BigDecimal.ZERO, Unit.PERCENT))
          .text(narrative.substring(clause, m.end()).strip())
          .approximate(m.group(1) != null)
          .span(Span.of(clause, m.end()))
          .build());
    }
    return out == null ? measures : out;
  }

  /** 由3.5%下降到1.2%: the old rate, the verb of change, and 到/至/为 right before the new rate. */
  private static final Pattern RATE_CHANGED_TO = Pattern.compile(
      "(?:由|从)\\s*(-?\\d+(?:\\.\\d+)?)\\s*[%％]\\s*(下降|降低|减少|回落|降|提高|提升|上升|增加|增长|升)?\\s*(?:到|至|为)\\s*$");
  private static final String FALLING = "下降 降低 减少 回落 降";

  /**
   * For a target counted in points (下降2个百分点), the change a narrative gives as two rates (由3.5%
   * 下降到1.2%: 2.3 points down), after the new rate; the old one is no measure of its own.
   */
  private static List<Measure> withChangesInPoints(String narrative, List<Reading> readings, List<Target> targets,
      List<Measure> measures) {
    boolean inPoints = false;
    for (Target t : targets) {
      inPoints |= t.unit().equals(Unit.PERCENTAGE_POINT) && (t.kind() == Kind.GROWTH || t.kind() == Kind.DECLINE);
    }
    if (!inPoints) {
      return measures;
    }
    List<Measure> out = null;
    for (Reading r : readings) {
      if (r.dropped || r.role != Role.ACHIEVED || !r.mention.unitSymbol.endsWith("%") && !r.mention.unitSymbol.endsWith("％")) {
        continue;
      }
      int from = Math.max(Reading.clauseStart(narrative, r.mention.prefixStart), r.mention.prefixStart - 24);
      Matcher m = RATE_CHANGED_TO.matcher(narrative).region(from, r.mention.prefixStart);
      if (!m.find()) {
        continue;
      }
      Measure rate = MeasureParser.toMeasure(narrative, r);
      BigDecimal before = new BigDecimal(m.group(1));
      boolean falls = m.group(2) != null ? FALLING.contains(m.group(2)) : before.compareTo(rate.value()) > 0;
      BigDecimal change = falls ? before.subtract(rate.value()) : rate.value().subtract(before);
      Measure points = Measure.builder()
          .metric(rate.metric())
          .kind(falls ? Kind.DECLINE : Kind.GROWTH)
          .quantity(Quantity.of(change, Unit.PERCENTAGE_POINT))
          .text(narrative.substring(m.start(), r.textEnd))
          .estimated(rate.estimated())
          .approximate(rate.approximate())
          .span(Span.of(m.start(), r.textEnd))
          .build();
      if (out == null) {
        out = new ArrayList<>(measures);
      }
      int at = out.size();
      for (int i = 0; i < out.size(); i++) {
        Optional<Span> span = out.get(i).span();
        if (span.isPresent() && span.get().end() == r.textEnd && out.get(i).quantity().equals(rate.quantity())) {
          at = i + 1;
          break;
        }
      }
      out.add(at, points);
    }
    return out == null ? measures : out;
  }

  private static List<Measure> measuresAndSums(String taskText, String narrative, List<Reading> readings, List<Target> targets,
      List<String> units, Evidence[] weighed) {
    List<Reading> kept = new ArrayList<>(readings.size());
    for (Reading r : readings) {
      if (!r.dropped) {
        kept.add(r);
      }
    }
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
      List<Integer> parts = parts(evidence, t, kept, narrative, units);
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

  /** The indexes of the readings that are parts of {@code target}, in order; fewer than two if none. */
  private static List<Integer> parts(Evidence evidence, int t, List<Reading> kept,
      String narrative, List<String> units) {
    Target target = evidence.targets.get(t);
    String head = Metrics.head(Metrics.comparable(target.metric()));
    List<Integer> candidates = new ArrayList<>();
    if (head.isEmpty()) {
      return candidates;
    }
    String targetWords = target.metric() + target.text();
    for (int i = 0; i < kept.size(); i++) {
      Reading r = kept.get(i);
      if (r.role != Role.ACHIEVED || evidence.score(t, i) < THING
          || !Metrics.comparable(r.metric).contains(head) || !activitiesWithin(r.metric, targetWords)
          || bestTarget(evidence, i) != t) {
        continue;
      }
      candidates.add(i);
    }
    if (candidates.size() < 2) {
      return candidates;
    }
    // The parts must follow one another in a list, or each come from another responsible unit.
    List<Integer> chain = new ArrayList<>();
    chain.add(candidates.get(0));
    for (int c = 1; c < candidates.size(); c++) {
      Reading previous = kept.get(chain.get(chain.size() - 1));
      Reading next = kept.get(candidates.get(c));
      boolean breakdown = BREAKDOWN.startingAt(narrative, next.textStart) > 0; // 其中: parts of what came before
      if (!breakdown && (adjacent(narrative, previous, next) || distinctUnits(narrative, previous, next, units))) {
        chain.add(candidates.get(c));
      } else if (chain.size() < 2) {
        chain.clear();
        chain.add(candidates.get(c));
      } else {
        break;
      }
    }
    int stages = 0;
    for (int i : chain) {
      stages |= Metrics.stage(kept.get(i).metric);
    }
    if (stages == Metrics.STARTED_AND_DONE) {
      return List.of(); // 已开工95个，完工40个: the done are among the started, not beside them
    }
    int asOf = 0;
    for (int i : chain) {
      int month = Deadlines.asOfMonth(narrative, kept.get(i).mention.start);
      if (month != 0 && asOf != 0 && month != asOf) {
        return List.of(); // 1-11月完成72公里，12月底完成80公里: one total at two dates
      }
      asOf = Math.max(asOf, month);
    }
    for (int i : chain) {
      Reading r = kept.get(i);
      String own = narrative.substring(r.textStart, r.mention.prefixStart);
      if (startsWithTotal(own) || afterTotal(evidence, t, narrative, r, kept, chain)) {
        return List.of();
      }
    }
    return chain;
  }

  /** Whether every activity named in the part is one the target names (扩建 is in 改扩建). */
  private static boolean activitiesWithin(String partMetric, String targetWords) {
    for (String a : ACTIVITIES) {
      if (partMetric.contains(a) && !targetWords.contains(a)) {
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
      } else if (depth == 0 && !(Lexicon.isSpace(c) || c == '、' || c == '，' || c == ',' || c == '；' || c == ';')) {
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

  private static boolean startsWithTotal(String own) {
    String s = own.strip();
    return TOTALS.startingAt(s, 0) > 0;
  }

  /**
   * Whether the parts are the breakdown (其中 …) of a total stated just before that also fits the
   * target: then the total is the evidence, not their sum.
   */
  private static boolean afterTotal(Evidence evidence, int t, String narrative, Reading part,
      List<Reading> kept, List<Integer> chain) {
    int i = BREAKDOWN.lastIndexWithin(narrative, Math.max(0, part.sentenceStart - 200), part.mention.prefixStart);
    if (i < 0) {
      return false;
    }
    for (int k = 0; k < kept.size(); k++) {
      if (chain.contains(k) || kept.get(k).mention.end > i) {
        continue;
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
      approximate |= m.approximate();
    }
    Reading a = kept.get(parts.get(0));
    Reading b = kept.get(parts.get(parts.size() - 1));
    return Measure.builder()
        .metric(target.metric())
        .kind(target.kind())
        .quantity(Quantity.of(total, first.unit()))
        .text(text.toString())
        .estimated(estimated)
        .approximate(approximate)
        .span(Span.of(a.textStart, Math.max(a.textStart, b.textEnd)))
        .build();
  }
}
