package io.github.workreport.text;

import io.github.workreport.Deadline;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deadlines in a task's text: a year (and month) introduced by 到/至/于/在 or followed by 前, 底,
 * 末, 内 or a verb of completion (2021年6月建成); a range of years (2020-2022年, 2020年至2022年: its
 * last year) unless it names a plan's period in 《》 or parentheses; a month alone followed by 底前
 * (the report's year); 年内, 年底前, 今年底 (the report's year's December); a span counted from the
 * report's year (三年内, 二十年内, 用两年时间, 分三年, 今明两年, 明年底前) and a five-year plan's period (“十四五”期间,
 * 十四五末: 2025). Base years (较2015年, 比2019年) are not deadlines.
 */
final class Deadlines {
  private Deadlines() {}

  private static final WordSet BY_BEFORE = WordSet.of("到", "至", "于", "在", "截至", "截止", "力争", "确保", "争取", "计划");
  private static final WordSet BASE_BEFORE = WordSet.of("较", "比", "与", "同", "相比", "自", "从");
  private static final WordSet BY_AFTER = WordSet.of(
      "底前", "底", "末", "前", "以前", "之前", "内", "份前", "完成", "建成", "竣工", "完工", "投用", "投入使用",
      "开工", "实现", "全面", "全部", "基本", "通车", "运营", "交付", "落地");
  private static final WordSet MONTH_END = WordSet.of("底前", "前", "以前", "之前", "底", "末");
  private static final WordSet THIS_YEAR = WordSet.of("年内", "年底前", "今年底", "今年内", "年底", "本年度内", "年末");

  static Optional<Deadline> find(String text, List<Mention> mentions, OptionalInt year) {
    YearMonth latest = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type != Mention.Type.DATE) {
        continue;
      }
      int y;
      int month = 12;
      int end = m.end;
      if (m.year > 0) {
        y = m.lastYear > 0 ? m.lastYear : m.year;
        if (i + 1 < mentions.size()) {
          Mention next = mentions.get(i + 1);
          if (next.month > 0 && onlySpaces(text, m.end, next.start)) {
            month = next.month;
            end = next.end;
          }
        }
      } else if (m.month > 0 && year.isPresent() && (i == 0 || !isYearJustBefore(text, mentions.get(i - 1), m))) {
        y = year.getAsInt();
        month = m.month;
        if (MONTH_END.startingAt(text, skip(text, end)) == 0) {
          continue; // 6月建成 without a year is too loose to be a deadline
        }
      } else {
        continue;
      }
      int before = m.prefixStart;
      while (before > 0 && Lexicon.isSpace(text.charAt(before - 1))) {
        before--;
      }
      if (BASE_BEFORE.endingAt(text, before) > 0) {
        continue;
      }
      boolean by = BY_BEFORE.endingAt(text, before) > 0
          || BY_AFTER.startingAt(text, skip(text, end)) > 0
          || m.lastYear > 0 && !namesAPlanPeriod(text, before); // 2020-2022年改造老旧小区60个
      if (!by) {
        continue;
      }
      latest = later(latest, YearMonth.of(y, month));
    }
    // Due at the end of a year: this one (年内), a span from it (三年内) or a five-year plan's (十四五期间).
    int last = planEnd(text);
    if (year.isPresent() && year.getAsInt() > 0 && year.getAsInt() < 10000) {
      last = Math.max(last, THIS_YEAR.within(text) ? year.getAsInt() : -1);
      last = Math.max(last, spanEnd(text, mentions, year.getAsInt()));
    }
    if (last > 0 && last < 10000) {
      latest = later(latest, YearMonth.of(last, 12));
    }
    return latest == null ? Optional.empty() : Optional.of(Deadline.of(latest));
  }

  private static YearMonth later(YearMonth latest, YearMonth due) {
    return latest == null || due.isAfter(latest) ? due : latest;
  }

  /** The last year of the five-year plan whose period the text names (“十四五”期间: 2025), or -1. */
  private static int planEnd(String text) {
    int last = -1;
    for (int k = text.indexOf('十'); k >= 0 && k + 2 < text.length(); k = text.indexOf('十', k + 1)) {
      int plan = "一二三四五".indexOf(text.charAt(k + 1)) + 1; // 十四五: the 14th plan, 2021-2025
      if (plan == 0 || text.charAt(k + 2) != '五') {
        continue;
      }
      int after = k + 3;
      while (after < text.length() && (Lexicon.isCloseQuote(text.charAt(after)) || Lexicon.isSpace(text.charAt(after)))) {
        after++;
      }
      for (String period : PLAN_PERIOD) {
        if (text.startsWith(period, after)) {
          last = Math.max(last, 2005 + 5 * plan);
          break;
        }
      }
    }
    return last;
  }

  /** What makes 十四五 the plan's years rather than its name (十四五规划编制 is this year's work). */
  private static final String[] PLAN_PERIOD = {"期间", "时期", "期末", "末", "内"};

  /**
   * The last year of a span of years counted from the report's: 三年内, 3年内, 二十年内, 用十五年时间
   * and 分三年 (year + n − 1, for any number of years written in digits or numerals), 今明两年 and
   * 明年底 (year + 1); -1 when there is none. 一年内 and 年内 are the report's year, and a number of
   * years followed by anything else (三年行动, 近三年来) is no span.
   */
  private static int spanEnd(String text, List<Mention> mentions, int year) {
    int last = -1;
    for (int k = text.indexOf("明年"); k >= 0; k = text.indexOf("明年", k + 1)) {
      int after = k + 2;
      if ((k == 0 || text.charAt(k - 1) != '今') && (MONTH_END.startingAt(text, after) > 0 || text.startsWith("内", after))) {
        last = Math.max(last, year + 1); // 明年底前, 明年内
      }
    }
    if (text.contains("今明两年")) {
      last = Math.max(last, year + 1);
    }
    for (Mention m : mentions) {
      if (m.type != Mention.Type.DATE || m.year > 0 || m.upper != null || m.value == null || !m.unitSymbol.equals("年")
          || m.value.signum() <= 0 || m.value.compareTo(MAX_SPAN) > 0 || m.value.stripTrailingZeros().scale() > 0) {
        continue; // a calendar year (2022年内), a range or a fraction of years is no span
      }
      int after = skip(text, m.end);
      boolean span = text.startsWith("内", after) || text.startsWith("时间", after)
          || m.prefixStart > 0 && text.charAt(m.prefixStart - 1) == '分';
      int years = m.value.intValue();
      if (span && years >= 2) {
        last = Math.max(last, year + years - 1);
      }
    }
    return last;
  }

  /** The longest span of years read: longer ones are more likely a calendar year written short. */
  private static final java.math.BigDecimal MAX_SPAN = java.math.BigDecimal.valueOf(50);

  /**
   * The marks of a cumulative figure's date, each from the year's start: 1-11月 (group 1), 截至
   * 2020年11月 (2), 11月底 (3), 前三季度 (4: September), 上半年 (5: June), 全年 and 年底 (6:
   * December). A month alone (12月份) or a range from another month (7-12月) counts the work of
   * that time only, and is no such mark.
   */
  private static final Pattern AS_OF = Pattern.compile(
      "(?<![\\d.])1\\s*月?\\s*[-－—–~～至到]\\s*(\\d{1,2})\\s*月"
      + "|(?:截至|截止)\\s*(?:(?:19|20)\\d{2}\\s*年\\s*)?(\\d{1,2})\\s*月"
      + "|(\\d{1,2})\\s*月\\s*[底末]"
      + "|(前三季度|前3季度|1\\s*[-－—–~～至]\\s*3\\s*季度)"
      + "|(上半年|前两季度|前两个季度)"
      + "|(全年|年底|年末)");

  /**
   * The month a figure in a narrative is as of: the last mark of a cumulative date (1-11月, 截至11月底,
   * 12月底, 前三季度, 上半年, 全年) in its sentence before {@code at} (the figure or its end); 0 when none. Two figures
   * of one thing as of two dates are the same total growing, never parts to be summed.
   *
   * @param narrative the narrative
   * @param at where the figure starts
   * @return the month, 1 to 12, or 0
   */
  static int asOfMonth(String narrative, int at) {
    return asOfMonths(narrative, new int[] {at})[0];
  }

  /**
   * {@link #asOfMonth} for several figures at once, reading the narrative once: for each position
   * in {@code ats}, the month of the last cumulative date before it in its sentence, or 0. All are
   * 0 unless some date is before December, as a figure of December is judged as an undated one.
   *
   * @param narrative the narrative
   * @param ats where the figures start (or end)
   * @return the months, 1 to 12, or 0, in the order of {@code ats}
   */
  static int[] asOfMonths(String narrative, int[] ats) {
    int[] out = new int[ats.length];
    if (!mayBeDated(narrative)) {
      return out; // most narratives: no regular expression to run
    }
    Matcher m = AS_OF.matcher(narrative);
    int[] starts = new int[4];
    int[] ends = new int[4];
    int[] months = new int[4];
    int n = 0;
    boolean early = false;
    while (m.find()) {
      int month = m.group(1) != null ? Integer.parseInt(m.group(1))
          : m.group(2) != null ? Integer.parseInt(m.group(2))
          : m.group(3) != null ? Integer.parseInt(m.group(3))
          : m.group(4) != null ? 9 : m.group(5) != null ? 6 : 12;
      if (month < 1 || month > 12) {
        continue;
      }
      if (n == starts.length) {
        starts = java.util.Arrays.copyOf(starts, 2 * n);
        ends = java.util.Arrays.copyOf(ends, 2 * n);
        months = java.util.Arrays.copyOf(months, 2 * n);
      }
      starts[n] = m.start();
      ends[n] = m.end();
      months[n++] = month;
      early |= month < 12;
    }
    if (!early) {
      return out;
    }
    for (int i = 0; i < ats.length; i++) {
      int from = Reading.sentenceStart(narrative, ats[i]);
      for (int k = n - 1; k >= 0; k--) {
        if (ends[k] <= ats[i] && starts[k] >= from) {
          out[i] = months[k];
          break;
        }
      }
    }
    return out;
  }

  /** Whether the narrative may hold a date before December that {@link #AS_OF} reads. */
  private static boolean mayBeDated(String narrative) {
    for (int k = narrative.indexOf('月'); k >= 0; k = narrative.indexOf('月', k + 1)) {
      int d = k;
      while (d > 0 && Lexicon.arabicDigit(narrative.charAt(d - 1)) >= 0) {
        d--;
      }
      char next = k + 1 < narrative.length() ? narrative.charAt(k + 1) : ' ';
      if (d < k && (next == '底' || next == '末' || d > 0 && "-－—–~～至到".indexOf(narrative.charAt(d - 1)) >= 0
          || d >= 2 && (narrative.startsWith("截至", d - 2) || narrative.startsWith("截止", d - 2) || narrative.charAt(d - 1) == '年'))) {
        return true;
      }
    }
    return narrative.contains("季度") || narrative.contains("上半年") || narrative.contains("前两");
  }

  /** Whether the range of years just before {@code before} is the period of a plan: in 《》 or in parentheses. */
  private static boolean namesAPlanPeriod(String text, int before) {
    if (before > 0 && (text.charAt(before - 1) == '（' || text.charAt(before - 1) == '(')) {
      return true;
    }
    int open = text.lastIndexOf('《', before);
    return open >= 0 && text.indexOf('》', open) >= before;
  }

  private static boolean isYearJustBefore(String text, Mention previous, Mention month) {
    return previous.year > 0 && onlySpaces(text, previous.end, month.start);
  }

  private static int skip(String text, int k) {
    while (k < text.length() && Lexicon.isSpace(text.charAt(k))) {
      k++;
    }
    return k;
  }

  private static boolean onlySpaces(String text, int from, int to) {
    if (from > to) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!Lexicon.isSpace(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
