package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Outcome;
import io.github.workreport.Status;
import io.github.workreport.Task;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms left by round bx (written against 73aeaffe) and found by round by (against 008c3805). Before its fix,
 * each law failed thus:
 *
 * <ul>
 *   <li>round bx: a target naming two things joined by 和 (选聘普查指导员和普查员不少于560名), told by one figure for each
 *       (全县共选聘普查指导员126名、普查员451名), took the first figure alone: only a list joined by 、 was split into
 *       the things its figures add up, and a total word after the place (全县共) made the first figure a total;
 *   <li>round by (written against 008c3805): a count of the places a thing was set up in (在12个乡镇建成便民服务站36个,
 *       已在全县14家银行机构设立便民服务点26个) answered the target of the things set up, as its words ran on to the
 *       next figure's: the two shared one stretch of text and the first came first;
 *   <li>a title naming a plan's span of years before the year reported (三年行动计划（2023—2025年）2024年度…) gave the
 *       report the span's last year, so a year-end report of the plan's second year was read at the plan's deadline;
 *   <li>a sheet's bare value (完成值142) with the increase over a base after it in the indicator's unit (较2024年新增18项)
 *       lost to that increase, a target of the level (项目数（项）：目标值130) judged on the year's new ones;
 *   <li>a later year's goal beside the goal of the year reported (2025年目标值14，2026年目标值15 in a report on 2025) was
 *       a target judged that year, answered by any figure left;
 *   <li>bare figures labelled by the group each target names (…儿童中医药健康管理率（%）：≥80；…老年人中医药健康管理率（%）：≥75
 *       ‖ 完成值：儿童86.4；老年人74.3) had no unit, so neither answered: only a label equal to a target's whole name gave
 *       its figure the target's unit;
 *   <li>what a survey found or a round collected (全年共普查各等级测量标志236座, 收集融资、用工等问题50个) answered the target
 *       of the work on them (维护测量标志不少于120座, 协调解决…问题不少于50个) beside the work's own figure: only 排查, 摸排,
 *       摸底 and 梳理 were a sweep, and the work's figure had to open the target's name;
 *   <li>boundary markers counted in 颗 and recipes in 首 (埋设界桩不少于40颗, 收集经验方不少于100首) had no unit: no target;
 *   <li>the other name a target gives its thing in brackets (新增境外投资项目（企业）4个) did not let a figure of things so
 *       named answer (新增境外投资企业3家): the counted things, 项目 and 企业, differed;
 *   <li>a level for each named only as the standard (标准为每人每月350元) answered no target of that level
 *       (每人每月发放补助不低于300元): 标准 shared no word with the target's;
 *   <li>the count of every place a work now covers (全市86个乡镇（街道）实现…便民服务点全覆盖) answered a target of the new
 *       things that did it (新设乡镇不动产登记便民服务点20个), sharing more of its words than their own figure;
 *   <li>a whole before a part after 其中 that says a word of the target's the whole does not (资助家庭经济困难少数民族学生
 *       2000人次 ‖ 资助家庭经济困难学生1126人次（其中少数民族学生985人次）) answered the target for the part;
 *   <li>two rates named alike, each after its sentence's subject (存量不动产单元已赋码187.3万个，赋码率99.2%；新增供地项目
 *       412个，…赋码率100%), answered the targets that set them (存量…赋码率达到100%，新增供地项目…赋码率98%以上) by value:
 *       the one equal to a target's took it, as their own words were the same;
 *   <li>round bz (written against f0697ecf): a goal set for a year after the report's (县级智慧矫正中心建成率（%）：2025年
 *       目标值100 in a report on 2024) gave the task no deadline, so a shortfall in a year-end report was NOT_MET;
 *   <li>a note after a figure saying part of it is estimated (完成值92.6（12月为预计数）) made the figure one of work to
 *       come, and dropped it: only a note opening with 预计 marked the figure an estimate;
 *   <li>the value a one-indicator row's narrative opens with under a sheet's label (完成值27.6) lost to a figure after it
 *       whose words shared the indicator's (专职…社会工作者52名, 7、8月20秒接通率分别为78.6%和80.1%, 增加445名);
 *   <li>a later year's goal that repeats no name of its indicator (…（％）：2024年目标值80；2025年目标值90以上) stayed a target
 *       and made the task due in that year, so a year-end shortfall on this year's goal was ONGOING;
 *   <li>a total as of now (截至年底全市维修资金归集总额142.6亿元) answered a target of the year's amount (维修资金归集额：
 *       2024年目标值6.5) beside the year's own figure (全年新归集6.12亿元), sharing more of its words;
 *   <li>a rate in tenths right after its name (收缴率七成左右) or before a note (近三成（29.7）) was no figure;
 *   <li>what a target says it includes in a note (新修防火应急道路（含林区巡护步道）60公里) was no part of its figure: the
 *       figure of the target's own thing (新修防火应急道路41公里、林区巡护步道23公里) answered alone;
 *   <li>the rest of the things, whose sentence goes on to say work on them still running (已建成…7个分中心并投入运行，其余3个
 *       县（市）分中心场地已落实，正在进行设备安装调试), were added to those done;
 *   <li>a duration set under a sheet's unit (平均到达时间（分钟）：≤15, a count) and one said as a level (平均到达现场时间
 *       12分30秒) were of other kinds, so neither answered the other;
 *   <li>a sum per head (人均2202元) answered no level set for each person (每人每年不低于2000元): only 人均 on both sides
 *       made the one an amount and the other a level of one standard;
 *   <li>round ca (written against 4837cf82): a goal for the plan's years (三年目标320, 三年累计评估不少于600家) in a report
 *       on the plan's second year (三年行动计划（2023—2025年）2024年度…) was due in the year reported;
 *   <li>the level a plan starts from (县域外转诊率（%）：基期值10.6 ‖ 2025年目标值≤8) was a target of its own, and the
 *       indicator's name became 基期值;
 *   <li>a count in the general 个 (已组织58家社会组织与39个脱贫村开展结对帮扶) answered a target in a classifier of its own
 *       (结对帮扶不少于40对) beside the figure in that classifier (共结成帮扶对子53对), sharing more of its words.
 * </ul>
 */
class ThirtyFourthRoundFormsTest {

  /** Two kinds of people or things a target names joined by 和, with the verb that counts them. */
  private static final String[][] TWO_JOINED = {{"选聘", "普查指导员", "普查员", "名"}, {"配备", "专职网格员", "兼职网格员", "名"},
      {"建成", "村级服务站", "社区服务站", "个"}};

  private static final String[] WHOLE_PLACES = {"全县", "全市", "全区"};

  @Test
  void twoThingsJoinedBy和AreTheSumOfTheirFigures() {
    qt().withExamples(60).forAll(integers().between(0, TWO_JOINED.length - 1), integers().between(0, 2),
        integers().between(100, 200), integers().between(400, 500)).checkAssert((i, place, first, second) -> {
          String[] form = TWO_JOINED[i];
          Task read = FormsOfWritingTest.extracted(form[0] + form[1] + "和" + form[2] + "不少于560" + form[3] + "。",
              WHOLE_PLACES[place] + "共" + form[0] + form[1] + first + form[3] + "、" + form[2] + second + form[3]
                  + "，组织培训2期。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).containsExactly(
              "COUNT AT_LEAST 560" + form[3] + " ← " + (first + second) + form[3]);
        });
  }

  /** Places, their classifier, things set up in them, and the things' classifier. */
  private static final String[][] PLACES_AND_THINGS = {{"乡镇", "个", "建成", "便民服务站", "个"},
      {"银行机构", "家", "设立", "便民服务点", "个"}, {"中小学校", "所", "建成", "心理辅导室", "间"}};

  @Test
  void aCountOfThePlacesThingsAreSetUpInIsNotTheirCount() {
    qt().withExamples(60).forAll(integers().between(0, PLACES_AND_THINGS.length - 1), integers().between(8, 19),
        integers().between(20, 45)).checkAssert((i, places, things) -> {
          String[] form = PLACES_AND_THINGS[i];
          Task read = FormsOfWritingTest.extracted(form[2] + form[3] + "不少于30" + form[4] + "。",
              "已在全县" + places + form[1] + form[0] + form[2] + form[3] + things + form[4] + "，服务群众1.2万人次。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).containsExactly(
              "COUNT AT_LEAST 30" + form[4] + " ← " + things + form[4]);
        });
  }

  /** A guard: a target counting the places themselves still takes their count. */
  @Test
  void aTargetCountingThePlacesTakesTheirCount() {
    Task read = FormsOfWritingTest.extracted("便民服务覆盖乡镇不少于10个。", "已在全县12个乡镇建成便民服务站36个。");
    assertThat(FormsOfWritingTest.pairs(read)).containsExactly("COUNT AT_LEAST 10个 ← 12个");
  }

  /** A guard: a target in the same form keeps the places' count as its own (在30个老旧小区配建充电桩). */
  @Test
  void aTargetInTheSameFormTakesThePlacesCount() {
    Task read = FormsOfWritingTest.extracted("在30个老旧小区配建居民自用充电桩不少于1500个。", "在34个老旧小区改造中同步配建充电桩1620个。");
    assertThat(FormsOfWritingTest.pairs(read))
        .containsExactly("COUNT EXACTLY 30个 ← 34个", "COUNT AT_LEAST 1500个 ← 1620个");
  }

  private static final String[] DASHES = {"—", "-", "－", "至", "～"};

  @Test
  void aTitleGivesTheYearReportedNotTheEndOfThePlansSpan() {
    qt().withExamples(60).forAll(integers().between(2018, 2030), integers().between(0, 2),
        integers().between(0, DASHES.length - 1)).checkAssert((first, offset, dash) -> {
          int reported = first + offset;
          String span = first + DASHES[dash] + (first + 2) + "年";
          assertThat(ReportTitle.parse("鹤汀市中医药振兴发展三年行动计划（" + span + "）" + reported + "年度主要指标完成情况").year())
              .hasValue(reported);
          assertThat(ReportTitle.parse("鹤汀市中医药振兴发展三年行动计划（" + span + "）实施情况").year()).hasValue(first + 2);
        });
  }

  /** Indicators of a level, their unit, and the word of their increase over a base. */
  private static final String[][] LEVELS = {{"纳入医保支付的中医医疗服务项目数", "项", "较2024年新增"},
      {"国家A级旅游景区", "家", "比上年新增"}, {"省级以上专精特新企业", "家", "较上年净增"}};

  @Test
  void aSheetsBareValueIsTheLevelNotTheIncreaseAfterIt() {
    qt().withExamples(60).forAll(integers().between(0, LEVELS.length - 1), integers().between(100, 160),
        integers().between(1, 30)).checkAssert((i, level, increase) -> {
          String[] form = LEVELS[i];
          Task read = FormsOfWritingTest.extracted(form[0] + "（" + form[1] + "）：年度目标值130",
              "完成值" + level + "，" + form[2] + increase + form[1] + "。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).containsExactly(
              "COUNT EXACTLY 130" + form[1] + " ← " + level);
        });
  }

  @Test
  void aLaterYearsGoalBesideThisYearsIsNoTargetOfThisYear() {
    qt().withExamples(40).forAll(integers().between(10, 20), integers().between(1, 5)).checkAssert((goal, more) -> {
      Task task = Task.builder().number(1).text("中医类医院数（家）：2020年目标值" + goal + "，2021年目标值" + (goal + more))
          .outcome(Outcome.of("完成值" + goal + "。", Status.UNDETERMINED)).build();
      Task read = TaskExtractor.standard().extract(task, Optional.empty(), OptionalInt.of(2020));
      assertThat(FormsOfWritingTest.pairs(read)).as(read.text())
          .containsExactly("COUNT EXACTLY " + goal + "家 ← " + goal);
    });
  }

  /** Two groups and the rate each target sets for its own. */
  private static final String[][] GROUPS = {{"0—36个月儿童", "65岁及以上老年人", "中医药健康管理率", "儿童", "老年人"},
      {"城镇", "农村", "自来水普及率", "城镇", "农村"}, {"高中阶段学校", "普通高校", "学生军训参训率", "高中", "高校"}};

  @Test
  void aBareFigureLabelledByTheGroupATargetNamesIsOfThatTarget() {
    qt().withExamples(60).forAll(integers().between(0, GROUPS.length - 1), integers().between(700, 999),
        integers().between(700, 999)).checkAssert((i, first, second) -> {
          String[] form = GROUPS[i];
          Task read = FormsOfWritingTest.extracted(form[0] + form[2] + "（%）：年度目标值≥80；" + form[1] + form[2]
              + "（%）：年度目标值≥75",
              "完成值：" + form[3] + FormsOfWritingTest.tenths(first) + "；" + form[4]
                  + FormsOfWritingTest.tenths(second) + "。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).containsExactly(
              "LEVEL AT_LEAST 80% ← " + FormsOfWritingTest.tenths(first) + "%",
              "LEVEL AT_LEAST 75% ← " + FormsOfWritingTest.tenths(second) + "%");
        });
  }

  /** A task's work on things, how a sweep found them, and how the work done on them is said. */
  private static final String[][] FOUND_AND_DONE = {
      {"维护测量标志", "座", "全年共普查各等级测量标志", "已维护修复测量标志"},
      {"为企业协调解决融资、用工等困难问题", "个", "走访企业120家次，收集融资、用工等问题", "已协调解决"},
      {"整改安全隐患", "处", "全年共排查安全隐患", "已整改安全隐患"}};

  @Test
  void whatASurveyFoundIsNotTheWorkDoneOnIt() {
    qt().withExamples(60).forAll(integers().between(0, FOUND_AND_DONE.length - 1), integers().between(130, 250),
        integers().between(80, 119)).checkAssert((i, found, done) -> {
          String[] form = FOUND_AND_DONE[i];
          Task read = FormsOfWritingTest.extracted(form[0] + "不少于120" + form[1] + "。",
              form[2] + found + form[1] + "，" + form[3] + done + form[1] + "。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).containsExactly(
              "COUNT AT_LEAST 120" + form[1] + " ← " + done + form[1]);
        });
  }

  private static final String[][] COUNTED_IN = {{"埋设界桩", "颗"}, {"收集整理名老中医经验方", "首"}, {"创作原创歌曲", "首"}};

  @Test
  void markersCountedIn颗AndRecipesIn首AreTargets() {
    qt().withExamples(40).forAll(integers().between(0, COUNTED_IN.length - 1), integers().between(20, 60))
        .checkAssert((i, done) -> {
          String[] form = COUNTED_IN[i];
          Task read = FormsOfWritingTest.extracted(form[0] + "不少于40" + form[1] + "。",
              "全年" + form[0] + done + form[1] + "。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).containsExactly(
              "COUNT AT_LEAST 40" + form[1] + " ← " + done + form[1]);
        });
  }

  private static final String[][] OTHER_NAMES = {{"新增境外投资项目（企业）", "新增境外投资企业", "家"},
      {"新增外资项目（企业）", "新设外资企业", "家"}, {"培育农业产业化项目（企业）", "培育农业产业化企业", "家"}};

  @Test
  void aFigureOfTheThingsTheTargetsOtherNameCountsAnswersIt() {
    qt().withExamples(40).forAll(integers().between(0, OTHER_NAMES.length - 1), integers().between(1, 9))
        .checkAssert((i, done) -> {
          String[] form = OTHER_NAMES[i];
          Task read = FormsOfWritingTest.extracted(form[0] + "10个。", "全年" + form[1] + done + form[2] + "。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).containsExactly(
              "COUNT EXACTLY 10个 ← " + done + form[2]);
        });
  }

  private static final String[][] STANDARDS = {{"对在岗村医每人每月发放补助不低于300元。", "已为全市1286名在岗村医落实补助，标准为每人每月",
      "，1-10月累计发放450.1万元。"}, {"为80周岁以上老人每人每月发放高龄津贴不低于300元。", "全年为2.1万名高龄老人发放津贴，标准为每人每月", "。"}};

  @Test
  void aLevelForEachNamedAsTheStandardAnswersTheTargetOfThatLevel() {
    qt().withExamples(40).forAll(integers().between(0, STANDARDS.length - 1), integers().between(280, 400))
        .checkAssert((i, paid) -> {
          String[] form = STANDARDS[i];
          Task read = FormsOfWritingTest.extracted(form[0], form[1] + paid + "元" + form[2]);
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text())
              .containsExactly("LEVEL AT_LEAST 300元 ← " + paid + "元");
        });
  }

  private static final String[][] COVERED = {{"新设乡镇不动产登记便民服务点", "个", "已新设乡镇便民服务点", "乡镇（街道）实现不动产登记便民服务点全覆盖"},
      {"新增老年食堂（助餐点）", "个", "新增助餐点", "街道实现老年食堂全覆盖"}, {"新建乡镇卫生院中医馆", "个", "新建中医馆", "乡镇卫生院中医馆实现全覆盖"}};

  @Test
  void theCountOfEveryPlaceCoveredIsNotTheNewThingsCount() {
    qt().withExamples(60).forAll(integers().between(0, COVERED.length - 1), integers().between(15, 25),
        integers().between(30, 90)).checkAssert((i, made, places) -> {
          String[] form = COVERED[i];
          Task read = FormsOfWritingTest.extracted(form[0] + "20" + form[1] + "，实现全覆盖。",
              form[2] + made + form[1] + "，全市" + places + "个" + form[3] + "。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).containsExactly(
              "COUNT EXACTLY 20" + form[1] + " ← " + made + form[1]);
        });
  }

  /** A target naming a qualified group, the whole's words, and the part's. */
  private static final String[][] QUALIFIED = {{"资助家庭经济困难少数民族学生", "人次", "资助家庭经济困难学生", "少数民族学生"},
      {"城镇新增就业", "人", "全县新增就业", "城镇新增就业"}, {"培训乡村教师", "人次", "完成各类教师培训", "乡村教师"}};

  @Test
  void aPartSayingTheTargetsQualifierAnswersItNotTheWhole() {
    qt().withExamples(60).forAll(integers().between(0, QUALIFIED.length - 1), integers().between(2100, 3000),
        integers().between(1500, 2000)).checkAssert((i, whole, part) -> {
          String[] form = QUALIFIED[i];
          Task read = FormsOfWritingTest.extracted(form[0] + "2000" + form[1] + "。",
              form[2] + whole + form[1] + "，其中" + form[3] + part + form[1] + "。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).containsExactly(
              "COUNT EXACTLY 2000" + form[1] + " ← " + part + form[1]);
        });
  }

  /** A guard: a target listing kinds keeps the whole, whose part is one of them. */
  @Test
  void aTargetListingKindsKeepsTheWhole() {
    Task read = FormsOfWritingTest.extracted("组织一线职工、劳动模范疗休养6000人次。", "全年组织职工疗休养6420人次，其中一线职工4380人次。");
    assertThat(FormsOfWritingTest.pairs(read)).containsExactly("COUNT EXACTLY 6000人次 ← 6420人次");
  }

  @Test
  void ratesNamedAlikeTakeTheTargetTheirSentenceNames() {
    qt().withExamples(60).forAll(integers().between(950, 999), integers().between(980, 1000))
        .checkAssert((stock, fresh) -> {
      String first = FormsOfWritingTest.tenths(stock);
      String second = FormsOfWritingTest.tenths(fresh);
      Task read = FormsOfWritingTest.extracted("存量不动产单元赋码率达到100%，新增供地项目全流程赋码率98%以上。",
          "全市存量不动产单元已赋码187.3万个，赋码率" + first + "%；新增供地项目412个，全部在规划许可阶段完成赋码，赋码率" + second + "%。");
      assertThat(FormsOfWritingTest.pairs(read)).as(read.text())
          .containsExactly("LEVEL EXACTLY 100% ← " + first + "%", "LEVEL AT_LEAST 98% ← " + second + "%");
    });
  }

  @Test
  void aGoalForALaterYearIsNotYetDue() {
    qt().withExamples(40).forAll(integers().between(500, 950)).checkAssert(tenths -> {
      Task read = FormsOfWritingTest.extracted("县级智慧矫正中心建成率（%）：2021年目标值100",
          "完成值" + FormsOfWritingTest.tenths(tenths) + "。");
      assertThat(read.deadline()).as(read.text())
          .hasValueSatisfying(d -> assertThat(d.month().getYear()).isEqualTo(2021));
      assertThat(FormsOfWritingTest.assessed(read, 12).status()).isEqualTo(Status.ONGOING);
    });
  }

  /** A guard: a part naming one of the kinds a target joins with 和 leaves the whole the target's. */
  @Test
  void aTargetJoiningKindsWith和KeepsTheWhole() {
    Task read = FormsOfWritingTest.extracted("打孔注药保护古松名木和重点区域松树3万株。", "对重点区域松树打孔注药2.86万株，其中古松名木412株。");
    assertThat(FormsOfWritingTest.pairs(read)).containsExactly("COUNT EXACTLY 3万株 ← 2.86万株");
  }

  private static final String[] ESTIMATE_NOTES = {"（12月为预计数）", "（含预计数）", "（12月数据为预计）", "（预计数）"};

  @Test
  void aNoteThatPartOfAFigureIsEstimatedKeepsTheFigure() {
    qt().withExamples(40).forAll(integers().between(0, ESTIMATE_NOTES.length - 1), integers().between(800, 990))
        .checkAssert((i, tenths) -> {
          String done = FormsOfWritingTest.tenths(tenths);
          Task read = FormsOfWritingTest.extracted("12345热线受理量（万件）：目标值85",
              "完成值" + done + ESTIMATE_NOTES[i] + "，同比增长9.8%。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text())
              .containsExactly("COUNT EXACTLY 85万件 ← " + done + "万件");
        });
  }

  /** Indicators, their unit, and what a narrative goes on to say after the row's value. */
  private static final String[][] ROWS = {
      {"专职社会工作者人均管理社区矫正对象数（人）：年度目标值≤30", "。全市在册社区矫正对象1436人，专职社区矫正社会工作者52名。", "≤30", "AT_MOST 30人"},
      {"20秒接通率（%）：目标值≥85", "。受主汛期来电量激增影响，7、8月20秒接通率分别为78.6%和80.1%。", "", "AT_LEAST 85%"},
      {"社区矫正志愿者（名）：目标值≥3000", "，较上年末的2815名增加445名。", "", "AT_LEAST 3000名"}};

  @Test
  void theValueARowOpensWithUnderItsLabelIsItsAnswer() {
    qt().withExamples(60).forAll(integers().between(0, ROWS.length - 1), integers().between(0, 9))
        .checkAssert((i, digit) -> {
          String[] form = ROWS[i];
          String value = i == 0 ? "2" + digit + ".6" : i == 1 ? "8" + digit + ".3" : "3" + digit + "60";
          Task read = FormsOfWritingTest.extracted(form[0], "完成值" + value + form[1]);
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).singleElement().asString()
              .contains(form[3] + " ←").endsWith("← " + value + (i == 1 ? "%" : ""));
        });
  }

  @Test
  void aLaterYearsGoalNamingNothingIsTheIndicatorsToo() {
    qt().withExamples(40).forAll(integers().between(700, 780)).checkAssert(tenths -> {
      Task read = FormsOfWritingTest.extracted("老旧小区物业服务覆盖率（％）：2020年目标值80；2021年目标值90以上",
          "2020年完成值" + FormsOfWritingTest.tenths(tenths) + "，较上年提高9.3个百分点。");
      assertThat(read.targets()).as(read.text()).hasSize(1);
      assertThat(FormsOfWritingTest.assessed(read, 12).status()).isEqualTo(Status.NOT_MET);
    });
  }

  @Test
  void aTotalAsOfNowIsNotTheYearsAmount() {
    qt().withExamples(40).forAll(integers().between(580, 700), integers().between(1200, 1500))
        .checkAssert((year, total) -> {
      String done = FormsOfWritingTest.tenths(year);
      Task read = FormsOfWritingTest.extracted("住宅专项维修资金归集额（亿元）：年度目标值6.5",
          "全年新归集" + done + "亿元；截至年底全市维修资金归集总额" + FormsOfWritingTest.tenths(total) + "亿元。");
      assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).singleElement().asString()
          .endsWith("← " + done + "亿元");
    });
  }

  private static final String[] TENTHS = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};

  @Test
  void aRateInTenthsAfterItsNameIsAShare() {
    qt().withExamples(40).forAll(integers().between(1, 9)).checkAssert(tenths -> {
      Task read = FormsOfWritingTest.extracted("物业服务费收缴率（％）：老旧小区不低于75，其他住宅小区不低于90",
          "老旧小区物业服务费收缴率" + TENTHS[tenths - 1] + "成左右，其他住宅小区92.3%。");
      assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).containsExactly(
          "LEVEL AT_LEAST 75% ← " + tenths * 10 + "%", "LEVEL AT_LEAST 90% ← 92.3%");
    });
  }

  private static final String[][] INCLUDED = {{"新修防火应急道路", "林区巡护步道", "公里"}, {"新建城市绿道", "口袋公园步道", "公里"},
      {"新增停车泊位", "充电车位", "个"}};

  @Test
  void whatATargetIncludesIsPartOfItsFigure() {
    qt().withExamples(60).forAll(integers().between(0, INCLUDED.length - 1), integers().between(30, 45),
        integers().between(10, 25)).checkAssert((i, own, included) -> {
          String[] form = INCLUDED[i];
          Task read = FormsOfWritingTest.extracted(form[0] + "（含" + form[1] + "）60" + form[2] + "。",
              form[0] + own + form[2] + "、" + form[1] + included + form[2] + "。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).singleElement().asString()
              .endsWith("← " + (own + included) + form[2]);
        });
  }

  @Test
  void theRestStillBeingWorkedOnAreNotDone() {
    qt().withExamples(40).forAll(integers().between(5, 8)).checkAssert(built -> {
      Task read = FormsOfWritingTest.extracted("建成热线分中心10个。", "已建成东城、西城等" + built + "个分中心并投入运行，其余" + (10 - built)
          + "个县（市）分中心场地已落实，正在进行设备安装调试。");
      assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).containsExactly("COUNT EXACTLY 10个 ← " + built + "个");
    });
  }

  private static final String[][] DURATIONS = {{"电梯应急救援平均到达时间（分钟）：≤15", "全年救援人员平均到达现场时间", "分钟"},
      {"故障路灯平均修复时间（小时）：控制在15以内", "1-9月受理路灯报修132起，平均修复时间", "小时"}};

  @Test
  void aDurationAsACountAndAsALevelIsOneDuration() {
    qt().withExamples(40).forAll(integers().between(0, DURATIONS.length - 1), integers().between(8, 14))
        .checkAssert((i, taken) -> {
          String[] form = DURATIONS[i];
          Task read = FormsOfWritingTest.extracted(form[0], form[1] + taken + form[2] + "。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).singleElement().asString()
              .endsWith("← " + taken + form[2]);
        });
  }

  @Test
  void aSumPerHeadAnswersALevelForEachPerson() {
    qt().withExamples(40).forAll(integers().between(1800, 2400)).checkAssert(each -> {
      Task read = FormsOfWritingTest.extracted("县级社区矫正工作经费按在册社区矫正对象每人每年不低于2000元列入财政预算。",
          "县财政安排社区矫正专项工作经费48万元，按年末在册218人计算，人均" + each + "元。");
      assertThat(FormsOfWritingTest.pairs(read)).as(read.text())
          .containsExactly("LEVEL AT_LEAST 2000元 ← " + each + "元");
    });
  }

  @Test
  void aGoalForThePlansYearsIsDueAtThePlansEnd() {
    qt().withExamples(30).forAll(integers().between(150, 280)).checkAssert(done -> {
      String text = "桐源县城镇燃气和供热安全三年行动（2023—2025年）2024年度主要指标完成情况\n\n"
          + "主要任务\t责任单位\t完成情况\n"
          + "1. 城镇燃气老旧管网更新改造（公里）：三年目标320\t县住建局\t三年累计完成" + done + "公里。\n";
      io.github.workreport.Report report = io.github.workreport.rules.Classifier.standard()
          .classify(TableText.read(text, "plan.txt"));
      Task task = report.tasks().get(0);
      assertThat(task.deadline()).as(text).hasValueSatisfying(d -> assertThat(d.month().getYear()).isEqualTo(2025));
      assertThat(task.assessment().orElseThrow().status()).isEqualTo(Status.ONGOING);
    });
  }

  private static final String[] BASE_LABELS = {"基期值", "基准值", "现状值"};

  @Test
  void theLevelAPlanStartsFromIsNoTarget() {
    qt().withExamples(30).forAll(integers().between(0, BASE_LABELS.length - 1), integers().between(90, 130))
        .checkAssert((i, base) -> {
          Task read = FormsOfWritingTest.extracted("县域外转诊率（%）：" + BASE_LABELS[i] + FormsOfWritingTest.tenths(base)
              + " ‖ 2020年目标值≤8", "完成值6.9");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).containsExactly("LEVEL AT_MOST 8% ← 6.9%");
        });
  }

  @Test
  void aCountIn个YieldsToTheTargetsOwnClassifier() {
    qt().withExamples(40).forAll(integers().between(30, 39), integers().between(41, 60))
        .checkAssert((villages, pairs) -> {
      Task read = FormsOfWritingTest.extracted("引导社会组织与脱贫村结对帮扶不少于40对。",
          "已组织58家社会组织与" + villages + "个脱贫村开展结对帮扶，共结成帮扶对子" + pairs + "对。");
      assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).containsExactly("COUNT AT_LEAST 40对 ← " + pairs + "对");
    });
  }

  /** A guard: a figure in the target's classifier that another target names better leaves 个 to this one. */
  @Test
  void aCountIn个StaysWhereTheOwnClassifiersFigureIsAnothers() {
    Task read = FormsOfWritingTest.extracted("新缔结国际友好城市1对、友好交流城市2对以上。",
        "全年新缔结国际友好城市2对，与日本、韩国、泰国3个城市新建立友好交流城市关系。");
    assertThat(FormsOfWritingTest.pairs(read)).containsExactly("COUNT EXACTLY 1对 ← 2对", "COUNT AT_LEAST 2对 ← 3个");
  }
}
