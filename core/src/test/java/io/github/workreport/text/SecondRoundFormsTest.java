package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Report;
import io.github.workreport.Status;
import io.github.workreport.Task;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms met in a second round of unseen documents (a city's 1-11月 重点民生实事 indicator
 * table, provincial and county year-end round-ups, key-project investment tables): an indicator
 * table flattened into a task's text, whose unit column is written into the item's name with a
 * scale (城镇新增就业（万人）5.2) and whose achieved cell is a bare figure (已完成数7.23); and an item
 * whose name carries a counted figure of its own (减少义务教育大班额1.4万个以上) before the bare
 * year's target from the 工作目标 column; a header row that names its task column in words of its own
 * (实事内容 · 牵头单位 · 进展情况); a quoted name right before its row's bare value (推行“一村一辅警”1379);
 * a key-project row that gives the projects' whole size beside this year's plan, judged by a share
 * of the year's plan (总投资50亿元，年度计划投资8亿元 ‖ 完成年度计划的85%); a round-up that says by how much
 * the task was beaten (城市低保对象月人均补差185元，超任务17元), or what share of the plan was done
 * (新增7069张公办养老床位，为计划的101%; 已完成搬迁20612人，完成率137%); a counted noun with 并 inside a
 * word (2606个撤并村通公路, 12个并网光伏电站), which is no conjunction.
 */
class SecondRoundFormsTest {
  private static final String[][] ITEMS = {{"城镇新增就业", "万人"}, {"新增农村通自来水人口", "万人"},
      {"农村公路建设投资", "万元"}, {"一般公共预算收入", "亿元"}, {"新建高标准农田", "万亩"}, {"新增直播卫星用户", "万户"}};
  private static final String[][] PARENTHESES = {{"(", ")"}, {"（", "）"}};
  private static final String[] ACHIEVED = {"已完成数", "实际完成", "1-12月完成", "已完成数："};

  /** The year-end status of {@code achieved} against {@code target}, both in tenths, by the design's rules. */
  private static Status expected(int target, int achieved) {
    if (achieved > target) {
      return Status.EXCEEDED;
    }
    if (achieved == target) {
      return Status.MET;
    }
    return achieved * 10 >= target * 9 ? Status.BASICALLY_MET : Status.NOT_MET;
  }

  private static String tenths(int n) {
    return BigDecimal.valueOf(n, 1).stripTrailingZeros().toPlainString();
  }

  @Test
  void aBareFigureInARowWhoseItemNamesAScaledUnitIsCountedInThatUnit() {
    qt().withExamples(400).forAll(integers().between(0, ITEMS.length - 1), integers().between(10, 999),
        integers().between(10, 1999), integers().between(0, ACHIEVED.length * PARENTHESES.length - 1))
        .checkAssert((item, target, achieved, form) -> {
          String[] p = PARENTHESES[form % PARENTHESES.length];
          String text = ITEMS[item][0] + p[0] + ITEMS[item][1] + p[1] + tenths(target);
          String narrative = ACHIEVED[form / PARENTHESES.length] + tenths(achieved) + "。";
          Task task = FormsOfWritingTest.extracted(text, narrative);
          assertThat(FormsOfWritingTest.assessed(task, 12).status()).as(text + " / " + narrative)
              .isEqualTo(expected(target, achieved));
        });
  }

  private static final String[] NAMED_COUNTS = {"减少义务教育大班额%s万个以上：工作目标", "新建%s个贫困自然村通光纤",
      "改（新）建农村户用厕所%s万户以上：工作目标", "新建%s个行政村4G基站"};

  @Test
  void aBareAchievedFigureGoesToTheBareTargetNotToTheCountTheItemIsNamedBy() {
    qt().withExamples(400).forAll(integers().between(0, NAMED_COUNTS.length - 1), integers().between(2, 99),
        integers().between(10, 5000), integers().between(10, 9000))
        .checkAssert((form, named, target, achieved) -> {
          String text = String.format(NAMED_COUNTS[form], named) + target;
          String share = BigDecimal.valueOf(achieved * 100L).divide(BigDecimal.valueOf(target), 1, RoundingMode.HALF_UP)
              .toPlainString();
          String narrative = "已完成数" + achieved + "，占年任务之比" + share + "%";
          Task task = FormsOfWritingTest.extracted(text, narrative);
          assertThat(FormsOfWritingTest.assessed(task, 12).status()).as(text + " / " + narrative)
              .isEqualTo(expected(target, achieved));
        });
  }

  private static final String[] TASK_HEADERS = {"实事内容", "民生项目", "考核内容", "目标内容", "办实事名称"};
  private static final String[] UNIT_HEADERS = {"牵头单位", "责任单位", "责任部门"};
  private static final String[] NARRATIVE_HEADERS = {"进展情况", "完成情况", "落实情况"};

  @Test
  void aHeaderRowWhoseOtherColumnsAreKnownNamesItsTaskColumnInItsOwnWords() {
    qt().withExamples(200).forAll(integers().between(0, TASK_HEADERS.length - 1), integers().between(0, UNIT_HEADERS.length - 1),
        integers().between(0, NARRATIVE_HEADERS.length - 1), integers().between(2, 9))
        .checkAssert((task, units, narrative, rows) -> {
          StringBuilder text = new StringBuilder("某市2018年民生实事进展情况\n\n");
          text.append(TASK_HEADERS[task]).append('\t').append(UNIT_HEADERS[units]).append('\t')
              .append(NARRATIVE_HEADERS[narrative]).append('\n');
          for (int n = 1; n <= rows; n++) {
            text.append(n).append(". 新建公厕").append(n * 3).append("座。\t市住建局\t已完成").append(n * 3).append("座。\n");
          }
          Report report = TableText.read(text.toString(), "t.txt");
          assertThat(report.tasks()).as(text.toString()).hasSize(rows);
          assertThat(report.tasks().get(0).text()).isEqualTo("新建公厕3座。");
        });
  }

  private static final String[] QUOTED = {"推行“一村一辅警”", "基本消除村卫生室“空白村”", "建设「口袋公园」", "创建“美丽庭院”示范村“绿色家庭”"};

  @Test
  void aBareValueRightAfterAQuotedNameIsTheRowsTarget() {
    qt().withExamples(300).forAll(integers().between(0, QUOTED.length - 1), integers().between(10, 5000),
        integers().between(10, 9000), integers().between(0, ACHIEVED.length - 1))
        .checkAssert((name, target, achieved, label) -> {
          String text = QUOTED[name] + target;
          String narrative = ACHIEVED[label] + achieved + "。";
          Task task = FormsOfWritingTest.extracted(text, narrative);
          assertThat(task.targets()).as(text).hasSize(1);
          assertThat(task.targets().get(0).value()).isEqualByComparingTo(BigDecimal.valueOf(target));
          assertThat(FormsOfWritingTest.assessed(task, 12).status()).as(text + " / " + narrative)
              .isEqualTo(expected(target * 10, achieved * 10));
        });
  }

  private static final String[] WHOLE = {"总投资", "概算投资", "计划总投资"};
  private static final String[] PLAN = {"年度计划投资", "当年计划投资", "年度投资计划"};
  private static final String[] SHARE_OF_PLAN = {"完成年度计划的%s%%", "占年度计划的%s%%", "完成年度计划投资的%s%%", "年度计划完成率%s%%",
      "占年计划投资的%s%%", "完成年度投资计划的%s%%"};

  @Test
  void aShareOfTheYearsPlanJudgesThePlanNotTheProjectsWholeSize() {
    qt().withExamples(400).forAll(integers().between(0, WHOLE.length * PLAN.length * SHARE_OF_PLAN.length - 1),
        integers().between(20, 900), integers().between(2, 60), integers().between(300, 1600))
        .checkAssert((words, whole, plan, share) -> {
          String text = "实施重点项目" + plan + "个，" + WHOLE[words % WHOLE.length] + whole * 10 + "亿元，"
              + PLAN[words / WHOLE.length % PLAN.length] + plan + "亿元";
          String narrative = String.format(SHARE_OF_PLAN[words / (WHOLE.length * PLAN.length)], tenths(share)) + "。";
          Task task = FormsOfWritingTest.extracted(text, narrative);
          assertThat(FormsOfWritingTest.assessed(task, 12).status()).as(text + " / " + narrative)
              .isEqualTo(expected(1000, share));
          // with the year's amount given too, it answers the year's plan; the whole size only
          // describes the project and is no target (FourthRoundFormsTest)
          String both = "完成投资" + tenths(plan * share / 10) + "亿元，" + narrative;
          Task judged = FormsOfWritingTest.extracted(text, both);
          assertThat(judged.targets()).as(text).noneMatch(t -> t.text().startsWith(WHOLE[words % WHOLE.length]));
          assertThat(judged.targets().get(1).text()).startsWith(PLAN[words / WHOLE.length % PLAN.length]);
          assertThat(judged.matches().get(1).measure()).as(text + " / " + both).isPresent();
        });
  }

  private static final String[] BEATEN = {"超任务", "超目标", "超计划", "超出目标", "超年度目标", "超过任务"};
  private static final String[][] ACHIEVED_AND_EXCESS = {{"城市低保对象月人均补差", "元"}, {"居民医保门诊统筹的县市区", "个"},
      {"城镇生活垃圾无害化处理率达", "%"}, {"新建农村沼气池", "口"}};

  @Test
  void aNumberAfterAWordOfExcessSaysTheTaskWasBeatenAndIsNoAchievedValue() {
    qt().withExamples(300).forAll(integers().between(0, BEATEN.length - 1), integers().between(0, ACHIEVED_AND_EXCESS.length - 1),
        integers().between(20, 5000), integers().between(1, 19))
        .checkAssert((word, thing, achieved, excess) -> {
          String[] t = ACHIEVED_AND_EXCESS[thing];
          String unit = t[1].equals("%") ? "个百分点" : t[1];
          String narrative = t[0] + achieved + t[1] + "，" + BEATEN[word] + excess + unit;
          assertThat(StatusCues.textual(narrative)).as(narrative).isEqualTo(Status.EXCEEDED);
          Task task = FormsOfWritingTest.extracted(t[0], narrative);
          assertThat(task.outcome().measures()).as(narrative).hasSize(1);
          assertThat(task.outcome().measures().get(0).value()).isEqualByComparingTo(BigDecimal.valueOf(achieved));
        });
  }

  private static final String[] DONE_THINGS = {"新增%d张公办养老床位", "已完成搬迁%d人", "改造县乡公路%d公里", "已建成%d个健身场地"};
  private static final String[] SHARE_OF_TASK = {"为计划的%s%%", "为任务的%s%%", "完成率%s%%", "完成年度目标任务的%s%%"};

  @Test
  void aShareOfThePlanAboveTheWholeIsExceededWhateverWordOfWorkDoneStandsBeforeIt() {
    qt().withExamples(300).forAll(integers().between(0, DONE_THINGS.length - 1), integers().between(10, 9000),
        integers().between(0, SHARE_OF_TASK.length - 1), integers().between(1001, 3000))
        .checkAssert((thing, count, form, share) -> {
          String narrative = String.format(DONE_THINGS[thing], count) + "，" + String.format(SHARE_OF_TASK[form], tenths(share)) + "。";
          assertThat(StatusCues.textual(narrative)).as(narrative).isEqualTo(Status.EXCEEDED);
        });
  }

  private static final String[][] NOUNS_WITH_BING = {{"个", "撤并村通公路"}, {"个", "并网光伏电站"}, {"户", "兼并重组企业"},
      {"个", "合并村新建村级活动场所"}};
  private static final String[] CLAUSE_AFTER = {"并投入使用", "并通过验收", "并全部完工"};

  @Test
  void aCountedNounWithBingInsideAWordKeepsItsSubject() {
    qt().withExamples(300).forAll(integers().between(0, NOUNS_WITH_BING.length - 1), integers().between(100, 5000),
        integers().between(50, 6000), integers().between(0, CLAUSE_AFTER.length - 1))
        .checkAssert((noun, target, achieved, clause) -> {
          String[] n = NOUNS_WITH_BING[noun];
          String text = "完成" + target + n[0] + n[1];
          String narrative = "已累计解决" + achieved + n[0] + n[1] + "。";
          Task task = FormsOfWritingTest.extracted(text, narrative);
          assertThat(FormsOfWritingTest.assessed(task, 12).status()).as(text + " / " + narrative)
              .isEqualTo(expected(target, achieved));
          // the conjunction still ends the counted noun
          assertThat(Metrics.cleanAfter("公厕" + CLAUSE_AFTER[clause])).isEqualTo("公厕");
        });
  }
}
