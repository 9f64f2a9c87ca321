package io.github.workreport.text;

import static io.github.workreport.text.Vocabulary.ABOUT_AFTER;
import static io.github.workreport.text.Vocabulary.ACTUAL;
import static io.github.workreport.text.Vocabulary.AS_OF;
import static io.github.workreport.text.Vocabulary.ASPIRATION;
import static io.github.workreport.text.Vocabulary.ASSURED;
import static io.github.workreport.text.Vocabulary.AT_LEAST_AFTER;
import static io.github.workreport.text.Vocabulary.AT_LEAST_BEFORE;
import static io.github.workreport.text.Vocabulary.AT_MOST_AFTER;
import static io.github.workreport.text.Vocabulary.AT_MOST_BEFORE;
import static io.github.workreport.text.Vocabulary.BOUNDED;
import static io.github.workreport.text.Vocabulary.CHANGE_TO;
import static io.github.workreport.text.Vocabulary.COMPARE;
import static io.github.workreport.text.Vocabulary.CUE_DONE;
import static io.github.workreport.text.Vocabulary.CUE_ONGOING;
import static io.github.workreport.text.Vocabulary.DECLINE_NOUN;
import static io.github.workreport.text.Vocabulary.DECLINE_VERB;
import static io.github.workreport.text.Vocabulary.DONE_VERB;
import static io.github.workreport.text.Vocabulary.EACH;
import static io.github.workreport.text.Vocabulary.ESTIMATE;
import static io.github.workreport.text.Vocabulary.EXCESS;
import static io.github.workreport.text.Vocabulary.FLAT;
import static io.github.workreport.text.Vocabulary.GOAL_VERB;
import static io.github.workreport.text.Vocabulary.GROWTH_NOUN;
import static io.github.workreport.text.Vocabulary.GROWTH_VERB;
import static io.github.workreport.text.Vocabulary.LAST_YEAR;
import static io.github.workreport.text.Vocabulary.LEVEL_VERB;
import static io.github.workreport.text.Vocabulary.NEGATION;
import static io.github.workreport.text.Vocabulary.NOUN;
import static io.github.workreport.text.Vocabulary.OLD_MARK;
import static io.github.workreport.text.Vocabulary.PER;
import static io.github.workreport.text.Vocabulary.PLAN;
import static io.github.workreport.text.Vocabulary.RATE;
import static io.github.workreport.text.Vocabulary.RATE_OBJECT;
import static io.github.workreport.text.Vocabulary.RATE_VERB;
import static io.github.workreport.text.Vocabulary.RESPECTIVELY;
import static io.github.workreport.text.Vocabulary.REVISION;
import static io.github.workreport.text.Vocabulary.SCOPE;
import static io.github.workreport.text.Vocabulary.SINCE;
import static io.github.workreport.text.Vocabulary.TARGET_LABEL;
import static io.github.workreport.text.Vocabulary.THIS_YEAR;

import io.github.workreport.Bound;
import io.github.workreport.Kind;
import io.github.workreport.Quantity;
import io.github.workreport.Role;
import io.github.workreport.Unit;
import io.github.workreport.text.Lexicon.UnitClass;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The grammar over a text's {@link Tokens}: reads every quantity in its clause — the subject before
 * it, the verb that says its kind, its comparator, the list it belongs to — into a {@link Reading},
 * and decides what the number is: a target of a task's text, or in a narrative a value achieved, a
 * revised target, a completion rate, or no evidence at all (an old value, an excess, a plan, a
 * comparison). Asides, lists and the labels of flattened tables are read structurally:
 *
 * <ul>
 *   <li>a target in an aside takes its subject and kind from outside: {@code 地区生产总值增长（预期目标
 *       7.8%左右）} is a growth of about 7.8% of 地区生产总值; a percentage in parentheses right after a
 *       count is that count's completion rate ({@code 已完成1个（50%）});
 *   <li>a column label is no subject ({@code 实绩4619.8亿元，增速8.3%}, {@code 完成：860户}): the value
 *       is the task's own, for the matcher to pair by unit and kind;
 *   <li>a value written without a unit where a table cell stood ({@code 新增城镇就业8950}, {@code
 *       目标任务11098}, {@code 实际完成7356}) is a bare number, and a scale without a classifier
 *       ({@code 800万以上}) a scaled one, both taking the unit of what they are compared with;
 *   <li>{@code A、B分别…X、Y} pairs in order, {@code A、B均…X} gives X to each, a rate of a list of
 *       things ({@code 二氧化硫、氮氧化物排放量下降3%}) is one per thing;
 *   <li>old values before a change are none ({@code 从每人每月574元、271元分别提高到…}, {@code
 *       现行16%的税率降至13%}); an amount per person or period ({@code 每人每月609元}, {@code
 *       609元/人月}) is a level in its money unit.
 * </ul>
 *
 * Stateless; every method is a function of its arguments.
 */
final class Grammar {
  private Grammar() {}

  private static final long KIND_VERBS = GROWTH_VERB | DECLINE_VERB | LEVEL_VERB;
  /** The most words before and after a number that can name its subject. */
  private static final int MAX_BEFORE = 48;
  private static final int MAX_AFTER = 32;

  // ------------------------------------------------------------------------------------ targets

  /** The targets of a task's text, as readings with their bound and firmness set. */
  static List<Reading> targets(Tokens tk, List<String> actors) {
    List<Reading> readings = read(tk, true, actors);
    String text = tk.normalized;
    List<Reading> out = new ArrayList<>(readings.size());
    Reading previous = null;
    for (Reading r : readings) {
      Mention m = r.mention;
      if (r.quantity() == null || isScope(tk, r)) {
        continue;
      }
      Bound before = boundBefore(tk, m);
      if (lastYearsLevel(tk, m) && !isFloorOrCeiling(before) && !isFloorOrCeiling(r.phrase.after)) {
        continue; // 去年全市增长5.2%, not 上年度审计查出问题整改率达到95%以上: a goal's bound makes it this year's
      }
      int change; // where the sentence's opening clause names a change, when the figure has no subject
      Bound bound = r.phrase.after != null ? r.phrase.after : before != null ? before : Bound.EXACTLY;
      if (m.rank && m.prefixStart > 0 && text.charAt(m.prefixStart - 1) == '前') {
        bound = Bound.AT_MOST; // 保持全省前5位: the fifth place or better
      }
      if (m.upper != null && r.phrase.after == null && before == null) {
        bound = Bound.AT_LEAST; // a range commits to its lower end: 增长4.5%至5%
      }
      if (bound == Bound.EXACTLY && m.value.signum() == 0 && m.upper == null && !r.kind.isChange()) {
        bound = Bound.AT_MOST; // 较大事故（起）：0, 零就业家庭户数为0: to have none is to have none at most
      }
      if (r.metric.isEmpty() && previous != null && previous.sentenceStart == r.sentenceStart) {
        r.metric = previous.metric; // 剩余34户53人: the second shares the first's subject
        r.listSubject = previous.listSubject;
        if (r.changedFrom != null && !r.kind.isChange()) {
          // 新增污水处理能力8万吨（由42万吨提高到50万吨）: the level reached from an old one is of the thing, not of the
          // work that adds to it
          r.metric = r.metric.substring(Metrics.leadingVerbs(r.metric).length());
        }
        if (r.kind == Kind.LEVEL && previous.kind.isChange() && previous.mention.unitClass == m.unitClass) {
          r.kind = previous.kind; // 增长6.5%以上，力争达到7%: the same rate, reached
        }
        if (previous.unitNamed != null && r.unitNamed == null && m.unitClass == UnitClass.NONE && m.scale.isEmpty()
            && !r.kind.isChange() && !previous.kind.isChange()) {
          r.takeUnitNamed(previous.unitNamed); // 实际使用外资（亿美元）：目标4.5，力争5: the header's unit is both figures'
          r.kind = previous.kind;
        }
      } else if (r.metric.isEmpty() && previous == null && r.kind.isChange()
          && (change = changedInTheOpeningClause(tk, r.sentenceStart, m.prefixStart)) > r.sentenceStart) {
        // 农村居民人均可支配收入稳步提高，增长10.5%以上; …收入增速高于全省平均水平，增长10.5%以上: the sentence opens with
        // the thing and its change, and the figure after is the size of that change; so it does with the thing
        // and its bound (事故死亡人数控制在指标以内，较上年下降5%以上)
        r.metric = Metrics.cleanBefore(text.substring(r.sentenceStart, change), actors);
      } else if (r.metric.isEmpty() && previous == null && r.sentenceStart < m.prefixStart
          && changedInTheOpeningClause(tk, r.sentenceStart, m.prefixStart) == r.sentenceStart) {
        // 提高城乡居民基础养老金最低标准，由每人每月133元提高到153元: the sentence opens with the change and its thing,
        // and the figure after, with no subject of its own, is the level that thing is changed to
        r.metric = Metrics.cleanBefore(text.substring(r.sentenceStart, Reading.clauseEnd(text, r.sentenceStart)), actors);
      } else if (previous != null && previous.sentenceStart == r.sentenceStart && previous.unitNamed != null
          && r.unitNamed == null && m.unitClass == UnitClass.NONE && m.scale.isEmpty() && !r.kind.isChange()
          && !previous.kind.isChange() && opensAPartsClause(text, m.prefixStart)) {
        r.takeUnitNamed(previous.unitNamed); // 引进高层次人才（名）：年度目标120，其中博士20: the part is in the whole's unit
        r.kind = previous.kind;
      } else if (previous != null && previous.sentenceStart == r.sentenceStart && Metrics.onlyWork(r.metric)
          && previous.mention.unitClass == m.unitClass && previous.quantity().isComparableWith(r.quantity())) {
        // 新建改造农村公路100公里，其中新建30公里: the part names its work, the whole its things
        r.metric = r.metric + Metrics.thingsOf(previous.metric);
      }
      r.bound = bound;
      r.firm = isFirm(tk, r.sentenceStart, m.prefixStart)
          && !(bound == Bound.ABOUT && tk.lastWithin(r.sentenceStart, m.prefixStart, ASSURED) < 0);
      out.add(r);
      previous = r;
    }
    return distribute(tk, out, true);
  }

  /**
   * Where the change or bound is named in the first clause of the sentence opening at {@code sentence}, when that
   * clause ends before {@code at} and names no figure (农村居民人均可支配收入稳步提高，; …收入增速高于全省平均水平，;
   * 事故死亡人数控制在指标以内，): it says what changes, and a figure after it with no subject is the size of that
   * change. Else -1.
   */
  private static int changedInTheOpeningClause(Tokens tk, int sentence, int at) {
    String text = tk.normalized;
    int end = Reading.clauseEnd(text, sentence);
    if (end >= at) {
      return -1;
    }
    for (Mention d : tk.mentions) {
      if (d.start >= sentence && d.start < end) {
        return -1;
      }
    }
    return tk.firstWithin(sentence, end, GROWTH_VERB | DECLINE_VERB | GROWTH_NOUN | DECLINE_NOUN | AT_MOST_BEFORE
        | AT_LEAST_BEFORE);
  }

  /**
   * Whether the number's clause, or the aside it stands in, opens with last year (覆盖率达到100%（上年为86%）,
   * 去年全市增长5.2%): the level the task starts from, no target. Not a comparison with it (比上年增长).
   */
  private static boolean lastYearsLevel(Tokens tk, Mention m) {
    String text = tk.normalized;
    int from = skipSpaces(text, clauseOpening(text, m, true));
    if (opensWithLastYear(tk, from) || aYearWas(text, from, m.prefixStart)) {
      return true;
    }
    // 地区生产总值：上年增长5.8%，2024年目标…; 城镇调查失业率（%）：上年5.6；年度目标5.5以内: a cell's label, then last year
    int colon = m.prefixStart - 1;
    while (colon >= from && !isColon(text.charAt(colon))) {
      colon--;
    }
    return colon >= from && opensWithLastYear(tk, skipSpaces(text, colon + 1));
  }

  /**
   * Whether the words in {@code [from, to)} are a year and what it was, the clause or aside opening with them
   * (（2021 年为 76.4%）, 2022年底为), or a year alone opening an aside (（2021年0.553）): the level a task starts from,
   * as 上年为 is.
   */
  private static boolean aYearWas(String text, int from, int to) {
    int k = from;
    while (k < to && Lexicon.isAsciiDigit(text.charAt(k))) {
      k++;
    }
    if (k - from != 4) {
      return false;
    }
    k = skipSpaces(text, k);
    if (k >= to || text.charAt(k) != '年') {
      return false;
    }
    k++;
    if (k < to && (text.charAt(k) == '底' || text.charAt(k) == '末')) {
      k++;
    }
    if (k < to && text.charAt(k) == '为' && skipSpaces(text, k + 1) >= to) {
      return true;
    }
    // （2021年0.553）: an aside of a year and its figure alone, after the target, says where it starts from
    return from > 0 && (text.charAt(from - 1) == '（' || text.charAt(from - 1) == '(') && skipSpaces(text, k) >= to;
  }

  /**
   * Where the clause of {@code m} opens, looking back at most {@link #CLAUSE_REACH} characters to a comma or a
   * sentence's end (a colon only labels a figure), or, when {@code asides}, to an opening parenthesis too.
   */
  private static int clauseOpening(String text, Mention m, boolean asides) {
    int k = m.prefixStart;
    while (k > 0 && m.prefixStart - k < CLAUSE_REACH && !isClauseBreak(text.charAt(k - 1))
        && !(asides && (text.charAt(k - 1) == '（' || text.charAt(k - 1) == '('))) {
      k--;
    }
    return k;
  }

  /** Whether {@code bound} is a floor or a ceiling, not a plain or approximate figure. */
  static boolean isFloorOrCeiling(Bound bound) {
    return bound == Bound.AT_LEAST || bound == Bound.AT_MOST;
  }

  /** Whether the figure stands in an aside that opens with last year (1-9月评定83.2（上年81.7）): last year's, no measure. */
  private static boolean lastYearsInAnAside(Tokens tk, Mention m) {
    String text = tk.normalized;
    int open = Lexicon.asideOpenAt(text, Math.max(0, m.prefixStart - LAST_YEAR_REACH), m.prefixStart);
    return open >= 0 && opensWithLastYear(tk, skipSpaces(text, open + 1));
  }

  /** How far before its figure an aside of last year may open: （上年同期为. */
  private static final int LAST_YEAR_REACH = 8;

  /** Whether last year (上年, 去年) opens the words at {@code from}, not a comparison with it (比上年). */
  private static boolean opensWithLastYear(Tokens tk, int from) {
    return (tk.longestRolesStartingAt(from, LAST_YEAR) & (LAST_YEAR | SINCE)) == LAST_YEAR;
  }

  /**
   * Whether the number sets the scope of the work rather than its goal: 围绕全市5个产业园区 — a verb
   * of framing right before the number's noun phrase, with no verb of doing between. The people or
   * households a work 涉及 after it (改造老旧小区28个，涉及居民6500户) are its size, as those it 惠及 are.
   */
  private static boolean isScope(Tokens tk, Reading r) {
    String text = tk.normalized;
    int k = r.phrase.preFrom;
    while (k < r.phrase.preTo && Lexicon.isSpace(text.charAt(k))) {
      k++;
    }
    int len = tk.lengthStartingAt(k, SCOPE);
    if (len == 0) {
      return false;
    }
    if (text.startsWith(INVOLVING, k) && k > r.sentenceStart && r.quantity() != null
        && Evidence.countsPeopleOrHouseholds(r.quantity().unit())) {
      return false;
    }
    String between = text.substring(k + len, r.phrase.preTo).strip();
    return between.length() <= 6 && !Metrics.namesWork(between);
  }

  private static final String INVOLVING = "涉及";

  /**
   * Whether a figure is the unit of a rate named in parentheses, a header's (孕产妇死亡率（1/10万） 目标值 ≤12): one per
   * so many, alone between its brackets.
   */
  private static boolean namesARatesUnit(String text, Mention m) {
    return isOnePerSoMany(m) && m.prefixStart > 0 && m.prefixStart == m.start
        && (text.charAt(m.start - 1) == '（' || text.charAt(m.start - 1) == '(') && m.end < text.length()
        && closesAParenthesis(text, m.end + 1);
  }

  /**
   * Whether a figure belongs to a scoring list's rules rather than to the work they score: an indicator's
   * weight (政务服务事项网上可办率（4分）, 分值：6分) and a deduction with its step (每低1个百分点扣1分, 每超出1个工作日扣0.5分).
   * A weight in brackets is read so only in a task's text, where no score is reached; a deduction only when the text
   * holds {@code deductions} (扣) at all.
   */
  private static boolean scoresTheWork(String text, Mention m, boolean targets, boolean deductions) {
    if (m.unitSymbol.equals("分") && m.upper == null) {
      int k = m.prefixStart;
      while (k > 0 && (isColon(text.charAt(k - 1)) || Lexicon.isSpace(text.charAt(k - 1)))) {
        k--;
      }
      for (String label : WEIGHT_LABELS) {
        if (text.startsWith(label, k - label.length())) {
          return true;
        }
      }
      if (targets && k == m.prefixStart && k > 0 && (text.charAt(k - 1) == '（' || text.charAt(k - 1) == '(')
          && m.end < text.length() && (text.charAt(m.end) == '）' || text.charAt(m.end) == ')')) {
        return true;
      }
    }
    if (!deductions) {
      return false;
    }
    int to = Reading.clauseEnd(text, m.end);
    for (int k = Reading.clauseStart(text, m.start); k < to; k++) {
      if (k >= m.end && (text.charAt(k) == '（' || text.charAt(k) == '(')) {
        return false; // 群众满意率89.3%（扣0.7分）: the aside deducts for the figure, which is still reached
      }
      if (text.charAt(k) == '扣' && deductsPoints(text, k + 1, to)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> WEIGHT_LABELS = List.of("分值", "权重", "满分");

  /** Whether {@code text[from, to)} opens with the points a deduction takes: 分 (扣分), or a number of them (扣0.5分). */
  private static boolean deductsPoints(String text, int from, int to) {
    int k = from;
    while (k < to && Lexicon.isSpace(text.charAt(k))) {
      k++;
    }
    int digits = k;
    while (k < to && (Character.isDigit(text.charAt(k)) || text.charAt(k) == '.'
        || ChineseNumbers.isNumeralChar(text.charAt(k)))) {
      k++;
    }
    while (k < to && Lexicon.isSpace(text.charAt(k))) {
      k++;
    }
    return k < to && text.charAt(k) == '分' && (k == digits || k + 1 >= to || text.charAt(k + 1) != '钟');
  }

  private static boolean isOnePerSoMany(Mention m) {
    return m.unitClass == UnitClass.COMPOUND && m.unitSymbol.startsWith("/") && m.value.compareTo(BigDecimal.ONE) == 0
        && m.upper == null;
  }


  /** Whether no 力争/争取 governs the number: none in its sentence before it, or a 确保 after it. */
  private static boolean isFirm(Tokens tk, int sentenceStart, int at) {
    int aspiration = tk.lastWithin(sentenceStart, at, ASPIRATION);
    return aspiration < 0 || tk.lastWithin(sentenceStart, at, ASSURED) > aspiration;
  }

  /** The comparator written just before the number (不少于, 控制在, 超过, 约), or null. */
  static Bound boundBefore(Tokens tk, Mention m) {
    if (!m.prefix.isEmpty()) {
      int prefixEnd = m.prefixStart + m.prefix.length();
      if (tk.lengthEndingAt(prefixEnd, AT_MOST_BEFORE) > m.prefix.length()) {
        return Bound.AT_MOST; // 不超过: the approximation word 超过, denied
      }
      if (m.prefix.equals("超过") || m.prefix.equals("逾") || m.prefix.equals("多达")) {
        return Bound.AT_LEAST;
      }
      if (m.prefix.equals("不到") || m.prefix.equals("不足")) {
        return Bound.AT_MOST; // 贫困发生率降至不足1%: below the number, a ceiling
      }
      return Bound.ABOUT;
    }
    String text = tk.normalized;
    int k = skipSpacesBack(text, m.prefixStart);
    char close = k > 0 ? text.charAt(k - 1) : ' ';
    if ((close == '）' || close == ')') && unitNamedBefore(text, m) != null) {
      // 城镇登记失业率低于（%）4.3: the unit the item names stands between the comparator and its number
      // either opening bracket: a hostile cell may close （ with ) (<<(%）0)
      int open = Math.max(text.lastIndexOf('（', k - 1), text.lastIndexOf('(', k - 1));
      k = open >= 0 ? skipSpacesBack(text, open) : k;
    }
    // 不低于每人每年9600元: the persons and the span the money is per stand between the comparator and its number
    int per = k;
    while (per >= 2 && text.charAt(per - 2) == '每' && Lexicon.isHan(text.charAt(per - 1))) {
      per -= 2;
    }
    if (per < k && tk.lengthEndingAt(skipSpacesBack(text, per), AT_LEAST_BEFORE | AT_MOST_BEFORE) > 0) {
      k = skipSpacesBack(text, per);
    }
    // The longer word wins: 不超过 and 不高于 end with 超过 and 高于, which alone are the opposite.
    int atLeast = tk.lengthEndingAt(k, AT_LEAST_BEFORE);
    int atMost = tk.lengthEndingAt(k, AT_MOST_BEFORE);
    if (atLeast == 0 && atMost == 0) {
      if (withinALimitBeforeItsFigure(tk, k)) {
        return Bound.AT_MOST;
      }
      return atLeastBeforeVerb(tk, k) ? Bound.AT_LEAST : null;
    }
    return atLeast >= atMost ? Bound.AT_LEAST : Bound.AT_MOST;
  }

  /**
   * Whether the number opens an aside after a limit a ceiling verb names (控制在核定编制内（312人）,
   * 控制在预算以内（800万元）), perhaps after the limit's name (控制在省核定限额以内（限额836500）): the figure is the
   * limit, a ceiling. {@code k} is where the words before the number end.
   */
  private static boolean withinALimitBeforeItsFigure(Tokens tk, int k) {
    String text = tk.normalized;
    int label = beforeItsColon(text, k);
    if (LIMITS.endingAt(text, label) > 0) {
      k = skipSpacesBack(text, label - LIMITS.endingAt(text, label)); // 控制在省核定限额以内（限额836500）
    }
    if (k == 0 || text.charAt(k - 1) != '（' && text.charAt(k - 1) != '(') {
      return false;
    }
    int end = skipSpacesBack(text, k - 1);
    return endsALimit(text, end) && tk.within(Reading.clauseStart(text, end - 1), end, AT_MOST_BEFORE);
  }

  /**
   * The thing a ceiling verb keeps within a limit the words {@code [from, to)} name before an aside giving the limit's
   * figure (政府债务余额控制在核定限额以内（83.65亿元）), or the label before a colon when the words open with the verb
   * (政府债务余额：控制在省核定限额以内（限额836500）); null when the words name no such limit.
   */
  private static String thingUnderALimit(Tokens tk, int from, int to) {
    String text = tk.normalized;
    int end = skipSpacesBack(text, to);
    if (!endsALimit(text, end)) {
      return null;
    }
    int verb = tk.firstWithin(from, end, AT_MOST_BEFORE);
    if (verb < 0) {
      return null;
    }
    if (!blank(text, from, verb)) {
      return text.substring(from, verb);
    }
    int colon = skipSpacesBack(text, from);
    if (colon == 0 || !isColon(text.charAt(colon - 1))) {
      return null;
    }
    int label = Reading.clauseStart(text, colon - 1);
    return label < colon - 1 ? text.substring(label, colon - 1) : null;
  }

  /** Whether the words ending at {@code end} end a limit's name with 内 or 以下: 核定编制内, 预算以内, 限额以下. */
  private static boolean endsALimit(String text, int end) {
    return end > 0 && (text.charAt(end - 1) == '内' || text.startsWith("以下", end - 2));
  }

  /** Words of at least that may stand before the verb of a change rather than the number: 至少降低30%. */
  private static final String[] AT_LEAST_ADVERBS = {"至少", "最少"};

  /**
   * Whether 至少 or 最少 stands before the verb that ends at {@code k}: a verb of change (年内至少降低30%), or a verb of
   * the work of at most {@link #WORK_VERB_REACH} characters (每年至少组织2次, 至少培训500人).
   */
  private static boolean atLeastBeforeVerb(Tokens tk, int k) {
    String text = tk.normalized;
    int verb = tk.lengthEndingAt(k, GROWTH_VERB | DECLINE_VERB);
    if (verb > 0) {
      return endsAnAtLeastAdverb(text, skipSpacesBack(text, k - verb));
    }
    for (int j = k - 1; j >= 0 && k - j <= WORK_VERB_REACH && Lexicon.isHan(text.charAt(j))
        && !ChineseNumbers.isNumeralChar(text.charAt(j)); j--) {
      if (endsAnAtLeastAdverb(text, j)) {
        return true;
      }
    }
    return false;
  }

  /** The most characters of a verb between 至少 and its figure: 至少组织, 最少开展. */
  private static final int WORK_VERB_REACH = 2;

  private static boolean endsAnAtLeastAdverb(String text, int end) {
    for (String adverb : AT_LEAST_ADVERBS) {
      if (end >= adverb.length() && text.startsWith(adverb, end - adverb.length())) {
        return true;
      }
    }
    return false;
  }

  // ----------------------------------------------------------------------------------- measures

  /** Every quantity of a narrative read in context; those that are not measures marked dropped. */
  static List<Reading> measures(Tokens tk, OptionalInt year, List<String> actors) {
    return measures(tk, year, actors, "");
  }

  /**
   * Every quantity of a narrative read in context, those that are not measures marked dropped; {@code
   * taskText} is the task's, whose names (免疫规划疫苗, 营养改善计划) are no words of planning.
   */
  static List<Reading> measures(Tokens tk, OptionalInt year, List<String> actors, String taskText) {
    String text = tk.normalized;
    List<Mention> mentions = tk.mentions;
    List<Reading> readings = read(tk, false, actors);
    Reading previous = null;
    Reading planned = null; // the last reading dropped as a plan or a quota
    Reading beforeTheRate = null; // the last reading kept that is no completion rate
    Quantity rest = null; // what a set leaves once its first part is done: 38个问题中，已整改到位35个 leaves 3个
    // Words most narratives lack, looked for once rather than around every number.
    long roles = tk.rolesWithin(0, text.length());
    boolean otherSets = (roles & Vocabulary.OTHER_SET) != 0 || text.indexOf('另') >= 0;
    boolean lastYear = (roles & LAST_YEAR) != 0;
    // Words and marks most narratives lack, looked for once: the checks that need them are skipped
    boolean colon = text.indexOf('：') >= 0 || text.indexOf(':') >= 0; // 全年目标：…
    boolean excess = (roles & EXCESS) != 0; // 超额完成…的目标任务
    boolean running = (roles & CUE_ONGOING) != 0; // 6个老旧小区改造正在施工中
    boolean cause = text.indexOf('因') >= 0 || text.indexOf('由') >= 0; // 因200亩地块…
    boolean afterAChange = text.indexOf('后') >= 0; // 调整后预算280: a revised cell's label holds 后
    // 届时可新增学位270个, 建成后可: every such word holds 届 or ends in 后, and a look for those is cheap
    boolean toCome = afterAChange || text.indexOf('届') >= 0;
    boolean revisions = (roles & REVISION) != 0; // 年度任务调整为新建2家: most narratives revise nothing
    // The latest dates naming a year after, and a year before, the report's, met so far: one forward
    // pass for all readings.
    int later = -1;
    int earlier = -1;
    int current = -1; // the latest date of the report's own year: a later year's reach ends at it
    int dates = 0;
    for (int at = 0; at < readings.size(); at++) {
      Reading r = readings.get(at);
      Mention m = r.mention;
      if (r.quantity() == null) {
        r.dropped = true;
        continue;
      }
      long cues = tk.rolesWithin(r.phrase.preFrom, r.phrase.preTo);
      boolean comparison = (cues & COMPARE) != 0 && (cues & BOUNDED) == 0;
      boolean percent = m.unitClass == UnitClass.PERCENT;
      int before = skipSpacesBack(text, m.prefixStart);
      boolean rate = percent && ((cues & RATE) != 0 || (cues & RATE_VERB) != 0 && (cues & RATE_OBJECT) != 0
          || shareOfTheTask(tk, before) || DONE_SHARE.endingAt(text, before) > 0 || progressLabel(text, before))
          || r.bare && rateBeforeItsPercent(tk, before); // 完成率(%)95.3, a sheet's column with its unit in its label
      if (!rate && r.bare && r.unitNamed == null && rateRightBefore(tk, before)) {
        rate = true; // 1-9月完成1402.7，完成率85.0: a rate of the plan is in percent, whatever the row counts
        r.takeUnitNamed(PERCENT_SYMBOL);
      }
      int revision = revisions ? revisedToItsWork(tk, before) : -1;
      if (tk.lengthEndingAt(before, REVISION) > 0 && !changedAlongside(tk, r, before) || revision >= 0
          || afterAChange && labelledRevised(text, before) || revisions && revisionGoesOn(tk, previous, before)) {
        r.role = Role.REVISED_TARGET;
        int verb = before - tk.lengthEndingAt(before, REVISION);
        int alongside = ALONGSIDE.endingAt(text, verb);
        if (alongside > 0 && r.metric.length() > alongside
            && r.metric.endsWith(text.substring(verb - alongside, verb))) {
          r.metric = r.metric.substring(0, r.metric.length() - alongside); // 年度目标相应调整为80亿元: the target's words
        }
        if (revision < 0 && tk.lengthEndingAt(before, REVISION) == 0 && !r.aside) {
          // 按7月调整后目标6.5亿元计完成率97.7%: the label names the task's own target, revised; but in an aside
          // (培训干部人才（按调整后的目标5000人次推进）) the target of the thing outside it
          r.metric = TARGETS_OWN;
        }
        if (revision >= 0 && r.metric.endsWith(text.substring(revision, before))) {
          r.metric = r.metric.substring(0, r.metric.length() - (before - revision)); // 任务, as 年度任务调整为2家 names it
        }
        Kind set = revision >= 0 && r.kind.isChange() ? changeRightBefore(tk, before, false) : null;
        if (set != null) {
          r.kind = set; // 预期增速由6%调整为下降2%: the change the revision sets, whatever the thing's name says
        }
      } else if (tk.lengthEndingAt(before, EXCESS) > 0) {
        r.dropped = true;
      } else if (comparison) {
        r.dropped = true;
      } else if (lastYearsLevelCompared(tk, before)) {
        r.dropped = true; // 全年接待过夜游客745万人次，较上年的612万人次增长21.7%: the level compared against
      } else if (differenceFromLastYear(tk, m, before)) {
        r.dropped = true;
        r.lastYearDifference = true;
        Kind change = r.bare ? changeRightBefore(tk, before, false) : null;
        r.kind = change != null ? change : r.kind; // 同比下降2.1: a bare figure so said is a change, in a unit to be told
      } else if (rate || percent && r.rateOf != null) {
        r.role = Role.COMPLETION_RATE;
      } else if (((cues & PLAN) != 0 && !obtained(tk, r.phrase.preFrom, r.phrase.preTo)
          && !moneyIssued(tk, r.phrase.preFrom, m) && !throughAProgramme(tk, r.phrase.preFrom, r.phrase.preTo)
          && !planNamedByTheTask(tk, r.phrase.preFrom, r.phrase.preTo, taskText)
          && !plannedSetBefore(tk, previous, r) || labelledTheTarget(tk, r.phrase.preFrom, before)
          || colon && saidAsTheTarget(tk, m) || excess && namesTheGoal(tk, m)) && !allDoneRightAfter(tk, m)) {
        r.dropped = true;
        planned = r;
      } else if (planned != null && at > 0 && readings.get(at - 1) == planned && inThePlansAside(text, planned, m)
          && !doneAfterTheAside(tk, m)) {
        r.dropped = true; // 计划招生4620人（五年制高职820人）: a breakdown of the plan in its aside is the plan's
        r.inPlansAside = true;
        planned = r;
      }
      int paired = colon ? pairedWithItsTarget(text, m) : NOT_PAIRED;
      if (paired == THE_TARGET) {
        r.dropped = true; // 参保率（完成值/目标值）：96.2%/95%: the 95% is the target said again
      } else if (paired == THE_DONE) {
        r.role = Role.ACHIEVED; // 完成值 names the value, no share of the plan
        r.dropped = false; // and the label's 计划 names the other figure, not this one
        boolean afterTheTarget = at > 0 && r.before.replace("/", "").isEmpty();
        r.metric = afterTheTarget ? readings.get(at - 1).before : r.before; // （目标/实绩）：482万人/478.6万人
      }
      if (year.isPresent()) {
        for (; dates < mentions.size() && mentions.get(dates).start < m.prefixStart; dates++) {
          Mention d = mentions.get(dates);
          if (isLaterYear(tk, d, year.getAsInt())) {
            later = d.start;
          } else if (isEarlierYear(tk, d, year.getAsInt())) {
            earlier = d.start;
          } else if (d.type == Mention.Type.DATE && d.year == year.getAsInt() && d.lastYear <= d.year) {
            current = d.start;
          }
        }
        // 2021年1-2月新增900人，2020年全年新增8100人: the later year's figure goes, this year's stays
        // but not this year's target revised, the later year only saying where the rest went (…纳入2023年实施，年度任务
        // 调整为95公里)
        boolean laterYears = later >= r.sentenceStart && later > current && r.role != Role.REVISED_TARGET;
        if (laterYears || (earlier >= 0 || lastYear) && isBase(tk, m, earlier)
            || doneInAnEarlierYear(tk, m, year.getAsInt())) {
          r.dropped = true;
        }
      }
      if (!r.dropped && (otherSets && ((r.metric.isEmpty() || Evidence.onlyGenericThing(r.metric))
              && opensOtherSet(text, m, OTHER_SET)
              || opensOtherSet(text, m, REMAINDER) && !saidDone(tk, m)
              || running && opensOtherSet(text, m, OTHER_SET)
                  && tk.within(m.end, Reading.clauseEnd(text, m.end), CUE_ONGOING))
          || r.before.isEmpty()
              && (tk.lengthStartingAt(skipSpaces(text, m.end), CUE_ONGOING) > 0 || running && runningAfterItsThing(tk, m))
          || lastYearsInAnAside(tk, m) || deniedAfter(tk, m) || toComeAfter(tk, m) || toCome && toComeOnceDone(tk, m)
          || cause && inACause(text, m)
          || at + 1 < readings.size() && aSetBeforeItsDonePart(text, m, readings.get(at + 1).mention)
          || restatesInAnotherUnit(text, previous, r))) {
        // 另有2家已报会, 另有6个项目已取得施工许可, 其余8个正在施工, 其余3个小区正在施工, 2个正在装修, 4个小区尚未开工: more
        // of the same thing, not what was done
        r.dropped = true;
      }
      if (!r.dropped && rest != null && running && theRestRunning(tk, r, rest)) {
        r.dropped = true; // 38个问题中，已整改到位35个；3个涉及…问题，…正在持续推进: the rest of the set, not yet done
      }
      if (r.dropped) {
        if (r.lastYearDifference && r.metric.isEmpty()) {
          inherit(r, previous, text); // 补助标准达到600元，较上年提高20元: the difference is of the thing before it
        }
        continue;
      }
      // 预计 earlier in the sentence, until the sentence turns to what is done:
      // 全年预计完成300亿元，目前已完成260亿元
      int estimate = tk.lastWithin(r.sentenceStart, m.prefixStart, ESTIMATE);
      r.estimated = estimate >= 0 && !tk.within(estimate + 2, m.prefixStart, ACTUAL) || estimateAside(text, m) >= 0;
      r.approximate |= r.phrase.after != null || tk.lengthEndingAt(before, BOUNDED) > 0;
      boolean setBefore = previous != null && isWhole(text, previous, r);
      if (setBefore && previous.before.equals("在")) {
        previous.metric = previous.after; // 在10个项目中: the preposition names no thing
      }
      if (previous != null && !r.metric.isEmpty() && CONVERSION.removeFrom(r.metric).isEmpty()
          && asideRightAfter(text, previous, r)) {
        r.metric = previous.metric; // 进出口总额46.2亿美元（约合人民币328.1亿元）: the same total in yuan
      }
      if (r.mention.unitClass == UnitClass.COMPOUND && !r.metric.isEmpty() && RESTATED.removeFrom(r.metric).isEmpty()) {
        Reading whole = theCountItRates(readings, at);
        r.metric = whole != null ? whole.metric : r.metric; // 抽检2386批次，按常住人口计算为4.66批次/千人: the same work
      }
      String total = r.metric.isEmpty() && previous != null ? totalOfParts(text, readings, at) : null;
      if (total != null) {
        r.metric = total; // empty when the parts share no name: the task's own total, of no subject
      } else {
        // 完成投资218.6亿元，完成年度计划的104.1%，同比增长7.5%: a rate names the plan, and the change after it
        // goes on with the thing before it
        Reading subject = previous != null && previous.role == Role.COMPLETION_RATE && r.role != Role.COMPLETION_RATE
            ? beforeTheRate : previous;
        inherit(r, inSameUnit(readings, at, subject), text);
      }
      if (setBefore) {
        rest = previous.quantity().unit().equals(r.quantity().unit())
            ? Quantity.of(previous.quantity().value().subtract(r.quantity().value()), r.quantity().unit()) : null;
        previous.dropped = true; // 120个重点项目已开工108个: the 120 names the set, not an achievement
        if (r.metric.startsWith("中") && !previous.metric.isEmpty()) {
          String set = previous.metric.endsWith("中") ? previous.metric.substring(0, previous.metric.length() - 1)
              : previous.metric;
          r.metric = set + r.metric.substring(1); // 市级示范村8个中7个通过验收: seven of the villages
        } else if (previous.before.isEmpty() && previous.metric.endsWith("中") && previous.metric.length() > 1
            && !r.metric.contains(previous.metric.substring(0, previous.metric.length() - 1))) {
          // 38个问题中，已整改到位35个: the set's things, named after its count, are those the part counts
          r.metric = previous.metric.substring(0, previous.metric.length() - 1) + r.metric;
        }
      }
      previous = r;
      if (r.role != Role.COMPLETION_RATE) {
        beforeTheRate = r;
      }
    }
    return distribute(tk, readings, false);
  }

  /**
   * Words right before a percentage that make it the share of the task done, the task being the
   * only thing they can have done (已完成85%, 已完成近九成); not 实际完成 or 完成 alone, which label a
   * table's figure (实际完成：7.1%).
   */
  private static final WordSet DONE_SHARE = WordSet.of("已完成", "已经完成", "已完成了", "均已完成", "现已完成", "已累计完成");

  /**
   * Whether the label of the target ends right before a narrative's number, a colon between or
   * not (目标值：5000；完成值：5210, 目标任务11098): the target restated, not what was done — unless
   * the number's words say it was done or reached (已完成筛查任务数16010人, 达到目标60元).
   */
  private static boolean labelledTheTarget(Tokens tk, int from, int before) {
    String text = tk.normalized;
    int k = before;
    if (k > 0 && (text.charAt(k - 1) == '：' || text.charAt(k - 1) == ':')) {
      k = skipSpacesBack(text, k - 1);
    }
    int len = tk.lengthEndingAt(k, TARGET_LABEL);
    if (len == 0) {
      // 目标控制在4亿元以内, 目标下降3%: the label, then only the target's bound or change before the number
      int label = tk.lastWithin(from, k, TARGET_LABEL);
      if (label < 0) {
        return false;
      }
      len = tk.lengthStartingAt(label, TARGET_LABEL);
      if (label + len >= k || !onlyTargetWords(tk, label + len, k)) {
        return false;
      }
      k = label + len;
    }
    return !tk.within(from, k - len, GOAL_VERB | ACTUAL | RATE_VERB);
  }

  /**
   * Whether reading {@code r} is the rest of a set that its first part left (38个问题中，已整改到位35个；3个…问题…正在持续推进):
   * as many as are left, and its sentence says the work on them runs.
   */
  private static boolean theRestRunning(Tokens tk, Reading r, Quantity rest) {
    Quantity q = r.quantity();
    if (!q.unit().equals(rest.unit()) || q.value().compareTo(rest.value()) != 0) {
      return false;
    }
    String text = tk.normalized;
    int end = r.mention.end;
    while (end < text.length() && end - r.mention.end < Reading.REACH && !Lexicon.isSentenceEnd(text.charAt(end))) {
      end++;
    }
    return tk.within(r.mention.end, end, CUE_ONGOING);
  }

  /**
   * Whether a count or amount said first (6个老旧小区改造正在施工中, 30公里道路建设中) has its clause say,
   * after its thing, that the work runs, with nothing said done between: the set under way, not work
   * done.
   */
  private static boolean runningAfterItsThing(Tokens tk, Mention m) {
    if (m.unitClass != UnitClass.COUNT && m.unitClass != UnitClass.MEASURE) {
      return false;
    }
    String text = tk.normalized;
    int end = Reading.clauseEnd(text, m.end);
    int running = tk.firstWithin(m.end, end, CUE_ONGOING);
    if (running <= m.end || tk.within(m.end, running, CUE_DONE | DONE_VERB | ACTUAL)
        || Lexicon.holds(text, '已', m.end, running)) {
      return false;
    }
    // work in hand (正在施工, 建设中), not a state the set reached (均已开工, 全部开工: each begun, counted as such)
    int len = tk.lengthStartingAt(running, CUE_ONGOING);
    return text.startsWith("正在", running) || text.charAt(running + len - 1) == '中';
  }

  /**
   * Whether the figure names the goal that its clause, opened by an excess, ends on after 的:
   * 超额完成全年1100万人以上的目标任务, 超额完成2018年580万套的目标任务 — the target beaten, not the figure
   * done. Without the excess (完成全年固定资产投资增长12%的目标) the goal named is what was reached.
   */
  private static boolean namesTheGoal(Tokens tk, Mention m) {
    String text = tk.normalized;
    if (!tk.within(Reading.clauseStart(text, m.prefixStart), m.prefixStart, EXCESS)) {
      return false;
    }
    int k = skipSpaces(text, m.end);
    k = skipSpaces(text, k + tk.lengthStartingAt(k, AT_LEAST_AFTER | AT_MOST_AFTER | ABOUT_AFTER));
    if (k >= text.length() || text.charAt(k) != '的') {
      return false;
    }
    int end = Reading.clauseEnd(text, k);
    for (int j = k + 1; j + 2 <= end && j <= k + GOAL_REACH; j++) {
      if (text.startsWith("目标", j) || text.startsWith("任务", j)) {
        int after = j + 2 + (text.startsWith("任务", j + 2) ? 2 : 0);
        return skipSpaces(text, after) >= end;
      }
    }
    return false;
  }

  /** How many characters after 的 the goal's word may come: 的年度减贫目标任务. */
  private static final int GOAL_REACH = 6;

  /**
   * Whether the number's sentence restates the target under its label and a colon before it, with
   * nothing done said between: 全年目标：新建公厕15座。完成情况：已建成16座 — the 15 is the plan.
   */
  private static boolean saidAsTheTarget(Tokens tk, Mention m) {
    String text = tk.normalized;
    int colon = -1;
    for (int k = m.prefixStart - 1; k >= Math.max(m.sentenceStart, m.prefixStart - Reading.REACH); k--) {
      char c = text.charAt(k);
      if (c == '：' || c == ':') {
        colon = k;
        break;
      }
    }
    if (colon < 0 || tk.lengthEndingAt(skipSpacesBack(text, colon), TARGET_LABEL) == 0
        || tk.within(colon, m.prefixStart, ACTUAL)) {
      return false;
    }
    return !Lexicon.holds(text, '已', colon, m.prefixStart);
  }

  /**
   * Whether a count or amount is by how much this year's exceeds or falls short of last year's
   * (同比增加120人, 比上年增加86万人次, 较上年增加0.8万吨, 比去年多5个, 同比多增56亿元): a difference, like 高于全市3.3个百分点,
   * not what was achieved — unless the task sets such a difference ({@link TaskExtractor} keeps it
   * then). A percentage so written is the year's growth and stays.
   */
  private static boolean differenceFromLastYear(Tokens tk, Mention m, int before) {
    if (m.unitClass == UnitClass.PERCENT || m.unitClass == UnitClass.POINTS || m.value == null) {
      return false;
    }
    String text = tk.normalized;
    int k = before;
    if (k > 0 && text.charAt(k - 1) == '了') {
      k--; // 增加了
    }
    int verb = tk.lengthEndingAt(k, GROWTH_VERB | DECLINE_VERB);
    if (verb == 0 && k > 0 && (text.charAt(k - 1) == '多' || text.charAt(k - 1) == '少')) {
      verb = 1;
    } else if (verb == 0 && k > 1 && (text.charAt(k - 1) == '增' || text.charAt(k - 1) == '减')
        && (text.charAt(k - 2) == '多' || text.charAt(k - 2) == '少')) {
      verb = 2; // 同比多增56.12亿元, 同比少减: how much more than last year's increase
    } else if (verb == 0 && k > 1 && (text.charAt(k - 1) == '增' || text.charAt(k - 1) == '减')
        && text.charAt(k - 2) == '净') {
      verb = 2; // 比上年净增17家, 净减: the net change, no level
    }
    if (verb == 0) {
      return false;
    }
    int compared = skipSpacesBack(text, k - verb);
    if (compared > 0 && text.charAt(compared - 1) == '净') {
      compared = skipSpacesBack(text, compared - 1); // 比上年净增加17家: net of what went, still the change
    }
    return tk.lengthEndingAt(compared, LAST_YEAR) > 0 || comparedYearEndsAt(tk, compared)
        || FROM_A_BASE.endingAt(text, compared) > 0;
  }

  /**
   * Whether the words ending at {@code before} compare with last year's figure and own it by 的 (较上年的612万人次,
   * 比去年同期的): the figure is the level compared against, no figure of this year's.
   */
  private static boolean lastYearsLevelCompared(Tokens tk, int before) {
    String text = tk.normalized;
    if (before == 0 || text.charAt(before - 1) != '的') {
      return false;
    }
    int year = tk.lengthEndingAt(before - 1, LAST_YEAR);
    return year > 0 && tk.lengthEndingAt(before - 1 - year, SINCE) > 0;
  }

  /** Words that say a figure is another one converted (约合人民币328.1亿元): no subject of their own. */
  private static final String[] CONVERSION_WORDS = {"约合", "折合", "合", "折", "相当于", "人民币", "美元", "约"};
  private static final WordSet CONVERSION = WordSet.of(CONVERSION_WORDS);

  /** Words that restate a count as a rate, naming no thing: a conversion's (折合, 合), and 计算为, 人均. */
  private static final WordSet RESTATED = WordSet.of(Stream.concat(Stream.of(CONVERSION_WORDS),
      Stream.of("计算为", "计算", "折算为", "折算", "按", "人均", "平均")).toArray(String[]::new));

  /**
   * The reading before {@code at} in its sentence that counts in the numerator of the rate at {@code at}, kept as a
   * figure: 2386批次 of 4.66批次/千人; or null.
   */
  private static Reading theCountItRates(List<Reading> readings, int at) {
    Reading r = readings.get(at);
    String symbol = r.mention.unitSymbol;
    int slash = symbol.indexOf('/');
    if (slash <= 0) {
      return null;
    }
    String counted = symbol.substring(0, slash);
    for (int k = at - 1; k >= 0; k--) {
      Reading before = readings.get(k);
      if (before.sentenceStart != r.sentenceStart) {
        return null;
      }
      if (!before.dropped && before.mention.unitSymbol.equals(counted) && !before.metric.isEmpty()) {
        return before;
      }
    }
    return null;
  }

  /** Whether reading {@code r} opens parentheses right after the figure of {@code previous}: 46.2亿美元（约合…）. */
  private static boolean asideRightAfter(String text, Reading previous, Reading r) {
    int open = skipSpaces(text, previous.mention.end);
    return open < r.mention.prefixStart && (text.charAt(open) == '（' || text.charAt(open) == '(')
        && r.mention.prefixStart - open <= MAX_CONVERSION_WORDS;
  }

  /** The most characters between an aside's opening and a converted figure in it: （约合人民币. */
  private static final int MAX_CONVERSION_WORDS = 8;

  /**
   * Whether reading {@code r} is the figure before it said again in another unit, alone in parentheses
   * right after it, or after 合 or 折合 there (补充耕地185公顷（2775亩）, 造林1240公顷（合1.86万亩）, 46亿元（460000万元）),
   * and of about the same amount: the same land or money, not more of it.
   */
  private static boolean restatesInAnotherUnit(String text, Reading previous, Reading r) {
    if (previous == null || previous.dropped || r.mention.symbol().equals(previous.mention.symbol())) {
      return false;
    }
    int open = skipSpacesBack(text, r.mention.prefixStart);
    open = skipSpacesBack(text, open - CONVERSION.endingAt(text, open)); // （合15954亩）, （折合100公顷）
    if (open == 0 || text.charAt(open - 1) != '（' && text.charAt(open - 1) != '(') {
      return false;
    }
    int close = skipSpaces(text, r.mention.end);
    if (close >= text.length() || text.charAt(close) != '）' && text.charAt(close) != ')'
        || skipSpacesBack(text, open - 1) != previous.mention.end) {
      return false;
    }
    Quantity a = previous.quantity();
    Quantity b = r.quantity();
    return a != null && b != null && a.unit().dimension() == b.unit().dimension()
        && a.unit().dimension() != Unit.Dimension.COUNT && a.unit().dimension() != Unit.Dimension.PERCENT
        && a.unit().isCommensurableWith(b.unit()) && aboutTheSame(a.to(b.unit()).value(), b.value());
  }

  /** Whether two amounts in one unit differ by no more than rounding: 1063.6公顷 is 15954亩, 46亿元 460000万元. */
  private static boolean aboutTheSame(BigDecimal a, BigDecimal b) {
    BigDecimal larger = a.abs().max(b.abs());
    return larger.signum() == 0 || a.subtract(b).abs().compareTo(larger.multiply(ROUNDING)) <= 0;
  }

  /** The share two restatements of one amount may differ by, for the digits each keeps: 3%. */
  private static final BigDecimal ROUNDING = new BigDecimal("0.03");

  /** A base the change is told from, as a frame: 在上年基础上提高30元 is the rise, not the level reached. */
  private static final WordSet FROM_A_BASE = WordSet.of("在上年基础上", "在去年基础上", "在原有基础上", "在现有基础上", "在此基础上");

  /** Whether a year compared with ends at {@code end}: 较2021年, 比2020年同期 — 较 or 比, then the date. */
  private static boolean comparedYearEndsAt(Tokens tk, int end) {
    String text = tk.normalized;
    int k = end;
    if (k >= 2 && text.startsWith("同期", k - 2)) {
      k -= 2;
    }
    for (Mention d : tk.mentions) {
      if (d.end == k && d.type == Mention.Type.DATE && d.year > 0) {
        int before = skipSpacesBack(text, d.prefixStart);
        return before > 0 && (text.charAt(before - 1) == '较' || text.charAt(before - 1) == '比');
      }
      if (d.end > k) {
        break;
      }
    }
    return false;
  }

  /**
   * Whether the only plan word before a count names the set counted just before it (92个计划新开工项目
   * 已开工51个: 92 projects planned, 51 of them started): the plan is the set's, the count is done work.
   */
  private static boolean plannedSetBefore(Tokens tk, Reading previous, Reading r) {
    if (previous == null || previous.mention.unitClass != UnitClass.COUNT || r.mention.unitClass != UnitClass.COUNT) {
      return false;
    }
    int plan = tk.firstWithin(r.phrase.preFrom, r.phrase.preTo, PLAN);
    return plan == skipSpaces(tk.normalized, previous.mention.end) && plan == tk.lastWithin(r.phrase.preFrom, r.phrase.preTo, PLAN);
  }

  /**
   * Whether the words right before a percentage make it a share of the task, whatever verb leads
   * to them: 为年度任务的95%, 年度计划的101.3% — a {@link Vocabulary#RATE_OBJECT} (任务, 目标, 计划), 的,
   * and the number.
   */
  private static boolean shareOfTheTask(Tokens tk, int before) {
    String text = tk.normalized;
    if (before == 0 || text.charAt(before - 1) != '的') {
      return false;
    }
    int object = skipSpacesBack(text, before - 1);
    return tk.lengthEndingAt(object, RATE_OBJECT) > 0 || BUDGETS.endingAt(text, object) > 0;
  }

  /**
   * A budget whose share a figure is (为调整预算的100.7%, 完成年初预算的98.6%): a plan, though only right before
   * 的 — 一般公共预算收入 names revenue, and its share (占一般公共预算收入比重) is no completion rate.
   */
  private static final WordSet BUDGETS = WordSet.of("预算", "预算数", "调整预算数");

  /**
   * Whether the only plan word before a narrative's number is 争取 with nothing but its object
   * between (争取中央预算内资金4800万元, 争取到上级项目12个): funds or projects obtained, not an aim
   * (争取年底前完成, 争取实现增长8%).
   */
  private static boolean obtained(Tokens tk, int from, int to) {
    int plan = tk.firstWithin(from, to, PLAN);
    if (plan < 0 || plan != tk.lastWithin(from, to, PLAN) || !tk.normalized.startsWith("争取", plan)) {
      return false;
    }
    int after = plan + 2;
    return !tk.within(after, to, KIND_VERBS | GOAL_VERB | ASSURED) && !Metrics.namesWork(tk.normalized.substring(after, to));
  }

  /** Words of working through a programme, whose name may end in 计划: 通过特岗计划补充教师236名. */
  private static final WordSet THROUGH = WordSet.of("通过", "依托", "借助", "入选", "纳入");

  /**
   * Whether the only plan word before a narrative's number is the 计划 of a programme that the work went
   * through (通过特岗计划补充教师236名, 入选省级人才计划12人): the name of a scheme, not a plan of the year.
   */
  private static boolean throughAProgramme(Tokens tk, int from, int to) {
    int plan = tk.firstWithin(from, to, PLAN);
    if (plan <= 0 || plan != tk.lastWithin(from, to, PLAN) || !tk.normalized.startsWith("计划", plan)
        || !Lexicon.isHan(tk.normalized.charAt(plan - 1)) && !Lexicon.isCloseQuote(tk.normalized.charAt(plan - 1))) {
      return false;
    }
    return THROUGH.within(tk.normalized, Reading.clauseStart(tk.normalized, plan), plan);
  }

  /**
   * Whether the one plan word before a sum of money is 下达 with no quota between (全年下达中央补助资金266亿元,
   * 已下达资金500万元): money issued, which a task to allocate funds asks for — not a quota handed down
   * (下达任务3000座, 下达年度计划投资50亿元); or 争取 with no work aimed at after it (争取新增专项债券9.45亿元):
   * money got, in a narrative.
   */
  private static boolean moneyIssued(Tokens tk, int from, Mention m) {
    int plan = tk.firstWithin(from, m.prefixStart, PLAN);
    if (plan < 0 || plan != tk.lastWithin(from, m.prefixStart, PLAN) || !isMoney(m)) {
      return false;
    }
    String text = tk.normalized;
    if (text.startsWith("争取", plan)) {
      // 全年争取新增专项债券额度9.45亿元: money a narrative says was sought is money got, unless what follows
      // is work aimed at (争取全年完成投资10亿元)
      return !tk.within(plan + 2, m.prefixStart, GOAL_VERB | ASSURED | GROWTH_VERB | DECLINE_VERB | LEVEL_VERB);
    }
    return text.startsWith("下达", plan) && !QUOTA.within(text, plan + 2, m.prefixStart);
  }

  /** What a quota handed down names: 下达任务, 下达计划, 下达指标. */
  private static final WordSet QUOTA = WordSet.of("任务", "计划", "指标", "目标");

  /**
   * Where the 预计 of an aside right after the number starts (增长7.5%（预计数）, 完成投资12亿元(预计), 92.6（12月为预计数）),
   * or -1: the figure is an estimate.
   */
  private static int estimateAside(String text, Mention m) {
    int k = skipSpaces(text, m.end);
    if (k >= text.length() || text.charAt(k) != '（' && text.charAt(k) != '(') {
      return -1;
    }
    int limit = Math.min(text.length() - 1, k + ESTIMATE_ASIDE_REACH);
    for (int i = k + 1; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '）' || c == ')' || c == '（' || c == '(') {
        return -1;
      }
      if (c == '预' && text.charAt(i + 1) == '计') {
        return i;
      }
    }
    return -1;
  }

  /** How far into an aside after a figure its 预计 may stand: （12月数据为预计数）. */
  private static final int ESTIMATE_ASIDE_REACH = 12;

  /**
   * Whether the number's clause says, after it, that the thing is still to come or put off: 另有600个学位因工程延期
   * 将于明年春季投用, 3座预计10月底建成, 8个站点因设备供货延迟 — a figure of what will be, not of what was done.
   */
  private static boolean toComeAfter(Tokens tk, Mention m) {
    String text = tk.normalized;
    int end = Reading.clauseEnd(text, m.end);
    int aside = estimateAside(text, m);
    for (int at = tk.firstWithin(m.end, end, Vocabulary.AIM); at >= 0; at = tk.firstWithin(at + 1, end, Vocabulary.AIM)) {
      if (at == aside) {
        continue; // 增长7.5%（预计数）: an estimate of this figure, not work to come
      }
      if (text.startsWith("将于", at) || text.startsWith("将在", at) || text.startsWith("预计", at)) {
        return true;
      }
    }
    for (int k = m.end; k + 1 < end; k++) { // within the clause only: a long text has many numbers
      if (text.charAt(k) == '明' && text.charAt(k + 1) == '年') {
        return true;
      }
    }
    // 8个站点因设备供货延迟，预计2023年3月底前完成: the things delayed are not done, whenever they will be; not
    // 自办展会1场(原计划的茶博会、年货节延期至2023年举办), an aside on other things, nor 0（项目因选址调整推迟至2024年实施）
    int delayed = DELAYED.indexWithin(text, m.end, end);
    return delayed >= 0 && !Lexicon.holds(text, '（', m.end, delayed) && !Lexicon.holds(text, '(', m.end, delayed);
  }

  /** Words of work put off: 延迟, 延期, 推迟, 顺延. */
  private static final WordSet DELAYED = WordSet.of("延迟", "延期", "推迟", "顺延");

  private static final String BY_THEN = "届时";

  /** Words that put what follows at a time still to come: 届时可新增学位270个. */
  private static final WordSet AT_THAT_TIME = WordSet.of("届时", "建成后", "投用后", "投运后", "投产后", "竣工后", "完工后",
      "交付后", "运营后", "达产后");
  /** Words of what a work can or will give: 可, 将, 能. */
  private static final String CAN_OR_WILL = "可将能";

  /**
   * Whether the number's clause says, before it, that the figure is what a work will give once done
   * (预计12月底交付，届时可新增学位270个; 建成后可新增床位300张): a capacity to come, not work done.
   */
  private static boolean toComeOnceDone(Tokens tk, Mention m) {
    String text = tk.normalized;
    int start = Reading.clauseStart(text, m.prefixStart);
    int at = AT_THAT_TIME.indexWithin(text, start, m.prefixStart);
    if (at < 0) {
      return false;
    }
    int k = skipSpaces(text, at + AT_THAT_TIME.startingAt(text, at));
    // 届时 alone looks ahead (届时新增学位2700个); 建成后 alone may tell what came of work done, so 可 or 将 must follow it
    return k < m.prefixStart && (CAN_OR_WILL.indexOf(text.charAt(k)) >= 0 || text.startsWith(BY_THEN, at));
  }

  /**
   * Whether the number is in a clause that gives a cause and names no work before it: 因200亩地块涉及
   * 永久基本农田调整, 由于3个项目用地未落实 — why the rest was not done, not what was.
   */
  private static boolean inACause(String text, Mention m) {
    int start = skipSpaces(text, Reading.clauseStart(text, m.prefixStart));
    int cause = CAUSES.startingAt(text, start);
    return cause > 0 && start + cause <= m.prefixStart
        && !Metrics.namesWork(text.substring(start + cause, m.prefixStart));
  }

  private static final WordSet CAUSES = WordSet.of("因", "因为", "由于");

  /**
   * Whether the number's clause says, after it, that the thing was not done: 4个小区因意见不统一未开工,
   * 2个项目尚未完工, 3所学校没有建成. Only 未, 尚未 and 没有 deny a deed; 不 mostly builds a word (不同,
   * 不断, 不统一) and 未发生 in a clause of its own denies something else.
   */
  private static boolean deniedAfter(Tokens tk, Mention m) {
    String text = tk.normalized;
    int end = Reading.clauseEnd(text, m.end);
    for (int at = tk.firstWithin(m.end, end, NEGATION); at >= 0; at = tk.firstWithin(at + 1, end, NEGATION)) {
      if (Lexicon.asideOpenAt(text, m.end, at) >= 0) {
        continue; // 体检率97.3%（4人因长期异地居住未能参检）: an aside after the figure tells of what it leaves out
      }
      int length = text.charAt(at) == '未' ? 1 : text.startsWith("尚未", at) || text.startsWith("没有", at) ? 2 : 0;
      if (length > 0 && !deniesTheGoal(text, at + length, end) && !(length == 1 && namesTheThingsCounted(text, at + 1, end))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb after a 未 at {@code from}, of one or two characters, is said of the people counted, who
   * follow it (1472名离校未就业高校毕业生参加就业见习, 帮扶未就业人员1200人, 未成年人) or take a 的 after it (未就业的):
   * a name of who they are, not a denial of what was done to them. Not after 没有 or 尚未, which deny that any
   * is there (没有可比的数值).
   */
  private static boolean namesTheThingsCounted(String text, int from, int end) {
    for (int k = from + 1; k <= from + 2 && k < end; k++) {
      int who = k + WHERE_PEOPLE_LIVE.startingAt(text, k);
      if (text.charAt(k) == '的' || who < end && (PEOPLE.startingAt(text, who) > 0 || "人户".indexOf(text.charAt(who)) >= 0)) {
        return true; // people, not places: 未通城乡公交 denies
      }
    }
    return false;
  }

  /** Where people live, said before who they are: 未就业农村劳动力. */
  private static final WordSet WHERE_PEOPLE_LIVE = WordSet.of("农村", "城镇", "城乡", "城市", "辖区");

  /** Goal verbs that, followed by a word naming the goal, deny the goal and not the thing counted. */
  private static final WordSet GOAL_DENIED = WordSet.of("能完成", "能实现", "能达到", "完成", "实现", "达到", "达");
  private static final String[] GOAL_NOUNS = {"目标", "任务", "计划", "序时", "进度", "预期"};

  /**
   * Whether the words from {@code from} deny reaching the goal (4800人未完成年度目标, 8亿元未达序时进度):
   * the number is what was done, short of the goal. 4个小区未完成改造 denies the work, not a goal.
   */
  private static boolean deniesTheGoal(String text, int from, int end) {
    int verb = GOAL_DENIED.startingAt(text, from);
    if (verb == 0) {
      return false;
    }
    int noun = from + verb;
    for (int k = noun; k < Math.min(end, noun + 4); k++) {
      for (String goal : GOAL_NOUNS) {
        if (text.startsWith(goal, k)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Words opening the rest or another set of the things just counted: 另有, 其余, 尚有. */
  static final WordSet OTHER_SET = WordSet.of(Vocabulary.OTHER_SET_WORDS);
  /**
   * Words opening what is left to do of the things just counted: never done, whatever it names
   * (剩余150个学位明年投用), where another set with a subject of its own (另有农村新建公厕7座) may be a part.
   */
  private static final WordSet REMAINDER = WordSet.of("剩余", "尚余", "还剩", "尚有");

  /**
   * Whether the number's clause says after it that its things are done (剩余贫困人口400户965人已全部脱贫): 已, and
   * nothing of work still running (剩余2个已开工 is under way).
   */
  private static boolean saidDone(Tokens tk, Mention m) {
    String text = tk.normalized;
    int end = Reading.clauseEnd(text, m.end);
    return Lexicon.holds(text, '已', m.end, end) && !tk.within(m.end, end, CUE_ONGOING);
  }

  /** Words opening what is said of every one of a set right after it: 已全部, 均已. */
  static final WordSet ALL_OF_THEM = WordSet.of("已全部", "全部", "均已", "均", "已经全部");

  /**
   * Whether the set a plan or a quota gives is said all done right after it, in its clause (市下达我县建设任务5.2万亩
   * 已全部建成): the plan met, its figure what was done.
   */
  private static boolean allDoneRightAfter(Tokens tk, Mention m) {
    String text = tk.normalized;
    int k = skipSpaces(text, m.end);
    if (ALL_OF_THEM.startingAt(text, k) == 0) {
      return false;
    }
    int end = Reading.clauseEnd(text, k);
    return tk.within(k, end, Vocabulary.CUE_DONE | Vocabulary.CLAIM_WHOLE) && !tk.within(k, end, CUE_ONGOING);
  }

  /** Whether the number's clause opens with one of {@code words} (after 此外 or 另, if any). */
  private static boolean opensOtherSet(String text, Mention m, WordSet words) {
    int k = Reading.clauseStart(text, m.prefixStart);
    for (int j = m.prefixStart - 1; j > k; j--) {
      if (text.charAt(j) == '（' || text.charAt(j) == '(') {
        k = j + 1; // 8家（另有3家已通过公示）: an aside opens its own clause
        break;
      }
    }
    while (k < m.prefixStart && Lexicon.isSpace(text.charAt(k))) {
      k++;
    }
    // 另1条已通过初审: 另 right before the number is 另有, another of the things counted
    return words.startingAt(text, k) > 0 || words == OTHER_SET && k < m.prefixStart && text.charAt(k) == '另'
        && skipSpaces(text, k + 1) == m.prefixStart;
  }

  /**
   * The reading a figure naming only its work takes its things from: the one before it, or, when that
   * one counts in another unit, the latest before it in its sentence counting in the figure's own
   * (开工改造老旧小区186个、惠及居民23640户，其中完工152个: the 152 are 小区, not 居民).
   */
  private static Reading inSameUnit(List<Reading> readings, int at, Reading previous) {
    Reading r = readings.get(at);
    if (previous == null || previous.mention.unitSymbol.equals(r.mention.unitSymbol) || r.metric.isEmpty()
        || !Metrics.onlyWork(r.metric)) {
      return previous;
    }
    for (int k = at - 1; k >= 0; k--) {
      Reading before = readings.get(k);
      if (before.sentenceStart != r.sentenceStart) {
        break;
      }
      if (!before.dropped && before.mention.unitSymbol.equals(r.mention.unitSymbol)) {
        return before;
      }
    }
    return previous;
  }

  /** Words that name only the sum of money of the things counted just before: 7856笔、金额41.27亿元. */
  private static final java.util.Set<String> AMOUNT_OF_THE_THING = java.util.Set.of("金额", "总额", "数额");

  /**
   * A subject left out is the previous number's, in the same sentence: 服务业增加值完成365.22亿元，增长
   * 6.8%. A part named only by where it is (农村完成9座 after 城镇新建公厕完成11座) takes the previous
   * subject re-placed; a bare counted noun in a list takes the list's verb (新建4所幼儿园、3所小学).
   */
  private static void inherit(Reading r, Reading previous, String text) {
    if (previous == null) {
      return;
    }
    if (previous.role == Role.REVISED_TARGET && r.role != Role.REVISED_TARGET && Evidence.genericRevision(previous.metric)) {
      return; // 年度目标调整为200户，全年完成216户: the revision's words name no thing to go on with
    }
    boolean sameSentence = previous.sentenceStart == r.sentenceStart;
    // 1-11月地区生产总值增长5.6%；全年增长6.2%: a clause after ； goes on with the subject before it
    if (!sameSentence && !afterSemicolon(text, previous, r)) {
      return;
    }
    if (r.metric.isEmpty()) {
      r.metric = previous.metric;
      r.listSubject = previous.listSubject;
      return;
    }
    if (sameSentence && AMOUNT_OF_THE_THING.contains(r.metric) && previous.mention.unitClass != r.mention.unitClass
        && onlyListSeparators(text, previous.phrase.postTo, r.phrase.preStart)) {
      r.metric = previous.metric; // 发放个人住房贷款7856笔、金额41.27亿元: the sum of the things just counted
      return;
    }
    if (sameSentence && Metrics.isPartition(r.metric) && previous.mention.unitClass == r.mention.unitClass) {
      r.metric = Metrics.withPartition(previous.metric, r.metric);
      return;
    }
    int own;
    int theirs;
    if (sameSentence && previous.mention.unitClass == r.mention.unitClass && (own = Metrics.placeAtStart(r.metric)) > 0
        && (theirs = Metrics.placeAtStart(previous.metric)) > 0) {
      // 市区新增新能源公交车168辆，各县（市）新增71辆: the next part of the ground, and its work, are of the thing
      // the first part named (the cheap looks at the places first: most figures name none)
      String work = r.metric.substring(own);
      if (previous.metric.length() > theirs + work.length() && previous.metric.startsWith(work, theirs)
          && Metrics.onlyAPartOfThePlace(r.metric)) {
        r.metric = r.metric.substring(0, own) + previous.metric.substring(theirs);
        return;
      }
    }
    if (sameSentence && r.before.isEmpty() && !r.after.isEmpty() && !previous.before.isEmpty()
        && Metrics.onlyWork(previous.before)
        && onlyListSeparators(text, previous.phrase.postTo, r.phrase.preStart)) {
      r.metric = previous.before + r.after;
      return;
    }
    if (Metrics.onlyWork(r.metric) && previous.mention.unitClass == r.mention.unitClass
        && !Metrics.onlyFirstStep(previous.metric) // 已完成选址20座，开工12座: the 12 are of the task's things
        && previous.quantity() != null && r.quantity() != null && previous.quantity().isComparableWith(r.quantity())
        && (sameSentence || previous.metric.contains(r.metric))) {
      // 开工改造老旧小区42个，完工35个: the second names the work, the first the things; after ；
      // only the same work goes on (…新建公厕36座；全年新建41座), other work is the list's next item
      r.metric = r.metric + Metrics.thingsOf(previous.metric);
    }
  }

  /** The most parts a total is looked back for: a list longer than this is a table, not a sentence. */
  private static final int MAX_PARTS = 12;

  /**
   * The name of the total reading {@code at} states, when its own words are only a total word (and
   * work) and two or more figures before it in its sentence are its parts: what their names share at
   * their end, after the works that tell them apart in their order (新建公厕22座，改造公厕31座，合计53座 gives
   * 新建改造公厕) or without the places or kinds that do (城镇新建公厕22座，农村新建公厕31座，合计53座 gives
   * 新建公厕); empty when they share no name that way (早稻18.6万吨，中晚稻33.1万吨，全年合计51.7万吨: the
   * task's own total, of no subject). Null when the figure is no total of parts: it then takes the
   * subject before it, as any figure without one does.
   */
  private static String totalOfParts(String text, List<Reading> readings, int at) {
    Reading total = readings.get(at);
    int own = skipSpaces(text, total.textStart);
    int end = skipSpacesBack(text, total.mention.prefixStart);
    int word = own < end ? Metrics.TOTAL_WORDS.indexWithin(text, own, end) : -1; // after words of no subject (全年合计)
    if (word < 0) {
      return null;
    }
    int said = Metrics.TOTAL_WORDS.startingAt(text, word);
    if (word + said < end && !Metrics.onlyWork(text.substring(word + said, end))) {
      return null; // 合计53座, 共计完成53座
    }
    int first = at;
    while (first > 0 && at - first < MAX_PARTS) {
      Reading part = readings.get(first - 1);
      if (part.dropped || part.sentenceStart != total.sentenceStart || part.mention.unitClass != total.mention.unitClass
          || part.quantity() == null || !part.quantity().isComparableWith(total.quantity()) || part.metric.isEmpty()) {
        break;
      }
      first--;
    }
    if (at - first < 2) {
      return null;
    }
    String sharedByPartitions = sharedAcrossPartitions(readings, first, at);
    if (sharedByPartitions != null) {
      return sharedByPartitions; // 创建国家级示范社区2个、省级5个、市级4个，共11个: 创建示范社区
    }
    String shared = readings.get(first).metric;
    for (int i = first + 1; i < at; i++) {
      String metric = readings.get(i).metric;
      int k = 0;
      while (k < shared.length() && k < metric.length()
          && shared.charAt(shared.length() - 1 - k) == metric.charAt(metric.length() - 1 - k)) {
        k++;
      }
      shared = shared.substring(shared.length() - k);
    }
    StringBuilder works = new StringBuilder();
    boolean allWork = true;
    for (int i = first; i < at; i++) {
      String metric = readings.get(i).metric;
      String apart = metric.substring(0, metric.length() - shared.length());
      if (apart.isEmpty() || works.indexOf(apart) >= 0) {
        return null; // one part names only what they share: it is no part
      }
      works.append(apart);
      allWork &= Metrics.onlyWork(apart);
    }
    if (allWork) {
      return works + shared;
    }
    return shared.length() >= 2 && !Metrics.onlyWork(shared) ? shared : "";
  }

  /**
   * What the parts {@code from} (inclusive) to {@code to} name once each drops its partition word,
   * when they all name the same that way and no partition twice (国家级…、省级…、市级…); otherwise null.
   */
  private static String sharedAcrossPartitions(List<Reading> readings, int from, int to) {
    String shared = null;
    Set<String> partitions = new HashSet<>();
    for (int i = from; i < to; i++) {
      String metric = readings.get(i).metric;
      String without = Metrics.withoutPartition(metric);
      if (without == null || shared != null && !shared.equals(without) || !partitions.add(metric)) {
        return null;
      }
      shared = without;
    }
    return shared;
  }

  /**
   * Whether the words before a count list, by name, the very things it counts: two or more items
   * joined by 、, each ending in the character the counted noun after the number starts with (东湖村、
   * 西岭村、上湾村 before 3个村).
   */
  static boolean namesTheCountedOneByOne(String before, String after) {
    if (after.isEmpty() || before.indexOf('、') < 0) {
      return false;
    }
    char noun = after.charAt(0);
    int from = 0;
    while (from <= before.length()) {
      int end = before.indexOf('、', from);
      end = end < 0 ? before.length() : end;
      if (end - from < 2 || before.charAt(end - 1) != noun) {
        return false;
      }
      from = end + 1;
    }
    return true;
  }

  /** Whether {@code r}'s sentence is the one right after {@code previous}'s, and ends it with a ；. */
  private static boolean afterSemicolon(String text, Reading previous, Reading r) {
    int end = r.sentenceStart - 1;
    if (end < previous.mention.end || text.charAt(end) != '；' && text.charAt(end) != ';') {
      return false;
    }
    for (int k = previous.mention.end; k < end; k++) {
      if (Lexicon.isSentenceEnd(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code whole} names the set that {@code part} reports on: a number-first count directly
   * followed, after 已 or 中, by another count of the same classifier — in one clause (120个重点项目
   * 已开工108个), or in the next after a set said to be among (10个项目中，已完工6个; 在15个小区当中，…).
   */
  private static boolean isWhole(String text, Reading whole, Reading part) {
    // 市级示范村8个中7个通过验收: 中 right after the count makes it the set, whatever names it
    boolean amongItsThings = whole.mention.end < text.length()
        && text.charAt(skipSpaces(text, whole.mention.end)) == '中';
    if (whole.mention.unitClass != UnitClass.COUNT || part.mention.unitClass != UnitClass.COUNT
        || !whole.before.isEmpty() && !Metrics.onlyWork(whole.before) && !whole.before.equals("在") && !amongItsThings
        || !whole.quantity().isComparableWith(part.quantity())) {
      return false;
    }
    int from = whole.mention.end;
    int to = part.mention.prefixStart;
    if (from >= to) {
      return false;
    }
    boolean marker = false;
    boolean among = false;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (Lexicon.isClauseEnd(c) || c == '、') {
        if (among || !(c == '，' || c == ',') || text.charAt(skipSpacesBack(text, k) - 1) != '中') {
          return false;
        }
        among = true; // 10个项目中，: the set closes its clause, the next reports on it
      } else if (c == '中' && text.charAt(k - 1) == '其') {
        return false; // 培训5200人次（其中农村劳动力3100人次）: 其中 opens a breakdown of the whole
      }
      marker |= c == '已' || c == '中';
    }
    return marker && (whole.before.isEmpty() || among || amongItsThings || Metrics.onlyWork(whole.before));
  }

  static boolean onlyListSeparators(String text, int from, int to) {
    if (from > to) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (!(Lexicon.isSpace(c) || c == '、' || c == '，' || c == ',' || c == '；' || c == ';')) {
        return false;
      }
    }
    return true;
  }

  /** A date naming a year after the report's (2021年至2022年), not as an as-of date (截至2021年3月). */
  private static boolean isLaterYear(Tokens tk, Mention d, int year) {
    return d.type == Mention.Type.DATE && d.year > 0 && Math.max(d.year, d.lastYear) > year
        && tk.lengthEndingAt(skipSpacesBack(tk.normalized, d.prefixStart), AS_OF) == 0 && !namesAPlansYears(tk.normalized, d, year);
  }

  /** The words that name a plan of several years: 实施方案, 行动计划, 规划. */
  private static final WordSet PLANS_OF_YEARS = WordSet.of("方案", "计划", "规划", "行动", "纲要");
  /** How far after its years a plan's name may run to its noun: 2023—2025年金融支持实体经济实施方案. */
  private static final int PLAN_NAME_REACH = 16;

  /**
   * Whether a range of years from the report's year or before (2023—2025年 in a report on 2023) names
   * the years of a plan, in its name or in parentheses after it (出台2023—2025年实施方案, 实施方案（2023—2025年）):
   * when the plan runs, not the date of the figures after it.
   */
  private static boolean namesAPlansYears(String text, Mention d, int year) {
    if (d.lastYear <= 0 || d.year > year) {
      return false;
    }
    int k = skipSpaces(text, d.end);
    if (k < text.length() && (text.charAt(k) == '）' || text.charAt(k) == ')')) {
      int open = skipSpacesBack(text, d.prefixStart) - 1; // 实施方案（2023—2025年）: the plan's name before
      return open > 0 && (text.charAt(open) == '（' || text.charAt(open) == '(') && PLANS_OF_YEARS.endingAt(text, open) > 0;
    }
    if (text.startsWith("计划", k)) {
      return false; // 2021年至2022年计划完成6所: the years of what is planned, 计划 its verb
    }
    int end = Math.min(Reading.clauseEnd(text, k), k + PLAN_NAME_REACH);
    for (int j = k; j < end; j++) {
      if (Lexicon.arabicDigit(text.charAt(j)) >= 0) {
        end = j; // the name ends before any figure: 2020年至2022年改造老旧小区60个 names no plan
      }
    }
    return PLANS_OF_YEARS.within(text, k, end);
  }

  /** Words dating what the figure before them says done: 6台已于2023年停用拆除. */
  private static final WordSet DONE_ON = WordSet.of("已于", "已在", "早在", "已经于", "均已于", "均于", "于");

  /**
   * Whether the figure's clause goes on to date it in a year before the report's (经排查，其中6台已于2023年停用拆除):
   * things done then, no figure of this year's work.
   */
  private static boolean doneInAnEarlierYear(Tokens tk, Mention m, int year) {
    String text = tk.normalized;
    // the dating word right after the figure (6台已于2023年, not 完成6台，2023年…): one look, no walk over the mentions
    int after = skipSpaces(text, m.end);
    int word = DONE_ON.startingAt(text, after);
    if (word == 0) {
      return false;
    }
    Mention d = mentionAt(tk.mentions, skipSpaces(text, after + word));
    return d != null && d.type == Mention.Type.DATE && d.year > 0 && Math.max(d.year, d.lastYear) < year;
  }

  /** The mention whose words start at {@code at}, or null: the mentions are in the order of the text. */
  private static Mention mentionAt(List<Mention> mentions, int at) {
    int lo = 0;
    int hi = mentions.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int start = mentions.get(mid).prefixStart;
      if (start < at) {
        lo = mid + 1;
      } else if (start > at) {
        hi = mid - 1;
      } else {
        return mentions.get(mid);
      }
    }
    return null;
  }

  /**
   * A date of a year before the report's, of a figure rather than the base of a change (较2015年下降
   * 39.1%: a {@link Vocabulary#SINCE} word right before it).
   */
  private static boolean isEarlierYear(Tokens tk, Mention d, int year) {
    return d.type == Mention.Type.DATE && d.year > 0 && Math.max(d.year, d.lastYear) < year
        && tk.lengthEndingAt(skipSpacesBack(tk.normalized, d.prefixStart), SINCE) == 0 && !runsToNow(tk.normalized, d);
  }

  /** Words after a date that make it the start of a span that runs to now: 2021年以来, 2021年至今. */
  private static final WordSet TO_NOW = WordSet.of("以来", "至今", "到现在", "至目前");

  /** Whether date {@code d} starts a span that runs to now (2021年以来累计完成386公里): no other year's figure. */
  private static boolean runsToNow(String text, Mention d) {
    return TO_NOW.startingAt(text, skipSpaces(text, d.end)) > 0;
  }

  /**
   * Another year's figure, given beside this year's as its base: a date of a year before the
   * report's earlier in the number's clause (2023年全市完成固定资产投资1500亿元 in a report of 2024),
   * a clause opening with the same period of last year (上年同期1100亿元), or with last year (上年,
   * 去年) in a narrative that names this year as such (上年地区生产总值增长5.2%，今年增长6.4%) — a report
   * written the year after uses 去年 for the year it reports on, and then names no 今年. Not a
   * comparison with it (比上年同期增长5%), which the clause's cue words read.
   */
  private static boolean isBase(Tokens tk, Mention m, int earlierYear) {
    String text = tk.normalized;
    // The clause as far as a comma or a sentence's end: a colon only labels the figure (2023年：1500).
    int clause = clauseOpening(text, m, false);
    if ((earlierYear >= clause || earlierYear >= 0 && scopesItsSentence(tk, earlierYear, m))
        && !datesTheOldLevel(tk, earlierYear, m) && !aShareOfThatYears(tk, earlierYear, m)
        && !paysAnEarlierYearsMoney(tk, earlierYear, m)) {
      return true;
    }
    int from = skipSpaces(text, clause);
    if (text.startsWith("上年同期", from) || text.startsWith("去年同期", from)) {
      return true;
    }
    if (!opensWithLastYear(tk, from)) {
      return false;
    }
    // 实绩：96.5%；上年：94.0%: last year's column, as a label, whatever the report calls its own year; and what it
    // was, said so (该指标年底测算，上年为0.552)
    int label = skipSpaces(text, from + tk.lengthStartingAt(from, LAST_YEAR));
    // or one the narrative tells from this year, by name or by a part of it (上半年3.1‰，去年全年4.2‰)
    // or its figure written right after it, as a sheet's cells are run together (全年完成8，上年6); not 同比+33.3%
    return label < text.length() && (text.charAt(label) == '：' || text.charAt(label) == ':' || text.charAt(label) == '为')
        || label == m.prefixStart && !text.startsWith("同比", from)
        || tk.firstWithin(0, text.length(), THIS_YEAR | Vocabulary.FIRST_HALF | Vocabulary.FIRST_QUARTER) >= 0
        || namesAPartOfThisYear(tk);
  }

  private static final int CLAUSE_REACH = 60;

  /** Whether the narrative counts months of this year from January (1-9月, 前三季度), as only a report of the year does. */
  private static boolean namesAPartOfThisYear(Tokens tk) {
    if (Evidence.PARTS_OF_THE_YEAR.within(tk.normalized)) {
      return true;
    }
    for (Mention d : tk.mentions) {
      int months = d.type == Mention.Type.DATE ? Deadlines.monthsFromJanuary(tk.normalized, d) : 0;
      if (months > 0 && months < 12) {
        return true;
      }
    }
    return false;
  }

  /** Words that open a clause giving the source of what follows: 据省统计局反馈, 根据…统计. */
  private static final WordSet SOURCES = WordSet.of("据", "根据", "经");

  /**
   * Whether the date at {@code date} opens its sentence, perhaps after the clause of its source, and no other time is
   * named between it and {@code m} (据省统计局反馈，2023年全市研发经费投入86.4亿元，增长13.1%，投入强度2.29%；2024年数据待发布):
   * every figure of that sentence is of the date's year.
   */
  private static boolean scopesItsSentence(Tokens tk, int date, Mention m) {
    String text = tk.normalized;
    int sentence = Reading.sentenceStart(text, m.prefixStart);
    if (date < sentence) {
      return false;
    }
    int open = skipSpaces(text, sentence);
    if (open < date) {
      int lead = Reading.clauseEnd(text, open);
      if (SOURCES.startingAt(text, open) == 0 || lead >= date || text.charAt(lead) != '，' && text.charAt(lead) != ','
          || skipSpaces(text, lead + 1) != date) {
        return false;
      }
    }
    int dateEnd = date;
    for (Mention d : tk.mentions) {
      if (d.start == date) {
        dateEnd = d.end;
      } else if (d.type == Mention.Type.DATE && d.start > date && d.start < m.prefixStart) {
        return false; // 2023年完成…，今年1-9月完成: another time
      }
    }
    if (dateEnd < text.length() && text.charAt(dateEnd) == '度') {
      return false; // 2024年度卫片执法检查下发图斑437个: that year's round of work, done in the report's
    }
    return !tk.within(dateEnd, m.prefixStart, THIS_YEAR | SINCE | Vocabulary.FIRST_HALF | Vocabulary.FIRST_QUARTER
        | Vocabulary.SECOND_HALF | Vocabulary.ONE_PERIOD);
  }

  /**
   * Whether the date at {@code date} names the year a percentage {@code m} is a share of: 恢复到2019年同期的74.1%
   * is this year's figure, as a share of 2019's.
   */
  private static boolean aShareOfThatYears(Tokens tk, int date, Mention m) {
    if (m.unitClass != UnitClass.PERCENT) {
      return false;
    }
    String text = tk.normalized;
    for (Mention d : tk.mentions) {
      if (d.start == date) {
        int after = skipSpaces(text, d.end);
        for (String said : SHARED_PERIODS) {
          if (text.startsWith(said, after)) {
            after = skipSpaces(text, after + said.length());
          }
        }
        return after < text.length() && text.charAt(after) == '的' && after < m.prefixStart;
      }
    }
    return false;
  }

  /** What may stand between a year and the 的 of its share: 2019年同期的, 2019年水平的, 2019年末的. */
  private static final String[] SHARED_PERIODS = {"同期", "水平", "末", "底"};

  /**
   * Whether the earlier year at {@code date} names whose money the clause pays out, right after its verb (已拨付2023年度
   * 集采结余留用资金1318.5万元, 兑现2022年奖补资金): a year's account settled in the report's year, not that year's figure.
   */
  private static boolean paysAnEarlierYearsMoney(Tokens tk, int date, Mention m) {
    return isMoney(m) && PAYING.endingAt(tk.normalized, skipSpacesBack(tk.normalized, date)) > 0;
  }

  static final WordSet PAYING = WordSet.of("拨付", "发放", "兑现", "兑付", "支付", "清算", "结算", "下达");

  /**
   * Whether the date at {@code date} is the old level's, of a change to the figure {@code m} gives:
   * 由2022年的66.2%提高到69.4% dates the 66.2%, and the 69.4% is this year's.
   */
  private static boolean datesTheOldLevel(Tokens tk, int date, Mention m) {
    return tk.lengthEndingAt(skipSpacesBack(tk.normalized, date), OLD_MARK) > 0
        && tk.within(date, m.prefixStart, CHANGE_TO);
  }

  /**
   * Whether mention {@code i}, a round number in words with no digit of its own (十万人, 万人, 百万人), is
   * the base of a rate named after it in its clause (十万人生产安全事故死亡率, 十万人口发病率): how many the
   * rate counts per, not a figure.
   */
  private static boolean namesARatesBase(String text, List<Mention> mentions, int i) {
    Mention m = mentions.get(i);
    for (int k = m.start; k < m.numberEnd; k++) {
      if ("十百千万".indexOf(text.charAt(k)) < 0) {
        return false;
      }
    }
    int end = Reading.clauseEnd(text, m.end);
    if (i + 1 < mentions.size()) {
      end = Math.min(end, mentions.get(i + 1).prefixStart);
    }
    return m.end < end && Lexicon.isHan(text.charAt(m.end)) && text.lastIndexOf('率', end - 1) >= m.end;
  }

  private static boolean isClauseBreak(char c) {
    return Lexicon.isClauseEnd(c) && c != '：' && c != ':';
  }

  // ---------------------------------------------------------------------------------- readings

  /**
   * The quantities of the text with the words around them; old values are left out, as are, when
   * {@code targets}, quantities that qualify the object of another in their clause.
   */
  static List<Reading> read(Tokens tk, boolean targets, List<String> actors) {
    String text = tk.normalized;
    List<Mention> mentions = tk.mentions;
    boolean[] old = oldValues(tk);
    boolean deductions = text.indexOf('扣') >= 0; // 每低1个百分点扣1分: looked for around a figure only when there
    List<Mention> quantities = new ArrayList<>();
    int[] indexes = new int[mentions.size()];
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (old[i] || !(m.isQuantity() || isBareValue(tk, m, targets))) {
        continue;
      }
      if (m.chinese && m.unitSymbol.equals("期") && m.numberEnd - m.start == 1 && text.charAt(m.start) != '十'
          && text.charAt(m.start) != '两') {
        // 二期, 三期: a phase of a project; sessions are counted in digits (培训班30期), more words (十二期), or with 两,
        // which counts and never orders (举办业务培训两期, where the second phase is 二期)
        continue;
      }
      if (Deadlines.monthsFromJanuary(text, m) > 0) {
        continue; // 前10个月: the period the figures count, not one of them
      }
      if (targets && namesAServiceByItsTime(tk, m)) {
        continue; // 打造15分钟健身圈, 24小时自助服务区覆盖率: the time names the thing, it sets no duration
      }
      if (m.chinese && namesARatesBase(text, mentions, i) || namesARatesUnit(text, m)) {
        continue; // 十万人生产安全事故死亡率, 孕产妇死亡率（1/10万）: per how many the rate counts, in its name or header
      }
      if (scoresTheWork(text, m, targets, deductions)) {
        continue; // 网上可办率（4分）, 每低1个百分点扣1分: a scoring list's weight and rule, not the work it scores
      }
      if (!m.isQuantity()) {
        m.end = Math.max(m.end, m.numberEnd); // 1000万以上: the scale is the number's
      }
      int qualified = qualifiedQuantity(text, mentions, i);
      if (qualified >= 0 && (targets || countsQualified(tk, m, mentions.get(qualified)))) {
        continue;
      }
      if (targets && placesEachGiven(text, m)) {
        continue; // 全县168个行政村每村每月放映1场: the places a rate is set for, no count to reach
      }
      if (targets && criterionInAnAside(text, mentions, i)) {
        continue; // 金牌项目1个（年业务量超1000万件）: what makes the thing counted one, not a figure to reach
      }
      if (targets && sizesARatesSubject(tk, mentions, i)) {
        continue; // 全县14个乡镇统计站规范化建设达标率达到85%: how many things the rate is of, no count to reach
      }
      if (targets && anAwardForEach(text, m)) {
        continue; // 对新认定的…企业分别给予50万元、20万元一次性奖励: a policy's award per thing, not a sum to reach
      }
      if (targets && sizesCountedThing(tk, i)) {
        continue; // 新建日处理能力2万吨污水处理厂一座: the plant is the target, its capacity names it
      }
      if (targets && qualified < 0 && qualifiesAllOf(text, m)) {
        continue; // 收入10万元以上的村实现全覆盖: which things are to be covered, no figure to reach
      }
      if (qualified < 0 && qualifiesWhatIsDoneAwayWith(text, m)) {
        continue; // 消除56人以上大班额, 无56人以上大班额: which things are to be gone, no figure to reach or reached
      }
      indexes[quantities.size()] = i;
      quantities.add(m);
    }
    Phrase[] phrases = Phrase.analyse(text, quantities);
    List<Reading> out = new ArrayList<>(phrases.length);
    Reading previous = null;
    for (int q = 0; q < phrases.length; q++) {
      Phrase p = phrases[q];
      Reading r = new Reading(p.mention, p);
      if (indexes[q] > 0 && old[indexes[q] - 1]) {
        changedFrom(tk, mentions.get(indexes[q] - 1), r);
      }
      r.bare = !p.mention.isQuantity();
      if (r.bare) {
        r.unitNamed = unitNamedBefore(text, p.mention);
      }
      labelBeforeColon(tk, p);
      if (r.bare && r.unitNamed != null) {
        fieldBeforeItsUnit(tk, p);
      }
      int preFrom = p.preFrom;
      int preTo = p.preTo;
      // A target in an aside whose own words only mark it as the target (预期目标, 控制在): the
      // subject and the kind are the words before the parenthesis.
      int open = openingParenthesis(text, p.preFrom);
      if (open < 0 && targets) {
        open = parenthesisBeforeItsLabel(tk, p.preFrom); // （年度目标：控制在4.5%以内）
      }
      String asideWork = "";
      if (open >= 0) {
        r.aside = true;
        String work = targets ? text.substring(p.preFrom, p.preTo).strip() : "";
        for (String since : SINCE_THE_YEARS_START) {
          work = work.startsWith(since) ? work.substring(since.length()) : work; // （年度目标：比年初新增40亿元）
        }
        boolean workOnly = !work.isEmpty() && Metrics.onlyLeadingVerbs(work); // 涉农贷款（年度目标：新增40亿元）
        if (targets && (workOnly || onlyTargetWords(tk, p.preFrom, p.preTo))) {
          int outer = Reading.clauseStart(text, open);
          outer = Math.max(outer, previous == null ? 0 : previous.phrase.afterEnd);
          if (outer < open && !blank(text, outer, open)) {
            preFrom = outer;
            preTo = open;
            r.asideTarget = true;
            asideWork = workOnly ? work : "";
          }
        }
      }
      // 城镇登记失业率（%）3.57, 增速(%)8.3: a rate, whose kind its words say as for 3.57%
      UnitClass unitClass = PERCENT_SYMBOL.equals(r.unitNamed) || PER_MILLE.equals(r.unitNamed) ? UnitClass.PERCENT
          : POINTS_SYMBOL.equals(r.unitNamed) ? UnitClass.POINTS
          : r.unitNamed != null && r.unitNamed.indexOf('/') >= 0 ? UnitClass.COMPOUND
          // 医保基金支出（亿元）：控制在17.9以内: a bound on money or a measure, as 控制在17.9亿元以内 is
          : r.unitNamed != null && p.mention.unitClass == UnitClass.NONE && namesAMeasure(r.unitNamed)
              ? UnitClass.MEASURE
          : p.mention.unitClass;
      r.kind = kind(tk, preFrom, preTo, unitClass);
      if (targets && r.kind == Kind.LEVEL && unitClass == UnitClass.PERCENT) {
        r.kind = changeTheHeaderNames(tk, preFrom, r.kind); // 价格涨幅（%）：控制在3%以内: a ceiling on the rise
      }
      if (r.asideTarget && r.kind == Kind.GROWTH && raisesARateToTheAside(tk, preFrom, preTo, unitClass)) {
        r.kind = Kind.LEVEL;
      }
      if (r.bare && r.unitNamed != null && !r.kind.isChange() && unitFieldBefore(text, p.mention) >= 0) {
        Kind own = kind(tk, fieldStart(text, p.mention.start), p.mention.prefixStart, unitClass);
        r.kind = own.isChange() ? own : r.kind; // 全社会固定资产投资｜%｜增长10: the verb in the value's own field
      }
      if (r.kind == Kind.LEVEL && unitClass == UnitClass.NONE && !p.mention.scale.isEmpty()
          && !NAMES_OF_LEVELS.within(text, preFrom, preTo) && !endsWithARatio(text, preFrom, preTo)) {
        r.kind = Kind.COUNT; // 注册用户达到432万: a figure in 万 with no unit is a count whose word is left out, not an index
      }
      if (r.kind == Kind.COUNT && r.unitNamed != null && namesAMeasure(r.unitNamed)) {
        r.kind = Kind.AMOUNT; // 完成投资（亿元）12, 进出口总额（亿美元）：125
      } else if (r.kind == Kind.LEVEL && unitClass == UnitClass.NONE && r.unitNamed != null
          && !namesAMeasure(r.unitNamed)) {
        r.kind = Kind.COUNT; // 标识注册量(亿个)：年度目标累计达到10: things counted, as 累计达到10亿个 are
      }
      if (r.asideTarget && r.kind == Kind.LEVEL) {
        r.kind = kind(tk, p.preFrom, p.preTo, p.mention.unitClass);
      }
      if (p.mention.toOne && unitClass == UnitClass.NONE) {
        r.kind = Kind.LEVEL; // 小学19:1以内: a ratio is a level, whatever its words
      }
      if (r.kind == Kind.LEVEL && p.mention.unitClass == UnitClass.PERCENT
          && !tk.within(preFrom, preTo, LEVEL_VERB)) {
        r.kind = kindAfter(tk, p.afterEnd); // 保持7%左右的增长, 5%的负增长
      }
      if (r.kind == Kind.LEVEL && unitClass == UnitClass.PERCENT && signed(text, p.mention)
          && !tk.within(preFrom, preTo, LEVEL_VERB)) {
        r.kind = Kind.GROWTH; // 单位GDP能耗：-2.8%, 增速（%）：+18.4: a share is never signed, a change is
      }
      if (p.mention.change != null) {
        r.kind = p.mention.change; // 是上年的2倍, 增产一成, 减半: a change though 是, 增产 and 减 are no verbs of one
      }
      if (previous != null && previous.mention.unitClass == p.mention.unitClass && isConjunctionOnly(text, p)
          && previous.phrase.postEnd <= p.preStart && !hasClauseEnd(text, previous.mention.end, p.preStart)) {
        r.kind = previous.kind; // 分别下降39.1%和25%: the second is a decline too
        r.inList = true;
      }
      int oldStart = oldValueStart(text, preFrom, preTo);
      int subjectEnd = oldStart >= 0 ? oldStart : preTo;
      // A subject is a few words; what lies further from the number is not its name.
      String subject = text.substring(Math.max(preFrom, subjectEnd - MAX_BEFORE), subjectEnd);
      r.before = Metrics.cleanBefore(subject, actors) + asideWork; // the aside's work on the thing outside: 涉农贷款新增
      if (r.asideTarget && oldStart < 0) {
        String limited = thingUnderALimit(tk, preFrom, preTo);
        r.before = limited != null ? Metrics.cleanBefore(limited, actors) : r.before;
      }
      if (p.mention.rank) {
        r.before = Metrics.withoutRanking(r.before); // 外贸进出口总额保持全省前: the thing ranked
      }
      int of = q + 1 < phrases.length ? ownerBeforeItsThings(text, p, phrases[q + 1].mention) : -1;
      // 28个部门的业务系统61个: the count of the owners before 的, whose things the next count counts
      int afterTo = of >= 0 ? of : Math.min(p.postTo, p.postFrom + MAX_AFTER);
      r.after = r.asideTarget ? "" : Metrics.cleanAfter(text.substring(p.postFrom, afterTo));
      if (namesTheCountedOneByOne(r.before, r.after)) {
        r.before = ""; // 东湖村、西岭村…上湾村6个村已完工: the names are the six villages, the count is of 村
      }
      if (isMoney(p.mention) && (p.mention.unitClass == UnitClass.COMPOUND || tk.within(preFrom, preTo, PER))
          || r.unitNamed != null && unitClass == UnitClass.COMPOUND && isMoney(r.unitNamed)) {
        r.perCapita = true; // 每人每月609元, 609元/人月: a level of money
        r.kind = Kind.LEVEL;
        r.before = Metrics.withoutPer(r.before);
      }
      if ((r.kind == Kind.AMOUNT || r.kind == Kind.LEVEL) && raisedBy(tk, p.mention)) {
        r.kind = Kind.GROWTH; // 每人每月提高20元: by how much a sum of money is raised, not the sum
      }
      String unlabelled = Metrics.withoutLabels(r.before, targets);
      r.labelled = unlabelled.length() < r.before.length();
      r.before = unlabelled;
      // 处理率（%）：年度目标保持100, 星级旅游饭店（家）：保持20家以上, 公路客运量（万人次）：下降幅度控制在10%以内: a level
      // kept, or the kind of a change alone, names no thing in a header's cell; the header does
      boolean kept = (LEVELS_KEPT.contains(r.before) || targets && KIND_NOUNS.contains(r.before))
          && (r.bare && r.unitNamed != null || targets && opensAHeadersCell(text, preFrom));
      if (kept) {
        r.before = "";
      }
      r.metric = r.before + r.after;
      if (targets && !kept && !r.before.isEmpty() && r.after.isEmpty() && opensAHeadersCell(text, preFrom)
          && onlyWorkAndGrades(r.before)) {
        // 乡村旅游重点村（个）：新增省级以上3个: the cell's work and grade of the header's thing
        r.metric = r.before + previousClauseSubject(text, preFrom, previous, actors);
      }
      int labelStart = targets && r.metric.isEmpty() && !r.labelled ? labelClauseBefore(tk, preFrom) : -1;
      if (labelStart >= 0) {
        // 地区生产总值，预期目标：增长7%: a label clause of its own, the subject the clause before it
        r.metric = previousClauseSubject(text, labelStart, previous, actors);
        r.labelled = !r.metric.isEmpty();
      } else if (targets && r.metric.isEmpty() && (r.labelled || kept || aBoundAfterAColon(tk, preFrom, preTo)
          || onlyTheYearAfterAColon(text, preFrom, preTo)
          || p.mention.rank && isColon(text.charAt(Math.max(0, skipSpacesBack(text, preFrom) - 1))))) {
        // 开展食品安全“九查九扫”，目标任务11098: the subject is the clause before the label, as it is before a
        // bound alone (开工率（%）：≥60)
        int end = skipSpacesBack(text, preFrom);
        r.metric = previousClauseSubject(text, preFrom, previous, actors);
        if (!r.metric.isEmpty() && r.kind == Kind.LEVEL && !tk.within(preFrom, preTo, LEVEL_VERB)) {
          r.kind = kind(tk, Reading.clauseStart(text, end - 1), end - 1, unitClass); // 进出口总额增长，预期目标6%
        }
      } else if (targets && r.metric.isEmpty() && r.kind.isChange() && previous == null
          && onlyTheChangeAfterAComma(tk, preFrom, preTo)) {
        r.metric = previousClauseSubject(text, preFrom, null, actors); // 各项贷款余额，增长12%以上: a sheet's two cells
      }
      if (p.mention.rank) {
        r.kind = Kind.LEVEL; // 第4位: a place, no count of people
        r.metric = Metrics.withoutRanking(r.metric); // 外贸进出口总额全省排名：保持前5位, the label's subject
      }
      r.sentenceStart = Math.max(p.mention.sentenceStart, p.mention.prefixStart - Reading.REACH);
      r.textStart = trimStart(text, r.asideTarget ? preFrom : p.preStart, p.mention.prefixStart);
      r.textEnd = trimEnd(text, r.textStart, Math.max(p.afterEnd, p.postEnd));
      r.approximate = p.mention.approximate;
      r.approximation = p.mention.approximation;
      if (!targets && previous != null && r.aside && p.mention.unitClass == UnitClass.PERCENT
          && previous.quantity() != null && previous.kind.isCumulative() && !previous.aside
          && directlyAfter(text, previous, open) && Lexicon.arabicDigit(text.charAt(p.mention.start)) >= 0) {
        // 已完成1个（50%）: the share of the target that count is; a signed one (271（+3.0%）) is its change
        r.rateOf = previous;
      }
      out.add(r);
      previous = r;
    }
    return out;
  }

  private static final String PERCENT_SYMBOL = "%";
  private static final String PER_MILLE = "‰";
  private static final String POINTS_SYMBOL = Unit.PERCENTAGE_POINT.symbol();

  /** How far back from its closing bracket a header's unit may open: （元/人·月）. */
  private static final int HEADER_UNIT_REACH = 10;

  /**
   * The unit a table's item names in parentheses right before its bare value, a colon between or
   * not: 新增就业（人）8950 gives 人, 城镇登记失业率（%）3.57 and 增速（%）：5.8 give %, and so does a
   * label ending in % before a colon (比上年±%：-2.1); money per a person or a period (低保标准（元/人·月）：980)
   * gives 元/人·月; a unit in a field of its own between bars (接待国内游客 | 万人次 | 4800) counts too, and an item of
   * a list of labelled values (示范社（家）：国家级1、省级3) takes the list's.
   */
  private static String unitNamedBefore(String text, Mention m) {
    int listStart = labelledListStart(text, m.start);
    // the list's header names every item's unit; an old value before the verb is the cell's too (由158提高至173)
    int k = listStart >= 0 ? listStart : beforeTheOldValue(text, beforeTheBound(text, m));
    if (listStart < 0) {
      // （个）：累计达到30, （家）　目标：新增20, （元/人）：脱贫劳动力一次性交通补助不低于500: the cell's own words after its colon
      k = afterTheCellsWords(text, k);
    }
    // the cell's own label between the header and the value, perhaps after a separator and before
    // a colon: 粮食总产量（万吨）：目标值4150, 网上可办率(%): 目标值98, 地表水水质达标率(%)，目标90,
    // 占GDP比重（%），目标：32, 粮食播种面积（万亩）　目标：95.2
    int afterLabel = beforeItsColon(text, k);
    // 年度目标累计达到10: the value's own words after the label
    afterLabel -= WORDS_OF_A_CELLS_VALUE.endingAt(text, afterLabel);
    int label = CELL_LABELS.endingAt(text, afterLabel);
    if (label == 0 && (label = LABELS_AFTER_A_HEADER.endingAt(text, afterLabel)) > 0
        && !closesAParenthesis(text, skipSpacesBack(text, afterLabel - label))) {
      label = 0; // 高标准农田(万亩)任务0.42, 农村户厕改造(户)完成186: the header's unit, then the cell's label
    }
    if (label > 0) {
      int h = skipSpacesBack(text, yearBefore(text, afterLabel - label)); // 2023年目标860, 2024年度目标
      if (h > 0 && isColon(text.charAt(h - 1))) {
        k = h;
      } else if (h > 0 && (text.charAt(h - 1) == '，' || text.charAt(h - 1) == ',')
          && closesAParenthesis(text, skipSpacesBack(text, h - 1))) {
        k = skipSpacesBack(text, h - 1);
      } else if (closesAParenthesis(text, h)) {
        k = h; // the header's group right before the label, or a space between them
      }
    }
    if (k > 0 && Lexicon.isFieldBar(text.charAt(k - 1)) && closesAParenthesis(text, skipSpacesBack(text, k - 1))) {
      k = skipSpacesBack(text, k - 1); // 城镇新增就业（人）  36000: the header's field, then the value's
    }
    if (k > 0 && endsAHeader(text, k - 1)) {
      k = skipSpacesBack(text, k - 1); // 增速（%）：5.8, a table's header and cell flattened with a colon
      if (k > 0 && (text.charAt(k - 1) == '%' || text.charAt(k - 1) == '％')) {
        return PERCENT_SYMBOL; // 比上年±%：-2.1, 增速%：5.8
      }
    }
    int unitField = unitFieldBefore(text, m);
    if (unitField >= 0) {
      return unitNamed(text.substring(unitField, fieldEnd(text, unitField)).strip());
    }
    if (k < 3 || text.charAt(k - 1) != '）' && text.charAt(k - 1) != ')') {
      return null;
    }
    int open = headerGroupOpen(text, k);
    if (open < 0 || open + 1 >= k - 1) {
      return null;
    }
    return unitNamed(text.substring(open + 1, k - 1).strip());
  }

  /**
   * Whether a header's unit is one of measure or money rather than a classifier: the lexicon's word
   * decides, for currencies (美元, 港元) are no unit of the model's own.
   */
  private static boolean namesAMeasure(String unit) {
    if (Unit.parse(unit).dimension() != Unit.Dimension.COUNT) {
      return true;
    }
    String word = unit.startsWith("万亿") ? unit.substring(2)
        : unit.startsWith("万") || unit.startsWith("亿") ? unit.substring(1) : unit;
    Lexicon.UnitWord found = Lexicon.unitAt(word, 0);
    return found != null && found.text.length() == word.length() && found.unitClass == UnitClass.MEASURE;
  }

  /**
   * Where the year of a label starting at {@code end} starts: its four digits before {@code end}, and 年 or 年度
   * too when the label does not hold them (2023年目标, 2024年度目标 read as 2024 and 年度目标); {@code end} if none.
   */
  private static int yearBefore(String text, int end) {
    int k = end;
    if (k < text.length() && text.charAt(k) != '年') {
      if (k > 0 && text.charAt(k - 1) == '度') {
        k--;
      }
      if (k == 0 || text.charAt(k - 1) != '年') {
        return end;
      }
      k--;
    }
    if (k < 4 || k > 4 && Lexicon.isAsciiDigit(text.charAt(k - 5))) {
      return end;
    }
    for (int d = k - 4; d < k; d++) {
      if (!Lexicon.isAsciiDigit(text.charAt(d))) {
        return end;
      }
    }
    return k - 4;
  }

  /** The unit a table's header names ({@code 万亩}, {@code %}, {@code 元/人·月}), or null if it names none. */
  static String unitNamed(String inner) {
    int basis = CHANGE_BASIS.startingAt(inner, 0);
    if (basis > 0 && inner.length() > basis) {
      inner = inner.substring(inner.charAt(basis) == '±' ? basis + 1 : basis); // （同比%）, （比上年±%）: a change's percent
      if (inner.isEmpty()) {
        return null; // （同比±）: no unit
      }
    }
    if (PER_100K.contains(inner)) {
      return "/10万"; // 孕产妇死亡率（1/10万）：控制在12以下: a rate per 100 000, as the scanner reads 12/10万
    }
    if (inner.indexOf('/') > 0 || inner.indexOf('／') > 0) {
      // 低保标准（元/人·月）：≥980, 污水处理能力(万吨/日), 粮食单产（公斤/亩）: one thing per another, as the scanner
      // reads it after a number; the row's bare figure takes it too (see TaskExtractor.inNamedScaledUnit)
      List<Mention> unit = NumberScanner.scan("1" + inner);
      Mention u = unit.size() == 1 ? unit.get(0) : null;
      return u != null && u.unitClass == UnitClass.COMPOUND && u.end == inner.length() + 1
          ? u.scale + u.unitSymbol : null;
    }
    if (inner.equals(NumberScanner.MULTIPLES_UNIT.text)) {
      return NumberScanner.MULTIPLES_UNIT.symbol; // 担保放大倍数（倍）：目标3, as 放大倍数达到3倍 counts it
    }
    if (inner.length() > (isLatin(inner) ? MAX_LATIN_UNIT : 4)) {
      return null; // but 算力总规模(EFLOPS): a unit in Latin letters is longer
    }
    String scale = inner.startsWith("万亿") ? "万亿" : inner.startsWith("万") || inner.startsWith("亿") ? inner.substring(0, 1) : "";
    inner = inner.substring(scale.length()); // 完成投资（亿元）12: the scale stays the unit's
    Lexicon.UnitWord word = Lexicon.unitAt(inner, 0);
    if (word == null || word.text.length() != inner.length()
        || word.unitClass != UnitClass.COUNT && word.unitClass != UnitClass.MEASURE
        && word.unitClass != UnitClass.DURATION
        && (word.unitClass != UnitClass.PERCENT && word.unitClass != UnitClass.POINTS || !scale.isEmpty())) {
      return null; // but %, ‰ (婴儿死亡率（‰）：控制在5以内) and points (融资成本（个百分点）：目标下降0.5)
    }
    return scale + word.symbol;
  }

  /** A rate per 100 000 as a header writes its unit: （1/10万）, （/10万）. */
  private static final java.util.Set<String> PER_100K = java.util.Set.of("1/10万", "1/十万", "/10万", "1／10万", "／10万");

  /** The longest unit in Latin letters a header may name: EFLOPS. */
  private static final int MAX_LATIN_UNIT = 6;

  private static boolean isLatin(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Lexicon.isAsciiLetter(text.charAt(i))) {
        return false;
      }
    }
    return !text.isEmpty();
  }

  /**
   * Where the words before a number end once a bound before it is left out (开工率（%）：≥60, 波动幅度（%）：控制在5以内,
   * whose 超过 the scanner may have taken into the number's prefix: 不超过2).
   */
  private static int beforeTheBound(String text, Mention m) {
    int k = skipSpacesBack(text, m.prefixStart);
    int boundEnd = skipSpacesBack(text, m.start);
    int bound = BOUNDS_BEFORE.endingAt(text, boundEnd);
    return bound > 0 && boundEnd - bound <= k ? skipSpacesBack(text, boundEnd - bound) : k;
  }

  /** Where an old value written bare before the verb ending at {@code end} starts (由158提高至173), or {@code end}. */
  private static int beforeTheOldValue(String text, int end) {
    int k = end;
    while (k > 0 && (Lexicon.isAsciiDigit(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
      k--;
    }
    return k < end && k > 0 && (text.charAt(k - 1) == '由' || text.charAt(k - 1) == '从') ? k - 1 : end;
  }

  /** The most characters of words a cell may put between its header's colon and its bound or value. */
  private static final int CELL_WORDS_REACH = 16;

  /**
   * Where a cell's own words before {@code k} start, just after its header's colon, when they are words only, no
   * figure, mark or verb of change (（元/人）：脱贫劳动力一次性交通补助不低于500): the header's unit is the value's; else
   * {@code k}.
   */
  private static int afterTheCellsWords(String text, int k) {
    int j = k;
    while (j > 0 && k - j <= CELL_WORDS_REACH) {
      if (Lexicon.isHan(text.charAt(j - 1))) {
        j--;
        continue;
      }
      int open = closesAParenthesis(text, j) ? asideOfWordsClosingAt(text, j - 1) : -1;
      if (open <= 0 || !Lexicon.isHan(text.charAt(open - 1))) {
        break;
      }
      j = open; // 以乡（镇、街道）为单位保持在90以上: an aside of words inside the cell's words
    }
    int colon = skipSpacesBack(text, j); // 省名牌产品(家): 新增10
    if (j == k || colon == 0 || !endsAHeader(text, colon - 1) || k - j > CELL_WORDS_REACH) {
      return k; // the header, or the cell's label, before the colon is looked for by the caller
    }
    for (int c = j; c < k; c++) {
      if (CHANGE_WORDS.startingAt(text, c) > 0) {
        // （亿元）：同比增长8: a change, whose unit the words do not say; but one of points is counted in points
        // (融资成本（个百分点）：目标下降0.5), and one of percent in percent (投诉量（同比%）：年度目标下降10)
        return headerNamesPoints(text, colon - 1) || headerNamesPercent(text, colon - 1) ? colon : k;
      }
    }
    return colon;
  }

  /**
   * Where the aside closing at {@code close} opens, when it holds only words and 、 (（镇、街道）, （恢复）), else -1; a unit
   * in brackets is a header's ((万亩), （户）), no aside of the cell's words.
   */
  private static int asideOfWordsClosingAt(String text, int close) {
    for (int k = close - 1; k >= 0 && close - k <= CELL_WORDS_REACH; k--) {
      char c = text.charAt(k);
      if (c == '（' || c == '(') {
        int word = k + 1 < close && "万亿千百".indexOf(text.charAt(k + 1)) >= 0 ? k + 2 : k + 1;
        Lexicon.UnitWord unit = Lexicon.unitAt(text, word);
        boolean aUnit = word == close || unit != null && word + unit.text.length() == close;
        return k < close - 1 && !aUnit ? k : -1;
      }
      if (!Lexicon.isHan(c) && c != '、') {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the header closing right before the colon at {@code colon} ends its parentheses with %: （%）, （同比%）. */
  private static boolean headerNamesPercent(String text, int colon) {
    int close = skipSpacesBack(text, colon);
    return close >= 3 && closesAParenthesis(text, close)
        && (text.charAt(close - 2) == '%' || text.charAt(close - 2) == '％');
  }

  /** Whether the header closing right before the colon at {@code colon} names 个百分点 in its parentheses. */
  private static boolean headerNamesPoints(String text, int colon) {
    int close = skipSpacesBack(text, colon);
    int open = close - 2 - POINTS_SYMBOL.length();
    return open >= 0 && closesAParenthesis(text, close) && text.startsWith(POINTS_SYMBOL, open + 1)
        && (text.charAt(open) == '（' || text.charAt(open) == '(');
  }

  /** Verbs and nouns of a change, after which a bare figure's unit is no header's: 增长, 下降, 增速. */
  private static final WordSet CHANGE_WORDS = WordSet.of(Vocabulary.wordsWith(Vocabulary.GROWTH_VERB
      | Vocabulary.DECLINE_VERB | Vocabulary.GROWTH_NOUN | Vocabulary.DECLINE_NOUN));

  /**
   * Whether {@code words} are a verb of work and grades only (新增省级以上, 创建国家级): no thing named. Not grades alone
   * (省级1、市级1、县级1), which label a list of values, each its own.
   */
  private static boolean onlyWorkAndGrades(String words) {
    String rest = Metrics.withoutGrades(words);
    return rest.length() < words.length() && Metrics.onlyWork(rest);
  }

  /** The kinds of a change said as nouns (增幅, 下降幅度), which name no thing of their own. */
  private static final WordSet KIND_NOUNS =
      WordSet.of(Vocabulary.wordsWith(Vocabulary.GROWTH_NOUN | Vocabulary.DECLINE_NOUN));

  /**
   * Whether {@code from} opens the cell after a header's colon (公路客运量（万人次）：下降幅度…): the header, a thing with its
   * unit in parentheses, names what the cell's value is of.
   */
  private static boolean opensAHeadersCell(String text, int from) {
    int k = skipSpacesBack(text, from);
    if (k < 2 || !isColon(text.charAt(k - 1))) {
      return false;
    }
    int header = skipSpacesBack(text, k - 1);
    return header > 0 && closesAParenthesis(text, header);
  }

  /**
   * The change a header names by its last word (主要生活必需品价格涨幅（%）：控制在3%以内, 能耗降幅（%）：目标3), when
   * {@code from} opens its cell, perhaps after the cell's label; else {@code otherwise}.
   */
  private static Kind changeTheHeaderNames(Tokens tk, int from, Kind otherwise) {
    String text = tk.normalized;
    int k = skipSpacesBack(text, from);
    int label = beforeItsColon(text, k); // 目标：控制在3以内
    int beforeTheLabel = skipSpacesBack(text, label - CELL_LABELS.endingAt(text, label));
    if (beforeTheLabel < label && beforeTheLabel > 0 && isColon(text.charAt(beforeTheLabel - 1))) {
      k = beforeTheLabel;
    }
    if (k < 2 || !isColon(text.charAt(k - 1))) {
      return otherwise;
    }
    int header = skipSpacesBack(text, k - 1);
    if (header < 3 || !closesAParenthesis(text, header)) {
      return otherwise;
    }
    int open = headerGroupOpen(text, header);
    if (open < 0) {
      return otherwise;
    }
    int name = skipSpacesBack(text, open);
    return tk.lengthEndingAt(name, DECLINE_NOUN) > 0 ? Kind.DECLINE
        : tk.lengthEndingAt(name, GROWTH_NOUN) > 0 ? Kind.GROWTH : otherwise;
  }

  /**
   * Where the parenthesis that closes right before {@code end} opens, no further back than a header's unit may run
   * (粮食总产量（万吨）, 价格涨幅（%）), or -1.
   */
  private static int headerGroupOpen(String text, int end) {
    for (int j = end - 2; j >= 0 && j >= end - HEADER_UNIT_REACH; j--) {
      if (text.charAt(j) == '（' || text.charAt(j) == '(') {
        return j;
      }
    }
    return -1;
  }

  /** A level kept, which a cell may say without prose's 在 (保持在100%): 年度目标保持100. */
  private static final String[] KEPT = {"保持", "维持"};
  private static final WordSet LEVELS_KEPT = WordSet.of(KEPT);

  /** The words of a bound or a level that a table's cell may put before its bare value: ≥60, 控制在5, 保持100. */
  private static final WordSet BOUNDS_BEFORE = WordSet.of(Stream.concat(Stream.of(Vocabulary.wordsWith(
      Vocabulary.AT_LEAST_BEFORE | Vocabulary.AT_MOST_BEFORE | Vocabulary.LEVEL_VERB)), Stream.of(KEPT))
      .toArray(String[]::new));

  /** Words a cell may put between its label and its value's bound or verb: 年度目标累计达到10, 目标力争达到95. */
  private static final WordSet WORDS_OF_A_CELLS_VALUE = WordSet.of("累计", "力争", "确保", "新增", "新建", "累计新增");

  /**
   * Labels of a cell's value that follow a header's parentheses straight, with no colon (高标准农田(万亩)任务0.42): the
   * task, and the labels of a value done (完成, 实际完成).
   */
  private static final WordSet LABELS_AFTER_A_HEADER = WordSet.of(Stream.concat(Stream.of("任务"),
      Stream.of(Vocabulary.wordsWith(Vocabulary.LABEL))).toArray(String[]::new));

  /** Labels of a table's cells flattened after its header and a colon (指标（单位）：目标值X). */
  private static final WordSet CELL_LABELS = WordSet.of(Stream.concat(Stream.of("目标值", "目标", "预期目标", "年度目标", "控制目标",
      "控制指标", "控制数", // a ceiling as a sheet labels it: 事故死亡人数（人）：年度控制指标9
      "计划值", "计划", "预期值",
      // the year's task or budget as a sheet labels its cell (新建高标准农田(万亩)：年度任务36, 一般公共预算收入（亿元）：年度预算165)
      "年度任务", "目标任务", "年度目标任务", "年度计划", "年度预算", "预算", "年度目标值", "全年目标值",
      // the year, before the value's own words (海外仓面积(万平方米)：年度新增5)
      "年度", "全年", "年内"),
      Stream.concat(Stream.of(Vocabulary.QUOTAS_HANDED_DOWN), Stream.of(Vocabulary.GOALS_SOUGHT)))
      .toArray(String[]::new));

  /** 接待国内游客 | 万人次 | 4800: the field before the unit's own field names what the figure counts. */
  private static void fieldBeforeItsUnit(Tokens tk, Phrase p) {
    String text = tk.normalized;
    int valueField = fieldStart(text, p.mention.start);
    int unitField = unitFieldBefore(text, p.mention);
    // the field of the name: before the unit's own, or the one before the value's if it names its unit in
    // parentheses (城镇新增就业（人）  36000)
    int nameEnd = unitField >= 0 ? barBefore(text, unitField) : barBefore(text, valueField);
    if (nameEnd < 0 || unitField < 0 && !closesAParenthesis(text, skipSpacesBack(text, nameEnd))
        || skipSpaces(text, p.preFrom) < valueField && !blank(text, p.preFrom, p.preTo)) {
      return; // words of its own before its field, but for a bound or a verb (国内旅游收入增速 | % | ≥15)
    }
    int from = nameEnd;
    while (from > 0 && nameEnd - from < MAX_BEFORE && !Lexicon.isSentenceEnd(text.charAt(from - 1))
        && !isColon(text.charAt(from - 1))) {
      from--; // 其中：工业投资｜%｜增长15以上: the name after the label
    }
    from = skipSpaces(text, from);
    int to = skipSpacesBack(text, nameEnd);
    if (from < to && p.preStart > nameEnd) { // not into another figure's words
      p.preFrom = from;
      p.preTo = to;
    }
  }

  /**
   * Where the field that names the unit of a row's value starts, the row's fields parted by bars (接待国内游客 |
   * 万人次 | 4800; 森林蓄积量‖万立方米‖约束性‖3420, an attribute between; 全社会固定资产投资｜%｜增长10, a verb before the
   * value), or -1: one of the two fields before the value's that names a unit alone.
   */
  private static int unitFieldBefore(String text, Mention m) {
    // asked of every bare value: a bar within a few characters before it, or no such row
    int k = m.start;
    while (k > 0 && m.start - k <= VERB_BEFORE_VALUE + SPACES_AFTER_A_BAR && !Lexicon.isSentenceEnd(text.charAt(k - 1))) {
      k--;
    }
    if (k == 0 || !Lexicon.isFieldBar(text.charAt(k - 1))) {
      return -1;
    }
    int valueField = skipSpaces(text, k);
    int end = k - 1;
    if (m.start - valueField > VERB_BEFORE_VALUE) {
      return -1;
    }
    for (int fields = 0; fields < 2 && end > 0; fields++) {
      int start = fieldStart(text, end);
      if (end - start > HEADER_UNIT_REACH + 2) {
        return -1;
      }
      if (start < end && unitNamed(text.substring(start, end).strip()) != null) {
        return start;
      }
      end = barBefore(text, start);
      if (end < 0) {
        return -1;
      }
    }
    return -1;
  }

  /** Where the bar before the field starting at {@code start} stands, spaces between; -1 if none does. */
  private static int barBefore(String text, int start) {
    int k = skipSpacesBack(text, start);
    return k > 0 && Lexicon.isFieldBar(text.charAt(k - 1)) ? k - 1 : -1;
  }

  /**
   * Where a list of values each after its short label (国家级1、省级3、市级8, 杂交水稻制种1.5、良种繁育基地0.8) starts, right
   * after the colon before its first label, for a number at {@code at} among its items; -1 if the number is no
   * item of one: only labels, numbers and 、 stand between that colon and the list's end.
   */
  private static int labelledListStart(String text, int at) {
    // asked of every bare value: first the one cheap sign of a list, a 、 right after the figure or before its label
    int next = at;
    while (next < text.length() && (Lexicon.arabicDigit(text.charAt(next)) >= 0 || text.charAt(next) == '.')) {
      next++;
    }
    int label = at;
    while (label > 0 && at - label <= MAX_LABEL && Lexicon.isHan(text.charAt(label - 1))) {
      label--;
    }
    if ((next >= text.length() || !isListComma(text.charAt(next)))
        && (label == 0 || !isListComma(text.charAt(label - 1)) && !opensAPart(text, label - 1))) {
      return -1;
    }
    int k = at;
    int items = 0;
    int part = -1; // where a part's aside opens: 完成5760（其中学前教育1620、义务教育4140）, a list of no colon
    while (k > 0 && at - k <= LABELLED_LIST_REACH) {
      char c = text.charAt(k - 1);
      if (isColon(c)) {
        break;
      }
      if (opensAPart(text, k - 1)) {
        part = part < 0 ? k : part;
        items++;
      } else if (isListComma(c)) {
        items++;
      } else if (!Lexicon.isHan(c) && Lexicon.arabicDigit(c) < 0 && c != '.' && !Lexicon.isSpace(c)) {
        return part;
      }
      k--;
    }
    if (k == 0 || !isColon(text.charAt(k - 1)) || !Lexicon.isHan(text.charAt(skipSpaces(text, k)))) {
      return part;
    }
    int end = at;
    while (end < text.length() && end - at <= LABELLED_LIST_REACH
        && (Lexicon.isHan(text.charAt(end)) || Lexicon.arabicDigit(text.charAt(end)) >= 0
        || text.charAt(end) == '.' || isListComma(text.charAt(end)))) {
      items += isListComma(text.charAt(end)) ? 1 : 0;
      end++;
    }
    return items > 0 ? k : -1;
  }

  /** Whether a part in parentheses opens at {@code at}: 年度目标12000（其中灵活就业人员2000）, a labelled value of the list. */
  private static boolean opensAPart(String text, int at) {
    return (text.charAt(at) == '（' || text.charAt(at) == '(') && text.startsWith(PART_OF, at + 1);
  }

  private static final String PART_OF = "其中";

  /** Whether the clause holding {@code at} opens with 其中: a part of the whole before it. */
  private static boolean opensAPartsClause(String text, int at) {
    return text.startsWith(PART_OF, skipSpaces(text, Reading.clauseStart(text, at)));
  }

  /** The marks parting a list of labelled values: 国家级1、省级3, and in a sheet's cell 城市100，农村80. */
  private static boolean isListComma(char c) {
    return c == '、' || c == '，' || c == ',';
  }

  /**
   * Where a revision's verb starts when it and then the work it counts, or the change it sets, end at {@code before}
   * (年度任务调整为新建2家, 年度目标由增长10%调整为增长3%), or -1.
   */
  private static int revisedToItsWork(Tokens tk, int before) {
    String text = tk.normalized;
    for (int len = 2; len <= Math.min(MAX_WORK_LABEL + LONGEST_BASIS, before); len++) {
      int verb = tk.lengthEndingAt(before - len, REVISION);
      // 由增长10%调整为增长3%, or 调整为同比增长5%: the change, perhaps after what it is counted against
      int basis = CHANGE_BASIS.startingAt(text, before - len);
      if (verb > 0 && Lexicon.isHan(text.charAt(before - len))
          && (len <= MAX_WORK_LABEL && Metrics.onlyWork(text.substring(before - len, before))
              || basis < len && tk.lengthStartingAt(before - len + basis, GROWTH_VERB | DECLINE_VERB) == len - basis)) {
        return before - len - verb;
      }
    }
    return -1;
  }

  /** What a change is counted against, before its verb: 同比增长5%, 比上年下降2%. */
  static final WordSet CHANGE_BASIS = WordSet.of("同比", "比上年", "较上年", "比去年", "较去年", "比上年同期",
      "较上年同期");
  /** The length of the longest word of {@link #CHANGE_BASIS}: 比上年同期. */
  private static final int LONGEST_BASIS = 5;

  /** What a revision labelled 调整后 is of: the task's own target. */
  private static final String TARGETS_OWN = "目标";

  /** Words that make a change one made alongside another's: 个人缴费标准同步调整为380元. */
  private static final WordSet ALONGSIDE = WordSet.of("同步", "相应", "随之");

  /**
   * Whether the revision's verb ending at {@code before} follows a word of a change made alongside another and a thing
   * of its own (补助标准提高到640元，个人缴费标准同步调整为380元): that thing's new level, no revision of the task's target.
   * Not the target itself so changed (年度目标相应调整为80亿元).
   */
  private static boolean changedAlongside(Tokens tk, Reading r, int before) {
    int verb = before - tk.lengthEndingAt(before, REVISION);
    int alongside = ALONGSIDE.endingAt(tk.normalized, verb);
    if (alongside == 0 || !r.metric.endsWith(tk.normalized.substring(verb - alongside, verb))) {
      return false;
    }
    String thing = r.metric.substring(0, r.metric.length() - alongside);
    return !thing.isEmpty() && !Evidence.genericRevision(thing) && !Evidence.onlyGenericThing(thing);
  }

  /** The longest name of the next thing a revision's list may give before its figure: 投资 of 186个项目、投资112亿元. */
  private static final int REVISED_ITEM_NAME = 4;

  /**
   * Whether the figure whose words end at {@code before} is the next item of a list that {@code previous}, a revised
   * target, opens: 目标调整为48亿元、增长5% (or ，增长5%), the growth revised too. Between them only the joiner and the
   * change, or after 、 a short name of the next thing (计划调整为186个项目、投资112亿元), no word of work done.
   */
  private static boolean revisionGoesOn(Tokens tk, Reading previous, int before) {
    if (previous == null || previous.role != Role.REVISED_TARGET) {
      return false;
    }
    String text = tk.normalized;
    int joiner = skipSpaces(text, previous.mention.end);
    // 调整为186个项目、: the thing the first figure counts, after its classifier
    int noun = joiner;
    while (joiner < before && joiner - noun < REVISED_ITEM_NAME && Lexicon.isHan(text.charAt(joiner))) {
      joiner++;
    }
    char c = joiner < before ? text.charAt(joiner) : ' ';
    if (c != '、' && c != '，' && c != ',') {
      return false;
    }
    int item = skipSpaces(text, joiner + 1);
    int end = skipSpacesBack(text, before);
    if (item >= end || tk.lengthStartingAt(item, GROWTH_VERB | DECLINE_VERB) == end - item) {
      return true;
    }
    if (c != '、' || end - item > REVISED_ITEM_NAME || tk.within(item, end, GOAL_VERB | ACTUAL)) {
      return false;
    }
    for (int k = item; k < end; k++) {
      if (!Lexicon.isHan(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether an Arabic digit stands at {@code k}. */
  private static boolean digitAt(String text, int k) {
    return k < text.length() && Lexicon.arabicDigit(text.charAt(k)) >= 0;
  }

  /** How far back a 分别 may open the list of bare values a figure is in: 分别提高至95、110. */
  private static final int RESPECTIVELY_REACH = 16;

  /** Whether 分别 stands shortly before {@code at} in its clause. */
  private static boolean respectivelyBefore(Tokens tk, int at) {
    return tk.within(Math.max(Reading.clauseStart(tk.normalized, at), at - RESPECTIVELY_REACH), at, RESPECTIVELY);
  }

  /** Words that make a cell's label the revised one: 调整后预算280, 核减后任务：150. */
  private static final WordSet REVISED_LABEL = WordSet.of("调整后", "调整后的", "核减后", "调减后", "调增后", "修订后");

  /** Whether a revised cell's label ends at {@code before}, perhaps with a colon or 为: 备注：调整后预算280. */
  private static boolean labelledRevised(String text, int before) {
    int end = before;
    if (end > 0 && (isColon(text.charAt(end - 1)) || text.charAt(end - 1) == '为')) {
      end = skipSpacesBack(text, end - 1);
    }
    int label = CELL_LABELS.endingAt(text, end);
    return label > 0 && REVISED_LABEL.endingAt(text, end - label) > 0;
  }

  /** The longest name of work before a figure in a list of them: 开工, 完工, 新建, 改造提升. */
  private static final int MAX_WORK_LABEL = 4;

  /** The length of the words of work alone that end at {@code end} (开工 in 1-9月开工), or 0. */
  private static int workBefore(String text, int end) {
    for (int len = 2; len <= Math.min(MAX_WORK_LABEL, end) && Lexicon.isHan(text.charAt(end - len + 1)); len++) {
      if (Lexicon.isHan(text.charAt(end - len)) && Metrics.onlyWork(text.substring(end - len, end))) {
        return len;
      }
    }
    return 0;
  }

  /** The length of the words of work alone at {@code from} that a figure follows (完工131), or 0. */
  private static int workOfTheNextItem(String text, int from) {
    int k = skipSpaces(text, from);
    int end = k;
    while (end < text.length() && end - k < MAX_WORK_LABEL && Lexicon.isHan(text.charAt(end))) {
      end++;
    }
    if (end == k || end >= text.length() || Lexicon.arabicDigit(text.charAt(end)) < 0 || end - k < 2) {
      return 0;
    }
    return Metrics.onlyWork(text.substring(k, end)) ? end - k : 0;
  }

  /** The longest label of an item of a list of values: 良种繁育基地. */
  private static final int MAX_LABEL = 10;

  /** How far back from one of its numbers a list of labelled values may start. */
  private static final int LABELLED_LIST_REACH = 40;

  /** How many characters a row's value field may open with before its figure: 增长10, 争取40, ≥ 15. */
  private static final int VERB_BEFORE_VALUE = 4;

  /** How many spaces a bar may stand before a row's value: 接待国内游客 | 万人次 |   4800. */
  private static final int SPACES_AFTER_A_BAR = 8;

  /** Where the field holding {@code at} starts: after the bar or sentence end before it, spaces skipped. */
  private static int fieldStart(String text, int at) {
    int k = at;
    while (k > 0 && !Lexicon.isSentenceEnd(text.charAt(k - 1)) && at - k <= MAX_BEFORE) {
      k--;
    }
    return skipSpaces(text, k);
  }

  /** Where the field starting at {@code start} ends: at the next bar or sentence end. */
  private static int fieldEnd(String text, int start) {
    int k = start;
    while (k < text.length() && !Lexicon.isSentenceEnd(text.charAt(k))) {
      k++;
    }
    return k;
  }

  /** 完成：860户, 城市低保：300.1元/月: the words before a colon right before the number are its subject. */
  private static void labelBeforeColon(Tokens tk, Phrase p) {
    String text = tk.normalized;
    int k = skipSpacesBack(text, p.preFrom);
    if (k == 0 || text.charAt(k - 1) != '：' && text.charAt(k - 1) != ':') {
      return;
    }
    // or words of a change alone (法律援助经费(万元)：同比增长10%以上): they keep the kind, the label names the thing
    boolean changeOnly = !blank(text, p.preFrom, p.preTo) && p.preTo - p.preFrom <= MAX_CHANGE_WORDS
        && tk.within(p.preFrom, p.preTo, GROWTH_VERB | DECLINE_VERB)
        && Metrics.cleanBefore(text.substring(p.preFrom, p.preTo), List.of()).isEmpty();
    if (!changeOnly && !blank(text, p.preFrom, p.preTo)) {
      return;
    }
    int colon = k - 1;
    int from = Reading.clauseStart(text, colon);
    int closed = 0; // 同比增减（%）：-2.1: a group closed before the colon is the label's, not an aside
    for (int j = colon - 1; j >= from; j--) {
      char c = text.charAt(j);
      if (c == '）' || c == ')') {
        closed++;
      } else if ((c == '（' || c == '(') && closed > 0) {
        closed--;
      } else if (c == '（' || c == '(') {
        from = j + 1; // （目标任务：1200户）: the label opens the aside
        break;
      }
    }
    int lower = p.preStart;
    // not into the previous quantity's words
    for (Mention m : tk.mentions) {
      if (m.end <= colon && m.end > from && m.isQuantity()) {
        from = m.end;
      }
    }
    if (from < colon && colon - from <= MAX_BEFORE && lower >= colon) {
      p.preFrom = from;
      p.preTo = changeOnly ? p.preTo : colon;
    }
  }

  /** The most characters of a change's words alone after a cell's colon: 较上年同期下降. */
  private static final int MAX_CHANGE_WORDS = 8;

  /** The opening parenthesis just before an item that starts at {@code preStart}, or -1. */
  private static int openingParenthesis(String text, int preStart) {
    int k = skipSpacesBack(text, preStart);
    if (k > 0 && (text.charAt(k - 1) == '（' || text.charAt(k - 1) == '(')) {
      return k - 1;
    }
    return -1;
  }

  /** The longest label of a target in an aside, between its parenthesis and its colon: 2023年度目标. */
  private static final int MAX_ASIDE_LABEL = 12;

  /**
   * The opening parenthesis of an aside whose label and colon come before {@code preFrom} (（年度目标：控制在
   * 4.5%以内）, where the words of the target follow the colon), or -1.
   */
  private static int parenthesisBeforeItsLabel(Tokens tk, int preFrom) {
    String text = tk.normalized;
    int colon = skipSpacesBack(text, preFrom) - 1;
    if (colon < 1 || text.charAt(colon) != '：' && text.charAt(colon) != ':') {
      return -1;
    }
    for (int j = colon - 1; j >= Math.max(0, colon - MAX_ASIDE_LABEL); j--) {
      char c = text.charAt(j);
      if (c == '（' || c == '(') {
        return j + 1 < colon && onlyTargetWords(tk, j + 1, colon) ? j : -1;
      }
      if (Lexicon.isClauseEnd(c)) {
        return -1;
      }
    }
    return -1;
  }

  /** Roles of the words that set a target's level or change: 提高到, 不少于, 增长, 增速. */
  private static final long TARGET_WORDS = LEVEL_VERB | AT_LEAST_BEFORE | AT_MOST_BEFORE | GROWTH_VERB | DECLINE_VERB
      | GROWTH_NOUN | DECLINE_NOUN;

  /** The bases a growth is counted on: 同口径, 可比价. */
  private static final WordSet BASES = WordSet.of("同口径", "按同口径", "可比口径", "自然口径", "按可比价", "可比价");

  /**
   * Only words that mark a target (预期目标, 控制在, 目标任务：), how firm it is (力争, 确保完成), or the year it is
   * set against (较上年, 同比), or nothing, in {@code [from, to)}: （年度目标：较上年下降10%） and （年度目标：力争35亿元）
   * name no thing of their own.
   */
  private static boolean onlyTargetWords(Tokens tk, int from, int to) {
    String text = tk.normalized;
    int k = from;
    long words = TARGET_WORDS;
    while (k < to) {
      char c = text.charAt(k);
      if (Lexicon.isSpace(c) || c == '：' || c == ':' || c == '为' || c == '是') {
        k++;
        continue;
      }
      int firmness = tk.lengthStartingAt(k, ASPIRATION | ASSURED);
      if (firmness > 0) {
        k += firmness;
        words = TARGET_WORDS | GOAL_VERB; // 力争完成35亿元: an aim's verb, where 任务完成5210人 tells what was done
        continue;
      }
      int basis = BASES.startingAt(text, k);
      if (basis > 0) {
        k += basis; // （预期目标：同口径增长5%）: on which basis the thing is counted, no thing of its own
        continue;
      }
      int scope = scopeOfGovernment(text, k);
      if (scope > 0) {
        k += scope; // （年度目标：市县两级不少于30场）: over which governments, no thing of its own
        continue;
      }
      int limit = LIMITS.startingAt(text, k);
      if (limit > 0) {
        k += limit; // 控制在省核定限额以内（限额836500）: the outer thing's limit, no thing of its own
        continue;
      }
      int len = Math.max(tk.lengthStartingAt(k, TARGET_LABEL), tk.lengthStartingAt(k, words));
      // 同比增长: the base's word (同比), then the verb, where the longest word (同比增) would leave 长 alone
      int base = tk.lengthStartingAt(k, SINCE | LAST_YEAR);
      if (base > 0 && base != len && onlyTargetWords(tk, k + base, to)) {
        return true;
      }
      if (len == 0) {
        return false;
      }
      k += len;
    }
    return true;
  }

  /** The names of a limit set on a thing: 限额, 上限, 核定限额. */
  private static final WordSet LIMITS = WordSet.of("限额", "上限", "核定限额", "核定数", "控制数");

  /** Levels of government, as a scope names them together: 市县两级, 县乡村三级. */
  private static final String LEVELS = "省市县区乡镇村";

  /**
   * The length of the scope of government at {@code k}: two to four {@link #LEVELS} and how many levels they are
   * (市县两级, 省市县三级); else 0. The whole place (全市97个行政村) is left to name what it counts.
   */
  private static int scopeOfGovernment(String text, int k) {
    int end = k;
    while (end < text.length() && end - k < 4 && LEVELS.indexOf(text.charAt(end)) >= 0) {
      end++;
    }
    return end - k >= 2 && end + 1 < text.length() && "两二三四".indexOf(text.charAt(end)) >= 0
        && text.charAt(end + 1) == '级' ? end + 2 - k : 0;
  }

  /**
   * Where the clause of a target's label starts when the words before the number follow a colon
   * and that clause holds nothing but target words (预期目标：增长7%, 年度任务：), or -1.
   */
  private static int labelClauseBefore(Tokens tk, int preFrom) {
    String text = tk.normalized;
    int colon = skipSpacesBack(text, preFrom) - 1;
    if (colon < 1 || text.charAt(colon) != '：' && text.charAt(colon) != ':') {
      return -1;
    }
    int start = Reading.clauseStart(text, colon);
    start = skipSpaces(text, start);
    return start < colon && onlyTargetWords(tk, start, colon) ? start : -1;
  }

  /**
   * Whether figure {@code m}, after 的, counts the set that a figure {@code next} later in its clause, after
   * 已, counts the done ones of (交办的45件信访积案已化解41件, 排查出的120处隐患已整改115处): the set, not the work done.
   */
  private static boolean aSetBeforeItsDonePart(String text, Mention m, Mention next) {
    int before = skipSpacesBack(text, m.prefixStart);
    if (before == 0 || text.charAt(before - 1) != '的' || m.unitClass != UnitClass.COUNT || !m.symbol().equals(next.symbol())
        || next.prefixStart <= m.end
        || hasClauseEnd(text, m.end, next.prefixStart)) {
      return false;
    }
    return Lexicon.holds(text, '已', m.end, next.prefixStart);
  }

  /** Words dating work from the year's start, before its verb in a target's aside: 比年初新增. */
  private static final String[] SINCE_THE_YEARS_START = {"比年初", "较年初", "全年", "年内"};

  /** Whether {@code [from, to)} holds only a bound (≥, 不低于, 控制在) right after a colon: 开工率（%）：≥60. */
  private static boolean aBoundAfterAColon(Tokens tk, int from, int to) {
    int colon = skipSpacesBack(tk.normalized, from) - 1;
    if (colon < 0 || !isColon(tk.normalized.charAt(colon))) {
      return false;
    }
    int bound = tk.lengthStartingAt(skipSpaces(tk.normalized, from), AT_LEAST_BEFORE | AT_MOST_BEFORE | LEVEL_VERB);
    return bound > 0 && blank(tk.normalized, skipSpaces(tk.normalized, from) + bound, to);
  }

  /** The words of the year alone, which a sheet's cell may put before its value as it puts a label: （人次）：全年2400. */
  static final Set<String> THE_YEAR_ALONE = Set.of("全年", "年度", "年内", "本年", "本年度", "今年", "当年");

  /** Whether the words from {@code from} to {@code to} are only {@link #THE_YEAR_ALONE}, right after a colon. */
  private static boolean onlyTheYearAfterAColon(String text, int from, int to) {
    int colon = skipSpacesBack(text, from) - 1;
    return colon >= 0 && isColon(text.charAt(colon)) && THE_YEAR_ALONE.contains(text.substring(from, to).strip());
  }

  /** The subject of the clause before a target's label, or empty. */
  private static String previousClauseSubject(String text, int preFrom, Reading previous, List<String> actors) {
    int end = skipSpacesBack(text, preFrom);
    if (end == 0 || !Lexicon.isClauseEnd(text.charAt(end - 1))
        || Lexicon.isSentenceEnd(text.charAt(end - 1)) && !isSemicolon(text.charAt(end - 1))) {
      return ""; // 完成农村危房改造；目标任务1200户: a table's cells joined by ； label on; a new sentence does not
    }
    int start = Reading.clauseStart(text, end - 1);
    if (previous != null && previous.textEnd > start) {
      return "";
    }
    String words = text.substring(start, end - 1);
    return words.length() > MAX_BEFORE ? "" : Metrics.withoutLabels(Metrics.cleanBefore(words, actors), true);
  }

  /**
   * Whether {@code [from, to)} holds only a verb of change, right after a comma (各项贷款余额，增长12%以上): the thing that
   * changes is the clause before, as a sheet's name and target cells joined by a comma write it.
   */
  private static boolean onlyTheChangeAfterAComma(Tokens tk, int from, int to) {
    String text = tk.normalized;
    int comma = skipSpacesBack(text, from) - 1;
    if (comma < 0 || text.charAt(comma) != '，' && text.charAt(comma) != ',') {
      return false;
    }
    int verb = skipSpaces(text, from);
    // but not a clause that says its own change (收入增速高于全省平均水平，增长10.5%以上): its thing is told otherwise
    return verb < to && tk.lengthStartingAt(verb, GROWTH_VERB | DECLINE_VERB) == skipSpacesBack(text, to) - verb
        && !tk.within(Reading.clauseStart(text, comma), comma, GROWTH_NOUN | DECLINE_NOUN);
  }

  private static boolean isSemicolon(char c) {
    return c == '；' || c == ';';
  }

  /**
   * Whether the clause after the aside holding {@code m} says the work done (任务2万亩（新建1万亩、改造提升1万亩）已全部完成):
   * the parts of the plan restated are then what was done.
   */
  private static boolean doneAfterTheAside(Tokens tk, Mention m) {
    String text = tk.normalized;
    int close = m.end;
    while (close < text.length() && text.charAt(close) != '）' && text.charAt(close) != ')') {
      if (Lexicon.isSentenceEnd(text.charAt(close))) {
        return false;
      }
      close++;
    }
    return close < text.length()
        && tk.within(close, Reading.clauseEnd(text, close + 1), Vocabulary.CUE_DONE | Vocabulary.CLAIM_WHOLE);
  }

  /**
   * Whether {@code m} stands in the aside opened right after the figure {@code planned} dropped as a plan, or after
   * the items of that aside dropped with it (任务2万亩（新建1万亩、改造提升1万亩）).
   */
  private static boolean inThePlansAside(String text, Reading planned, Mention m) {
    int open = Lexicon.asideOpenAt(text, planned.mention.end, m.prefixStart);
    if (open >= 0) {
      return directlyAfter(text, planned, open);
    }
    if (!planned.inPlansAside) {
      return false;
    }
    for (int k = planned.mention.end; k < m.prefixStart; k++) {
      char c = text.charAt(k);
      if (c == '）' || c == ')' || c == '（' || c == '(') {
        return false; // the aside closed, or another opened
      }
    }
    return true;
  }

  private static boolean directlyAfter(String text, Reading previous, int open) {
    if (open < 0 || open < previous.mention.end) {
      return false;
    }
    for (int k = previous.mention.end; k < open; k++) {
      if (!Lexicon.isSpace(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isMoney(Mention m) {
    return isMoney(m.unitSymbol);
  }

  private static boolean isMoney(String symbol) {
    int slash = symbol.indexOf('/');
    String numerator = slash >= 0 ? symbol.substring(0, slash) : symbol;
    return numerator.endsWith("元");
  }

  /**
   * A number with no unit read as a value where a table cell stood: Arabic digits (perhaps scaled,
   * 1000万) with no unit, after words and before the end of the clause, a comparator after it, or
   * the end of the text — 新增城镇就业8950, 目标任务11098, 实际完成7356，, 减少贫困人口1000万以上.
   * Not a date, a code (PM2.5, 5G), an ordinal, a name in quotes, or a number joined to another; a
   * number right after a quoted name is the value of the thing it names.
   */
  static boolean isBareValue(Tokens tk, Mention m, boolean targets) {
    if (m.type != Mention.Type.OTHER || m.value == null || m.unitClass != UnitClass.NONE || !m.unitSymbol.isEmpty()) {
      return false;
    }
    String text = tk.normalized;
    if (m.chinese && (CELL_LABELS.endingAt(text, beforeTheBound(text, m)) == 0
        || unitNamedBefore(text, m) == null)) {
      return false; // but 雨污管网建设(公里)　年度目标二十 or 年度目标不少于三百: a numeral in words after its cell's label
    }
    if (m.upper != null && !(targets && unitNamedBefore(text, m) != null)) {
      return false; // but 新登记社会组织（家）：150-180, a range in a table's cell under its header's unit
    }
    int before = skipSpacesBack(text, m.prefixStart);
    if (before == 0) {
      // 4385, or 4385，占全年计划110%: a 完成情况 cell that opens with its figure, as a table's column holds it;
      // 0 too, for a count to keep down (事故死亡人数：≤3 ‖ 0)
      // -2.1，低于全省平均水平1.4个百分点: a growth's cell may open with a fall
      return !targets && endsTheCellsFigure(text, m); // 27.6万 | 92.0%: its scale too
    }
    char prev = text.charAt(before - 1);
    char prevTight = m.start > 0 ? text.charAt(m.start - 1) : ' ';
    int beforeBound = beforeTheBound(text, m);
    boolean bound = beforeBound < before;
    char label = bound && beforeBound > 0 ? text.charAt(beforeBound - 1) : prev; // 开工率（%）：≥60
    // 劣Ⅴ类水体比例(%)：年度目标0: a cell's label between the header and the value
    String named = label == '）' || label == ')' || label == '：' || label == ':' || Lexicon.isFieldBar(label)
        || Lexicon.isHan(label) && CELL_LABELS.endingAt(text, bound ? beforeBound : before) > 0
        ? unitNamedBefore(text, m) : null;
    boolean namedUnit = named != null;
    // 推行“一村一辅警”1379, 消除“空白村”21: a quoted name, then the cell's value
    boolean afterQuote = prev == '”' || prev == '」' || prev == '』';
    boolean symbolBound = bound && !Lexicon.isHan(prev); // 开工率：≥60, a table's bound written as a sign
    // 完成值：96.4 ‖ 89.3, 实际值：3；12: the next value of a row of values, one per target
    int valueBefore = skipSpacesBack(text, before - 1);
    boolean nextValue = !targets && (Lexicon.isFieldBar(prev) || prev == '；' || prev == ';')
        && valueBefore > 0 && Lexicon.arabicDigit(text.charAt(valueBefore - 1)) >= 0;
    // （元/人·月）：分别提高至95、110: the next bare value of a 分别 list under a header's unit, or of the narrative's
    // answer (小学、初中分别为720、940)
    boolean respectiveValue = prev == '、' && valueBefore > 0
        && Lexicon.arabicDigit(text.charAt(valueBefore - 1)) >= 0 && respectivelyBefore(tk, before);
    if (!(Lexicon.isHan(prev) || prev == '：' || prev == ':' || namedUnit || afterQuote || symbolBound || nextValue
        || respectiveValue)
        // not 目前87.2, nor 学前 of 其中学前500、小学900: a place or a time before, no ranking
        || prev == '第' || prev == '前' && !(before >= 2 && "目当学".indexOf(text.charAt(before - 2)) >= 0)
        || prev == '近' && !m.prefix.isEmpty()
        || Lexicon.isAsciiLetter(prevTight) || prevTight == '.' || prevTight == '-' || prevTight == '+') {
      return false;
    }
    int k = skipSpaces(text, m.upper != null || m.toOne ? m.end : m.numberEnd);
    if (k < text.length()) {
      char next = text.charAt(k);
      boolean ends = Lexicon.isClauseEnd(next) || next == '（' || next == '(' || next == '）' || next == ')'
          || m.toOne && next == '、' // 完成小学18.6:1、初中13.9:1: ratios listed
          // 实际完成231 完成率92.4%: a field of a table's row after its label, a space before the next field's
          || k > m.numberEnd && !targets && afterALabel(tk, before) && (opensAField(tk, k) || Lexicon.isFieldDash(next))
          // 示范社（家）：国家级1、省级3、市级8: one item of a list of values, each after its label
          || next == '、' && labelledListStart(text, m.start) >= 0
          // （元/人·月）：分别提高至95、110: one bare value of a 分别 list, another after it
          || next == '、' && digitAt(text, skipSpaces(text, k + 1)) && respectivelyBefore(tk, m.prefixStart)
          // 1-9月开工246、完工131: a list of figures each after the work it counts
          || next == '、' && !targets && workOfTheNextItem(text, k + 1) > 0 && workBefore(text, before) > 0;
      // 10亿级产业集群, 千万级项目: a size class, not a count
      boolean countedNoun = !m.scale.isEmpty() && Lexicon.isHan(next) && next != '级'
          && (!targets || countsPeopleAfter(text, k));
      if (!ends && !countedNoun && tk.lengthStartingAt(k, AT_LEAST_AFTER | AT_MOST_AFTER | ABOUT_AFTER) == 0) {
        return false;
      }
    }
    if (m.scale.isEmpty() && (m.value.signum() < 0 && (targets || !afterALabel(tk, before)
        && tk.lengthEndingAt(before, GROWTH_VERB) == 0 // 1-9月增长-2.3: a growth as signed
        && !namesARateOfGrowth(text, before) // 1-9月增速-2.3, 增幅为-1.5: so is a rate of growth
        && !afterAPeriodsColon(tk, before)) // 1-9月：-2.3, the period's column of a row
        || m.value.signum() == 0 && targets && !namedUnit) && !PERCENT_SYMBOL.equals(named)) {
      // no count is negative, a change in percent may be (同比增减（%）：-2.1, and a column's 实绩-1.2 beside a
      // header's （%）, or 增长-2.3 after its verb); none may be done (事故率为0), and a task to have none
      // bounds a count from above: in a table's cell with its unit (较大事故（起）：0) a ceiling of none (see
      // targets), but with no unit (零就业家庭户数为0) it would take any count of the narrative
      return false;
    }
    return !NumberScanner.insideQuotes(text, m.start, m.end);
  }

  /** The longest name of owners and of their things between two counts: 28个部门的业务系统61个. */
  private static final int OWNER_REACH = 12;

  /**
   * Where the 的 stands when the words after {@code p}'s count name owners, then 的, then their things, which the count
   * {@code next} of the same classifier right after them counts (28个部门的业务系统61个, 12个镇的村级服务站86个); else -1.
   */
  private static int ownerBeforeItsThings(String text, Phrase p, Mention next) {
    Mention m = p.mention;
    if (m.unitClass != UnitClass.COUNT || next.unitClass != UnitClass.COUNT || !m.unitSymbol.equals(next.unitSymbol)
        || next.prefixStart - p.postFrom > OWNER_REACH || next.prefixStart <= p.postFrom) {
      return -1;
    }
    int of = -1;
    for (int k = p.postFrom; k < next.prefixStart; k++) {
      char c = text.charAt(k);
      if (c == '的' && of < 0 && k > p.postFrom) {
        of = k;
      } else if (!Lexicon.isHan(c)) {
        return -1;
      }
    }
    return of >= 0 && of + 1 < next.prefixStart ? of : -1;
  }

  /** Names of a rate of growth, which a signed figure may follow: 增速-2.3, 增幅为-1.5. */
  private static final WordSet RATES_OF_GROWTH = WordSet.of("增速", "增幅", "增长率", "增长速度");

  /** Whether a name of a rate of growth ends at {@code before}, perhaps with 为 or 是 after it (增速为-2.3). */
  private static boolean namesARateOfGrowth(String text, int before) {
    int k = skipSpacesBack(text, before);
    if (k > 0 && (text.charAt(k - 1) == '为' || text.charAt(k - 1) == '是')) {
      k--;
    }
    return RATES_OF_GROWTH.endingAt(text, k) > 0;
  }

  /**
   * Whether the end of the text, or of a clause (，；。) for a number of two characters or more,
   * follows a number that opens a cell, perhaps after a note in an aside: not an item's number (1、,
   * 1., 1）, and 1， for want of a better sign), a code or anything written on.
   */
  private static boolean endsTheCellsFigure(String text, Mention m) {
    int k = skipSpaces(text, m.toOne ? m.end : m.numberEnd); // 2.35∶1: a ratio ends past its 1
    if (k < text.length() && (text.charAt(k) == '（' || text.charAt(k) == '(')) {
      k = asideEnd(text, k); // 1.66（-0.05）, 271（+3.0%）, 68.5（预计）: a note on the figure, as round-ups add one
      if (k < 0) {
        return false;
      }
      k = skipSpaces(text, k);
      return k == text.length() || endsTheFigure(text.charAt(k));
    }
    return k == text.length() || m.numberEnd - m.start >= 2 && (endsTheFigure(text.charAt(k))
        || k > m.numberEnd && Lexicon.arabicDigit(text.charAt(k)) >= 0) // 100 100% √: the row's next field
        || k > m.numberEnd && Lexicon.isFieldDash(text.charAt(k)) // 0 — 动态清零: a remark set off by a dash
        || Lexicon.isFieldBar(text.charAt(k)); // 0 ‖ 动态清零: a bar parts a row's fields, never an item's number
  }

  /** A comma or the end of a sentence, a bar of a flattened row among them (760 ‖ 76.0%). */
  private static boolean endsTheFigure(char c) {
    return c == '，' || c == ',' || Lexicon.isSentenceEnd(c);
  }

  /**
   * Whether a duration runs straight into the name of a thing (15分钟健身圈, 24小时自助服务区, 24小时值班): a
   * name, where a duration a task sets ends its clause or takes a bound (24小时以内, 不少于2小时, 12分钟内).
   */
  private static boolean namesAServiceByItsTime(Tokens tk, Mention m) {
    String text = tk.normalized;
    int k = m.end;
    return m.unitClass == UnitClass.DURATION && k < text.length() && Lexicon.isHan(text.charAt(k))
        && text.charAt(k) != '内' && text.charAt(k) != '的'
        && tk.lengthStartingAt(k, AT_LEAST_AFTER | AT_MOST_AFTER | ABOUT_AFTER) == 0
        && !(isListJoiner(text.charAt(k)) && digitAt(text, skipSpaces(text, k + 1))); // 3个工作日和1个工作日以内
  }

  /** Where the aside opened at {@code open} ends, after its closing bracket; -1 if it does not close. */
  private static int asideEnd(String text, int open) {
    for (int k = open + 1; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '）' || c == ')') {
        return k + 1;
      }
      if (c == '（' || c == '(') {
        return -1;
      }
    }
    return -1;
  }

  /** Nouns of people, which a scaled number before them counts: 为30万城乡居民免费体检. */
  static final WordSet PEOPLE = WordSet.of("居民", "群众", "人口", "农民", "市民", "村民", "学生", "儿童", "老人",
      "老年人", "妇女", "职工", "患者", "劳动力", "人员", "青年", "毕业生", "高校毕业生", "大学生", "家庭");
  /** How far after a scaled number its noun of people is looked for (30万符合条件的居民). */
  private static final int PEOPLE_REACH = 10;

  /**
   * Whether the words after a scaled number in a task name people within its clause (为30万符合条件的居民
   * 提供筛查服务, 培训2万农民): a count of them, where 打造10亿级产业集群 names a size.
   */
  private static boolean countsPeopleAfter(String text, int from) {
    int to = Math.min(Reading.clauseEnd(text, from), from + PEOPLE_REACH);
    return PEOPLE.indexWithin(text, from, to) >= 0;
  }

  /** Whether a label of the level a plan starts from stands right before the number (基期值10.6, 基准值：58.3). */
  static boolean afterABaseLabel(String text, Mention m) {
    int k = skipSpacesBack(text, m.prefixStart);
    if (k > 0 && (text.charAt(k - 1) == '：' || text.charAt(k - 1) == ':')) {
      k = skipSpacesBack(text, k - 1);
    }
    return BASE_LABELS.endingAt(text, k) > 0;
  }

  /** Labels of the level a plan starts from: 基期值, 基准值, 现状值. */
  private static final WordSet BASE_LABELS = WordSet.of("基期值", "基期", "基准值", "基准年值", "现状值", "基期年值");

  /** Numbers between 由/从/现行 and the verb that changes them (由X调整为Y, 从574元、271元分别提高到), and X in X的税率降至Y. */
  private static boolean[] oldValues(Tokens tk) {
    String text = tk.normalized;
    List<Mention> mentions = tk.mentions;
    boolean[] old = new boolean[mentions.size()];
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (!m.isQuantity() && m.value == null) {
        continue;
      }
      // The next change verb after the number, in its clause, with only list words, other
      // numbers of the same list and 的-phrases between.
      int clauseEnd = Reading.clauseEnd(text, m.end);
      int change = tk.firstWithin(m.end, clauseEnd, CHANGE_TO);
      if (change < 0) {
        continue;
      }
      int mark = oldMarkBefore(tk, m);
      if (mark >= 0 && onlyListBetween(tk, m.end, change)) {
        old[i] = true; // 由X调整为Y, 从574元、271元分别提高到
        continue;
      }
      // 现行16%的税率降至13%: X的N, then a verb of change and a number of the same kind
      if (m.isQuantity() && change > m.end && text.charAt(skipSpaces(text, m.end)) == '的'
          && change - m.end <= 8 && !tk.within(m.end, change, KIND_VERBS & ~LEVEL_VERB)) {
        int changeEnd = change + tk.lengthStartingAt(change, CHANGE_TO);
        for (int j = i + 1; j < mentions.size(); j++) {
          Mention next = mentions.get(j);
          if (next.prefixStart < changeEnd) {
            continue;
          }
          old[i] = next.isQuantity() && next.unitClass == m.unitClass
              && skipSpaces(text, changeEnd) >= next.prefixStart - 1 && next.prefixStart <= clauseEnd;
          break;
        }
      }
    }
    return old;
  }

  /**
   * For a number right after the change verb of an old value marked by 由/从 (由3.5%下降到1.2%): the
   * old value, where its mark starts, and where the verb starts, on the reading.
   */
  private static void changedFrom(Tokens tk, Mention old, Reading r) {
    String text = tk.normalized;
    int mark = beforeTheOldLevelsDate(tk, skipSpacesBack(text, old.prefixStart));
    // 由每人每月610元提高到每人每月640元: the words per person or month stand on both sides
    for (int per; (per = tk.lengthEndingAt(mark, PER)) > 0; ) {
      mark = skipSpacesBack(text, mark - per);
    }
    int markLength = tk.lengthEndingAt(mark, OLD_MARK);
    int verb = skipSpaces(text, old.end);
    int verbLength = tk.lengthStartingAt(verb, CHANGE_TO);
    int after = skipSpaces(text, verb + verbLength);
    for (int per; after < r.mention.prefixStart && (per = tk.lengthStartingAt(after, PER)) > 0; ) {
      after = skipSpaces(text, after + per);
    }
    if (markLength == 0 || verbLength == 0 || after != r.mention.prefixStart) {
      return;
    }
    r.changedFrom = old;
    r.changeStart = mark - markLength;
    r.changeVerb = verb;
  }

  /**
   * Where the words before an old level end once its date is set aside: 由2021年的18.2%, 由上年末的66.2% — the
   * date of the old level, then 的, stand between the mark and the number. Else {@code mark} itself.
   */
  private static int beforeTheOldLevelsDate(Tokens tk, int mark) {
    String text = tk.normalized;
    if (mark == 0 || text.charAt(mark - 1) != '的') {
      return mark;
    }
    int k = skipSpacesBack(text, mark - 1);
    if (k > 0 && (text.charAt(k - 1) == '底' || text.charAt(k - 1) == '末')) {
      k--;
    }
    int lastYear = tk.lengthEndingAt(k, LAST_YEAR);
    if (lastYear > 0) {
      return skipSpacesBack(text, k - lastYear);
    }
    for (Mention d : tk.mentions) {
      if (d.type == Mention.Type.DATE && d.end == k) {
        return skipSpacesBack(text, d.prefixStart);
      }
    }
    return mark;
  }

  /** The start of 由/从/现行/原 before the number in its clause, within 20 characters, or -1. */
  private static int oldMarkBefore(Tokens tk, Mention m) {
    String text = tk.normalized;
    int from = Math.max(0, m.prefixStart - 20);
    for (int k = m.prefixStart - 1; k >= from; k--) {
      if (Lexicon.isClauseEnd(text.charAt(k))) {
        from = k + 1;
        break;
      }
    }
    int mark = tk.lastWithin(from, m.prefixStart, OLD_MARK);
    if (mark < 0 || text.startsWith("由于", mark)) {
      return -1;
    }
    return mark;
  }

  /** Words of how a change was made for all, between an old value and its verb: 统一提高到, 同步调整为. */
  private static final WordSet HOW_ALL_CHANGE = WordSet.of("统一", "同步", "相应", "全面", "进一步", "逐步");

  /** Nothing but 、和及与, spaces, 分别/均, per-words, units and other numbers between {@code from} and {@code to}. */
  private static boolean onlyListBetween(Tokens tk, int from, int to) {
    String text = tk.normalized;
    int k = from;
    while (k < to) {
      char c = text.charAt(k);
      if (Lexicon.isSpace(c) || c == '、' || c == '和' || c == '及' || c == '与' || c == '元' || c == '%' || c == '％') {
        k++;
        continue;
      }
      int len = Math.max(tk.lengthStartingAt(k, RESPECTIVELY | EACH | PER), HOW_ALL_CHANGE.startingAt(text, k));
      if (len > 0) {
        k += len; // 由每人每月80元统一提高到: how the change was made, between the old value and its verb
        continue;
      }
      boolean number = false;
      for (Mention m : tk.mentions) {
        if (m.prefixStart == k) {
          k = Math.max(k + 1, m.end);
          number = true;
          break;
        }
      }
      if (!number) {
        return false;
      }
    }
    return true;
  }

  /** Where 由/从 introduces an old value inside {@code text[from, to)}, the words before a number (增速由6%调整为), or -1. */
  private static int oldValueStart(String text, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      char c = text.charAt(i);
      if ((c == '由' || c == '从') && !(i + 1 < to && text.charAt(i + 1) == '于')) {
        for (int k = i + 1; k < to; k++) {
          if (Lexicon.arabicDigit(text.charAt(k)) >= 0 || ChineseNumbers.digit(text.charAt(k)) > 0) {
            return i;
          }
        }
        return -1;
      }
    }
    return -1;
  }

  /** Names of what is a level whatever its unit: rates, indexes, coefficients, shares, intensities. */
  private static final WordSet NAMES_OF_LEVELS = WordSet.of("率", "指数", "系数", "比重", "比例", "强度", "密度");

  /**
   * Whether the words outside an aside's percent open with a verb of raising and end with a rate's name (提升行政执法人员
   * 持证率（目标值：98%）): the rate raised to the aside's level, not grown by it, as 地区生产总值增长（预期目标7.8%） is.
   */
  private static boolean raisesARateToTheAside(Tokens tk, int preFrom, int preTo, UnitClass unitClass) {
    String text = tk.normalized;
    int from = skipSpaces(text, preFrom);
    int to = skipSpacesBack(text, preTo);
    if (unitClass != UnitClass.PERCENT || from >= to) {
      return false;
    }
    if (tk.lengthStartingAt(from, GROWTH_VERB) > 0 && NAMES_OF_LEVELS.endingAt(text, to) > 0) {
      return true;
    }
    // 学生参与率稳步提高（年度目标：90%以上）: the verb after the rate's name, perhaps with how it rises
    int verb = tk.lengthEndingAt(to, GROWTH_VERB);
    int name = verb > 0 ? to - verb - HOW_IT_RISES.endingAt(text, to - verb) : -1;
    return name > from && NAMES_OF_LEVELS.endingAt(text, name) > 0;
  }

  /** How a rate rises, between its name and the verb: 稳步提高, 持续提升. */
  private static final WordSet HOW_IT_RISES = WordSet.of("稳步", "持续", "进一步", "不断", "逐步", "有效", "明显");

  /** The most characters between a ratio's 比 and its figure: 性别比为, 收入比缩小至. */
  private static final int RATIO_REACH = 4;
  /** Characters before 比 that make it a comparison (同比, 环比, 相比, 对比, 较比) or a share (占比), not a ratio. */
  private static final String NOT_A_RATIO_BEFORE = "同环相对较占无类";

  /**
   * Whether the words before a bare figure end with a ratio named by 比 (出生人口性别比为106.2, 城乡居民收入比2.15, 师生比):
   * a level whatever its unit, as 指数 and 系数 are. Not 比 comparing (比上年, 同比), whose figure is a change.
   */
  private static boolean endsWithARatio(String text, int from, int to) {
    for (int j = to - 1; j >= Math.max(from + 1, to - 1 - RATIO_REACH); j--) {
      if (text.charAt(j) == '比') {
        char before = text.charAt(j - 1);
        return Lexicon.isHan(before) && NOT_A_RATIO_BEFORE.indexOf(before) < 0
            && (j + 1 == to || !Lexicon.isHan(text.charAt(j + 1)) || "为是达缩降控保稳提".indexOf(text.charAt(j + 1)) >= 0);
      }
    }
    return false;
  }

  /**
   * What the number says, from its unit and the words before it: counts and amounts by their
   * unit; for a percentage, a growth or decline noun (增速, 降幅), else the verb nearest the number
   * (提高到73% a level, 同比增长9.2% a growth), else a level.
   */
  static Kind kind(Tokens tk, int from, int to, UnitClass unitClass) {
    switch (unitClass) {
      case COUNT:
      case MEASURE:
      case DURATION: {
        Kind change = changeRightBefore(tk, to, unitClass == UnitClass.DURATION);
        return change != null ? change : unitClass == UnitClass.COUNT ? Kind.COUNT
            : unitClass == UnitClass.MEASURE ? Kind.AMOUNT : Kind.LEVEL;
      }
      case COMPOUND:
        return Kind.LEVEL;
      case NONE:
        // 亿元GDP生产安全事故死亡率为0.043, 综合指数0.85: a bare figure of a rate or an index is a level
        return tk.within(from, to, LEVEL_VERB) || NAMES_OF_LEVELS.within(tk.normalized, from, to)
            || endsWithARatio(tk.normalized, from, to) ? Kind.LEVEL : Kind.COUNT;
      default:
        break;
    }
    long roles = tk.rolesWithin(from, to);
    if ((roles & DECLINE_NOUN) != 0 && tk.lastWithin(from, to, DECLINE_NOUN) >= tk.lastWithin(from, to, GROWTH_NOUN)) {
      return Kind.DECLINE; // 负增长 beats the 增长 inside it
    }
    if ((roles & GROWTH_NOUN) != 0) {
      return Kind.GROWTH;
    }
    int verb = tk.lastWithin(from, to, KIND_VERBS);
    while (verb >= 0 && tk.lengthStartingAt(verb, NOUN) > tk.lengthStartingAt(verb, KIND_VERBS)) {
      verb = tk.lastWithin(from, verb, KIND_VERBS); // 服务业增加值比重: 增加值 is a thing, not a growth
    }
    if (verb < 0) {
      return Kind.LEVEL;
    }
    long verbRoles = tk.longestRolesStartingAt(verb, KIND_VERBS);
    if ((verbRoles & LEVEL_VERB) != 0) {
      // 支出增长控制在5%以内, 收入增长达到8%: the level verb bounds the change written right before it
      int change = skipSpacesBack(tk.normalized, verb);
      if (tk.lengthEndingAt(change, GROWTH_VERB) > 0) {
        return Kind.GROWTH;
      }
      if (tk.lengthEndingAt(change, DECLINE_VERB) > 0) {
        return Kind.DECLINE;
      }
      return Kind.LEVEL;
    }
    if (reachedBefore(tk, verb, to)) {
      return Kind.LEVEL; // 提高公办义务教育学位占比至95%以上: the verb's object, then the level it reaches
    }
    return (verbRoles & GROWTH_VERB) != 0 ? Kind.GROWTH : Kind.DECLINE;
  }

  /**
   * Whether a lone 至 or 到 stands right before the number, after the verb of change at {@code verb}
   * and its object: the number is the level reached. Not 截至, 直至, 乃至, 以至, which are no change.
   */
  private static boolean reachedBefore(Tokens tk, int verb, int to) {
    String text = tk.normalized;
    int k = skipSpacesBack(text, to);
    if (k - 1 <= verb || text.charAt(k - 1) != '至' && text.charAt(k - 1) != '到') {
      return false;
    }
    char before = text.charAt(k - 2);
    return "截直乃以甚达".indexOf(before) < 0;
  }

  /**
   * The change a verb right before a count or amount makes of it (重污染天数减少5天, 同比减少3起, 优良天数增加10天,
   * 审批时间缩短了4天): by how much a thing grew or fell, not how many there are; null when no verb of
   * change ends right there, or one of a level does (减少到3起), or 提升 and 提高, which before a count
   * name the work done (学历提升416人). A verb with its object between it and the number (减少农村贫困人口800万,
   * 增加就业岗位2000个) counts the things changed and is no such verb.
   */
  private static Kind changeRightBefore(Tokens tk, int at, boolean duration) {
    String text = tk.normalized;
    int k = skipSpacesBack(text, at);
    if (k > 0 && text.charAt(k - 1) == '了') {
      k--;
    }
    // most counts follow no verb at all: one look for any, then which
    if (tk.lengthEndingAt(k, GROWTH_VERB | DECLINE_VERB) == 0 || tk.lengthEndingAt(k, LEVEL_VERB) > 0) {
      return null;
    }
    int growth = tk.lengthEndingAt(k, GROWTH_VERB);
    if (growth > 0) {
      // 提升, 提高 before a count name the work (巩固提升1300人, 学历提升416人, 改造提升1500个), no change of a stock;
      // before a span of time they are the change (人均预期寿命提高0.3岁)
      return text.charAt(k - growth) == '提' && !duration ? null : Kind.GROWTH;
    }
    return tk.lengthEndingAt(k, DECLINE_VERB) > 0 ? Kind.DECLINE : null;
  }

  /**
   * Whether a sum of money follows 提高 or 提升 right before it (最低标准每人每月提高20元): the raise. Before a
   * count or a measure the same verbs name work (巩固提升1300人, 绿化提升5万平方米), and 提高到 the level reached.
   */
  private static boolean raisedBy(Tokens tk, Mention m) {
    if (!m.unitSymbol.startsWith("元") && !m.unitSymbol.endsWith("元")) {
      return false;
    }
    String text = tk.normalized;
    int k = skipSpacesBack(text, m.prefixStart);
    int growth = tk.lengthEndingAt(k, GROWTH_VERB);
    return growth > 0 && text.charAt(k - growth) == '提' && tk.lengthEndingAt(k, LEVEL_VERB) == 0;
  }

  /** A kind named right after the number: 7%左右的增长 is a growth, 3%的降幅 or 5%的负增长 a decline; else a level. */
  private static Kind kindAfter(Tokens tk, int at) {
    String text = tk.normalized;
    at = skipSpaces(text, at);
    if (at < text.length() && text.charAt(at) == '的') {
      at++;
    }
    if (text.startsWith("比例", at)) {
      at += text.startsWith("统一", at + 2) ? 4 : 2; // 按12%比例统一压减: the share by which the verb after it cuts
    }
    long roles = tk.longestRolesStartingAt(at, GROWTH_VERB | GROWTH_NOUN | DECLINE_VERB | DECLINE_NOUN);
    if ((roles & (DECLINE_NOUN | DECLINE_VERB)) != 0) {
      return Kind.DECLINE;
    }
    return (roles & (GROWTH_VERB | GROWTH_NOUN)) != 0 ? Kind.GROWTH : Kind.LEVEL;
  }

  private static boolean isConjunctionOnly(String text, Phrase p) {
    int from = p.preFrom;
    int to = p.preTo;
    while (from < to && Character.isWhitespace(text.charAt(from)) || from < to && Lexicon.isSpace(text.charAt(from))) {
      from++;
    }
    while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || Lexicon.isSpace(text.charAt(to - 1)))) {
      to--;
    }
    int len = to - from;
    if (len == 0) {
      return true;
    }
    return len == 1 && isListJoiner(text.charAt(from)) || len == 2 && text.startsWith("以及", from);
  }

  /** 和, 及, 与, 、 or 或: one character that joins the items of a list. */
  private static boolean isListJoiner(char c) {
    return c == '和' || c == '及' || c == '与' || c == '、' || c == '或';
  }

  private static boolean blank(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (!Character.isWhitespace(c) && !Lexicon.isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasClauseEnd(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Lexicon.isClauseEnd(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The later quantity in the same clause whose object quantity {@code i} describes rather than
   * stating a goal (10亿元以上项目 in 签约10亿元以上项目不少于2个, 1000平方米的仓库2座), or -1.
   */
  private static int qualifiedQuantity(String text, List<Mention> mentions, int i) {
    Mention m = mentions.get(i);
    int k = skipSpaces(text, m.end);
    int len = qualifyingBound(text, k);
    k += len;
    if (k < text.length() && text.charAt(k) == '的') {
      k++;
      len = 1;
    }
    // 其中年营收超千万元的5家: a size then 的, its noun left out before the count of the things of that size
    if (len == 1 && i + 1 < mentions.size() && mentions.get(i + 1).prefixStart == k && mentions.get(i + 1).isQuantity()
        && mentions.get(i + 1).unitClass == UnitClass.COUNT && m.unitClass != UnitClass.COUNT) {
      return i + 1;
    }
    // 业务量超百万件项目3个: a count said with 超 names the size of the things a later count of its own counts
    boolean overCount = len == 0 && m.unitClass == UnitClass.COUNT && overBefore(text, m);
    if (len == 0 && m.unitClass != UnitClass.DURATION && !overCount
        && (m.unitClass == UnitClass.COUNT || !overBefore(text, m))
        || k >= text.length()
        || !Lexicon.isHan(text.charAt(k))) {
      // a span of time names its noun with no mark (15分钟便民生活圈6个, 24小时城市书房5个), and so does a size
      // said with 超 before it (引进单体投资超5000万元项目10个)
      return -1;
    }
    if (joinsTheNextNumber(text, mentions, i, k)) {
      // 分别达到98%以上和95%以上: a list of bounds, not 1000万元以上的企业; 分别为1.8个和2.6个工作日: of durations, not
      // 15分钟生活圈
      return -1;
    }
    if (len == 0 && i > 0 && mentions.get(i - 1).isQuantity() && mentions.get(i - 1).end == m.prefixStart) {
      return i - 1; // 5个15分钟便民生活圈: the count before it counts the noun it names
    }
    int c = m.end;
    for (int j = i + 1; j < mentions.size(); j++) {
      Mention later = mentions.get(j);
      for (; c < later.prefixStart; c++) {
        if (Lexicon.isClauseEnd(text.charAt(c))) {
          return -1;
        }
      }
      if (later.isQuantity()) {
        // but 志愿者超过400人: a count said so counts what it names, unless another count follows in other things
        return !overCount || later.unitClass == UnitClass.COUNT && !later.unitSymbol.equals(m.unitSymbol) ? j : -1;
      }
      c = Math.max(c, later.end);
    }
    return -1;
  }

  /**
   * Whether a count names the places that a rate after it is set for each of: its noun, then 每 and a character of
   * that noun (168个行政村每村每月放映1场, 30个社区每个社区配备…).
   */
  private static boolean placesEachGiven(String text, Mention m) {
    if (m.unitClass != UnitClass.COUNT) {
      return false;
    }
    int k = m.end;
    while (k < text.length() && k - m.end < PLACE_NOUN_REACH && Lexicon.isHan(text.charAt(k))
        && text.charAt(k) != '每') {
      k++;
    }
    if (k == m.end || k + 1 >= text.length() || text.charAt(k) != '每') {
      return false;
    }
    char each = text.charAt(k + 1) == '个' && k + 2 < text.length() ? text.charAt(k + 2) : text.charAt(k + 1);
    for (int j = m.end; j < k; j++) {
      if (text.charAt(j) == each) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a count names, in its clause, the things a rate right after it is of (全县14个乡镇（街道）统计站规范化建设达标率
   * 达到85%, 全县126处登记宗教活动场所覆盖率达到100%): the rate's scope, not a count to reach. Not a count the clause's
   * work makes (新建公厕15座，覆盖率达到100%, another clause), nor one before a verb of its own.
   */
  private static final int NAMES_BETWEEN = 4;

  private static boolean sizesARatesSubject(Tokens tk, List<Mention> mentions, int i) {
    Mention m = mentions.get(i);
    if (m.unitClass != UnitClass.COUNT) {
      return false;
    }
    int next = i + 1;
    while (next < mentions.size() && !mentions.get(next).isQuantity() && next - i <= NAMES_BETWEEN) {
      next++; // 126处登记宗教活动场所“四进”覆盖率: a numeral of a name between
    }
    if (next >= mentions.size()) {
      return false;
    }
    Mention rate = mentions.get(next);
    String text = tk.normalized;
    if (rate.unitClass != UnitClass.PERCENT || rate.prefixStart - m.end > Reading.REACH) {
      return false;
    }
    for (int k = m.end; k < rate.prefixStart; k++) {
      if (Lexicon.isClauseEnd(text.charAt(k)) || text.charAt(k) == '、') {
        return false;
      }
    }
    int clause = Reading.clauseStart(text, m.prefixStart);
    int verb = skipSpacesBack(text, rate.prefixStart);
    int level = tk.lengthEndingAt(verb, LEVEL_VERB);
    int name = skipSpacesBack(text, verb - level);
    return level > 0 && NAMES_OF_LEVELS.endingAt(text, name) > 0
        && !Metrics.namesWork(text, clause, m.prefixStart);
  }

  /**
   * Whether a sum is an award a policy gives each thing that qualifies: its clause opens with 对 (to whom), gives it
   * with 给予 before the sum, and names the award after it (对新认定的国家级、省级专精特新企业分别给予50万元、20万元一次性奖励).
   */
  private static boolean anAwardForEach(String text, Mention m) {
    if (m.unitClass != UnitClass.MEASURE || !m.unitSymbol.endsWith("元")) {
      return false;
    }
    int start = skipSpaces(text, Reading.clauseStart(text, m.start));
    if (start >= m.start || text.charAt(start) != '对') {
      return false;
    }
    int given = m.start - 2;
    while (given > start && !text.startsWith("给予", given)) {
      given--; // within the clause only, as its start is at most Reading.REACH before
    }
    if (given <= start) {
      return false;
    }
    int end = Reading.clauseEnd(text, m.end);
    for (int k = given; k < end; k++) {
      if (text.charAt(k) == '每') {
        return false; // 给予每人10万元安家补贴: a standard written per person is one to hold, as 每人每月100元 is
      }
    }
    return AWARDS.within(text, m.end, end);
  }

  /** What a policy gives each thing that qualifies: 奖励, 补助, 补贴. */
  private static final WordSet AWARDS = WordSet.of("奖励", "奖补", "补助", "补贴", "资助");

  /** The longest noun of places between their count and 每: 行政村, 乡镇（街道）. */
  private static final int PLACE_NOUN_REACH = 6;

  /**
   * Whether mention {@code i} is a size said with 超 or 以上 in an aside right after a count of other things: the
   * criterion of the things counted (培育金牌项目1个（年业务量超1000万件）).
   */
  private static boolean criterionInAnAside(String text, List<Mention> mentions, int i) {
    Mention m = mentions.get(i);
    if (i == 0 || m.prefixStart == 0) {
      return false;
    }
    Mention count = mentions.get(i - 1);
    int open = skipSpaces(text, count.end);
    if (count.unitClass != UnitClass.COUNT || open >= m.prefixStart || m.prefixStart - open > CRITERION_REACH
        || text.charAt(open) != '（' && text.charAt(open) != '(' || count.unitSymbol.equals(m.unitSymbol)
        || Lexicon.asideOpenAt(text, open, m.prefixStart) != open) {
      return false;
    }
    return overBefore(text, m) || qualifyingBound(text, skipSpaces(text, m.end)) > 0;
  }

  /** The most characters between an aside's opening and the size it holds: （年业务量超. */
  private static final int CRITERION_REACH = 12;

  private static final String[] QUALIFYING_BOUNDS = {"及以上", "以上", "以下", "以内"};

  /**
   * 超 or 超过 right before the figure: 超5000万元项目, 超千万美元外资项目 — a size of money or measure; a count
   * said so (志愿者超过400人) counts what it names.
   */
  private static boolean overBefore(String text, Mention m) {
    for (int k = m.prefixStart; k < m.start; k++) {
      if (text.charAt(k) == '超') {
        return true; // the scanner's prefix: 超千万美元
      }
    }
    int k = skipSpacesBack(text, m.prefixStart);
    return k > 0 && text.charAt(k - 1) == '超' || k >= 2 && text.startsWith("超过", k - 2);
  }

  /** The length of the {@link #QUALIFYING_BOUNDS} word at {@code k} (10亿元以上项目), or 0. */
  private static int qualifyingBound(String text, int k) {
    for (String bound : QUALIFYING_BOUNDS) {
      if (text.startsWith(bound, k)) {
        return bound.length();
      }
    }
    return 0;
  }
  /** Words that a task's qualified things are all to reach: 全覆盖, 全部, 所有. */
  private static final WordSet COVERAGE = WordSet.of("全覆盖", "全部", "所有", "全面覆盖", "100%覆盖");

  /**
   * Whether the figure with its bound and 的 qualifies things (10万元以上的村) that its clause then
   * wants all covered (实现全覆盖): a class of things, no figure to reach.
   */
  private static boolean qualifiesAllOf(String text, Mention m) {
    int k = skipSpaces(text, m.end);
    int len = qualifyingBound(text, k);
    k += len;
    if (len == 0 || k + 1 >= text.length() || text.charAt(k) != '的' || !Lexicon.isHan(text.charAt(k + 1))) {
      return false;
    }
    return COVERAGE.within(text, k + 1, Reading.clauseEnd(text, k + 1));
  }

  /** Verbs of doing away with a class of things (消除…5万元以下的村): a bound after a figure in their clause draws the class. */
  private static final WordSet DONE_AWAY_WITH = WordSet.of("消除", "消灭", "杜绝", "清零", "根除", "取消");

  /**
   * Whether the figure with its bound (以上, 以下, 以内) and a noun after it draws the class of things its
   * clause does away with (消除56人以上大班额, 全面消除集体经济收入5万元以下的村) or says there are none of
   * (无56人以上大班额): which things, not a figure to reach or one reached.
   */
  private static boolean qualifiesWhatIsDoneAwayWith(String text, Mention m) {
    int k = skipSpaces(text, m.end);
    int len = qualifyingBound(text, k);
    if (len == 0) {
      return false;
    }
    k += len;
    if (k < text.length() && text.charAt(k) == '的') {
      k++;
    }
    if (k >= text.length() || !Lexicon.isHan(text.charAt(k))) {
      return false;
    }
    int before = skipSpacesBack(text, m.prefixStart);
    return before > 0 && text.charAt(before - 1) == '无'
        || DONE_AWAY_WITH.within(text, Reading.clauseStart(text, m.prefixStart), m.prefixStart);
  }

  private static final int NOT_PAIRED = 0;
  private static final int THE_DONE = 1;
  private static final int THE_TARGET = 2;

  /**
   * Which of a pair of figures joined by a slash under a label of two names joined the same way
   * (参保率（完成值/目标值）：96.2%/95%, 目标/实绩：80%/82.5%) figure {@code m} is: {@link #THE_TARGET} when its
   * name is the target's (目标, 计划, 任务), {@link #THE_DONE} when the other's is, else {@link #NOT_PAIRED}.
   */
  private static int pairedWithItsTarget(String text, Mention m) {
    int first = m.prefixStart;
    boolean second = false;
    int slash = skipSpacesBack(text, m.prefixStart) - 1;
    if (slash > 0 && text.charAt(slash) == '/') {
      int end = skipSpacesBack(text, slash);
      first = end; // the first figure ends at the slash: its start is found through the colon before it
      while (first > 0 && !isColon(text.charAt(first - 1)) && !Lexicon.isClauseEnd(text.charAt(first - 1)) && end - first < PAIR_REACH) {
        first--;
      }
      second = true;
    } else {
      int after = skipSpaces(text, m.end);
      int next = after < text.length() ? skipSpaces(text, after + 1) : text.length(); // a slash may end the text
      if (next >= text.length() || text.charAt(after) != '/' || Lexicon.arabicDigit(text.charAt(next)) < 0) {
        return NOT_PAIRED;
      }
    }
    int colon = skipSpacesBack(text, first) - 1;
    if (colon < 1 || !isColon(text.charAt(colon))) {
      return NOT_PAIRED;
    }
    int labelEnd = skipSpacesBack(text, colon);
    if (closesAParenthesis(text, labelEnd)) {
      labelEnd--;
    }
    int labelStart = labelEnd;
    while (labelStart > 0 && labelEnd - labelStart < PAIR_REACH && text.charAt(labelStart - 1) != '（'
        && text.charAt(labelStart - 1) != '(' && !Lexicon.isClauseEnd(text.charAt(labelStart - 1))) {
      labelStart--;
    }
    String label = text.substring(labelStart, labelEnd);
    int cut = label.indexOf('/');
    if (cut < 0 || label.indexOf('/', cut + 1) >= 0) {
      return NOT_PAIRED;
    }
    boolean targetFirst = namesTheTarget(label.substring(0, cut));
    boolean targetSecond = namesTheTarget(label.substring(cut + 1));
    if (targetFirst == targetSecond) {
      return NOT_PAIRED;
    }
    return second == targetSecond ? THE_TARGET : THE_DONE;
  }

  /** The most characters a pair's label or its first figure runs: （完成值/目标值）, 96.2%. */
  private static final int PAIR_REACH = 16;

  private static boolean namesTheTarget(String name) {
    return name.contains("目标") || name.contains("计划") || name.contains("任务");
  }

  static boolean isColon(char c) {
    return c == '：' || c == ':';
  }

  /** Where the words before {@code k} end, back over a colon and the spaces before it if one ends them (目标：). */
  private static int beforeItsColon(String text, int k) {
    return k > 0 && isColon(text.charAt(k - 1)) ? skipSpacesBack(text, k - 1) : k;
  }

  /**
   * Whether the mark at {@code at} ends a table's header flattened into the cell before its value: a colon, or a comma
   * right after the header's parentheses (农村劳动力转移就业（万人），总量年度目标≥12.5; 养老金最低标准（元/人·月），由138提高到148).
   */
  private static boolean endsAHeader(String text, int at) {
    char c = text.charAt(at);
    return isColon(c) || (c == '，' || c == ',') && closesAParenthesis(text, skipSpacesBack(text, at));
  }

  /** Words that open a field of a table's row flattened into a cell: 完成率, 同比, 备注, 目标. */
  private static final long FIELD_OPENERS = RATE | Vocabulary.SINCE | LAST_YEAR | Vocabulary.LABEL | TARGET_LABEL;

  /** Whether a field of a flattened row opens at {@code at}: 完成率92.4%, 同比提高2.6个百分点, 备注：…. */
  private static boolean opensAField(Tokens tk, int at) {
    return tk.lengthStartingAt(at, FIELD_OPENERS) > 0 || tk.normalized.startsWith("备注", at);
  }

  /** Whether a column's label (实绩, 完成, 进度), perhaps with a colon, ends at {@code end}: 实绩-1.2, 完成：-0.8. */
  private static boolean afterALabel(Tokens tk, int end) {
    String text = tk.normalized;
    int k = beforeItsColon(text, end);
    return tk.lengthEndingAt(k, Vocabulary.LABEL) > 0;
  }

  /** The words of a part of the year that label a column of figures: 上半年, 一季度, 全年. */
  private static final long PERIODS =
      Vocabulary.FIRST_HALF | Vocabulary.FIRST_QUARTER | Vocabulary.WHOLE_YEAR | Vocabulary.SECOND_HALF;

  /** Whether a colon after a period labels the value ending at {@code end}: 1-9月：-2.3, 上半年：-1.5. */
  private static boolean afterAPeriodsColon(Tokens tk, int end) {
    String text = tk.normalized;
    if (end == 0 || !isColon(text.charAt(end - 1))) {
      return false;
    }
    int k = skipSpacesBack(text, end - 1);
    if (tk.lengthEndingAt(k, PERIODS) > 0) {
      return true;
    }
    for (Mention d : tk.mentions) {
      if (d.type == Mention.Type.DATE && d.end == k && text.charAt(k - 1) == '月') {
        return true;
      }
    }
    return false;
  }

  /** Whether the character before {@code end} closes a parenthesis. */
  private static boolean closesAParenthesis(String text, int end) {
    return end > 0 && (text.charAt(end - 1) == '）' || text.charAt(end - 1) == ')');
  }

  /** Whether a list joiner at {@code at}, after mention {@code i}'s bound, leads straight to the next number. */
  private static boolean joinsTheNextNumber(String text, List<Mention> mentions, int i, int at) {
    if (i + 1 >= mentions.size() || !isListJoiner(text.charAt(at))) {
      return false;
    }
    return Lexicon.onlySpaces(text, at + 1, mentions.get(i + 1).prefixStart);
  }

  /** Words of size or capacity that make the measure after them a property of a thing: 日处理能力2万吨. */
  private static final WordSet SIZE_WORDS = WordSet.of(
      "能力", "处理", "规模", "容量", "装机", "年产", "日产", "产能", "面积", "库容", "总投资", "总长", "全长");
  /** Units of rated power, which name the size of a plant or station: 10万千瓦光伏电站. */
  private static final WordSet POWER_UNITS = WordSet.of("千瓦", "兆瓦", "千伏安");

  /**
   * Whether the measure {@code i} of a task's text gives the size of a thing rather than a goal:
   * a grade (1000吨级泊位), or a size — after a word of capacity (日处理能力2万吨, 年产5万吨) or in a
   * unit of rated power (10万千瓦) — written straight before a short noun that a count in the same
   * clause counts (污水处理厂一座, 光伏电站2个). The count is the target; the size only names what
   * is counted. A size with no count after it stays the target (新建日处理能力2万吨污水处理厂).
   */
  private static boolean sizesCountedThing(Tokens tk, int i) {
    String text = tk.normalized;
    List<Mention> mentions = tk.mentions;
    Mention m = mentions.get(i);
    if (m.unitClass != UnitClass.MEASURE || m.end >= text.length() || !Lexicon.isHan(text.charAt(m.end))) {
      return false;
    }
    if (text.charAt(m.end) == '级') {
      return true; // 1000吨级泊位, 万吨级码头: a class of berth, not a tonnage to reach
    }
    boolean sized = SIZE_WORDS.endingAt(text, skipSpacesBack(text, m.prefixStart)) > 0
        || POWER_UNITS.startingAt(text, m.unitStart) == m.unitEnd - m.unitStart;
    if (!sized) {
      return false;
    }
    for (int j = i + 1; j < mentions.size(); j++) {
      Mention later = mentions.get(j);
      if (later.type == Mention.Type.DATE) {
        return false;
      }
      if (!later.isQuantity()) {
        continue;
      }
      String between = text.substring(m.end, later.prefixStart);
      return later.unitClass == UnitClass.COUNT && between.length() <= MAX_QUALIFIED_NOUN
          && between.chars().allMatch(c -> Lexicon.isHan((char) c))
          && !Metrics.namesWork(between) && !tk.within(m.end, later.prefixStart, KIND_VERBS | GOAL_VERB | RATE_VERB);
    }
    return false;
  }
  /** What says that the next number counts the qualified things: 占比, 比例, 达到, 有. */
  private static final WordSet COUNTED_BY = WordSet.of("占比", "比例", "比重", "占", "达到", "达", "有", "为");

  /**
   * In a narrative, a qualifier is one only when the number it qualifies counts the things it
   * qualifies: 集体经济收入5万元以上村占比85%, 年销售收入2000万元以上企业达到50家 — not
   * 举办培训班20期以上共培训1500人, where the 20 sessions are a measure of their own.
   */
  private static boolean countsQualified(Tokens tk, Mention qualifier, Mention qualified) {
    if (qualified.end <= qualifier.prefixStart) {
      return true; // the count came first: 5个15分钟便民生活圈
    }
    int to = skipSpacesBack(tk.normalized, qualified.prefixStart);
    if (COUNTED_BY.endingAt(tk.normalized, to) > 0) {
      return !tk.within(qualifier.end, to, GROWTH_VERB | DECLINE_VERB);
    }
    // 签约10亿元以上项目6个: the qualified noun, and nothing else, right before the count
    String between = tk.normalized.substring(qualifier.end, to);
    return between.length() <= MAX_QUALIFIED_NOUN && between.chars().allMatch(c -> Lexicon.isHan((char) c))
        && !Metrics.namesWork(between)
        && !tk.within(qualifier.end, to, KIND_VERBS | GOAL_VERB | RATE_VERB);
  }

  /** The longest qualified noun read between a qualifier and a count: 以上的规模企业. */
  private static final int MAX_QUALIFIED_NOUN = 10;

  // ------------------------------------------------------------------------------ no number

  /**
   * The clauses of a narrative that say, with no number, that a thing stayed where it was the year
   * before: a {@link Vocabulary#FLAT} word (持平, 基本持平) right after a {@link Vocabulary#LAST_YEAR}
   * base (同比, 与上年, 较去年同期) — not 与全市持平, a comparison with a place. Not when the clause has a
   * number of its own before the base; {@link FlatClause#afterARate} when its sentence has a rate before it
   * (增长6%，与上年持平: the rate is the measure, and it is the rate that stayed level — no growth of nothing,
   * but a change of no points).
   */
  static List<FlatClause> flatOnLastYear(Tokens tk) {
    List<FlatClause> out = List.of();
    String text = tk.normalized;
    int covered = 0;
    for (int i = 0; i < tk.count(); i++) {
      if ((tk.rolesOf(i) & FLAT) == 0 || tk.startOf(i) < covered) {
        continue; // the 持平 of a 基本持平 already read
      }
      int flat = tk.startOf(i);
      covered = tk.endOf(i);
      int k = skipSpacesBack(text, flat);
      int lastYear = tk.lengthEndingAt(k, LAST_YEAR);
      if (lastYear == 0) {
        continue;
      }
      int base = k - lastYear;
      if (tk.lengthEndingAt(k, SINCE) != lastYear) { // 同比 is its own base; 上年 needs 与, 较 or 比
        int since = tk.lengthEndingAt(base, SINCE);
        if (since == 0) {
          continue;
        }
        base -= since;
      }
      int clause = Reading.clauseStart(text, base);
      int sentence = Reading.sentenceStart(text, base);
      boolean numbered = false;
      boolean afterARate = false;
      for (Mention m : tk.mentions) {
        if (m.start >= base) {
          break;
        }
        numbered |= !m.chinese && m.start >= clause && m.type != Mention.Type.DATE; // 1-9月…与上年同期持平: a date is no figure
        afterARate |= m.unitClass == UnitClass.PERCENT && m.start >= sentence;
      }
      if (!numbered) {
        if (out.isEmpty()) {
          out = new ArrayList<>(2);
        }
        out.add(new FlatClause(clause, base, tk.endOf(i), tk.endOf(i) - flat > 2, afterARate));
      }
    }
    return out;
  }

  /**
   * A clause that says a thing stayed level: where it starts, where its base (同比, 与上年) starts,
   * where the flat word ends, and whether that word is qualified (基本持平).
   */
  record FlatClause(int clause, int base, int end, boolean approximate, boolean afterARate) {}

  // ------------------------------------------------------------------------------------- lists

  /** Whether {@code subject} may list several (、和及与, 城乡): one walk, where five searches were. */
  private static boolean mayListSubjects(String subject) {
    for (int k = 0; k < subject.length(); k++) {
      char c = subject.charAt(k);
      if (Lexicon.joinsItems(c) || c == '城' && k + 1 < subject.length() && subject.charAt(k + 1) == '乡') {
        return true;
      }
    }
    return false;
  }

  /**
   * Lists of subjects: {@code A、B分别…X、Y} gives X to A and Y to B; {@code A、B均…X} (and, for a
   * target, a rate of a list of things: {@code 二氧化硫、氮氧化物排放量下降3%}) gives X to each — one
   * reading per subject, sharing the number.
   */
  private static List<Reading> distribute(Tokens tk, List<Reading> readings, boolean targets) {
    List<Reading> out = new ArrayList<>(readings.size());
    for (int i = 0; i < readings.size(); i++) {
      Reading r = readings.get(i);
      if (r.dropped) {
        out.add(r);
        continue;
      }
      String subject = r.listSubject != null ? r.listSubject : r.metric;
      int named = namedBefore(tk, readings, i);
      if (named > 0) {
        // 发生事故612起、死亡548人，同比分别下降13.6%和6.9%: each figure is of the thing listed before it, in order
        for (int k = 0; k < named; k++) {
          Reading v = readings.get(i + k);
          v.metric = readings.get(i - named + k).metric;
          v.listIndex = k;
          out.add(v);
        }
        i += named - 1;
        continue;
      }
      int run = runOfOneList(readings, i);
      List<String> leadIn = run >= 2 && subject.indexOf('、') < 0 ? listOfTheLeadIn(tk, r, run) : List.of();
      if (!leadIn.isEmpty()) {
        // 开展药品、医疗器械、化妆品质量抽检，分别完成抽检任务120批次、45批次、30批次: the things the clause before lists
        for (int k = 0; k < run; k++) {
          Reading v = readings.get(i + k);
          v.listSubject = subject;
          v.metric = leadIn.get(k) + v.metric;
          v.listIndex = k;
          out.add(v);
        }
        i += run - 1;
        continue;
      }
      if (!mayListSubjects(subject)) {
        out.add(r); // no list of subjects: nothing to distribute
        continue;
      }
      int last = i + run - 1; // the run of readings of one list: this one and those joined to it by 、和及
      int values = run;
      boolean respectively = tk.within(Math.max(r.sentenceStart, r.phrase.preStart - 24), r.mention.prefixStart, RESPECTIVELY)
          || tk.within(r.phrase.preFrom, r.phrase.preTo, RESPECTIVELY);
      boolean each = tk.within(r.phrase.preFrom, r.phrase.preTo, EACH);
      // 事故起数和死亡人数分别下降5%, 均下降5%: one figure for the two things 和 joins, each a target
      boolean oneForEach = values == 1 && targets && (r.mention.unitClass == UnitClass.PERCENT && r.kind.isChange()
          && (respectively || bothChange(tk, r.phrase.preFrom, r.phrase.preTo))
          // 专职保安员配备率、一键式紧急报警装置安装率分别达到100%: one level, 分别 for each of the things listed
          || respectively && r.mention.unitClass == UnitClass.PERCENT && aloneInItsClause(tk, readings, i));
      // 概念验证中心和中试基地各2个: 各 gives each of the two things 和 joins a count of its own; a level both
      // reach (补贴标准和护理补贴标准均提高到110元) stays one target
      boolean eachItsOwn = each && values == 1 && tk.normalized.lastIndexOf('各', r.phrase.preTo - 1) >= r.phrase.preFrom;
      List<String> items = Metrics.listItems(subject, respectively && values > 1 || oneForEach, eachItsOwn);
      if (items.size() >= 2 && respectively && values == items.size()) {
        for (int k = 0; k < values; k++) {
          Reading v = readings.get(i + k);
          v.listSubject = subject;
          v.metric = items.get(k);
          v.listIndex = k;
        }
        if (targets) {
          sharedBound(readings.subList(i, last + 1));
        }
      } else if (items.size() >= 2 && values == 1
          && (each || oneForEach || targets && r.mention.unitClass == UnitClass.PERCENT && r.kind.isChange())) {
        for (int k = 0; k < items.size(); k++) {
          Reading copy = r.copy();
          copy.listSubject = subject;
          copy.metric = items.get(k);
          copy.listIndex = k;
          out.add(copy);
        }
        continue;
      }
      for (int k = i; k <= last; k++) {
        out.add(readings.get(k));
      }
      i = last;
    }
    return out;
  }

  /** How many readings from {@code i} are of one list: it and those joined to it by 、和及 in its sentence. */
  private static int runOfOneList(List<Reading> readings, int i) {
    int last = i;
    while (last + 1 < readings.size() && readings.get(last + 1).inList
        && readings.get(last + 1).sentenceStart == readings.get(i).sentenceStart) {
      last++;
    }
    return last - i + 1;
  }

  /**
   * The things listed by the clause before {@code r}'s, in its sentence, when {@code r}'s clause opens a 分别 list of
   * {@code run} values with no list of its own and that clause lists as many (开展药品、医疗器械、化妆品质量抽检，分别完成
   * 抽检任务120批次、45批次、30批次); else empty.
   */
  private static List<String> listOfTheLeadIn(Tokens tk, Reading r, int run) {
    String text = tk.normalized;
    int clause = Reading.clauseStart(text, r.mention.prefixStart);
    if (clause <= r.sentenceStart || !tk.within(clause, r.mention.prefixStart, RESPECTIVELY)) {
      return List.of();
    }
    int before = Reading.clauseStart(text, clause - 1);
    String leadIn = text.substring(before, clause - 1);
    if (leadIn.chars().filter(c -> c == '、').count() != run - 1 || hasDigit(leadIn)) {
      return List.of();
    }
    List<String> items = Metrics.listItems(Metrics.cleanBefore(leadIn, List.of()), true);
    return items.size() == run ? items : List.of();
  }

  private static boolean hasDigit(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (Lexicon.arabicDigit(s.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether reading {@code i} is the only figure of its clause: no list of values of two units (分别达到72%、100mg/L). */
  private static boolean aloneInItsClause(Tokens tk, List<Reading> readings, int i) {
    String text = tk.normalized;
    Mention m = readings.get(i).mention;
    int start = Reading.clauseStart(text, m.prefixStart);
    int end = Reading.clauseEnd(text, m.end);
    for (int k = 0; k < readings.size(); k++) {
      Mention other = readings.get(k).mention;
      if (k != i && other.start >= start && other.start < end) {
        return false;
      }
    }
    return true;
  }

  /**
   * Gives the floor or ceiling written once in a 分别 list of targets (分别提高到每人每月不低于820元和650元,
   * 分别压缩至5、4、5个工作日以内) to the items written bare: the bound is the list's, not its first or last item's. A list whose items
   * disagree (one a floor, another a ceiling) is left as written.
   */
  private static void sharedBound(List<Reading> list) {
    Bound shared = null;
    for (Reading v : list) {
      if (isFloorOrCeiling(v.bound)) {
        if (shared != null && shared != v.bound) {
          return;
        }
        shared = v.bound;
      }
    }
    if (shared != null) {
      for (Reading v : list) {
        if (v.bound == Bound.EXACTLY) {
          v.bound = shared;
        }
      }
    }
  }

  /**
   * The number of figures in the 分别 list starting at reading {@code at} when they name no thing of their
   * own (they go on with the last thing before them) and answer the list of as many things just before
   * them, in another unit (发生生产安全事故612起、死亡548人，同比分别下降13.6%和6.9%); else 0.
   */
  private static int namedBefore(Tokens tk, List<Reading> readings, int at) {
    Reading first = readings.get(at);
    int values = 1;
    while (at + values < readings.size() && readings.get(at + values).inList
        && readings.get(at + values).sentenceStart == first.sentenceStart) {
      values++;
    }
    if (values < 2 || at < values || !tk.within(Math.max(first.sentenceStart, first.phrase.preStart - 24),
        first.mention.prefixStart, RESPECTIVELY)) {
      return 0;
    }
    String text = tk.normalized;
    Reading last = readings.get(at - 1);
    for (int k = 0; k < values; k++) {
      Reading v = readings.get(at + k);
      if (!v.metric.equals(last.metric) || v.mention.unitClass == last.mention.unitClass) {
        return 0;
      }
    }
    java.util.Set<String> named = new java.util.HashSet<>();
    for (int k = at - values; k < at; k++) {
      Reading r = readings.get(k);
      if (r.dropped || r.metric.isEmpty() || r.sentenceStart != first.sentenceStart || !named.add(r.metric)
          || r.mention.unitClass == first.mention.unitClass
          || k > at - values && !onlyListSeparators(text, readings.get(k - 1).mention.end, r.textStart)) {
        return 0;
      }
    }
    return values;
  }

  /**
   * Whether a 均 before a verb of change in {@code [from, to)} says that each of the things before it
   * changes (起数和死亡人数均下降5%), not the 均 of an average (人均, 平均, 年均增长).
   */
  private static boolean bothChange(Tokens tk, int from, int to) {
    String text = tk.normalized;
    for (int at = tk.firstWithin(from, to, EACH); at >= 0; at = tk.firstWithin(at + 1, to, EACH)) {
      if (text.charAt(at) == '均' && (at == 0 || "人平年".indexOf(text.charAt(at - 1)) < 0)
          && tk.lengthStartingAt(at + 1, GROWTH_VERB | DECLINE_VERB) > 0) {
        return true;
      }
    }
    return false;
  }

  /** What a plan is of when it is the year's or the work's own (年度计划, 投资计划): a plan, never a name. */
  private static final WordSet PLAN_OF_THE_WORK = WordSet.of("年度", "全年", "今年", "当年", "本年", "年初", "原定", "既定",
      "投资", "工作", "建设", "发展", "目标", "任务", "实施", "下达", "完成", "项目", "资金", "预算", "招生");

  /**
   * Whether every word of planning in {@code [from, to)} ends a name the task itself uses (免疫规划疫苗接种率,
   * 营养改善计划, 双高计划): a programme's name, not a plan — unless the plan is the year's or the work's
   * own (年度计划, 投资计划), which a task restates as its target.
   */
  private static boolean planNamedByTheTask(Tokens tk, int from, int to, String taskText) {
    if (taskText.isEmpty()) {
      return false;
    }
    String text = tk.normalized;
    for (int at = tk.firstWithin(from, to, PLAN); at >= 0; at = tk.firstWithin(at + 1, to, PLAN)) {
      int len = tk.lengthStartingAt(at, PLAN);
      if (at < 2 || len == 0 || !Character.isIdeographic(text.charAt(at - 2)) || !Character.isIdeographic(text.charAt(at - 1))
          || PLAN_OF_THE_WORK.startingAt(text, at - 2) == 2 || !taskText.contains(text.substring(at - 2, at + len))) {
        return false;
      }
    }
    return true;
  }

  private static final String PROGRESS_LABEL = "进度";

  /** Whether a rate of the plan done, perhaps with a colon after it, ends at {@code before}: 完成率85.0, 完成率：85. */
  private static boolean rateRightBefore(Tokens tk, int before) {
    String text = tk.normalized;
    int end = beforeItsColon(text, before);
    return tk.lengthEndingAt(end, RATE) > 0;
  }

  /** Whether a rate of the plan done and then its unit in parentheses end at {@code before}: 完成率(%)95.3. */
  private static boolean rateBeforeItsPercent(Tokens tk, int before) {
    String text = tk.normalized;
    int close = skipSpacesBack(text, before) - 1;
    if (close < 3 || text.charAt(close) != ')' && text.charAt(close) != '）'
        || text.charAt(close - 1) != '%' && text.charAt(close - 1) != '％'
        || text.charAt(close - 2) != '(' && text.charAt(close - 2) != '（') {
      return false;
    }
    return tk.lengthEndingAt(skipSpacesBack(text, close - 2), RATE) > 0;
  }

  /**
   * Whether the figure ending before {@code before} is under the bare label 进度 opening its clause (进度100%,
   * 进度：95%): the share of the task done. Not the progress of a building (形象进度80%, 工程进度), which
   * says how far its works are, nor 序时进度.
   */
  static boolean progressLabel(String text, int before) {
    int end = skipSpacesBack(text, before);
    if (end > 0 && (text.charAt(end - 1) == '：' || text.charAt(end - 1) == ':')) {
      end = skipSpacesBack(text, end - 1);
    }
    int start = end - PROGRESS_LABEL.length();
    if (start < 0 || !text.startsWith(PROGRESS_LABEL, start)) {
      return false;
    }
    return skipSpaces(text, Reading.clauseStart(text, start)) == start;
  }

  // ---------------------------------------------------------------------------------- helpers

  static int skipSpacesBack(String text, int k) {
    while (k > 0 && Lexicon.isSpace(text.charAt(k - 1))) {
      k--;
    }
    return k;
  }

  static int skipSpaces(String text, int k) {
    while (k < text.length() && Lexicon.isSpace(text.charAt(k))) {
      k++;
    }
    return k;
  }

  private static int trimStart(String text, int from, int limit) {
    while (from < limit && (Lexicon.isSpace(text.charAt(from)) || text.charAt(from) == '、')) {
      from++;
    }
    return from;
  }

  private static int trimEnd(String text, int from, int to) {
    while (to > from && (Lexicon.isSpace(text.charAt(to - 1)) || text.charAt(to - 1) == '、'
        || closesAParenthesis(text, to) && Lexicon.asideOpenAt(text, from, to - 1) < 0)) {
      to--; // and the parenthesis closing the aside a target ends (年度目标：…，放大倍数不低于3倍）
    }
    return to;
  }

  /** Whether the number is written with its sign (-2.8%, ＋18.4%, 负2.7%). */
  private static boolean signed(String text, Mention m) {
    return m.value != null && m.value.signum() < 0 || m.start < text.length() && "+＋".indexOf(text.charAt(m.start)) >= 0;
  }

  /** The quantity a number states: money per person or period in its money unit, a bare number as written. */
  static Quantity quantityOf(Mention m) {
    if (m.unitClass == UnitClass.COMPOUND && m.value != null && isMoney(m)) {
      return Quantity.of(m.value, unitOf(m.scale, m.unitSymbol));
    }
    return m.quantity();
  }

  /** The unit of a scale and a symbol, money per person or period in its money unit: 元/人·月 is 元. */
  static Unit unitOf(String scale, String symbol) {
    int slash = symbol.indexOf('/');
    return Unit.parse(scale + (slash > 0 && isMoney(symbol) ? symbol.substring(0, slash) : symbol));
  }
}
