package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Task;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms found by the twenty-fifth round of probing (the probe tables prefixed ab, written
 * against 97fbb4f). Before its fix, each law failed thus:
 *
 * <ul>
 *   <li>new things of the year followed by the running total of all built so far (新建绿道452.6公里，累计建成绿道4180公里)
 *       answered a target of new things (新增绿道500公里) with the total.
 * </ul>
 */
class TwentyFirstRoundFormsTest {

  /** A target's verb and thing, the narrative's verb of new things, the total's verb, and the unit. */
  private static final String[][] NEW_THEN_TOTAL = {{"新增绿道", "新建绿道", "累计建成绿道", "公里"},
      {"新建污水管网", "新建污水管网", "累计建成污水管网", "公里"}, {"新增5G基站", "新建5G基站", "累计建成5G基站", "个"},
      {"新建口袋公园", "新增口袋公园", "全市累计建有口袋公园", "个"}};

  @Test
  void theYearsNewThingsAnswerBeforeTheRunningTotalAfterThem() {
    qt().withExamples(300).forAll(integers().between(0, NEW_THEN_TOTAL.length - 1), integers().between(10, 900),
        integers().between(10, 900), integers().between(2, 20))
        .checkAssert((row, target, achieved, times) -> {
          String[] r = NEW_THEN_TOTAL[row];
          String task = r[0] + target + r[3];
          String narrative = r[1] + achieved + r[3] + "，" + r[2] + achieved * times + r[3] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().satisfies(pair -> assertThat(pair).endsWith("← " + achieved + r[3]));
        });
  }

  @Test
  void aTotalOfTheYearAfterAMonthsFigureIsTheYearsWork() {
    qt().withExamples(100).forAll(integers().between(0, NEW_THEN_TOTAL.length - 1), integers().between(10, 900),
        integers().between(1, 9), integers().between(10, 900))
        .checkAssert((row, target, month, total) -> {
          String[] r = NEW_THEN_TOTAL[row];
          String task = r[0] + target + r[3];
          String narrative = "12月份" + r[1] + month + r[3] + "，全年累计" + r[1].substring(0, 2) + total + r[3] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().satisfies(pair -> assertThat(pair).endsWith("← " + total + r[3]));
        });
  }
}
