package io.github.workreport.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The one lexicon of the words that decide what a number means, each with its roles: the verbs
 * of kind (增长, 下降, 提高到), comparators before and after a number (不少于, 以上), the labels a
 * table puts before a value (实绩, 实际完成), the words that mark a target (预期目标, 目标任务), an
 * old value (由, 从, 现行), a list (分别, 均), a plan, a comparison, an excess, an estimate and the
 * firmness of a goal. A word has every role it is listed with; the {@link Lexer} finds every
 * occurrence of every word once per text, and the grammar asks for roles, never for strings.
 *
 * <p>Roles are bits of a {@code long}. Words are looked up by first character, one array load,
 * into arrays sorted longest first. Immutable and thread-safe.
 */
final class Vocabulary {
  private Vocabulary() {}

  // ---- the kind of a change
  /** 增长, 提高: a growth when nearest before a percentage. */
  static final long GROWTH_VERB = 1L;
  /** 下降, 减少: a decline when nearest before a percentage. */
  static final long DECLINE_VERB = 1L << 1;
  /** 提高到, 达到, 控制在: a level reached. */
  static final long LEVEL_VERB = 1L << 2;
  /** 增速, 增幅: the subject is itself a growth rate. */
  static final long GROWTH_NOUN = 1L << 3;
  /** 降幅, 负增长: the subject is itself a decline. */
  static final long DECLINE_NOUN = 1L << 4;

  // ---- comparators
  /** 不少于, 超过 before a number. */
  static final long AT_LEAST_BEFORE = 1L << 5;
  /** 不超过, 控制在, 降至 before a number. */
  static final long AT_MOST_BEFORE = 1L << 6;
  /** 以上 after a number. */
  static final long AT_LEAST_AFTER = 1L << 7;
  /** 以内, 以下 after a number. */
  static final long AT_MOST_AFTER = 1L << 8;
  /** 左右 after a number. */
  static final long ABOUT_AFTER = 1L << 9;

  // ---- old values and revisions
  /** 由, 从, 现行, 原: what follows, up to a verb of change, is the old value. */
  static final long OLD_MARK = 1L << 10;
  /** A verb that changes a value to the next number: 调整为, 提高到, 降至, 到. */
  static final long CHANGE_TO = 1L << 11;
  /** A verb that makes the next number a revised target: 调整为, 调减为. */
  static final long REVISION = 1L << 12;

  // ---- what a narrative's number is not
  /** 超额完成, 多完成: an excess, not an achievement. */
  static final long EXCESS = 1L << 13;
  /** 计划, 下达, 目标为: a plan or quota. */
  static final long PLAN = 1L << 14;
  /** 高于, 低于, 快于: a difference from a reference. */
  static final long COMPARE = 1L << 15;
  /** 不少于, 不超过 in a narrative: a bound, so the figure is approximate and no comparison. */
  static final long BOUNDED = 1L << 16;

  // ---- completion rates
  /** 完成率, 完成比例, 完工率: the number is a completion rate (not 开工率: work started is not done). */
  static final long RATE = 1L << 17;
  /** 完成, 占, 达到: with a {@link #RATE_OBJECT}, a completion rate. */
  static final long RATE_VERB = 1L << 18;
  /** 任务, 目标, 计划. */
  static final long RATE_OBJECT = 1L << 19;

  // ---- time and certainty
  /** 实际, 已完成, 目前: what is done, ending an estimate's scope. */
  static final long ACTUAL = 1L << 20;
  /** 截至, 截止: an as-of date. */
  static final long AS_OF = 1L << 21;
  /** 预计: an estimate. */
  static final long ESTIMATE = 1L << 22;
  /** 确保: a firm goal. */
  static final long ASSURED = 1L << 23;
  /** 力争, 争取: an aspiration. */
  static final long ASPIRATION = 1L << 24;
  /** 围绕, 聚焦: the number that follows frames the work's scope. */
  static final long SCOPE = 1L << 25;

  // ---- tables flattened into prose
  /** 实绩, 进度, 实际完成, 累计完成: a column label, not a subject. */
  static final long LABEL = 1L << 26;
  /** 预期目标, 目标任务, 工作目标: the number that follows is the target. */
  static final long TARGET_LABEL = 1L << 27;

  // ---- lists
  /** 分别: the numbers that follow pair with the subjects in order. */
  static final long RESPECTIVELY = 1L << 28;
  /** 均, 各: the number applies to each subject. */
  static final long EACH = 1L << 29;
  /** 和, 及, 与: joins two items. */
  static final long JOINER = 1L << 30;

  // ---- a per-capita or per-period amount
  /** 每人每月, 每户每年: the amount is a level per person or period. */
  static final long PER = 1L << 31;

  // ---- what a narrative claims (StatusCues)
  /** 超额完成. */
  static final long CLAIM_EXCEEDED = 1L << 32;
  /** 基本完成. */
  static final long CLAIM_BASIC = 1L << 33;
  /** 全面完成, 已全部完成, 达到目标, 全面消除: the whole task done. */
  static final long CLAIM_WHOLE = 1L << 34;
  /** 正在, 推进中, 下一步: a task still running. */
  static final long CUE_ONGOING = 1L << 35;
  /** 已完成, 已建成: something done. */
  static final long CUE_DONE = 1L << 36;
  /** 建成, 竣工, 完成: work finished, when 已 comes before it in its clause (已于10月建成投用, 已于5月完成). */
  static final long DONE_VERB = 1L << 51;
  /** 形象进度, 工程进度: a share of the work done follows (形象进度80%). */
  static final long PROGRESS = 1L << 52;
  /** 进入, 处于: with a stage after it in its clause (进入审批阶段), the work is at that stage. */
  static final long STAGE_ENTRY = 1L << 53;
  /** 阶段: the stage a piece of work has reached. */
  static final long STAGE = 1L << 54;
  /** 选址, 立项, 招标: a first step of a piece of work, which done leaves the work running. */
  static final long FIRST_STEP = 1L << 55;
  /** 暂缓实施, 暂停施工, 已取消: the work was stopped, put off or given up — not done, not running on. */
  static final long CUE_HALTED = 1L << 56;
  /** 主体完工, 主体封顶, 主体工程: a building's shell, which done leaves the building to finish. */
  static final long SHELL = 1L << 57;
  /** 未发生, 零发生: none of the things named in the clause happened — a count of zero. */
  static final long NONE_HAPPENED = 1L << 58;
  /** 尚未, 没有, 未, 不: what follows is denied. */
  static final long NEGATION = 1L << 37;
  /** 力争, 计划, 预计: what follows in the clause is an aim, not a claim. */
  static final long AIM = 1L << 38;
  /** 完成, 实现, 达到, 符合: with a goal after it, the goal reached. */
  static final long GOAL_VERB = 1L << 39;
  /** 已完成: a claim when it ends its sentence. */
  static final long DONE_MARK = 1L << 40;

  // ---- nouns
  /** 增加值, 降水: a noun that starts with a verb of kind and is no verb. */
  static final long NOUN = 1L << 41;

  // ---- comparisons with another time, and the time a figure is as of
  /** 较, 比, 与, 同比, 相比: what follows is the base of a change (较2015年, 比上年), not a date of the figure. */
  static final long SINCE = 1L << 42;
  /** 上年, 去年, 上年同期, 同比: the year before, as a base. */
  static final long LAST_YEAR = 1L << 43;
  /** 持平, 基本持平: no change; with {@link #LAST_YEAR} before it, a growth of nothing. */
  static final long FLAT = 1L << 44;
  /** 本月, 当月: a figure of one month only, not the year's so far. */
  static final long ONE_PERIOD = 1L << 49;
  /** 下半年: a figure from July to December only. */
  static final long SECOND_HALF = 1L << 50;
  /** 今年, 本年, 当年: the report's own year, named as such. */
  static final long THIS_YEAR = 1L << 48;
  /** 一季度, 前一季度: a figure counted from January to March. */
  static final long FIRST_QUARTER = 1L << 47;
  /** 上半年, 前两个季度: a figure counted from January to June. */
  static final long FIRST_HALF = 1L << 45;
  /** 全年, 年底, 年末: a figure counted over the whole year. */
  static final long WHOLE_YEAR = 1L << 46;

  // ---- more of the same things beside those counted
  /** 另有, 其余, 剩余, 还有: more things beside those just counted, which may not be done. */
  static final long OTHER_SET = 1L << 59;

  /** The words of {@link #OTHER_SET}. */
  static final String[] OTHER_SET_WORDS = {"另有", "另外还有", "其余", "剩余", "尚有", "尚余", "还剩", "还有"};

  /** Verbs that merge what is counted into its new count: 由12家整合为8家. A subject ends before them. */
  static final String[] MERGED_TO = {"整合为", "整合至", "整合到", "合并为", "合并至", "重组为", "重组至", "撤并为", "归并为"};

  private static final Map<Character, List<Word>> LISTS = new HashMap<>();
  /** A bit per character that starts some word: 8 KB that stay in the cache, tested before the table. */
  private static final long[] STARTS = new long[(Character.MAX_VALUE + 1) / 64];
  /** A bit per character that is a word alone (由, 均, 到). */
  private static final long[] ALONE = new long[(Character.MAX_VALUE + 1) / 64];

  /** Stands for the character after the last; no word has it second, so only a one-character word matches. */
  private static final char NO_SECOND = 0;
  /**
   * The words by their first two characters (one-character words under their character and
   * {@link #NO_SECOND}), an open-addressed table: at a character that starts words, one probe
   * leaves only the words that also share the second, where trying every word with that first
   * character (二十 with 已) was a ninth of reading a text. A slot holds its key and the range of its
   * candidates in the flat arrays below in one long, {@code key << 32 | from << 8 | count}: one load
   * of memory per probe.
   */
  private static final long[] PAIR_SLOTS;
  private static final int PAIR_SHIFT;
  /**
   * A bit per hash of each key of the pair table (64 K bits, 8 KB): most characters that start a
   * word are followed by one no word has second and are no word alone, and two clear bits say so
   * without a probe of the table.
   */
  private static final long[] PAIR_FILTER = new long[(1 << 16) / 64];
  /**
   * The candidates of every pair, longest first within a pair, as primitive arrays side by side:
   * each word's length, roles, and where its third and later characters start in {@link #TAILS}.
   * Reading a word costs no load of an object: the lexer was waiting on arrays of words, words,
   * strings and their bytes, one after the other, at every character that starts one.
   */
  static final int[] LENGTHS;
  static final long[] ROLES;
  static final int[] TAIL_STARTS;
  static final char[] TAILS;

  /** A word and its roles. */
  static final class Word {
    final String text;
    final long roles;

    Word(String text, long roles) {
      this.text = text;
      this.roles = roles;
    }
  }

  /** A quota handed down, by whom or not, as a sheet labels its cell: 批而未供土地处置（亩）：省下达任务1560. */
  static final String[] QUOTAS_HANDED_DOWN = Stream.of("", "省", "市", "县", "区", "上级")
      .flatMap(by -> Stream.of("任务", "目标", "计划", "目标任务").map(what -> by + "下达" + what)).toArray(String[]::new);

  /** A goal of what is applied or striven for, as a sheet labels its cell: 专项债券项目（个）：年度申报目标20. */
  static final String[] GOALS_SOUGHT = Stream.of("", "年度", "全年").flatMap(when -> Stream.of("申报目标", "争取目标")
      .map(what -> when + what)).toArray(String[]::new);

  static {
    words(GROWTH_VERB, "增长", "提高", "提升", "增加", "上升", "上涨", "同比增", "翻", // 翻一番: Multiples
        "增产", "增收"); // 粮食增产10%, 农民增收8%
    words(DECLINE_VERB, "下降", "降低", "减少", "下滑", "回落", "压减", "压缩", "缩减", "削减", "缩短", "同比降", "降",
        "减产", "减收");
    words(LEVEL_VERB, "提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "增长到", "增长至", "上升到", "上升至",
        "降低到", "降低至", "下降到", "下降至", "降至", "降到", "减少到", "减少至", "减至", "达到", "控制在", "稳定在",
        "保持在", "压缩至", "压缩到", "缩短至", "缩短到", "调整为", "调减为", "调增为", "调整至", "提高为", "提升为",
        "压减至", "压减到", "精简至", "精简到", "精简为", "削减至", "缩减至",
        // a gap or a ratio narrowed to: 城乡居民收入比缩小至2.2
        "缩小至", "缩小到", "缩小为",
        // a sheet's level written as a sign, as its floors and ceilings are (≥, ≤): 辍学学生人数（人）：＝0
        "＝", "=",
        // a range of things widened to its new total: “跨省通办”事项拓展至200项
        "扩大到", "扩大至", "扩展到", "扩展至", "拓展到", "拓展至", "增至");
    words(GROWTH_NOUN, "增速", "增幅", "增长率", "涨幅", "增长幅度", "增长速度",
        // a statistical table's column of signed change: 同比增减（%）：-2.1, 比上年±%
        "增减", "增减幅度", "增减率", "±");
    words(DECLINE_NOUN, "降幅", "下降率", "下降幅度", "负增长");
    words(AT_LEAST_BEFORE, "不少于", "不低于", "不小于", "不下于", "至少", "超过", "多于", "大于", "高于", "突破",
        "大于等于", "≥", "≧", "＞", ">", "＞＝", ">=");
    words(AT_MOST_BEFORE, "不超过", "不高于", "不大于", "不多于", "控制在", "控制目标", "控制目标为", "控制指标", "控制指标为",
        "控制数", "压缩至", "压缩到",
        "压减至", "压减到", "缩短至", "缩短到", "缩小至", "缩小到", "降至", "降到", "降低至", "降低到", "下降至", "下降到", "减少至", "减少到", "减至", "低于", "少于",
        "小于", "小于等于", "≤", "≦", "＜", "<", "＜＝", "<=");
    words(AT_LEAST_AFTER, "及以上", "以上", "之上");
    words(AT_MOST_AFTER, "及以下", "以下", "以内", "之内");
    words(ABOUT_AFTER, "左右", "上下");
    words(OLD_MARK, "由", "从", "现行", "原");
    words(CHANGE_TO, "调整为", "调减为", "调增为", "调整至", "调减至", "调增至", "下调为", "下调至", "上调为", "上调至", "调为",
        "核减为", "修订为", "缩短至", "缩短到", "缩短为", "减少到", "减少至", "减少为", "增加到", "增加至", "增加为",
        "提高到", "提高至", "提高为", "提升到", "提升至", "提升为", "下降到", "下降至", "降至", "降到", "降低到", "降低至",
        "增长到", "增长至", "压缩到", "压缩至", "压缩为", "压减至", "压减到", "变为", "改为", "上升到", "上升至", "减至",
        "下降为", "降低为", "降为", "回落到", "回落至", "回落为", "上升为", "增长为", "升至", "升到", "升为", "到", "至",
        "增至", "增到", "增为", "提至", "提到", "涨至", "涨到", "扩大到", "扩大至", "扩大为", "扩至", "达到",
        "扩展到", "扩展至", "拓展到", "拓展至",
        // what is cut, to its new count: 由236项精简为198项
        "精简为", "精简至", "精简到", "压减为", "削减为", "削减至", "缩减为", "缩减至", "减为", "缩小至", "缩小到", "缩小为");
    words(CHANGE_TO, MERGED_TO);
    words(REVISION, "调整为", "调减为", "调增为", "调整至", "调减至", "调增至", "下调为", "下调至", "上调为", "上调至", "调为",
        "核减为", "修订为", "调整到");
    words(EXCESS, "超额完成了", "超额完成", "超额", "超出", "多完成了", "多完成", "超过目标",
        // 超任务17元, 超目标42个: by how much the task was beaten, not what was achieved
        "超任务", "超目标", "超计划", "超出目标", "超出任务", "超过任务", "超年度目标");
    words(PLAN, "计划", "拟", "力争", "争取", "下达", "任务为", "目标为", "指标为", "预算数", "将于", "规划", "目标任务",
        "全年目标", "年度目标", "年度任务", "全年任务",
        // what needs doing, found by a survey: the work to do, not the work done (摸底排查需改造户厕1200座)
        "需改造", "需要改造", "需新建", "需建设", "需完成", "需实施", "需要实施", "应改造", "摸底");
    words(COMPARE, "高于", "低于", "快于", "慢于", "超出", "领先", "落后", "多于", "少于", "好于",
        "环比", "比上月", "较上月");
    words(BOUNDED, "不少于", "不低于", "不多于", "不超过", "不高于");
    words(RATE, "完成率", "完成比例", "完成进度", "完成比", "实际完成率", "完工率", "竣工率");
    words(RATE_VERB, "完成", "占", "达到", "已完成", "实际完成");
    words(RATE_OBJECT, "任务", "目标", "计划", "指标", "年任务", "目标任务", "工程量", "总工程量", "工作量", "总工作量");
    words(ACTUAL, "实际", "已完成", "目前", "截至", "截止", "当前", "现已", "实际完成");
    words(AS_OF, "截至", "截止");
    words(ESTIMATE, "预计");
    words(ASSURED, "确保");
    words(ASPIRATION, "力争", "争取", "努力", "力求", "力促", "尽力");
    words(SCOPE, "围绕", "聚焦", "依托", "按照", "根据", "结合", "针对", "对标", "立足", "借助", "对照", "涉及");
    words(LABEL, "实绩", "进度", "完成", "实际完成", "累计完成", "已完成", "全年完成", "实际", "完成情况", "目前",
        "实际完成率", "完成数", "实际数", "完成值", "实际值", "已完成数", "已", "执行情况", "执行数", "执行值", "实现值",
        "落实情况", "进展情况",
        // a sheet's column of the level beside its column of the change: 1-6月绝对值：1128.6亿元；同比增长（%）：5.6
        "绝对值",
        // what a register or a treasury took in, as a sheet labels it: 1-9月入库3610 (a tax), 新增入库163家 (firms)
        "入库");
    words(TARGET_LABEL, "预期目标", "目标任务", "工作目标", "年度目标", "全年目标", "计划目标", "任务目标", "目标值", "控制目标",
        "控制指标", "控制数", "预期", "目标", "年度任务", "全年任务", "任务", "计划", "年度计划", "全年计划", "计划任务", "任务数", "目标数",
        "年度目标值", "全年目标值");
    words(TARGET_LABEL, QUOTAS_HANDED_DOWN);
    words(TARGET_LABEL, GOALS_SOUGHT);
    words(RESPECTIVELY, "分别");
    words(EACH, "均", "各");
    words(JOINER, "和", "及", "与", "以及", "或");
    words(CLAIM_EXCEEDED, "超额完成");
    words(CLAIM_BASIC, "基本完成", "基本建成");
    words(CLAIM_WHOLE, "全面完成", "全部完成", "已完成全年", "完成全年", "达到目标", "任务已完成", "工作已完成", "已全部完成",
        "顺利完成", "按期完成", "如期完成", "按时完成", "提前完成",
        // a problem done away with as a whole (全面消除劣V类水体, 已全部清零): the task's end, unless
        // aimed at (力争全面消除) or denied (尚未全面消除)
        "全面消除", "全部消除", "彻底消除", "已消除", "全面清零", "全部清零", "已清零", "已全部清零");
    words(CUE_ONGOING, "正在", "推进中", "下一步", "尚未", "未完成", "加快推进", "继续推进", "进行中", "实施中",
        "施工中", "建设中", "有序推进", "稳步推进", "持续推进", "序时推进",
        // what is about to start, started, being processed or behind: still running
        "即将", "已启动", "启动实施", "已开工", "均已开工", "全部开工", "已全部开工", "全面开工", "进场施工", "已进场",
        "开展中", "办理中", "编制中", "招标中", "审批中", "报批中", "调试中", "论证中", "筹备中", "持续开展", "全面铺开", "按计划推进", "序时进度", "推进缓慢", "滞后", "未能",
        // sent up and waiting for approval: 已上报省政府待批
        "待批", "待审批", "已上报", "已报送", "已报批",
        // the pace words of supervision tables: behind, ahead of, at the pro-rata share of the year
        "欠进度", "超进度", "达进度", "未达进度", "等待", "时序进度", "按时序推进", "任务过半", "双过半",
        // work stopped and taken up again (not 待资金到位后复工, still to come)
        "已复工", "已全面复工", "全面复工", "已恢复施工", "已恢复建设", "已重新启动");
    words(STAGE_ENTRY, "进入", "处于", "转入");
    words(STAGE, "阶段");
    words(FIRST_STEP, "选址", "立项", "招标", "招投标", "挂网", "开标", "可研", "可行性研究", "初步设计", "设计", "方案设计", "前期工作",
        // a plan for the work, or its review before it starts: 其余13株复壮方案已通过专家论证
        "方案", "论证",
        "前期手续", "征地", "人员配置",
        // surveys before the work: 已完成入户评估1260户 before 完成改造施工980户
        "入户评估", "入户调查", "摸底", "摸排", "勘察", "勘测", "踏勘",
        // an application sent, its answer awaited: 1家已提交认证申请 beside 通过认证2家
        "已提交", "已递交", "提交申请", "递交申请",
        // and so is one sent up for approval: 省级集聚区2个已上报省文旅厅，尚未公布结果
        "已上报", "已报送", "已报批",
        // and those put forward for an award still to be decided (共收到推荐书香家庭156户, 已申报省级示范社20家); not
        // 申报 alone, also the work itself (申报出口268.4万票, 纳税申报)
        "推荐", "已申报", "组织申报", "申报认定", "申报创建", "申报评定", "申报入库", "申报材料", "申报准备", "申报审核",
        // the purchase or the registration before the thing is handed out or set up: 已完成政府采购，产品于7月集中配发
        "政府采购", "工商注册", "工商登记");
    // a building's shell, done or to do, not the building (已完成主体工程, 主体已完工, 已主体封顶): a first step
    words(NONE_HAPPENED, "未发生", "零发生", "没有发生", "无一发生");
    words(FIRST_STEP | SHELL, "主体工程", "主体结构", "主体建设", "主体施工", "主体完工", "主体已完工", "主体竣工", "主体已竣工",
        "主体封顶", "主体已封顶", "已主体封顶", "主体均已完工", "主体全部完工", "主体基本完工", "主体建成", "主体已建成", "封顶");
    // not 暂缓 or 延至 alone (暂缓缴纳社保费, 政策延至年底: relief granted), nor 停工 after an order (责令停工整改)
    words(CUE_HALTED, "暂缓实施", "暂缓建设", "暂缓推进", "缓建", "暂停实施", "暂停施工", "暂停建设", "项目停工", "工程停工",
        "已停工", "停建", "搁置", "延期实施", "推迟实施", "推迟建设", "推迟开工", "推迟至明年", "推迟到明年", "延至明年",
        "延后实施", "明年实施", "下一年度实施", "下年度实施", "终止实施", "取消实施", "不再实施", "无法实施", "项目已取消",
        "项目取消");
    words(CUE_DONE, "已完成", "已建成", "已办结", "已竣工", "已完工", "已投入使用", "已通车", "全部完工", "竣工验收",
        "通过验收", "已投用", "已投运", "交付使用", "已上线", "正式运行", "投入运行", "投入运营", "已印发", "已出台",
        "已落实", "编制完成", "全部建成", "已全部落实", "落实到位",
        // coverage reached, an office opened, a standard met, money paid out: done
        "实现全覆盖", "挂牌运行", "挂牌成立", "已挂牌", "已达标", "全部达标", "兑现到位", "拨付到位", "发放到位", "已兑现",
        // a policy issued, a rule adopted, a building opened: done
        "印发实施", "审议通过", "已审议通过", "已启用", "正式启用", "投入启用",
        // a programme brought to its close (not 收官之年, the plan's last year)
        "圆满收官", "顺利收官", "全面收官");
    words(NEGATION, "尚未", "没有", "未能", "未", "没", "不");
    words(AIM, "力争", "争取", "努力", "力求", "计划", "确保", "预计", "拟", "将于", "将在", "准备", "预期");
    words(GOAL_VERB, "完成", "实现", "达到", "符合");
    words(DONE_MARK, "已完成");
    words(PROGRESS, "形象进度", "工程进度", "工程形象进度", "总体进度", "建设进度", "项目进度", "完成进度", "整体进度");
    words(DONE_VERB, "建成", "竣工", "完工", "投用", "投运", "投入使用", "投入运营", "投入运行", "通车", "开通", "办结", "交付使用",
        "竣工验收", "通过验收", "验收", "印发", "启用",
        "完成"); // 已于5月完成: done, as 已完成 is
    words(NOUN, "增加值", "增长点", "增长极", "降水", "降雨", "翻新", "翻修", "翻建", "翻译", "翻身", "翻转");
    words(SINCE, "较", "比", "与", "同比", "相比", "对比", "较之", "相较");
    words(LAST_YEAR, "上年", "去年", "上年同期", "去年同期", "同比");
    words(FLAT, "持平", "基本持平", "大体持平", "大致持平");
    words(ONE_PERIOD, "本月", "当月", "该月");
    words(SECOND_HALF, "下半年");
    words(OTHER_SET, OTHER_SET_WORDS);
    words(THIS_YEAR, "今年", "本年", "本年度", "当年", "今年以来");
    words(FIRST_QUARTER, "一季度", "第一季度", "前一季度", "前一个季度");
    words(FIRST_HALF, "上半年", "前两个季度");
    words(WHOLE_YEAR, "全年", "年底", "年末");
    words(PER, "每人每月", "每人每年", "每户每月", "每户每年", "每人每天", "每人", "每户", "每月", "每年", "每天");
    Word[][] byFirst = new Word[Character.MAX_VALUE + 1][];
    Comparator<Word> longestFirst = Comparator.comparingInt((Word w) -> -w.text.length());
    LISTS.forEach((c, list) -> {
      Word[] words = list.toArray(new Word[0]);
      Arrays.sort(words, longestFirst);
      byFirst[c] = words;
      STARTS[c >>> 6] |= 1L << c;
    });
    Map<Integer, Word[]> byPair = new HashMap<>();
    for (Word[] words : byFirst) {
      if (words == null) {
        continue;
      }
      char first = words[0].text.charAt(0);
      Word alone = words[words.length - 1].text.length() == 1 ? words[words.length - 1] : null;
      for (Word w : words) {
        if (w.text.length() > 1) {
          byPair.merge(pairKey(first, w.text.charAt(1)), new Word[] {w}, Vocabulary::concat);
        }
      }
      if (alone != null) {
        byPair.replaceAll((key, list) -> key >>> 16 == first ? concat(list, new Word[] {alone}) : list);
        byPair.put(pairKey(first, NO_SECOND), new Word[] {alone});
        ALONE[first >>> 6] |= 1L << first;
      }
    }
    int size = Integer.highestOneBit(byPair.size() * 4 - 1) << 1;
    PAIR_SHIFT = 32 - Integer.numberOfTrailingZeros(size);
    PAIR_SLOTS = new long[size];
    int candidates = byPair.values().stream().mapToInt(w -> w.length).sum();
    LENGTHS = new int[candidates];
    ROLES = new long[candidates];
    TAIL_STARTS = new int[candidates];
    StringBuilder tails = new StringBuilder();
    int next = 0;
    for (Map.Entry<Integer, Word[]> e : byPair.entrySet()) {
      int key = e.getKey();
      Word[] words = e.getValue();
      int slot = pairSlot(key);
      while (PAIR_SLOTS[slot] != 0) {
        slot = (slot + 1) & (size - 1);
      }
      if (words.length > 0xFF) {
        throw new IllegalStateException("more than 255 words share their first two characters: " + words[0].text);
      }
      // the range is never 0: every pair has a word
      PAIR_SLOTS[slot] = (long) key << 32 | (next << 8 | words.length);
      for (Word w : words) {
        LENGTHS[next] = w.text.length();
        ROLES[next] = w.roles;
        TAIL_STARTS[next] = tails.length();
        if (w.text.length() > 2) {
          tails.append(w.text, 2, w.text.length());
        }
        next++;
      }
      int bit = filterBit(key);
      PAIR_FILTER[bit >>> 6] |= 1L << bit;
    }
    TAILS = tails.toString().toCharArray();
  }

  private static int pairKey(char first, char second) {
    return first << 16 | second;
  }

  private static int pairSlot(int key) {
    return (key * 0x9E3779B9) >>> PAIR_SHIFT;
  }

  private static int filterBit(int key) {
    return (key * 0x9E3779B9) >>> 16;
  }

  private static boolean mayBeKey(int key) {
    int bit = filterBit(key);
    return (PAIR_FILTER[bit >>> 6] & 1L << bit) != 0;
  }

  private static Word[] concat(Word[] a, Word[] b) {
    Word[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  /**
   * The words that may start at a character {@code first} followed by {@code second} (or by
   * nothing, when {@code second} is {@code '\0'}), longest first, as {@code from << 8 | count}
   * over {@link #LENGTHS}, {@link #ROLES} and {@link #TAIL_STARTS}, or 0 for none: the words of two
   * or more characters starting with both, whose third and later characters remain to be compared,
   * then the word {@code first} alone. {@code first} must be a character that {@link #startsWord
   * starts a word}.
   */
  static int candidates(char first, char second) {
    int key = pairKey(first, second);
    if (mayBeKey(key)) {
      int range = rangeOf(key);
      if (range != 0) {
        return range;
      }
    }
    if (second == NO_SECOND || (ALONE[first >>> 6] & 1L << first) == 0) {
      return 0;
    }
    int range = rangeOf(pairKey(first, NO_SECOND));
    if (range == 0) {
      throw new AssertionError("a word alone without its slot: " + first);
    }
    return range;
  }

  /** The range of the words of pair {@code key}, or 0 if it has none. */
  private static int rangeOf(int key) {
    int mask = PAIR_SLOTS.length - 1;
    long slotted;
    for (int slot = pairSlot(key); (slotted = PAIR_SLOTS[slot]) != 0; slot = (slot + 1) & mask) {
      if ((int) (slotted >>> 32) == key) {
        return (int) slotted;
      }
    }
    return 0;
  }

  /** Whether some word starts with {@code c}: one bit of a table that stays in the cache. */
  static boolean startsWord(char c) {
    return (STARTS[c >>> 6] & 1L << c) != 0;
  }

  private static void words(long role, String... words) {
    for (String w : words) {
      List<Word> list = LISTS.computeIfAbsent(w.charAt(0), k -> new ArrayList<>());
      int found = -1;
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i).text.equals(w)) {
          found = i;
        }
      }
      if (found >= 0) {
        list.set(found, new Word(w, list.get(found).roles | role));
      } else {
        list.add(new Word(w, role));
      }
    }
  }

  /** Every word with any of {@code role}: for the word sets that clean a subject string. */
  static String[] wordsWith(long role) {
    List<String> out = new ArrayList<>();
    for (List<Word> list : LISTS.values()) {
      for (Word w : list) {
        if ((w.roles & role) != 0) {
          out.add(w.text);
        }
      }
    }
    return out.toArray(new String[0]);
  }
}
