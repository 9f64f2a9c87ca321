package io.github.workreport.text;

import io.github.workreport.Deadline;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Deadlines in a task's text: a year (and month) introduced by 到/至/于/在 or followed by 前, 底,
 * 末, 内 or a verb of completion (2021年6月建成); a range of years (2020-2022年, 2020年至2022年: its
 * last year) unless it names a plan's period in 《》 or after a document's name in parentheses (a span
 * in parentheses that ends the task or its sentence, 通公路2606个(2013—2017年), is its due date); a month alone followed by 底前
 * (the report's year); 年内, 年底前, 今年底 (the report's year's December); a span counted from the
 * report's year (三年内, 二十年内, 用两年时间, 分三年, 今明两年, 明年底前) and a five-year plan's period (“十四五”期间,
 * 十四五末: 2025); the end of a quarter or half so introduced or followed (三季度末前, 2024年上半年建成). Base
 * years (较2015年, 比2019年) are not deadlines.
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
    List<Quarter> quarters = quarters(text);
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
          if (next.month > 0 && Lexicon.onlySpaces(text, m.end, next.start)) {
            month = next.month;
            end = next.end;
          }
        }
        if (month == 12 && startsQuarter(quarters, skip(text, m.end))) {
          continue; // 2022年一季度: the quarter's end, read with the quarters below
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
          || m.lastYear > 0 && !namesAPlanPeriod(text, before, m.end); // 2020-2022年改造老旧小区60个
      if (!by) {
        continue;
      }
      latest = later(latest, YearMonth.of(y, month));
    }
    latest = later(latest, quarterOrHalfEnd(text, quarters, mentions, year));
    // Due at the end of a year: this one (年内), a span from it (三年内) or a five-year plan's (十四五期间).
    int last = planEnd(text);
    if (year.isPresent() && year.getAsInt() > 0 && year.getAsInt() < 10000) {
      last = Math.max(last, namesThisYearsEnd(text) ? year.getAsInt() : -1);
      last = Math.max(last, spanEnd(text, mentions, year.getAsInt()));
    }
    if (last > 0 && last < 10000) {
      latest = later(latest, YearMonth.of(last, 12));
    }
    return latest == null ? Optional.empty() : Optional.of(Deadline.of(latest));
  }

  /**
   * The deadline a 完成时限 cell gives: in a column of due dates every date is one, whatever words
   * surround it, so the latest month it names is the deadline (2021年12月底, 12月底前 in the report's
   * year, 2022年 its December, 2021年6月-2022年6月 the later); 年底, 年内 and 全年 are the report
   * year's December. Empty for a cell that names no date (长期坚持, 持续推进).
   */
  static Optional<Deadline> ofCell(String cell, OptionalInt year) {
    if (cell.isBlank()) {
      return Optional.empty();
    }
    List<Mention> mentions = NumberScanner.scan(cell);
    List<Quarter> quarters = quarters(cell);
    YearMonth latest = null;
    int currentYear = -1;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type != Mention.Type.DATE) {
        continue;
      }
      if (m.year > 0) {
        currentYear = m.lastYear > 0 ? m.lastYear : m.year;
        Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
        boolean monthFollows = next != null && next.month > 0 && Lexicon.onlySpaces(cell, m.end, next.start)
            || startsQuarter(quarters, skip(cell, m.end)); // 2021年上半年 is due in June
        if (!monthFollows && currentYear < 10000) {
          latest = later(latest, YearMonth.of(currentYear, 12));
        }
      } else if (m.month > 0 && m.month <= 12) {
        int y = currentYear > 0 ? currentYear : year.orElse(-1);
        if (y > 0 && y < 10000) {
          latest = later(latest, YearMonth.of(y, m.month));
        }
      }
    }
    for (Quarter q : quarters) {
      Mention calendarYear = yearEndingAt(mentions, skipBack(cell, q.start));
      int y = calendarYear != null ? (calendarYear.lastYear > 0 ? calendarYear.lastYear : calendarYear.year)
          : q.start >= 2 && cell.startsWith("明年", q.start - 2) ? year.orElse(-2) + 1 : year.orElse(-1);
      if (y > 0 && y < 10000) {
        latest = later(latest, YearMonth.of(y, q.month));
      }
    }
    if (latest == null && year.isPresent() && year.getAsInt() > 0 && year.getAsInt() < 10000
        && (namesThisYearsEnd(cell) || cell.contains("全年"))) {
      latest = YearMonth.of(year.getAsInt(), 12);
    }
    return latest == null ? Optional.empty() : Optional.of(Deadline.of(latest));
  }

  private static YearMonth later(YearMonth latest, YearMonth due) {
    return due != null && (latest == null || due.isAfter(latest)) ? due : latest;
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

  /**
   * The end of a quarter or a half of a year named as when work is due (三季度末前完成, 第一季度建成, 上半年完成,
   * 于下半年投用, 2024年上半年建成投用, 明年一季度投入使用): its last month, in the calendar year written just
   * before it, the next year after 明年, else the report's year; null when there is none. The quarter
   * must be followed by a word of completion or of a deadline (末, 前, 内, 完成, 建成 …) or follow one (到,
   * 于, 力争) as a year must; the first quarters counted together (前三季度) and a base (较上半年) are no
   * deadline.
   */
  private static YearMonth quarterOrHalfEnd(String text, List<Quarter> quarters, List<Mention> mentions, OptionalInt year) {
    YearMonth latest = null;
    for (Quarter q : quarters) {
      latest = later(latest, dueAt(text, mentions, year, q));
    }
    return latest;
  }

  /** A quarter or half of a year named in a text, {@code [start, end)}, and its last month. */
  private record Quarter(int start, int end, int month) {}

  /** The quarters and halves a text names: 一季度, 第三季度, 3季度 (第 included), 上半年, 下半年. */
  private static List<Quarter> quarters(String text) {
    List<Quarter> out = null; // most texts name none
    for (int k = text.indexOf("季度"); k >= 0; k = text.indexOf("季度", k + 2)) {
      int quarter = k > 0 ? QUARTERS.indexOf(text.charAt(k - 1)) % 4 + 1 : 0;
      if (quarter > 0) {
        int start = k >= 2 && text.charAt(k - 2) == '第' ? k - 2 : k - 1;
        out = out == null ? new java.util.ArrayList<>(2) : out;
        out.add(new Quarter(start, k + 2, quarter * 3));
      }
    }
    for (int k = text.indexOf("半年"); k >= 0; k = text.indexOf("半年", k + 2)) {
      char side = k > 0 ? text.charAt(k - 1) : ' ';
      if (side == '上' || side == '下') {
        out = out == null ? new java.util.ArrayList<>(2) : out;
        out.add(new Quarter(k - 1, k + 2, side == '上' ? 6 : 12));
      }
    }
    return out == null ? List.of() : out;
  }

  /** Whether one of {@code quarters} starts at {@code at}. */
  private static boolean startsQuarter(List<Quarter> quarters, int at) {
    for (Quarter q : quarters) {
      if (q.start == at) {
        return true;
      }
    }
    return false;
  }

  /** The numerals of a quarter, four by four: 一季度, 1季度, １季度. */
  private static final String QUARTERS = "一二三四1234１２３４";

  /** The month that quarter {@code q} is due in, or null when the text does not make it a due date. */
  private static YearMonth dueAt(String text, List<Mention> mentions, OptionalInt reportYear, Quarter q) {
    if (q.start > 0 && text.charAt(q.start - 1) == '前') {
      return null; // 前三季度: the months so far, not a due date
    }
    int before = skipBack(text, q.start);
    int y = reportYear.orElse(-1);
    if (before >= 2 && text.startsWith("明年", before - 2)) {
      y = y > 0 ? y + 1 : -1;
      before = skipBack(text, before - 2);
    } else if (before >= 2 && (text.startsWith("今年", before - 2) || text.startsWith("本年", before - 2))) {
      before = skipBack(text, before - 2);
    } else {
      Mention calendarYear = yearEndingAt(mentions, before);
      if (calendarYear != null) {
        y = calendarYear.lastYear > 0 ? calendarYear.lastYear : calendarYear.year;
        before = skipBack(text, calendarYear.prefixStart);
      }
    }
    if (y <= 0 || y >= 10000 || BASE_BEFORE.endingAt(text, before) > 0) {
      return null;
    }
    int after = skip(text, q.end);
    boolean due = BY_BEFORE.endingAt(text, before) > 0 || BY_AFTER.startingAt(text, after) > 0
        || MONTH_END.startingAt(text, after) > 0;
    return due ? YearMonth.of(y, q.month) : null;
  }

  /** The calendar year without a month (2024年) that ends at {@code end}, or null. */
  private static Mention yearEndingAt(List<Mention> mentions, int end) {
    for (Mention m : mentions) {
      if (m.type == Mention.Type.DATE && m.year > 0 && m.month <= 0 && m.end == end) {
        return m;
      }
    }
    return null;
  }

  /** Whether the text names the end of the report's year (年内, 年底前), not of a half (上半年末, 下半年内). */
  private static boolean namesThisYearsEnd(String text) {
    for (int at = THIS_YEAR.indexWithin(text, 0, text.length()); at >= 0; at = THIS_YEAR.indexWithin(text, at + 1, text.length())) {
      if (at == 0 || text.charAt(at - 1) != '半') {
        return true;
      }
    }
    return false;
  }

  /** The longest span of years read: longer ones are more likely a calendar year written short. */
  private static final BigDecimal MAX_SPAN = BigDecimal.valueOf(50);

  /**
   * The month a figure in a narrative is as of: the last mark of a cumulative date (1-11月, 截至11月底,
   * 12月底, 前三季度, 上半年, 全年) in its sentence before {@code at} (the figure or its end); 0 when none. Two figures
   * of one thing as of two dates are the same total growing, never parts to be summed.
   *
   * @param words the narrative, read
   * @param at where the figure starts
   * @return the month, 1 to 12, or 0
   */
  static int asOfMonth(Tokens words, int at) {
    return asOfMonths(words, new int[] {at})[0];
  }

  /**
   * {@link #asOfMonth} for several figures at once: for each position in {@code ats}, the month of the
   * last cumulative date before it in its sentence, or 0. All are 0 unless some date is before
   * December, as a figure of December is judged as an undated one.
   *
   * <p>The marks of a cumulative date, each from the year's start: a range of months from January
   * (1-11月), a month as of which (截至11月, 截至2020年11月) or at whose end (11月底, 11月末) the figure
   * stands, the first quarters (前三季度, 1-3季度: September; 前两季度 and the {@link
   * Vocabulary#FIRST_HALF} words: June; the {@link Vocabulary#FIRST_QUARTER} words: March) and the {@link Vocabulary#WHOLE_YEAR} words (全年, 年底:
   * December). A month alone (12月份) or a range from another month (7-12月) counts the work of that
   * time only, and is no such mark.
   *
   * @param words the narrative, read
   * @param ats where the figures start (or end)
   * @return the months, 1 to 12, or 0, in the order of {@code ats}
   */
  static int[] asOfMonths(Tokens words, int[] ats) {
    return asOfMonths(words, ats, false);
  }

  /**
   * {@link #asOfMonths(Tokens, int[])}, or when {@code evenDecember} the months even when no date
   * is before December (全年新建39座: 12).
   */
  static int[] asOfMonths(Tokens words, int[] ats, boolean evenDecember) {
    return asOfMonths(words, ats, evenDecember, false);
  }

  /**
   * {@link #asOfMonths(Tokens, int[], boolean)}; when {@code onePeriodEnds}, a month or quarter of
   * its own (二季度, 12月份, 7-12月) after a cumulative date ends that date's reach: 一季度增速0.6%，
   * 四季度预计增速6% — the 6% is no figure as of March.
   */
  static int[] asOfMonths(Tokens words, int[] ats, boolean evenDecember, boolean onePeriodEnds) {
    return asOfMonths(words, ats, evenDecember, onePeriodEnds, -1);
  }

  /**
   * {@link #asOfMonths(Tokens, int[], boolean, boolean)} for a report of {@code reportYear} (or -1
   * when unknown): a month of a later year (截至2021年2月底 in a report on 2020, written after the
   * year's end) stands for the whole year, 12, not for a part of it.
   */
  static int[] asOfMonths(Tokens words, int[] ats, boolean evenDecember, boolean onePeriodEnds, int reportYear) {
    int[] out = new int[ats.length];
    String text = words.normalized;
    DateMarks marks = new DateMarks();
    List<Mention> mentions = words.mentions;
    int word = 0;
    for (int i = 0; i <= mentions.size(); i++) {
      Mention m = i < mentions.size() ? mentions.get(i) : null;
      int upTo = m == null ? text.length() : m.prefixStart;
      // the words of a whole period before this number
      for (; word < words.count() && words.startOf(word) < upTo; word++) {
        long roles = words.rolesOf(word);
        int month = (roles & Vocabulary.FIRST_QUARTER) != 0 ? 3 : (roles & Vocabulary.FIRST_HALF) != 0 ? 6
            : (roles & Vocabulary.WHOLE_YEAR) != 0 || asOfNow(words, word) ? 12 : 0;
        if (month == 0 || words.startOf(word) < marks.lastEnd()) {
          continue;
        }
        marks.add(words.startOf(word), words.endOf(word), month);
      }
      int counted = m == null ? 0 : monthsFromJanuary(text, m);
      if (counted > 0) {
        if (m.prefixStart - 1 >= marks.lastEnd()) {
          marks.add(m.prefixStart - 1, m.unitSymbol.equals("个") ? m.end + 2 : m.end, counted); // 前10个月, 前三个季度
        }
        continue;
      }
      if (m == null || m.type != Mention.Type.DATE || m.value == null || m.prefixStart < marks.lastEnd()) {
        continue;
      }
      int start = m.start;
      int end = m.end;
      int month = 0;
      int reach = Integer.MAX_VALUE;
      boolean fromJanuary = m.upper != null && m.value.compareTo(BigDecimal.ONE) == 0;
      if (m.month >= 1 && m.month <= 12) {
        int after = skip(text, m.end);
        int asOf = asOfBefore(words, mentions, i);
        if (fromJanuary) {
          month = m.month; // 1-11月
        } else if (m.upper == null && asOf >= 0) {
          month = m.month; // 截至11月, 截至2020年11月
          start = asOf;
        } else if (after < text.length() && (text.charAt(after) == '底' || text.charAt(after) == '末')) {
          month = m.month; // 11月底
          end = after + 1;
          if (onTheDayOfAnEvent(text, m)) {
            reach = Reading.clauseEnd(text, end); // 已于11月底竣工，本年度完成投资4380万元: when it was done, not as of when
          }
        }
      } else if (m.unitSymbol.equals("季度") && m.upper == null && m.prefixStart > 0 && text.charAt(m.prefixStart - 1) == '前') {
        month = QUARTERS_AS_OF[Math.min(m.value.intValue(), 4) & 7]; // 前三季度, 前两季度
        start = m.prefixStart - 1;
      } else if (m.unitSymbol.equals("季度") && fromJanuary) {
        month = QUARTERS_AS_OF[Math.min(m.upper.intValue(), 4) & 7]; // 1-3季度
      } else if (m.unitSymbol.equals("季度") && m.upper == null) {
        // 截至三季度末, 截至第三季度, 三季度末, 三季度累计: as of the quarter's last month; 三季度 alone is that
        // quarter only
        int after = skip(text, m.end);
        boolean closes = after < text.length() && (text.charAt(after) == '末' || text.charAt(after) == '底');
        int ordinal = m.prefixStart > 0 && text.charAt(m.prefixStart - 1) == '第' ? m.prefixStart - 1 : m.prefixStart;
        int asOf = asOfEndingAt(words, skipBack(text, ordinal));
        if (asOf >= 0 || closes || text.startsWith("累计", after)) {
          month = QUARTERS_AS_OF[Math.min(m.value.intValue(), 4) & 7];
          start = asOf >= 0 ? asOf : ordinal;
          end = closes ? after + 1 : end;
        }
      }
      if (month != 0 && reportYear > 0 && i > 0 && isYearJustBefore(text, mentions.get(i - 1), m)
          && mentions.get(i - 1).year > reportYear) {
        month = 12; // 截至2021年2月底 in a report on 2020: the year is over, its figure whole
      }
      if (month == 0) {
        if (onePeriodEnds && (m.month >= 1 && m.month <= 12 || m.unitSymbol.equals("季度"))) {
          marks.add(start, end, 0); // one period of its own: the figures after it are of no cumulative date
        }
        continue;
      }
      marks.add(start, end, month, reach);
    }
    if (!marks.early && !evenDecember) {
      return out;
    }
    for (int i = 0; i < ats.length; i++) {
      int from = Reading.sentenceStart(text, ats[i]);
      for (int k = marks.n - 1; k >= 0; k--) {
        if (marks.ends[k] <= ats[i] && marks.starts[k] >= from && ats[i] <= marks.reaches[k]) {
          out[i] = marks.months[k];
          break;
        }
      }
    }
    return out;
  }

  /**
   * Whether the date of mention {@code m} follows 于 (已于11月底竣工, 于10月末开园): the day something was done,
   * which dates that clause, not the figures of the clauses after it.
   */
  private static boolean onTheDayOfAnEvent(String text, Mention m) {
    int k = skipBack(text, m.prefixStart);
    return k > 0 && text.charAt(k - 1) == '于';
  }

  /**
   * Whether word {@code word} is 截至 or 截止 before 目前 or 当前: as of the time of writing, the latest a
   * report can be, which ends the reach of any earlier date (上半年，完成1.6万亩；截至目前，累计完成3.15万亩).
   */
  private static boolean asOfNow(Tokens words, int word) {
    if ((words.rolesOf(word) & Vocabulary.AS_OF) == 0) {
      return false;
    }
    int end = words.endOf(word);
    return words.normalized.startsWith("目前", end) || words.normalized.startsWith("当前", end);
  }

  /** The cumulative dates of a narrative in order: where each stands and the month it is as of. */
  private static final class DateMarks {
    int[] starts = new int[4];
    int[] ends = new int[4];
    int[] months = new int[4];
    /** Where each date stops dating the figures after it: the sentence's end, or its clause's for an event's day. */
    int[] reaches = new int[4];
    int n;
    /** Whether some date is before December. */
    boolean early;

    void add(int start, int end, int month) {
      add(start, end, month, Integer.MAX_VALUE);
    }

    void add(int start, int end, int month, int reach) {
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, 2 * n);
        ends = Arrays.copyOf(ends, 2 * n);
        months = Arrays.copyOf(months, 2 * n);
        reaches = Arrays.copyOf(reaches, 2 * n);
      }
      starts[n] = start;
      ends[n] = end;
      reaches[n] = reach;
      months[n++] = month;
      early |= month > 0 && month < 12;
    }

    /** Where the last mark ends, or 0: a mark inside the one before is not another. */
    int lastEnd() {
      return n == 0 ? 0 : ends[n - 1];
    }
  }

  /** {@link #onePeriod}: the figure is of no one later period. */
  static final int NOT_ONE_PERIOD = 0;
  /** {@link #onePeriod}: the figure is of one later period whose month is not written (本月, 当月). */
  static final int UNKNOWN_MONTH = 99;

  /**
   * For each figure {@code [starts[i], ends[i])} of a narrative, whether the first date in its clause
   * (up to the figure's end) names one period that does not start in January — 12月份, 7-12月,
   * {@link Vocabulary#SECOND_HALF} (下半年), or the {@link Vocabulary#ONE_PERIOD} words (本月, 当月): the work of that period only, not
   * the total of the year so far (本月完成投资2亿元，累计完成投资18亿元). A month with a day (12月31日) is
   * a moment, a month as of which (截至11月, 11月底) a cumulative date, and a quarter (二季度增速3%)
   * is left alone: reports write it for the quarter and for the year up to it alike.
   *
   * @param words the narrative, read
   * @param starts where the figures start
   * @param ends where they end
   * @return per figure, the last month of its period (1 to 12), {@link #UNKNOWN_MONTH}, or {@link
   *     #NOT_ONE_PERIOD}
   */
  static int[] onePeriod(Tokens words, int[] starts, int[] ends) {
    int[] out = new int[starts.length];
    String text = words.normalized;
    List<Mention> mentions = words.mentions;
    long marks = Vocabulary.ONE_PERIOD | Vocabulary.SECOND_HALF | Vocabulary.FIRST_QUARTER | Vocabulary.FIRST_HALF | Vocabulary.WHOLE_YEAR
        | Vocabulary.AS_OF;
    for (int f = 0; f < starts.length; f++) {
      if (ends[f] <= starts[f]) {
        continue;
      }
      int from = withLeadingDate(words, Reading.clauseStart(text, starts[f]));
      int word = words.firstWithin(from, ends[f], marks);
      int mark = -1;
      int period = NOT_ONE_PERIOD;
      for (int i = 0; i < mentions.size(); i++) {
        Mention m = mentions.get(i);
        if (m.start < from || m.type != Mention.Type.DATE || m.value == null) {
          continue;
        }
        if (m.start >= ends[f]) {
          break;
        }
        boolean month = m.month >= 1 && m.month <= 12;
        if (!month && !m.unitSymbol.equals("季度")) {
          continue; // a year: the first date is still to come
        }
        mark = m.prefixStart;
        if (!month) {
          break;
        }
        int after = skip(text, m.end);
        boolean withDay = i + 1 < mentions.size() && mentions.get(i + 1).start == after
            && mentions.get(i + 1).unitSymbol.equals("日");
        boolean fromJanuary = m.upper != null ? m.value.compareTo(BigDecimal.ONE) == 0 : m.month == 1;
        boolean cumulative = asOfBefore(words, mentions, i) >= 0
            || after < text.length() && (text.charAt(after) == '底' || text.charAt(after) == '末');
        if (!fromJanuary && !cumulative && !withDay) {
          period = m.month;
        }
        break;
      }
      if (word >= 0 && (mark < 0 || word < mark)) {
        long roles = words.longestRolesStartingAt(word, marks);
        period = (roles & Vocabulary.SECOND_HALF) != 0 ? 12 : (roles & Vocabulary.ONE_PERIOD) != 0 ? UNKNOWN_MONTH
            : NOT_ONE_PERIOD;
      }
      out[f] = period;
    }
    return out;
  }

  /**
   * The start of the clause before the one starting at {@code from} when that clause is a date alone
   * (6月份，全市规模以上工业增加值同比增长9.1%): a time set at the head of a sentence governs the clause
   * after it. Else {@code from}.
   */
  private static int withLeadingDate(Tokens words, int from) {
    String text = words.normalized;
    int end = skipBack(text, from - 1);
    if (from <= 0 || end <= 0) {
      return from;
    }
    int start = Reading.clauseStart(text, end);
    for (Mention m : words.mentions) {
      if (m.type == Mention.Type.DATE && skip(text, start) == m.prefixStart && onlyPeriodWords(text, m.end, end)) {
        return start;
      }
    }
    return from;
  }

  /** Whether {@code [from, to)} holds nothing but the words that end a month (份, 底, 末) and spaces. */
  private static boolean onlyPeriodWords(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c != '份' && c != '底' && c != '末' && !Lexicon.isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  /** The month a count of quarters from January ends in: 前三季度 is as of September. */
  private static final int[] QUARTERS_AS_OF = {0, 3, 6, 9, 12, 0, 0, 0};

  /**
   * Where the 截至 or 截止 before the month {@code mentions.get(i)} starts, past a year written before
   * the month (截至2020年11月), or -1.
   */
  private static int asOfBefore(Tokens words, List<Mention> mentions, int i) {
    Mention m = mentions.get(i);
    int before = m.prefixStart;
    if (i > 0 && isYearJustBefore(words.normalized, mentions.get(i - 1), m)) {
      before = mentions.get(i - 1).prefixStart;
    }
    return asOfEndingAt(words, skipBack(words.normalized, before));
  }

  /**
   * The months from January that {@code m} counts when it is the first months or quarters of the
   * year (前10个月, 今年前11个月, 2024年前三个季度), else 0: a period, not a figure. 提前2个月 is
   * early, not a period; the 前 must open its clause or follow a year.
   */
  static int monthsFromJanuary(String text, Mention m) {
    int before = m.prefixStart - 1;
    if (m.value == null || m.upper != null || before < 0 || text.charAt(before) != '前'
        || before > 0 && Lexicon.isHan(text.charAt(before - 1)) && text.charAt(before - 1) != '年') {
      return 0;
    }
    int n;
    try {
      n = m.value.intValueExact();
    } catch (ArithmeticException notWhole) {
      return 0;
    }
    if (m.unitSymbol.equals("个月")) {
      return n >= 1 && n <= 12 ? n : 0;
    }
    if (m.unitSymbol.equals("个") && text.startsWith("季度", m.end)) {
      return n >= 1 && n <= 4 ? 3 * n : 0;
    }
    return 0;
  }

  /** Where the 截至 or 截止 that ends at {@code before} starts, or -1. */
  private static int asOfEndingAt(Tokens words, int before) {
    int len = words.lengthEndingAt(before, Vocabulary.AS_OF);
    return len == 0 ? -1 : before - len;
  }

  /** Whether the narrative may hold a date before December that {@link #asOfMonths(Tokens, int[])} reads: a cheap test before reading it. */
  static boolean mayBeDated(String narrative) {
    return narrative.indexOf('月') >= 0 || narrative.indexOf('季') >= 0 || narrative.contains("半年");
  }

  /** Whether the range of years just before {@code before} is the period of a plan: in 《》 or in parentheses. */
  private static boolean namesAPlanPeriod(String text, int before, int end) {
    if (before > 0 && (text.charAt(before - 1) == '（' || text.charAt(before - 1) == '(')) {
      // 2606个撤并村通公路(2013—2017年)。: a span in parentheses that closes the task is when the
      // work is due, unless a document's name comes before it (建设规划（2021-2035年）)
      return DOCUMENT.endingAt(text, before - 1) > 0 || !closesTheTask(text, end);
    }
    int open = text.lastIndexOf('《', before);
    return open >= 0 && text.indexOf('》', open) >= before;
  }

  /** Names of documents, whose period in parentheses is theirs, not a deadline. */
  private static final WordSet DOCUMENT =
      WordSet.of("规划", "计划", "纲要", "方案", "意见", "办法", "条例", "战略", "行动", "标准", "指南", "细则", "大纲");

  /**
   * Whether the parenthesis closing at or after {@code end} ends the task's text or sentence: not a
   * clause that goes on to this year's part (提升工程(2018—2020年)，今年新建公路200公里).
   */
  private static boolean closesTheTask(String text, int end) {
    int k = skip(text, end);
    if (k >= text.length() || text.charAt(k) != '）' && text.charAt(k) != ')') {
      return false;
    }
    k = skip(text, k + 1);
    return k >= text.length() || "。；;".indexOf(text.charAt(k)) >= 0;
  }


  private static boolean isYearJustBefore(String text, Mention previous, Mention month) {
    return previous.year > 0 && Lexicon.onlySpaces(text, previous.end, month.start);
  }

  private static int skipBack(String text, int k) {
    while (k > 0 && Lexicon.isSpace(text.charAt(k - 1))) {
      k--;
    }
    return k;
  }

  private static int skip(String text, int k) {
    while (k < text.length() && Lexicon.isSpace(text.charAt(k))) {
      k++;
    }
    return k;
  }

}
