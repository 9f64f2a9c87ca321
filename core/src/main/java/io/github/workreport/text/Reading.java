package io.github.workreport.text;

import io.github.workreport.Bound;
import io.github.workreport.Kind;
import io.github.workreport.Quantity;
import io.github.workreport.Role;
import io.github.workreport.text.Lexicon.UnitClass;
import java.util.ArrayList;
import java.util.List;

/**
 * One quantity read in context, before it becomes a {@code Target} or a {@code Measure}: the
 * words around it, what it says, and the part of the text that states it. Shared by the target
 * and measure parsers and by the summing of parts.
 */
final class Reading {
  private static final WordSet GROWTH_SUBJECTS = WordSet.of("增速", "增幅", "增长率", "涨幅", "增长幅度");
  private static final WordSet DECLINE_SUBJECTS = WordSet.of("降幅", "下降率", "下降幅度");
  private static final WordSet LEVEL_VERBS = WordSet.of(
      "提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "增长到", "增长至", "上升到", "上升至",
      "降低到", "降低至", "下降到", "下降至", "降至", "降到", "减少到", "减少至", "达到", "控制在", "稳定在",
      "保持在", "压缩至", "压缩到", "缩短至", "缩短到", "调整为", "调减为", "调增为", "调整至");
  private static final WordSet GROWTH_VERBS = WordSet.of("增长", "提高", "提升", "增加", "上升", "上涨", "同比增");
  private static final WordSet DECLINE_VERBS = WordSet.of("下降", "降低", "减少", "下滑", "回落", "压减", "压缩", "缩减", "削减", "同比降");
  private static final WordSet CHANGE_VERBS = WordSet.of(
      "提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "增长到", "增长至", "上升到", "上升至",
      "降低到", "降低至", "下降到", "下降至", "降至", "降到", "减少到", "减少至", "达到", "控制在", "稳定在",
      "保持在", "压缩至", "压缩到", "缩短至", "缩短到", "调整为", "调减为", "调增为", "调整至",
      "增长", "提高", "提升", "增加", "上升", "上涨", "同比增",
      "下降", "降低", "减少", "下滑", "回落", "压减", "压缩", "缩减", "削减", "同比降");
  private static final WordSet QUALIFYING_BOUND = WordSet.of("及以上", "以上", "以下", "以内");
  static final WordSet AT_LEAST_BEFORE = WordSet.of("不少于", "不低于", "不小于", "不下于", "至少", "超过", "多于", "大于", "高于", "突破");
  static final WordSet AT_MOST_BEFORE = WordSet.of(
      "不超过", "不高于", "不大于", "不多于", "控制在", "压缩至", "压缩到", "压减至", "压减到", "缩短至", "缩短到",
      "降至", "降到", "降低至", "降低到", "下降至", "下降到", "减少至", "减少到", "减至", "低于", "少于");
  static final WordSet ABOUT_BEFORE = WordSet.of("大约", "约为", "约", "将近", "接近", "近");
  /** A number changed from (由X调整为Y, 由15个工作日缩短至1个工作日): X is the old value. */
  static final WordSet CHANGE_AFTER = WordSet.of(
      "调整为", "调减为", "调增为", "调整至", "调减至", "调增至", "下调为", "下调至", "上调为", "上调至", "调为",
      "核减为", "修订为", "缩短至", "缩短到", "缩短为", "减少到", "减少至", "减少为", "增加到", "增加至", "增加为",
      "提高到", "提高至", "提高为", "提升到", "提升至", "下降到", "下降至", "降至", "降到", "降低到", "降低至",
      "增长到", "增长至", "压缩到", "压缩至", "压缩为", "压减至", "压减到", "变为", "改为", "上升到", "上升至", "到", "至");
  /** Verbs that make the number after them a revised target. */
  static final WordSet REVISION_BEFORE = WordSet.of(
      "调整为", "调减为", "调增为", "调整至", "调减至", "调增至", "下调为", "下调至", "上调为", "上调至", "调为",
      "核减为", "修订为", "调整到");

  /** The most words before and after a number that can name its subject. */
  private static final int MAX_BEFORE = 48;
  private static final int MAX_AFTER = 32;

  final Mention mention;
  final Phrase phrase;
  /** The subject before the number, cleaned. */
  String before = "";
  /** The counted noun after the number, cleaned. */
  String after = "";
  String metric = "";
  Kind kind;
  Bound bound = Bound.EXACTLY;
  Role role = Role.ACHIEVED;
  boolean firm = true;
  boolean estimated;
  boolean approximate;
  /** Not a target or achieved value after all (an old value, an excess, a plan). */
  boolean dropped;
  int sentenceStart;
  int textStart;
  int textEnd;

  Reading(Mention mention, Phrase phrase) {
    this.mention = mention;
    this.phrase = phrase;
  }

  Quantity quantity() {
    return mention.quantity();
  }

  String text(String source) {
    return source.substring(textStart, textEnd);
  }

  /**
   * The quantities of {@code text} with the words around them; old values (由X调整为Y) are left
   * out, as are, when {@code targets}, quantities that qualify the object of another in their
   * clause (签约10亿元以上项目不少于2个).
   */
  static List<Reading> read(String text, List<Mention> mentions, boolean targets, List<String> actors) {
    List<Mention> quantities = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (!m.isQuantity() || isOldValue(text, m)) {
        continue;
      }
      if (targets && qualifiesObject(text, mentions, i)) {
        continue;
      }
      quantities.add(m);
    }
    Phrase[] phrases = Phrase.analyse(text, quantities);
    List<Reading> out = new ArrayList<>(phrases.length);
    Reading previous = null;
    for (Phrase p : phrases) {
      Reading r = new Reading(p.mention, p);
      String pre = p.pre(text);
      r.kind = kind(pre, p.mention.unitClass);
      if (r.kind == Kind.LEVEL && p.mention.unitClass == UnitClass.PERCENT && !LEVEL_VERBS.within(pre)) {
        r.kind = kindAfter(text, p.afterEnd); // 保持7%左右的增长
      }
      if (previous != null && previous.mention.unitClass == p.mention.unitClass && isConjunctionOnly(pre)
          && previous.phrase.postEnd <= p.preStart && !hasClauseEnd(text, previous.mention.end, p.preStart)) {
        r.kind = previous.kind; // 分别下降39.1%和25%: the second is a decline too
      }
      int old = oldValueStart(pre);
      String subject = old >= 0 ? pre.substring(0, old) : pre;
      // A subject is a few words; what lies further from the number is not its name.
      if (subject.length() > MAX_BEFORE) {
        subject = subject.substring(subject.length() - MAX_BEFORE);
      }
      String post = p.post(text);
      r.before = Metrics.cleanBefore(subject, actors);
      r.after = Metrics.cleanAfter(post.length() > MAX_AFTER ? post.substring(0, MAX_AFTER) : post);
      r.metric = r.before + r.after;
      r.sentenceStart = Math.max(p.mention.sentenceStart, p.mention.prefixStart - REACH);
      r.textStart = trimStart(text, p.preStart, p.mention.prefixStart);
      r.textEnd = trimEnd(text, r.textStart, Math.max(p.afterEnd, p.postEnd));
      r.approximate = p.mention.approximate;
      out.add(r);
      previous = r;
    }
    return out;
  }

  private static final WordSet GROWTH_AFTER = WordSet.of("的增长", "增长", "的增速", "的增幅");
  private static final WordSet DECLINE_AFTER = WordSet.of("的下降", "下降", "的降幅");

  /** A kind named right after the number: 7%左右的增长 is a growth, 3%的降幅 a decline; else a level. */
  private static Kind kindAfter(String text, int at) {
    while (at < text.length() && Lexicon.isSpace(text.charAt(at))) {
      at++;
    }
    if (GROWTH_AFTER.startingAt(text, at) > 0) {
      return Kind.GROWTH;
    }
    return DECLINE_AFTER.startingAt(text, at) > 0 ? Kind.DECLINE : Kind.LEVEL;
  }

  private static boolean isConjunctionOnly(String pre) {
    String s = pre.strip();
    return s.isEmpty() || s.equals("和") || s.equals("及") || s.equals("与") || s.equals("、") || s.equals("或")
        || s.equals("以及");
  }

  private static boolean hasClauseEnd(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Lexicon.isClauseEnd(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** Where 由/从 introduces an old value inside the words before a number (增速由6%调整为), or -1. */
  private static int oldValueStart(String pre) {
    for (int i = pre.length() - 1; i >= 0; i--) {
      char c = pre.charAt(i);
      if ((c == '由' || c == '从') && !(i + 1 < pre.length() && pre.charAt(i + 1) == '于')) {
        for (int k = i + 1; k < pre.length(); k++) {
          if (Lexicon.arabicDigit(pre.charAt(k)) >= 0 || ChineseNumbers.digit(pre.charAt(k)) > 0) {
            return i;
          }
        }
        return -1;
      }
    }
    return -1;
  }

  /** What the number says, from its unit and the words before it. */
  static Kind kind(String pre, UnitClass unitClass) {
    switch (unitClass) {
      case COUNT:
        return Kind.COUNT;
      case MEASURE:
        return Kind.AMOUNT;
      case DURATION:
      case COMPOUND:
        return Kind.LEVEL;
      default:
        break;
    }
    if (GROWTH_SUBJECTS.within(pre, 0, pre.length())) {
      return Kind.GROWTH;
    }
    if (DECLINE_SUBJECTS.within(pre, 0, pre.length())) {
      return Kind.DECLINE;
    }
    // The verb nearest the number decides: 提高到73% is a level, 同比增长9.2% a growth.
    for (int i = pre.length() - 1; i >= 0; i--) {
      int len = CHANGE_VERBS.startingAt(pre, i);
      if (len > 0) {
        if (LEVEL_VERBS.startingAt(pre, i) == len) {
          return Kind.LEVEL;
        }
        return GROWTH_VERBS.startingAt(pre, i) == len ? Kind.GROWTH : Kind.DECLINE;
      }
    }
    return Kind.LEVEL;
  }

  /** X in 由X调整为Y: the number is followed by a verb of change and preceded by 由 or 从 in its clause. */
  static boolean isOldValue(String text, Mention m) {
    int k = m.end;
    while (k < text.length() && Lexicon.isSpace(text.charAt(k))) {
      k++;
    }
    if (CHANGE_AFTER.startingAt(text, k) == 0) {
      return false;
    }
    for (int i = m.prefixStart - 1; i >= 0 && i >= m.prefixStart - 20; i--) {
      char c = text.charAt(i);
      if (Lexicon.isClauseEnd(c)) {
        return false;
      }
      if (c == '由' || c == '从') {
        return !(i + 1 < text.length() && text.charAt(i + 1) == '于'); // 由于 is "because"
      }
    }
    return false;
  }

  /**
   * Whether quantity {@code i} describes the object of a later quantity in the same clause rather
   * than stating a goal: 10亿元以上项目 in 签约10亿元以上项目不少于2个, 1000平方米的仓库2座.
   */
  static boolean qualifiesObject(String text, List<Mention> mentions, int i) {
    Mention m = mentions.get(i);
    int k = m.end;
    while (k < text.length() && Lexicon.isSpace(text.charAt(k))) {
      k++;
    }
    int len = QUALIFYING_BOUND.startingAt(text, k);
    k += len;
    if (k < text.length() && text.charAt(k) == '的') {
      k++;
      len = 1;
    }
    if (len == 0 || k >= text.length() || !Lexicon.isHan(text.charAt(k))) {
      return false;
    }
    int c = m.end;
    for (int j = i + 1; j < mentions.size(); j++) {
      Mention later = mentions.get(j);
      for (; c < later.prefixStart; c++) {
        if (Lexicon.isClauseEnd(text.charAt(c))) {
          return false;
        }
      }
      if (later.isQuantity()) {
        return true;
      }
      c = Math.max(c, later.end);
    }
    return false;
  }

  /** How far back a sentence or clause is looked for; longer ones are cut, to keep reading linear. */
  static final int REACH = 256;

  static int sentenceStart(String text, int from) {
    for (int k = from - 1; k >= 0 && k >= from - REACH; k--) {
      if (Lexicon.isSentenceEnd(text.charAt(k))) {
        return k + 1;
      }
    }
    return Math.max(0, from - REACH);
  }

  static int clauseStart(String text, int from) {
    for (int k = from - 1; k >= 0 && k >= from - REACH; k--) {
      if (Lexicon.isClauseEnd(text.charAt(k))) {
        return k + 1;
      }
    }
    return Math.max(0, from - REACH);
  }

  private static int trimStart(String text, int from, int limit) {
    while (from < limit && (Lexicon.isSpace(text.charAt(from)) || text.charAt(from) == '、')) {
      from++;
    }
    return from;
  }

  private static int trimEnd(String text, int from, int to) {
    while (to > from && (Lexicon.isSpace(text.charAt(to - 1)) || text.charAt(to - 1) == '、')) {
      to--;
    }
    return to;
  }

  /** The comparator written just before the number (不少于, 控制在, 超过, 约), or null. */
  static Bound boundBefore(String text, Mention m) {
    if (!m.prefix.isEmpty()) {
      if (m.prefix.equals("超过") || m.prefix.equals("逾") || m.prefix.equals("多达")) {
        return Bound.AT_LEAST;
      }
      return Bound.ABOUT;
    }
    int k = m.prefixStart;
    while (k > 0 && Lexicon.isSpace(text.charAt(k - 1))) {
      k--;
    }
    if (AT_LEAST_BEFORE.endingAt(text, k) > 0) {
      return Bound.AT_LEAST;
    }
    if (AT_MOST_BEFORE.endingAt(text, k) > 0) {
      return Bound.AT_MOST;
    }
    return null;
  }

  /** The word ending just before the number, among {@code words}: its length, or 0. */
  static int wordBefore(String text, Mention m, WordSet words) {
    int k = m.prefixStart;
    while (k > 0 && Lexicon.isSpace(text.charAt(k - 1))) {
      k--;
    }
    return words.endingAt(text, k);
  }
}
