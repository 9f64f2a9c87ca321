package io.github.workreport.text;

import io.github.workreport.Bound;
import io.github.workreport.Measure;
import io.github.workreport.Role;
import io.github.workreport.Span;
import io.github.workreport.Target;
import io.github.workreport.Unit;
import io.github.workreport.UnverifiedReason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What pairing knows of one task, worked out once: each target's words, whether it counts new
 * things, what work it names; each measure's comparable metric, whether it states a stock, what
 * work it names; and, as they are asked for, whether a pair is admissible at all (and why not) and
 * how close its words are. Never pairs a stock ({@code 截至目前 累计 现有}) with new things ({@code
 * 新增 新建}), new work with work on what exists ({@code 新建} vs {@code 提升改造}), work started
 * with work done ({@code 开工} vs {@code 完成}), or a count of projects with a count of anything
 * else ({@code 17个项目}). Not thread-safe; one per task.
 */
final class Evidence {
  /** Words of making new things: a target with one counts an increment, not a stock. */
  private static final String[] INCREMENT_WORDS = {
      "新增", "新建", "新招", "新组", "新培", "新引", "新认", "新开", "新设", "新注", "新登", "新创", "新打",
      "新改", "新落", "新入", "新上", "新发展", "增加", "新签", "组建", "创建", "打造", "培育", "引进", "招聘"};
  private static final WordSet INCREMENT = WordSet.of(INCREMENT_WORDS);
  /** What a completion rate's subject says of every task alike: 完成年度任务的, 占全年目标的, 达到计划的. */
  private static final WordSet GENERIC_RATE = WordSet.of(genericRateWords());

  private static String[] genericRateWords() {
    List<String> words = new ArrayList<>(List.of("完成", "目标", "任务", "年度", "全年", "年计划", "年目标", "当年", "计划", "的", "率",
        "进度", "为", "已", "目标值", // 年度目标值下调至88分: the target's value, as a sheet labels it
        "该项", "此项", "本项", "该")); // 该项目标调减为10家: the task's own target, pointed at
    words.addAll(List.of(Vocabulary.wordsWith(Vocabulary.RATE | Vocabulary.RATE_VERB | Vocabulary.RATE_OBJECT)));
    return words.toArray(new String[0]);
  }

  /** Whether a completion rate's subject says only what every task's would (占年度计划的, 完成率): none of its own. */
  static boolean genericRate(String metric) {
    return GENERIC_RATE.removeFrom(metric).isEmpty();
  }

  /** Words that name only how long the work took, of whatever thing: 平均用时, 耗时, 时长. */
  private static final WordSet DURATION_ONLY = WordSet.of("平均", "用时", "耗时", "时长", "历时", "办理", "办结");

  /** Whether a figure's words name only how long something took, of no thing: 平均用时, 办结时长. */
  static boolean namesOnlyADuration(String metric) {
    return !metric.isEmpty() && DURATION_ONLY.removeFrom(metric).isEmpty();
  }

  /**
   * Whether a figure in a unit of time names only how long something took (平均用时0.5个工作日): the
   * duration of the task's own thing, as a completion rate's 完成率 is its share.
   */
  static boolean onlyDuration(String metric, Unit unit) {
    // asked of many pairs: the cheap looks first, the one that allocates last
    return (metric.indexOf('时') >= 0 || metric.indexOf('历') >= 0) && unit.dimension() == Unit.Dimension.COUNT
        && Lexicon.isDuration(unit.classifier()) && namesOnlyADuration(metric);
  }

  /**
   * Whether a revised target's subject says only what every task's would (年度目标调减为15个, 年度目标经水利部
   * 调整为65万亩, 经省政府同意将年度目标由100亿元调整为80亿元 — who made it aside): none of its own.
   */
  static boolean genericRevision(String metric) {
    int when = OCCASIONS.startingAt(metric, 0);
    if (when > 0 && genericRate(metric.substring(when)) || CAUSES.startingAt(metric, when) > 0) {
      // 年中调减为1000, 年中计划调整为21座, 年中根据疫情防控形势调减为1000: when or why, no thing of its own
      return true;
    }
    int by = metric.indexOf('经');
    boolean agent = by >= 0 && NOUNS_OF_JING.startingAt(metric, by) == 0; // 经水利部, not 经济 or 经营
    if (agent && by == 0) {
      // 经省政府同意将年度目标…: who made it first, then 将 or 把 before what was revised
      int object = Math.max(metric.lastIndexOf('将'), metric.lastIndexOf('把'));
      // or who made it alone (经县政府常务会议研究调减为90处): the task's target, no other thing named
      return object > 0 ? genericRate(metric.substring(object + 1)) : DECIDED.endingAt(metric, metric.length()) > 0;
    }
    String said = agent ? metric.substring(0, by) : metric;
    // 年度建设任务核减为150个: the task's work before 任务 names no thing of its own either
    String thing = Metrics.withoutWork(said);
    if (genericRate(said) || thing.length() < said.length() && genericRate(thing)) {
      return true;
    }
    // 年度计划调整为186个项目: the plan's word and what every task's projects are, after the figure
    int counted = COUNTED.endingAt(said, said.length());
    if (counted > 0 && counted < said.length() && genericRate(said.substring(0, said.length() - counted))) {
      return true;
    }
    // 关闭任务由15座调减为10座: the task's verb alone, then its word for the task; 市下达任务调整为2000: who set it
    int handedDown = said.lastIndexOf("下达");
    return said.length() == VERB_AND_TASK && said.endsWith("任务") && Lexicon.isHan(said.charAt(0))
        && Lexicon.isHan(said.charAt(1))
        || handedDown > 0 && handedDown <= MAX_BODY && genericRate(said.substring(handedDown + 2));
  }

  /** The longest name of the body that hands a task down: 市, 省政府, 上级部门. */
  private static final int MAX_BODY = 4;

  /** A verb of two characters and 任务: 关闭任务, 整治任务. */
  private static final int VERB_AND_TASK = 4;

  /** When in the year a revision was made, opening its words: 年中调减为1000. */
  private static final WordSet OCCASIONS = WordSet.of("年中", "年初", "年底", "年末", "上半年", "下半年", "年内");
  /** What a revision was made for, opening its words (after when): 根据疫情防控形势, 受…影响, 因…. */
  private static final WordSet CAUSES = WordSet.of("根据", "按照", "依据", "结合", "受", "因");

  /** How a body decides a revision, ending the words of who made it: 经县政府常务会议研究, 经区人大常委会审议. */
  private static final WordSet DECIDED = WordSet.of("研究", "同意", "批准", "审议", "决定", "审定", "批复");
  /** Nouns that begin with 经, which names who made a revision only when it begins none of them. */
  private static final WordSet NOUNS_OF_JING = WordSet.of("经济", "经营", "经费", "经贸", "经开", "经验");

  /** Nouns that, right after a general classifier, say what is counted: 17个项目 counts projects. */
  private static final WordSet COUNTED = WordSet.of("项目", "企业", "单位", "工程");
  private static final String[] STOCK_WORDS = {"截至目前", "截止目前", "目前", "现有", "实有", "共有", "累计", "总数", "总计", "保有", "余额"};
  private static final WordSet STOCK = WordSet.of(STOCK_WORDS);
  /** Words by which a target sets the level of a stock: 达到300个, 总数, 保有量, 累计. */
  private static final WordSet STOCK_LEVEL = WordSet.of("达到", "总数", "总量", "保有量", "累计", "增至", "增加到",
      "扩大到", "扩大至", "扩展到", "扩展至", "拓展到", "拓展至");
  private static final int NEW = 1;
  private static final int OLD = 2;
  /**
   * Verbs of work done: a count with one is progress (累计完成, 目前已完成), not a stock; so is one of projects
   * or people brought in (累计签约数字经济项目43个, 累计引进人才).
   */
  private static final String[] DONE_WORDS = {"完成", "实现", "办结", "解决", "建成", "改造", "治理", "帮扶", "培训",
      "签约", "引进", "招引"};
  /** Words naming the report's year in a clause of its own (其中今年15座, 全年累计建立316张). */
  private static final WordSet THIS_YEAR = WordSet.of("今年", "当年", "本年", "年内", "本年度", "全年");
  private static final WordSet STOCK_OR_NEW = WordSet.flagged(NEW, INCREMENT_WORDS, OLD, STOCK_WORDS, NEW, DONE_WORDS,
      0, Metrics.NOUNS_HOLDING_WORK);
  /**
   * More target-measure pairs than this are not weighed: no real task has them, and weighing them
   * all would make a hostile cell of a few megabytes take hours. Such targets stay unverified.
   */
  static final long MAX_PAIRS = 1_000_000;

  final List<Target> targets;
  final List<Measure> measures;
  final String taskText;
  private final String narrative;
  private final Metrics.Words[] words;
  /** Per target: 0 not yet known, 1 counts new things, 2 not. */
  private final byte[] increment;
  private final int[] targetWork;
  private final String[] measureMetric;
  private final Metrics.Words[] measureWords;
  /** Per measure: 0 not yet known, 1 states a stock, 2 not. */
  private final byte[] stock;
  /** Per target: 0 not yet known, 1 sets the level of a stock, 2 not. */
  private final byte[] stockLevel;
  /** Per target: the grades its metric counts ({@link Metrics#gradesOf}), or -1 not yet known. */
  private final int[] targetGrades;
  /** Per target: 0 not yet known, 1 a completion rate names its whole thing, 2 not. */
  private final byte[] ownRate;
  private final int[] measureWork;
  private final int[][] scores;
  /** Per target and per measure: 0 not yet known, else what it counts per ({@link #perUnit}). */
  private byte[] perUnitTarget;
  private byte[] perUnitMeasure;
  /** 0 not yet known, 1 when the task or narrative has 每 or 均 at all, 2 when neither has: most tasks. */
  private byte perUnitWords;

  /** Whether the report's period ends before December: see {@link #estimateBesideWhatWasDone}. */
  private final boolean beforeTheYearsEnd;

  /** 0 until asked, then 1 when the narrative names a building's shell, else 2. */
  private byte shell;
  /** Where the narrative first says its figures are counted in dollars (以美元计), -1 if nowhere; -2 until asked. */
  private int inDollars = -2;

  Evidence(String taskText, List<Target> targets, String narrative, List<Measure> measures) {
    this(taskText, targets, narrative, measures, false);
  }

  /**
   * The evidence of a task's measures for its targets; {@code beforeTheYearsEnd} when the report's period ends
   * before December, where an estimate for later (年底预计可达125家) yields to the figure done so far.
   */
  Evidence(String taskText, List<Target> targets, String narrative, List<Measure> measures, boolean beforeTheYearsEnd) {
    this.beforeTheYearsEnd = beforeTheYearsEnd;
    this.targets = targets;
    this.measures = measures;
    this.taskText = taskText;
    this.narrative = narrative;
    int nt = targets.size();
    int nm = measures.size();
    words = new Metrics.Words[nt];
    increment = new byte[nt];
    targetWork = new int[nt];
    Arrays.fill(targetWork, -1);
    measureMetric = new String[nm];
    measureWords = new Metrics.Words[nm];
    stock = new byte[nm];
    stockLevel = new byte[nt];
    targetGrades = new int[nt];
    Arrays.fill(targetGrades, -1);
    ownRate = new byte[nt];
    measureWork = new int[nm];
    Arrays.fill(measureWork, -1);
    for (int m = 0; m < nm; m++) {
      measureMetric[m] = Metrics.comparable(measures.get(m).metric());
    }
    scores = new int[nt][nm];
    for (int[] row : scores) {
      Arrays.fill(row, Integer.MIN_VALUE);
    }
  }

  /** Whether the narrative names a building's shell anywhere (主体, 封顶): asked once, as most do not. */
  private boolean namesAShell() {
    if (shell == 0) {
      shell = narrative.contains("主体") || narrative.contains("封顶") ? (byte) 1 : 2;
    }
    return shell == 1;
  }

  /** Whether target {@code t} counts new things ({@link #isIncrement}): 新增6家. */
  boolean increment(int t) {
    if (increment[t] == 0) {
      increment[t] = isIncrement(taskText, targets.get(t)) ? (byte) 1 : 2;
    }
    return increment[t] == 1;
  }

  /** Words of a year's flow, or of each period's, that make a target's things those done in it: 全年, 年度, 每月. */
  private static final WordSet FLOW_OF_THE_YEAR = WordSet.of(java.util.stream.Stream.concat(
      Grammar.THE_YEAR_ALONE.stream(), java.util.stream.Stream.of("每年", "每月", "每季")).toArray(String[]::new));

  /**
   * Whether a target starting in the clause at {@code clause} sets things at least so many, naming no work that would
   * make them new, no year's flow, and no new ones in its sentence before it (推行电梯安全综合保险，参保电梯不少于500台):
   * the things there are, a stock. Not 新增上市公司2家，入库上市后备企业30家以上, whose 新增 goes on to the second.
   */
  private boolean thingsAtLeast(Target target, int clause) {
    int end = target.span().get().end();
    return target.bound() == Bound.AT_LEAST && !target.metric().isEmpty()
        && !Metrics.namesWork(taskText.substring(clause, end)) && !FLOW_OF_THE_YEAR.within(taskText, clause, end)
        && !INCREMENT.within(taskText, Reading.sentenceStart(taskText, clause), end);
  }

  /**
   * Whether target {@code t} sets the level a stock is to reach (开放数据集达到300个, 保有量, 总数), counting
   * no new things: of a year's new ones and the running total beside them (新增80个，累计320个), the
   * total answers it.
   */
  boolean levelOfAStock(int t) {
    if (stockLevel[t] == 0) {
      Target target = targets.get(t);
      Optional<Span> span = target.span();
      boolean level;
      if (increment(t) || !target.kind().isCumulative()) {
        level = false;
      } else if (span.isPresent() && span.get().end() <= taskText.length()) {
        int clause = Reading.clauseStart(taskText, span.get().start());
        level = STOCK_LEVEL.within(taskText, clause, span.get().end()) || thingsAtLeast(target, clause);
      } else {
        level = STOCK_LEVEL.within(target.text());
      }
      stockLevel[t] = level ? (byte) 1 : 2;
    }
    return stockLevel[t] == 1;
  }

  /**
   * Whether a completion rate names target {@code t}'s whole thing (新增城镇就业完成年计划的108.6% for
   * 新增城镇就业2.5万人): the target's figure told as a share of the plan.
   */
  boolean hasItsOwnRate(int t) {
    if (ownRate[t] == 0) {
      ownRate[t] = namedByARate(t) ? (byte) 1 : 2; // asked of every target by the extractor and the matcher
    }
    return ownRate[t] == 1;
  }

  private boolean namedByARate(int t) {
    String name = Metrics.comparable(targets.get(t).metric());
    if (name.length() < 2) {
      return false;
    }
    for (int m = 0; m < measures.size(); m++) {
      if (measures.get(m).role() == Role.COMPLETION_RATE && measureMetric[m].contains(name) && rejection(t, m) == null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether measure {@code m} is a percentage named by the end of target {@code t}'s name, and that end
   * a rate (开工率 of 省市重点项目开工率): whose words are all work (开工), so that no thing is shared.
   */
  private boolean rateByTheEndOfItsName(int t, int m) {
    String metric = measureMetric[m];
    String name = targetWords(t).metric;
    return metric.length() >= 2 && metric.length() < name.length() && metric.charAt(metric.length() - 1) == '率'
        && name.endsWith(metric) && measures.get(m).unit().dimension() == Unit.Dimension.PERCENT;
  }

  /** Whether measure {@code m} states a stock ({@link #isStock}). */
  boolean statesAStock(int m) {
    return stock(m);
  }

  private boolean stock(int m) {
    if (stock[m] == 0) {
      // a target revised (新增发放贷款由100亿元调减为80亿元) is the target restated, new things as before, though
      // its old and new figures read as a level reached
      stock[m] = measures.get(m).role() != Role.REVISED_TARGET && isStock(narrative, measures.get(m)) ? (byte) 1 : 2;
    }
    return stock[m] == 1;
  }

  private boolean conflictingWork(int t, int m) {
    if (targetWork(t) == 0 && targets.get(t).kind() == io.github.workreport.Kind.COUNT
        && measures.get(m).kind() == io.github.workreport.Kind.COUNT && measureWork(m) == Metrics.FIRST_STEP_BIT
        && !Metrics.targetsAFirstStep(targets.get(t).metric())
        && targets.get(t).bound() != io.github.workreport.Bound.AT_MOST
        && Metrics.similarity(targetWords(t), measureWords(m), true) > 0) {
      // 建设胸痛中心2家 ‖ 2家已提交认证申请: the target's things, past a first step only, are no things done; but a
      // ceiling on things that happen (违法用地宗数控制在20宗以内 ‖ 全年发现违法用地14宗) is answered by those found
      return true;
    }
    if (targetWork(t) == 0 && !namesAShell()) {
      return false; // a target that names no work conflicts only with a shell, and the narrative names none
    }
    if (Lexicon.isDuration(targets.get(t).unit().symbol())) {
      return false; // 采购资金支付时间压缩至10日以内 ‖ 平均支付时间8.3天: how long the work takes, whatever stage it names
    }
    if (targets.get(t).bound() == io.github.workreport.Bound.AT_MOST && Metrics.onlyFinding(measures.get(m).metric())) {
      return false; // 新增散埋乱葬控制在10座以内 ‖ 排查发现新增散埋乱葬7座: a ceiling's things are counted as found
    }
    return Metrics.conflictingWork(targetWork[t], measureWork(m));
  }

  /** The {@link Metrics#work} of target {@code t}'s words, weighed once. */
  private int targetWork(int t) {
    if (targetWork[t] < 0) {
      targetWork[t] = Metrics.work(targets.get(t).metric());
    }
    return targetWork[t];
  }

  /** The {@link Metrics#work} of measure {@code m}, with the stages its text says after its subject; weighed once. */
  private int measureWork(int m) {
    if (measureWork[m] < 0) {
      Measure measure = measures.get(m);
      measureWork[m] = Metrics.work(measure.metric());
      if (Metrics.shellDone(measure.text())) {
        measureWork[m] |= Metrics.SHELL_BIT; // 3所幼儿园主体已完工: the stage is said after the subject
      }
      if ((measureWork[m] & Metrics.DONE_BIT) == 0 && Metrics.allStarted(measure.text())) {
        measureWork[m] |= Metrics.ALL_STARTED_BIT; // 30个小区均已开工: so is the set's start
      }
      if ((measureWork[m] & Metrics.FIRST_STEP_BIT) != 0 && allDoneInTheNextClause(measure)) {
        measureWork[m] &= ~Metrics.FIRST_STEP_BIT; // 排查出撂荒地11860亩，已全部完成复耕复种: all found, all done
      } else if (measureWork[m] == 0 && Metrics.namesAFirstStep(measure.text())) {
        measureWork[m] = Metrics.FIRST_STEP_BIT; // 15个小区已全部完成招标: the things, past a first step only
      } else if ((measureWork[m] & (Metrics.STARTED_BIT | Metrics.DONE_BIT)) == 0 && firstStepAfter(measure)) {
        // 3个小区供热管网改造已完成设计招标: the work names the project, and the stage said after it is a first step
        measureWork[m] |= Metrics.FIRST_STEP_BIT;
      }
    }
    return measureWork[m];
  }


  /** The words that say work done or a task met: 已建成, 全部完成. */
  private static final WordSet DONE_OR_MET =
      WordSet.of(Vocabulary.wordsWith(Vocabulary.CUE_DONE | Vocabulary.CLAIM_WHOLE));

  /**
   * Whether the clause right after the measure, in its sentence, says every one of its things done (排查出撂荒地11860亩，
   * 已全部完成复耕复种): the set a first step found is the set the work was done on.
   */
  private boolean allDoneInTheNextClause(Measure measure) {
    if (measure.span().isEmpty() || measure.span().get().end() > narrative.length()) {
      return false;
    }
    int k = Grammar.skipSpaces(narrative, measure.span().get().end());
    if (k >= narrative.length() || !Lexicon.isClauseEnd(narrative.charAt(k))
        || Lexicon.isSentenceEnd(narrative.charAt(k))) {
      return false;
    }
    k = Grammar.skipSpaces(narrative, k + 1);
    return Grammar.ALL_OF_THEM.startingAt(narrative, k) > 0
        && DONE_OR_MET.within(narrative, k, Reading.clauseEnd(narrative, k));
  }

  /** Whether the words after a measure's subject name a first step of its work: 改造已完成设计招标. */
  private static boolean firstStepAfter(Measure measure) {
    String text = measure.text();
    String metric = measure.metric();
    int at = metric.isEmpty() ? -1 : text.indexOf(metric);
    // not 2栋主厂房已封顶: a shell is weighed as such
    return at >= 0 && Metrics.firstStepNoShellFrom(text, at + metric.length());
  }

  /**
   * Whether measure {@code m} counts work started only (已开工改造老旧小区18个) for a target of work that names no
   * stage (改造老旧小区18个) while another figure in its unit counts the work done (完工9个): of the two, the
   * work done answers. A started figure alone still does, as the progress there is.
   */
  private boolean startedBesideDone(int t, int m) {
    int stage = Metrics.STARTED_BIT | Metrics.DONE_BIT;
    int work = targetWork(t);
    if (work == 0 || (work & stage) != 0 || (measureWork(m) & stage) != Metrics.STARTED_BIT) {
      return false;
    }
    Unit unit = measures.get(m).unit();
    for (int o = 0; o < measures.size(); o++) {
      if (o != m && measures.get(o).role() == Role.ACHIEVED && measures.get(o).unit().isCommensurableWith(unit)
          && (measureWork(o) & stage) == Metrics.DONE_BIT) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether measure {@code m} counts what a sweep found (共排查拖欠中小企业账款3.42亿元) for a target naming no sweep
   * (清偿…不少于3亿元) while another figure in its unit opens with the target's work (已清偿2.91亿元): what was found
   * is what the work is on, not the work done. A sweep's figure alone still answers, as the only progress said.
   */
  private boolean foundBesideDone(int t, int m) {
    Measure measure = measures.get(m);
    if (measure.role() != Role.ACHIEVED || !SWEEP.within(measure.text()) || SWEEP.within(targets.get(t).text())) {
      return false;
    }
    if (unitsOfTheWorkDone == null) {
      // asked per pair: each target's figures of its work found once
      unitsOfTheWorkDone = new ArrayList<>(java.util.Collections.nCopies(targets.size(), null));
    }
    if (unitsOfTheWorkDone.get(t) == null) {
      String name = targets.get(t).metric();
      // its work opens the target's name, or is said whole in it (为侨资企业协调解决…问题 ‖ 已协调解决四十六个)
      unitsOfTheWorkDone.set(t, achievedUnits(k -> {
        String words = measures.get(k).metric();
        return words.length() >= 2
            && (name.startsWith(words.substring(0, 2)) || words.length() >= 3 && name.contains(words))
            && !SWEEP.within(measures.get(k).text());
      }));
    }
    for (Unit unit : unitsOfTheWorkDone.get(t)) {
      if (unit.isCommensurableWith(measure.unit())) {
        return true; // another figure, as the measure's own text holds a sweep and these do not
      }
    }
    return false;
  }

  /** The distinct units of the achieved measures {@code keep} accepts, in the narrative's order. */
  private List<Unit> achievedUnits(java.util.function.IntPredicate keep) {
    List<Unit> units = new ArrayList<>(1);
    for (int k = 0; k < measures.size(); k++) {
      Unit unit = measures.get(k).unit();
      if (measures.get(k).role() == Role.ACHIEVED && keep.test(k) && !units.contains(unit)) {
        units.add(unit);
      }
    }
    return units;
  }

  /** Per target, the units of the figures that open with its work and hold no sweep; null until asked. */
  private List<List<Unit>> unitsOfTheWorkDone;

  /**
   * Words of a sweep that finds the things the work is then done on: 排查, 摸排, 摸底, 梳理, a survey's 普查 and the
   * collecting of problems (收集…问题50个). Wider than the finding of
   * {@link Metrics#onlyFinding}, which makes a figure a first step wherever it stands: 梳理 and 摸底 list things without
   * finding fault (梳理“零跑腿”事项1126项 is the work), so only beside the work's own figure are they a step.
   */
  private static final WordSet SWEEP = WordSet.of("排查", "摸排", "摸底", "梳理", "普查", "收集");

  /**
   * Whether measure {@code m} is an estimate (年底预计可达125家, 预计全年完成26亿元) while a figure of its kind that is no
   * estimate could answer target {@code t} and names its thing at least as closely (1-9月完成：108, 1-11月完成电网投资
   * 23.1亿元): in a report of part of the year, what was done so far answers, not what is foreseen for the year's end.
   * An estimate that names the target's thing better than any such figure (综合机械化率预计达到85.6% beside 小麦机收率
   * 99.2%) stays, as does every estimate of a year-end report.
   */
  private boolean estimateBesideWhatWasDone(int t, int m) {
    Measure measure = measures.get(m);
    if (!measure.estimated() || measure.role() != Role.ACHIEVED) {
      return false;
    }
    int own = Metrics.similarity(targetWords(t), measureWords(m),
        sameClassifier(targets.get(t).unit(), measure.unit()));
    return closestDone(t)[measure.kind().ordinal()] >= own;
  }

  /**
   * Per kind, the best score for target {@code t} of a figure achieved that is no estimate, or -1; worked out once per
   * target, for every estimate asks it.
   */
  private int[] closestDone(int t) {
    if (closestDone == null) {
      closestDone = new int[targets.size()][];
    }
    if (closestDone[t] == null) {
      int[] best = new int[io.github.workreport.Kind.values().length];
      Arrays.fill(best, -1);
      for (int o = 0; o < measures.size(); o++) {
        Measure other = measures.get(o);
        if (!other.estimated() && other.role() == Role.ACHIEVED) {
          int k = other.kind().ordinal();
          best[k] = Math.max(best[k], score(t, o));
        }
      }
      closestDone[t] = best;
    }
    return closestDone[t];
  }

  private int[][] closestDone;

  /**
   * The closeness of measure {@code m} to target {@code t} by their words, or -1 when the measure
   * cannot be evidence for the target at all; 0 when admissible but not close.
   */
  int score(int t, int m) {
    int s = scores[t][m];
    if (s == Integer.MIN_VALUE) {
      if (admissible(t, m)) {
        s = Metrics.similarity(targetWords(t), measureWords(m), sameClassifier(targets.get(t).unit(), measures.get(m).unit()));
        if (s == 0 && sameGenericThing(t, m) && (Metrics.shareVerb(words[t], measureWords[m])
            || WINNING_INVESTMENT.within(targets.get(t).metric()) && WINNING_INVESTMENT.within(measures.get(m).metric()))) {
          s = 1; // 引进招商项目 and 引进项目, 引进重大项目 and 签约项目: the same generic things, the same act
        } else if (s == 0 && rateByTheEndOfItsName(t, m)) {
          s = 1; // 开工率85.4% for 省市重点项目开工率达到90%: the rate the target names, said short
        } else if (s == 0 && theOnlyPairOfItsClassifier(t, m)
            && (Metrics.nameTheThingLoosely(targets.get(t).metric(), measures.get(m).metric())
                || Grammar.PEOPLE.within(targets.get(t).metric()) && Grammar.PEOPLE.within(measures.get(m).metric())
                    && Metrics.shareVerb(targetWords(t), measureWords(m)))) {
          // 全年办展40场 ‖ 举办各类展会29场: the one count in 场 on each side, the thing said in other words; so are
          // people the same work is done for (培训群众5万人次 ‖ 培训各类人员7.3万人次)
          s = 1;
        } else if (s == 0 && aShareOfTheTargetsThing(t, m)) {
          s = 1; // 新能源汽车比例不低于60% ‖ 其中新能源汽车31辆，占比66%: the share the target names, said short
        } else if (s == 0 && paidAlone(t, m)) {
          s = 1; // 养老服务补贴（万元）：年度预算1260 ‖ 1-9月发放1062.3: the money paid, named by its paying alone
        } else if (s == 0 && namedAsItsStandard(t, m)) {
          s = 1; // 每人每月发放补助不低于300元 ‖ 标准为每人每月350元: the level paid each, named as the standard
        }
        int total = totalOf(m);
        if (s >= 0 && total >= 0 && namesTheWhole(t, m, total) && admissible(t, total)) {
          s = -1; // 队员总数不少于600人 ‖ …队员536人。全区应急救援队员合计616人: a part of the total the target names
        }
      } else {
        s = -1;
      }
      scores[t][m] = s;
    }
    return s;
  }

  /**
   * Whether a share in percent answers a target naming a share (…比例, …占比, …比重) in other words: said by its share word
   * alone right after a figure of the target's thing (其中新能源汽车31辆，占比66%), as a share of a whole (占药品零售企业总数的
   * 7.0%), or as the rate of the target's thing (参与学生比例 ‖ 参与率92.3%).
   */
  private boolean aShareOfTheTargetsThing(int t, int m) {
    Target target = targets.get(t);
    Measure measure = measures.get(m);
    if (target.kind() != io.github.workreport.Kind.LEVEL || measure.kind() != io.github.workreport.Kind.LEVEL
        || !target.unit().equals(Unit.PERCENT) || !measure.unit().equals(Unit.PERCENT)
        || measure.role() != Role.ACHIEVED) {
      return false;
    }
    String name = target.metric();
    int share = SHARE_WORDS.endingAt(name, name.length());
    if (share == 0) {
      return false;
    }
    String said = measure.metric();
    if (SHARE_WORDS.contains(said)) {
      return m > 0 && Metrics.sharesAThing(targetWords(t), measureWords(m - 1));
    }
    if (said.startsWith("占") && said.length() > 1) {
      return true;
    }
    // the rate of the thing: the measure's words before 率 are among the target's before its share word
    String thing = name.substring(0, name.length() - share);
    return said.length() >= 3 && said.endsWith("率") && thing.contains(said.substring(0, said.length() - 1));
  }

  private static final WordSet SHARE_WORDS = WordSet.of("比例", "占比", "比重");

  /** Words that mark a figure as the total of those before it: 合计48个, 全区应急救援队员合计616人. */
  private static final WordSet TOTAL_MARKS = WordSet.of("合计", "总计", "共计");
  /** Words of a target that names a whole: 队员总数, 总量. */
  private static final WordSet WHOLE_WORDS = WordSet.of("总数", "总量", "总计", "合计", "总规模");

  /** Per measure, the total it is a part of, or -1; found once. */
  private int[] totalOf;

  /**
   * The measure that measure {@code m} is a part of: a figure marked as a total (合计, 总计, 共计) whose value the figures
   * of its unit right before it add up to (社区微型消防站31个、村级微型消防站17个，合计48个); or -1.
   */
  private int totalOf(int m) {
    if (totalOf == null) {
      totalOf = new int[measures.size()];
      Arrays.fill(totalOf, -1);
      for (int k = 1; k < measures.size(); k++) {
        Measure total = measures.get(k);
        Optional<Span> span = total.span();
        if (total.role() != Role.ACHIEVED || span.isEmpty() || span.get().end() > narrative.length()
            || !TOTAL_MARKS.within(narrative, span.get().start(), span.get().end())) {
          continue;
        }
        // the figures of its unit before it, others between them (12个镇街各建立1支救援队，队员536人) passed over
        BigDecimal sum = BigDecimal.ZERO;
        int parts = 0;
        for (int j = k - 1; j >= 0 && sum.compareTo(total.value()) < 0; j--) {
          if (!measures.get(j).unit().equals(total.unit()) || measures.get(j).role() != Role.ACHIEVED) {
            continue;
          }
          sum = sum.add(measures.get(j).value());
          parts++;
          if (sum.compareTo(total.value()) == 0 && parts >= 2) {
            for (int part = j; part < k; part++) {
              totalOf[part] = measures.get(part).unit().equals(total.unit()) ? k : -1;
            }
          }
        }
      }
    }
    return totalOf[m];
  }

  /**
   * Whether target {@code t} names the whole that measure {@code m} is a part of, not that part alone: its words name a
   * whole (队员总数), or name each of the parts by what sets it apart from the others (社区（村）微型消防站 for 社区… and
   * 村级…).
   */
  private boolean namesTheWhole(int t, int m, int total) {
    Target target = targets.get(t);
    if (WHOLE_WORDS.within(target.text())) {
      return true;
    }
    StringBuilder others = new StringBuilder();
    for (int part = 0; part < measures.size(); part++) {
      if (totalOf[part] == total) {
        others.append(measures.get(part).metric()).append('|');
      }
    }
    for (int part = 0; part < measures.size(); part++) {
      if (totalOf[part] == total) {
        String name = measures.get(part).metric();
        char own = firstOwnCharacter(name, others.toString().replace(name + "|", ""));
        if (own == 0 || target.text().indexOf(own) < 0) {
          return false;
        }
      }
    }
    return true;
  }

  /** The first Han character of {@code name} that is in none of the other parts' names; 0 if none. */
  private static char firstOwnCharacter(String name, String others) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Lexicon.isHan(c) && others.indexOf(c) < 0) {
        return c;
      }
    }
    return 0;
  }

  /**
   * Whether measure {@code m} is money named by a verb of paying alone (发放, 拨付), and the only money of the narrative,
   * for a target of money: what the task's money came to, as a label's figure (完成：1062.3) would be.
   */
  private boolean paidAlone(int t, int m) {
    Measure measure = measures.get(m);
    String said = measure.metric();
    if (targets.get(t).unit().dimension() != Unit.Dimension.CURRENCY || said.isEmpty()
        || Grammar.PAYING.startingAt(said, 0) != said.length()) {
      return false;
    }
    for (int k = 0; k < measures.size(); k++) {
      if (k != m && measures.get(k).unit().dimension() == Unit.Dimension.CURRENCY) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether measure {@code m} is a level for each (每人每月350元) named only as the standard (标准, 补助标准: of the target's
   * words), for a target of such a level in its unit, and the only one of the narrative: what each was given.
   */
  private boolean namedAsItsStandard(int t, int m) {
    Target target = targets.get(t);
    Measure measure = measures.get(m);
    String said = measure.metric();
    if (target.kind() != io.github.workreport.Kind.LEVEL || measure.kind() != io.github.workreport.Kind.LEVEL
        || measure.role() != Role.ACHIEVED || !said.endsWith(STANDARD) || !target.unit().equals(measure.unit())
        || !target.metric().contains(said.substring(0, said.length() - STANDARD.length()))
        || target.text().indexOf('每') < 0 || measure.text().indexOf('每') < 0) {
      return false;
    }
    if (levelsOfItsUnit == null) { // asked per pair: how many levels each unit has, counted once per task
      levelsOfItsUnit = new java.util.HashMap<>();
      for (Measure other : measures) {
        if (other.kind() == io.github.workreport.Kind.LEVEL) {
          levelsOfItsUnit.merge(other.unit(), 1, Integer::sum);
        }
      }
    }
    return levelsOfItsUnit.getOrDefault(measure.unit(), 0) == 1;
  }

  /** How many of the measures are levels in each unit; null until asked. */
  private java.util.Map<Unit, Integer> levelsOfItsUnit;

  private static final String STANDARD = "标准";

  /** Whether measure {@code m}'s words name every thing target {@code t} names (after {@link #score}). */
  boolean namesEveryThing(int t, int m) {
    return words[t] != null && measureWords[m] != null && Metrics.namesEveryThing(words[t], measureWords[m]);
  }

  /**
   * Whether one of a count or amount is per unit (每个乡镇建设1所, 每村配备2名村医, 每万人拥有3名) and the
   * other a total (建成综合文化站15所): a quantity per township says nothing of the sum over all. A
   * narrative's quantity per day or month (每天处理2.1万吨) may answer a target whose period is only
   * implied (日处理能力2万吨), and one that each of a set reached (所有村集体经济收入均达到5万元) a
   * target that every one is to reach (村级集体经济收入全部达到5万元); but a count of things so said
   * (各乡镇均建成文化广场1个, 每月开展培训1次) is no total count.
   */
  private boolean perUnitDiffers(int t, int m) {
    Target target = targets.get(t);
    if (!target.kind().isCumulative() || !measures.get(m).kind().isCumulative()) {
      return false;
    }
    if (perUnitWords == 0) {
      perUnitWords = hasPerUnitWord(taskText) || hasPerUnitWord(narrative) ? (byte) 1 : 2;
      if (perUnitWords == 1) {
        perUnitTarget = new byte[targets.size()];
        perUnitMeasure = new byte[measures.size()];
      }
    }
    if (perUnitWords == 2) {
      return false;
    }
    if (perUnitTarget[t] == 0) {
      perUnitTarget[t] = perUnit(taskText, target.span(), target.text(), false);
    }
    if (perUnitMeasure[m] == 0) {
      perUnitMeasure[m] = perUnit(narrative, measures.get(m).span(), measures.get(m).text(), true);
    }
    byte forTarget = perUnitTarget[t];
    byte forMeasure = perUnitMeasure[m];
    if (forTarget == PER_THING && forMeasure == TOTAL && measures.get(m).metric().isEmpty()
        && !TOTAL_OVER_ALL.within(measures.get(m).text()) && !forEachPlace(target)) {
      return false; // 每万人口发明专利拥有量12件 ‖ 12件, 实绩12件: a figure that names nothing is the indicator's own
    }
    if (forTarget == TOTAL && forMeasure == PER_PERIOD_OR_EACH && target.kind() == io.github.workreport.Kind.COUNT) {
      return true; // 新建文化广场10个 ‖ 各乡镇均建成文化广场1个, 每月开展1次: a count per each or per month is no total
    }
    return forTarget != TOTAL ? forMeasure == TOTAL : forMeasure == PER_THING;
  }

  /**
   * Words of a floor set for each of a set of places or units (每个村、社区不少于5名): a standard, which the total of a
   * figure naming nothing does not answer, unlike the indicator's own rate (每万人口发明专利拥有量12件 ‖ 实绩12件).
   */
  private static final WordSet EACH_PLACE = WordSet.of("每个", "每一个", "每村", "每镇", "每乡", "每社区", "每网格");

  /** Whether the clause of the target sets a floor for each place ({@link #EACH_PLACE}). */
  private boolean forEachPlace(Target target) {
    Optional<Span> span = target.span();
    if (span.isEmpty() || span.get().end() > taskText.length()) {
      return EACH_PLACE.within(target.text());
    }
    return EACH_PLACE.within(taskText, Reading.clauseStart(taskText, span.get().start()), span.get().end());
  }

  /** Words of a quantity per person: 人均应急避难场所面积, 每人每月. */
  private static final WordSet PER_PERSON = WordSet.of("人均", "每人", "人平");

  /** Words by which a figure names itself a total over all: 总面积, 总量. */
  private static final WordSet TOTAL_OVER_ALL = WordSet.of("总面积", "总量", "总额", "总数", "总规模", "总人数");

  /**
   * Whether a level per person (人均应急避难场所面积达到1.5平方米) would take a figure that names itself the
   * total (应急避难场所总面积38.2万平方米): a quantity per person is never the sum over all. A change
   * (人均可支配收入增长7%) may be told of the whole, and a figure under a label (实绩44026) names nothing.
   */
  private static boolean totalForPerPerson(Target target, Measure measure) {
    return !target.kind().isChange() && PER_PERSON.within(target.metric())
        && measure.metric().indexOf('总') >= 0 // 总面积, 总藏量: every word of TOTAL_OVER_ALL holds 总 too
        && !PER_PERSON.within(measure.text());
  }

  private static boolean hasPerUnitWord(String text) {
    return text.indexOf('每') >= 0 || text.indexOf('均') >= 0;
  }

  private static final byte TOTAL = 1;
  private static final byte PER_THING = 2;
  private static final byte PER_PERIOD_OR_EACH = 3;
  /** What 每 may count per that is a span of time shorter than the year: 每月开展1次. */
  private static final String PERIODS = "天日月周季旬时";

  /**
   * What the clause of the quantity spanning {@code span} counts per, before a number: {@link
   * #PER_PERIOD_OR_EACH} after 每天, 每月, 每季度 and their averages 日均, 月均, or in a narrative 均 giving each of a set the same
   * number (15个乡镇均建成1所; not 人均, 年均 or 平均); {@link #PER_THING} after 每 before anything else
   * but 年 (每年新增5000人 is the year's total), 村均 or 户均; else {@link #TOTAL}.
   */
  static byte perUnit(String text, Optional<Span> span, String fallback, boolean narrative) {
    int from = 0;
    int to = fallback.length();
    if (span.isPresent() && span.get().end() <= text.length()) {
      from = Reading.clauseStart(text, span.get().start());
      to = span.get().end();
    } else {
      text = fallback;
    }
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c != '每' && c != '均') {
        continue;
      }
      char before = k > 0 ? text.charAt(k - 1) : ' ';
      char after = k + 1 < text.length() ? text.charAt(k + 1) : ' ';
      if (c == '均' && (before == '日' || before == '月' || before == '季') && numeralWithin(text, k + 1, to)) {
        return PER_PERIOD_OR_EACH; // 日均处理192吨 is 每日处理 said as an average: per a span, as 每天 is
      }
      boolean each = c == '每' ? after != '年'
          : before == '村' || before == '户'
              || narrative && "人年平亩日月季".indexOf(before) < 0 && "衡等匀值".indexOf(after) < 0;
      if (each && numeralWithin(text, k + 1, to)) {
        boolean period = c == '每' && (PERIODS.indexOf(after) >= 0 || text.startsWith("个月", k + 1));
        // 所有村集体经济收入均达到5万元: 均 may also say every one reached a total's level
        boolean allReach = c == '均' && before != '村' && before != '户';
        return period || allReach ? PER_PERIOD_OR_EACH : PER_THING;
      }
    }
    return TOTAL;
  }

  /** Whether a numeral stands in {@code [from, to)} that is no date's (2所幼儿园均已建成并于9月开园: 9月 is when). */
  private static boolean numeralWithin(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Lexicon.arabicDigit(text.charAt(k)) >= 0 || ChineseNumbers.digit(text.charAt(k)) > 0) {
        int end = k + 1;
        while (end < to && (Lexicon.arabicDigit(text.charAt(end)) >= 0 || ChineseNumbers.digit(text.charAt(end)) >= 0)) {
          end++;
        }
        if (end >= text.length() || "年月日号".indexOf(text.charAt(end)) < 0) {
          return true;
        }
        k = end;
      }
    }
    return false;
  }

  /**
   * Whether the completion rate {@code m} is the share of the plan of the sum of money stated right
   * before it in its sentence (完成投资454.31亿元，占年度计划的75%), with no subject of its own: the share of
   * a plan of investment, which says nothing of a count of projects (it may still answer a target on
   * that plan). A share of the task or its goal (投入资金800万元，占年度任务的95%) is the task's.
   */
  private boolean shareOfTheMoneyBefore(int m) {
    String rate = m == 0 ? "" : measures.get(m).metric();
    if (!genericRate(rate) || rate.indexOf(PLAN) < 0 || rate.contains("任务") || rate.contains("目标")) {
      return false;
    }
    Measure before = measures.get(m - 1);
    Optional<Span> a = before.span();
    Optional<Span> b = measures.get(m).span();
    if (before.unit().dimension() != Unit.Dimension.CURRENCY || a.isEmpty() || b.isEmpty()
        || b.get().start() < a.get().end() || b.get().start() > narrative.length()) {
      return false;
    }
    for (int k = a.get().end(); k < b.get().start(); k++) {
      if (Lexicon.isSentenceEnd(narrative.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static final String PLAN = "计划";

  /**
   * The acts by which a place wins an investment, one act to the tables that count projects so (not
   * 招商项目: projects still to be won).
   */
  private static final WordSet WINNING_INVESTMENT = WordSet.of("引进", "招引", "签约", "落地");

  /**
   * Whether target {@code t} and measure {@code m} are the only target and the only measure counted in
   * their classifier (场, 家; not 个 or a bare number, which count anything).
   */
  private boolean theOnlyPairOfItsClassifier(int t, int m) {
    Unit unit = targets.get(t).unit();
    if (unit.dimension() != Unit.Dimension.COUNT || countsAnything(unit) || !sameClassifier(unit, measures.get(m).unit())) {
      return false;
    }
    if (loneClassifier == null) {
      loneClassifier = new byte[targets.size()]; // asked for many pairs: each target's answer found once
    }
    if (loneClassifier[t] == 0) {
      int same = 0;
      for (Target other : targets) {
        same += sameClassifier(unit, other.unit()) ? 1 : 0;
      }
      for (Measure other : measures) {
        same += sameClassifier(unit, other.unit()) ? 1 : 0;
      }
      loneClassifier[t] = same == 2 ? (byte) 1 : 2; // itself and the one measure
    }
    return loneClassifier[t] == 1;
  }

  /** Per target: 0 not yet known, 1 the only target and one measure in its classifier, 2 not. */
  private byte[] loneClassifier;

  /** Both count the same generic things (项目, 企业) by a general or the same classifier. */
  private boolean sameGenericThing(int t, int m) {
    if (measures.get(m).unit().dimension() != Unit.Dimension.COUNT) {
      return false;
    }
    String head = countedHead(targets.get(t).metric());
    return !head.isEmpty() && head.equals(countedHead(measures.get(m).metric()));
  }

  private boolean admissible(int t, int m) {
    Target target = targets.get(t);
    Measure measure = measures.get(m);
    if (!fits(target, measure) || conflictingWork(t, m) || startedBesideDone(t, m) || foundBesideDone(t, m)
        || increment(t) && stock(m) || perUnitDiffers(t, m)
        || beforeTheYearsEnd && estimateBesideWhatWasDone(t, m)
        || totalBesideTheYears(t, m) || newOnesBesideTheTotal(t, m) || totalForPerPerson(target, measure)
        || allGradesOfAccidents(target, measure) || noneOfAGradeOnly(target, measure)
        || inAnotherCurrency(target, measure) || ofAnotherOrder(target, measure)
        || projectsForOtherThings(target, measure) || ofAnotherGrade(t, measure)
        || aProjectsWholeCost(target, measure) || countsWhereTheNextFigureIs(t, m) || aTotalBesideAnother(t, m)) {
      return false;
    }
    if (target.kind().isChange() && measure.kind().isChange()
        && averagedOverYears(measure.text()) && !averagedOverYears(target.text())) {
      return false; // 增长6% ‖ 两年平均增长3.5%: a growth averaged over years is not the year's growth
    }
    if (measure.role() == Role.COMPLETION_RATE && target.kind() == io.github.workreport.Kind.COUNT
        && shareOfTheMoneyBefore(m)) {
      return false; // 124个新建项目已开工122个，完成投资124.06亿元，占年度计划的64%: 64% is of the money planned
    }
    if (measure.unit().dimension() == Unit.Dimension.COUNT) {
      String metric = measure.metric();
      int len = COUNTED.startingAt(metric, 0);
      if (len > 0 && !target.metric().contains(metric.substring(0, len))
          && !Lexicon.isDuration(measure.unit().classifier()) && !namedAfterAnotherFigure(measure)) {
        return false; // 17个项目… counts projects; not 企业开办平均用时0.5个工作日, how long the work on them takes
      }
      if (target.unit().isBare() && !target.unit().symbol().isEmpty() && !measure.unit().isBare()
          && !countsPeopleOrHouseholds(measure.unit()) && Grammar.PEOPLE.within(target.metric())) {
        return false; // 解决2.3万农村人口饮水问题 against 实施供水工程56处: a scaled count of people, not of works
      }
      String targetHead = countedHead(target.metric());
      if (!targetHead.isEmpty() && countsPeopleOrHouseholds(measure.unit()) && countsAnything(target.unit())) {
        return false; // 完成棚改项目5(个) against 已经完成350户签约: projects are not counted in households
      }
      String measureHead = countedHead(metric);
      if (!targetHead.isEmpty() && !measureHead.isEmpty() && !targetHead.equals(measureHead)
          && !measureHead.equals(countedHead(aliasBeforeTheFigure(target.text())))) {
        return false; // not the other name the target gives its thing (新增境外投资项目（企业）4个 ‖ 新增境外投资企业3家)
      }
      return !countsAnotherThingInItsOwnClassifier(t, measure) && !countsTheThingNamedAfterIt(t, measure)
          && !inTheGeneralClassifierBesideTheTargetsOwn(t, m);
    }
    return true;
  }

  /**
   * Whether the measure's words open right after another figure's classifier, not its own (12家单位到期档案进馆，共计16820卷:
   * the units are the 12's, the 16820 files only share their sentence).
   */
  private boolean namedAfterAnotherFigure(Measure measure) {
    int at = whereItsWordsAreSaid(measure);
    if (at <= 0) {
      return false;
    }
    String classifier = measure.unit().classifier();
    return Lexicon.isHan(narrative.charAt(at - 1)) && !classifier.isEmpty()
        && classifier.charAt(classifier.length() - 1) != narrative.charAt(at - 1)
        && Lexicon.unitAt(narrative, at - 1) != null;
  }

  /**
   * Where the measure's words (its metric, two characters or more) are last said up to its span's end: in its own
   * clause, or before it in its sentence when it shares an earlier one's words; -1 if nowhere there.
   */
  private int whereItsWordsAreSaid(Measure measure) {
    String metric = measure.metric();
    if (metric.length() < 2 || measure.span().isEmpty() || measure.span().get().end() > narrative.length()) {
      return -1;
    }
    Span span = measure.span().get();
    int from = Reading.sentenceStart(narrative, span.start());
    for (int at = span.end() - 1; at >= from; at--) {
      if (narrative.startsWith(metric, at)) {
        return at;
      }
    }
    return -1;
  }

  /**
   * Whether a count in 个 counts the thing named right after it (为全县168个农家书屋补充更新出版物11860册: the 168 are
   * reading rooms) while the target counts another in a classifier of its own (出版物不少于1.2万册): 个 may stand for
   * any classifier, but not for a thing its own words name otherwise.
   */
  private boolean countsTheThingNamedAfterIt(int t, Measure measure) {
    if (!GENERAL_CLASSIFIER.equals(measure.unit().classifier()) || countsAnything(targets.get(t).unit())) {
      return false;
    }
    int at = whereItsWordsAreSaid(measure);
    if (at < 2 || at < measure.span().get().start() || narrative.charAt(at - 1) != '个'
        || !ChineseNumbers.isNumeralChar(narrative.charAt(at - 2)) && !Character.isDigit(narrative.charAt(at - 2))) {
      return false; // the subject's words do not follow the figure: 建成15个，其中…
    }
    String head = targetWords(t).head();
    return !head.isEmpty() && !measure.metric().contains(head);
  }

  /**
   * Whether the count at {@code m} names the places the figure right after it is in, its words running on to that
   * figure's (在12个乡镇建成便民服务站36个, 已在全县14家银行机构设立便民服务点26个: the 12 are townships, the 36 the
   * stations), and the target counts the thing that figure does: the head of its words, not said right after this
   * one's classifier (覆盖乡镇10个 counts the townships), nor in the same form as this count (在30个老旧小区配建…).
   */
  private boolean countsWhereTheNextFigureIs(int t, int m) {
    Measure measure = measures.get(m);
    if (m + 1 >= measures.size() || measure.unit().dimension() != Unit.Dimension.COUNT) {
      return false;
    }
    Measure next = measures.get(m + 1);
    String words = next.metric();
    if (next.unit().dimension() != Unit.Dimension.COUNT || next.role() != Role.ACHIEVED || words.length() < 2
        || measure.metric().length() <= words.length() || !measure.metric().endsWith(words)
        || measure.span().isEmpty() || next.span().isEmpty() || namesWhereTheNextTargetIs(t)) {
      return false;
    }
    // the words after this figure's classifier are the next figure's, up to it: they share one stretch of text
    Span own = measure.span().get();
    int shared = next.span().get().start();
    String classifier = measure.unit().classifier();
    if (shared <= own.start() || shared >= own.end() || own.end() > next.span().get().end() || classifier.isEmpty()
        || shared > narrative.length() || !narrative.startsWith(classifier, shared - classifier.length())) {
      return false;
    }
    String head = targetWords(t).head();
    return !head.isEmpty() && head.equals(Metrics.head(words)) && words.indexOf(head) > 0;
  }

  /**
   * Whether measure {@code m} is named as a total as of now (截至年底…归集总额142.6亿元) for a target naming none (维修资金
   * 归集额：目标值6.5), beside a figure of its unit that is no total (全年新归集6.12亿元): the total is all there is, the
   * other the target's. Changes on either side are not weighed here.
   */
  private boolean aTotalBesideAnother(int t, int m) {
    Measure measure = measures.get(m);
    if (measure.role() != Role.ACHIEVED || measure.kind().isChange() || targets.get(t).kind().isChange()
        || !TOTALS.within(measure.metric()) || TOTALS.within(targets.get(t).text())
        || !AS_OF_NOW.within(measure.text())) {
      return false;
    }
    if (unitsBesideTotals == null) { // once per task: the units of the figures named as no total
      unitsBesideTotals = achievedUnits(k -> !measures.get(k).kind().isChange()
          && !TOTALS.within(measures.get(k).metric()));
    }
    for (Unit unit : unitsBesideTotals) {
      if (!unit.isBare() && unit.isCommensurableWith(measure.unit())) {
        return true;
      }
    }
    return false;
  }

  /** The units of the achieved figures named as no total; null until asked. */
  private List<Unit> unitsBesideTotals;

  /** Words naming a figure the total of all there is: 总额, 总数, 总量, 总规模. */
  private static final WordSet TOTALS = WordSet.of("总额", "总数", "总量", "总规模");
  /** Words of a stock as of now: 截至年底, 累计. */
  private static final WordSet AS_OF_NOW = WordSet.of("截至", "截止", "累计", "年底", "年末");

  /** Whether target {@code t} is itself the count of the places the next target's things are in (在30个老旧小区配建…). */
  private boolean namesWhereTheNextTargetIs(int t) {
    String next = t + 1 < targets.size() ? targets.get(t + 1).metric() : "";
    String own = targets.get(t).metric();
    return next.length() >= 2 && own.length() > next.length() && own.endsWith(next);
  }

  /**
   * Whether target {@code t} counts things of some grades (创建省级夜间文旅消费集聚区2个, 省级以上) and the measure things of
   * others only (已认定市级夜间文旅消费集聚区6个): another set of things.
   */
  private boolean ofAnotherGrade(int t, Measure measure) {
    if (measure.unit().dimension() != Unit.Dimension.COUNT) {
      return false;
    }
    if (targetGrades[t] < 0) {
      targetGrades[t] = Metrics.gradesOf(targets.get(t).metric()); // asked of every pair: weighed once per target
    }
    int counted = targetGrades[t];
    int named = counted == 0 ? 0 : Metrics.gradesNamed(measure.metric());
    return named != 0 && (named & counted) == 0;
  }

  /** The grades of an accident above the least (生产安全事故分级: 一般 is the least, and is said of all). */
  private static final WordSet GRADES_OF_ACCIDENTS = WordSet.of("较大", "重大", "特大", "特别重大");

  /**
   * Whether the target counts accidents of a grade (较大事故起数下降10%) and the measure, naming accidents of
   * no grade (发生生产安全事故218起…同比下降15.2%), counts them all: another figure, not the grade's. None
   * of all grades (未发生安全事故) is none of the grade too.
   */
  private static boolean allGradesOfAccidents(Target target, Measure measure) {
    String metric = measure.metric();
    return !metric.isEmpty() && target.metric().contains("事故") && GRADES_OF_ACCIDENTS.within(target.metric())
        && !GRADES_OF_ACCIDENTS.within(metric) && measure.quantity().value().signum() != 0;
  }

  /**
   * Whether the measure's sentence says its figures are counted in a foreign currency (以美元计，出口总额26.4亿美元，
   * 同比增长1.9%) and the target names none: a change counted in dollars is not the change in yuan that a
   * report's targets mean, which the same narrative gives before it (出口总额186.2亿元，同比增长6.8%).
   */
  private boolean inAnotherCurrency(Target target, Measure measure) {
    if (inDollars == -2) {
      inDollars = narrative.indexOf("美元计"); // asked of every pair: the narrative is searched once
    }
    if (inDollars < 0 || target.unit().dimension() != Unit.Dimension.PERCENT || measure.span().isEmpty()
        || target.text().contains("美元")) {
      return false;
    }
    int start = measure.span().get().start();
    if (start > narrative.length()) {
      return false;
    }
    int from = Reading.sentenceStart(narrative, start);
    int said = narrative.indexOf("美元计", from);
    return said >= 0 && said < start;
  }

  /**
   * Whether the measure says that none of a grade of accidents happened (未发生较大及以上生产安全事故) and the
   * target counts what no grade bounds (事故死亡人数控制在6人以内): the lesser accidents and their dead are
   * still to count, so none of the grade is not none of the target's.
   */
  private static boolean noneOfAGradeOnly(Target target, Measure measure) {
    String metric = measure.metric();
    return measure.quantity().value().signum() == 0 && metric.contains("事故") && GRADES_OF_ACCIDENTS.within(metric)
        && !GRADES_OF_ACCIDENTS.within(target.metric());
  }

  /**
   * Whether a count in a classifier of its own (所, 座) counts what a target in 个 only qualifies:
   * 新增公办幼儿园学位3000个 ‖ 新建、改扩建公办幼儿园12所 — kindergartens, not places; the measure names
   * words of the target but not its head (学位).
   */
  private boolean countsAnotherThingInItsOwnClassifier(int t, Measure measure) {
    Unit counted = targets.get(t).unit();
    Unit m = measure.unit();
    if (!counted.classifier().equals("个") || m.isBare() || m.classifier().isEmpty() || m.classifier().equals("个")
        || measure.metric().isEmpty()) {
      return false;
    }
    String head = targetWords(t).head();
    return !head.isEmpty() && !measure.metric().contains(head);
  }

  /**
   * Whether measure {@code m} counts in the general 个 (与39个脱贫村开展结对帮扶) for a target in a classifier of its own
   * (结对帮扶不少于40对) beside a figure in that classifier sharing the target's words, no other target's more (共结成帮扶
   * 对子53对): 个 may stand for the target's classifier only where the narrative does not use that classifier itself.
   */
  private boolean inTheGeneralClassifierBesideTheTargetsOwn(int t, int m) {
    Unit counted = targets.get(t).unit();
    if (!GENERAL_CLASSIFIER.equals(measures.get(m).unit().classifier()) || counted.isBare()
        || counted.classifier().isEmpty() || GENERAL_CLASSIFIER.equals(counted.classifier())) {
      return false;
    }
    if (ownClassifiersFigure == null) {
      ownClassifiersFigure = new byte[targets.size()];
    }
    if (ownClassifiersFigure[t] == 0) { // asked per pair: the target's own classifier's figure looked for once
      ownClassifiersFigure[t] = 2;
      for (int k = 0; k < measures.size(); k++) {
        Measure other = measures.get(k);
        if (other.role() == Role.ACHIEVED && counted.classifier().equals(other.unit().classifier())
            && score(t, k) > 0 && noOtherTargetCloser(t, k)) {
          ownClassifiersFigure[t] = 1;
          break;
        }
      }
    }
    return ownClassifiersFigure[t] == 1;
  }

  /** Per target, 1 when a figure in its own classifier answers it best, 2 when none does; 0 until asked. */
  private byte[] ownClassifiersFigure;

  /** Whether no target but {@code t} shares more words with measure {@code k}. */
  private boolean noOtherTargetCloser(int t, int k) {
    int own = score(t, k);
    for (int other = 0; other < targets.size(); other++) {
      if (other != t && score(other, k) > own) {
        return false; // 新缔结国际友好城市2对 is the target of 国际友好城市's, not of 友好交流城市's
      }
    }
    return true;
  }

  /**
   * Whether a change is averaged over years (年均增长, 年平均增长, 两年平均增长, 三年平均下降; not
   * PM2.5年均浓度下降12%, the fall of one year's mean): the 2021
   * reports gave beside each growth its average over the two years since 2019, and a plan its yearly
   * average over five; neither is the one year's change. The year's change does answer a target of a
   * yearly average (年均增长8% ‖ 增长8.5%): each year is to reach it.
   */
  static boolean averagedOverYears(String text) {
    if (!text.contains("年均") && !text.contains("年平均")) {
      return false;
    }
    for (int at = AVERAGE_CHANGE.indexWithin(text, 0, text.length()); at >= 0;
        at = AVERAGE_CHANGE.indexWithin(text, at + 1, text.length())) {
      if (at == 0 || LAST_YEAR_BEFORE_EACH.indexOf(text.charAt(at - 1)) < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * What ends a year before 均 that gives each of a set the change (较上年均增长12.5%, 比去年均提高): 上年均 is 上年
   * and 均, no yearly average.
   */
  private static final String LAST_YEAR_BEFORE_EACH = "上去前同";

  /** A yearly average right before the change it averages: not PM2.5年均浓度, one year's mean level. */
  private static final WordSet AVERAGE_CHANGE = WordSet.of("年均增长", "年均增速", "年均增幅", "年均提高", "年均递增",
      "年均下降", "年均降幅", "年均降低", "年均减少", "年平均增长", "年平均增速", "年平均下降", "年平均降低");

  /**
   * Whether a count is of people or households (人, 名, 人次, 户), which a count of projects, enterprises
   * or works ({@link #COUNTED}) never is. 家 is not one: enterprises are counted in it.
   */
  static boolean countsPeopleOrHouseholds(Unit unit) {
    String classifier = unit.classifier();
    return classifier.equals("人") || classifier.equals("人次") || unit.symbol().endsWith("户");
  }

  /**
   * Whether a target's count names no classifier of its own (a bare 5, or 个): its thing is what its
   * words count. A target in 家 or 户 (示范单位40家) may be met by 40户: shops and units are counted in both.
   */
  private static boolean countsAnything(Unit unit) {
    return unit.isBare() || unit.classifier().equals("个");
  }


  /**
   * {@link Target#accepts}, and one more: a percentage that names neither a subject nor a kind,
   * only a column label (地区生产总值增速，目标7% and 完成7.2%), is a value of whatever rate the
   * target is.
   */
  static boolean fits(Target target, Measure measure) {
    if (target.accepts(measure)) {
      return true;
    }
    if (aStandardSaidWithoutItsPerson(target, measure)) {
      return true;
    }
    if (measure.role() == Role.ACHIEVED && Lexicon.isDuration(target.unit().classifier())
        && Lexicon.isDuration(measure.unit().classifier()) && target.unit().comparesWith(measure.unit())
        && isCountOrLevel(target.kind()) && isCountOrLevel(measure.kind()) && !BASES.within(measure.text())
        && !signed(measure.text())) {
      // 平均到达时间（分钟）：≤15 ‖ 平均到达现场时间12分30秒: how long, as a count or a level, is one duration; not a
      // difference (同比：+9天, 较上年缩短2天)
      return true;
    }
    if (measure.role() == Role.ACHIEVED && target.kind() == io.github.workreport.Kind.LEVEL
        && measure.kind() == io.github.workreport.Kind.COUNT && target.unit().comparesWith(measure.unit())
        && measure.unit().isBare() && measure.metric().isEmpty()) {
      // 拥堵指数≤1.70 ‖ 1.66, 辍学率（%）：≤0.3 ‖ 0 — 动态清零: a cell's figure of no unit, naming nothing, is a count
      // only for want of words, and in the level's unit as any bare figure is
      return true;
    }
    return measure.role() == Role.ACHIEVED && measure.kind() == io.github.workreport.Kind.LEVEL
        && target.kind().isChange() && measure.metric().length() < 2
        && measure.unit().dimension() == Unit.Dimension.PERCENT && target.unit().comparesWith(measure.unit())
        && !Lexer.lex(measure.text()).within(0, measure.text().length(), Vocabulary.LEVEL_VERB);
  }

  /** Whether {@code text} opens with a sign: +9天, －2天. */
  private static boolean signed(String text) {
    return !text.isEmpty() && "+＋-－".indexOf(text.charAt(0)) >= 0;
  }

  private static boolean isCountOrLevel(io.github.workreport.Kind kind) {
    return kind == io.github.workreport.Kind.COUNT || kind == io.github.workreport.Kind.LEVEL;
  }

  /**
   * Whether a standard of money (补助标准, 津贴标准, 低保标准) is said per person on one side only
   * (提高到每人每月100元 ‖ 已提高到100元; 670元/人·年 ‖ 提高至670元), or a sum per a person or a mu (亩均税收达到30万元 ‖
   * 亩均税收28.6万元/亩): the per-unit words make one a level, their absence the other an amount, and both are
   * the one standard or level.
   */
  private static boolean aStandardSaidWithoutItsPerson(Target target, Measure measure) {
    io.github.workreport.Kind t = target.kind();
    io.github.workreport.Kind m = measure.kind();
    return measure.role() == Role.ACHIEVED && target.unit().dimension() == Unit.Dimension.CURRENCY
        && target.unit().comparesWith(measure.unit())
        && (t == io.github.workreport.Kind.LEVEL && m == io.github.workreport.Kind.AMOUNT
            || t == io.github.workreport.Kind.AMOUNT && m == io.github.workreport.Kind.LEVEL)
        && (perUnit(target.metric(), target.text()) & perUnit(measure.metric(), measure.text())) != 0;
  }

  /** The ways a sum is per a unit in a side's words, or in its text (每人每年不低于2000元 ‖ 人均2202元). */
  private static int perUnit(String metric, String text) {
    return PER_UNIT_MONEY.flagsWithin(metric, 0, metric.length()) | PER_UNIT_MONEY.flagsWithin(text, 0, text.length());
  }

  /**
   * Words by which a sum of money is one per a person, a mu or a household (人均, 亩均, 户均; 每人, 每亩, 每户) or a
   * standard of pay (补助标准): said so on both sides, 亩均税收30万元 ‖ 亩均税收28.6万元/亩 is the one level.
   */
  private static final WordSet PER_UNIT_MONEY = WordSet.flagged(1, new String[] {"标准"}, 2, new String[] {"人均", "每人"},
      4, new String[] {"亩均", "每亩"}, 8, new String[] {"户均", "每户"}, 16, new String[] {"村均", "每村"});

  /**
   * Whether an amount or a level is a thousand times the target or a thousandth of it (保险密度达到4000元 ‖
   * 保费收入312.7亿元): no report over- or undershoots so far, the figure is of another thing, per person
   * against a total. Counts and changes are left alone; a zero on either side is no order.
   */
  private static boolean ofAnotherOrder(Target target, Measure measure) {
    io.github.workreport.Kind kind = target.kind();
    // and counts in two classifiers (5亿次 ‖ 68个): that 个 may stand for any does not make them one thing
    boolean countsOfTwoWords = kind == io.github.workreport.Kind.COUNT
        && target.unit().dimension() == Unit.Dimension.COUNT && measure.unit().dimension() == Unit.Dimension.COUNT
        && !target.unit().classifier().equals(measure.unit().classifier());
    // and a count per so many people (每万人拥有律师数3.5名 ‖ 执业律师1187名), a ratio no count of the things is near
    boolean perSoMany = kind == io.github.workreport.Kind.COUNT && PER_SO_MANY.within(target.metric());
    if (kind != io.github.workreport.Kind.AMOUNT && kind != io.github.workreport.Kind.LEVEL && !countsOfTwoWords
        && !perSoMany
        || target.unit().dimension() == Unit.Dimension.PERCENT || target.value().signum() <= 0
        || measure.value().signum() <= 0 || !target.unit().isCommensurableWith(measure.unit())) {
      return false;
    }
    BigDecimal value = measure.value();
    if (!measure.unit().equals(target.unit())) {
      try {
        value = measure.unit().convert(value, target.unit());
      } catch (ArithmeticException e) {
        return false; // a scale no conversion can carry (a hostile cell): no order to judge by
      }
    }
    // products, not a quotient: figures of any scale compare without rounding or overflow
    BigDecimal apart = perSoMany || countsOfTwoWords ? ANOTHER_RATIO : ANOTHER_ORDER;
    return value.compareTo(target.value().multiply(apart)) > 0 || value.multiply(apart).compareTo(target.value()) < 0;
  }

  /** Words of a count per so many people or households: 每万人拥有, 每千人口, 千人口. */
  private static final WordSet PER_SO_MANY = WordSet.of("每万人", "每千人", "每十万人", "每百人", "每万户", "每千户", "万人拥有",
      "千人口", "万人口");

  /** How many times apart a ratio per so many and a figure are of another order: a hundred. */
  private static final BigDecimal ANOTHER_RATIO = BigDecimal.valueOf(100);

  /**
   * Whether the measure names a project's whole cost (新馆总建筑面积8600平方米，总投资6500万元) for a target of investment
   * that names none (完成年度投资2800万元): the cost is the project's size, spent over its years, not the year's work.
   */
  private static boolean aProjectsWholeCost(Target target, Measure measure) {
    return measure.kind() == io.github.workreport.Kind.AMOUNT
        && TargetParser.namesAWholeCost(measure.metric(), measure.text())
        && !TargetParser.namesAWholeCost(target.metric(), target.text()) && !target.metric().endsWith(measure.metric());
  }

  /**
   * Whether a count of projects in 个 (改建项目3个) stands against a target counting other things in their own
   * classifier (改建400套): 个 may stand for any classifier, but the projects are not the flats they hold.
   */
  private static boolean projectsForOtherThings(Target target, Measure measure) {
    return target.unit().dimension() == Unit.Dimension.COUNT && measure.unit().dimension() == Unit.Dimension.COUNT
        && GENERAL_CLASSIFIER.equals(measure.unit().classifier())
        && !GENERAL_CLASSIFIER.equals(target.unit().classifier()) && !target.unit().classifier().isEmpty()
        && measure.metric().endsWith(PROJECTS) && !target.metric().contains(PROJECTS);
  }

  private static final String GENERAL_CLASSIFIER = "个";
  private static final String PROJECTS = "项目";

  /** How many times apart a figure and its target are of another order: a thousand. */
  private static final BigDecimal ANOTHER_ORDER = BigDecimal.valueOf(1000);

  /** Why measure {@code m} cannot be evidence for target {@code t}, or null when it can. */
  UnverifiedReason rejection(int t, int m) {
    Target target = targets.get(t);
    Measure measure = measures.get(m);
    if (!fits(target, measure)) {
      if (measure.role() == Role.COMPLETION_RATE) {
        return target.kind().isCumulative() ? UnverifiedReason.NO_SAME_UNIT : UnverifiedReason.OTHER_KIND;
      }
      return target.unit().comparesWith(measure.unit()) ? UnverifiedReason.OTHER_KIND : UnverifiedReason.NO_SAME_UNIT;
    }
    if (conflictingWork(t, m)) {
      int stage = Metrics.stage(targets.get(t).metric()) | Metrics.stage(measures.get(m).metric()) << 2;
      boolean shell = (measureWork(m) & Metrics.SHELL_BIT) != 0 && (targetWork(t) & Metrics.SHELL_BIT) == 0;
      boolean begun = (measureWork(m) & (Metrics.ALL_STARTED_BIT | Metrics.FIRST_STEP_BIT)) != 0;
      return stage == (2 | 1 << 2) || shell || begun ? UnverifiedReason.STARTED_NOT_DONE : UnverifiedReason.OTHER_WORK;
    }
    if (increment(t) && stock(m) || totalBesideTheYears(t, m) || newOnesBesideTheTotal(t, m)
        || increaseBesideItsLevel(t, m)) {
      return UnverifiedReason.STOCK_NOT_INCREMENT;
    }
    if (score(t, m) >= 0) {
      return null;
    }
    boolean sameThing = Metrics.similarity(targetWords(t), measureWords(m),
        sameClassifier(target.unit(), measure.unit())) > 0;
    return sameThing && startedBesideDone(t, m) ? UnverifiedReason.STARTED_NOT_DONE : UnverifiedReason.OTHER_METRIC;
  }

  /** The fewest characters of another name in an aside (食堂): one is a unit's (人). */
  private static final int MIN_ALIAS = 2;
  private static final int MAX_ALIAS = 8;

  /**
   * Another name the target gives its thing in an aside right before its figure (建设社区老年食堂（助餐点）40个: 助餐点),
   * which a narrative may use alone; empty if none. Not what the thing takes in (（含棚户区）) nor a unit.
   */
  static String aliasBeforeTheFigure(String text) {
    int i = text.length() - 1;
    while (i >= 0 && !(text.charAt(i) == '）' || text.charAt(i) == ')')) {
      i--;
    }
    if (i < 0 || i + 1 >= text.length()
        || Lexicon.arabicDigit(text.charAt(i + 1)) < 0 && !ChineseNumbers.isNumeralChar(text.charAt(i + 1))) {
      return "";
    }
    int open = Math.max(text.lastIndexOf('（', i), text.lastIndexOf('(', i));
    int length = i - open - 1;
    if (open < 0 || length < MIN_ALIAS || length > MAX_ALIAS || text.charAt(open + 1) == '含'
        || text.startsWith("包括", open + 1) || text.startsWith("不含", open + 1)) {
      return "";
    }
    for (int k = open + 1; k < i; k++) {
      if (!Lexicon.isHan(text.charAt(k))) {
        return "";
      }
    }
    String alias = text.substring(open + 1, i);
    return "万亿千百".indexOf(alias.charAt(0)) >= 0 || Lexicon.unitAt(alias, 0) != null ? "" : alias; // （万元）, （公里）
  }

  /** The target's words, for comparison. */
  Metrics.Words targetWords(int t) {
    if (words[t] == null) {
      words[t] = new Metrics.Words(targets.get(t).metric() + aliasBeforeTheFigure(targets.get(t).text()));
    }
    return words[t];
  }

  /** The measure's words, for comparison. */
  Metrics.Words measureWords(int m) {
    if (measureWords[m] == null) {
      measureWords[m] = new Metrics.Words(measures.get(m).metric());
    }
    return measureWords[m];
  }

  /** The measure's metric in comparable form: empty when the narrative names no subject (实绩4619.8亿元). */
  String measureMetric(int m) {
    return measureMetric[m];
  }

  /**
   * The generic noun a metric ends with, once names of work are cut from its end: 项目 in
   * 重点项目建设, 企业 in 引进世界500强企业; empty if none. Two counts ending in different ones
   * (企业, 项目) count different things.
   */
  static String countedHead(String metric) {
    String s = withoutWorkAfter(metric);
    int len = COUNTED.endingAt(s, s.length());
    return len > 0 ? s.substring(s.length() - len) : "";
  }

  /**
   * A metric without the work said after its thing and the words between them (项目已开工,
   * 项目中已开工, 项目均已建成, 完工项目中: 项目, 项目, 项目, 完工项目); never empty unless the metric is.
   */
  private static String withoutWorkAfter(String metric) {
    String s = metric;
    int len;
    while (((len = Metrics.workEndingAt(s)) > 0 || (len = BEFORE_WORK.endingAt(s, s.length())) > 0) && len < s.length()) {
      s = s.substring(0, s.length() - len);
    }
    return s;
  }

  /** Words between a thing and its work: that it is done (已, 均已, 全部), or of which part (中: 项目中已开工). */
  private static final WordSet BEFORE_WORK = WordSet.of("已", "均已", "全部", "已全部", "全部已", "中", "当中");

  /**
   * Whether a metric names its thing only generically (工程, 项目, 完工工程, 已开工项目): a counted head of
   * {@link #COUNTED} with nothing but words of work before it.
   */
  static boolean onlyGenericThing(String metric) {
    String thing = withoutWorkAfter(metric); // 10个项目已完工6个: 项目已完工 counts the task's projects
    int len = COUNTED.endingAt(thing, thing.length());
    if (len == 0) {
      return false;
    }
    String rest = thing.substring(0, thing.length() - len);
    return rest.isEmpty() || Metrics.onlyWork(rest);
  }

  /**
   * Whether a metric names only a phase or batch of the task's own work, perhaps after a verb of it (已完成一期, 二期,
   * 首批): the task's thing, as a figure of no words is.
   */
  static boolean onlyAPhase(String metric) {
    String rest = metric.substring(Metrics.leadingVerbs(metric).length());
    if (rest.startsWith("第")) {
      rest = rest.substring(1);
    }
    if (rest.equals("首期") || rest.equals("首批")) {
      return true;
    }
    return rest.length() == 2 && (rest.charAt(1) == '期' || rest.charAt(1) == '批')
        && ChineseNumbers.digit(rest.charAt(0)) > 0;
  }

  /** A measure made by summing parts: its text joins them with ＋. */
  static boolean isSum(Measure measure) {
    return measure.text().indexOf('＋') >= 0;
  }

  /** Counts in one and the same specific classifier (所 and 所; not 个, which stands for any). */
  static boolean sameClassifier(Unit a, Unit b) {
    return a.dimension() == Unit.Dimension.COUNT && b.dimension() == Unit.Dimension.COUNT
        && a.classifier().equals(b.classifier()) && !a.classifier().equals("个");
  }

  /** Whether the target counts new things (新增, 新建 …) in its clause. */
  static boolean isIncrement(String taskText, Target target) {
    if (target.kind().isCumulative() && reachedFromAnOldLevel(target.text())) {
      return false; // 资产总额由年初的42亿元增加到46亿元: the level to reach, though its verb is 增加
    }
    Optional<Span> span = target.span();
    if (span.isPresent() && span.get().end() <= taskText.length()) {
      int from = Reading.clauseStart(taskText, span.get().start());
      // 科技贷款余额较年初增加额（亿元）：年度目标3: a cell's target takes its thing, and its increase, from the header
      return INCREMENT.within(taskText, from, span.get().end())
          || inAHeadersCell(taskText, span.get().start()) && INCREMENT.within(target.metric());
    }
    String text = target.text() + target.metric();
    return INCREMENT.within(text);
  }

  /**
   * Whether a target starting at {@code start} stands in the cell of a header, after its colon or bar (…增加额（亿元）：
   * 年度目标3, 新增国家高新技术企业｜家｜30): the header then names its thing.
   */
  private static boolean inAHeadersCell(String taskText, int start) {
    int k = Grammar.skipSpacesBack(taskText, start);
    if (k == 0) {
      return false;
    }
    char c = taskText.charAt(k - 1);
    return Grammar.isColon(c) || Lexicon.isFieldBar(c);
  }

  /**
   * Whether the measure states a stock: a stock word (截至目前, 累计, 现有 …) earlier in its sentence
   * and no word of making new things or of work done in its clause — 累计完成700人 and 目前已完成8个 are
   * progress, 累计有高新技术企业42家 a stock; a level reached from an old one (由1200吨提升至1800吨); or the level
   * a whole place reached (全区焚烧处理能力达到2550吨/日).
   */
  static boolean isStock(String narrative, Measure measure) {
    if ((measure.kind().isCumulative() || measure.kind() == io.github.workreport.Kind.LEVEL
        && measure.unit().dimension() != Unit.Dimension.PERCENT) && reachedFromAnOldLevel(measure.text())) {
      // a share reached from an old one (比重由39.6%提高到41.2%) is the level a target of it sets, no stock
      // 城镇就业人数由52000人增加到55200人, 日处理能力由1200吨提升至1800吨: the level now, its change the year's new ones
      return true;
    }
    Optional<Span> span = measure.span();
    if (span.isPresent() && span.get().end() <= narrative.length()) {
      int end = span.get().end();
      int clause = Reading.clauseStart(narrative, span.get().start());
      int own = STOCK_OR_NEW.flagsWithin(narrative, clause, end);
      if (measure.kind() == io.github.workreport.Kind.COUNT && FULL_COVERAGE.within(narrative, span.get().start(), end)
          && !INCREMENT.within(narrative, clause, end)) {
        return true; // 全市86个乡镇（街道）实现…全覆盖: all the places the work now covers, not the new things that did it
      }
      if ((own & NEW) != 0) {
        return false;
      }
      if ((own & OLD) != 0) {
        // 全年累计建立家庭病床316张: the year's running total is the year's work
        // and so is one over the year's months, which may date the cell's label (1-9月完成：累计83); not a balance
        return !THIS_YEAR.within(narrative, clause, end) && !(CUMULATIVE.within(narrative, clause, end)
            && monthsOfTheYear(narrative, withItsLabel(narrative, clause), end))
            && !(SO_FAR.within(narrative, clause, end) && doneSoFar(narrative, clause, end))
            && stockWord(narrative, clause, end);
      }
      if (Metrics.WHOLE_PLACE.startingAt(narrative, Grammar.skipSpaces(narrative, clause)) > 0
          && LEVEL_REACHED.within(narrative, clause, end)) {
        return true; // 全区焚烧处理能力达到2550吨/日: what the whole place has, no work of the year named
      }
      if (measure.kind().isCumulative() && LEVEL_REACHED.within(narrative, clause, end)
          && increaseSinceABaseAfter(narrative, end, measure.unit().symbol())) {
        return true; // 用户达到286万户，较年初净增31.5万户: the level the year's increase brought it to
      }
      if (THIS_YEAR.within(narrative, clause, end)) {
        return false; // 两年累计新建公厕27座，其中今年15座: the year's part of the total before it
      }
      int sentence = clause > 0 && Lexicon.isSentenceEnd(narrative.charAt(clause - 1))
          ? clause : Reading.sentenceStart(narrative, clause);
      return stockWord(narrative, sentence, clause);
    }
    String own = measure.text();
    return !INCREMENT.within(own) && !DONE.within(own) && STOCK.within(own);
  }

  /** Words of every place covered: 全覆盖. */
  private static final WordSet FULL_COVERAGE = WordSet.of("全覆盖");

  /** What an increase or a change is counted from, opening its clause: 较年初, 比上年末, 较上年, 同比. */
  static final WordSet BASES = WordSet.of(Vocabulary.wordsWith(Vocabulary.SINCE));
  /** Verbs of a count's increase over a base: 净增, 增加, 新增. */
  static final WordSet INCREASES = WordSet.of("净增", "净增加", "增加", "新增");
  /** How far after its base an increase's verb may stand (较上年末净增, 比2022年底增加). */
  private static final int INCREASE_REACH = 12;

  /**
   * Whether the clause after {@code end} opens with a base and gives the increase over it in {@code unit} (，较年初
   * 净增31.5万户): the figure before is the level that increase brought things to.
   */
  private static boolean increaseSinceABaseAfter(String narrative, int end, String unit) {
    if (unit.isEmpty() || end >= narrative.length() || !Lexicon.isClauseEnd(narrative.charAt(end))
        || Lexicon.isSentenceEnd(narrative.charAt(end))) {
      return false;
    }
    int from = Grammar.skipSpaces(narrative, end + 1);
    if (BASES.startingAt(narrative, from) <= 0) {
      return false;
    }
    int clauseEnd = Reading.clauseEnd(narrative, from);
    int verb = INCREASES.indexWithin(narrative, from, Math.min(clauseEnd, from + INCREASE_REACH));
    if (verb < 0) {
      return false;
    }
    int figure = verb + INCREASES.startingAt(narrative, verb);
    int k = Grammar.skipSpaces(narrative, figure);
    if (k >= clauseEnd
        || Lexicon.arabicDigit(narrative.charAt(k)) < 0 && !NumberScanner.startsChinese(narrative.charAt(k))) {
      return false;
    }
    int u = narrative.indexOf(unit, k);
    return u > 0 && u < clauseEnd;
  }

  private static final WordSet CUMULATIVE = WordSet.of("累计");
  private static final WordSet SO_FAR = WordSet.of("目前", "截至目前", "截止目前");

  /**
   * Whether 已 and a verb of something done stand in {@code [from, to)} (目前已备案院士专家工作站2家): what was done so far,
   * as 目前已完成 is; not 已有, 已达, 已超 and the like, which tell what there is.
   */
  private static boolean doneSoFar(String text, int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      char verb = text.charAt(k + 1);
      if (text.charAt(k) == '已' && Lexicon.isHan(verb) && "有达超为是经累共".indexOf(verb) < 0) {
        return true;
      }
    }
    return false;
  }

  /** Where a clause starts with the label before its colon, if one opens it (1-9月完成：累计83). */
  private static int withItsLabel(String text, int clause) {
    return clause > 0 && Grammar.isColon(text.charAt(clause - 1))
        ? Reading.clauseStart(text, clause - 1) : clause;
  }

  /** Parts of a year counted from its start: 上半年累计, 前三季度累计. */
  static final WordSet PARTS_OF_THE_YEAR = WordSet.of("上半年", "一季度", "前两季度", "前两个季度", "前三季度",
      "前三个季度");

  /**
   * Whether {@code [from, to)} names the months of the year from January (1-5月, 1—9月份, 1至10月, 上半年): a running
   * total over them (1-5月累计评价入库213家) is the year's work, as 全年累计 is.
   */
  private static boolean monthsOfTheYear(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) != '月') {
        continue;
      }
      int e = k;
      while (e > from && Lexicon.isSpace(text.charAt(e - 1))) {
        e--; // 1-9 月, as a PDF spaces it
      }
      int d = e;
      while (d > from && Lexicon.isAsciiDigit(text.charAt(d - 1))) {
        d--;
      }
      if (d < e && e - d <= 2 && d >= from + 2 && text.charAt(d - 2) == '1'
          && "-—–~～至到－".indexOf(text.charAt(d - 1)) >= 0
          && (d - 2 == from || !Lexicon.isAsciiDigit(text.charAt(d - 3)))) {
        return true;
      }
    }
    return PARTS_OF_THE_YEAR.within(text, from, to);
  }

  /** Verbs of a level a stock reached: 达到2550吨/日. */
  private static final WordSet LEVEL_REACHED = WordSet.of("达到", "增至", "提升至", "提升到", "提高到", "提高至");

  /**
   * Whether measure {@code m} is a running total (累计建成5G基站650个) beside this year's figure of the
   * same unit (今年建成180个, or new things with no total: 新建180个), for a count or amount target that sets
   * no total itself (建设5G基站200个, not 累计建成700个): a year's task is judged on the year's work.
   */
  private boolean totalBesideTheYears(int t, int m) {
    if (!targets.get(t).kind().isCumulative() || levelOfAStock(t)) {
      return false; // 开放数据集达到300个 sets the total itself
    }
    if (yearsFigures == null) {
      // once per task: the narrative's figures dated this year, when it has a running total and the task sets none
      yearsFigures = List.of();
      if (!narrative.contains("累计") || RUNNING_TOTAL.within(taskText)) {
        return false;
      }
      yearsFigures = new ArrayList<>(1);
      monthsFigures = new ArrayList<>(1);
      runningTotals = new boolean[measures.size()];
      // a total of all years so far, not of this year (全年累计, 1-11月累计), which is the year's work
      ofAllYears = new boolean[measures.size()];
      for (int k = 0; k < measures.size(); k++) {
        runningTotals[k] = runningTotal(k);
        ofAllYears[k] = runningTotals[k] && !thisYears(k) && !datedByMonth(k);
      }
      for (int k = 0; k < measures.size(); k++) {
        if (!runningTotals[k] && (thisYears(k) || newThingsBeforeATotal(k, ofAllYears))) {
          yearsFigures.add(k);
        } else if (!runningTotals[k] && measures.get(k).role() == Role.ACHIEVED && overTheYearsMonths(k)) {
          monthsFigures.add(k);
        }
      }
    }
    if (runningTotals == null || !runningTotals[m] || sumsTheFiguresBefore(measures, m)) {
      return false; // 一季度312场，二季度405场，三季度438场，累计1155场: the total of the year's figures before it
    }
    for (int other : yearsFigures) {
      if (measures.get(other).unit().isCommensurableWith(measures.get(m).unit())) {
        return true;
      }
    }
    // 1-9 月完成投资 23.5 亿元 beside 开工累计完成投资 71.2 亿元: the year's months so far are the year's figure beside a
    // total of all years, though not beside the year's own running total (截至11月底累计)
    for (int other : monthsFigures) {
      // and so is an undated total of the things the months count (1-6月新建1865个，累计建成14327个), not one at the
      // year's end (上半年完成改造12个，截至年底累计完成改造31个) nor one a sheet labels as its progress (累计完成)
      boolean undatedTotal = sameThingsCounted(measures.get(other).unit(), measures.get(m).unit())
          && !inItsClause(m, YEARS_END) && !inItsClause(m, PROGRESS_SO_FAR);
      if (ofAllYears[m] && (inItsClause(m, SINCE_A_START) || undatedTotal)
          && measures.get(other).unit().isCommensurableWith(measures.get(m).unit())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether measure {@code m}, said 累计, is the sum of two or more figures of its unit right before it
   * (1-3季度分别为126件次、171件次、158件次，累计455件次): their total, as 合计 says, not a running total of all years.
   */
  static boolean sumsTheFiguresBefore(List<Measure> measures, int m) {
    Measure total = measures.get(m);
    if (m < 2 || !opensWithARunningTotal(total.text()) || total.value().signum() <= 0) {
      return false;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (int k = m - 1; k >= 0 && measures.get(k).unit().isCommensurableWith(total.unit()); k--) {
      Measure part = measures.get(k);
      sum = sum.add(part.unit().convert(part.value(), total.unit()));
      // 一季度发放5120万元，二季度发放7360万元，上半年累计发放1.25亿元: the total rounded as it is written
      int compared = sum.setScale(Math.max(0, total.value().scale()), java.math.RoundingMode.HALF_UP)
          .compareTo(total.value());
      if (compared > 0 || compared == 0 && m - k >= 2) {
        return compared == 0; // and a first part the total rounds to (9950万元 in all, 累计1亿元) is one of more
      }
    }
    return false;
  }

  /** How far into a figure's words its 累计 may stand after the months it runs over: 1-9月累计, 前三个季度累计. */
  private static final int RUNNING_TOTAL_REACH = 6;

  /** Whether a figure's words open with 累计, perhaps after the months it runs over (上半年累计, 1-9月累计). */
  private static boolean opensWithARunningTotal(String text) {
    int at = text.indexOf("累计");
    return at == 0 || at > 0 && at <= RUNNING_TOTAL_REACH && monthsOfTheYear(text, 0, at);
  }

  private static final WordSet YEARS_END = WordSet.of("年底", "年末");
  private static final WordSet PROGRESS_SO_FAR = WordSet.of("累计完成");

  /**
   * Whether measure {@code m} counts new things (今年新增16所) for a target of a running total that is no increment
   * (年度目标累计180) or of a level from the old one (由13项扩展至20项), beside a running total of the narrative's own
   * (累计182): that total answers it, the new ones are the year's part of it.
   */
  private boolean newOnesBesideTheTotal(int t, int m) {
    if (increment(t) || !saysRunningTotal() || !inItsClause(m, INCREMENT) || runningTotal(m)
        || !(setsARunningTotal(t) || levelOfAStock(t) && reachedFromAnOldLevel(targets.get(t).text()))) {
      return false;
    }
    if (unitsOfTotals == null) { // once per task: the units the narrative's running totals are in
      unitsOfTotals = achievedUnits(this::runningTotal);
    }
    for (Unit unit : unitsOfTotals) {
      if (unit.isBare() || unit.isCommensurableWith(measures.get(m).unit())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether measure {@code m} is the increase over a base (较年初增加7.9) of the level given right before it in its unit
   * or bare (32.6，较年初增加7.9), and target {@code t} counts no new things (科技贷款余额：年度目标30，力争35): the level answers it.
   */
  private boolean increaseBesideItsLevel(int t, int m) {
    Measure increase = measures.get(m);
    if (m == 0 || increment(t) || !targets.get(t).kind().isCumulative() || !increase.kind().isCumulative()) {
      return false;
    }
    String text = increase.text();
    int base = BASES.startingAt(text, 0);
    if (base == 0 || INCREASES.indexWithin(text, base, Math.min(text.length(), base + INCREASE_REACH)) < 0) {
      return false;
    }
    Measure level = measures.get(m - 1);
    // a sheet's bare value, its unit the indicator's (完成值142，较2024年新增18项), is the level too
    return level.role() == Role.ACHIEVED && level.kind() == increase.kind()
        && (level.unit().equals(increase.unit()) || level.unit().equals(Unit.NONE) && level.metric().isEmpty())
        && level.span().isPresent() && increase.span().isPresent()
        && Reading.sentenceStart(narrative, increase.span().get().start()) <= level.span().get().start();
  }

  /** The units of the narrative's running totals achieved ({@link #newOnesBesideTheTotal}); null until asked. */
  private List<Unit> unitsOfTotals;

  /** Whether the narrative says 累计 anywhere: looked for once, not for every pair. */
  private boolean saysRunningTotal() {
    if (saysRunningTotal == 0) {
      saysRunningTotal = narrative.contains("累计") ? (byte) 1 : 2;
    }
    return saysRunningTotal == 1;
  }

  private byte saysRunningTotal;

  /** Words of a total since a start before the year (开工累计, 自开工以来, 历年累计): not a year's running total. */
  private static final WordSet SINCE_A_START = WordSet.of("开工累计", "开工以来", "以来累计", "历年", "开工至今", "建设以来");

  /**
   * Whether measure {@code m} counts new things done (新建绿道52.6公里) before a running total follows it
   * (累计建成绿道418公里): the year's work, then all there is. New things after the total are its parts
   * (累计新增减税降费17.26亿元，其中新增减税12.08亿元) or another thing's (…；普通国省道新改建21.4公里), and a
   * total of the year (12月份新建公厕5座，全年累计新建42座; 11月份新增就业600人，1-11月累计新增就业7900人) is the year's
   * work.
   */
  private boolean newThingsBeforeATotal(int m, boolean[] ofAllYears) {
    Optional<Span> span = measures.get(m).span();
    boolean increment = inItsClause(m, INCREMENT);
    if (measures.get(m).role() != Role.ACHIEVED || span.isEmpty() || !increment && !inItsClause(m, DONE_FIRST)
        || inAnAside(narrative, span.get().start()) || datedByMonth(m)) {
      return false;
    }
    for (int k = 0; k < measures.size(); k++) {
      Optional<Span> total = measures.get(k).span();
      if (ofAllYears[k] && total.isPresent() && total.get().start() >= span.get().end()
          && sameThingsCounted(measures.get(k).unit(), measures.get(m).unit())
          // 完成6所，累计完成提档升级18所: work done, then the larger total of all years
          && (increment || totalOfTheSameWorkAfter(m, k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether two units measure alike, counts in one classifier (28个 teams are no 1236家次 of visits). */
  private static boolean sameThingsCounted(Unit a, Unit b) {
    return a.isCommensurableWith(b) && (a.dimension() != Unit.Dimension.COUNT || a.classifier().equals(b.classifier()));
  }

  /** Whether measure {@code m}'s clause, up to the end of its words, names a month (11月份, 1-11月, 截至10月底). */
  private boolean datedByMonth(int m) {
    return inItsClause(m, MONTH);
  }

  /** Whether measure {@code m}'s clause names the year's months from January (1-9月, 上半年). */
  private boolean overTheYearsMonths(int m) {
    Optional<Span> span = measures.get(m).span();
    return span.isPresent() && span.get().end() <= narrative.length()
        && monthsOfTheYear(narrative, withItsLabel(narrative, Reading.clauseStart(narrative, span.get().start())),
            span.get().end());
  }

  private static final WordSet MONTH = WordSet.of("月");

  /** Whether {@code at} is inside a parenthesis opened earlier in its sentence: 任务2万亩（新建1万亩、改造1万亩）. */
  private static boolean inAnAside(String text, int at) {
    for (int k = at - 1; k >= 0 && !Lexicon.isSentenceEnd(text.charAt(k)); k--) {
      char c = text.charAt(k);
      if (c == '）' || c == ')') {
        return false;
      }
      if (c == '（' || c == '(') {
        return true;
      }
    }
    return false;
  }

  /** For {@link #totalBesideTheYears}: the figures dated this year, and which figures are running totals; null until asked. */
  private List<Integer> yearsFigures;
  /** The figures over the year's months from January (1-9月完成…), beside {@link #yearsFigures}. */
  private List<Integer> monthsFigures;
  private boolean[] runningTotals;
  /** Per measure, whether it is a running total of all years, not of the year (see {@link #totalBesideTheYears}). */
  private boolean[] ofAllYears;

  /** Whether target {@code t}'s clause in the task calls it a running total (示范村累计达到38个). */
  boolean setsARunningTotal(int t) {
    if (runningTotalTarget == null) {
      runningTotalTarget = new byte[targets.size()];
    }
    if (runningTotalTarget[t] == 0) {
      Optional<Span> span = targets.get(t).span();
      boolean says = span.isPresent() && span.get().end() <= taskText.length()
          ? RUNNING_TOTAL.within(taskText, Reading.clauseStart(taskText, span.get().start()), span.get().end())
          : RUNNING_TOTAL.within(targets.get(t).text());
      runningTotalTarget[t] = says ? (byte) 1 : 2;
    }
    return runningTotalTarget[t] == 1;
  }

  private byte[] runningTotalTarget;

  /** Whether measure {@code m}'s clause, up to the end of its words, calls it a running total (累计). */
  boolean runningTotal(int m) {
    return inItsClause(m, RUNNING_TOTAL);
  }

  /** Whether measure {@code m}'s clause, up to the end of its words, dates it this year (今年, 当年, 年内). */
  private boolean thisYears(int m) {
    return inItsClause(m, THIS_YEARS) || aYearsPart(m);
  }

  /**
   * Whether measure {@code m}'s clause opens with 其中 and a year (累计完成投资4.1亿元，其中2023年完成2.46亿元): the part of
   * a running total that one year did, which a report names for its own year.
   */
  private boolean aYearsPart(int m) {
    Optional<Span> span = measures.get(m).span();
    if (span.isEmpty() || span.get().end() > narrative.length()) {
      return false;
    }
    int k = Grammar.skipSpaces(narrative, Reading.clauseStart(narrative, span.get().start()));
    if (!narrative.startsWith(PART_OF, k)) {
      return false;
    }
    k = Grammar.skipSpaces(narrative, k + PART_OF.length());
    for (int d = 0; d < 4; d++, k++) {
      if (k >= narrative.length() || !Lexicon.isAsciiDigit(narrative.charAt(k))) {
        return false;
      }
    }
    k = Grammar.skipSpaces(narrative, k);
    return k < span.get().end() && narrative.charAt(k) == '年';
  }

  private static final String PART_OF = "其中";

  /** Whether a word of {@code words} lies in measure {@code m}'s clause up to the end of its words; false without a span. */
  private boolean inItsClause(int m, WordSet words) {
    Optional<Span> span = measures.get(m).span();
    // a label before a colon is its value's (累计建成：14327, 1-6月完成：1865)
    return span.isPresent() && span.get().end() <= narrative.length() && words.within(narrative,
        withItsLabel(narrative, Reading.clauseStart(narrative, span.get().start())), span.get().end());
  }

  private static final WordSet RUNNING_TOTAL = WordSet.of("累计", "总数", "总计");
  /**
   * Whether measure {@code k}, in {@code m}'s sentence and larger, is a running total of the work {@code m}'s clause
   * names done, said again after 累计 (完成6所，累计完成提档升级18所), and {@code m} names no part of the year
   * (上半年完成12公里, beside the year's running total).
   */
  private boolean totalOfTheSameWorkAfter(int m, int k) {
    Measure done = measures.get(m);
    Measure total = measures.get(k);
    if (!total.unit().equals(done.unit()) || total.value().compareTo(done.value()) <= 0 || !total.span().isPresent()
        || inItsClause(m, PARTS_OF_THE_YEAR)) {
      return false;
    }
    int from = total.span().get().start();
    int start = Reading.clauseStart(narrative, from);
    if (Reading.sentenceStart(narrative, from) != Reading.sentenceStart(narrative, done.span().get().start())) {
      return false;
    }
    int at = CUMULATIVE.indexWithin(narrative, start, total.span().get().end()); // its clause only, not the text's rest
    if (at < 0) {
      return false;
    }
    int verb = Grammar.skipSpaces(narrative, at + 2);
    int len = DONE_FIRST.startingAt(narrative, verb);
    if (len == 0) {
      return false;
    }
    String word = narrative.substring(verb, verb + len);
    int clause = Reading.clauseStart(narrative, done.span().get().start());
    int said = narrative.indexOf(word, clause);
    return said >= 0 && said < done.span().get().end(); // the same verb in the clause of the year's figure
  }

  /** Verbs of work done that may say the year's figure before a total of all years: 完成6所，累计完成18所. */
  private static final WordSet DONE_FIRST = WordSet.of("完成", "建成");
  private static final WordSet THIS_YEARS = WordSet.of("今年", "当年", "本年", "年内", "全年", "年度新", "年度完成");

  /** Whether the words reach their figure from an old one: 由52000人增加到55200人, 从8天减少到3天. */
  private static boolean reachedFromAnOldLevel(String words) {
    if (words.indexOf('由') < 0 && words.indexOf('从') < 0) {
      return false;
    }
    Tokens tk = Lexer.lex(words);
    int mark = tk.firstEndWithin(0, words.length(), Vocabulary.OLD_MARK);
    if (mark < 0) {
      return false;
    }
    int verb = tk.lastWithin(mark, words.length(), Vocabulary.CHANGE_TO);
    if (verb < 0) {
      return false;
    }
    for (Mention m : tk.mentions) {
      if (m.start >= mark && m.end <= verb && m.value != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * A stock word in {@code [from, to)} that is no label of progress (累计完成, 目前已完成) nor of new things
   * (累计新增养老床位236张，其中护理型床位118张: the part after it is new, as its whole is).
   */
  private static boolean stockWord(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      int len = STOCK.startingAt(text, i);
      if (len == 0) {
        continue;
      }
      int k = i + len;
      if (k < text.length() && (text.charAt(k) == '已' || text.charAt(k) == '共')) {
        k++;
      }
      if (DONE.startingAt(text, k) == 0 && INCREMENT.startingAt(text, k) == 0) {
        return true;
      }
      i = k - 1;
    }
    return false;
  }

  private static final WordSet DONE = WordSet.of(DONE_WORDS);
}
