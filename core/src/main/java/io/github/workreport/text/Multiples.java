package io.github.workreport.text;

import static io.github.workreport.internal.Decimals.HUNDRED;

import io.github.workreport.Approximation;
import io.github.workreport.Kind;
import io.github.workreport.text.Lexicon.UnitClass;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Growth written as a multiple rather than a percentage: {@code 翻一番} (doubled: a growth of 100%),
 * {@code 翻两番} (quadrupled: 300%), {@code 实现翻番}, {@code 增长一倍} (100%), {@code 增长1.2倍} (120%),
 * {@code 翻了一番多}. Each becomes a percentage mention over its numeral and 番 or 倍, so that the
 * grammar reads it like {@code 增长100%}: the verb before it (翻, 增长) makes it a growth.
 *
 * <p>倍 counts after a verb of growth ({@code 增长 增加 提高 提升 翻}, with or without 了) as that
 * many hundred percent more, and after a base period ({@code 是上年的2倍}, {@code 为去年同期的1.5倍})
 * as that many times the base: a growth of one less ({@code 100%}, {@code 50%}). {@code 3倍以上的项目}
 * is no growth; after the task's goal it is that many times the goal ({@code 完成年度目标的1.5倍}: a share
 * of 150%). Tenths after a verb of growth are a growth too: {@code 增产一成} (10%), {@code
 * 增加两成} (20%); tenths elsewhere are a share ({@code 完成全年计划的九成}, {@code 已完成八成}: 90%,
 * 80%), when they stand as a number does (not {@code 统一成立}), and so is half of the work ({@code
 * 完成年度目标的一半}). Half after a verb of change is 50% that way ({@code 压减一半}, {@code 降低了一半以上},
 * {@code 增加一半}), and {@code 减半} closing its clause a decline of 50% ({@code 企业开办时间减半}; not
 * {@code 减半征收}). Stateless and thread-safe.
 */
final class Multiples {
  private Multiples() {}

  /** The verbs after which a number of 倍 is a growth: 增长1倍 is 100% more. */
  private static final WordSet GROWTH_BEFORE_TIMES = WordSet.of("增长了", "增长", "增加了", "增加", "提高了", "提高", "提升了",
      "提升", "上升了", "上升", "翻了", "翻", "增");
  /** The verbs after which a number of 番 doubles that many times: 翻一番, 翻了两番. */
  private static final WordSet DOUBLING_VERB = WordSet.of("翻了", "翻");
  /** More doublings than this are no report's target (翻十番 is a thousandfold). */
  private static final int MAX_DOUBLINGS = 6;

  /**
   * {@code mentions} with each multiple of growth in {@code text} read as a percentage, replacing
   * whatever the scanner made of its numeral; {@code mentions} itself when the text has none.
   */
  static List<Mention> read(String text, List<Mention> mentions) {
    List<Mention> multiples = null;
    for (int at = 0; at < text.length(); at++) {
      char c = text.charAt(at);
      Mention m = c == '番' ? doubling(text, at) : c == '倍' ? times(text, at) : c == '成' ? tenths(text, at)
          : c == '半' ? half(text, at) : null;
      if (m != null) {
        if (multiples == null) {
          multiples = new ArrayList<>(2);
        }
        multiples.add(m);
      }
    }
    return multiples == null ? mentions : merged(text, mentions, multiples);
  }

  /** 翻一番, 翻了两番, 翻番 at the 番 at {@code at}: a growth of 2ⁿ − 1 times, or null. */
  private static Mention doubling(String text, int at) {
    int numeral = at;
    while (numeral > 0 && ChineseNumbers.digit(text.charAt(numeral - 1)) > 0) {
      numeral--;
    }
    int times;
    if (numeral == at) {
      times = 1; // 实现翻番
    } else if (at - numeral == 1) {
      times = ChineseNumbers.digit(text.charAt(numeral));
    } else {
      return null;
    }
    if (times > MAX_DOUBLINGS || DOUBLING_VERB.endingAt(text, numeral) == 0) {
      return null;
    }
    BigDecimal growth = BigDecimal.valueOf((1L << times) - 1).multiply(HUNDRED);
    return percent(text, numeral, at + 1, growth);
  }

  /** 增长1.2倍, 增加一倍, 提高了两倍 at the 倍 at {@code at}: a growth of that many hundred percent, or null. */
  private static Mention times(String text, int at) {
    int numeralEnd = Grammar.skipSpacesBack(text, at); // 增长 1.2 倍: a copy from a PDF spaces its figures
    int numeral = numeralEnd;
    while (numeral > 0 && isNumeralPart(text.charAt(numeral - 1))) {
      numeral--;
    }
    if (numeral == numeralEnd) {
      return null;
    }
    boolean growth = GROWTH_BEFORE_TIMES.endingAt(text, Grammar.skipSpacesBack(text, numeral)) > 0;
    if (!growth && multipleNamedBefore(text, numeral)) {
      return null; // 放大倍数由上年的2.4倍提高到2.9倍: the multiple's own levels, in 倍
    }
    boolean ofTheTask = !growth && afterTheTask(text, numeral);
    if (!growth && !ofTheTask && !afterBasePeriod(text, numeral)) {
      return null;
    }
    BigDecimal value = ChineseNumbers.parse(text, numeral, numeralEnd);
    if (value == null || value.signum() <= 0 || value.precision() - value.scale() > 4) {
      return null;
    }
    if (ofTheTask) {
      return percent(text, numeral, at + 1, value.multiply(HUNDRED)); // 完成目标任务的1.5倍: a share of 150%
    }
    if (!growth) {
      if (value.compareTo(BigDecimal.ONE) <= 0) {
        return null;
      }
      value = value.subtract(BigDecimal.ONE); // 是上年的2倍: twice last year's, a growth of 100%
    }
    Mention m = percent(text, numeral, at + 1, value.multiply(HUNDRED));
    m.change = growth ? null : Kind.GROWTH; // 是 is no verb of growth
    return m;
  }

  /** How far before its figure a multiple's name may stand: 融资担保放大倍数由上年的. */
  private static final int MULTIPLE_NAME_REACH = 16;

  /**
   * Whether the words before {@code at} in its clause name a multiple (放大倍数, 杠杆倍数), so that a figure of 倍 there
   * is its level, as 2.9分 is a score's, and no multiple of another figure.
   */
  static boolean multipleNamedBefore(String text, int at) {
    for (int k = at - 2; k >= 0 && at - k <= MULTIPLE_NAME_REACH; k--) {
      char c = text.charAt(k);
      if (Lexicon.isClauseEnd(c)) {
        return false;
      }
      if (c == '倍' && text.charAt(k + 1) == '数') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a base period and 的 end at {@code at}: 上年的, 去年同期的, 2019年的 — so that a number
   * of 倍 after them is this year's multiple of that period's.
   */
  private static boolean afterBasePeriod(String text, int at) {
    if (at < 3 || text.charAt(at - 1) != '的') {
      return false;
    }
    return BASE_PERIOD.endingAt(text, at - 1) > 0 || text.charAt(at - 2) == '年' && Lexicon.isAsciiDigit(text.charAt(at - 3));
  }

  /**
   * Whether the task's goal and 的 end at {@code at}: 目标的, 目标任务的, 年度计划的, 任务数的 — so that a
   * number of 倍 after them is that many times the goal (完成年度目标的1.5倍 is 150% of it).
   */
  private static boolean afterTheTask(String text, int at) {
    if (at < 3 || text.charAt(at - 1) != '的') {
      return false;
    }
    return TASK_GOAL.endingAt(text, at - 1) > 0;
  }

  /** The goals a multiple of the work done is taken of: 完成目标任务的2倍. */
  private static final WordSet TASK_GOAL = WordSet.of("目标", "任务", "计划", "目标任务", "任务数", "目标数", "计划数", "目标值");

  /** The periods a multiple is taken of: 是上年的2倍. */
  private static final WordSet BASE_PERIOD = WordSet.of("上年", "去年", "上年同期", "去年同期", "同期", "上一年", "前一年");
  /** The verbs after which a number of 成 is tenths more: 增产一成 is a growth of 10%. */
  private static final WordSet GROWTH_BEFORE_TENTHS = WordSet.of("增长", "增加", "增产", "增收", "提高", "提升", "上升", "增长了",
      "增加了", "增产了", "提高了", "提升了");

  /** The verbs after which a number of 成 is tenths less: 压缩二成 is a decline of 20%. */
  private static final WordSet DECLINE_BEFORE_TENTHS = WordSet.of("下降", "降低", "减少", "压缩", "压减", "缩短", "削减", "减产",
      "减收", "下降了", "降低了", "减少了", "压缩了", "缩短了");

  /**
   * Whether {@code text} has a 番 or a 倍 anywhere, or a 成 after a one-character Chinese numeral (the
   * only form {@link #tenths} reads): one pass over a text that mostly has none.
   */
  /** The characters a multiple ends with: 翻番, 两倍, 增产一成, 减半. */
  static final String MARKS = "番倍成半";

  /**
   * Whether the mark of {@link #MARKS} at {@code at} may end a multiple: 成 and 半 only after what
   * counts them (一成, 减半), since 完成 and 半年 are in most texts. {@link NumberScanner} asks this
   * in its pass, so {@link #read} looks at a text again only when one may.
   */
  static boolean mayStartMultiple(char[] text, int at) {
    char c = text[at];
    return c == '番' || c == '倍' || c == '成' && at > 0 && ChineseNumbers.digit(text[at - 1]) > 0
        || c == '半' && at > 0 && (text[at - 1] == '一' || text[at - 1] == '减');
  }


  /**
   * 增产一成, 增加两成 at the 成 at {@code at}: a growth of that many tenths; 完成全年计划的九成,
   * 已完成八成, 满意度达九成以上: a share of that many tenths, as 90% is; else null (建成, 一成不变,
   * 统一成立).
   */
  private static Mention tenths(String text, int at) {
    int numeral = at - 1;
    if (numeral < 0 || ChineseNumbers.digit(text.charAt(numeral)) <= 0 || Lexicon.arabicDigit(text.charAt(numeral)) >= 0
        || at + 1 < text.length() && text.charAt(at + 1) == '不') { // 一成不变
      return null;
    }
    BigDecimal value = BigDecimal.valueOf(ChineseNumbers.digit(text.charAt(numeral)) * 10L);
    if (GROWTH_BEFORE_TENTHS.endingAt(text, numeral) > 0) {
      Mention m = percent(text, numeral, at + 1, value);
      m.change = Kind.GROWTH; // 增产 is no verb of growth to the grammar
      return m;
    }
    if (DECLINE_BEFORE_TENTHS.endingAt(text, numeral) > 0) {
      Mention m = percent(text, numeral, at + 1, value);
      m.change = Kind.DECLINE; // 办税时长压缩二成以上: a decline of 20%
      return m;
    }
    boolean noted = at + 1 < text.length() && (text.charAt(at + 1) == '（' || text.charAt(at + 1) == '(');
    if (value.intValue() > 100 || !beforeShare(text, numeral) || !afterShare(text, at + 1) && !noted) {
      return null; // 近三成（29.7） is one, the figure exact in a note after it
    }
    Mention share = percent(text, numeral, at + 1, value);
    NumberScanner.approximationBefore(text, share); // 近九成, 约七成: as 近90%, 约70%
    return share;
  }

  /**
   * Whether what ends at {@code at} may come before a share in tenths: 的, 完成, 达, 占, 近, 约, 超 …,
   * or no Han character — not the start of a word (统一成立, 唯一成功, 之一成为).
   */
  private static boolean beforeShare(String text, int at) {
    if (at == 0 || !Lexicon.isHan(text.charAt(at - 1))) {
      return true;
    }
    return SHARE_BEFORE.indexOf(text.charAt(at - 1)) >= 0;
  }

  /**
   * The characters that may stand right before a share in tenths: 的九成, 完成八成, 达九成, 占七成, a rate's 收缴率七成,
   * and after a bound, 不低于六成, 控制在三成以内.
   */
  private static final String SHARE_BEFORE = "的成达到占近约超逾了已过有为是至将于在率";

  /** Whether what starts at {@code at} may follow a share in tenths: its end, 以上, 左右, 以内, 多, 的, a clause end. */
  private static boolean afterShare(String text, int at) {
    if (at >= text.length()) {
      return true;
    }
    char c = text.charAt(at);
    return Lexicon.isClauseEnd(c) || Lexicon.isSpace(c) || c == '的' || c == '多' || c == '余' || c == '）' || c == ')'
        || text.startsWith("以上", at) || text.startsWith("左右", at) || text.startsWith("以内", at)
        || text.startsWith("以下", at);
  }

  /**
   * 减少一半, 压减一半以上, 降低了一半, 增加一半 at the 半 at {@code at}: a change of 50% that the verb
   * before it makes a growth or a decline; 减半 ending its clause (开办时间减半) is a decline of 50% by
   * itself; 一半 of the work (完成年度目标的一半, 已完成一半) is a share of 50%. Null for a half of
   * some things (一半以上的村), for 过半, and for 减半 before more words (减半征收: a policy).
   */
  private static Mention half(String text, int at) {
    if (at == 0) {
      return null;
    }
    char before = text.charAt(at - 1);
    if (before == '减') {
      int next = at + 1;
      if (next < text.length() && !Lexicon.isClauseEnd(text.charAt(next)) && !text.startsWith("以上", next)) {
        return null; // 减半征收, 缩减半数: a policy or a number of its own, not a change of the figure before
      }
      Mention m = percent(text, at, at + 1, FIFTY);
      m.change = Kind.DECLINE;
      return m;
    }
    int verbEnd = at - 1;
    if (verbEnd > 0 && (text.charAt(verbEnd - 1) == '了' || text.charAt(verbEnd - 1) == '再')) {
      verbEnd--; // 降低了一半, 再压减一半
    }
    if (CHANGE_BEFORE_HALF.endingAt(text, verbEnd) == 0) {
      // 完成年度目标的一半, 已完成一半: a share of the work, as 50% is; not 一半以上的村 (a count of some)
      boolean ofTheWork = at >= 2 && (text.charAt(at - 2) == '的' || text.charAt(at - 2) == '成');
      return before == '一' && ofTheWork && afterShare(text, at + 1) ? percent(text, at - 1, at + 1, FIFTY) : null;
    }
    return percent(text, at - 1, at + 1, FIFTY);
  }

  private static final BigDecimal FIFTY = BigDecimal.valueOf(50);
  /** The verbs after which 一半 is a change of half (the grammar reads which way from the verb). */
  private static final WordSet CHANGE_BEFORE_HALF = WordSet.of("下降", "降低", "减少", "压减", "压缩", "缩减", "削减", "缩短",
      "降", "增长", "增加", "提高", "提升", "上升");

  private static boolean isNumeralPart(char c) {
    return Lexicon.isAsciiDigit(c) || c == '.' || ChineseNumbers.isPoint(c) || ChineseNumbers.isNumeralChar(c);
  }

  /** A percentage over {@code [start, end)}, with a 多 or 余 after it making it approximate. */
  private static Mention percent(String text, int start, int end, BigDecimal value) {
    Mention m = new Mention();
    m.type = Mention.Type.QUANTITY;
    m.start = start;
    m.prefixStart = start;
    m.value = value;
    m.unitSymbol = "%";
    m.unitClass = UnitClass.PERCENT;
    m.chinese = ChineseNumbers.digit(text.charAt(start)) >= 0 && Lexicon.arabicDigit(text.charAt(start)) < 0;
    if (end < text.length() && (text.charAt(end) == '多' || text.charAt(end) == '余')) {
      m.approximately(Approximation.ABOVE); // 翻了一番多: beyond the doubling, not a count rounded down
      end++;
    }
    m.numberEnd = end;
    m.unitStart = end;
    m.unitEnd = end;
    m.end = end;
    m.sentenceStart = sentenceStart(text, start);
    return m;
  }

  private static int sentenceStart(String text, int at) {
    for (int k = at - 1; k >= 0; k--) {
      if (Lexicon.isSentenceEnd(text.charAt(k))) {
        return k + 1;
      }
    }
    return 0;
  }

  /** The mentions in order, each multiple in place of the scanner's mentions it overlaps. */
  private static List<Mention> merged(String text, List<Mention> mentions, List<Mention> multiples) {
    List<Mention> out = new ArrayList<>(mentions.size() + multiples.size());
    int next = 0;
    for (Mention m : mentions) {
      while (next < multiples.size() && multiples.get(next).end <= m.prefixStart) {
        out.add(multiples.get(next++));
      }
      boolean overlaps = false;
      for (int k = next; k < multiples.size() && multiples.get(k).start < m.end; k++) {
        overlaps |= m.prefixStart < multiples.get(k).end;
      }
      if (!overlaps) {
        out.add(m);
      }
    }
    while (next < multiples.size()) {
      out.add(multiples.get(next++));
    }
    return out;
  }
}
