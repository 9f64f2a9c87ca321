package io.github.workreport;

import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * When a task is due, to the month: {@code 2021年4月底前} gives 2021-04, {@code 到2022年9月} gives
 * 2022-09, {@code 年内} the report year's December. A task whose deadline lies after the report's
 * period is still running. This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractDeadline {

  /** The month by whose end the task is due. @return the month */
  @Value.Parameter
  public abstract YearMonth month();

  /**
   * Whether the task is due after the month {@code asOf}.
   *
   * @param asOf the month a report is as of
   * @return true if the deadline is later
   */
  public boolean isAfter(YearMonth asOf) {
    return month().isAfter(asOf);
  }

  /** {@code 2022-09}. @return the month */
  @Override
  public String toString() {
    return month().toString();
  }
}
