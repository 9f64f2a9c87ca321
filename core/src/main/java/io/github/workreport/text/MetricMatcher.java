package io.github.workreport.text;

import io.github.workreport.Kind;
import io.github.workreport.Measure;
import io.github.workreport.Role;
import io.github.workreport.Span;
import io.github.workreport.Target;
import io.github.workreport.Task;
import io.github.workreport.Unit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The standard {@link MeasureMatcher}: pairs each target with at most one measure whose unit has
 * the same dimension (and, for counts, a compatible classifier), whose kind fits (a rate of change
 * with a rate of change, a level with a level, a count or amount with a count or amount), and whose
 * metric words are close to the target's (see {@link Metrics#similarity}). The closest pairs are
 * taken first; a target whose two best candidates are equally close is left unverified.
 *
 * <p>Two further rules follow how narratives are written. A rate without a subject of its own
 * ({@code 一季度增速0.6%…四季度预计增速6%}) speaks of the task's only rate target, and the latest such
 * rate is taken. A stock ({@code 截至目前…高新技术企业近42余家}, {@code 累计}, {@code 现有}) is not
 * taken as evidence for a target of new things ({@code 新增高新技术企业4家}).
 */
final class MetricMatcher implements MeasureMatcher {
  static final MetricMatcher INSTANCE = new MetricMatcher();

  /** Words of making new things: a target with one counts an increment, not a stock. */
  private static final String[] INCREMENT = {
      "新增", "新建", "新招", "新组", "新培", "新引", "新认", "新开", "新设", "新注", "新登", "新创", "新打",
      "新改", "新落", "新入", "新上", "新发展", "增加", "新签", "组建", "创建", "打造", "培育", "引进", "招聘"};
  /** Nouns that, right after a general classifier, say what is counted: 17个项目 counts projects. */
  private static final String[] COUNTED = {"项目", "企业", "单位", "工程"};
  private static final String[] STOCK = {"截至目前", "截止目前", "目前", "现有", "共有", "累计", "总数", "总计", "保有"};
  /** Score of a sum made for the target from its parts: above any similarity. */
  private static final int SUM_SCORE = 1_000;
  /** Score of a subject-less rate: below any similarity. */
  private static final int BARE_SCORE = 0;

  private MetricMatcher() {}

  @Override
  public List<Match> match(Task task) {
    List<Target> targets = task.targets();
    List<Measure> measures = task.outcome().measures();
    int nt = targets.size();
    int nm = measures.size();
    Match.Builder[] builders = new Match.Builder[nt];
    for (int t = 0; t < nt; t++) {
      builders[t] = Match.builder().target(t);
    }
    if (nt > 0 && nm > 0) {
      String[] targetMetrics = new String[nt];
      boolean[] increment = new boolean[nt];
      for (int t = 0; t < nt; t++) {
        targetMetrics[t] = Metrics.comparable(targets.get(t).metric());
        increment[t] = isIncrement(task.text(), targets.get(t));
      }
      boolean[] stock = new boolean[nm];
      for (int m = 0; m < nm; m++) {
        stock[m] = isStock(task.outcome().narrative(), measures.get(m));
      }
      int[] revision = assign(targets, measures, targetMetrics, increment, stock, Role.REVISED_TARGET, new boolean[nm]);
      boolean[] used = new boolean[nm];
      int[] achieved = assign(targets, measures, targetMetrics, increment, stock, Role.ACHIEVED, used);
      int[] rates = assign(targets, measures, targetMetrics, increment, stock, Role.COMPLETION_RATE, used);
      for (int t = 0; t < nt; t++) {
        if (revision[t] >= 0) {
          builders[t].revision(revision[t]);
        }
        if (achieved[t] >= 0) {
          builders[t].measure(achieved[t]);
        } else if (rates[t] >= 0) {
          builders[t].measure(rates[t]);
        }
      }
    }
    List<Match> out = new ArrayList<>(nt);
    for (Match.Builder b : builders) {
      out.add(b.build());
    }
    return out;
  }

  /**
   * For each target, the index of the measure of {@code role} assigned to it, or -1: closest pairs
   * first, each measure to at most one target, ambiguous targets left out.
   */
  private static int[] assign(List<Target> targets, List<Measure> measures, String[] targetMetrics,
      boolean[] increment, boolean[] stock, Role role, boolean[] used) {
    int nt = targets.size();
    int nm = measures.size();
    int[][] score = new int[nt][nm];
    for (int[] row : score) {
      Arrays.fill(row, -1);
    }
    int[] result = new int[nt];
    Arrays.fill(result, -1);
    boolean any = false;
    for (int m = 0; m < nm; m++) {
      Measure measure = measures.get(m);
      if (measure.role() != role) {
        continue;
      }
      String metric = Metrics.comparable(measure.metric());
      int bareTarget = metric.isEmpty() ? onlyRateTarget(targets, measure, role) : -1;
      for (int t = 0; t < nt; t++) {
        Target target = targets.get(t);
        if (!admissible(target, measure, increment[t], stock[m])) {
          continue;
        }
        if (role == Role.ACHIEVED && measure.metric().equals(target.metric()) && isSum(measure)) {
          score[t][m] = SUM_SCORE;
        } else if (t == bareTarget) {
          score[t][m] = BARE_SCORE;
        } else {
          int s = Metrics.similarity(targetMetrics[t], metric, sameClassifier(target.unit(), measure.unit()));
          if (s > 0) {
            score[t][m] = s;
          } else if (role == Role.COMPLETION_RATE && isGenericRate(metric) && onlyCumulativeTarget(targets) == t) {
            score[t][m] = BARE_SCORE;
          }
        }
        any |= score[t][m] >= 0;
      }
    }
    if (!any) {
      return result;
    }
    boolean[] targetDone = new boolean[nt];
    while (true) {
      int bestT = -1;
      int bestM = -1;
      int best = -1;
      for (int t = 0; t < nt; t++) {
        if (targetDone[t]) {
          continue;
        }
        for (int m = nm - 1; m >= 0; m--) { // later measures win ties: the latest figure
          if (!used[m] && score[t][m] > best) {
            best = score[t][m];
            bestT = t;
            bestM = m;
          }
        }
      }
      if (bestT < 0) {
        return result;
      }
      targetDone[bestT] = true;
      if (best > BARE_SCORE && ambiguous(score, bestT, bestM, measures, used, role)) {
        continue;
      }
      result[bestT] = bestM;
      used[bestM] = true;
    }
  }

  /**
   * Whether another free measure is as close to the target, states another value, and is not
   * closer to some other target: then the text does not say which one is meant.
   */
  private static boolean ambiguous(int[][] score, int t, int m, List<Measure> measures, boolean[] used, Role role) {
    for (int other = 0; other < measures.size(); other++) {
      if (other == m || used[other] || measures.get(other).role() != role || score[t][other] != score[t][m]) {
        continue;
      }
      if (measures.get(other).quantity().isComparableWith(measures.get(m).quantity())
          && measures.get(other).quantity().isEquivalentTo(measures.get(m).quantity())) {
        continue;
      }
      boolean closerElsewhere = false;
      for (int t2 = 0; t2 < score.length; t2++) {
        if (t2 != t && score[t2][other] > score[t][other]) {
          closerElsewhere = true;
          break;
        }
      }
      if (!closerElsewhere) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSum(Measure measure) {
    return measure.text().indexOf('＋') >= 0;
  }

  /** The index of the task's only rate target this subject-less measure fits, or -1. */
  private static int onlyRateTarget(List<Target> targets, Measure measure, Role role) {
    if (measure.unit().dimension() != Unit.Dimension.PERCENT || role == Role.COMPLETION_RATE) {
      return -1;
    }
    int found = -1;
    for (int t = 0; t < targets.size(); t++) {
      if (compatible(targets.get(t), measure)) {
        if (found >= 0) {
          return -1;
        }
        found = t;
      }
    }
    return found;
  }

  private static int onlyCumulativeTarget(List<Target> targets) {
    int found = -1;
    for (int t = 0; t < targets.size(); t++) {
      if (targets.get(t).kind().isCumulative()) {
        if (found >= 0) {
          return -1;
        }
        found = t;
      }
    }
    return found;
  }

  /** 完成目标任务, 年度计划: a completion rate that names no subject of its own. */
  private static boolean isGenericRate(String metric) {
    String rest = metric;
    for (String w : new String[] {"完成", "目标", "任务", "年度", "全年", "计划", "的", "率", "进度"}) {
      rest = rest.replace(w, "");
    }
    return rest.isEmpty();
  }

  /**
   * Whether the measure can be evidence for the target at all: commensurable units (percentage
   * points only with points), and fitting kinds.
   */
  static boolean compatible(Target target, Measure measure) {
    if (measure.role() == Role.COMPLETION_RATE) {
      return measure.unit().dimension() == Unit.Dimension.PERCENT && target.kind().isCumulative();
    }
    Unit tu = target.unit();
    Unit mu = measure.unit();
    if (!tu.isCommensurableWith(mu) || isPoints(tu) != isPoints(mu)) {
      return false;
    }
    Kind a = target.kind();
    Kind b = measure.kind();
    return a.isChange() ? b.isChange() : a.isCumulative() ? b.isCumulative() : a == b;
  }

  /** Counts in one and the same specific classifier (所 and 所; not 个, which stands for any). */
  static boolean sameClassifier(Unit a, Unit b) {
    return a.dimension() == Unit.Dimension.COUNT && b.dimension() == Unit.Dimension.COUNT
        && a.classifier().equals(b.classifier()) && !a.classifier().equals("个");
  }

  /**
   * Whether the measure may be taken as evidence for the target: {@link #compatible}, not a stock
   * for a target of new things, and not counting something else by name (17个项目… for 13处能源站).
   */
  static boolean admissible(Target target, Measure measure, boolean increment, boolean stock) {
    if (!compatible(target, measure) || increment && stock) {
      return false;
    }
    String metric = measure.metric();
    if (measure.unit().dimension() == Unit.Dimension.COUNT) {
      for (String counted : COUNTED) {
        if (metric.startsWith(counted) && !target.metric().contains(counted)) {
          return false;
        }
      }
    }
    return !Metrics.conflictingWork(target.metric(), metric);
  }

  /** The closeness of a measure to a target, or -1 when it is not admissible; see {@link Metrics#similarity}. */
  static int score(Task task, Target target, Measure measure) {
    if (!admissible(target, measure, isIncrement(task.text(), target), isStock(task.outcome().narrative(), measure))) {
      return -1;
    }
    return Metrics.similarity(target.metric(), measure.metric(), sameClassifier(target.unit(), measure.unit()));
  }

  private static boolean isPoints(Unit unit) {
    return unit.symbol().endsWith("百分点");
  }

  /** Whether the target counts new things (新增, 新建 …) in its clause. */
  static boolean isIncrement(String taskText, Target target) {
    Optional<Span> span = target.span();
    if (span.isPresent() && span.get().end() <= taskText.length()) {
      int from = Reading.clauseStart(taskText, span.get().start());
      return Lexicon.containsAny(taskText, from, span.get().end(), INCREMENT);
    }
    String text = target.text() + target.metric();
    return Lexicon.containsAny(text, 0, text.length(), INCREMENT);
  }

  /**
   * Whether the measure states a stock: a stock word (截至目前, 累计, 现有 …) earlier in its sentence
   * and no word of making new things in its clause.
   */
  static boolean isStock(String narrative, Measure measure) {
    Optional<Span> span = measure.span();
    if (span.isPresent() && span.get().end() <= narrative.length()) {
      int end = span.get().end();
      int clause = Reading.clauseStart(narrative, span.get().start());
      if (Lexicon.containsAny(narrative, clause, end, INCREMENT)) {
        return false;
      }
      int from = Reading.sentenceStart(narrative, span.get().start());
      return Lexicon.containsAny(narrative, from, end, STOCK);
    }
    String own = measure.text();
    return !Lexicon.containsAny(own, 0, own.length(), INCREMENT) && Lexicon.containsAny(own, 0, own.length(), STOCK);
  }
}
