package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Kind;
import io.github.workreport.Task;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms found by the twenty-ninth round of probing (the probe tables prefixed ai, written
 * against 3c67266). Before its fix, each law failed thus:
 *
 * <ul>
 *   <li>a header's unit did not reach a cell whose label names the year (外贸进出口总额（亿元）：2023年目标860,
 *       2024年度目标): the target had no unit;
 *   <li>a header in a currency the model has no unit of (进出口总额（亿美元）) made its cell's value a count, which no
 *       sum of money answers;
 *   <li>the second height of a header's cell (实际使用外资（亿美元）：目标4.5，力争5) had no unit;
 *   <li>one figure naming no subject (全年完成5.3亿元) that fits a target and its other height (目标4.5亿元，力争5亿元)
 *       answered neither, as if two targets contended for it;
 *   <li>another set of the task's generic things (另有6个项目已取得施工许可) was read as work done, and took the
 *       target from the figure of the work before it (新开工41个);
 *   <li>a figure of work named 新投产 (全年新投产35个) was of another thing than the task's 新投产亿元以上项目;
 *   <li>things whose work is named as a project and then said past a first step only (3个小区供热管网改造已完成设计招标)
 *       answered the target of that work (完成3个老旧小区供热管网改造);
 *   <li>a running total over the year's months (1-5月累计评价入库213家) was a stock, which a target of new ones
 *       (新增…200家) cannot take, as 全年累计 was not;
 *   <li>a target of none after a cell's label (劣Ⅴ类水体比例(%)：年度目标0) was no target: the header's unit was not
 *       looked for behind a label;
 *   <li>a figure told by a part of the ground, after one that named the thing (市区新增新能源公交车168辆，各县（市）新增71辆),
 *       named no thing, so the parts were not summed and the first alone answered;
 *   <li>a target in a header's cell whose header names an increase (科技贷款余额较年初增加额（亿元）：年度目标3, 新增国家高新技术
 *       企业｜家｜30) was no increment, so the balance or total beside the figure (9月末余额18.7亿元, 总数达到187家)
 *       answered it, its words being the header's;
 *   <li>and, once such a target was an increment, a running total dated by its cell's label (引进高层次人才（人）：年度目标80
 *       ‖ 1-9月完成：累计83) was a stock it could not take: this law failed with the fix before it alone;
 *   <li>a count in a Chinese numeral followed by an aside naming the things counted (中试平台两个（新材料、生物医药），)
 *       was no count, though one ending its clause (两个，) was;
 *   <li>a list of bare figures each after the work it counts (1-9月开工246、完工131) lost all but its last figure, which
 *       took the list before it for its name, so no target of either work was answered;
 *   <li>a revision naming the work it counts (年度任务调整为新建2家) was no revision, and a count of what was done so far
 *       (目前已备案院士专家工作站2家) was a stock, as 目前 alone makes one, unless its verb was one of a short list;
 *   <li>an aside telling what a year was (提高到80%以上（2021 年为 76.4%）) was a second target, as 上年为 was not;
 *   <li>a count in words after 的 (交办的九项整改任务) was no count;
 *   <li>round aj (written against d6e12f0): a header's unit did not reach a cell labelled as the year's task or budget
 *       (新建高标准农田(万亩)：年度任务36, 一般公共预算收入（亿元）：年度预算165);
 *   <li>last year's figure in a target's cell after its label (地区生产总值：上年增长5.8%，2024年目标增长6%左右, 失业率（%）：
 *       上年5.6；年度目标5.5以内) was a second target, which the one figure of the narrative could not answer with the
 *       first;
 *   <li>a bare figure under a header's % named by the row's own words, perhaps shortened (动物疫病强制免疫密度(%)：≥90 ‖
 *       春防结束，免疫密度96.8), had no unit, so it answered no rate;
 *   <li>a bare figure after 目前 (目前87.2) was no figure: 前 before a number marks a rank (前5位);
 *   <li>tools counted by the handle (二号工具500把) had no unit, so a second target of the list ran into the first's name;
 *   <li>a floor set for each place in an aside (年度目标1200（每个村、社区不少于5名）) was answered by the row's total as
 *       the first target was, so the one figure went to neither;
 *   <li>a target listing the items of its thing (化解中央、省、市交办信访积案80件) was answered by the first item's figure
 *       alone, not by the sum of the narrative's figures, one per item (中央交办…23件、省交办31件、市交办34件);
 *   <li>things put to use named by that work alone (建成运营11个) were another indicator's, as 新投产 had been;
 *   <li>a standard said applied since a date (自1月1日起已按6240元/人·年执行) took 自已按执行 for its thing, another
 *       indicator's;
 *   <li>work written with another form of it in an aside (新（改）建农村户厕3.62万户) lost the aside, so 新建 was read, a
 *       work of new things that no target of work on old ones (户用卫生厕所改造) takes; a neighbour's figure won;
 *   <li>a 分别 list of bare values under a header's unit (（元/人·月）：分别提高至95、110) was one target, 110 its words;
 *   <li>round ak (written against 6622eff): a revision whose subject is the task's work and 任务 (年度建设任务核减为150个)
 *       named a thing of its own, so it revised no target; a revised cell's label (备注：调整后预算280) was no revision;
 *       and a count in words after 办好 (办好十件民生实事) was no count;
 *   <li>a signed change beside a row's level under a header's % (2023年完成：27.6；增减：+2.2) took the row's percent
 *       and kind, and answered the level's target as well as its own figure could;
 *   <li>the year's months so far (1-9 月完成投资 23.5 亿元) beside a project's total since it began (开工累计完成投资
 *       71.2 亿元) were no year's figure, so the total answered the year's planned investment; and a month spaced from
 *       its number (1-9 月) was left in the figure's name;
 *   <li>a figure naming nothing that fits a target and its part after 其中 or 含 (新建高标准农田28万亩（含改造提升10万亩） ‖
 *       完工25.6万亩) answered neither, as if two targets contended for it; it is the whole's;
 *   <li>in a report of part of the year, an estimate for the year's end (年底预计可达125家, 预计全年完成26亿元) answered
 *       the year's target beside the figure done so far (1-9月完成：108), which the report is of: extraction did not
 *       know the report's period;
 *   <li>a share by which a verb after it cuts (一般性支出按12%比例统一压减) was a level, so a decline of another thing
 *       (“三公”经费支出同比下降8.9%) answered the task's 压减10%以上;
 *   <li>(found while writing the law of estimates) the year's figure so far and the year's foreseen, of one thing
 *       (1-12月完成电网投资15亿元，预计全年完成15.1亿元), were summed as two parts of the target;
 *   <li>a count in words opening its clause, the things then said done (五个中医馆均已建成投用, 两条健身路径已…建成), was no
 *       count: a numeral after no word that commonly precedes a count is taken for a name (三个代表);
 *   <li>round al (written against 9256c35): a revision of the target's value as a sheet labels it (年度目标值下调至88分)
 *       named a thing of its own, 目标值, so it revised no target.
 * </ul>
 */
class TwentyFourthRoundFormsTest {

  /** A header's unit, and the unit a cell's value takes from it. */
  private static final String[][] HEADERS = {{"外贸进出口总额", "亿元"}, {"进出口总额", "亿美元"}, {"新设外商投资企业", "家"},
      {"省外境内到位资金", "亿元"}, {"实际使用外资", "亿美元"}};

  /** What may stand between a header and its cell's value: labels naming the year. */
  private static final String[] YEAR_LABELS = {"：2023年目标", "：2023年度目标", "，2023年目标", "：2023年目标值"};

  @Test
  void aHeadersUnitReachesACellWhoseLabelNamesTheYear() {
    qt().withExamples(300).forAll(integers().between(0, HEADERS.length - 1), integers().between(0, YEAR_LABELS.length - 1),
        integers().between(20, 990))
        .checkAssert((row, label, target) -> {
          String[] h = HEADERS[row];
          String task = h[0] + "（" + h[1] + "）" + YEAR_LABELS[label] + target;
          int achieved = target + 3;
          Task read = FormsOfWritingTest.extracted(task, "全年完成" + achieved);
          assertThat(read.targets()).as(task).hasSize(1);
          assertThat(read.targets().get(0).unit().symbol()).as(task).isEqualTo(h[1]);
          // a bare count keeps no classifier of its own; it is paired all the same
          assertThat(FormsOfWritingTest.pairs(read)).as(task).singleElement()
              .satisfies(pair -> assertThat(pair).matches(".* ← " + achieved + "(" + h[1] + ")?"));
        });
  }

  @Test
  void aHeaderInACurrencyMakesItsCellASumOfMoneyThatItsSecondHeightShares() {
    Task read = FormsOfWritingTest.extracted("实际使用外资（亿美元）：2023年目标4.5，力争5", "全年完成53216万美元，增长18.7%");
    assertThat(read.targets()).extracting(t -> t.kind() + " " + t.quantity().format())
        .containsExactly(Kind.AMOUNT + " 4.5亿美元", Kind.AMOUNT + " 5亿美元");
    assertThat(FormsOfWritingTest.pairs(read)).containsExactly("AMOUNT EXACTLY 4.5亿美元 ← 53216万美元",
        "AMOUNT EXACTLY 5亿美元 ← 53216万美元");
  }

  /** Ways of saying one aim at two heights, with {@code %d} for the firm and the higher figure. */
  private static final String[] TWIN_TASKS = {"实际使用外资确保%d亿元，力争%d亿元", "实际使用外资%d亿元，力争%d亿元",
      "地区生产总值增长%d%%，力争%d%%", "新增城镇就业确保%d人，力争%d人"};

  private static final String[] TWIN_ANSWERS = {"全年完成%d亿元", "全年完成%d亿元", "全年完成%d%%", "全年完成%d人"};

  @Test
  void aFigureNamingNoSubjectAnswersBothHeightsOfOneAim() {
    qt().withExamples(300).forAll(integers().between(0, TWIN_TASKS.length - 1), integers().between(2, 400),
        integers().between(1, 9), integers().between(-3, 15))
        .checkAssert((form, firm, step, off) -> {
          String task = String.format(TWIN_TASKS[form], firm, firm + step);
          int achieved = firm + off;
          String narrative = String.format(TWIN_ANSWERS[form], achieved);
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.targets()).as(task).hasSize(2);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .allSatisfy(pair -> assertThat(pair).doesNotEndWith("← -"));
        });
  }

  /** Words of another set of the task's things, in a state short of the work the task counts. */
  private static final String[] OTHER_SETS = {"另有%d个项目已取得施工许可", "另有%d个项目已完成设备安装调试", "另有%d家企业已达到入规标准",
      "另有%d个项目已签约待落地"};

  @Test
  void anotherSetOfTheTasksThingsIsNoWorkDone() {
    qt().withExamples(300).forAll(integers().between(0, OTHER_SETS.length - 1), integers().between(10, 90),
        integers().between(1, 9))
        .checkAssert((form, target, others) -> {
          boolean firms = OTHER_SETS[form].contains("家");
          String task = firms ? "新增规模以上工业企业" + target + "家" : "新开工亿元以上产业项目" + target + "个";
          int done = target - 1;
          String narrative = (firms ? "1-10月新增入规工业企业" + done + "家，" : "1-10月新开工" + done + "个，")
              + String.format(OTHER_SETS[form], others) + "，计划11月完成。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).singleElement()
              .satisfies(pair -> assertThat(pair).endsWith("← " + done + (firms ? "家" : "个")));
        });
  }

  @Test
  void aFigureOfNewPlantPutToWorkCountsTheTasksProjects() {
    for (String task : new String[] {"新投产亿元以上项目40个", "新投产亿元以上项目（个）：2023年目标40"}) {
      Task read = FormsOfWritingTest.extracted(task, "全年新投产35个");
      assertThat(FormsOfWritingTest.pairs(read)).as(task).singleElement()
          .satisfies(pair -> assertThat(pair).endsWith("← 35个"));
    }
  }

  /** Projects named by their work, then said past a first step of it. */
  private static final String[] FIRST_STEPS = {"已完成设计招标", "已完成立项", "已完成施工招标", "已完成方案设计"};

  @Test
  void workNamedAsAProjectPastAFirstStepOnlyAnswersNoTargetOfThatWork() {
    qt().withExamples(200).forAll(integers().between(0, FIRST_STEPS.length - 1), integers().between(2, 30))
        .checkAssert((step, n) -> {
          String task = "完成" + n + "个老旧小区供热管网改造";
          String narrative = n + "个小区供热管网改造" + FIRST_STEPS[step] + "，计划7月开工。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative).singleElement()
              .satisfies(pair -> assertThat(pair).endsWith("← -"));
        });
  }

  /** Ways of naming the year's months from January. */
  private static final String[] MONTHS = {"1-5月", "1—9月", "1至10月", "1-11月份", "上半年", "前三季度"};

  @Test
  void aRunningTotalOverTheYearsMonthsIsTheYearsWork() {
    qt().withExamples(200).forAll(integers().between(0, MONTHS.length - 1), integers().between(50, 400),
        integers().between(-20, 40))
        .checkAssert((months, target, off) -> {
          int done = target + off;
          String task = "新增科技型中小企业评价入库" + target + "家";
          String narrative = MONTHS[months] + "累计评价入库科技型中小企业" + done + "家。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative).singleElement()
              .satisfies(pair -> assertThat(pair).endsWith("← " + done + "家"));
        });
  }

  @Test
  void aTargetOfNoneAfterACellsLabelIsACeilingInTheHeadersUnit() {
    for (String label : new String[] {"年度目标", "目标", "目标值", "2024年目标"}) {
      String task = "地表水国考断面劣Ⅴ类水体比例(%):" + label + "0";
      Task read = FormsOfWritingTest.extracted(task, "1-9月:0;同比:持平");
      assertThat(FormsOfWritingTest.pairs(read)).as(task).containsExactly("LEVEL AT_MOST 0% ← 0%");
    }
  }

  /** Parts of the ground: the first names the thing, the second only where and the work. */
  private static final String[][] PLACES = {{"市区", "各县"}, {"城区", "农村"}, {"市区", "县城"}, {"城镇", "农村"}};

  @Test
  void partsOfTheGroundAfterOneNamingTheThingAreItsParts() {
    qt().withExamples(200).forAll(integers().between(0, PLACES.length - 1), integers().between(40, 300),
        integers().between(10, 200))
        .checkAssert((place, first, second) -> {
          String task = "新增新能源公交车" + (first + second - 5) + "辆";
          String narrative = PLACES[place][0] + "新增新能源公交车" + first + "辆，" + PLACES[place][1] + "新增" + second + "辆。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative).singleElement()
              .satisfies(pair -> assertThat(pair).endsWith("← " + (first + second) + "辆"));
        });
  }

  /** Headers of an increase, and the stock a narrative gives beside the year's figure. */
  private static final String[][] INCREASES = {{"科技贷款余额较年初增加额（亿元）：年度目标", "（9月末余额%d亿元）"},
      {"新增国家高新技术企业｜家｜", "｜—｜总数达到%d家"}, {"新增规上工业企业（家）：", "，年末规上工业企业总数%d家"}};

  @Test
  void aHeaderOfAnIncreaseMakesItsCellsTargetOneNoStockAnswers() {
    qt().withExamples(200).forAll(integers().between(0, INCREASES.length - 1), integers().between(3, 90),
        integers().between(-2, 5))
        .checkAssert((form, target, off) -> {
          int done = target + off;
          String task = INCREASES[form][0] + target;
          String narrative = "1-9月完成：" + done + String.format(INCREASES[form][1], target * 7 + 100);
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).singleElement()
              .satisfies(pair -> assertThat(pair).matches(".* ← " + done + "\\D*"));
        });
  }

  @Test
  void aRunningTotalDatedByItsCellsLabelIsTheYearsWork() {
    for (String label : new String[] {"1-9月完成：", "1—9月完成：", "前三季度完成："}) {
      Task read = FormsOfWritingTest.extracted("引进高层次人才（人）：年度目标80", label + "累计83，其中博士27人、硕士研究生56人");
      assertThat(FormsOfWritingTest.pairs(read)).as(label).singleElement()
          .satisfies(pair -> assertThat(pair).matches(".* ← 83\\D*"));
    }
  }

  private static final String[] NUMERALS = {"两", "三", "四", "五", "六", "七", "八", "九"};

  @Test
  void aCountInWordsBeforeAnAsideNamingTheThingsIsACount() {
    qt().withExamples(100).forAll(integers().between(0, NUMERALS.length - 1), integers().between(0, 2))
        .checkAssert((numeral, end) -> {
          String narrative = "已建成投用中试平台" + NUMERALS[numeral] + "个（新材料、生物医药）" + new String[] {"。", "，其余正在调试。", ""}[end];
          Task read = FormsOfWritingTest.extracted("建设科技成果转化中试平台10个", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative).singleElement()
              .satisfies(pair -> assertThat(pair).endsWith("← " + (numeral + 2) + "个"));
        });
  }

  /** Pairs of work a list counts, one figure each. */
  private static final String[][] WORK_PAIRS = {{"开工", "完工"}, {"新建", "改造"}, {"新建", "改建"}, {"开工", "竣工"}};

  @Test
  void aListOfFiguresEachAfterItsWorkAnswersATargetPerWork() {
    qt().withExamples(200).forAll(integers().between(0, WORK_PAIRS.length - 1), integers().between(100, 400),
        integers().between(20, 99))
        .checkAssert((pair, first, second) -> {
          String[] w = WORK_PAIRS[pair];
          String task = "既有住宅加装电梯(部)：年度目标" + w[0] + (first + 10) + "、" + w[1] + (second + 10);
          String narrative = "1-9月" + w[0] + first + "、" + w[1] + second + "，进度符合预期";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).hasSize(2)
              .satisfies(pairs -> {
                assertThat(pairs.get(0)).matches(".* ← " + first + "\\D*");
                assertThat(pairs.get(1)).matches(".* ← " + second + "\\D*");
              });
        });
  }

  @Test
  void aRevisionNamingItsWorkRevisesAndWhatWasDoneSoFarAnswersIt() {
    qt().withExamples(100).forAll(integers().between(2, 9), integers().between(0, 2))
        .checkAssert((revised, verb) -> {
          String narrative = "年度任务调整为新建" + revised + "家。目前已" + new String[] {"备案", "挂牌", "授牌"}[verb]
              + "院士专家工作站" + revised + "家，完成调整后的年度任务。";
          Task read = FormsOfWritingTest.extracted("新建院士工作站" + (revised + 1) + "家", narrative);
          assertThat(read.outcome().measures()).as(narrative)
              .anySatisfy(m -> assertThat(m.role()).isEqualTo(io.github.workreport.Role.REVISED_TARGET));
          assertThat(read.matches()).as(narrative).singleElement().satisfies(match -> {
            assertThat(match.revision()).isPresent();
            assertThat(match.measure()).isPresent();
          });
        });
  }

  @Test
  void anAsideTellingWhatAYearWasIsNoTarget() {
    qt().withExamples(100).forAll(integers().between(2015, 2024), integers().between(600, 790), integers().between(0, 2))
        .checkAssert((year, before, form) -> {
          String aside = new String[] {"（%d 年为 %s%%）", "（%d年为%s%%）", "（%d年底为%s%%）"}[form];
          String task = "一般工业固体废物综合利用率提高到80%以上" + String.format(aside, year, FormsOfWritingTest.tenths(before));
          Task read = FormsOfWritingTest.extracted(task, "全县一般工业固体废物综合利用率81.3%。");
          assertThat(FormsOfWritingTest.pairs(read)).as(task).containsExactly("LEVEL AT_LEAST 80% ← 81.3%");
        });
  }

  @Test
  void aCountInWordsAfterDeIsACount() {
    Task read = FormsOfWritingTest.extracted("督察组交办的九项整改任务年底前全部完成整改销号", "已完成整改销号6项，剩余3项按时序推进。");
    assertThat(FormsOfWritingTest.pairs(read)).containsExactly("COUNT EXACTLY 9项 ← 6项");
  }

  @Test
  void aHeadersUnitReachesACellLabelledAsTheYearsTaskOrBudget() {
    for (String label : new String[] {"年度任务", "年度预算", "目标任务", "年度计划"}) {
      Task read = FormsOfWritingTest.extracted("新建高标准农田(万亩)：" + label + "36", "完成37.5");
      assertThat(read.targets()).as(label).singleElement()
          .satisfies(t -> assertThat(t.unit().symbol()).isEqualTo("万亩"));
      assertThat(FormsOfWritingTest.pairs(read)).as(label).containsExactly("AMOUNT EXACTLY 36万亩 ← 37.5万亩");
    }
  }

  @Test
  void lastYearsFigureInATargetsCellIsNoTarget() {
    qt().withExamples(100).forAll(integers().between(40, 90), integers().between(40, 90), integers().between(0, 1))
        .checkAssert((last, target, form) -> {
          String task = form == 0
              ? "地区生产总值：上年增长" + FormsOfWritingTest.tenths(last) + "%，2024年目标增长" + FormsOfWritingTest.tenths(target) + "%左右"
              : "规模以上工业增加值：上年增长" + FormsOfWritingTest.tenths(last) + "%；年度目标增长" + FormsOfWritingTest.tenths(target) + "%";
          Task read = FormsOfWritingTest.extracted(task, "前三季度增长5.7%");
          assertThat(read.targets()).as(task).singleElement()
              .satisfies(t -> assertThat(t.value()).isEqualByComparingTo(java.math.BigDecimal.valueOf(target, 1)));
          assertThat(FormsOfWritingTest.pairs(read)).as(task).singleElement()
              .satisfies(pair -> assertThat(pair).endsWith("← 5.7%"));
        });
  }

  @Test
  void aBareFigureNamedByTheRowsOwnWordsTakesTheHeadersPercent() {
    for (String words : new String[] {"免疫密度", "强制免疫密度", "动物疫病强制免疫密度"}) {
      Task read = FormsOfWritingTest.extracted("动物疫病强制免疫密度(%)：≥90", "春防结束，" + words + "96.8");
      assertThat(FormsOfWritingTest.pairs(read)).as(words).containsExactly("LEVEL AT_LEAST 90% ← 96.8%");
    }
  }

  @Test
  void aBareFigureAfterMuqianIsAFigure() {
    Task read = FormsOfWritingTest.extracted("主要农作物耕种收综合机械化率(%)：年度目标88", "目前87.2，预计全年可达88.5");
    assertThat(FormsOfWritingTest.pairs(read)).containsExactly("LEVEL EXACTLY 88% ← 87.2%");
  }

  @Test
  void toolsCountedByTheHandleAreCounted() {
    Task read = FormsOfWritingTest.extracted("新购风力灭火机100台、二号工具500把", "已采购风力灭火机一百二十台、二号工具五百把，全部验收入库。");
    assertThat(FormsOfWritingTest.pairs(read)).containsExactly("COUNT EXACTLY 100台 ← 120台", "COUNT EXACTLY 500把 ← 500把");
  }

  @Test
  void aFloorForEachPlaceIsNoTotalsTarget() {
    qt().withExamples(100).forAll(integers().between(500, 2000), integers().between(2, 9), integers().between(-40, 100))
        .checkAssert((total, each, off) -> {
          String task = "“法律明白人”培养（名）：年度目标" + total + "（每个村、社区不少于" + each + "名）";
          int done = total + off;
          Task read = FormsOfWritingTest.extracted(task, "上半年完成：" + done);
          assertThat(FormsOfWritingTest.pairs(read)).as(task).hasSize(2)
              .satisfies(pairs -> {
                assertThat(pairs.get(0)).matches(".* ← " + done + "\\D*");
                assertThat(pairs.get(1)).endsWith("← -");
              });
        });
  }

  /** Targets listing the items of their thing, and a narrative's figure per item. */
  private static final String[][] ITEM_LISTS = {
      {"化解中央、省、市交办信访积案%d件", "全年化解中央交办信访积案%d件、省交办%d件、市交办%d件"},
      {"在东部城市设立消费帮扶专馆、专区、专柜%d个", "新增专馆%d个、专区%d个、专柜%d个"}};

  @Test
  void aTargetListingItsItemsIsAnsweredByTheirSum() {
    qt().withExamples(200).forAll(integers().between(0, ITEM_LISTS.length - 1), integers().between(1, 40),
        integers().between(1, 40), integers().between(1, 40))
        .checkAssert((form, a, b, c) -> {
          String task = String.format(ITEM_LISTS[form][0], a + b + c - 2);
          String narrative = String.format(ITEM_LISTS[form][1], a, b, c);
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).singleElement()
              .satisfies(pair -> assertThat(pair).matches(".* ← " + (a + b + c) + "\\D*"));
        });
  }

  @Test
  void aListOfExamplesIsNotAllTheParts() {
    Task read = FormsOfWritingTest.extracted("新发展核桃、花椒等特色经济林1万亩以上",
        "新发展核桃4200亩、花椒3900亩、青脆李1500亩，合计9600亩。");
    assertThat(FormsOfWritingTest.pairs(read)).singleElement().satisfies(pair -> assertThat(pair).endsWith("← 9600亩"));
  }

  @Test
  void thingsPutToUseNamedByThatWorkCountTheTasksThings() {
    for (String work : new String[] {"建成运营", "建成并投入运营", "投入运行"}) {
      Task read = FormsOfWritingTest.extracted("新建老年助餐服务点：年度目标17个", "1-6月完成：" + work + "11个，在建5个");
      assertThat(FormsOfWritingTest.pairs(read)).as(work).containsExactly("COUNT EXACTLY 17个 ← 11个");
    }
  }

  @Test
  void aStandardSaidAppliedSinceADateIsTheTasksStandard() {
    qt().withExamples(100).forAll(integers().between(3000, 9000), integers().between(100, 900), integers().between(1, 12))
        .checkAssert((old, raise, month) -> {
          String task = "将农村低保标准由每人每年" + old + "元提高到" + (old + raise) + "元";
          String narrative = "自" + month + "月1日起已按" + (old + raise) + "元/人·年执行";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative).singleElement()
              .satisfies(pair -> assertThat(pair).endsWith("← " + (old + raise) + "元"));
        });
  }

  @Test
  void workWrittenWithAnotherFormInAnAsideIsBothForms() {
    Task read = FormsOfWritingTest.extracted("完成农村户用卫生厕所改造3.5万户",
        "新（改）建农村户厕3.62万户，排查整改问题厕所1.1万户。");
    assertThat(FormsOfWritingTest.pairs(read)).containsExactly("COUNT EXACTLY 3.5万户 ← 3.62万户");
    // one character in an aside after a place is no form of work: 各县（市）新增71辆 stays a part of the ground
    Task parts = FormsOfWritingTest.extracted("新增新能源公交车200辆", "市区新增新能源公交车168辆，各县（市）新增71辆。");
    assertThat(FormsOfWritingTest.pairs(parts)).containsExactly("COUNT EXACTLY 200辆 ← 239辆");
  }

  @Test
  void aRespectivelyListOfBareValuesUnderAHeadersUnitIsATargetPerValue() {
    qt().withExamples(100).forAll(integers().between(50, 500), integers().between(1, 90))
        .checkAssert((first, step) -> {
          String task = "困难残疾人生活补贴、重度残疾人护理补贴标准（元/人·月）：分别提高至" + first + "、" + (first + step);
          Task read = FormsOfWritingTest.extracted(task, "已按标准发放。");
          assertThat(read.targets()).as(task).extracting(t -> t.quantity().format())
              .containsExactly(first + "元", (first + step) + "元");
        });
  }

  @Test
  void aRevisionOfTheTasksWorkRevisesItsTarget() {
    for (String revision : new String[] {"年度建设任务核减为150个", "年度改造任务调整为150个"}) {
      Task read = FormsOfWritingTest.extracted("完成村级医保服务站点建设180个", "经市医保局同意，" + revision + "。截至9月底已建成152个。");
      assertThat(read.matches()).as(revision).singleElement().satisfies(m -> {
        assertThat(m.revision()).isPresent();
        assertThat(m.measure()).isPresent();
      });
    }
  }

  @Test
  void aRevisedCellsLabelRevisesTheTarget() {
    for (String label : new String[] {"备注：调整后预算280", "调整后目标：280", "调整后的预算为280"}) {
      Task read = FormsOfWritingTest.extracted("政府性基金预算收入（亿元）：年度目标350", "全年完成268.9；" + label);
      assertThat(read.outcome().measures()).as(label)
          .anySatisfy(m -> assertThat(m.role()).isEqualTo(io.github.workreport.Role.REVISED_TARGET));
    }
  }

  @Test
  void aCountInWordsAfterBanhaoIsACount() {
    Task read = FormsOfWritingTest.extracted("全年办好十件民生实事", "十件民生实事已全部办结。");
    assertThat(read.targets()).extracting(t -> t.quantity().format()).containsExactly("10件");
  }

  @Test
  void aSignedChangeBesideARowsLevelIsNoLevel() {
    qt().withExamples(200).forAll(integers().between(200, 950), integers().between(1, 50), integers().between(-30, 30))
        .checkAssert((target, change, off) -> {
          int level = target + off;
          // the years of the report FormsOfWritingTest reads, 2020
          String task = "居民健康素养水平（%），2020年目标：≥" + FormsOfWritingTest.tenths(target) + "，属性：预期性";
          String narrative = "2019年实际：" + FormsOfWritingTest.tenths(level - change) + "；2020年完成："
              + FormsOfWritingTest.tenths(level) + "；增减：+" + FormsOfWritingTest.tenths(change);
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative).singleElement()
              .satisfies(pair -> assertThat(pair).endsWith("← " + FormsOfWritingTest.tenths(level) + "%"));
        });
  }

  @Test
  void theYearsMonthsBesideATotalSinceTheStartAnswerTheYearsTarget() {
    qt().withExamples(200).forAll(integers().between(1, 11), integers().between(100, 400), integers().between(0, 1))
        .checkAssert((month, done, spaced) -> {
          String months = spaced == 1 ? "1-" + month + " 月" : "1-" + month + "月";
          String narrative = months + "完成投资" + FormsOfWritingTest.tenths(done) + "亿元；开工累计完成投资"
              + FormsOfWritingTest.tenths(done * 3) + "亿元。";
          Task read = FormsOfWritingTest.extracted("澄阳至宁川高速公路澄阳段，年度计划投资28亿元", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative).singleElement()
              .satisfies(pair -> assertThat(pair).endsWith("← " + FormsOfWritingTest.tenths(done) + "亿元"));
          assertThat(read.outcome().measures().get(0).metric()).as(narrative).doesNotContain("1");
        });
  }

  @Test
  void aFigureNamingNothingIsTheWholesNotItsParts() {
    qt().withExamples(200).forAll(integers().between(20, 60), integers().between(2, 15), integers().between(-8, 8),
        integers().between(0, 2))
        .checkAssert((whole, part, off, form) -> {
          String task = "新建高标准农田" + whole + "万亩" + new String[] {"（含改造提升%d万亩）", "（其中改造提升%d万亩）",
              "，其中改造提升%d万亩"}[form].formatted(part);
          int done = whole + off;
          Task read = FormsOfWritingTest.extracted(task, "完工" + done + "万亩");
          assertThat(FormsOfWritingTest.pairs(read)).as(task).hasSize(2)
              .satisfies(pairs -> assertThat(pairs.get(0)).endsWith("← " + done + "万亩"));
        });
  }

  /** Narratives giving the figure done so far and an estimate for the year's end, with the figure done so far. */
  private static final String[][] ESTIMATES = {
      {"电网建设投资25亿元", "1-%d月完成电网投资%s亿元，预计全年完成%s亿元。"},
      {"有效期内高新技术企业（家）：年度目标120", "1-%d月完成：%s，第二批认定名单公示后，年底预计可达%s家"}};

  @Test
  void inAReportOfPartOfTheYearWhatWasDoneAnswersNotWhatIsForeseen() {
    qt().withExamples(200).forAll(integers().between(0, ESTIMATES.length - 1), integers().between(1, 11),
        integers().between(150, 240), integers().between(1, 60))
        .checkAssert((form, month, done, more) -> {
          String[] e = ESTIMATES[form];
          String sofar = form == 0 ? FormsOfWritingTest.tenths(done) : String.valueOf(done / 2);
          String foreseen = form == 0 ? FormsOfWritingTest.tenths(done + more) : String.valueOf(done / 2 + more);
          String narrative = String.format(e[1], month, sofar, foreseen);
          Task task = Task.builder().number(1).text(e[0])
              .outcome(io.github.workreport.Outcome.of(narrative, io.github.workreport.Status.UNDETERMINED)).build();
          Task read = TaskExtractor.standard().extract(task, java.util.Optional.empty(), java.util.OptionalInt.of(2024),
              java.util.Optional.of(io.github.workreport.Period.of(java.time.YearMonth.of(2024, month))));
          assertThat(FormsOfWritingTest.pairs(read)).as(month + "月 ‖ " + narrative).singleElement()
              .satisfies(pair -> assertThat(pair).matches(".* ← " + java.util.regex.Pattern.quote(sofar) + "\\D*"));
        });
  }

  @Test
  void aShareByWhichAVerbAfterItCutsIsADecline() {
    qt().withExamples(100).forAll(integers().between(5, 20), integers().between(0, 2))
        .checkAssert((cut, form) -> {
          String said = new String[] {"按%d%%比例统一压减", "按%d%%的比例压减", "按%d%%比例压减"}[form].formatted(cut);
          Task read = FormsOfWritingTest.extracted("市级一般性支出压减10%以上",
              "年初预算编制时市级部门一般性支出" + said + "；“三公”经费支出同比下降3.9%。");
          assertThat(FormsOfWritingTest.pairs(read)).as(said).containsExactly("DECLINE AT_LEAST 10% ← " + cut + "%");
        });
  }

  @Test
  void theFigureSoFarAndTheForeseenOfOneThingAreNoParts() {
    qt().withExamples(100).forAll(integers().between(100, 180), integers().between(1, 20))
        .checkAssert((done, more) -> {
          String narrative = "1-12月完成电网投资" + FormsOfWritingTest.tenths(done) + "亿元，预计全年完成"
              + FormsOfWritingTest.tenths(done + more) + "亿元。";
          Task read = FormsOfWritingTest.extracted("电网建设投资25亿元", narrative);
          assertThat(read.outcome().measures()).as(narrative).noneSatisfy(m -> assertThat(m.text()).contains("＋"));
        });
  }

  @Test
  void aCountInWordsOpeningItsClauseThenSaidDoneIsACount() {
    qt().withExamples(100).forAll(integers().between(0, NUMERALS.length - 1), integers().between(0, 1))
        .checkAssert((numeral, form) -> {
          String narrative = NUMERALS[numeral] + (form == 0 ? "条健身路径均已建成投用。" : "条健身路径已在镇区建成投用。");
          Task read = FormsOfWritingTest.extracted("新建健身路径" + (numeral + 2) + "条", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative).singleElement()
              .satisfies(pair -> assertThat(pair).endsWith("← " + (numeral + 2) + "条"));
        });
    Task name = FormsOfWritingTest.extracted("新建健身路径2条", "三个代表重要思想深入人心，健身路径建设有序推进。");
    assertThat(name.outcome().measures()).isEmpty();
  }

  @Test
  void aRevisionOfTheTargetsValueRevisesIt() {
    for (String label : new String[] {"年度目标值下调至 88 分", "年度目标下调至88分", "目标值调整为88分"}) {
      Task read = FormsOfWritingTest.extracted("企业满意度第三方测评得分达到92分",
          "经研究，" + label + "。年度第三方测评全市得分89.6分。");
      assertThat(read.matches()).as(label).singleElement().satisfies(m -> {
        assertThat(m.revision()).isPresent();
        assertThat(m.measure()).isPresent();
      });
    }
  }
}
