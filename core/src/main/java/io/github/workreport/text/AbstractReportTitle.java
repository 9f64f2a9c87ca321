package io.github.workreport.text;

import io.github.workreport.Period;
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
 * <p>Periods understood: 全年 / 年度 (or none: the whole year), 上半年 and 半年 (June), 一季度 /
 * 第一季度 (March), 前三季度 (September), 1-11月 and 1至11月 (November), 截至9月底 / 截至9月 / 9月底
 * (September). This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractReportTitle {
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
  private static final Pattern JURISDICTION = Pattern.compile(
      "([\\p{IsHan}]{1,12}?(?:自治区|自治州|自治县|特别行政区|新区|省|市|区|县|旗|州|盟|镇|乡|街道))");
  private static final Pattern MONTH_RANGE = Pattern.compile("1\\s*[-－—~～至到]\\s*(\\d{1,2})\\s*月");
  private static final Pattern AS_OF_MONTH = Pattern.compile("(?:截至|截止|截止到|截至到)?\\s*(\\d{1,2})\\s*月(?:底|末|份)");
  private static final Pattern AS_OF_PREFIX = Pattern.compile("(?:截至|截止)\\s*(?:(?:19|20)\\d{2}\\s*年\\s*)?(\\d{1,2})\\s*月");

  /** The place, such as 灞桥区, when the title names one. @return the jurisdiction */
  public abstract Optional<String> jurisdiction();

  /** The year of the work report, when the title gives one. @return the year */
  public abstract OptionalInt year();

  /** The period reported on, when the year is known. @return the period */
  public abstract Optional<Period> period();

  /**
   * Reads a title. Never fails: what the title does not say stays empty.
   *
   * @param title the title or summary line
   * @return what it says
   */
  public static ReportTitle parse(String title) {
    ReportTitle.Builder out = ReportTitle.builder();
    String text = title.replace('\u3000', ' ');
    Matcher year = YEAR.matcher(text);
    int yearEnd = -1;
    if (year.find()) {
      int y = Integer.parseInt(year.group(1));
      out.year(y);
      yearEnd = year.end();
      out.period(Period.of(YearMonth.of(y, monthOf(text.substring(year.end())))));
    }
    String head = yearEnd < 0 ? text : text.substring(0, year.start());
    head = head.replaceAll("[《〈“\"\\s]", "");
    Matcher place = JURISDICTION.matcher(head);
    String last = null;
    while (place.find()) {
      last = place.group(1); // 陕西省西安市灞桥区: the most specific place comes last
    }
    if (last != null) {
      out.jurisdiction(last);
    }
    return out.build();
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
    if (r.contains("前三季度") || r.contains("三季度")) {
      return 9;
    }
    if (r.contains("上半年") || r.contains("半年") || r.contains("二季度")) {
      return 6;
    }
    if (r.contains("一季度")) {
      return 3;
    }
    return 12;
  }

  private static int clampMonth(String digits) {
    int month = Integer.parseInt(digits);
    return month >= 1 && month <= 12 ? month : 12;
  }
}
