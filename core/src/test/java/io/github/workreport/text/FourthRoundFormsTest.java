package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Task;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms found in a fourth round: the reports on 2021, which gave beside each growth its
 * average over the two years since 2019 (规模以上工业增加值同比增长10.2%，两年平均增长6.1%), in either
 * order; the average was taken for the year's growth whenever it came first.
 */
class FourthRoundFormsTest {
  private static final String[] SUBJECTS = {"一般公共预算收入", "规模以上工业增加值", "社会消费品零售总额", "地区生产总值"};
  private static final String[] AVERAGES = {"两年平均增长", "两年平均", "三年平均增长", "年均增长"};
  private static final String[] YEARS = {"同比增长", "增长", "较上年增长"};

  @Test
  void aGrowthAveragedOverYearsIsNotTheYearsGrowth() {
    qt().withExamples(400).forAll(integers().between(0, SUBJECTS.length * AVERAGES.length - 1),
        integers().between(0, YEARS.length * 2 - 1), integers().between(10, 120), integers().between(10, 120))
        .checkAssert((form, order, tenthsOfYear, tenthsOfAverage) -> {
          int subject = form / AVERAGES.length;
          int average = form % AVERAGES.length;
          int year = order / 2;
          boolean averageFirst = order % 2 == 1;
          String thisYear = YEARS[year] + tenthsOfYear / 10.0 + "%";
          String averaged = AVERAGES[average] + (AVERAGES[average].endsWith("平均") ? "增长" : "") + tenthsOfAverage / 10.0 + "%";
          String narrative = SUBJECTS[subject] + (averageFirst ? averaged + "，" + thisYear : thisYear + "，" + averaged) + "。";
          Task task = FormsOfWritingTest.extracted(SUBJECTS[subject] + "增长6%", narrative);
          assertThat(FormsOfWritingTest.pairs(task)).as(narrative)
              .containsExactly("GROWTH EXACTLY 6% ← " + java.math.BigDecimal.valueOf(tenthsOfYear, 1).stripTrailingZeros().toPlainString() + "%");
        });
  }

  @Test
  void aTargetOfAYearlyAverageIsStillAnsweredByTheYearsGrowth() {
    // 年均增长8% is to be reached each year: the year's growth answers it, as it did before
    Task task = FormsOfWritingTest.extracted("城乡居民人均可支配收入年均增长8%", "城乡居民人均可支配收入增长8.5%。");
    assertThat(FormsOfWritingTest.pairs(task)).containsExactly("GROWTH EXACTLY 8% ← 8.5%");
  }
}
