package io.github.workreport.text;

import io.github.workreport.Bound;
import io.github.workreport.Match;
import io.github.workreport.Measure;
import io.github.workreport.MeasureMatcher;
import io.github.workreport.Role;
import io.github.workreport.Span;
import io.github.workreport.Target;
import io.github.workreport.Task;
import io.github.workreport.Unit;
import io.github.workreport.UnverifiedReason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The standard {@link MeasureMatcher} of the readers: one assignment per task of its measures to
 * its targets, each measure used once, and for every target left without one, the reason.
 *
 * <p>Every (target, measure) pair is first checked against hard constraints ({@link Evidence}):
 * units that compare, kinds that fit, and the never-rules — a stock is no evidence for new things,
 * new work none for work on what exists, work started none for work done, a count of projects none
 * for a count of anything else. An admissible pair is then weighed by its evidence, in tiers, a
 * higher tier always winning:
 *
 * <ol>
 *   <li>a sum the reader made of the target's parts;
 *   <li>the words: the subjects share what they name ({@link Metrics#similarity}), or the same
 *       generic things by the same act;
 *   <li>no subject at all — a table's column label before the value ({@code 实绩4619.8亿元}, {@code
 *       实际完成700人}) or a rate after a kind word ({@code 增速8.3%}): the value is the task's own,
 *       and goes to the one target it fits, or, when several subject-less values fit several
 *       targets alike, to them in order;
 *   <li>a synonym sharing characters with the target's subject ({@code 自来水管道} for {@code
 *       给排水管网}, {@code 中学} for {@code 初中} counted alike), when it fits no other target.
 * </ol>
 *
 * Within a tier, closer words first, then a value stated outside parentheses over one in an
 * aside, then the later of two dates (1-11月 before 12月底), then a value equal to the target, then
 * a value with its unit over a bare number, then the first figure (a total comes before its
 * breakdown) — but the last of several subject-less rates (一季度…四季度, the latest period). The
 * assignment is solved exactly per tier (the Hungarian method) and is deterministic. Revised
 * targets are assigned the same way, and completion rates to the targets left without a value.
 * This class is immutable and thread-safe.
 */
public final class AssignmentMatcher implements MeasureMatcher {
  private static final AssignmentMatcher STANDARD = new AssignmentMatcher();
  private static final int SUM = 4;
  private static final int WORDS = 3;
  private static final int SUBJECTLESS = 2;
  private static final int SYNONYM = 1;
  /** Beyond this many targets or measures the exact assignment gives way to best-first. */
  private static final int EXACT_LIMIT = 64;

  private AssignmentMatcher() {}

  /** The standard matcher. @return the matcher */
  public static AssignmentMatcher standard() {
    return STANDARD;
  }

  @Override
  public List<Match> match(Task task) {
    Objects.requireNonNull(task, "task");
    return match(task, null);
  }

  /** {@link #match(Task)}, with the evidence already weighed for the task's targets and measures, if any. */
  List<Match> match(Task task, Evidence weighed) {
    return match(task, weighed, null);
  }

  /**
   * {@link #match(Task, Evidence)}, with the narrative already read into {@code words} (null if it
   * was not), for the dates its figures are as of.
   */
  List<Match> match(Task task, Evidence weighed, Tokens words) {
    return match(task, weighed, words, DECEMBER);
  }

  private static final int DECEMBER = 12;

  /**
   * {@link #match(Task, Evidence, Tokens)} for a report whose period ends in month {@code periodMonth} (12 when it
   * ends with the year or is not known): a figure the narrative does not date is as of that month, and before
   * December an estimate for later yields to the figure done so far (see {@link Evidence}).
   */
  List<Match> match(Task task, Evidence weighed, Tokens words, int periodMonth) {
    boolean beforeTheYearsEnd = periodMonth < DECEMBER;
    List<Target> targets = task.targets();
    List<Measure> measures = task.outcome().measures();
    int nt = targets.size();
    List<Match> out = new ArrayList<>(nt);
    if (nt == 0) {
      return out;
    }
    if (measures.isEmpty()) {
      for (int t = 0; t < nt; t++) {
        out.add(Match.unverified(t, UnverifiedReason.NO_NUMBERS));
      }
      return out;
    }
    if ((long) nt * measures.size() > Evidence.MAX_PAIRS) {
      for (int t = 0; t < nt; t++) {
        out.add(Match.unverified(t, UnverifiedReason.TOO_LARGE));
      }
      return out;
    }
    // the parts' evidence weighed every estimate as any figure: an estimate that may yield is weighed afresh
    boolean yielding = beforeTheYearsEnd && anyEstimate(measures);
    Evidence evidence = !yielding && weighed != null && sameElements(weighed.targets, targets)
        && sameElements(weighed.measures, measures)
        ? weighed : new Evidence(task.text(), targets, task.outcome().narrative(), measures, yielding);
    String narrative = task.outcome().narrative();
    Pairing pairing = new Pairing(evidence, asides(narrative, measures), narrative,
        words != null && words.text.equals(narrative) ? words : null, periodMonth);
    int[] revision = pairing.assign(Role.REVISED_TARGET, new boolean[measures.size()], new boolean[nt]);
    boolean[] used = new boolean[measures.size()];
    boolean[] done = new boolean[nt];
    int[] achieved = pairing.assign(Role.ACHIEVED, used, done);
    shareWithAlternatives(evidence, achieved);
    shareWhatIsSaidOfEach(evidence, achieved);
    judgeWholesByTheirWeakestPart(evidence, achieved, narrative);
    int[] rates = pairing.assign(Role.COMPLETION_RATE, used, done);
    corroboratedByTheirRate(evidence, achieved, rates, used);
    for (int t = 0; t < nt; t++) {
      Match.Builder b = Match.builder().target(t);
      if (revision[t] >= 0) {
        b.revision(revision[t]);
      }
      if (achieved[t] >= 0) {
        b.measure(achieved[t]);
      } else if (rates[t] >= 0) {
        b.measure(rates[t]);
      } else {
        b.reason(pairing.reason(t));
      }
      out.add(b.build());
    }
    return out;
  }

  /**
   * A target answered only by a share of it (为年计划的48.2%) takes, as its achieved value, the one
   * free count or amount of its unit whose share of the target is that share as written (完成路面里程
   * 1445公里 of 通乡水泥路3000公里 is 48.2%): the two figures say the same thing, though the count's words
   * differ from the target's.
   */
  private static void corroboratedByTheirRate(Evidence evidence, int[] achieved, int[] rates, boolean[] used) {
    for (int t = 0; t < achieved.length; t++) {
      if (achieved[t] >= 0 || rates[t] < 0) {
        continue;
      }
      Target target = evidence.targets.get(t);
      BigDecimal rate = evidence.measures.get(rates[t]).value();
      if (!target.kind().isCumulative() || target.value().signum() <= 0 || rate.signum() <= 0) {
        continue;
      }
      int found = -1;
      for (int m = 0; m < evidence.measures.size(); m++) {
        Measure measure = evidence.measures.get(m);
        if (used[m] || measure.role() != Role.ACHIEVED || !measure.kind().isCumulative() || measure.unit().isBare()
            || !measure.unit().isCommensurableWith(target.unit()) || evidence.rejection(t, m) != null
            || !shareAsWritten(measure.unit().convert(measure.value(), target.unit()), target.value(), rate)) {
          continue;
        }
        if (found >= 0) {
          found = -1; // two figures agree: neither is known to be the one
          break;
        }
        found = m;
      }
      if (found >= 0) {
        achieved[t] = found;
        used[found] = true;
      }
    }
  }

  /** Whether {@code part} is {@code rate} percent of {@code whole}, to the digits the rate is written with. */
  private static boolean shareAsWritten(BigDecimal part, BigDecimal whole, BigDecimal rate) {
    // A share is a few hundred percent at most: figures orders of magnitude apart are none, and dividing
    // them (1E+999999999 by 1E-999999999, as a generated or hostile table may write) leaves BigDecimal's range.
    long orders = magnitude(part) - magnitude(whole);
    if (orders > 6 || orders < -6 || Math.abs(magnitude(whole)) > MAX_MAGNITUDE || Math.abs(rate.scale()) > MAX_MAGNITUDE
        || Math.abs(part.scale()) > MAX_MAGNITUDE || Math.abs(whole.scale()) > MAX_MAGNITUDE) {
      return false; // nor is a scale far past any figure's digits (a stored 0.5E-2000000000): rescaling to it overflows
    }
    int digits = Math.min(Math.max(0, rate.scale()), MAX_RATE_DIGITS);
    BigDecimal share = part.movePointRight(2).divide(whole, digits, java.math.RoundingMode.HALF_UP);
    return share.subtract(rate).abs().compareTo(BigDecimal.ONE.movePointLeft(digits)) <= 0;
  }

  /** Powers of ten beyond any figure of a report, where scales near their limits begin. */
  private static final long MAX_MAGNITUDE = 1_000_000;

  /** The most decimals a rate is compared to: a rate written with more is compared to these. */
  private static final int MAX_RATE_DIGITS = 12;

  /** The power of ten of a number's leading digit, in a range no scale overflows. */
  private static long magnitude(BigDecimal value) {
    return (long) value.precision() - value.scale();
  }

  private static boolean anyEstimate(List<Measure> measures) {
    for (Measure m : measures) {
      if (m.estimated()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A target and its other height — 确保城镇新增就业3000人，力争达到3500人 — are one aim: the figure
   * paired with one is evidence for the other too (of the same metric, kind and unit, one firm and
   * one aspirational), so that the firm target is not left unverified while the narrative gives its
   * number. Each is judged against it, and the weakest decides, as for any two targets.
   */
  private static void shareWithAlternatives(Evidence evidence, int[] achieved) {
    List<Target> targets = evidence.targets;
    for (int t = 0; t < achieved.length; t++) {
      Target a = targets.get(t);
      for (int u = 0; u < achieved.length; u++) {
        Target b = targets.get(u);
        // 数据调用量确保达到2亿次、力争2.5亿次 ‖ 数据调用2.36亿次，新增共享数据目录1162个: the figure left to the
        // second height, when it fits no better than its twin's, is another thing's
        boolean leftWorse = achieved[t] >= 0 && achieved[u] >= 0 && achieved[t] != achieved[u]
            && evidence.score(t, achieved[t]) < evidence.score(t, achieved[u]);
        if (achieved[u] >= 0 && (achieved[t] < 0 || leftWorse) && u != t && twins(evidence.taskText, a, b)
            && evidence.rejection(t, achieved[u]) == null) {
          achieved[t] = achieved[u];
          break;
        }
      }
    }
  }

  /**
   * Whether two targets are one aim at two heights: of one metric, kind and unit, one firm and one not, one about a
   * figure and one not (增长8%左右，力争达到9%: neither is firm), or one restated in an aside.
   */
  private static boolean twins(String taskText, Target a, Target b) {
    return (a.firm() != b.firm() || (a.bound() == Bound.ABOUT) != (b.bound() == Bound.ABOUT)
        || restatedInAnAside(taskText, a, b)) && a.kind() == b.kind()
        && !a.metric().isEmpty() && a.metric().equals(b.metric()) && a.unit().comparesWith(b.unit());
  }

  /**
   * Whether one of two targets stands in an aside right after the other, in its sentence: 覆盖率达到90%以上（年度目标：
   * 92%）, the same aim said at another height.
   */
  private static boolean restatedInAnAside(String taskText, Target a, Target b) {
    if (a.span().isEmpty() || b.span().isEmpty()) {
      return false;
    }
    Target first = a.span().get().start() < b.span().get().start() ? a : b;
    Target second = first == a ? b : a;
    int from = first.span().get().end();
    int to = second.span().get().start();
    if (from > to || to > taskText.length()) {
      return false;
    }
    boolean opened = false;
    for (int i = from; i < to; i++) {
      char c = taskText.charAt(i);
      if (c == '。' || c == '；' || c == ';' || c == '）' || c == ')') {
        return false;
      }
      opened |= c == '（' || c == '(';
    }
    return opened;
  }

  /**
   * A rate or level said of each of several things (两项筛查率均为99.26%, 三个指标均达到100%) is evidence
   * for every target of the list it answers, not only the first one paired with it: each target of
   * the same kind and unit that it could answer and that has no figure of its own takes it too. A
   * count said of each (各乡镇均建成1个) is a count per thing, which sums to no target's total.
   */
  private static void shareWhatIsSaidOfEach(Evidence evidence, int[] achieved) {
    for (int u = 0; u < achieved.length; u++) {
      int m = achieved[u];
      if (m < 0 || evidence.targets.get(u).kind().isCumulative() || !saidOfEach(evidence.measures.get(m).text())) {
        continue;
      }
      Target b = evidence.targets.get(u);
      for (int t = 0; t < achieved.length; t++) {
        Target a = evidence.targets.get(t);
        if (achieved[t] < 0 && a.kind() == b.kind() && a.unit().comparesWith(b.unit()) && evidence.rejection(t, m) == null) {
          achieved[t] = m;
        }
      }
    }
  }

  /**
   * Whether a 均 before the figure of {@code text} says it of each thing (两项筛查率均为99.26%), not
   * of one per head or on average (人均, 平均, 年均, 日均) nor evenly (均衡, 均等, 均匀).
   */
  static boolean saidOfEach(String text) {
    int figure = 0;
    while (figure < text.length() && Lexicon.arabicDigit(text.charAt(figure)) < 0) {
      figure++;
    }
    for (int k = text.indexOf('均'); k >= 0 && k < figure; k = text.indexOf('均', k + 1)) {
      char before = k > 0 ? text.charAt(k - 1) : ' ';
      char after = k + 1 < text.length() ? text.charAt(k + 1) : ' ';
      if ("人平年月日户亩".indexOf(before) < 0 && "衡等匀摊值价".indexOf(after) < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * A target on a whole whose narrative gives only its parts is met as far as its weakest part is:
   * 城乡居民人均可支配收入增长8% ‖ 城镇…增长8.5%，农村…增长7.6% is judged on 7.6 %, and 主要污染物排放量下降3% ‖
   * 化学需氧量、氨氮、二氧化硫、氮氧化物排放量分别下降3.1%、2.8%、4.5%、5.2% on 2.8 %, not on whichever part
   * shares the most words with the whole. The parts of 城乡 are the figures of 城镇 and of 农村; those of
   * the main pollutants the list the paired figure stands in; those of a target over 各村 the figures of
   * each village.
   */
  private static void judgeWholesByTheirWeakestPart(Evidence evidence, int[] achieved, String narrative) {
    for (int t = 0; t < achieved.length; t++) {
      int paired = achieved[t];
      if (paired < 0) {
        continue;
      }
      Target target = evidence.targets.get(t);
      String metric = target.metric();
      List<Integer> parts = metric.contains(URBAN_AND_RURAL) ? urbanAndRuralParts(evidence, t, paired)
          : metric.contains(MAIN_POLLUTANTS) ? listAround(evidence, t, paired, narrative)
          : metric.startsWith(EACH) ? figuresOfEach(evidence, t) : List.of();
      if (parts.size() < 2) {
        continue;
      }
      int weakest = parts.get(0);
      for (int m : parts) {
        int c = evidence.measures.get(m).value().compareTo(evidence.measures.get(weakest).value());
        if (target.bound() == Bound.AT_MOST ? c > 0 : c < 0) {
          weakest = m;
        }
      }
      achieved[t] = weakest;
    }
  }

  /** What a target says of each of its places or things (各村, 各社区, 各乡镇): each has to reach it. */
  private static final String EACH = "各";

  /**
   * The figures of each place a target over 各X names, one per X (各村集体经济收入均达到10万元以上 ‖ 甲村23.6万元、
   * 乙村7.2万元): achieved figures of the target's kind and unit whose names hold X after a name of their own,
   * none a sum; fewer than two if the narrative gives no figure per place. X is the one or two characters
   * after 各 that the figures' names hold (社区 of 各社区, 村 of 各村集体经济收入; a 乡 or a 镇 of 各乡镇).
   */
  private static List<Integer> figuresOfEach(Evidence evidence, int t) {
    Target target = evidence.targets.get(t);
    String metric = target.metric();
    for (int len = Math.min(2, metric.length() - 1); len >= 1; len--) {
      String place = metric.substring(EACH.length(), EACH.length() + len);
      List<Integer> figures = new ArrayList<>();
      for (int m = 0; m < evidence.measures.size(); m++) {
        Measure measure = evidence.measures.get(m);
        String name = measure.metric();
        if (measure.role() == Role.ACHIEVED && !Evidence.isSum(measure) && measure.kind() == target.kind()
            && measure.unit().equals(target.unit()) && namesOne(name, place) && !name.startsWith(EACH)
            && !name.startsWith("全")) {
          figures.add(m);
        }
      }
      if (figures.size() >= 2) {
        return figures;
      }
    }
    return List.of();
  }

  /** Whether {@code name} names one of the places after 各 by a name of its own: 甲村 of 村, 河口乡 or 新集镇 of 乡镇. */
  private static boolean namesOne(String name, String place) {
    return name.indexOf(place) > 0
        || place.equals(TOWNSHIPS) && (name.indexOf('乡') > 0 || name.indexOf('镇') > 0);
  }

  private static final String TOWNSHIPS = "乡镇";

  private static final String URBAN_AND_RURAL = "城乡";
  private static final String MAIN_POLLUTANTS = "污染物";

  /**
   * The achieved figures target {@code t} could take that are of 城镇 or of 农村, when both are there
   * and the figure paired with it is one of them: a figure of the whole (城乡居民…增长8.1%，其中城镇…)
   * answers it itself.
   */
  private static List<Integer> urbanAndRuralParts(Evidence evidence, int t, int paired) {
    if (!isUrbanOrRural(evidence.measures.get(paired).metric())) {
      return List.of();
    }
    List<Integer> parts = new ArrayList<>();
    boolean urban = false;
    boolean rural = false;
    for (int m = 0; m < evidence.measures.size(); m++) {
      Measure measure = evidence.measures.get(m);
      String metric = measure.metric();
      if (isUrbanOrRural(metric) && measure.role() == Role.ACHIEVED && evidence.rejection(t, m) == null) {
        parts.add(m);
        urban |= isUrban(metric);
        rural |= !isUrban(metric);
      }
    }
    return urban && rural ? parts : List.of();
  }

  private static boolean isUrban(String metric) {
    return metric.contains("城镇") || metric.contains("城市");
  }

  /** Whether a metric names the towns or the countryside, one of the two and not the whole (城乡). */
  private static boolean isUrbanOrRural(String metric) {
    return isUrban(metric) != metric.contains("农村") && !metric.contains(URBAN_AND_RURAL);
  }

  /**
   * The achieved figures of the list measure {@code m} stands in (3.1%、2.8%、4.5%和5.2%: each joined to
   * the next by 、 和 及 与 alone) that target {@code t} could take.
   */
  private static List<Integer> listAround(Evidence evidence, int t, int m, String narrative) {
    List<Measure> measures = evidence.measures;
    int first = m;
    while (first > 0 && joined(narrative, measures.get(first - 1), measures.get(first))) {
      first--;
    }
    int last = m;
    while (last + 1 < measures.size() && joined(narrative, measures.get(last), measures.get(last + 1))) {
      last++;
    }
    List<Integer> parts = new ArrayList<>();
    for (int k = first; k <= last; k++) {
      if (measures.get(k).role() == Role.ACHIEVED && evidence.rejection(t, k) == null) {
        parts.add(k);
      }
    }
    return parts;
  }

  /** Whether nothing but a list joiner and spaces stands between two figures of the narrative. */
  private static boolean joined(String narrative, Measure a, Measure b) {
    Optional<Span> sa = a.span();
    Optional<Span> sb = b.span();
    if (sa.isEmpty() || sb.isEmpty() || sb.get().start() < sa.get().end() || sb.get().start() > narrative.length()) {
      return false;
    }
    boolean joiner = false;
    for (int k = sa.get().end(); k < sb.get().start(); k++) {
      char c = narrative.charAt(k);
      if (Lexicon.joinsItems(c)) {
        joiner = true;
      } else if (!Lexicon.isSpace(c)) {
        return false;
      }
    }
    return joiner;
  }

  /** The same objects in the same order: the model's copies of a list keep its elements. */
  private static boolean sameElements(List<?> a, List<?> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  /** Which measures stand in parentheses (已完成1个（50%）, 增速8.7%（实际增长7.9%）): asides, second to the sentence. */
  static boolean[] asides(String narrative, List<Measure> measures) {
    boolean[] out = new boolean[measures.size()];
    for (int m = 0; m < out.length; m++) {
      Optional<Span> span = measures.get(m).span();
      if (span.isEmpty() || span.get().end() > narrative.length()) {
        continue;
      }
      int depth = 0;
      for (int k = span.get().start() - 1; k >= 0 && k >= span.get().start() - Reading.REACH; k--) {
        char c = narrative.charAt(k);
        if (c == '）' || c == ')') {
          depth++;
        } else if (c == '（' || c == '(') {
          if (depth == 0) {
            out[m] = true;
            break;
          }
          depth--;
        } else if (Lexicon.isSentenceEnd(c)) {
          break;
        }
      }
    }
    return out;
  }

  /** The pairing of one task: weights, the assignment per role, and the reasons. */
  private static final class Pairing {
    final Evidence evidence;
    final boolean[] aside;
    /** Per measure, the month it is as of (1-11月: 11); 12 when undated. */
    final int[] asOf;
    final int nt;
    final int nm;
    /** Per target, the most promising reason met so far why a measure is not its evidence. */
    final UnverifiedReason[] reasons;
    /** Per measure, whether it is the work of one later period only (本月完成2亿元, 12月份新建5座). */
    final boolean[] onePeriod;
    /** Per measure, whether its clause names this year as such (其中今年改造25个). */
    final boolean[] thisYear;
    /** Per measure: its words say it is a total (合计, 共计); per target: its name as compared. Read once. */
    private final boolean[] total;
    private final String[] targetName;
    /** Per target and per measure, its stage of work ({@link Metrics#stage}) plus one; 0 until asked. */
    private final byte[] targetStage;
    private final byte[] measureStage;
    /** Per target and per measure, 1 when a change over several years ({@link #overYears}), 2 when not; 0 until asked. */
    private final byte[] targetOverYears;
    private final byte[] measureOverYears;
    private final String narrative;
    /** Per measure, where it starts and ends in the narrative; both 0 when it has no place there. */
    private final int[] starts;
    private final int[] ends;

    /** {@code words}: the narrative read, or null to read it here if it may be dated. */
    Pairing(Evidence evidence, boolean[] aside, String narrative, Tokens words, int periodMonth) {
      this.evidence = evidence;
      this.aside = aside;
      this.nt = evidence.targets.size();
      this.nm = evidence.measures.size();
      this.reasons = new UnverifiedReason[nt];
      this.targetStage = new byte[nt];
      this.measureStage = new byte[nm];
      this.targetOverYears = new byte[nt];
      this.measureOverYears = new byte[nm];
      this.narrative = narrative;
      this.ends = new int[nm];
      for (int m = 0; m < nm; m++) {
        Optional<Span> span = evidence.measures.get(m).span();
        ends[m] = span.isPresent() && span.get().end() <= narrative.length() ? span.get().end() : 0;
      }
      // The narrative read once, and only when some date or 今年 may be in it (most have neither).
      boolean dated = nm > 1 && Deadlines.mayBeDated(narrative);
      boolean namesThisYear = nm > 1 && namesThisYear(narrative);
      Tokens tk = words != null || !(dated || namesThisYear) ? words : Lexer.lex(narrative);
      // undated: the whole period reported on, or the date the narrative opens with (截至9月底，…),
      // found in the same pass as the figures' own dates
      int lead = dated ? leadClauseEnd(tk) : -1;
      int[] ats = ends;
      if (lead >= 0) {
        ats = java.util.Arrays.copyOf(ends, nm + 1);
        ats[nm] = lead;
      }
      int[] months = dated ? Deadlines.asOfMonths(tk, ats) : new int[nm];
      // 上半年…同比增长12.9%；…收入…同比增长11.2%: what no date reaches is as of the report's period, no later
      int undated = lead >= 0 && months[nm] > 0 ? months[nm] : periodMonth;
      this.asOf = new int[nm];
      for (int m = 0; m < nm; m++) {
        asOf[m] = months[m] == 0 ? undated : months[m];
      }
      this.starts = new int[nm];
      for (int m = 0; m < nm; m++) {
        Optional<Span> span = evidence.measures.get(m).span();
        starts[m] = ends[m] > 0 ? span.get().start() : 0;
      }
      this.onePeriod = new boolean[nm];
      if (dated) {
        int[] periods = Deadlines.onePeriod(tk, starts, ends);
        for (int m = 0; m < nm; m++) {
          onePeriod[m] = periods[m] != Deadlines.NOT_ONE_PERIOD;
        }
      }
      this.total = new boolean[nm];
      for (int m = 0; m < nm; m++) {
        total[m] = Metrics.saysATotal(evidence.measures.get(m).text())
            || Evidence.sumsTheFiguresBefore(evidence.measures, m);
      }
      this.targetName = new String[evidence.targets.size()];
      for (int t = 0; t < targetName.length; t++) {
        targetName[t] = Metrics.comparable(evidence.targets.get(t).metric());
      }
      this.thisYear = new boolean[nm];
      if (namesThisYear) {
        for (int m = 0; m < nm; m++) {
          Optional<Span> span = evidence.measures.get(m).span();
          if (span.isPresent() && ends[m] > 0) {
            int from = Reading.clauseStart(narrative, span.get().start());
            thisYear[m] = tk.within(from, ends[m], Vocabulary.THIS_YEAR);
          }
        }
      }
    }

    /** Whether the narrative may name this year as such (今年, 本年, 当年): a cheap test before reading it. */
    private static boolean namesThisYear(String narrative) {
      return narrative.indexOf('年') >= 0 && (narrative.contains("今年") || narrative.contains("本年") || narrative.contains("当年"));
    }

    UnverifiedReason reason(int t) {
      return reasons[t] == null ? UnverifiedReason.NOT_MATCHED : reasons[t];
    }

    private void note(int t, UnverifiedReason reason) {
      if (reasons[t] == null || rank(reason) > rank(reasons[t])) {
        reasons[t] = reason;
      }
    }

    /** How close a reason says the target came to evidence: the furthest check a measure passed. */
    private static int rank(UnverifiedReason r) {
      switch (r) {
        case NO_SAME_UNIT:
          return 1;
        case OTHER_KIND:
          return 2;
        case OTHER_METRIC:
          return 3;
        case OTHER_WORK:
        case STARTED_NOT_DONE:
        case STOCK_NOT_INCREMENT:
          return 4;
        case TAKEN:
          return 5;
        default:
          return 0;
      }
    }

    /**
     * For each target not yet {@code done}, the index of the measure of {@code role} assigned to
     * it, or -1; marks what it assigns as used and done.
     */
    int[] assign(Role role, boolean[] used, boolean[] done) {
      int[] result = new int[nt];
      Arrays.fill(result, -1);
      if (!anyOfRole(role)) {
        return result; // most tasks have no revised target and no rate: nothing to weigh
      }
      int[][] tier = new int[nt][nm];
      long[][] weight = new long[nt][nm];
      boolean any = false;
      for (int m = 0; m < nm; m++) {
        Measure measure = evidence.measures.get(m);
        if (measure.role() != role) {
          continue;
        }
        for (int t = 0; t < nt; t++) {
          UnverifiedReason rejected = evidence.rejection(t, m);
          if (rejected != null) {
            if (!done[t]) {
              note(t, rejected);
            }
            continue;
          }
          int s = evidence.score(t, m);
          if (role == Role.ACHIEVED && Evidence.isSum(measure) && measure.metric().equals(evidence.targets.get(t).metric())) {
            tier[t][m] = SUM;
          } else if (s > 0) {
            tier[t][m] = WORDS;
          } else if (subjectless(m, role) || role == Role.ACHIEVED && (namesAProportion(t) && aShareOfTheFigureBefore(t, m)
              || ATTRIBUTES.contains(targetName[t]) || targetName[t].isEmpty() && namedByTheClauseBefore(t, m))) {
            tier[t][m] = SUBJECTLESS; // narrowed below to the target the value fits
          } else {
            tier[t][m] = -SYNONYM; // decided below, once every pair is known
          }
          weight[t][m] = weight(t, m, Math.max(s, 0));
        }
      }
      if (role == Role.COMPLETION_RATE) {
        toTheYearsPlan(tier);
      }
      narrowSubjectless(tier, role);
      if (role == Role.ACHIEVED) {
        partsThatSplitTheTarget(tier);
        theTargetsOwnRate(tier);
        notASubgroup(tier);
        notAPartOfTheRowsFigure(tier);
        theRowsLabelledValue(tier);
        theNetFigureOverItsFlows(tier);
        partsOfTheTasksFigure(tier);
        thePartTheTargetQualifies(tier);
        theWholesFigureOverItsParts(tier);
        theWholePlaceOverItsParts(tier);
        theReportsOwnPlaceOverOthers(tier);
        totalsOverTheirParts(tier, weight);
      }
      decideSynonyms(tier);
      for (int t = 0; t < nt; t++) {
        for (int m = 0; m < nm; m++) {
          if (tier[t][m] < 0) {
            tier[t][m] = 0;
            if (!done[t]) {
              note(t, UnverifiedReason.OTHER_METRIC);
            }
          }
          any |= tier[t][m] > 0;
        }
      }
      if (!any) {
        return result;
      }
      for (int level = SUM; level >= SYNONYM; level--) {
        solve(level, tier, weight, used, done, result);
      }
      for (int t = 0; t < nt; t++) {
        if (result[t] >= 0 || done[t]) {
          continue;
        }
        for (int m = 0; m < nm; m++) {
          if (tier[t][m] > 0) {
            note(t, UnverifiedReason.TAKEN);
          }
        }
      }
      return result;
    }

    private boolean anyOfRole(Role role) {
      for (Measure measure : evidence.measures) {
        if (measure.role() == role) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether measure {@code m} is the share that the figure said right before it is of a whole (10个国控断面中，
     * 达到或优于Ⅲ类的有8个，占80%; 绿地面积2860公顷，占建成区面积的38.4%): its words are the figure's, and what
     * it measures is the proportion a target names. Not the share of a breakdown in its whole (新增就业8200人，
     * 其中高校毕业生3100人，占37.8%), which is no rate the task sets — unless the part names target {@code t}'s
     * thing (一网通办率 ‖ 其中可一网通办事项1306项，占比97.3%): then its share is that rate.
     */
    private boolean aShareOfTheFigureBefore(int t, int m) {
      if (m == 0 || !evidence.measures.get(m).text().startsWith("占")
          || evidence.measures.get(m).unit().dimension() != Unit.Dimension.PERCENT) {
        return false;
      }
      Measure before = evidence.measures.get(m - 1);
      return before.unit().dimension() != Unit.Dimension.PERCENT && oneSentence(m - 1, m)
          && (!before.text().startsWith("其中") || aQualifiedPartOfItsWhole(t, m - 1));
    }

    /**
     * Whether the 其中 part at {@code part} counts the things of the whole before it that have a quality (县级政务服务事项1342项，
     * 其中可一网通办事项1306项: the same head, 事项), a quality target {@code t} names (一网通办率): its share of the
     * whole is then that rate. Not a group of another head (新增就业8200人，其中高校毕业生3100人), whose share is no rate.
     */
    private boolean aQualifiedPartOfItsWhole(int t, int part) {
      if (part == 0 || !oneSentence(part - 1, part)) {
        return false;
      }
      String whole = evidence.measures.get(part - 1).metric();
      String qualified = evidence.measures.get(part).metric();
      int head = 0;
      while (head < whole.length() && head < qualified.length()
          && whole.charAt(whole.length() - 1 - head) == qualified.charAt(qualified.length() - 1 - head)) {
        head++;
      }
      if (head < 2 || head == qualified.length()) {
        return false;
      }
      String target = evidence.targets.get(t).metric();
      int shared = 0;
      for (int i = 0; i < qualified.length() - head; i++) {
        char c = qualified.charAt(i);
        boolean named = Lexicon.isHan(c) && QUALITY_STOP_CHARS.indexOf(c) < 0 && target.indexOf(c) >= 0;
        shared += named && qualified.indexOf(c) == i ? 1 : 0;
      }
      return shared >= 2;
    }

    /** Characters of a quality that name none: 可一网通办, 已通5G, 实行…的. */
    private static final String QUALITY_STOP_CHARS = "的可已实行开展有";

    /**
     * What a target may name of the task's thing alone, its size (改造背街小巷6条，总长约2.4公里; 建成G328改建工程，
     * 全长36.5公里): such a target has no subject of its own, so a figure in its unit answers it whatever
     * the figure's words (共计2300米, 全线36.5公里), as a value of no subject does a target.
     */
    private static final java.util.Set<String> ATTRIBUTES = java.util.Set.of(
        "全长", "总长", "总长度", "长度", "全程", "总里程", "里程", "总面积", "占地面积", "总建筑面积", "建筑面积");

    /** How many pairs of characters a figure's words share with a task's clause before a target naming nothing. */
    private static final int SHARED_PAIRS = 2;

    /**
     * Whether target {@code t} names nothing and the task's words before it name what measure {@code m} counts (开展道路
     * 交通安全“五进”宣传活动，全年不少于200场 ‖ 开展交通安全宣传进农村…活动共计213场): the target is that work's.
     */
    private boolean namedByTheClauseBefore(int t, int m) {
      Optional<Span> span = evidence.targets.get(t).span();
      String text = evidence.taskText;
      if (span.isEmpty() || span.get().start() > text.length()) {
        return false;
      }
      int before = Reading.clauseStart(text, span.get().start());
      if (before == 0) {
        return false; // the target opens its task: nothing before it names its thing
      }
      String words = text.substring(Reading.clauseStart(text, before - 1), before);
      String metric = evidence.measures.get(m).metric();
      int shared = 0;
      for (int k = 0; k + 1 < metric.length() && shared < SHARED_PAIRS; k++) {
        char a = metric.charAt(k);
        char b = metric.charAt(k + 1);
        if (Lexicon.isHan(a) && Lexicon.isHan(b) && words.indexOf(metric.substring(k, k + 2)) >= 0
            && metric.indexOf(metric.substring(k, k + 2)) == k) {
          shared++;
        }
      }
      return shared >= SHARED_PAIRS;
    }

    /**
     * The figure of the whole place (全市为47.9%, 全市县域平均为91.0%, 全市平均99.8) over the figures of its parts said
     * before it in its unit, each named by a place alone (江南区53.1%、江北区48.6%, 清河县91.2%, 中心城区100): the task,
     * naming no place, sets the whole place's figure, of which the parts' are no answer.
     */
    private void theWholePlaceOverItsParts(int[][] tier) {
      for (int m = 1; m < nm; m++) {
        Measure whole = evidence.measures.get(m);
        if (Metrics.WHOLE_PLACE.startingAt(whole.text(), 0) == 0) {
          continue;
        }
        boolean[] parts = new boolean[nm];
        for (int p = 0; p < m; p++) {
          Measure before = evidence.measures.get(p);
          parts[p] = before.unit().equals(whole.unit()) && before.role() == whole.role()
              && Metrics.namesAPlaceAlone(before.metric());
        }
        overTheOthers(tier, m, parts, t -> !Metrics.namesAPlaceAlone(evidence.targets.get(t).metric()));
      }
    }

    /** Words by which a report names its own place: 我区, 本县. */
    private static final WordSet OWN_PLACE = WordSet.of("我区", "我市", "我县", "我镇", "我乡", "本区", "本市", "本县", "本镇",
        "本乡", "我省", "本省");

    /**
     * The figure of the report's own place (我区9.9) beside those of others in its unit (全省7.8，全市10.4): the task is
     * the place's own, so the others' figures, said for comparison, are no answer.
     */
    private void theReportsOwnPlaceOverOthers(int[][] tier) {
      for (int m = 0; m < nm; m++) {
        Measure own = evidence.measures.get(m);
        if (OWN_PLACE.startingAt(own.text(), 0) == 0) {
          continue;
        }
        boolean[] others = new boolean[nm];
        for (int p = 0; p < nm; p++) {
          Measure other = evidence.measures.get(p);
          others[p] = p != m && other.unit().equals(own.unit()) && Metrics.WHOLE_PLACE.startingAt(other.text(), 0) > 0;
        }
        overTheOthers(tier, m, others, t -> true);
      }
    }

    /**
     * For each target {@code forTarget} accepts that measure {@code m} may answer: {@code m} answers it at least as a
     * figure of no subject does, and the measures marked in {@code others} do not; nothing when none is marked.
     */
    private void overTheOthers(int[][] tier, int m, boolean[] others, java.util.function.IntPredicate forTarget) {
      boolean any = false;
      for (boolean other : others) {
        any |= other;
      }
      if (!any) {
        return;
      }
      for (int t = 0; t < nt; t++) {
        if (tier[t][m] == 0 || !forTarget.test(t)) {
          continue;
        }
        tier[t][m] = Math.max(Math.abs(tier[t][m]), SUBJECTLESS);
        for (int p = 0; p < nm; p++) {
          tier[t][p] = others[p] ? 0 : tier[t][p];
        }
      }
    }

    /** Whether target {@code t} names a proportion: 优良比例, 绿地率, 覆盖率, 占比. */
    private boolean namesAProportion(int t) {
      String metric = evidence.targets.get(t).metric();
      return metric.endsWith("率") || metric.endsWith("比例") || metric.endsWith("比重") || metric.endsWith("占比");
    }

    /**
     * A measure naming no subject: only a label or a kind word stood before it (实绩, 增速, 实际完成率),
     * or it counts a thing only by its generic name (30处工程已全部开工，完工21处: 工程, 完工工程), which the
     * task's own thing is when the head is the same (checked by the evidence).
     */
    private boolean subjectless(int m, Role role) {
      String metric = evidence.measureMetric(m);
      // one character names no thing (已送230场: 送), nor a verb of work alone (已改造1080户)
      return metric.length() < 2 || Metrics.onlyWork(metric) || Evidence.onlyGenericThing(metric)
          || Evidence.onlyAPhase(metric) // 已完成一期15公里、二期22公里: phases of the task's own work
          || HOW_COUNTED.startingAt(metric, 0) == metric.length() // 2022年经初步核算为20.87亿立方米
          || changeOnTheSubjectBefore(m, metric)
          || Metrics.AVERAGE_ALONE.contains(metric) // 办结时限（个工作日）：≤5 ‖ 全年平均3.2: the row's average
          || Evidence.onlyDuration(metric, evidence.measures.get(m).unit()) // 平均用时0.5个工作日
          || role == Role.COMPLETION_RATE && Evidence.genericRate(metric)
          || role == Role.REVISED_TARGET && Evidence.genericRevision(metric);
    }

    /**
     * Whether measure {@code m} is a change said with its verb alone after what it is counted against (平均办税时长压缩至
     * 52分钟，较2021年缩短26.8%): the change of the subject before it, as a figure with no words is. Not the verb alone
     * (实际压减62%), which may be any thing's.
     */
    private boolean changeOnTheSubjectBefore(int m, String metric) {
      Measure measure = evidence.measures.get(m);
      return (measure.kind().isChange() && CHANGE_VERBS.contains(metric)
          || measure.kind().isCumulative() && Evidence.INCREASES.contains(metric)) // 达到286万户，较年初净增31.5万户
          && Evidence.BASES.startingAt(measure.text(), 0) > 0;
    }

    /** How a figure was counted, which names no thing: 经初步核算, 据统计. */
    private static final WordSet HOW_COUNTED = WordSet.of("经初步核算", "初步核算", "经核算", "经测算", "据测算", "据统计",
        "经统计", "据初步统计", "初步统计", "经核定", "经核查", "经审计");


    /** The verbs of a change, which name no thing. */
    private static final WordSet CHANGE_VERBS =
        WordSet.of(Vocabulary.wordsWith(Vocabulary.GROWTH_VERB | Vocabulary.DECLINE_VERB));


    /** How many figures back a breakdown after 其中 (含, an aside) looks for its whole. */
    private static final int MAX_BREAKDOWN_REACH = 6;

    /**
     * 完成1500座，其中无害化户厕1200座: a breakdown after 其中 of a figure that names no thing — the
     * task's own, left to the target it fits — is a part of that figure and is not taken for the
     * target instead of it, whatever words it shares with the target. A whole that names its thing
     * (全体居民…增长7.5%，其中城镇居民增长6.8%) leaves its parts to the words — to a target that shares more
     * of them with the part than with the whole (工程研究中心 ‖ 工程研究中心11家（含国家地方联合工程研究中心1家）
     * is the whole's), or that the whole, claimed by another target, leaves to its part.
     */
    private void partsOfTheTasksFigure(int[][] tier) {
      for (int m = 1; m < nm; m++) {
        int whole = brokenDown(m);
        if (whole < 0 || (stageOf(m) & ~stageOf(whole)) != 0) {
          continue; // 已开工280户，其中竣工210户: a part at a later stage is the work done, weighed as such
        }
        boolean rate = evidence.measures.get(whole).role() == Role.COMPLETION_RATE;
        for (int t = 0; t < nt; t++) {
          if (rate ? (tier[t][m] > 0 || tier[t][m] == -SYNONYM) && rateOf(t, whole)
              : tier[t][m] > 0 && (tier[t][whole] == SUBJECTLESS
              || (tier[t][whole] > 0 || tier[t][whole] == -SYNONYM) && narrowsTheTarget(t, m)
              && (onlyFor(tier, t, whole) || evidence.score(t, m) <= evidence.score(t, whole)))) {
            // after a share of the plan, every part is a part (其中改建15座 of 公厕建设完成年计划的100%)
            tier[t][m] = 0;
          }
        }
      }
    }

    /**
     * A part after 其中 that says a word of the target's the whole before it does not (网上兵役登记人数不少于4500人 ‖ 完成兵役
     * 登记4620人…其中通过“全国征兵网”网上登记4388人; 城镇新增就业 ‖ 新增就业8200人，其中城镇新增就业6100人): the target
     * counts that part, not the whole.
     */
    private void thePartTheTargetQualifies(int[][] tier) {
      for (int m = 1; m < nm; m++) {
        int whole = brokenDown(m);
        if (whole < 0 || (stageOf(m) & ~stageOf(whole)) != 0) {
          continue;
        }
        for (int t = 0; t < nt; t++) {
          if (tier[t][m] > 0 && tier[t][whole] > 0 && saysATargetsWordTheWholeDoesNot(t, m, whole)) {
            tier[t][whole] = 0;
          }
        }
      }
    }

    private boolean saysATargetsWordTheWholeDoesNot(int t, int part, int whole) {
      String name = targetName[t];
      if (name.indexOf('、') >= 0 || name.indexOf('等') >= 0 || name.indexOf('和') >= 0 || name.indexOf('及') >= 0) {
        // 一线职工、劳动模范疗休养 ‖ 职工疗休养6420人次，其中一线职工4380人次: one of the kinds it lists (保护古松名木和
        // 重点区域松树 ‖ …松树打孔注药2.86万株，其中古松名木412株)
        return false;
      }
      Metrics.Words target = evidence.targetWords(t);
      Metrics.Words wholes = evidence.measureWords(whole);
      for (int bigram : evidence.measureWords(part).things) {
        if (target.has(bigram) && !wholes.has(bigram)) {
          return true;
        }
      }
      return false;
    }

    /**
     * A figure that names the whole's thing without a part's own words (已筹集保障性租赁住房1315套 for 新筹集保障性租赁住房
     * 1200套，其中新建800套、改建400套) is the whole's, though a part's name, the whole's with its own words before it
     * (新建…保障性租赁住房), shares as many of its words.
     */
    private void theWholesFigureOverItsParts(int[][] tier) {
      if (nt < 2) {
        return;
      }
      boolean[] part = breakdowns();
      for (int p = 1; p < nt; p++) {
        if (!part[p]) {
          continue;
        }
        int whole = p - 1;
        while (whole >= 0 && part[whole]) {
          whole--;
        }
        String own = ownWords(targetName[p], whole < 0 ? "" : targetName[whole]);
        if (whole < 0 || own.isEmpty()) {
          continue;
        }
        for (int m = 0; m < nm; m++) {
          if (tier[p][m] > 0 && tier[whole][m] > 0 && !evidence.measureMetric(m).contains(own)) {
            tier[p][m] = 0;
          }
        }
      }
    }

    /** A part's own words before the whole's name that its name ends with (新建 of 新建新筹集保障性租赁住房), or "". */
    private static String ownWords(String part, String whole) {
      return whole.length() >= 2 && part.length() > whole.length() && part.endsWith(whole)
          ? part.substring(0, part.length() - whole.length()) : "";
    }

    /**
     * A whole broken down after 其中 into two or more parts that each fit a target the whole fits
     * (新建加固河道堤防28公里 ‖ 完成堤防建设31.6公里，其中新建堤防9.2公里、加固堤防22.4公里): the target names
     * what the parts split, and the whole is its figure. Not a target a part names exactly, or one that a
     * single part shares more words with than the whole does: that part's.
     */
    private void partsThatSplitTheTarget(int[][] tier) {
      for (int whole = 0; whole + 2 < nm; whole++) {
        int last = whole;
        while (last + 1 < nm && brokenDown(last + 1) == whole) {
          last++;
        }
        if (last - whole < 2) {
          continue;
        }
        for (int t = 0; t < nt; t++) {
          if (tier[t][whole] <= 0) {
            continue;
          }
          int kind = theKindTheTargetNames(tier, t, whole, last);
          if (kind >= 0) {
            for (int p = whole; p <= last; p++) {
              tier[t][p] = p == kind ? tier[t][p] : 0;
            }
            continue;
          }
          int fitting = 0;
          boolean named = false;
          int ofTheWhole = evidence.score(t, whole);
          int closerThanTheWhole = 0;
          int closest = -1;
          int next = ofTheWhole; // the closest but one, the whole among them
          for (int p = whole + 1; p <= last; p++) {
            fitting += tier[t][p] > 0 ? 1 : 0;
            named |= evidence.measureMetric(p).equals(targetName[t]);
            int score = tier[t][p] > 0 ? evidence.score(t, p) : -1;
            closerThanTheWhole += score > ofTheWhole ? 1 : 0;
            next = Math.max(next, Math.min(closest, score));
            closest = Math.max(closest, score);
          }
          // 新增就业612人，其中按比例就业96人、集中就业98人 for 按比例安排就业不少于150人: the one part that shares more
          // with the target than the whole does is the target's own, and so is one sharing twice what any other part or
          // the whole does (其中屋顶分布式光伏不少于4万千瓦 ‖ 其中，整县推进屋顶分布式光伏并网3.8万千瓦，集中式光伏电站并网9.8万千瓦);
          // the others name only the whole's thing, as parts that split a target naming their works (新建加固) do
          boolean onePartClosest = closerThanTheWhole == 1
              || closest > 2 * Math.max(next, 0) && !eachPartOpensWithTheTargetsWords(tier, t, whole + 1, last);
          if (fitting >= 2 && !named && !onePartClosest) {
            for (int p = whole + 1; p <= last; p++) {
              tier[t][p] = 0;
            }
          }
        }
      }
    }

    /**
     * The one part of a whole that lists its kinds (开展心理健康讲座、团体辅导等活动40场，其中讲座26场、团体辅导14场) that is
     * the kind target {@code t} names alone (开展心理健康讲座30场): its figure, not the whole's; or -1.
     */
    private int theKindTheTargetNames(int[][] tier, int t, int whole, int last) {
      String kinds = evidence.measureMetric(whole);
      if (kinds.indexOf('、') < 0 || evidence.targets.get(t).text().indexOf('、') >= 0) {
        return -1; // not 新建、改扩建幼儿园8所, a target that lists the kinds itself
      }
      int kind = -1;
      for (int p = whole + 1; p <= last; p++) {
        String metric = evidence.measureMetric(p);
        if (metric.length() < 2 || !kinds.contains(metric)) {
          return -1; // parts of another split than the kinds listed (品牌首店、旗舰店共23家，其中全国首店1家、省内首店6家)
        }
        if (!targetName[t].contains(metric)) {
          continue;
        }
        if (kind >= 0 || tier[t][p] <= 0) {
          return -1; // the target names two of the kinds, or the one it names cannot answer it
        }
        kind = p;
      }
      return kind;
    }

    /** Whether every part fitting target {@code t} opens with words of its name: 新建堤防、加固堤防 for 新建和加固堤防. */
    private boolean eachPartOpensWithTheTargetsWords(int[][] tier, int t, int from, int to) {
      for (int p = from; p <= to; p++) {
        String metric = evidence.measureMetric(p);
        if (tier[t][p] > 0 && (metric.length() < 2 || !targetName[t].contains(metric.substring(0, 2)))) {
          return false;
        }
      }
      return true;
    }

    /**
     * A total said right after its parts (新开通公交线路4条，优化调整线路5条，共计9条; 新建公厕20座、改建公厕26座，
     * 合计46座) answers what two or more of its parts answer, and over each of them: its own words are only
     * what the parts share (线路, 公厕), so they would lose to a part's closer words, and the first part
     * would answer the whole target. So does it a target that one part answers naming only some of its
     * things (完成国土绿化2.5万亩 ‖ 造林绿化1.8万亩、森林抚育0.9万亩，合计2.7万亩). Not a target one part names
     * exactly: that part is its figure.
     */
    private void totalsOverTheirParts(int[][] tier, long[][] weight) {
      for (int m = 2; m < nm; m++) {
        if (!total[m] || ends[m] == 0) {
          continue;
        }
        int first = m;
        while (first > 0 && partBefore(first - 1, first)) {
          first--;
        }
        if (m - first < 2) {
          continue;
        }
        for (int t = 0; t < nt; t++) {
          if (tier[t][m] == 0) {
            continue; // the total itself cannot answer the target
          }
          int parts = 0;
          int bestTier = 0;
          long bestWeight = 0;
          boolean named = false;
          boolean namedInPart = false;
          for (int p = first; p < m; p++) {
            // 改建公厕 for 改建公厕30座: that part's; but a target naming nothing names no part
            named |= !targetName[t].isEmpty() && evidence.measureMetric(p).equals(targetName[t]);
            if (tier[t][p] > 0) {
              parts++;
              bestTier = Math.max(bestTier, tier[t][p]);
              bestWeight = Math.max(bestWeight, weight[t][p]);
              namedInPart = tier[t][p] == WORDS && !evidence.namesEveryThing(t, p);
            }
          }
          if ((parts >= 2 || parts == 1 && namedInPart) && !named && bestTier >= Math.max(tier[t][m], 0)) {
            tier[t][m] = bestTier;
            weight[t][m] = Math.max(weight[t][m], bestWeight + 1);
          }
        }
      }
    }

    /** Whether measure {@code p} is a part said right before measure {@code next} in its sentence, in a unit alike. */
    private boolean partBefore(int p, int next) {
      return !total[p] && evidence.measures.get(p).unit().equals(evidence.measures.get(next).unit()) && oneSentence(p, next);
    }

    /** Whether measure {@code p} is said before measure {@code next} in the same sentence. */
    private boolean oneSentence(int p, int next) {
      if (ends[p] == 0 || ends[next] == 0 || ends[p] > starts[next]) {
        return false;
      }
      for (int k = ends[p]; k < starts[next]; k++) {
        if (Lexicon.isSentenceEnd(narrative.charAt(k))) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether no target but {@code t} has measure {@code m} in a tier: a whole another target claims
     * (实施易地扶贫搬迁18695人 ‖ 搬迁入住18695人) leaves its breakdown to a target of the part.
     */
    private boolean onlyFor(int[][] tier, int t, int m) {
      for (int other = 0; other < nt; other++) {
        if (other != t && tier[other][m] > 0) {
          return false;
        }
      }
      return true;
    }
    /**
     * A completion rate that names the target's whole thing (全年新增城镇就业完成年计划的108.6% for 新增城镇
     * 就业2.5万人) is its figure, given as a share of the plan, over figures that do not name it: they
     * are of parts or of neighbouring things (其中人工造林1.2万亩, 失业人员再就业0.86万人).
     */
    private void theTargetsOwnRate(int[][] tier) {
      for (int t = 0; t < nt; t++) {
        if (!evidence.hasItsOwnRate(t)) {
          continue;
        }
        String name = targetName[t];
        for (int m = 0; m < nm; m++) {
          if ((tier[t][m] > 0 || tier[t][m] == -SYNONYM) && !evidence.measureMetric(m).contains(name)) {
            tier[t][m] = 0;
          }
        }
      }
    }

    /**
     * A figure whose words are the target's whole name narrowed by words before it (失能特困人员集中供养率100%
     * for 特困人员集中供养率达到45%) is of a group within the target's, not of the whole, when another
     * figure names the target by the end of its name alone (集中供养率为43.4%): that one answers it.
     */
    private void notASubgroup(int[][] tier) {
      for (int t = 0; t < nt; t++) {
        String name = targetName[t];
        if (name.length() < 3) {
          continue;
        }
        boolean whole = false;
        for (int m = 0; m < nm && !whole; m++) {
          String metric = evidence.measureMetric(m);
          whole = tier[t][m] > 0 && metric.length() >= 2 && metric.length() < name.length() && name.endsWith(metric);
        }
        if (!whole) {
          continue;
        }
        for (int m = 0; m < nm; m++) {
          String metric = evidence.measureMetric(m);
          int at = metric.indexOf(name);
          if (tier[t][m] > 0 && at > 0 && !Metrics.onlyWork(metric.substring(0, at))) {
            tier[t][m] = 0;
          }
        }
      }
    }

    /**
     * A row's own figure, named by no words of its own (完成值：1.35), over the parts a breakdown after it names
     * (备注：其中人工造林0.52万亩、封山育林0.83万亩), though a part shares the target's words (完成造林): the parts are of the
     * figure, not of the task — unless the target names the part's own words.
     */
    private void notAPartOfTheRowsFigure(int[][] tier) {
      int breakdown = -2; // the first 其中 after the figure looked at: one look per stretch of the narrative, not per figure
      for (int w = 0; w < nm - 1; w++) {
        if (!evidence.measureMetric(w).isEmpty() || ends[w] == 0) {
          continue;
        }
        if (breakdown != -1 && breakdown < ends[w]) {
          breakdown = narrative.indexOf(PART_OF, ends[w]);
        }
        if (breakdown < 0) {
          return; // no breakdown after it, nor after any figure further on
        }
        Unit unit = evidence.measures.get(w).unit();
        for (int m = w + 1; m < nm; m++) {
          Measure part = evidence.measures.get(m);
          // 完成值：3126。其中自主就业退役士兵就业2215人: a bare figure's parts may write the unit it leaves to its header
          if (!part.unit().isCommensurableWith(unit) && !(unit.isBare() && !part.unit().isBare())) {
            continue;
          }
          if (evidence.measureMetric(m).isEmpty()) {
            break; // the next figure of the unit that names nothing: the parts after it are its own
          }
          if (ends[m] == 0 || starts[m] < breakdown) {
            continue;
          }
          for (int t = 0; t < nt; t++) {
            if (tier[t][w] > 0 && tier[t][m] > 0 && !targetName[t].contains(evidence.measureMetric(m))) {
              tier[t][m] = 0;
            }
          }
        }
      }
    }

    private static final String PART_OF = "其中";

    /**
     * The value a one-indicator row's narrative opens with under a sheet's label (完成值3260，较上年末的2815名增加445名;
     * 完成值27.6 before 专职…社会工作者52名; 完成值84.3。…7、8月…接通率分别为78.6%和80.1%): the row's answer, over the
     * figures its words go on to give, whatever their words share with the indicator's.
     */
    private void theRowsLabelledValue(int[][] tier) {
      if (nt != 1 || nm < 2 || tier[0][0] <= 0 || !evidence.measureMetric(0).isEmpty()
          || starts[0] != Grammar.skipSpaces(narrative, 0)) {
        return;
      }
      String said = evidence.measures.get(0).text();
      int label = SHEET_VALUE.startingAt(said, 0);
      if (label > 0 && label < said.length() && (said.charAt(label) == '：' || said.charAt(label) == ':')) {
        label++;
      }
      if (label == 0 || label >= said.length() || !Character.isDigit(said.charAt(label))) {
        return; // the narrative opens with the label and its figure: 完成值3260, 完成值：84.3
      }
      for (int m = 1; m < nm; m++) {
        tier[0][m] = 0;
      }
    }

    /** A sheet's labels of the value achieved: 完成值, 实际值, 完成数. */
    private static final WordSet SHEET_VALUE = WordSet.of("完成值", "实际值", "完成数", "实际完成值");

    private static final String NET = "净增";

    /**
     * A net increase (规上工业企业净增100家) is answered by the figure said net (净增92家), where there is one,
     * not by the flows it is made of (新增规上工业企业108家, 减少81家), though those share more of its words.
     */
    private void theNetFigureOverItsFlows(int[][] tier) {
      for (int t = 0; t < nt; t++) {
        if (!evidence.targets.get(t).metric().contains(NET)) {
          continue;
        }
        boolean net = false;
        for (int m = 0; m < nm && !net; m++) {
          net = tier[t][m] > 0 && evidence.measures.get(m).text().contains(NET);
        }
        for (int m = 0; net && m < nm; m++) {
          if (tier[t][m] > 0 && !evidence.measures.get(m).text().contains(NET)) {
            tier[t][m] = 0; // 新认定172家, 减少81家: the flows the net figure is made of
          }
        }
      }
    }

    /**
     * Whether completion rate {@code m} is target {@code t}'s: it may answer it, and names its words or
     * none of its own (完成年计划的108%).
     */
    private boolean rateOf(int t, int m) {
      return evidence.rejection(t, m) == null
          && (evidence.score(t, m) > 0 || Evidence.genericRate(evidence.measures.get(m).metric()));
    }

    /**
     * Whether measure {@code m} names a thing its target does not (公共 in 公共停车位 for 新增城区停车位): a
     * part so narrowed after 其中 (新增停车泊位2300个，其中公共停车位1500个) counts a share of the whole,
     * which answers the target though its words differ more — even by a synonym (停车泊位, 停车位).
     */
    private boolean narrowsTheTarget(int t, int m) {
      Metrics.Words target = evidence.targetWords(t);
      for (int bigram : evidence.measureWords(m).things) {
        if (!target.has(bigram)) {
          return true;
        }
      }
      return false;
    }

    /**
     * The figure that measure {@code m} breaks down after 其中 in its sentence — the nearest before it
     * in a unit commensurable with its own, no sum, or a completion rate (造林绿化完成年计划的93.5%，其中
     * 人工造林1.2万亩: the part of a whole given only as its share of the plan) — or -1.
     */
    private int brokenDown(int m) {
      if (wholes == null) {
        // asked of every measure by two rules: found once, and not at all in a narrative with no 其中
        wholes = new int[nm];
        boolean any = narrative.contains("其中") || narrative.indexOf('含') >= 0 || narrative.contains("包括")
            || narrative.indexOf('（') >= 0 || narrative.indexOf('(') >= 0;
        for (int k = 0; k < nm; k++) {
          wholes[k] = any ? brokenDown(k, MAX_BREAKDOWN_REACH) : -1;
        }
      }
      return wholes[m];
    }

    /**
     * Whether the character at {@code c}, after a figure ending at {@code whole}, opens what holds the
     * next figure, ending at {@code part}: an aside that stays open to it (建成胸痛中心5家（国家级2家、省级3家）),
     * or 含, 包括 right after the figure or its aside or comma (建成12座（含换电站3座）, 12座，含换电站3座).
     */
    private boolean opensABreakdown(int c, int whole, int part) {
      char ch = narrative.charAt(c);
      if (ch == '（' || ch == '(') {
        return Lexicon.asideOpenAt(narrative, c, part) == c;
      }
      boolean includes = ch == '含' || ch == '包' && narrative.charAt(c + 1) == '括';
      if (!includes) {
        return false;
      }
      char before = c == whole ? '，' : narrative.charAt(c - 1);
      return before == '（' || before == '(' || before == '，' || before == ',';
    }

    /** Per measure, {@link #brokenDown(int)}; null until first asked. */
    private int[] wholes;

    /** {@link #brokenDown(int)}, looking back through at most {@code items} items of one list after 其中. */
    private int brokenDown(int m, int items) {
      if (ends[m] == 0) {
        return -1;
      }
      Unit unit = evidence.measures.get(m).unit();
      // a breakdown follows its whole closely: a few figures back at most, so that a hostile
      // narrative of thousands of figures costs no more than a few looks per figure
      for (int k = m - 1; k >= Math.max(0, m - MAX_BREAKDOWN_REACH); k--) {
        Measure before = evidence.measures.get(k);
        if (ends[k] == 0 || ends[k] > ends[m] || Evidence.isSum(before)
            || !(before.unit().equals(unit) || before.unit().withDimensionOf(unit).isCommensurableWith(unit)
                || before.role() == Role.COMPLETION_RATE)
            || before.role() == Role.COMPLETION_RATE && theShareOfTheFigureBefore(k, unit)) {
          continue;
        }
        // a measure's span opens with its words: 其中 may be the first of them
        for (int c = ends[k]; c + 1 < ends[m]; c++) {
          char ch = narrative.charAt(c);
          if (Lexicon.isSentenceEnd(ch) && !Lexicon.isFieldBar(ch)) {
            return -1; // but 完成值163 ‖ 其中新建社区老年食堂41个: the row's next field breaks down its figure
          }
          if (ch == '其' && narrative.charAt(c + 1) == '中' || opensABreakdown(c, ends[k], ends[m])) {
            return k;
          }
        }
        // 其中技术开发合同成交额89.3亿元，技术服务合同成交额51.6亿元: the next item of a breakdown is a part too
        return items > 1 ? brokenDown(k, items - 1) : -1;
      }
      return -1;
    }

    /**
     * Whether the completion rate {@code rate} is the share of the plan of the figure right before it in its
     * sentence, in {@code unit} (培训56.3万人次，完成年度任务的93.8%，其中农民工20.1万人次): a breakdown after it is
     * of that figure.
     */
    private boolean theShareOfTheFigureBefore(int rate, Unit unit) {
      if (rate == 0 || ends[rate - 1] == 0 || ends[rate - 1] > ends[rate]) {
        return false;
      }
      Unit before = evidence.measures.get(rate - 1).unit();
      if (!before.equals(unit) && !before.isCommensurableWith(unit)) {
        return false;
      }
      for (int c = ends[rate - 1]; c < ends[rate]; c++) {
        if (Lexicon.isSentenceEnd(narrative.charAt(c))) {
          return false;
        }
      }
      return true;
    }

    /**
     * A figure naming nothing (新增57家) that fits several targets goes to the one the clause before it names (省级专精特新
     * 中小企业首批认定已完成，新增57家), as a figure of few words does ({@link #namedByTheClauseBefore}).
     */
    private void toTheTargetTheClauseBeforeNames(int[][] tier) {
      for (int m = 0; m < nm; m++) {
        int fits = 0;
        for (int t = 0; t < nt; t++) {
          fits += tier[t][m] == SUBJECTLESS ? 1 : 0;
        }
        if (fits < 2) {
          continue;
        }
        int column = m;
        int named = namedByTheClauseBefore(m, t -> tier[t][column] == SUBJECTLESS);
        for (int t = 0; t < nt && named >= 0; t++) {
          if (t != named && tier[t][m] == SUBJECTLESS) {
            tier[t][m] = 0;
            note(t, UnverifiedReason.TAKEN);
          }
        }
      }
    }

    /**
     * A subject-less value goes to the one target it fits; when several such values fit the same
     * several targets, to them in order; otherwise to none.
     */
    private void narrowSubjectless(int[][] tier, Role role) {
      if (!anyTier(tier, SUBJECTLESS)) {
        return;
      }
      toTheBareTarget(tier);
      toTheTargetTheClauseBeforeNames(tier);
      toTheTargetOfItsWork(tier);
      toTheFirstOfTwins(tier);
      boolean[] breakdown = breakdowns();
      for (int m = 0; m < nm; m++) {
        // 新建高标准农田28万亩（含改造提升10万亩） ‖ 完工25.6万亩: a figure naming nothing is the whole's, not its part's
        toTheOneTarget(tier, m, t -> !breakdown[t], UnverifiedReason.TAKEN);
      }
      boolean[][] keep = new boolean[nt][nm];
      for (int m = 0; m < nm; m++) {
        int fits = 0;
        for (int t = 0; t < nt; t++) {
          if (tier[t][m] == SUBJECTLESS) {
            fits++;
          }
        }
        // the subject-less values that fit exactly these targets, in order
        int rank = 0;
        int same = 0;
        for (int o = 0; o < nm && fits > 1; o++) {
          if (sameTargets(tier, o, m)) {
            if (o < m) {
              rank++;
            }
            same++;
          }
        }
        int k = 0;
        for (int t = 0; t < nt; t++) {
          if (tier[t][m] == SUBJECTLESS) {
            keep[t][m] = fits == 1 || same == fits && k == rank;
            k++;
          }
        }
      }
      for (int t = 0; t < nt; t++) {
        for (int m = 0; m < nm; m++) {
          if (tier[t][m] == SUBJECTLESS && !keep[t][m]) {
            tier[t][m] = 0;
            note(t, UnverifiedReason.TAKEN);
          }
        }
      }
    }

    /**
     * Per target, whether it is a part of another ({@link #aBreakdown}) or the next item of a list of such parts
     * (其中学前教育1800个、义务教育3600个).
     */
    private boolean[] breakdowns() {
      if (breakdowns != null) {
        return breakdowns;
      }
      boolean[] out = new boolean[nt];
      for (int t = 0; t < nt; t++) {
        Target target = evidence.targets.get(t);
        out[t] = aBreakdown(target) || t > 0 && out[t - 1] && nextInTheList(evidence.targets.get(t - 1), target);
      }
      breakdowns = out;
      return out;
    }

    /** Per target, whether it is a part of another ({@link #breakdowns}); null until asked. */
    private boolean[] breakdowns;

    /** Whether only a list's joiners stand between two targets in the task's text: 1800个、义务教育3600个. */
    private boolean nextInTheList(Target before, Target after) {
      return before.span().isPresent() && after.span().isPresent()
          && TaskExtractor.nextItem(evidence.taskText, before.span().get().end(), after.span().get().start());
    }

    /** Whether a target is a part of another, told after 其中 or 含 (其中改造提升10万亩, （含改造提升10万亩）). */
    private static boolean aBreakdown(Target target) {
      String text = target.text();
      return text.startsWith("其中") || text.startsWith("含");
    }

    /**
     * A subject-less value (全年完成5.3亿元) that fits just two targets, one aim at two heights (目标4.5亿元，力争5亿元),
     * answers that aim: it goes to the first, and the other height shares it afterwards.
     */
    private void toTheFirstOfTwins(int[][] tier) {
      for (int m = 0; m < nm; m++) {
        int first = -1;
        int second = -1;
        int fits = 0;
        for (int t = 0; t < nt; t++) {
          if (tier[t][m] == SUBJECTLESS) {
            fits++;
            if (first < 0) {
              first = t;
            } else {
              second = t;
            }
          }
        }
        if (fits == 2 && twins(evidence.taskText, evidence.targets.get(first), evidence.targets.get(second))) {
          tier[second][m] = 0;
        }
      }
    }

    /**
     * A bare subject-less value (已完成数1022) that fits several targets, one of them bare (工作目标869)
     * and the others counted (减少大班额1.4万个以上): the value sits in the target's column, the
     * counted figures name the item, so it goes to the bare target.
     */
    private void toTheBareTarget(int[][] tier) {
      for (int m = 0; m < nm; m++) {
        if (evidence.measures.get(m).unit().isBare()) {
          toTheOneTarget(tier, m, t -> evidence.targets.get(t).unit().isBare(), UnverifiedReason.TAKEN);
        }
      }
    }

    /**
     * A value named only by its work (已完成改造26个) that fits several targets (改造老旧小区28个,
     * 惠及居民4200户) goes to the one whose words name that work: 个 may count households, but the
     * work done was the renovation.
     */
    private void toTheTargetOfItsWork(int[][] tier) {
      for (int m = 0; m < nm; m++) {
        String work = evidence.measureMetric(m);
        if (!work.isEmpty() && Metrics.onlyWork(work)) {
          toTheOneTarget(tier, m, t -> evidence.targets.get(t).metric().contains(work), UnverifiedReason.OTHER_METRIC);
        }
      }
    }

    /**
     * When the subject-less value {@code m} fits two or more targets and exactly one of them is
     * {@code chosen}, the value goes to that one; the others are told {@code reason}.
     */
    private void toTheOneTarget(int[][] tier, int m, java.util.function.IntPredicate chosen, UnverifiedReason reason) {
      int fits = 0;
      int chosenFits = 0;
      for (int t = 0; t < nt; t++) {
        if (tier[t][m] == SUBJECTLESS) {
          fits++;
          if (chosen.test(t)) {
            chosenFits++;
          }
        }
      }
      if (fits < 2 || chosenFits != 1) {
        return;
      }
      for (int t = 0; t < nt; t++) {
        if (tier[t][m] == SUBJECTLESS && !chosen.test(t)) {
          tier[t][m] = 0;
          note(t, reason);
        }
      }
    }

    /**
     * A share of the year's plan (完成年度计划的85%, 占年计划投资的64.49%) in a task that states both a
     * project's whole size (总投资50亿元, 概算投资) and this year's part of it (年度计划投资8亿元): the share
     * is of the year's plan, the one target that names it; the whole size is no year's work. For the
     * task's other targets (重点项目50个) the share is another target's figure, not one taken from them.
     */
    private void toTheYearsPlan(int[][] tier) {
      int plan = -1;
      for (int t = 0; t < nt; t++) {
        if (namesTheYearsPlan(evidence.targets.get(t).text())) {
          if (plan >= 0) {
            return; // two plans: the rate does not say which
          }
          plan = t;
        }
      }
      if (plan < 0) {
        return;
      }
      for (int m = 0; m < nm; m++) {
        if (tier[plan][m] <= 0) {
          continue;
        }
        for (int t = 0; t < nt; t++) {
          if (t != plan && tier[t][m] != 0) {
            tier[t][m] = 0;
            note(t, UnverifiedReason.OTHER_METRIC);
          }
        }
      }
    }

    /** 年度计划投资8亿元, 当年计划投资, 年度投资计划, 全年目标任务: a target that is this year's plan. */
    private static boolean namesTheYearsPlan(String text) {
      boolean plan = text.contains("计划") || text.contains("目标");
      return plan && (text.contains("年度") || text.contains("当年") || text.contains("全年") || text.contains("年计划"));
    }

    private boolean anyTier(int[][] tier, int level) {
      for (int[] row : tier) {
        for (int x : row) {
          if (x == level) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean sameTargets(int[][] tier, int a, int b) {
      boolean any = false;
      for (int t = 0; t < nt; t++) {
        boolean x = tier[t][a] == SUBJECTLESS;
        if (x != (tier[t][b] == SUBJECTLESS)) {
          return false;
        }
        any |= x;
      }
      return any;
    }

    /**
     * A measure whose words name something else may still name the target by a synonym: it shares
     * characters with the target's subject (two, or one of a count in the same specific classifier
     * by the same act), fits that target better than any other, and has no better use.
     */
    private void decideSynonyms(int[][] tier) {
      // a target with better evidence elsewhere does not compete for a synonym; evidence another target
      // holds more of is no better (新造油茶林 for 改造低产油茶林 beside 新造油茶林20万亩: 低产林改造 is its figure)
      boolean[] served = new boolean[nt];
      for (int m = 0; m < nm; m++) {
        int best = -1;
        for (int t = 0; t < nt; t++) {
          if (tier[t][m] > 0 && (best < 0 || evidence.score(t, m) > evidence.score(best, m))) {
            best = t;
          }
        }
        if (best >= 0) {
          served[best] = true;
        }
      }
      for (int m = 0; m < nm; m++) {
        boolean candidate = false;
        boolean better = false;
        for (int t = 0; t < nt; t++) {
          candidate |= tier[t][m] == -SYNONYM;
          better |= tier[t][m] > 0;
        }
        if (!candidate) {
          continue;
        }
        int best = -1;
        int bestOverlap = 0;
        boolean tie = false;
        for (int t = 0; t < nt; t++) {
          if (tier[t][m] != -SYNONYM || served[t]) {
            continue;
          }
          int overlap = Metrics.sharedCharacters(evidence.targetWords(t), evidence.measureWords(m));
          boolean sameClassifier =
              Evidence.sameClassifier(evidence.targets.get(t).unit(), evidence.measures.get(m).unit());
          boolean enough = overlap >= 2 || overlap == 1 && sameClassifier
              && (Metrics.shareVerb(evidence.targetWords(t), evidence.measureWords(m))
                  || Metrics.abbreviates(evidence.targetWords(t), evidence.measureWords(m)));
          if (!enough) {
            continue;
          }
          if (overlap > bestOverlap) {
            best = t;
            bestOverlap = overlap;
            tie = false;
          } else if (overlap == bestOverlap) {
            tie = true;
          }
        }
        if (best < 0 && !better) {
          int column = m;
          best = namedByTheClauseBefore(m, t -> tier[t][column] == -SYNONYM && !served[t]);
          tie = false;
        }
        for (int t = 0; t < nt; t++) {
          if (tier[t][m] == -SYNONYM) {
            tier[t][m] = t == best && !tie && !better ? SYNONYM : -1;
          }
        }
      }
    }

    /** How much more the whole of a target's name said weighs than a share of another's words. */
    private static final int WHOLE_NAME = 1000;

    /**
     * The one target the clause before measure {@code m} names, when that clause, in the figure's sentence, gives no
     * figure of its own and the figure's words name no target (新建高标准农田项目已全部开工，完成建设面积15.2万亩): the
     * sentence's subject is the figure's; the work it names tells two targets of the same thing apart (新建 and 改造提升
     * 高标准农田). -1 when it names none, or two alike.
     */
    private int namedByTheClauseBefore(int m, java.util.function.IntPredicate candidate) {
      Optional<Span> span = evidence.measures.get(m).span();
      if (span.isEmpty() || span.get().start() > narrative.length()) {
        return -1;
      }
      int clause = Reading.clauseStart(narrative, span.get().start());
      if (clause == 0 || "，,：:".indexOf(narrative.charAt(clause - 1)) < 0) {
        return -1; // the clause before is another sentence's or another item's (…；城市绿道：完成12.4千米)
      }
      int from = Reading.clauseStart(narrative, clause - 1);
      // a clause of figures has subjects of its own; one of words in numerals may name none (水肥一体化项目已完成招标);
      // and a figure of a list (分别为80万元、120万元、150万元) is of the list's subject, not the clause's before it
      int end = Reading.clauseEnd(narrative, span.get().end());
      if (figureWithin(m, from, clause, end)) {
        return -1;
      }
      for (int k = from; k < clause; k++) {
        if (Character.isDigit(narrative.charAt(k))) {
          return -1;
        }
      }
      String said = narrative.substring(from, clause - 1);
      if (evidence.measures.get(m).text().startsWith("其中")) {
        return -1; // 正在组织复耕复种，其中种植粮食作物9240亩: a part names its own subject, of the whole before
      }
      String own = evidence.measures.get(m).metric();
      if (!own.isEmpty() && said.contains(own)) {
        return -1; // 已完成市级示范社申报推荐，共推荐72家: the figure counts what that act did
      }
      Metrics.Words words = new Metrics.Words(said);
      int best = -1;
      int bestWeight = 0;
      boolean tie = false;
      for (int t = 0; t < nt; t++) {
        if (!candidate.test(t)) {
          continue;
        }
        int overlap = Metrics.sharedCharacters(evidence.targetWords(t), words);
        // the whole of a target's name said (区级基地 for 区级, beside 建成市级产教融合实训基地) outweighs a share of another's
        String name = evidence.targets.get(t).metric();
        boolean whole = name.length() >= 2 && said.contains(name);
        if (overlap < 2 && !whole) {
          continue;
        }
        int weight = (whole ? WHOLE_NAME : 0) + 2 * overlap
            + (Metrics.shareVerb(evidence.targetWords(t), words) ? 1 : 0);
        if (weight > bestWeight) {
          best = t;
          bestWeight = weight;
          tie = false;
        } else if (weight == bestWeight) {
          tie = true;
        }
      }
      return tie ? -1 : best;
    }

    /**
     * Whether a figure other than {@code m} stands in the clause from {@code from} to {@code clause} before it, or in
     * its own clause up to {@code end}. The measures are in the narrative's order, a sum of parts beside its last part,
     * so the look goes out from {@code m} no further than a clause's reach past either end.
     */
    private boolean figureWithin(int m, int from, int clause, int end) {
      if (standsWithin(m, m, from, clause, end)) {
        return true;
      }
      for (int k = m - 1; k >= 0; k--) {
        Optional<Span> at = evidence.measures.get(k).span();
        if (standsWithin(k, m, from, clause, end)) {
          return true;
        }
        if (at.isPresent() && at.get().end() < from - Reading.REACH) {
          break;
        }
      }
      for (int k = m + 1; k < nm; k++) {
        Optional<Span> at = evidence.measures.get(k).span();
        if (standsWithin(k, m, from, clause, end)) {
          return true;
        }
        if (at.isPresent() && at.get().start() > end + Reading.REACH) {
          break;
        }
      }
      return false;
    }

    /** Whether measure {@code k} stands in the clause before {@code m}'s, or is another in {@code m}'s own. */
    private boolean standsWithin(int k, int m, int from, int clause, int end) {
      Optional<Span> at = evidence.measures.get(k).span();
      return at.isPresent() && (at.get().start() < clause && at.get().end() > from
          || k != m && at.get().start() < end && at.get().end() > clause);
    }

    /** Words of a figure on the comparable basis, against its raw one (自然口径). */
    private static final WordSet LIKE_FOR_LIKE = WordSet.of("同口径", "可比口径");

    /**
     * The end of the narrative's first clause when it holds a date and no other figure (截至9月底，沿江高速
     * 38.5公里建成通车；…): the date of all it reports, whose month {@link Deadlines#asOfMonths} finds there; or -1.
     */
    private static int leadClauseEnd(Tokens tk) {
      String text = tk.normalized;
      int end = Reading.clauseEnd(text, 0);
      for (Mention m : tk.mentions) {
        if (m.start < end && m.type != Mention.Type.DATE) {
          return -1; // a figure in the first clause: its date is its own
        }
      }
      return end < text.length() ? end : -1;
    }

    /**
     * Within a tier: closer words, then outside parentheses, then the later date, then a stock for a
     * level a stock reaches, a figure said to be this year's, work done, a figure equal to the target or
     * on the comparable basis (同口径), the target's own name, then a value with its unit over a bare
     * number, then position; between targets, last, the one in the figure's own unit.
     */
    private long weight(int t, int m, int similarity) {
      Measure measure = evidence.measures.get(m);
      Target target = evidence.targets.get(t);
      long w = (long) Math.min(similarity, 99_999) * 100_000;
      if (!aside[m]) {
        w += 50_000;
      }
      if (!onePeriod[m]) {
        // of one thing at two dates, the later total; a later period's own work (12月份新建公厕5座，
        // 全年累计新建42座) is no total at all
        w += asOf[m] * 3_000L;
      }
      boolean runningTotal = evidence.setsARunningTotal(t);
      if (thisYear[m] && !runningTotal) {
        w += 2_500; // 累计改造120个，其中今年改造25个: of a total since some start and the year's, the year's
      }
      if (evidence.levelOfAStock(t) && evidence.statesAStock(m) || runningTotal && evidence.runningTotal(m)) {
        // 数据集达到300个 ‖ 新增80个，累计320个: the level a stock reached, before the year's new ones;
        // 示范村累计达到38个 ‖ 今年新创建6个，累计建成36个: the running total a target names, before the year's
        w += 3_000;
      }
      if (workDone(t, m)) {
        // 实施危房改造300户 ‖ 已开工280户，竣工210户: a target naming no stage is judged on the work done,
        // before a started figure equal to the target and earlier in the text (2 000 + 999)
        w += 3_000;
      }
      if (sameValue(target, measure)) {
        w += 2_000;
      }
      if (LIKE_FOR_LIKE.within(measure.text())) {
        w += 2_000; // 自然口径增长3.1%，同口径增长5.8%: a target is set on the comparable basis
      }
      if (total[m] || evidence.measureMetric(m).equals(targetName[t])) {
        // 城镇新建公厕22座，农村新建公厕31座，合计新建公厕53座: the target's own name over a part's;
        // 夏粮播种面积70.4万亩，秋粮播种面积112万亩，全年合计182.4万亩: the total over its parts
        w += 1_500;
      }
      if (!measure.unit().isBare() || target.unit().isBare()) {
        w += 1_000; // 1-9月1180亿元 over 2023年：1500 against 1620亿元: the unit says whose figure it is
      }
      if (Evidence.sameClassifier(target.unit(), measure.unit())) {
        // 清洗消毒2次 ‖ 完成17个小区水箱清洗消毒各2次: the target's own classifier over the general 个, even where the
        // verb of work done is said before the other figure only, and the other is the target's value
        w += 6_000;
      }
      if (itsSentenceNamesTheTarget(t, m)) {
        w += 2_500; // 存量…已赋码187.3万个，赋码率99.2%；新增供地项目412个，…赋码率100%: each rate its sentence's subject's
      }
      if (overYears(t) == cumulativeChange(m)) {
        // 下降3.9%，“十四五”期间累计下降19.5% ‖ 全年下降4.1%: a year's change answers the year's target, even
        // when it equals the other's figure; a change said 累计 answers the target over several years
        w += 5_000;
      }
      int position = nm <= 1 ? 0 : (int) ((long) m * 999 / (nm - 1));
      boolean latest = measure.unit().dimension() == Unit.Dimension.PERCENT && evidence.measureMetric(m).length() < 2;
      // last, between targets alike in all else, the one in the figure's own unit: 完工152个 for
      // 改造老旧小区186个 beside the same task's 2.3万户
      return (w + (latest ? position : 999 - position)) * 2 + (measure.unit().equals(target.unit()) ? 1 : 0);
    }

    /**
     * Whether measure {@code m}'s words, said whole in the names of two targets or more (赋码率 of 存量不动产单元赋码率 and
     * 新增供地项目全流程赋码率), leave its sentence before it to tell them apart, and that names words of target
     * {@code t}'s the others lack (存量不动产单元已赋码187.3万个，赋码率99.2%).
     */
    private boolean itsSentenceNamesTheTarget(int t, int m) {
      String said = evidence.measureMetric(m);
      Optional<Span> span = evidence.measures.get(m).span();
      if (said.length() < 2 || nt < 2 || span.isEmpty() || span.get().start() > narrative.length()
          || !targetName[t].contains(said)) {
        return false;
      }
      if (namedBy == null) {
        namedBy = new int[nm]; // asked for every pair: how many targets' names hold each measure's words, found once
        java.util.Arrays.fill(namedBy, -1);
      }
      if (namedBy[m] < 0) {
        int named = 0;
        for (String name : targetName) {
          named += name.contains(said) ? 1 : 0;
        }
        namedBy[m] = named;
      }
      if (namedBy[m] < 2) {
        return false;
      }
      if (sentenceBefore == null) {
        sentenceBefore = new Metrics.Words[nm];
      }
      if (sentenceBefore[m] == null) { // of the measure alone: read once, whichever target asks
        int start = span.get().start();
        sentenceBefore[m] = new Metrics.Words(narrative.substring(Reading.sentenceStart(narrative, start), start));
      }
      Metrics.Words before = sentenceBefore[m];
      for (int bigram : evidence.targetWords(t).things) {
        if (before.has(bigram) && onlyThisTargetSays(t, bigram, said)) {
          return true;
        }
      }
      return false;
    }

    /** Per measure, how many targets' names hold its words; null until asked. */
    private int[] namedBy;

    /** Per measure, the words of its sentence before it, read when a target first asks; null until then. */
    private Metrics.Words[] sentenceBefore;

    /** Whether {@code bigram} is of target {@code t}'s words and of no other's that holds {@code said} too. */
    private boolean onlyThisTargetSays(int t, int bigram, String said) {
      for (int other = 0; other < nt; other++) {
        if (other != t && targetName[other].contains(said) && evidence.targetWords(other).has(bigram)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether target {@code t} is a change over several years: 累计下降19.5%, or one set for a plan's five
     * years (“十四五”期间下降13.5%).
     */
    private boolean overYears(int t) {
      // asked for every pair of every tier: each target's horizon is read once
      if (targetOverYears[t] == 0) {
        Target target = evidence.targets.get(t);
        String text = target.text();
        targetOverYears[t] = target.kind().isChange() && (text.contains("累计") || PLAN_PERIODS.within(text)) ? (byte) 1 : 2;
      }
      return targetOverYears[t] == 1;
    }

    /** Whether measure {@code m} is a change said to run over several years: 累计下降8.2%; read once. */
    private boolean cumulativeChange(int m) {
      if (measureOverYears[m] == 0) {
        Measure measure = evidence.measures.get(m);
        measureOverYears[m] = measure.kind().isChange() && measure.text().contains("累计") ? (byte) 1 : 2;
      }
      return measureOverYears[m] == 1;
    }

    /** The five-year plans a target may be set over. */
    private static final WordSet PLAN_PERIODS = WordSet.of("十二五", "十三五", "十四五", "十五五");

    /**
     * Whether the measure counts work done (竣工, 完工, 建成) for a target that names no stage of its
     * work (实施改造, 建设): of the figures started and done, the one that says the work is there. The
     * stage is the measure's subject's, or, when that names none, its words' (2所已完工投用).
     */
    private boolean workDone(int t, int m) {
      // asked for every pair of every tier: each target's and measure's stage is read once
      if (targetStage[t] == 0) {
        targetStage[t] = (byte) (Metrics.stage(evidence.targets.get(t).metric()) + 1);
      }
      if (targetStage[t] != 1) {
        return false;
      }
      return stageOf(m) == 2;
    }

    /** The stage of work measure {@code m} counts ({@link Metrics#stage}), read once. */
    private int stageOf(int m) {
      if (measureStage[m] == 0) {
        Measure measure = evidence.measures.get(m);
        int stage = Metrics.stage(measure.metric());
        // 5所学校均已开工，其中2所已完工投用: the stage is said after the number, outside the subject
        stage = stage == 0 ? Metrics.stage(measure.text()) : stage;
        if (stage == 0 && m > 0 && continuesTheList(m)) {
          stage = stageOf(m - 1); // 已完成新建2个、改造4个，共6个: the verb before a list says each item's stage
        }
        measureStage[m] = (byte) (stage + 1);
      }
      return measureStage[m] - 1;
    }

    /**
     * Whether measure {@code m} follows measure {@code m - 1} as the next item of one list (新建2个、改造4个)
     * or as the total said right after it (…改造4个，共6个): nothing but a list's joiner between them.
     */
    private boolean continuesTheList(int m) {
      int from = ends[m - 1];
      int to = starts[m];
      if (ends[m] == 0 || from == 0 || to != from + 1) {
        return false;
      }
      char joiner = narrative.charAt(from);
      return joiner == '、' || (joiner == '，' || joiner == ',') && total[m];
    }

    private static boolean sameValue(Target target, Measure measure) {
      if (target.unit().equals(measure.unit())) {
        return target.value().compareTo(measure.value()) == 0;
      }
      try {
        return target.unit().isCommensurableWith(measure.unit())
            && target.unit().compare(target.value(), measure.unit(), measure.value()) == 0;
      } catch (RuntimeException incommensurable) {
        return false;
      }
    }

    /** Assigns the pairs of one tier, best total weight first, among what is still free. */
    private void solve(int level, int[][] tier, long[][] weight, boolean[] used, boolean[] done, int[] result) {
      List<Integer> rows = new ArrayList<>();
      List<Integer> cols = new ArrayList<>();
      boolean[] colSeen = new boolean[nm];
      for (int t = 0; t < nt; t++) {
        if (done[t]) {
          continue;
        }
        boolean row = false;
        for (int m = 0; m < nm; m++) {
          if (!used[m] && tier[t][m] == level) {
            row = true;
            if (!colSeen[m]) {
              colSeen[m] = true;
              cols.add(m);
            }
          }
        }
        if (row) {
          rows.add(t);
        }
      }
      if (rows.isEmpty()) {
        return;
      }
      cols.sort(null);
      // one target, or no measure wanted by two: the heaviest pair per target is the best assignment
      int[] chosen = rows.size() == 1 || disjoint(rows, cols, level, tier) || rows.size() > EXACT_LIMIT || cols.size() > EXACT_LIMIT
          ? bestFirst(rows, cols, level, tier, weight)
          : hungarian(rows, cols, level, tier, weight);
      for (int i = 0; i < rows.size(); i++) {
        if (chosen[i] >= 0) {
          int t = rows.get(i);
          int m = cols.get(chosen[i]);
          result[t] = m;
          used[m] = true;
          done[t] = true;
        }
      }
    }

    /**
     * The assignment of rows to columns of greatest total weight, a row free to take none (the
     * Hungarian method with potentials, on costs, with a column of its own per row for "none").
     * Returns, per row, the index into {@code cols} or -1.
     */
    private static int[] hungarian(List<Integer> rows, List<Integer> cols, int level, int[][] tier, long[][] weight) {
      int n = rows.size();
      int k = cols.size();
      int width = k + n;
      long max = 1;
      for (int t : rows) {
        for (int m : cols) {
          if (tier[t][m] == level) {
            max = Math.max(max, weight[t][m] + 1);
          }
        }
      }
      long forbidden = max * 4;
      long[][] cost = new long[n + 1][width + 1];
      for (int i = 1; i <= n; i++) {
        int t = rows.get(i - 1);
        for (int j = 1; j <= width; j++) {
          if (j <= k) {
            int m = cols.get(j - 1);
            cost[i][j] = tier[t][m] == level ? max - weight[t][m] : forbidden;
          } else {
            cost[i][j] = j - k == i ? max : forbidden;
          }
        }
      }
      long[] u = new long[n + 1];
      long[] v = new long[width + 1];
      int[] p = new int[width + 1];
      int[] way = new int[width + 1];
      for (int i = 1; i <= n; i++) {
        p[0] = i;
        int j0 = 0;
        long[] minv = new long[width + 1];
        Arrays.fill(minv, Long.MAX_VALUE);
        boolean[] usedCol = new boolean[width + 1];
        do {
          usedCol[j0] = true;
          int i0 = p[j0];
          long delta = Long.MAX_VALUE;
          int j1 = 0;
          for (int j = 1; j <= width; j++) {
            if (!usedCol[j]) {
              long cur = cost[i0][j] - u[i0] - v[j];
              if (cur < minv[j]) {
                minv[j] = cur;
                way[j] = j0;
              }
              if (minv[j] < delta) {
                delta = minv[j];
                j1 = j;
              }
            }
          }
          for (int j = 0; j <= width; j++) {
            if (usedCol[j]) {
              u[p[j]] += delta;
              v[j] -= delta;
            } else {
              minv[j] -= delta;
            }
          }
          j0 = j1;
        } while (p[j0] != 0);
        do {
          int j1 = way[j0];
          p[j0] = p[j1];
          j0 = j1;
        } while (j0 != 0);
      }
      int[] out = new int[n];
      Arrays.fill(out, -1);
      for (int j = 1; j <= k; j++) {
        if (p[j] != 0) {
          int t = rows.get(p[j] - 1);
          if (tier[t][cols.get(j - 1)] == level) {
            out[p[j] - 1] = j - 1;
          }
        }
      }
      return out;
    }

    /** Whether no measure of the tier is wanted by two targets. */
    private static boolean disjoint(List<Integer> rows, List<Integer> cols, int level, int[][] tier) {
      for (int m : cols) {
        int wanted = 0;
        for (int t : rows) {
          if (tier[t][m] == level && ++wanted > 1) {
            return false;
          }
        }
      }
      return true;
    }

    /** Heaviest pair first: exact when no two targets want one measure; else for tasks too large for the exact method. */
    private static int[] bestFirst(List<Integer> rows, List<Integer> cols, int level, int[][] tier, long[][] weight) {
      int[] out = new int[rows.size()];
      Arrays.fill(out, -1);
      boolean[] colTaken = new boolean[cols.size()];
      while (true) {
        long best = Long.MIN_VALUE;
        int bi = -1;
        int bj = -1;
        for (int i = 0; i < rows.size(); i++) {
          if (out[i] >= 0) {
            continue;
          }
          for (int j = 0; j < cols.size(); j++) {
            int t = rows.get(i);
            int m = cols.get(j);
            if (!colTaken[j] && tier[t][m] == level && weight[t][m] > best) {
              best = weight[t][m];
              bi = i;
              bj = j;
            }
          }
        }
        if (bi < 0) {
          return out;
        }
        out[bi] = bj;
        colTaken[bj] = true;
      }
    }
  }
}
