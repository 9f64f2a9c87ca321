package io.github.workreport.text;

import static io.github.workreport.text.Lexicon.isClauseEnd;
import static io.github.workreport.text.Lexicon.isSpace;

import io.github.workreport.Bound;
import java.util.List;

/**
 * The words around one quantity: the stretch before it back to the start of its list item (the
 * subject and verb: {@code 城镇新建公厕完成}), the comparator written after it ({@code 以上}), and the
 * stretch after it (the counted noun: {@code 个老旧小区改造}). Lists joined by 、 extend an item when
 * they hold no other quantity ({@code 新建、改扩建小学6所}); another quantity ends it.
 */
final class Phrase {
  private static final WordSet AFTER_AT_LEAST = WordSet.of("及以上", "以上", "之上");
  private static final WordSet AFTER_AT_MOST = WordSet.of("及以下", "以下", "以内", "之内");
  private static final WordSet AFTER_ABOUT = WordSet.of("左右", "上下");

  final Mention mention;
  /** Where the words before the number start. */
  int preStart;
  /** After the comparator word following the unit, if any, else the mention's end. */
  int afterEnd;
  /** Where the words after the number end. */
  int postEnd;
  /** The comparator written after the unit, or null. */
  Bound after;
  /** The words before and after, which juxtaposed quantities (34户53人) share. */
  int preFrom;
  int preTo;
  int postFrom;
  int postTo;

  Phrase(Mention mention) {
    this.mention = mention;
  }

  /**
   * Analyses every quantity of {@code quantities} (in text order) within {@code text}.
   */
  static Phrase[] analyse(String text, List<Mention> quantities) {
    int count = quantities.size();
    Phrase[] phrases = new Phrase[count];
    for (int i = 0; i < count; i++) {
      phrases[i] = new Phrase(quantities.get(i));
      afterWords(text, phrases[i]);
    }
    for (int i = 0; i < count; i++) {
      Phrase p = phrases[i];
      int lower = i > 0 ? phrases[i - 1].afterEnd : 0;
      p.preStart = walkBack(text, p.mention.prefixStart, lower, i > 0);
      int upper = i + 1 < count ? quantities.get(i + 1).prefixStart : text.length();
      p.postEnd = walkForward(text, p.afterEnd, upper, i + 1 < count);
    }
    splitAtConjunctions(text, phrases);
    for (Phrase p : phrases) {
      p.preFrom = p.preStart;
      p.preTo = p.mention.prefixStart;
      p.postFrom = p.afterEnd;
      p.postTo = p.postEnd;
    }
    for (int i = 1; i < count; i++) {
      subjectBeforeTheAside(text, phrases, i);
    }
    // Juxtaposed quantities (剩余34户53人) share their words: the first's before, the last's after.
    int first = 0;
    for (int i = 1; i <= count; i++) {
      if (i < count && Lexicon.onlySpaces(text, phrases[i - 1].afterEnd, phrases[i].mention.prefixStart)) {
        continue;
      }
      Phrase head = phrases[first];
      Phrase tail = phrases[i - 1];
      for (int j = first + 1; j < i; j++) {
        phrases[j].preFrom = head.preFrom;
        phrases[j].preTo = head.preTo;
      }
      for (int j = first; j < i - 1; j++) {
        phrases[j].postFrom = tail.postFrom;
        phrases[j].postTo = tail.postTo;
      }
      first = i;
    }
    return phrases;
  }

  private static final WordSet CONJUNCTIONS = WordSet.of("以及", "和", "及", "与", "或");

  /**
   * Words between two quantities of one clause belong to both (55条道路76.2千米: 道路), unless a
   * conjunction divides them: 76.2千米通信架空线和1.6千米电力架空线 gives 通信架空线 to the first only.
   */
  private static void splitAtConjunctions(String text, Phrase[] phrases) {
    for (int i = 1; i < phrases.length; i++) {
      Phrase prev = phrases[i - 1];
      Phrase p = phrases[i];
      int from = prev.afterEnd;
      int to = p.mention.prefixStart;
      if (p.preStart > from || prev.postEnd < to) {
        continue; // not one stretch: a clause end or a list item lies between
      }
      for (int k = to - 1; k >= from; k--) {
        int len = CONJUNCTIONS.endingAt(text, k + 1);
        if (len > 0 && k + 1 - len >= from) {
          prev.postEnd = k + 1 - len;
          p.preStart = k + 1;
          break;
        }
      }
    }
  }


  private static void afterWords(String text, Phrase p) {
    int k = p.mention.end;
    while (k < text.length() && isSpace(text.charAt(k))) {
      k++;
    }
    if (aloneInParentheses(text, p.mention, k)) {
      k++; // 控制在警戒线（100%）以内: the figure glosses the line, the bound after it is the figure's
    }
    int len;
    if ((len = AFTER_AT_LEAST.startingAt(text, k)) > 0) {
      p.after = Bound.AT_LEAST;
    } else if ((len = AFTER_AT_MOST.startingAt(text, k)) > 0) {
      p.after = Bound.AT_MOST;
    } else if ((len = AFTER_ABOUT.startingAt(text, k)) > 0) {
      p.after = Bound.ABOUT;
    } else if (k < text.length() && text.charAt(k) == '内'
        && p.mention.unitClass == Lexicon.UnitClass.DURATION) {
      p.after = Bound.AT_MOST; // 120个工作日内
      len = 1;
    }
    p.afterEnd = len > 0 ? k + len : p.mention.end;
  }

  /** Whether the figure stands alone in parentheses that close at {@code close}: （100%）. */
  private static boolean aloneInParentheses(String text, Mention m, int close) {
    if (close >= text.length() || text.charAt(close) != '）' && text.charAt(close) != ')') {
      return false;
    }
    int open = m.prefixStart;
    while (open > 0 && isSpace(text.charAt(open - 1))) {
      open--;
    }
    return open > 0 && (text.charAt(open - 1) == '（' && text.charAt(close) == '）'
        || text.charAt(open - 1) == '(' && text.charAt(close) == ')');
  }

  /**
   * 其中达到A级标准（含AAA级12座）的35座: a figure right after an aside holding the one before it is of the words
   * before the aside, which the aside only notes a part of; not of the aside's words.
   */
  private static void subjectBeforeTheAside(String text, Phrase[] phrases, int i) {
    Phrase p = phrases[i];
    int k = p.preFrom; // the aside's closing bracket, at the start of the words or right before them
    while (k < p.preTo && isSpace(text.charAt(k))) {
      k++;
    }
    if (k >= p.preTo || text.charAt(k) != '）' && text.charAt(k) != ')') {
      k = p.preFrom - 1;
      while (k > 0 && isSpace(text.charAt(k))) {
        k--;
      }
      if (k < 0 || text.charAt(k) != '）' && text.charAt(k) != ')') {
        return;
      }
    }
    for (int j = Math.max(k + 1, p.preFrom); j < p.preTo; j++) {
      if (!isSpace(text.charAt(j)) && text.charAt(j) != '的') {
        return;
      }
    }
    int inner = phrases[i - 1].mention.start;
    int open = -1;
    for (int j = inner - 1; j >= 0 && inner - j <= ASIDE_REACH; j--) {
      char c = text.charAt(j);
      if (c == '（' || c == '(') {
        open = j;
        break;
      }
      if (c == '）' || c == ')' || isClauseEnd(c) && c != '：' && c != ':') {
        return;
      }
    }
    if (open <= 0) {
      return;
    }
    int lower = i > 1 ? phrases[i - 2].afterEnd : 0;
    int from = walkBack(text, open, lower, i > 1);
    if (from < open) {
      p.preFrom = from;
      p.preTo = open;
    }
  }

  /** How far before the figure inside it an aside may open: （含AAA级12座）. */
  private static final int ASIDE_REACH = 16;

  /**
   * From {@code from} back to the start of the item: a clause end, an opening parenthesis, a 、 after
   * the previous quantity's item, or {@code lower}. A parenthesised aside is stepped over.
   */
  private static int walkBack(String text, int from, int lower, boolean hasPrevious) {
    // Whether a clause end lies between the previous quantity and here decides what a 、 means;
    // looked up at the first 、 met, once: 0 unknown, 1 yes, 2 no.
    int clauseEndBefore = 0;
    int k = from;
    while (k > lower) {
      char c = text.charAt(k - 1);
      if (isClauseEnd(c) || c == '（' || c == '(') {
        break;
      }
      if (c == '）' || c == ')') {
        int open = matchingOpen(text, k - 1, lower);
        if (open < 0) {
          break;
        }
        k = open;
        continue;
      }
      if (c == '、' && hasPrevious) {
        if (clauseEndBefore == 0) {
          clauseEndBefore = 2;
          for (int j = k - 2; j >= lower; j--) {
            if (isClauseEnd(text.charAt(j))) {
              clauseEndBefore = 1;
              break;
            }
          }
        }
        if (clauseEndBefore == 2) {
          break; // the item before the 、 holds the previous quantity
        }
      }
      k--;
    }
    return k;
  }

  private static int matchingOpen(String text, int close, int lower) {
    int depth = 0;
    for (int k = close; k >= lower; k--) {
      char c = text.charAt(k);
      if (c == '）' || c == ')') {
        depth++;
      } else if (c == '（' || c == '(') {
        if (--depth == 0) {
          return k;
        }
      } else if (c == '。' || c == '\n') {
        return -1;
      }
    }
    return -1;
  }

  /** Characters that end the name of a place of a grade: 镇, 街道, 社区, 县（市、区）. */
  private static final String PLACE_ENDS = "镇乡村县区市道";
  /** The longest aside of other places: （市、区）, （街道）, （社区）, （乡、镇）. */
  private static final int PLACES_ASIDE_REACH = 6;

  /**
   * Where the aside opened at {@code open} ends, after its closing bracket, if it names other places of the grade named
   * right before it and the words run on after it (镇（街道）公共法律服务工作站, 县（市、区）), or -1.
   */
  private static int otherPlacesAside(String text, int open, int upper) {
    if (open == 0 || PLACE_ENDS.indexOf(text.charAt(open - 1)) < 0) {
      return -1;
    }
    for (int k = open + 1; k < upper && k <= open + PLACES_ASIDE_REACH + 1; k++) {
      char c = text.charAt(k);
      if (c == '）' || c == ')') {
        return k > open + 1 && PLACE_ENDS.indexOf(text.charAt(k - 1)) >= 0 && k + 1 < upper
            && Lexicon.isHan(text.charAt(k + 1)) ? k + 1 : -1;
      }
      if (!Lexicon.isHan(c) && c != '、') {
        return -1;
      }
    }
    return -1;
  }

  /** From {@code from} forward to a clause end, a parenthesis, or a 、 before the next quantity's item. */
  private static int walkForward(String text, int from, int upper, boolean hasNext) {
    int clauseEndAhead = 0; // 0 unknown, 1 yes, 2 no: looked up at the first 、 met
    int k = from;
    if (k < upper && isSpace(text.charAt(k)) && k > 0 && !Lexicon.isHan(text.charAt(k - 1))) {
      // 实际完成231 完成率92.4% 备注：…: a space right after a figure parts the fields of a table's row
      int next = k;
      while (next < upper && isSpace(text.charAt(next))) {
        next++;
      }
      if (next < upper && (Lexicon.isHan(text.charAt(next)) || Lexicon.isFieldDash(text.charAt(next)))) {
        return k; // or a remark set off by a dash: 0 — 动态清零
      }
    }
    while (k < upper) {
      char c = text.charAt(k);
      int places = c == '（' || c == '(' ? otherPlacesAside(text, k, upper) : -1;
      if (places > 0) {
        k = places; // 12个镇（街道）公共法律服务工作站: the places' other kind in an aside, then the thing counted
        continue;
      }
      if (isClauseEnd(c) || c == '（' || c == '(') {
        break;
      }
      if (c == '、' && hasNext) {
        if (clauseEndAhead == 0) {
          clauseEndAhead = 2;
          for (int j = k + 1; j < upper; j++) {
            if (isClauseEnd(text.charAt(j))) {
              clauseEndAhead = 1;
              break;
            }
          }
        }
        if (clauseEndAhead == 2) {
          break;
        }
      }
      k++;
    }
    return k;
  }
}
