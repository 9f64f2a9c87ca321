package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Deadline;
import io.github.workreport.Status;
import io.github.workreport.Task;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms found in a fourth round: the reports on 2021, which gave beside each growth its
 * average over the two years since 2019 (规模以上工业增加值同比增长10.2%，两年平均增长6.1%), in either
 * order; the average was taken for the year's growth whenever it came first. A city's 民生实事 of
 * several years, each with its span in parentheses at the end (2606个撤并村通公路(2013—2017年)), which
 * read as due this year: a year-end report would have judged the first years' share 未完成. A
 * city's 为民办实事 table whose 完成情况 column holds only the figure (新增4000张养老床位 ‖ 4385, with
 * 占全年计划110% beside it), which read as no number at all. A county's task of two counts, one in
 * 个 and one in 户 (改造老旧小区28个，惠及居民4200户), whose narrative names the first only by its work
 * (已完成改造26个): 个 may count households, so the value fitted both and went to neither. And, from
 * the notes of earlier rounds, a project's whole cost said to tell its size (建设城北污水处理厂，总投资2.3亿元),
 * which was read as a target: a project finished under budget read 基本完成, one of several years 未完成.
 * A county's half-year summary that counts the planned set before the part done (92个计划新开工项目已开工51个):
 * the plan word, which belongs to the set, dropped the 51, and the 92 read as done, 完成. And, from the
 * notes, a part's completion claimed in the words of the whole (一期工程已全部完成，二期工程正在推进中).
 * Work stopped, put off or given up (受土地指标影响，项目暂缓实施; 项目已暂停施工; 经研究，该项目已取消), which
 * read as nothing at all: 无法判定 where a supervisor most needs a verdict. A count by how much the year
 * beat the last (全年接待游客比上年增加86万人次，达到532万人次), which was summed with the year's figure (618).
 * Shanghai's 实事 that count people by a scaled number before them (为30万符合条件的居民提供免费大肠癌筛查服务),
 * which gave no target; and a size class (已打造10亿级产业集群2个), which read as a count of 10亿. A
 * province's progress round-up that names the figure in other words than the task and gives its share
 * beside it (完成通乡水泥路3000公里 ‖ 通乡水泥(沥青)路：完成路面里程1445公里，为年计划的48.2%): the share was
 * no generic rate (为年计划), so nothing answered the task.
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
  void anAverageKeepsItsWordInTheMetric() {
    // 均 after 平 is an average, not "each": the measure names 两年平均, not 两年平
    Task task = FormsOfWritingTest.extracted("地区生产总值增长8%", "地区生产总值两年平均增长5.9%。");
    assertThat(task.outcome().measures()).extracting(io.github.workreport.Measure::metric).containsExactly("地区生产总值两年平均");
  }

  @Test
  void aYearsMeanLevelIsNoAverageOverYears() {
    // 年均浓度 is one year's mean concentration: its fall is the year's change
    Task task = FormsOfWritingTest.extracted("细颗粒物(PM2.5)浓度下降5%", "PM2.5年均浓度下降12%。");
    assertThat(FormsOfWritingTest.pairs(task)).containsExactly("DECLINE EXACTLY 5% ← 12%");
  }

  @Test
  void aTargetOfAYearlyAverageIsStillAnsweredByTheYearsGrowth() {
    // 年均增长8% is to be reached each year: the year's growth answers it, as it did before
    Task task = FormsOfWritingTest.extracted("城乡居民人均可支配收入年均增长8%", "城乡居民人均可支配收入增长8.5%。");
    assertThat(FormsOfWritingTest.pairs(task)).containsExactly("GROWTH EXACTLY 8% ← 8.5%");
  }

  private static final String[] SPANS = {"(2013—2017年)", "（2015-2017年）", "(2016年—2018年)", "（2021—2023年）"};
  private static final String[] WORKS = {"2606个撤并村通公路", "解决500万人饮水安全", "完成7.4万口山坪塘整治", "新建农村公路3000公里"};
  private static final String[] ENDS = {"", "。", "；", "；年内完成投资5亿元"};

  @Test
  void aSpanOfYearsInParenthesesThatClosesTheTaskIsWhenItIsDue() {
    qt().withExamples(200).forAll(integers().between(0, SPANS.length - 1), integers().between(0, WORKS.length - 1),
        integers().between(0, ENDS.length - 1)).checkAssert((span, work, end) -> {
          String text = WORKS[work] + SPANS[span] + ENDS[end];
          int last = Integer.parseInt(SPANS[span].replaceAll(".*[—-]([0-9]{4})年.*", "$1"));
          assertThat(Deadlines.find(text, NumberScanner.scan(text), OptionalInt.of(2015))).as(text)
              .contains(Deadline.of(YearMonth.of(last, 12)));
        });
  }

  @Test
  void theSpanOfADocumentsNameIsNoDeadline() {
    // a plan, programme or campaign in parentheses names its own period, not when this work is due
    for (String text : new String[] {"编制国土空间总体规划（2021—2035年）", "实施农村公路三年行动(2018—2020年)，新建公路200公里",
        "落实乡村振兴战略规划(2018-2022年)。", "新建公路(2018—2020年)重点路段200公里",
        "实施农村公路提升工程(2018—2020年)，今年新建公路200公里"}) {
      assertThat(Deadlines.find(text, NumberScanner.scan(text), OptionalInt.of(2015))).as(text).isEqualTo(Optional.empty());
    }
  }

  private static final String[] THINGS = {"新增%d张养老床位", "新增%d个社区长者食堂", "开办%d个小学生爱心暑托班", "新增城镇就业%d人"};

  @Test
  void aCellThatOpensWithItsFigureGivesTheAchievedValue() {
    qt().withExamples(300).forAll(integers().between(0, THINGS.length - 1), integers().between(20, 5000),
        integers().between(10, 9000), integers().between(0, 2)).checkAssert((thing, target, achieved, form) -> {
          String narrative = achieved + (form == 0 ? "" : form == 1 ? "，占全年计划" + achieved * 100 / target + "%" : "。");
          Task task = FormsOfWritingTest.extracted(String.format(THINGS[thing], target), narrative);
          assertThat(FormsOfWritingTest.pairs(task)).as(narrative).hasSize(1);
          assertThat(FormsOfWritingTest.pairs(task).get(0)).as(narrative).endsWith("← " + achieved);
        });
  }

  @Test
  void anItemsNumberIsNoFigure() {
    for (String narrative : new String[] {"1、已建成公厕18座，其余正在建设。", "1.正在选址。", "2）已完成招标。", "3 月已开工建设。",
        "1，已建成公厕18座。"}) {
      Task task = FormsOfWritingTest.extracted("新建公厕20座", narrative);
      assertThat(FormsOfWritingTest.pairs(task)).as(narrative).noneMatch(p -> p.endsWith("← 1") || p.endsWith("← 2")
          || p.endsWith("← 3"));
    }
  }

  private static final String[][] WORKS_AND_BENEFICIARIES = {
      {"改造老旧小区%d个，惠及居民%d户", "已完成改造%d个，惠及居民%d户。"},
      {"新建停车泊位%d个，惠及群众%d户", "已新建%d个，惠及群众%d户。"},
      {"改造农村户厕%d个，受益农户%d户", "目前已改造%d个，受益农户%d户。"}};

  @Test
  void aValueNamedOnlyByItsWorkGoesToTheTargetOfThatWork() {
    qt().withExamples(200).forAll(integers().between(0, WORKS_AND_BENEFICIARIES.length - 1), integers().between(10, 90),
        integers().between(1000, 9000)).checkAssert((form, count, households) -> {
          String text = String.format(WORKS_AND_BENEFICIARIES[form][0], count + 2, households + 300);
          String narrative = String.format(WORKS_AND_BENEFICIARIES[form][1], count, households);
          Task task = FormsOfWritingTest.extracted(text, narrative);
          assertThat(FormsOfWritingTest.pairs(task)).as(text + " / " + narrative)
              .containsExactly("COUNT EXACTLY " + (count + 2) + "个 ← " + count + "个",
                  "COUNT EXACTLY " + (households + 300) + "户 ← " + households + "户");
        });
  }

  private static final String[] PROJECTS = {"建设城北污水处理厂，总投资%s亿元", "新建城区学校3所，总投资%s亿元",
      "实施重点项目50个，总投资%s亿元，年度计划投资3亿元", "推进文体中心建设，概算投资%s亿元"};

  @Test
  void aProjectsWholeCostIsNoTargetButTheYearsPartIs() {
    qt().withExamples(200).forAll(integers().between(0, PROJECTS.length - 1), integers().between(11, 900))
        .checkAssert((form, tenths) -> {
          String text = String.format(PROJECTS[form], tenths / 10.0);
          Task task = FormsOfWritingTest.extracted(text, "项目已竣工投用，完成投资" + tenths / 20.0 + "亿元。");
          assertThat(task.targets()).as(text).noneMatch(t -> t.metric().endsWith("投资") && t.text().contains("总投资")
              || t.text().contains("概算"));
          assertThat(task.targets().stream().anyMatch(t -> t.text().contains("年度计划投资"))).as(text)
              .isEqualTo(text.contains("年度计划投资"));
        });
    // the count of projects beside the year's plan is told the share is another target's, not taken from it
    Task projects = FormsOfWritingTest.extracted("实施重点项目50个，年度计划投资30亿元", "1-5月完成投资8.2亿元，完成率27.3%。");
    assertThat(projects.matches().get(0).measure()).isEmpty();
    assertThat(projects.matches().get(0).reason()).contains(io.github.workreport.UnverifiedReason.OTHER_METRIC);
    // a total cost to be reached is the work itself
    assertThat(FormsOfWritingTest.extracted("重点项目完成总投资100亿元", "完成投资105亿元。").targets()).hasSize(1);
  }

  private static final String[][] PLANNED_SETS = {{"新开工项目%d个", "%d个计划新开工项目已开工%d个"},
      {"新建公厕%d座", "%d座计划新建公厕已建成%d座"}, {"新开工项目%d个", "全年%d个计划新开工项目中已开工%d个"}};

  @Test
  void aPlannedSetCountedBeforeThePartDoneIsNoAchievement() {
    qt().withExamples(200).forAll(integers().between(0, PLANNED_SETS.length - 1), integers().between(20, 300),
        integers().between(1, 19)).checkAssert((form, planned, missing) -> {
          String text = String.format(PLANNED_SETS[form][0], planned);
          String narrative = String.format(PLANNED_SETS[form][1], planned, planned - missing) + "，开工率" + (planned - missing) * 100 / planned + "%。";
          Task task = FormsOfWritingTest.extracted(text, narrative);
          assertThat(FormsOfWritingTest.pairs(task)).as(text + " / " + narrative).hasSize(1);
          assertThat(FormsOfWritingTest.pairs(task).get(0)).as(text + " / " + narrative).endsWith("← " + (planned - missing)
              + text.substring(text.length() - 1));
        });
  }

  private static final String[] PARTS_DONE = {"一期工程已全部完成", "路基工程已全部完成", "首批项目已全部完成", "主体工程已全面完成"};
  private static final String[] THE_REST = {"二期工程正在推进中", "路面工程计划明年完成", "第二批正在施工", "附属设施预计年底前完成"};

  @Test
  void aPartDoneWhileTheRestRunsIsNoClaimOfTheWhole() {
    qt().withExamples(100).forAll(integers().between(0, PARTS_DONE.length - 1), integers().between(0, THE_REST.length - 1))
        .checkAssert((part, rest) -> {
          String narrative = PARTS_DONE[part] + "，" + THE_REST[rest] + "。";
          assertThat(StatusCues.claim(narrative)).as(narrative).isEmpty();
          assertThat(StatusCues.textual(narrative)).as(narrative).isEqualTo(Status.ONGOING);
        });
    // the whole done, or a part done with nothing said to remain, is still claimed
    assertThat(StatusCues.claim("项目已全部完成，正在办理竣工验收。")).contains(Status.MET);
    assertThat(StatusCues.claim("一期工程已全部完成。")).contains(Status.MET);
  }

  private static final String[] HALTED = {"受土地指标影响，项目暂缓实施。", "项目已暂停施工，待资金到位后复工。",
      "经研究，该项目已取消。", "因征地问题，工程停工。", "因规划调整，项目推迟实施。", "该工程已搁置。",
      "因选址调整，项目延至明年实施。", "经县政府研究，项目调整为明年实施。"};

  @Test
  void workStoppedOrPutOffIsNotDoneAndRunsOnlyInAProgressReport() {
    for (String narrative : HALTED) {
      assertThat(StatusCues.textual(narrative)).as(narrative).isEqualTo(Status.NOT_MET);
      Task task = FormsOfWritingTest.extracted("建设城东体育公园", narrative);
      assertThat(FormsOfWritingTest.assessed(task, 12).status()).as(narrative).isEqualTo(Status.NOT_MET);
      assertThat(FormsOfWritingTest.assessed(task, 6).status()).as(narrative).isEqualTo(Status.ONGOING);
    }
    // reposted in traditional characters
    assertThat(StatusCues.textual("受土地指標影響，項目暫緩實施。")).isEqualTo(Status.NOT_MET);
    assertThat(StatusCues.textual("該工程已擱置。")).isEqualTo(Status.NOT_MET);
    // work under way elsewhere in the narrative, or the stop denied, is no halt
    assertThat(StatusCues.textual("一期正在施工，二期暂缓实施。")).isEqualTo(Status.ONGOING);
    assertThat(StatusCues.textual("项目未停工，已完成主体工程。")).isNotEqualTo(Status.NOT_MET);
    // work stopped and resumed, or stopped and finished after all
    assertThat(StatusCues.textual("因疫情影响，工程停工两个月，目前已全面复工，完成改造道路12公里。")).isEqualTo(Status.ONGOING);
    assertThat(StatusCues.textual("项目曾暂停施工，现已竣工验收。")).isEqualTo(Status.MET);
    // relief granted and orders given are work done, not work stopped
    for (String done : new String[] {"为321家企业暂缓缴纳社保费2300万元。", "检查工地120个，责令停工整改5个。",
        "相关减免政策延至年底。", "督促停工整改企业12家。"}) {
      assertThat(StatusCues.textual(done)).as(done).isNotEqualTo(Status.NOT_MET);
    }
  }

  @Test
  void workMovedToALaterYearIsPutOff() {
    for (String narrative : new String[] {"因选址调整，项目已调整至2024年实施。", "项目推迟到2024年建设。", "经研究，该工程顺延至2025年启动。"}) {
      Task task = FormsOfWritingTest.extracted("建设城东公园", narrative); // a report on 2020
      assertThat(task.outcome().cue()).as(narrative).isEqualTo(Status.NOT_MET);
    }
    for (String narrative : new String[] {"项目已调整至2020年12月实施。", "项目于2020年10月开工，计划2021年完成。",
        "项目未调整至2021年实施，已开工建设。"}) {
      assertThat(FormsOfWritingTest.extracted("建设城东公园", narrative).outcome().cue()).as(narrative).isNotEqualTo(Status.NOT_MET);
    }
  }

  @Test
  void aDesignDoneIsAFirstStepUnlessTheTaskIsTheDesign() {
    assertThat(StatusCues.textual(Lexer.lex("已完成设计，计划明年实施二期。"), java.util.Optional.empty(), "建设城西公园"))
        .isEqualTo(Status.ONGOING);
    assertThat(StatusCues.textual(Lexer.lex("已完成设计。"), java.util.Optional.empty(), "完成城西片区城市设计"))
        .isEqualTo(Status.MET);
  }

  private static final String[] BY_HOW_MUCH = {"比上年增加", "较上年增加", "同比增加", "比去年多", "比上年增加了"};

  @Test
  void byHowMuchTheYearBeatTheLastIsNoAchievement() {
    qt().withExamples(300).forAll(integers().between(0, BY_HOW_MUCH.length - 1), integers().between(300, 900),
        integers().between(5, 120), integers().between(0, 1)).checkAssert((form, level, difference, differenceFirst) -> {
          String change = BY_HOW_MUCH[form] + difference + "万人次";
          String reached = "达到" + level + "万人次";
          String narrative = "全年接待游客" + (differenceFirst == 1 ? change + "，" + reached : reached + "，" + change) + "。";
          Task task = FormsOfWritingTest.extracted("接待游客500万人次", narrative);
          assertThat(FormsOfWritingTest.pairs(task)).as(narrative).containsExactly("COUNT EXACTLY 500万人次 ← " + level + "万人次");
        });
    // a percentage so written is the year's growth
    assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("接待游客增长10%", "接待游客同比增长12.5%。")))
        .containsExactly("GROWTH EXACTLY 10% ← 12.5%");
    // and a task that sets such a difference is answered by it
    Task fewer = FormsOfWritingTest.extracted("生产安全事故起数比上年减少3起", "全年生产安全事故起数比上年减少5起。");
    assertThat(FormsOfWritingTest.pairs(fewer)).hasSize(1);
    assertThat(FormsOfWritingTest.pairs(fewer).get(0)).endsWith("← 5起");
  }

  private static final String[] PEOPLE_SERVED = {"为%d万城乡居民提供免费健康体检", "为%d万符合条件的居民提供免费筛查服务",
      "培训%d万农民", "为%d万名学生提供营养餐"};

  @Test
  void aScaledNumberBeforeANounOfPeopleCountsThem() {
    qt().withExamples(200).forAll(integers().between(0, PEOPLE_SERVED.length - 1), integers().between(2, 90),
        integers().between(1, 30)).checkAssert((form, target, more) -> {
          String text = String.format(PEOPLE_SERVED[form], target);
          String narrative = "已" + String.format(PEOPLE_SERVED[form], target + more) + "。";
          Task task = FormsOfWritingTest.extracted(text, narrative);
          assertThat(task.targets()).as(text).hasSize(1);
          assertThat(FormsOfWritingTest.pairs(task).get(0)).as(text + " / " + narrative).endsWith("← " + (target + more) + "万"
              + (PEOPLE_SERVED[form].contains("名") ? "名" : ""));
        });
  }

  @Test
  void aSizeClassIsNoCount() {
    Task task = FormsOfWritingTest.extracted("打造10亿级产业集群2个", "已打造10亿级产业集群2个。");
    assertThat(FormsOfWritingTest.pairs(task)).containsExactly("COUNT EXACTLY 2个 ← 2个");
  }

  @Test
  void aFigureWhoseShareIsTheWrittenRateIsTheAchievedValue() {
    qt().withExamples(300).forAll(integers().between(500, 5000), integers().between(50, 4999)).checkAssert((target, done) -> {
      java.math.BigDecimal share = java.math.BigDecimal.valueOf(done * 100L).divide(java.math.BigDecimal.valueOf(target), 1,
          java.math.RoundingMode.HALF_UP);
      String narrative = "通乡水泥(沥青)路：完成路面里程" + done + "公里，为年计划的" + share.toPlainString() + "%。";
      Task task = FormsOfWritingTest.extracted("完成通乡水泥路" + target + "公里", narrative);
      assertThat(FormsOfWritingTest.pairs(task)).as(narrative).containsExactly("AMOUNT EXACTLY " + target + "公里 ← " + done + "公里");
    });
  }
}
