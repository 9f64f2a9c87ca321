package io.github.workreport;

import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * The time a report covers, as the month it is as of: the whole year ({@code 2020-12}), or a month
 * inside it for a progress report (上半年 → June, 1-11月 → November, 截至9月底 and 前三季度 →
 * September). This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractPeriod {

  /** The month the report is as of. @return the month */
  @Value.Parameter
  public abstract YearMonth asOf();

  /**
   * The whole of {@code year}.
   *
   * @param year the year
   * @return the period as of December
   */
  public static Period fullYear(int year) {
    return Period.of(YearMonth.of(year, 12));
  }

  /** The year reported on. @return the year */
  public int year() {
    return asOf().getYear();
  }

  /** Whether the report covers the whole year; otherwise it is a progress report. @return true at year end */
  public boolean isYearEnd() {
    return asOf().getMonthValue() == 12;
  }

  /** Months of the year elapsed at the period's end, 1 to 12. @return the months */
  public int monthsElapsed() {
    return asOf().getMonthValue();
  }

  /**
   * How a document names the period: 全年, 上半年, 前三季度, or 1-N月.
   *
   * @return the label
   */
  public String label() {
    switch (monthsElapsed()) {
      case 12: return "全年";
      case 6: return "上半年";
      case 3: return "一季度";
      case 9: return "前三季度";
      default: return "1-" + monthsElapsed() + "月";
    }
  }

  /** {@code 2020-12 (全年)} or {@code 2020-06 (上半年)}. @return the text */
  @Override
  public String toString() {
    return asOf() + " (" + label() + ")";
  }
}
