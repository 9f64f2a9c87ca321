package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PeriodTest {

  static Stream<Arguments> months() {
    return Stream.of(
        Arguments.of(12, "全年", true),
        Arguments.of(6, "上半年", false),
        Arguments.of(3, "一季度", false),
        Arguments.of(9, "前三季度", false),
        Arguments.of(11, "1-11月", false),
        Arguments.of(1, "1-1月", false));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("months")
  void aPeriodIsTheMonthAReportIsAsOf(int month, String label, boolean yearEnd) {
    Period period = Period.of(YearMonth.of(2020, month));
    assertThat(period.label()).isEqualTo(label);
    assertThat(period.isYearEnd()).isEqualTo(yearEnd);
    assertThat(period.monthsElapsed()).isEqualTo(month);
    assertThat(period.year()).isEqualTo(2020);
    assertThat(period).hasToString(YearMonth.of(2020, month) + " (" + label + ")");
  }

  @Test
  void fullYearIsAsOfDecember() {
    assertThat(Period.fullYear(2020)).isEqualTo(Period.of(YearMonth.of(2020, 12)));
    assertThatThrownBy(() -> Period.of(null)).hasMessage("asOf");
  }

  // Deadline and Span are small enough to live here.

  @Test
  void aDeadlineIsAfterAReportsMonthOrNot() {
    Deadline deadline = Deadline.of(YearMonth.of(2022, 9));
    assertThat(deadline.isAfter(YearMonth.of(2020, 12))).isTrue();
    assertThat(deadline.isAfter(YearMonth.of(2022, 9))).isFalse();
    assertThat(deadline).hasToString("2022-09");
  }

  @Test
  void aSpanIsAHalfOpenRange() {
    Span span = Span.of(2, 6);
    assertThat(span.length()).isEqualTo(4);
    assertThat(span.of("增长7.5%以上")).isEqualTo("7.5%");
    assertThat(span).hasToString("[2, 6)");
    assertThat(Span.of(4, 4).length()).isZero();
    assertThatThrownBy(() -> Span.of(-1, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[-1, 2)");
    assertThatThrownBy(() -> Span.of(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Span.of(0, 9).of("短")).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
