package io.github.workreport.text;

import io.github.workreport.Deadline;
import io.github.workreport.Period;
import io.github.workreport.Task;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * What a report's title (or summary line) says about the report: the jurisdiction, the year and
 * the period reported on.
 *
 * <pre>{@code
 * ReportTitle t = ReportTitle.parse("《灞桥区 2020 年政府工作报告》工作任务分解表");
 * t.jurisdiction();   // Optional[灞桥区]
 * t.year();           // OptionalInt[2020]
 * t.period();         // Optional[2020-12 (全年)]
 * }</pre>
 *
 * <p>Periods understood: 全年 / 年度 / 下半年 (or none: the whole year), 上半年 and 半年 (June),
 * 一季度 / 第一季度 (March), 前三季度 (September), 1-11月, 1月-11月, 1至11月 and 一至十一月
 * (November), 截至9月底 / 截至9月 / 9月底 / 截至2021年9月 (September), quarters in digits too (前3季度,
 * 1-3季度: September), 年中 and 前两个季度 (June), 前三个季度 (September), the first months (前10个月,
 * 前十个月: October), a month right after the year or before a word of
 * progress (2023年10月…进展情况, 2022年民生实事8月进展情况: October, August). Years may be written
 * 2020, ２０２０ or 二〇二〇. The jurisdiction is the last place named before the year (陕西省西安市灞桥区
 * → 灞桥区), or after it when the title opens with a date; words such as 关于印发 are not part of
 * it, nor is the 乡 of 城乡 and 乡村 (临江市住房和城乡建设局 → 临江市). This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractReportTitle {
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
  private static final Pattern JURISDICTION = Pattern.compile(
      "([\\p{IsHan}]{1,12}?(?:自治区|自治州|自治县|特别行政区|新区|省|市|区|县|旗|州|盟|镇|乡|街道))");
  /** Words that are never part of a place name and may stand before one in a title. */
  private static final Pattern NOT_A_PLACE = Pattern.compile(
      "关于|印发|转发|下达|报送|截至|截止|到|年度|年|月底|月末|月份|月|底|末|的|城乡|乡村|[^\\p{IsHan}]");
  private static final Pattern MONTH_RANGE = Pattern.compile(
      "1\\s*月?\\s*[-－—–~～至到]\\s*(\\d{1,2})\\s*月");
  private static final Pattern AS_OF_MONTH = Pattern.compile("(?:截至|截止|截止到|截至到)?\\s*(\\d{1,2})\\s*月(?:底|末|份)");
  private static final Pattern AS_OF_PREFIX = Pattern.compile("(?:截至|截止)\\s*(?:(?:19|20)\\d{2}\\s*年\\s*)?(\\d{1,2})\\s*月");
  /**
   * A month written right after the report's year (2023年10月省政府民生实事进展), not a day's date
   * (2023年10月9日), or before a word of progress (民生实事项目8月进展情况) but not after another
   * year: the month the report is as of.
   */
  private static final Pattern MONTH_AFTER_YEAR = Pattern.compile("^(\\d{1,2})月(?![\\d日号])");
  private static final Pattern MONTH_OF_PROGRESS = Pattern.compile("(?<![\\d年])(\\d{1,2})月(?=进展|进度|落实|推进|完成)");
  /** A Chinese month number: 十一月, 一至十一月 (the 一 before 至 too). */
  private static final Pattern CHINESE_MONTH = Pattern.compile("([一二三四五六七八九十]{1,3})(?=\\s*(?:月|[-－—–~～至到]))");
  private static final Pattern CHINESE_YEAR = Pattern.compile("([〇零一二三四五六七八九]{4})(?=\\s*年)");
  /** The last quarter of a run written in digits: 3季度, 前3季度, 1-3季度, 1至3季度, 第3季度. */
  private static final Pattern DIGIT_QUARTER = Pattern.compile("(?:1\\s*[-－—–~～至到、]\\s*)?([1-4])\\s*季度");
  /** The first months of the year: 前10个月, 前十个月. */
  private static final Pattern FIRST_MONTHS = Pattern.compile("前\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*个\\s*月");
  /** 年中 as mid-year (年中推进情况), not the start of 中央, 中国 … after a year. */
  private static final Pattern MID_YEAR = Pattern.compile("年中(?![央国华共])");

  /** The place, such as 灞桥区, when the title names one. @return the jurisdiction */
  public abstract Optional<String> jurisdiction();

  /** The year of the work report, when the title gives one. @return the year */
  public abstract OptionalInt year();

  /** The period reported on, when the year is known. @return the period */
  public abstract Optional<Period> period();

  /**
   * The last year of a plan's span the title names, when later than the year reported (三年行动计划（2023—2025年）
   * 2024年度… → 2025): a goal for the whole plan is due then.
   *
   * @return the plan's last year
   */
  public abstract OptionalInt planEnd();

  /**
   * The task, due at the end of the plan this title names ({@link #planEnd()}) when it sets a goal for the plan's years
   * (三年目标320, 三年累计评估不少于600家) and has no deadline of its own: that goal is not due in the year reported.
   * The table readers apply it to every task before extraction.
   *
   * @param task a task as read
   * @return the task, with the plan's end as its deadline where that applies
   */
  public Task dueAtThePlansEnd(Task task) {
    if (planEnd().isEmpty() || task.deadline().isPresent() || !OVER_THE_PLAN.within(task.text())) {
      return task;
    }
    return task.withDeadline(Deadline.of(YearMonth.of(planEnd().getAsInt(), 12)));
  }

  /** Words of a goal for a plan's years: 三年目标, 三年累计. */
  private static final WordSet OVER_THE_PLAN = WordSet.of("三年目标", "三年累计", "两年目标", "两年累计", "五年目标",
      "五年累计", "三年总目标", "行动期内", "计划期内");

  /**
   * Reads a title. Never fails: what the title does not say stays empty.
   *
   * @param title the title or summary line
   * @return what it says
   */
  public static ReportTitle parse(String title) {
    ReportTitle.Builder out = ReportTitle.builder();
    String text = normalize(title);
    Matcher year = YEAR.matcher(text);
    String head = text;
    String rest = "";
    if (theReportsYear(year, text)) {
      int y = Integer.parseInt(year.group(1));
      out.year(y);
      int planEnd = lastSpanEnd(text);
      if (planEnd > y) {
        out.planEnd(planEnd);
      }
      out.period(Period.of(YearMonth.of(y, monthOf(text.substring(year.end())))));
      head = text.substring(0, year.start());
      rest = text.substring(year.end());
    }
    // 陕西省西安市灞桥区: the most specific place comes last. A title that puts the date first
    // (截至2021年9月底灞桥区…) names the place after the year.
    String place = lastPlace(head);
    if (place == null) {
      place = lastPlace(rest.substring(0, Lexer.simplified(rest).split("政府|工作|报告|任务|重点", 2)[0].length()));
    }
    if (place != null) {
      out.jurisdiction(place);
    }
    return out.build();
  }

  /**
   * Finds the year the report is of: the first not ending a span of years (三年行动计划（2023—2025年）2024年度…: a plan's
   * span, then the year reported), or the span's end when the title gives no other.
   */
  private static boolean theReportsYear(Matcher year, String text) {
    int spanEnd = -1;
    while (year.find()) {
      if (!endsASpanOfYears(text, year.start())) {
        return true;
      }
      spanEnd = spanEnd < 0 ? year.start() : spanEnd;
    }
    return spanEnd >= 0 && year.find(spanEnd);
  }

  /** The year that ends the last span of years in {@code text} (（2023—2025年） → 2025), or 0. */
  private static int lastSpanEnd(String text) {
    Matcher year = YEAR.matcher(text);
    int last = 0;
    while (year.find()) {
      if (endsASpanOfYears(text, year.start())) {
        last = Integer.parseInt(year.group(1));
      }
    }
    return last;
  }

  /** Whether a year and a dash or 至 stand right before {@code at}: 2023—, 2023年至. */
  private static boolean endsASpanOfYears(String text, int at) {
    int k = at - 1;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    if (k < 0 || "-－—–~～至到".indexOf(text.charAt(k)) < 0) {
      return false;
    }
    k--;
    while (k >= 0 && (Character.isWhitespace(text.charAt(k)) || text.charAt(k) == '年')) {
      k--;
    }
    int digits = 0;
    while (k >= 0 && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
      digits++;
      k--;
    }
    return digits == 4;
  }

  /**
   * The last place {@code text} names, as written: its words are matched in simplified characters
   * (岳陽樓區 ends in 区), which stand where the traditional ones do.
   */
  private static String lastPlace(String text) {
    String simple = Lexer.simplified(text);
    String last = null;
    Matcher part = NOT_A_PLACE.matcher(simple);
    int from = 0;
    while (from <= simple.length()) {
      int to = part.find() ? part.start() : simple.length();
      Matcher place = JURISDICTION.matcher(simple).region(from, to);
      while (place.find()) {
        last = text.substring(place.start(1), place.end(1));
      }
      if (to == simple.length()) {
        break;
      }
      from = part.end();
    }
    return last;
  }

  /** Full-width digits to ASCII, 二〇二〇年 to 2020年, 十一月 to 11月. */
  private static String normalize(String title) {
    StringBuilder b = new StringBuilder(title.length());
    for (int i = 0; i < title.length(); i++) {
      char c = title.charAt(i);
      b.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '\u3000' ? ' ' : c);
    }
    String text = b.toString();
    text = replace(CHINESE_YEAR.matcher(text), m -> {
      StringBuilder y = new StringBuilder(4);
      for (char c : m.group(1).toCharArray()) {
        y.append(c == '〇' || c == '零' ? 0 : "一二三四五六七八九".indexOf(c) + 1);
      }
      return y.toString();
    });
    return replace(CHINESE_MONTH.matcher(text), m -> {
      int month = chineseNumber(m.group(1));
      return month >= 1 && month <= 12 ? Integer.toString(month) : m.group(1);
    });
  }

  private static String replace(Matcher m, java.util.function.Function<Matcher, String> f) {
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(f.apply(m)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** 一 to 十二 (and up to 九十九), -1 otherwise. */
  private static int chineseNumber(String s) {
    String digits = "一二三四五六七八九";
    int ten = s.indexOf('十');
    if (ten < 0) {
      return s.length() == 1 ? digits.indexOf(s.charAt(0)) + 1 : -1;
    }
    int tens = ten == 0 ? 1 : ten == 1 ? digits.indexOf(s.charAt(0)) + 1 : -1;
    int ones = ten == s.length() - 1 ? 0 : ten == s.length() - 2 ? digits.indexOf(s.charAt(ten + 1)) + 1 : -1;
    return tens < 1 || ones < 0 ? -1 : tens * 10 + ones;
  }

  /** The month a report is as of, from the words after its year; 12 when none is given. */
  private static int monthOf(String rest) {
    String r = rest.replaceAll("\\s", "");
    Matcher range = MONTH_RANGE.matcher(r);
    if (range.find()) {
      return clampMonth(range.group(1));
    }
    Matcher asOf = AS_OF_PREFIX.matcher(r);
    if (asOf.find()) {
      return clampMonth(asOf.group(1));
    }
    Matcher monthEnd = AS_OF_MONTH.matcher(r);
    if (monthEnd.find()) {
      return clampMonth(monthEnd.group(1));
    }
    Matcher month = MONTH_AFTER_YEAR.matcher(r);
    if (month.find() || (month = MONTH_OF_PROGRESS.matcher(r)).find()) {
      return clampMonth(month.group(1));
    }
    Matcher first = FIRST_MONTHS.matcher(r);
    if (first.find()) {
      String n = first.group(1);
      int months = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : chineseNumber(n);
      return months >= 1 && months <= 12 ? months : 12;
    }
    Matcher quarter = DIGIT_QUARTER.matcher(r);
    if (quarter.find()) {
      return 3 * Integer.parseInt(quarter.group(1));
    }
    if (r.contains("前三季度") || r.contains("三季度") || r.contains("三个季度")) {
      return 9;
    }
    if (r.contains("下半年")) {
      return 12;
    }
    if (r.contains("上半年") || r.contains("半年") || r.contains("二季度") || r.contains("两个季度")
        || MID_YEAR.matcher(r).find()) {
      return 6;
    }
    if (r.contains("一季度") || r.contains("一个季度")) {
      return 3;
    }
    return 12;
  }

  private static int clampMonth(String digits) {
    int month = Integer.parseInt(digits);
    return month >= 1 && month <= 12 ? month : 12;
  }
}
