package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Task;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms left by the probe rounds aq to ay and found by round az (written against ae5ad38). Before its fix,
 * each law failed thus:
 *
 * <ul>
 *   <li>a word ending in a numeral of the financial form (队伍, 入伍) before a count in the common form (组建校园足球队伍
 *       六十支) ran into it as one numeral, 伍六十, which is none, so the count was lost;
 *   <li>a level reached, with the increase since a base after it (用户达到286万户，较年初净增31.5万户), answered a target of
 *       new ones (新增…50万户) by the level, and the increase named 净增 its thing, so it answered nothing;
 *   <li>round az: a negative figure after a period's colon (研发投入增长（%）：年度目标15 ‖ 1-9月：-2.3) was no figure, as only
 *       one after a label (完成：-2.3) or a verb of growth was; and a numeral in words after a cell's label and a bound
 *       (在孵企业数（家）：年度目标不少于三百) was no value, as only one right after the label was;
 *   <li>the figures of a sentence that opens with an earlier year (2019年全市研发经费投入86.4亿元，增长13.1%，投入强度
 *       2.29%；2020年数据待发布) were the report's year's but for those in the date's own clause;
 *   <li>a multiple's level (融资担保放大倍数达到3倍以上) was no figure, 倍 being read only as a multiple of another figure, and
 *       its old level (由上年的2.4倍提高到2.9倍) a growth of 140% over last year;
 *   <li>a target naming nothing after the clause of its work (开展道路交通安全“五进”宣传活动，全年不少于200场) was answered
 *       by no figure with words, though the figure's words (开展交通安全宣传…活动共计213场) named that work;
 *   <li>a part said done while another of its kind runs on (市级已完成；县级下一步将…统一推进) claimed the whole done, as only
 *       a part followed by 另 or 其余 did not;
 *   <li>a class of events said not to have happened beside the rate's own figure (受害率0.05‰，未发生重大森林火灾) was a
 *       rate of nothing, which answered the rate's ceiling before its figure;
 *   <li>a running total opening a list of parts after the moment it is as of (目前累计接入燃气管网监测点位1240个、桥梁监测点位
 *       386个…) was taken for a total, not the first part, so the parts were not added up;
 *   <li>round ba (written against 4473ac9): the running total of the quarters before it (一季度312场，二季度405场，三季度
 *       438场，累计1155场) was a total of all years beside the year's figures, and under a sheet's header a target naming
 *       nothing took each quarter for a part it named, so the first quarter answered the year's target;
 *   <li>an item of a list naming its thing otherwise, between two that name the target's (新建连栋大棚120亩、日光温室95亩、
 *       钢架大棚110亩 for 新建设施蔬菜大棚300亩), broke the list, so the first item answered the whole;
 *   <li>a level kept or a change's kind alone in a header's cell (星级旅游饭店（家）：保持20家以上, 公路客运量（万人次）：下降幅度
 *       控制在10%以内) named 保持 or 下降幅度 its thing, where the header names it, so no figure of the header's thing
 *       answered it;
 *   <li>a part still being made after those made (已挂牌非遗工坊1个，木雕、竹编2个工坊正在装修) was added to them;
 *   <li>things sent up for approval (省级集聚区2个已上报省文旅厅，尚未公布结果) were things made, as only those whose
 *       application was handed in (已提交认证申请) were not;
 *   <li>a cell's work and grade after a header (乡村旅游重点村（个）：新增省级以上3个) named no thing, so the parts of the
 *       grades it counts (新增全国乡村旅游重点村1个、省级乡村旅游重点村3个) were not added up for it; and a figure of another
 *       grade only (已认定市级…6个) answered a target of a grade (创建省级…2个);
 *   <li>a running total of the quarters before it, said over the half year in a larger unit and so rounded (一季度发放
 *       5120万元，二季度发放7360万元，上半年累计发放1.25亿元), was not known for their total;
 *   <li>a phase or batch of the task's own work (已完成一期15公里, 首批80辆已交付运营) named 一期 or 首批 its thing, so it
 *       answered nothing;
 *   <li>a figure of the task's work said with 新 before its verb (1-9月新改造1530户) named 新改造 a thing, where 改造 alone
 *       names none, so it answered no target of the work beside a running total of all years;
 *   <li>round bb (written against f465181): a header naming a rate per mille or per 100 000 (婴儿死亡率（‰）：控制在5以内,
 *       孕产妇死亡率（1/10万）：控制在12以下) gave its unit to neither the target nor the row's bare figure, as only % did;
 *   <li>last year's figure after a part of this year's (上半年3.1‰，去年全年4.2‰) was a figure of the report's year, 去年
 *       being dropped only where the narrative named this year as 今年;
 *   <li>the figure of the whole place after those of its parts, each named by a place alone (签约服务覆盖率：江南区53.1%、
 *       江北区48.6%，全市为47.9%; 中心城区100，各县（市）99.6，全市平均99.8) lost to the first part's, or to none;
 *   <li>projects started (四季度开工4个) answered a target of projects put into production (投产20个), 投产 being no word of
 *       work done;
 *   <li>a figure named only by how it was counted (2020年经初步核算为20.87亿立方米) named 经初步核算 its thing, so it answered
 *       nothing;
 *   <li>round bc (written against f5ead1a): a cell's value words right after its header's colon (实训基地（个）：累计达到30,
 *       产教融合型企业（家）　目标：新增20) kept the header's unit from the value, as only words after a label did;
 *   <li>the report's own place's figure beside others' (全省7.8，全市10.4，我区9.9) lost to the first;
 *   <li>the breakdown of a plan in its aside (计划招生4620人（五年制高职820人），招生工作将于7月下旬启动) was a figure done, as
 *       the plan itself was not;
 *   <li>a header's unit reached no value after words of the cell's own (新改建高速公路（公里）：计划建成通车42, 村集体经济收入
 *       （万元）：村均20, 引导东部企业投资（亿元）：实际到位8以上), only one after a label or right after the colon;
 *   <li>round bd (written against 1fd153e): a count named by its thing and followed by 中 (市级示范村8个中7个通过验收) was a
 *       figure of its own, not the set the part after it counts, so the whole answered the target.
 * </ul>
 */
class TwentySeventhRoundFormsTest {

  /** Words whose last character is a numeral of the financial form. */
  private static final String[] WORDS_ENDING_IN_A_FINANCIAL_NUMERAL = {"组建校园足球队伍", "新增退伍", "培育专业人才队伍"};

  @Test
  void aCountInTheCommonFormAfterAWordEndingInAFinancialNumeralIsRead() {
    qt().withExamples(200).forAll(integers().between(0, WORDS_ENDING_IN_A_FINANCIAL_NUMERAL.length - 1),
        integers().between(3, 99)).checkAssert((word, count) -> { // 二 alone before a classifier is no count (二套房)
          String task = WORDS_ENDING_IN_A_FINANCIAL_NUMERAL[word] + SixthRoundFormsTest.chinese(count) + "支";
          Task read = FormsOfWritingTest.extracted(task, "");
          assertThat(read.targets()).as(task).singleElement()
              .satisfies(t -> assertThat(t.quantity().value()).isEqualByComparingTo(BigDecimal.valueOf(count)));
        });
  }

  /** A guard: numerals of the financial form written whole, as cheques and contracts write them, keep their value. */
  @Test
  void aNumeralOfTheFinancialFormWrittenWholeKeepsItsValue() {
    assertThat(FormsOfWritingTest.extracted("安排专项资金伍拾万元", "").targets()).singleElement()
        .satisfies(t -> assertThat(t.quantity().value()).isEqualByComparingTo("500000"));
    assertThat(FormsOfWritingTest.extracted("安排专项资金叁佰伍拾万元", "").targets()).singleElement()
        .satisfies(t -> assertThat(t.quantity().value()).isEqualByComparingTo("3500000"));
  }

  private static final String[] BASES = {"较年初", "比年初", "较上年末", "比2019年底"};

  private static final String[] INCREASES = {"净增", "增加", "新增"};

  @Test
  void aLevelReachedBesideItsIncreaseSinceABaseIsTheLevelAndTheIncreaseAnswersNewOnes() {
    qt().withExamples(200).forAll(integers().between(0, BASES.length * INCREASES.length - 1),
            integers().between(20, 90),
        integers().between(100, 900), integers().between(50, 990)).checkAssert((form, target, level, tenths) -> {
          String increase = FormsOfWritingTest.tenths(tenths);
          String narrative = "蜂窝物联网终端用户达到" + level + "万户，" + BASES[form / INCREASES.length]
              + INCREASES[form % INCREASES.length] + increase + "万户。";
          Task read = FormsOfWritingTest.extracted("新增物联网终端用户" + target + "万户", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("COUNT EXACTLY " + target + "万户 ← " + increase + "万户");
        });
  }

  /** A guard: a level to reach from an old one with 增加到 is a level, which the level reached answers. */
  @Test
  void aLevelToReachFromAnOldOneIsAnsweredByTheLevelBesideItsIncrease() {
    Task read = FormsOfWritingTest.extracted("农村集体经济组织经营性资产总额由年初的42亿元增加到46亿元",
        "9月末经营性资产总额达到45.2亿元，比年初增加3.2亿元。");
    assertThat(FormsOfWritingTest.pairs(read)).singleElement().asString().endsWith("← 45.2亿元");
  }

  private static final String[] PERIODS = {"1-9月", "1-6月", "上半年", "一季度", "全年"};

  @Test
  void aNegativeFigureAfterAPeriodsColonIsTheRowsChange() {
    qt().withExamples(200).forAll(integers().between(0, PERIODS.length - 1), integers().between(5, 30),
        integers().between(1, 150)).checkAssert((period, target, tenths) -> {
          String done = "-" + FormsOfWritingTest.tenths(tenths);
          String narrative = PERIODS[period] + "：" + done;
          Task read = FormsOfWritingTest.extracted("规上工业企业研发投入增长（%）：年度目标" + target, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("GROWTH EXACTLY " + target + "% ← " + done + "%");
        });
  }

  private static final String[][] BOUNDS = {{"不少于", "AT_LEAST"}, {"不低于", "AT_LEAST"}, {"不超过", "AT_MOST"},
      {"达到", "EXACTLY"}};

  @Test
  void aNumeralInWordsAfterACellsLabelAndABoundIsItsValue() {
    qt().withExamples(200).forAll(integers().between(0, BOUNDS.length - 1), integers().between(3, 108))
        .checkAssert((bound, n) -> {
          // 3 to 99 in words, then 一百 to 九百
          long value = n < 100 ? n : (n - 99) * 100L;
          String numeral = n < 100 ? SixthRoundFormsTest.chinese(n) : SixthRoundFormsTest.chinese(n - 99) + "百";
          String task = "科技企业孵化器在孵企业数（家）：年度目标" + BOUNDS[bound][0] + numeral;
          Task read = FormsOfWritingTest.extracted(task, "");
          assertThat(read.targets()).as(task).singleElement().satisfies(t -> {
            assertThat(t.bound().name()).isEqualTo(BOUNDS[bound][1]);
            assertThat(t.quantity().value()).isEqualByComparingTo(BigDecimal.valueOf(value));
            assertThat(t.unit().symbol()).isEqualTo("家");
          });
        });
  }

  private static final String[] LEADS = {"", "据省统计局反馈，", "根据统计快报，"};

  @Test
  void theFiguresOfASentenceOpeningWithAnEarlierYearAreThatYears() {
    qt().withExamples(200).forAll(integers().between(0, LEADS.length - 1), integers().between(2015, 2019),
        integers().between(10, 200), integers().between(100, 400)).checkAssert((lead, year, growth, intensity) -> {
          String narrative = LEADS[lead] + year + "年全市研发经费投入86.4亿元，增长" + FormsOfWritingTest.tenths(growth)
              + "%，投入强度" + FormsOfWritingTest.tenths(intensity) + "%；2020年数据待统计部门统一发布。";
          Task read = FormsOfWritingTest.extracted("全社会研发经费投入增长12%以上，研发经费投入强度提高到2.35%", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("GROWTH AT_LEAST 12% ← -", "LEVEL EXACTLY 2.35% ← -");
        });
  }

  /** A guard: the report's own year named after an earlier one's figure starts its own figures. */
  @Test
  void theReportsYearNamedAfterAnEarlierOnesFigureStartsItsOwn() {
    Task read = FormsOfWritingTest.extracted("全社会研发经费投入增长12%以上",
        "2019年全市研发经费投入86.4亿元，今年增长13.1%。");
    assertThat(FormsOfWritingTest.pairs(read)).containsExactly("GROWTH AT_LEAST 12% ← 13.1%");
  }

  @Test
  void aMultiplesLevelIsAFigureInTimes() {
    qt().withExamples(200).forAll(integers().between(15, 50), integers().between(10, 60), integers().between(10, 60))
        .checkAssert((target, old, done) -> {
          String floor = FormsOfWritingTest.tenths(target);
          String reached = FormsOfWritingTest.tenths(done);
          String narrative = "融资担保放大倍数由上年的" + FormsOfWritingTest.tenths(old) + "倍提高到" + reached + "倍。";
          Task read = FormsOfWritingTest.extracted("政府性融资担保放大倍数达到" + floor + "倍以上", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("COUNT AT_LEAST " + floor + "倍 ← " + reached + "倍");
        });
  }

  /** A guard: a multiple of another figure stays a growth. */
  @Test
  void aMultipleOfAnotherFigureStaysAGrowth() {
    Task read = FormsOfWritingTest.extracted("外贸进出口总额增长20%以上", "外贸进出口总额是上年的1.5倍。");
    assertThat(FormsOfWritingTest.pairs(read)).containsExactly("GROWTH AT_LEAST 20% ← 50%");
  }

  private static final String[] CLOSING = {"）", ")"};

  /** The texts of a reading are whole: no closing parenthesis without its opening one. */
  @Test
  void aTargetOrFigureEndingAnAsideLeavesOutItsClosingParenthesis() {
    qt().withExamples(100).forAll(integers().between(10, 900), integers().between(2, 60), integers().between(0, 1))
        .checkAssert((amount, count, bracket) -> {
          String task = "政府性融资担保（年度目标：在保余额达到" + amount + "亿元，担保企业不低于" + count + "家" + CLOSING[bracket];
          String narrative = "1-9月:98.7(交办" + amount + "件,办结" + count + "件" + CLOSING[bracket];
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.targets()).as(task).hasSize(2)
              .allSatisfy(t -> assertThat(t.text()).doesNotEndWith(CLOSING[bracket]));
          assertThat(read.outcome().measures()).as(narrative).isNotEmpty()
              .allSatisfy(m -> assertThat(m.text()).doesNotEndWith(CLOSING[bracket]));
        });
  }

  /** The work of a task's first clause, and the words a narrative names it by. */
  private static final String[][] WORKS_BEFORE = {{"开展道路交通安全“五进”宣传活动", "开展交通安全宣传进农村、进学校活动共计"},
      {"组织县级中小学生运动会、篮球赛等赛事", "已举办县中小学生田径运动会、校园篮球联赛等赛事"},
      {"开展安全生产执法检查", "全年开展安全生产执法检查"}};

  @Test
  void aTargetNamingNothingIsAnsweredByAFigureNamingTheWorkBeforeIt() {
    qt().withExamples(200).forAll(integers().between(0, WORKS_BEFORE.length - 1), integers().between(20, 400),
        integers().between(10, 500)).checkAssert((work, target, done) -> {
          String task = WORKS_BEFORE[work][0] + "，全年不少于" + target + "场";
          String narrative = WORKS_BEFORE[work][1] + done + "场，发放宣传资料4.6万份。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("COUNT AT_LEAST " + target + "场 ← " + done + "场");
        });
  }

  /** A guard: a figure naming other work is no answer to a target naming nothing. */
  @Test
  void aFigureNamingOtherWorkIsNoAnswerToATargetNamingNothing() {
    Task read = FormsOfWritingTest.extracted("开展道路交通安全“五进”宣传活动，全年不少于200场", "全年举办线上线下招聘会35场。");
    assertThat(FormsOfWritingTest.pairs(read)).containsExactly("COUNT AT_LEAST 200场 ← -");
  }

  /** Two parts of one whole, each named by a word of two characters ending alike. */
  private static final String[][] SIBLINGS = {{"市级", "县级"}, {"一期", "二期"}, {"东区", "西区"}, {"主楼", "裙楼"}};

  private static final String[] RUNNING_ON = {"%s下一步将结合机构改革统一推进", "%s正在施工", "%s计划年底前完成"};

  @Test
  void aPartDoneWhileAnotherOfItsKindRunsOnIsNoClaimOfTheWhole() {
    qt().withExamples(100).forAll(integers().between(0, SIBLINGS.length - 1),
            integers().between(0, RUNNING_ON.length - 1))
        .checkAssert((parts, rest) -> {
          String narrative = SIBLINGS[parts][0] + "已完成；" + String.format(RUNNING_ON[rest], SIBLINGS[parts][1]) + "。";
          assertThat(StatusCues.claim(narrative)).as(narrative).isEmpty();
        });
  }

  /** A guard: a part done with the other done too claims the whole. */
  @Test
  void aPartDoneWithTheOtherDoneToo() {
    assertThat(StatusCues.claim("市级已完成；县级已完成。")).contains(io.github.workreport.Status.MET);
  }

  private static final String[] CLASSES_OF_EVENTS = {"重大", "较大以上", "重特大"};

  @Test
  void aClassOfEventsThatDidNotHappenLeavesTheRateToItsFigure() {
    qt().withExamples(200).forAll(integers().between(0, CLASSES_OF_EVENTS.length - 1), integers().between(1, 9),
        integers().between(1, 120)).checkAssert((form, fires, hundredths) -> {
          String rate = java.math.BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
          String narrative = "全市共发生森林火灾" + fires + "起，受害率" + rate + "‰，未发生" + CLASSES_OF_EVENTS[form] + "森林火灾。";
          Task read = FormsOfWritingTest.extracted("森林火灾受害率控制在0.8‰以内", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("LEVEL AT_MOST 0.8‰ ← " + rate + "‰");
        });
  }

  /** A guard: the events said not to have happened, and no figure of the rate, are a rate of nothing. */
  @Test
  void theEventsThatDidNotHappenAloneAreARateOfNothing() {
    Task read = FormsOfWritingTest.extracted("孕产妇死亡率控制在10/10万以下", "全年未发生孕产妇死亡。");
    assertThat(FormsOfWritingTest.pairs(read)).containsExactly("LEVEL AT_MOST 10/10万 ← 0/10万");
  }

  private static final String[] AS_OF_NOW = {"目前", "截至目前", "当前", ""};

  @Test
  void aRunningTotalOpeningAListOfPartsAfterItsMomentAddsUp() {
    qt().withExamples(200).forAll(integers().between(0, AS_OF_NOW.length - 1), integers().between(100, 2000),
        integers().between(100, 2000), integers().between(100, 2000)).checkAssert((now, gas, bridges, water) -> {
          String narrative = "平台一期已上线，" + AS_OF_NOW[now] + "累计接入燃气管网监测点位" + gas + "个、桥梁监测点位" + bridges
              + "个、供水管网监测点位" + water + "个。";
          Task read = FormsOfWritingTest.extracted("年内接入燃气、桥梁、供水等监测点位不少于3000个", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("COUNT AT_LEAST 3000个 ← " + (gas + bridges + water) + "个");
        });
  }

  private static final String[] YEARS_SHOWS = {"文化惠民演出（场）：全年不少于%d场", "全年文化惠民演出不少于%d场"};

  @Test
  void theRunningTotalOfTheQuartersBeforeItAnswersTheYearsTarget() {
    qt().withExamples(200).forAll(integers().between(0, YEARS_SHOWS.length - 1), integers().between(100, 500),
        integers().between(100, 500), integers().between(100, 500)).checkAssert((form, first, second, third) -> {
          int total = first + second + third;
          String narrative = "一季度" + first + "场，二季度" + second + "场，三季度" + third + "场，累计" + total + "场";
          Task read = FormsOfWritingTest.extracted(String.format(YEARS_SHOWS[form], 1200), narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("COUNT AT_LEAST 1200场 ← " + total + "场");
        });
  }

  @Test
  void anItemNamingItsThingOtherwiseBetweenTwoPartsIsAPartToo() {
    qt().withExamples(200).forAll(integers().between(20, 200), integers().between(20, 200), integers().between(20, 200))
        .checkAssert((first, second, third) -> {
          String narrative = "新建连栋大棚" + first + "亩、日光温室" + second + "亩、钢架大棚" + third + "亩。";
          Task read = FormsOfWritingTest.extracted("新建设施蔬菜大棚300亩", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("AMOUNT EXACTLY 300亩 ← " + (first + second + third) + "亩");
        });
  }

  /** A header's thing with its unit, what a cell says before its value, and the narrative's words for the thing. */
  private static final String[][] HEADERS_CELLS = {{"星级旅游饭店（家）", "保持", "现有星级旅游饭店", "家"},
      {"市级以上龙头企业（家）", "维持", "全市市级以上龙头企业", "家"}};

  @Test
  void aLevelKeptInAHeadersCellIsOfTheHeadersThing() {
    qt().withExamples(200).forAll(integers().between(0, HEADERS_CELLS.length - 1), integers().between(5, 60),
        integers().between(1, 90)).checkAssert((form, floor, done) -> {
          String[] h = HEADERS_CELLS[form];
          String task = h[0] + "：" + h[1] + floor + h[3] + "以上";
          String narrative = h[2] + done + h[3] + "（年内新评定2" + h[3] + "，摘牌1" + h[3] + "）";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("COUNT AT_LEAST " + floor + h[3] + " ← " + done + h[3]);
        });
  }

  private static final String[] KINDS_IN_A_CELL = {"下降幅度", "降幅"};

  @Test
  void aChangesKindAloneInAHeadersCellIsOfTheHeadersThing() {
    qt().withExamples(200).forAll(integers().between(0, KINDS_IN_A_CELL.length - 1), integers().between(5, 20),
        integers().between(10, 300)).checkAssert((form, ceiling, tenths) -> {
          String task = "公路客运量（万人次）：" + KINDS_IN_A_CELL[form] + "控制在" + ceiling + "%以内";
          String fall = FormsOfWritingTest.tenths(tenths);
          String narrative = "全年完成公路客运量1420万人次，同比下降" + fall + "%";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("DECLINE AT_MOST " + ceiling + "% ← " + fall + "%");
        });
  }

  private static final String[] STILL_BEING_MADE = {"正在装修", "正在建设", "建设中"};

  @Test
  void aPartStillBeingMadeIsNotAddedToThoseMade() {
    qt().withExamples(200).forAll(integers().between(0, STILL_BEING_MADE.length - 1), integers().between(1, 5),
        integers().between(2, 5)).checkAssert((form, made, running) -> {
          String narrative = "已挂牌非遗工坊" + made + "个，木雕、竹编" + running + "个工坊" + STILL_BEING_MADE[form] + "。";
          Task read = FormsOfWritingTest.extracted("打造非遗工坊10个", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative).containsExactly("COUNT EXACTLY 10个 ← " + made + "个");
        });
  }

  private static final String[] SENT_UP = {"已上报省文旅厅", "已报送省文旅厅", "已报批"};

  @Test
  void thingsSentUpForApprovalAreNotMade() {
    qt().withExamples(100).forAll(integers().between(0, SENT_UP.length - 1), integers().between(1, 9))
        .checkAssert((form, sent) -> {
          String narrative = "省级集聚区" + sent + "个" + SENT_UP[form] + "，尚未公布结果。";
          Task read = FormsOfWritingTest.extracted("创建省级夜间文旅消费集聚区" + sent + "个", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative).containsExactly("COUNT EXACTLY " + sent + "个 ← -");
        });
  }

  /** A guard: a task of sending up is answered by what was sent. */
  @Test
  void aTaskOfSendingUpIsAnsweredByWhatWasSent() {
    Task read = FormsOfWritingTest.extracted("6月底前完成10项省级非遗代表性项目申报材料报送", "已报送8项，其余2项未能按期报送。");
    assertThat(FormsOfWritingTest.pairs(read)).containsExactly("COUNT EXACTLY 10项 ← 8项");
  }

  @Test
  void aCellsWorkAndGradeAreOfTheHeadersThingAndCountTheGradesParts() {
    qt().withExamples(200).forAll(integers().between(1, 9), integers().between(1, 5), integers().between(1, 9))
        .checkAssert((target, national, provincial) -> {
          String narrative = "1-9月新增全国乡村旅游重点村" + national + "个、省级乡村旅游重点村" + provincial
              + "个，累计拥有省级以上乡村旅游重点村40个";
          Task read = FormsOfWritingTest.extracted("乡村旅游重点村（个）：新增省级以上" + target + "个", narrative);
          assertThat(read.targets()).singleElement()
              .satisfies(t -> assertThat(t.metric()).isEqualTo("新增省级以上乡村旅游重点村"));
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("COUNT EXACTLY " + target + "个 ← " + (national + provincial) + "个");
        });
  }

  private static final String[][] OTHER_GRADES = {{"省级", "市级"}, {"国家级", "省级"}, {"市级", "县级"}};

  @Test
  void aFigureOfAnotherGradeOnlyIsNoAnswer() {
    qt().withExamples(100).forAll(integers().between(0, OTHER_GRADES.length - 1), integers().between(1, 9),
        integers().between(1, 9)).checkAssert((form, target, done) -> {
          String narrative = "已认定" + OTHER_GRADES[form][1] + "夜间文旅消费集聚区" + done + "个。";
          String task = "创建" + OTHER_GRADES[form][0] + "夜间文旅消费集聚区" + target + "个";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative).containsExactly("COUNT EXACTLY " + target + "个 ← -");
        });
  }

  /** A guard: a figure of a grade the target counts above its own answers it. */
  @Test
  void aFigureOfAGradeAboveAnswersATargetOfThatGradeAndAbove() {
    Task read = FormsOfWritingTest.extracted("新增省级以上研发平台5个", "新增国家级研发平台6个。");
    assertThat(FormsOfWritingTest.pairs(read)).containsExactly("COUNT EXACTLY 5个 ← 6个");
  }

  @Test
  void aRoundedRunningTotalOverThePeriodIsTheTotalOfTheQuartersBeforeIt() {
    qt().withExamples(200).forAll(integers().between(1000, 9000),
            integers().between(1000, 9000), integers().between(0, 1))
        .checkAssert((first, second, form) -> {
          String total = new BigDecimal(first + second).movePointLeft(4).setScale(2, java.math.RoundingMode.HALF_UP)
              .stripTrailingZeros().toPlainString();
          String narrative = "一季度发放" + first + "万元，二季度发放" + second + "万元，" + (form == 0 ? "上半年" : "1-6月")
              + "累计发放" + total + "亿元，扶持创业1136人次。";
          Task read = FormsOfWritingTest.extracted("全年发放创业担保贷款2亿元以上", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("AMOUNT AT_LEAST 2亿元 ← " + total + "亿元");
        });
  }

  private static final String[] PHASES = {"一期", "二期", "首批", "第一批"};

  @Test
  void aPhaseOfTheTasksOwnWorkIsTheTasksThing() {
    qt().withExamples(200).forAll(integers().between(0, PHASES.length - 1), integers().between(5, 40))
        .checkAssert((form, done) -> {
          String narrative = "已完成" + PHASES[form] + done + "公里，其余路段正在施工。";
          Task read = FormsOfWritingTest.extracted("治理农村公路“畅返不畅”路段45公里", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("AMOUNT EXACTLY 45公里 ← " + done + "公里");
        });
  }

  @Test
  void aFigureOfNewWorkOnWhatExistsNamesNoThing() {
    qt().withExamples(200).forAll(integers().between(500, 1990), integers().between(3000, 9000))
        .checkAssert((done, total) -> {
          String narrative = "1-9月新改造" + done + "户，自2022年实施以来累计改造" + total + "户。";
          Task read = FormsOfWritingTest.extracted("今年新改造农村老旧住宅电气线路2000户", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("COUNT EXACTLY 2000户 ← " + done + "户");
        });
  }

  /** A header's rate and its unit. */
  private static final String[][] RATE_HEADERS = {{"婴儿死亡率（‰）", "‰"}, {"孕产妇死亡率（1/10万）", "/10万"},
      {"孕产妇死亡率(/10万)", "/10万"}, {"森林火灾受害率(‰)", "‰"}};

  @Test
  void aHeadersRateGivesItsUnitToTheTargetAndTheRowsBareFigure() {
    qt().withExamples(200).forAll(integers().between(0, RATE_HEADERS.length - 1), integers().between(20, 150),
        integers().between(0, 300)).checkAssert((form, ceiling, done) -> {
          String[] h = RATE_HEADERS[form];
          String limit = FormsOfWritingTest.tenths(ceiling);
          String figure = FormsOfWritingTest.tenths(done);
          Task read = FormsOfWritingTest.extracted(h[0] + "：年度目标≤" + limit, "1-9月: " + figure);
          assertThat(FormsOfWritingTest.pairs(read)).as(h[0] + " ‖ " + figure)
              .containsExactly("LEVEL AT_MOST " + limit + h[1] + " ← " + figure + h[1]);
        });
  }

  private static final String[] PARTS_OF_THIS_YEAR = {"上半年", "一季度", "前三季度"};

  @Test
  void lastYearsFigureAfterAPartOfThisYearsIsNoMeasure() {
    qt().withExamples(200).forAll(integers().between(0, PARTS_OF_THIS_YEAR.length - 1), integers().between(10, 49),
        integers().between(10, 60)).checkAssert((form, done, last) -> {
          String figure = FormsOfWritingTest.tenths(done);
          String narrative = PARTS_OF_THIS_YEAR[form] + "婴儿死亡率" + figure + "‰，去年全年"
              + FormsOfWritingTest.tenths(last) + "‰";
          Task read = FormsOfWritingTest.extracted("婴儿死亡率控制在5‰以内", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("LEVEL AT_MOST 5‰ ← " + figure + "‰");
        });
  }

  private static final String[] WHOLE_PLACES = {"全市为", "全市平均为", "全县平均"};

  @Test
  void theWholePlacesFigureAfterItsPartsAnswersTheTask() {
    qt().withExamples(200).forAll(integers().between(0, WHOLE_PLACES.length - 1), integers().between(800, 990),
        integers().between(800, 990), integers().between(800, 990)).checkAssert((form, first, second, whole) -> {
          String figure = FormsOfWritingTest.tenths(whole);
          String narrative = "县域就诊率分别为：清河县" + FormsOfWritingTest.tenths(first) + "%、安平县"
              + FormsOfWritingTest.tenths(second) + "%，" + WHOLE_PLACES[form] + figure + "%。";
          Task read = FormsOfWritingTest.extracted("县域就诊率达到90%以上", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("LEVEL AT_LEAST 90% ← " + figure + "%");
        });
  }

  @Test
  void projectsStartedAreNoAnswerToProjectsPutIntoProduction() {
    qt().withExamples(200).forAll(integers().between(2, 9), integers().between(10, 30))
        .checkAssert((started, produced) -> {
          String narrative = "四季度开工亿元以上项目" + started + "个；竣工投产项目" + produced + "个。";
          Task read = FormsOfWritingTest.extracted("亿元以上项目投产20个", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("COUNT EXACTLY 20个 ← " + produced + "个");
        });
  }

  private static final String[] HOW_COUNTED = {"经初步核算为", "据统计为", "经核算"};

  @Test
  void aFigureNamedOnlyByHowItWasCountedIsTheTasks() {
    qt().withExamples(200).forAll(integers().between(0, HOW_COUNTED.length - 1), integers().between(1900, 2300))
        .checkAssert((form, hundredths) -> {
          String figure = BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
          String narrative = "2019年全市用水总量21.9亿立方米；2020年" + HOW_COUNTED[form] + figure + "亿立方米。";
          Task read = FormsOfWritingTest.extracted("用水总量控制在21.5亿立方米以内", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("AMOUNT AT_MOST 21.5亿立方米 ← " + figure + "亿立方米");
        });
  }

  private static final String[][] VALUE_WORDS_CELLS = {{"市级以上产教融合实训基地（个）：累计达到", "个"},
      {"产教融合型企业（家）　目标：新增", "家"}, {"高标准农田（万亩）：新建", "万亩"}};

  @Test
  void aCellsValueWordsAfterItsHeadersColonLeaveTheValueTheHeadersUnit() {
    qt().withExamples(100).forAll(integers().between(0, VALUE_WORDS_CELLS.length - 1), integers().between(2, 90))
        .checkAssert((form, value) -> {
          String task = VALUE_WORDS_CELLS[form][0] + value;
          Task read = FormsOfWritingTest.extracted(task, "");
          assertThat(read.targets()).as(task).singleElement()
              .satisfies(t -> assertThat(t.quantity().format()).isEqualTo(value + VALUE_WORDS_CELLS[form][1]));
        });
  }

  private static final String[] OWN_PLACES = {"我区", "本区", "我县"};

  @Test
  void theReportsOwnPlacesFigureBesideOthersAnswersTheTask() {
    qt().withExamples(200).forAll(integers().between(0, OWN_PLACES.length - 1), integers().between(1, 40),
        integers().between(1, 40), integers().between(50, 150)).checkAssert((form, below, above, own) -> {
          String figure = FormsOfWritingTest.tenths(own);
          String narrative = "全省" + FormsOfWritingTest.tenths(own - below) + "，全市"
              + FormsOfWritingTest.tenths(own + above) + "，" + OWN_PLACES[form] + figure;
          Task read = FormsOfWritingTest.extracted("每万人口高价值发明专利拥有量（件）：年度目标9.5", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .singleElement().satisfies(pair -> assertThat(pair).endsWith("← " + figure));
        });
  }

  @Test
  void theBreakdownOfAPlanInItsAsideIsThePlans() {
    qt().withExamples(100).forAll(integers().between(4000, 5000), integers().between(600, 900))
        .checkAssert((plan, part) -> {
          String narrative = "中考招生计划已下达，全区职业院校计划招生" + plan + "人（五年制高职" + part + "人），招生工作将于7月下旬启动。";
          Task read = FormsOfWritingTest.extracted("职业院校招生规模稳定在4500人左右，其中五年制高职招生800人", narrative);
          assertThat(read.outcome().measures()).as(narrative).isEmpty();
        });
  }

  /** A guard: the parts of a task restated and said done are what was done. */
  @Test
  void thePartsOfATaskRestatedAndSaidDoneAreWhatWasDone() {
    Task read = FormsOfWritingTest.extracted("建成高标准农田2万亩（其中改造提升1万亩）",
        "2020年度高标准农田建设任务2万亩（新建1万亩、改造提升1万亩）已全部完成田间工程建设，累计建成2.02万亩。");
    assertThat(read.outcome().measures()).extracting(m -> m.quantity().format()).contains("1万亩", "2.02万亩");
  }

  /** A header with its unit, the cell's own words before the value, and the value's unit. */
  private static final String[][] CELLS_OWN_WORDS = {{"新改建高速公路（公里）：计划建成通车", "公里"},
      {"村集体经济收入（万元）：村均", "万元"}, {"引导东部企业投资（亿元）：实际到位", "亿元"}, {"帮扶企业（家）：年度目标帮扶", "家"}};

  @Test
  void aHeadersUnitReachesAValueAfterTheCellsOwnWords() {
    qt().withExamples(100).forAll(integers().between(0, CELLS_OWN_WORDS.length - 1), integers().between(2, 90))
        .checkAssert((form, value) -> {
          String task = CELLS_OWN_WORDS[form][0] + value;
          Task read = FormsOfWritingTest.extracted(task, "");
          assertThat(read.targets()).as(task).singleElement()
              .satisfies(t -> assertThat(t.quantity().format()).isEqualTo(value + CELLS_OWN_WORDS[form][1]));
        });
  }

  /** A guard: a change said in the cell's words has no unit of the header's. */
  @Test
  void aChangeInTheCellsWordsTakesNoUnitOfTheHeaders() {
    Task read = FormsOfWritingTest.extracted("社会消费品零售总额（亿元）：同比增长8", "");
    assertThat(read.targets()).singleElement().satisfies(t -> {
      assertThat(t.value()).isEqualByComparingTo("8");
      assertThat(t.unit().symbol()).isNotEqualTo("亿元");
    });
  }

  @Test
  void aCountFollowedBy中IsTheSetThePartAfterItCounts() {
    qt().withExamples(200).forAll(integers().between(3, 30), integers().between(0, 29)).checkAssert((set, share) -> {
      int done = Math.min(set, 1 + share % set);
      String narrative = "市级示范村" + set + "个中" + done + "个通过验收，" + (set - done) + "个待验收。";
      Task read = FormsOfWritingTest.extracted("创建市级示范村" + set + "个", narrative);
      assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
          .containsExactly("COUNT EXACTLY " + set + "个 ← " + done + "个");
    });
  }
}
