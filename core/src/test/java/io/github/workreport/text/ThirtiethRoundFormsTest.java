package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Kind;
import io.github.workreport.Status;
import io.github.workreport.Task;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms left by round bk (written against f9e1806) and found by round bm (against 31ec572). Before its fix,
 * each law failed thus:
 *
 * <ul>
 *   <li>a revision of two targets in one list (目标调整为48亿元、增长5%) revised the first alone, so the growth was judged
 *       against the target first set; so did one parted by a comma (预算调整为298.5亿元，增长1.5%) or naming its next thing
 *       (计划调整为186个项目、投资112亿元, round bo), whose 计划项目 was no word of a revision either;
 *   <li>a header naming 倍 as its unit (政府性融资担保放大倍数（倍）：目标3) gave its bare value no unit, so the value took
 *       the narrative's money (亿元) and the row's own multiple answered nothing;
 *   <li>round bl (written against b8da9dc): a thing and its change in two cells joined by a comma (金融机构人民币各项贷款余额,
 *       增长12%以上) gave the change no thing, so a narrative naming the thing by its last word (余额同比增长11.3%) was
 *       taken for another's;
 *   <li>a row naming % whose cell sets a change in points and the level it reaches (比重(%)：提高1个百分点，达到48) left
 *       the row's bare figure (1-9月完成：47.6) of no unit, as the change's points made the row's unit untold, so the
 *       level was answered by nothing;
 *   <li>round bm (written against 31ec572): an indicator's attribute in brackets after the header's unit (能耗降低(%)[约束性]
 *       2023年目标:3) parted the unit from the cell, so every target of the sheet lost its unit and its kind;
 *   <li>a header naming a change by its last word with a bound in its cell (价格涨幅（%）：控制在3%以内) set a level, as
 *       控制在 says, so the narrative's fall (价格同比下降1.2%) answered nothing;
 *   <li>a narrative's 分别 list of bare figures (小学、初中分别为720、940; 分别完成520、3000、1000) was no figure at all, as
 *       only a target's list (分别提高至95、110) was read so, and the row's header unit never reached them;
 *   <li>kit said delivered and installed (到货安装280套) against a task to equip schools with it was another thing's
 *       figure, 到货 being no word of work;
 *   <li>rounds bf and bl: channels of video counted in 路 (接入视频资源不少于2000路, 新增视频监控前端1200路) were no count, so
 *       the task's target was lost; routes named by their numbers (6路、8路、12路) and 1路公交 stay names;
 *   <li>round bl: another thing changed alongside the task's (个人缴费标准同步调整为380元 beside 补助标准提高到640元) revised
 *       the task's target to 380, so 640 exceeded it; and the target changed 相应 (年度目标相应调整为80亿元) kept 相应 in its
 *       name, which the year's figure after it then took for another thing;
 *   <li>round bn (written against 32c2960): a header's unit of one thing per another other than money
 *       (污水处理能力(万吨/日):年度目标6.5, 车速（km/h）≥24) was dropped, so the target took any count of the narrative
 *       (新建污水处理厂4座) over the row's own bare figure (全年完成7);
 *   <li>a sheet's rate of the plan done with its unit in its label (增速(%)-0.6，完成率(%)95.3) was no rate of the plan,
 *       so it answered the growth target in place of the growth;
 *   <li>a count per thousands or more (批次/千人, 件/万人) was no unit, so a sheet's range under it (（批次/千人）：年度目标
 *       1.5—2) was no target, and a narrative's rate restating a count (抽检2386批次，按常住人口51.2万人计算为4.66批次/千人)
 *       named 计算 its thing once it had the unit;
 *   <li>a list of things that start alike with the rate said once after the last (儿童督导员、儿童主任配备率均达到100%) named the
 *       first target by its thing alone, which no rate of the narrative answered, so the second took the first's rate;
 *   <li>things at least so many, with no work, year or new ones named (参保电梯不少于500台), were answered by the half
 *       year's new ones (新增参保电梯386台) over the running total beside them (累计参保电梯531台);
 *   <li>round bo (written against 64f77fe): a sheet's column of the level, kept as a label beside the column of the
 *       change (1-6月绝对值：1128.6亿元；同比增长（%）：5.6), named 绝对值 the figures' thing, so the growth was another's; and
 *       a row's average beside its month's end (1-6月平均5.3，6月末5.1), two bare figures, took no % from the row's header;
 *       and a revision naming the task by its verb and 任务 alone (关闭任务由15座调减为10座) was another thing's;
 *   <li>a row's bare level reached (农机总动力(万千瓦)：年度目标78 ‖ 9月末达到78.6) was a level of another kind than the
 *       row's amount, and a bare revision by the body that set the task (备注：市下达任务调整为2000) took neither the
 *       row's unit nor the task for its thing; and a revision said only in the label of a rate (按7月调整后目标6.5亿元计完成率
 *       97.7%) named 计完成率 its thing, so it revised nothing;
 *   <li>round bp (written against ac00523, after the session's last fix): a net change over last year (完成102，比上年净增
 *       17家) was a figure of this year's, and the one with the row's classifier, so it answered the level; and a figure
 *       after 届时 alone (两所学校计划8月底前竣工，届时新增学位2700个) was done, as only 届时可 or 届时将 looked ahead.
 * </ul>
 */
class ThirtiethRoundFormsTest {

  /** How a list may go on from a revised amount to a revised change. */
  private static final String[] CHANGES = {"增长", "增长", ""};

  @Test
  void aRevisionOfTwoTargetsInOneListRevisesBoth() {
    qt().withExamples(100).forAll(integers().between(40, 90), integers().between(6, 15),
        integers().between(0, CHANGES.length - 1)).checkAssert((goal, growth, change) -> {
          int revised = goal - 8;
          String narrative = "年中经县人大常委会审议，目标调整为" + revised + "亿元、" + CHANGES[change] + (growth - 5)
              + "%；全年实现" + (revised + 1) + ".7亿元，同比增长" + (growth - 5) + ".2%。";
          Task read = FormsOfWritingTest.extracted("旅游总收入（亿元）：年度目标" + goal + "，增长" + growth + "%", narrative);
          assertThat(read.targets()).as(narrative).hasSize(2);
          assertThat(read.matches()).as(narrative).hasSize(2).allSatisfy(m -> {
            assertThat(m.revision()).isPresent();
            assertThat(m.measure()).isPresent();
          });
          assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(narrative).isEqualTo(Status.EXCEEDED);
        });
  }

  @Test
  void aRevisionListPartedByACommaOrNamingItsNextThingRevisesBoth() {
    qt().withExamples(100).forAll(integers().between(150, 250), integers().between(5, 30), integers().between(0, 3))
        .checkAssert((projects, cut, extra) -> {
          int revised = projects - cut;
          String narrative = "经市政府常务会议研究，年度计划调整为 " + revised + " 个项目、投资 " + (revised / 2)
              + " 亿元。全年实施市级政府投资项目 " + (revised + extra) + " 个，完成投资 " + (revised / 2) + ".6 亿元。";
          Task read = FormsOfWritingTest.extracted("全年安排市级政府投资项目 " + projects + " 个，完成投资 " + (projects / 2 + 8)
              + " 亿元。", narrative);
          assertThat(read.matches()).as(narrative).hasSize(2).allSatisfy(m -> assertThat(m.revision()).isPresent());
          String budget = "完成305.6，增长3.5%；备注：经市人大常委会批准，年度预算调整为298.5亿元，增长" + cut / 10 + "%";
          Task comma = FormsOfWritingTest.extracted("一般公共预算收入（亿元）：预期目标312.0，增长6%", budget);
          assertThat(comma.matches()).as(budget).hasSize(2).allSatisfy(m -> assertThat(m.revision()).isPresent());
        });
  }

  /** How a header may close its unit of times. */
  private static final String[] TIMES_HEADERS = {"（倍）：目标", "(倍):目标", "（倍）：年度目标"};

  @Test
  void aHeaderOfTimesGivesItsBareValueTimes() {
    qt().withExamples(100).forAll(integers().between(0, TIMES_HEADERS.length - 1), integers().between(3, 9),
        integers().between(1, 99)).checkAssert((header, goal, hundredths) -> {
          String multiple = (goal - 1) + "." + String.format("%02d", hundredths);
          String narrative = "年末在保余额" + (goal * 3) + ".6亿元，净资产3.5亿元，放大倍数" + multiple;
          Task read = FormsOfWritingTest.extracted("政府性融资担保放大倍数" + TIMES_HEADERS[header] + goal, narrative);
          assertThat(read.targets()).as(narrative).singleElement()
              .satisfies(t -> assertThat(t.unit().symbol()).isEqualTo("倍"));
          assertThat(read.matches()).as(narrative).singleElement()
              .satisfies(m -> assertThat(m.measure()).hasValue(2));
        });
  }

  /** Things a sheet names in one cell and changes in the next, with the last word a narrative names them by. */
  private static final String[][] THINGS = {{"金融机构人民币各项贷款余额", "余额"}, {"社会消费品零售总额", "零售总额"},
      {"规模以上工业增加值", "增加值"}};

  @Test
  void aThingAndItsChangeInCellsJoinedByACommaAreOneTarget() {
    qt().withExamples(100).forAll(integers().between(0, THINGS.length - 1), integers().between(5, 15),
        integers().between(0, 1), integers().between(1, 9)).checkAssert((which, goal, comma, tenths) -> {
          String[] thing = THINGS[which];
          String task = thing[0] + (comma == 0 ? "，" : ",") + "增长" + goal + "%以上";
          String narrative = "9月末" + thing[1] + "3388.1亿元，同比增长" + (goal - 1) + "." + tenths + "%";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.targets()).as(task).singleElement()
              .satisfies(t -> assertThat(t.metric()).isEqualTo(thing[0]));
          assertThat(read.matches()).as(narrative).singleElement()
              .satisfies(m -> assertThat(m.measure()).hasValue(1));
        });
  }

  @Test
  void aRowsBareFigureIsTheLevelBesideAChangeThatSaysItsPoints() {
    qt().withExamples(100).forAll(integers().between(30, 70), integers().between(1, 3), integers().between(-15, 15))
        .checkAssert((goal, points, tenths) -> {
          String achieved = FormsOfWritingTest.tenths(goal * 10 + tenths);
          String task = "高新技术产业增加值占规上工业增加值比重(%)：提高" + points + "个百分点，达到" + goal;
          Task read = FormsOfWritingTest.extracted(task, "1-9月完成：" + achieved);
          assertThat(read.outcome().measures()).as(achieved).singleElement()
              .satisfies(m -> assertThat(m.unit().symbol()).isEqualTo("%"));
          assertThat(read.matches()).as(task).hasSize(2)
              .anySatisfy(m -> assertThat(m.measure()).hasValue(0));
        });
  }

  /** Indicators of a plan's sheet: the name with its unit, the cell, and the narrative's figure. */
  private static final String[][] PLAN_INDICATORS = {{"单位地区生产总值能耗降低(%)", "2023年目标:3", "预计完成:1.6"},
      {"森林覆盖率（%）", "年度目标：43.2", "完成：43.25"}, {"煤炭消费总量(万吨)", "2023年目标:控制在1150以内", "完成:1162.7"},
      {"新建公共充电桩（个）", "目标3000", "全年建成3128"}};
  private static final String[] ATTRIBUTE_BRACKETS = {"[约束性] ", "【预期性】", "〔约束性〕", "（预期性指标）", "(约束性)"};

  @Test
  void anAttributeInBracketsAfterTheHeadersUnitChangesNothing() {
    qt().withExamples(100).forAll(integers().between(0, PLAN_INDICATORS.length - 1),
        integers().between(0, ATTRIBUTE_BRACKETS.length - 1)).checkAssert((which, bracket) -> {
          String[] row = PLAN_INDICATORS[which];
          Task plain = FormsOfWritingTest.extracted(row[0] + row[1], row[2]);
          Task attributed = FormsOfWritingTest.extracted(row[0] + ATTRIBUTE_BRACKETS[bracket] + row[1], row[2]);
          assertThat(FormsOfWritingTest.pairs(attributed)).as(row[0] + ATTRIBUTE_BRACKETS[bracket])
              .isEqualTo(FormsOfWritingTest.pairs(plain)).noneMatch(p -> p.endsWith("← -"));
          String task = row[0] + ATTRIBUTE_BRACKETS[bracket] + row[1];
          assertThat(attributed.targets()).singleElement().satisfies(t -> {
            assertThat(t.unit().isBare()).isFalse();
            assertThat(task.substring(t.span().get().start(), t.span().get().end())).isEqualTo(t.text());
          });
        });
  }

  /** Headers whose last word names a rise, and a cell's bounds on it. */
  private static final String[] RISES = {"主要生活必需品价格涨幅", "医保基金支出增幅", "居民消费价格涨幅"};
  private static final String[] CEILINGS = {"控制在%d%%以内", "年度目标控制在%d以内", "目标：控制在%d以内", "不超过%d%%"};

  @Test
  void aFallAnswersACeilingOnTheRiseAHeaderNames() {
    qt().withExamples(100).forAll(integers().between(0, RISES.length - 1), integers().between(0, CEILINGS.length - 1),
        integers().between(2, 9), integers().between(1, 30)).checkAssert((rise, ceiling, most, fall) -> {
          String task = RISES[rise] + "（%）：" + String.format(CEILINGS[ceiling], most);
          String narrative = "上半年" + RISES[rise].substring(0, RISES[rise].length() - 2) + "同比下降"
              + FormsOfWritingTest.tenths(fall) + "%";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.targets()).as(task).singleElement()
              .satisfies(t -> assertThat(t.kind()).isEqualTo(Kind.GROWTH));
          assertThat(read.matches()).as(narrative).singleElement().satisfies(m -> assertThat(m.measure()).isPresent());
          assertThat(FormsOfWritingTest.assessed(read, 6).status()).as(narrative).isEqualTo(Status.MET);
        });
  }

  /** How a narrative opens a 分别 list of bare figures. */
  private static final String[] RESPECTIVE_ANSWERS = {"小学、初中分别为", "分别完成", "上半年分别达到"};

  @Test
  void aNarrativesRespectiveListOfBareFiguresAnswersTheTargetsInOrder() {
    qt().withExamples(100).forAll(integers().between(0, RESPECTIVE_ANSWERS.length - 1), integers().between(300, 900),
        integers().between(-20, 20), integers().between(-20, 20)).checkAssert((opening, goal, first, second) -> {
          String task = "义务教育生均公用经费基准定额（元）：小学" + goal + "、初中" + (goal + 220);
          String narrative = RESPECTIVE_ANSWERS[opening] + (goal + first) + "、" + (goal + 220 + second);
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.targets()).as(task).hasSize(2);
          assertThat(read.matches()).as(narrative).hasSize(2)
              .satisfies(m -> assertThat(m.get(0).measure()).hasValue(0),
                  m -> assertThat(m.get(1).measure()).hasValue(1));
          assertThat(read.outcome().measures()).allSatisfy(m -> assertThat(m.unit().symbol()).isEqualTo("元"));
        });
  }

  /** Kit a task equips places with, and its classifier. */
  private static final String[][] KIT = {{"交互式智能黑板", "套"}, {"校园安防监控设备", "台"}, {"移动储能车", "辆"}};

  @Test
  void kitDeliveredAndInstalledAnswersATaskToEquipWithIt() {
    qt().withExamples(100).forAll(integers().between(0, KIT.length - 1), integers().between(50, 400),
        integers().between(1, 40)).checkAssert((which, goal, short_) -> {
          String[] kit = KIT[which];
          String narrative = "已完成政府采购招标，9月底前到货安装" + (goal - short_) + kit[1] + "，其余将于10月中旬到货安装。";
          Task read = FormsOfWritingTest.extracted("为全县中小学配备" + kit[0] + goal + kit[1] + "。", narrative);
          assertThat(read.matches()).as(narrative).singleElement().satisfies(m -> assertThat(m.measure()).hasValue(0));
        });
  }

  @Test
  void channelsOfVideoAreCountedInLuAndRoutesNamedByNumberAreNot() {
    qt().withExamples(100).forAll(integers().between(500, 3000), integers().between(1, 400), integers().between(1, 30))
        .checkAssert((goal, short_, route) -> {
          String narrative = "已接入公安、交通、城管等部门视频资源" + (goal - short_) + "路，开通" + route + "路公交（" + route + "路、"
              + (route + 2) + "路）。";
          Task read = FormsOfWritingTest.extracted("建设城市运行管理服务平台，接入视频资源不少于" + goal + "路。", narrative);
          assertThat(read.targets()).as(narrative).singleElement()
              .satisfies(t -> assertThat(t.unit().symbol()).isEqualTo("路"));
          assertThat(read.outcome().measures()).as(narrative).singleElement()
              .satisfies(m -> assertThat(m.value()).isEqualByComparingTo(BigDecimal.valueOf(goal - short_)));
          assertThat(read.matches()).singleElement().satisfies(m -> assertThat(m.measure()).hasValue(0));
        });
  }

  @Test
  void anotherThingChangedAlongsideRevisesNothingButTheTargetSoChangedDoes() {
    qt().withExamples(100).forAll(integers().between(500, 700), integers().between(200, 400), integers().between(0, 2))
        .checkAssert((subsidy, contribution, word) -> {
          String alongside = new String[] {"同步", "相应", "随之"}[word];
          String narrative = "自2020年1月1日起，城乡居民医保人均财政补助标准提高到" + subsidy + "元，个人缴费标准" + alongside + "调整为"
              + contribution + "元。";
          Task read = FormsOfWritingTest.extracted("城乡居民基本医疗保险人均财政补助标准由每人每年" + (subsidy - 30) + "元提高到"
              + subsidy + "元。", narrative);
          assertThat(read.matches()).as(narrative).singleElement().satisfies(m -> {
            assertThat(m.measure()).hasValue(0);
            assertThat(m.revision()).isEmpty();
          });
          assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(narrative).isEqualTo(Status.MET);
          String revised = "受疫情影响，年度目标" + alongside + "调整为" + (contribution - 20) + "亿元，全年实现" + contribution + "亿元。";
          Task target = FormsOfWritingTest.extracted("全年实现旅游收入" + (contribution + 50) + "亿元。", revised);
          answeredAndRevised(target, revised, 1, 0);
        });
  }

  /** Rows whose header names a unit of one thing per another, the unit as read, and the narrative's words. */
  private static final String[][] PER_ANOTHER = {{"新增城镇污水处理能力(万吨/日):年度目标", "万吨/日", "全年完成%s,新建扩建污水处理厂4座"},
      {"高峰时段平均车速（km/h）≥", "公里/小时", "%s"}, {"粮食单产（公斤/亩）：目标", "公斤/亩", "全年%s，播种面积达到95万亩"}};

  @Test
  void aHeadersUnitOfOneThingPerAnotherIsTheRowsBareFigures() {
    qt().withExamples(100).forAll(integers().between(0, PER_ANOTHER.length - 1), integers().between(20, 600),
        integers().between(-9, 9)).checkAssert((which, goal, tenths) -> {
          String[] row = PER_ANOTHER[which];
          String narrative = String.format(row[2], FormsOfWritingTest.tenths(goal * 10 + tenths));
          Task read = FormsOfWritingTest.extracted(row[0] + goal, narrative);
          assertThat(read.targets()).as(row[0]).singleElement()
              .satisfies(t -> assertThat(t.unit().symbol()).isEqualTo(row[1]));
          assertThat(read.matches()).as(narrative).singleElement().satisfies(m -> assertThat(m.measure()).hasValue(0));
          assertThat(read.outcome().measures().get(0).unit().symbol()).isEqualTo(row[1]);
        });
  }

  @Test
  void aRateOfThePlanWithItsUnitInItsLabelAnswersNoGrowth() {
    qt().withExamples(100)
        .forAll(integers().between(2, 12), integers().between(-30, 150), integers().between(850, 1100))
        .checkAssert((growth, tenths, permille) -> {
          String narrative = "实绩36215，增速(%)" + FormsOfWritingTest.tenths(tenths) + "，完成率(%)"
              + FormsOfWritingTest.tenths(permille);
          Task read = FormsOfWritingTest.extracted("港口货物吞吐量（万吨）：目标38000，增速(%)" + growth + "左右", narrative);
          assertThat(read.matches()).as(narrative).hasSize(2)
              .satisfies(m -> assertThat(m.get(1).measure()).hasValue(1));
        });
  }

  @Test
  void aCountPerThousandsIsAUnitAndItsRateIsOfTheCountBeforeIt() {
    qt().withExamples(100).forAll(integers().between(10, 40), integers().between(-5, 8), integers().between(0, 1))
        .checkAssert((goal, tenths, per) -> {
          String unit = per == 0 ? "批次/千人" : "件/万人";
          String counted = unit.substring(0, unit.indexOf('/'));
          String low = FormsOfWritingTest.tenths(goal);
          Task sheet = FormsOfWritingTest.extracted("食用农产品抽检量（" + unit + "）：年度目标" + low + "—"
              + FormsOfWritingTest.tenths(goal + 5), "1-9月完成：" + FormsOfWritingTest.tenths(goal + tenths));
          assertThat(sheet.targets()).as(unit).singleElement()
              .satisfies(t -> assertThat(t.unit().symbol()).isEqualTo(unit));
          assertThat(sheet.matches()).singleElement().satisfies(m -> assertThat(m.measure()).hasValue(0));
          String narrative = "全年完成食品安全监督抽检2386" + counted + "，按常住人口51.2万人计算为"
              + FormsOfWritingTest.tenths(goal + tenths) + unit + "；其中食用农产品抽检1012" + counted + "，合1.98" + unit + "。";
          Task prose = FormsOfWritingTest.extracted("完成食品安全监督抽检" + low + unit + "，其中食用农产品抽检不少于1.8" + unit,
              narrative);
          assertThat(prose.matches()).as(narrative).hasSize(2).satisfies(
              m -> assertThat(m.get(0).measure()).hasValue(2), m -> assertThat(m.get(1).measure()).hasValue(4));
        });
  }

  /** Pairs of staff a task has places equip, named alike, and the rate of each. */
  private static final String[][] STAFF = {{"儿童督导员", "儿童主任", "配备率"}, {"村级网格员", "村级调解员", "到岗率"},
      {"社区医生", "社区护士", "培训率"}};

  @Test
  void aRateSaidOnceAfterAListOfThingsThatStartAlikeIsEachThingsRate() {
    qt().withExamples(100).forAll(integers().between(0, STAFF.length - 1), integers().between(900, 999))
        .checkAssert((which, permille) -> {
          String[] staff = STAFF[which];
          String task = "关爱帮扶实现全覆盖，" + staff[0] + "、" + staff[1] + staff[2] + "均达到100%。";
          String narrative = "全县19个乡镇配备" + staff[0] + "19名，" + staff[2] + "100%；312个村配备" + staff[1] + "304名，"
              + staff[2] + FormsOfWritingTest.tenths(permille) + "%。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.targets()).as(task).hasSize(2)
              .allSatisfy(t -> assertThat(t.metric()).endsWith(staff[2]));
          assertThat(read.matches()).as(narrative).hasSize(2).satisfies(
              m -> assertThat(m.get(0).measure()).hasValue(2), m -> assertThat(m.get(1).measure()).hasValue(5));
        });
  }

  @Test
  void thingsAtLeastSoManyAreAnsweredByTheRunningTotalNotTheNewOnes() {
    qt().withExamples(100)
        .forAll(integers().between(300, 900), integers().between(50, 250), integers().between(-100, 200))
        .checkAssert((goal, added, over) -> {
          int total = goal + over;
          String narrative = "已完成。上半年新增参保电梯" + added + "台，累计参保电梯" + total + "台。";
          Task read = FormsOfWritingTest.extracted("推行电梯安全综合保险，参保电梯不少于" + goal + "台。", narrative);
          assertThat(read.matches()).as(narrative).singleElement().satisfies(m -> assertThat(m.measure()).hasValue(1));
          String flow = "新增参保电梯" + added + "台，累计参保电梯" + total + "台。";
          Task year = FormsOfWritingTest.extracted("推行电梯安全综合保险，全年新增参保电梯不少于" + goal + "台。", flow);
          assertThat(year.matches()).as(flow).singleElement().satisfies(m -> assertThat(m.measure()).hasValue(0));
        });
  }

  @Test
  void theLevelsColumnWordIsALabel() {
    qt().withExamples(100)
        .forAll(integers().between(40, 80), integers().between(30, 90), integers().between(1000, 3000))
        .checkAssert((goal, growth, level) -> {
          String narrative = "1-6月绝对值：" + level + ".6亿元；同比增长（%）：" + FormsOfWritingTest.tenths(growth);
          Task read = FormsOfWritingTest.extracted("地区生产总值增长（%）：年度目标" + FormsOfWritingTest.tenths(goal), narrative);
          assertThat(read.outcome().measures()).as(narrative)
              .allSatisfy(m -> assertThat(m.metric()).doesNotContain("绝对值"));
          assertThat(read.matches()).as(narrative).singleElement().satisfies(m -> assertThat(m.measure()).hasValue(1));
        });
  }

  @Test
  void aRowsAverageBesideItsMonthsEndTakesTheRowsPercent() {
    qt().withExamples(100).forAll(integers().between(40, 60), integers().between(-5, 5), integers().between(-5, 5))
        .checkAssert((goal, average, end) -> {
          String narrative = "1-6月平均" + FormsOfWritingTest.tenths(goal + average) + "，6月末"
              + FormsOfWritingTest.tenths(goal + end);
          Task read = FormsOfWritingTest.extracted("城镇调查失业率（%）：年度目标" + FormsOfWritingTest.tenths(goal) + "左右",
              narrative);
          assertThat(read.outcome().measures()).as(narrative)
              .allSatisfy(m -> assertThat(m.unit().symbol()).isEqualTo("%"));
          assertThat(read.matches()).as(narrative).singleElement().satisfies(m -> assertThat(m.measure()).isPresent());
        });
  }

  /** Tasks whose revision names them by their verb and 任务: the task, its verb and its classifier. */
  private static final String[][] VERB_TASKS = {{"全年关闭小型矿山 %d 座", "关闭", "座"}, {"全年整治易涝点%d处", "整治", "处"},
      {"完成农村危房改造%d户", "改造", "户"}};

  @Test
  void aRevisionNamingTheTaskByItsVerbAndTaskRevisesIt() {
    qt().withExamples(100).forAll(integers().between(0, VERB_TASKS.length - 1), integers().between(12, 60),
        integers().between(2, 10)).checkAssert((which, goal, cut) -> {
          String[] task = VERB_TASKS[which];
          String narrative = "经市政府同意，" + task[1] + "任务由" + goal + task[2] + "调减为" + (goal - cut) + task[2] + "。截至10月底已"
              + task[1] + (goal - cut) + task[2] + "。";
          Task read = FormsOfWritingTest.extracted(String.format(task[0], goal) + "。", narrative);
          answeredAndRevised(read, narrative, 1, 0);
        });
  }

  @Test
  void aRowsBareLevelAndABareRevisionFromAboveTakeTheRowsUnit() {
    qt().withExamples(100).forAll(integers().between(60, 90), integers().between(-30, 30), integers().between(0, 2))
        .checkAssert((goal, tenths, body) -> {
          String reached = "9月末达到" + FormsOfWritingTest.tenths(goal * 10 + tenths);
          Task level = FormsOfWritingTest.extracted("农机总动力(万千瓦)：年度目标" + goal, reached);
          assertThat(level.matches()).as(reached).singleElement().satisfies(m -> assertThat(m.measure()).hasValue(0));
          String revised = "1-9月完成" + (goal * 25 - 80) + "；备注：" + new String[] {"市", "省", "上级"}[body] + "下达任务调整为"
              + goal * 20;
          Task sheet = FormsOfWritingTest.extracted("新建设施蔬菜大棚(亩)：年度目标" + goal * 25, revised);
          answeredAndRevised(sheet, revised, 0, 1);
        });
  }

  @Test
  void aRevisionSaidInTheLabelOfARateRevisesTheTasksTarget() {
    qt().withExamples(100).forAll(integers().between(60, 95), integers().between(5, 15), integers().between(-20, 5))
        .checkAssert((revised, cut, short_) -> {
          String done = FormsOfWritingTest.tenths(revised + short_);
          String narrative = "1-9月完成：" + done + "，按7月调整后目标" + FormsOfWritingTest.tenths(revised) + "亿元计完成率"
              + FormsOfWritingTest.tenths(1000 * (revised + short_) / revised) + "%";
          Task read = FormsOfWritingTest.extracted("技术合同成交额(亿元)：年度目标" + FormsOfWritingTest.tenths(revised + cut),
              narrative);
          answeredAndRevised(read, narrative, 0, 1);
        });
  }

  @Test
  void aNetChangeOverLastYearIsNoFigureOfTheLevel() {
    qt().withExamples(100).forAll(integers().between(60, 200), integers().between(-10, 20), integers().between(0, 2))
        .checkAssert((goal, over, form) -> {
          String change = new String[] {"比上年净增", "较上年净增加", "同比净增"}[form];
          String narrative = "完成" + (goal + over) + "，" + change + (goal / 6) + "家";
          Task read = FormsOfWritingTest.extracted("高新技术企业（家）：目标达到" + goal, narrative);
          assertThat(read.outcome().measures()).as(narrative).singleElement()
              .satisfies(m -> assertThat(m.value().intValue()).isEqualTo(goal + over));
          assertThat(read.matches()).singleElement().satisfies(m -> assertThat(m.measure()).hasValue(0));
        });
  }

  @Test
  void aFigureAfterByThenAloneIsStillToCome() {
    qt().withExamples(100).forAll(integers().between(1000, 3000), integers().between(0, 1))
        .checkAssert((places, built) -> {
          String narrative = "两所学校计划8月底前竣工，秋季学期投入使用，届时新增学位 " + places + " 个。";
          Task read = FormsOfWritingTest.extracted("新增学位 " + places + " 个。", narrative);
          assertThat(read.outcome().measures()).as(narrative).isEmpty();
          String done = "学校已于8月建成，建成后新增学位 " + (places - 100 * built) + " 个。";
          Task past = FormsOfWritingTest.extracted("新增学位 " + places + " 个。", done);
          assertThat(past.matches()).as(done).singleElement().satisfies(m -> assertThat(m.measure()).isPresent());
        });
  }

  /** Asserts that the task's one target is answered by measure {@code measure} and revised by {@code revision}. */
  private static void answeredAndRevised(Task read, String narrative, int measure, int revision) {
    assertThat(read.matches()).as(narrative).singleElement().satisfies(m -> {
      assertThat(m.measure()).hasValue(measure);
      assertThat(m.revision()).hasValue(revision);
    });
  }
}
