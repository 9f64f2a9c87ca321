package io.github.workreport.text;

import static io.github.workreport.text.FormsOfWritingTest.tenths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Bound;
import io.github.workreport.Status;
import io.github.workreport.Task;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms found by the twenty-first round of probing: the probe tables prefixed x, written
 * against 2f6c655. Before its fix, each law failed thus:
 *
 * <ul>
 *   <li>an indicator table's row with its unit in parentheses, a comma and a label before the target
 *       (地表水水质达标率(%)，目标90) gave a bare target, judged as a count by its ratio, not in points;
 *   <li>a bare achieved figure under such a row took the row's unit only when it had a scale (万人), so
 *       完成226.5 under 水土流失治理面积(平方公里) was a count of nothing;
 *   <li>a signed figure after a column's label (实绩-1.2) under a header in percent was no figure at all;
 *   <li>a 控制目标 (a control target) was a level to reach, not the ceiling it names.
 * </ul>
 */
class EighteenthRoundFormsTest {

  private static final String[] RATES = {"地表水水质达标率", "农村自来水普及率", "森林覆盖率", "城镇登记失业率"};
  private static final String[] LABELS = {"目标", "年度目标", "目标值", "预期目标"};
  private static final String[] COMMAS = {"，", ","};
  private static final String[] DONE_LABELS = {"实绩", "完成", "实际完成"};

  @Test
  void aHeadersPercentBeforeACommaAndALabelIsTheTargetsUnitAndItsFiguresAreJudgedInPoints() {
    qt().withExamples(300).forAll(integers().between(0, RATES.length * LABELS.length - 1),
        integers().between(0, COMMAS.length * DONE_LABELS.length - 1), integers().between(50, 98),
        integers().between(0, 60))
        .checkAssert((rateAndLabel, commaAndDone, target, shortfallTenths) -> {
          String task = RATES[rateAndLabel / LABELS.length] + "(%)" + COMMAS[commaAndDone % COMMAS.length]
              + LABELS[rateAndLabel % LABELS.length] + target;
          int achievedTenths = target * 10 - shortfallTenths;
          String narrative = DONE_LABELS[commaAndDone / COMMAS.length] + tenths(achievedTenths);
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("LEVEL EXACTLY " + target + "% ← " + tenths(achievedTenths) + "%");
          // a point short or less is basically met; more is not met, whatever the ratio
          Status expected = shortfallTenths == 0 ? Status.MET
              : shortfallTenths <= 10 ? Status.BASICALLY_MET : Status.NOT_MET;
          assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(task + " ‖ " + narrative).isEqualTo(expected);
        });
  }

  private static final String[] MEASURED = {"水土流失治理面积", "堤防建设", "新增有效灌溉面积", "小型水库除险加固"};
  private static final String[] UNITS = {"平方公里", "公里", "亩", "座"};

  @Test
  void aBareFigureUnderARowsNamedUnitIsCountedInIt() {
    qt().withExamples(300).forAll(integers().between(0, MEASURED.length - 1), integers().between(0, DONE_LABELS.length - 1),
        integers().between(10, 999), integers().between(10, 999))
        .checkAssert((thing, done, target, achieved) -> {
          String task = MEASURED[thing] + "(" + UNITS[thing] + ")，年度目标" + target;
          String narrative = DONE_LABELS[done] + achieved;
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).singleElement()
              .satisfies(pair -> assertThat(pair).endsWith(target + UNITS[thing] + " ← " + achieved + UNITS[thing]));
        });
    // a figure with a subject of its own keeps its own unit: the row's names only the row's figure
    Task read = FormsOfWritingTest.extracted("建设农村公办幼儿园(所)2所", "城镇常住居民人均可支配收入43760元，建成幼儿园2所");
    assertThat(read.outcome().measures()).extracting(m -> m.quantity().format()).contains("43760元");
  }

  private static final String[] CHANGES = {"地区生产总值增长", "万元工业增加值用水量下降", "规上工业增加值增速", "一般公共预算收入增长"};

  @Test
  void aSignedFigureAfterALabelUnderAPercentHeaderIsAChange() {
    qt().withExamples(300).forAll(integers().between(0, CHANGES.length - 1), integers().between(0, DONE_LABELS.length - 1),
        integers().between(1, 9), integers().between(1, 99))
        .checkAssert((change, done, target, fallTenths) -> {
          String task = CHANGES[change] + "(%)，目标" + target;
          String narrative = DONE_LABELS[done] + "-" + tenths(fallTenths);
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).singleElement()
              .satisfies(pair -> assertThat(pair).endsWith(target + "% ← -" + tenths(fallTenths) + "%"));
          assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(task + " ‖ " + narrative).isEqualTo(Status.NOT_MET);
        });
    // no count is negative: a signed figure answers no target of things
    Task toilets = FormsOfWritingTest.extracted("新建公厕15座", "完成-3");
    assertThat(FormsOfWritingTest.pairs(toilets)).containsExactly("COUNT EXACTLY 15座 ← -");
  }

  private static final String[] CONTROLLED = {"用水总量", "煤炭消费总量", "PM2.5平均浓度", "人口自然增长率"};
  private static final String[] CONTROLLED_UNITS = {"亿立方米", "万吨标准煤", "微克/立方米", "‰"};

  @Test
  void aControlTargetIsACeiling() {
    qt().withExamples(200).forAll(integers().between(0, CONTROLLED.length - 1), integers().between(0, 1),
        integers().between(20, 900))
        .checkAssert((thing, withIs, ceilingTenths) -> {
          String task = CONTROLLED[thing] + (withIs == 1 ? "控制目标为" : "控制目标") + tenths(ceilingTenths)
              + CONTROLLED_UNITS[thing];
          Task read = FormsOfWritingTest.extracted(task, CONTROLLED[thing] + tenths(ceilingTenths - 5) + CONTROLLED_UNITS[thing]);
          assertThat(read.targets()).as(task).singleElement().satisfies(t -> assertThat(t.bound()).isEqualTo(Bound.AT_MOST));
          assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(task).isEqualTo(Status.MET);
        });
  }
}
