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
 *   <li>a bare achieved figure under such a row took the row's unit of measure only when it had a scale
 *       (万元), so 完成226.5 under 水土流失治理面积(平方公里) was a count of nothing;
 *   <li>a signed figure after a column's label (实绩-1.2) under a header in percent was no figure at all;
 *   <li>a 控制目标 (a control target) was a level to reach, not the ceiling it names;
 *   <li>things found and put right in one work (排查整治问题73处) were only found, a first step that answers no
 *       target of putting them right (清理整治问题不少于60处);
 *   <li>a 其中 breakdown (其中按比例就业96人、集中就业98人) gave up every part to the whole, though one part alone was
 *       closer to a target (按比例安排就业不少于150人) than the whole;
 *   <li>fish counted in 尾, bee colonies in 群, dredging in 空方 and power in 吉瓦 or GW were no quantities;
 *   <li>an old level before 增至, 提至, 达到 or 扩大到 (由76%增至80%) was a second target;
 *   <li>a classifier with its second character in parentheses (1400台（套）) was 台, no count of 台套;
 *   <li>a space after a decimal point or a thousands comma (增长4. 6%, 装机 1, 256 万千瓦), as text taken from
 *       a PDF leaves it, cut the number in two;
 *   <li>a place in a ranking written without 名 or 位 (金牌数列全省第二。) was no figure;
 *   <li>a scaled count of people with no classifier (解决2.3万农村人口饮水问题) took a count of works in another
 *       classifier (实施供水工程56处) before the people served (受益人口2.51万人);
 *   <li>cases taken in and cases concluded (受理法律援助案件1160件，办结1050件) were two parts, summed (2210件);
 *   <li>a limit named before its figure in an aside (控制在核定编制内（312人）) was an exact target, not a ceiling.
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

  private static final String[] MEASURED = {"水土流失治理面积", "堤防建设", "新增有效灌溉面积", "年节水量"};
  private static final String[] UNITS = {"平方公里", "公里", "亩", "立方米"};

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
    Task read = FormsOfWritingTest.extracted("建设城市绿道(公里)，年度目标20", "城镇常住居民人均可支配收入43760，建成绿道21公里");
    assertThat(read.outcome().measures()).extracting(m -> m.quantity().format()).contains("43760", "21公里");
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

  private static final String[] FIXING = {"整治", "整改", "处置", "化解"};
  private static final String[] FINDING = {"排查", "摸排"};
  private static final String[] PROBLEMS = {"安全隐患", "河湖四乱问题", "矛盾纠纷", "违法建设"};

  @Test
  void thingsFoundAndPutRightInOneWorkAnswerATargetOfPuttingThemRight() {
    qt().withExamples(300).forAll(integers().between(0, FIXING.length * FINDING.length - 1),
        integers().between(0, PROBLEMS.length - 1), integers().between(20, 500), integers().between(20, 500))
        .checkAssert((work, problem, target, done) -> {
          String fixing = FIXING[work % FIXING.length];
          String task = "全年" + fixing + PROBLEMS[problem] + "不少于" + target + "处";
          String narrative = "全年" + FINDING[work / FIXING.length] + fixing + PROBLEMS[problem] + done + "处";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("COUNT AT_LEAST " + target + "处 ← " + done + "处");
          if (!fixing.startsWith("整")) {
            return; // 处置 and 化解 name no work the reader stages: a first step does not conflict with them
          }
          // finding alone is a first step still: it answers no target of putting right
          String found = "全年" + FINDING[work / FIXING.length] + "发现" + PROBLEMS[problem] + done + "处";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, found))).as(task + " ‖ " + found)
              .containsExactly("COUNT AT_LEAST " + target + "处 ← -");
        });
  }

  @Test
  void aPartAloneCloserToTheTargetThanItsWholeIsItsFigure() {
    qt().withExamples(200).forAll(integers().between(50, 400), integers().between(50, 400), integers().between(0, 300))
        .checkAssert((quota, other, rest) -> {
          int whole = quota + other + rest;
          String task = "新增就业" + (whole - 10) + "人，其中按比例安排就业不少于150人。";
          String narrative = "新增就业" + whole + "人，其中按比例就业" + quota + "人、集中就业" + other + "人。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + (whole - 10) + "人 ← " + whole + "人", "COUNT AT_LEAST 150人 ← " + quota + "人");
        });
    // but parts that each share more with the target than the whole are what it splits: the whole answers
    Task levees = FormsOfWritingTest.extracted("新建加固河道堤防28公里", "完成堤防建设31.6公里，其中新建堤防9.2公里、加固堤防22.4公里");
    assertThat(FormsOfWritingTest.pairs(levees)).containsExactly("AMOUNT EXACTLY 28公里 ← 31.6公里");
  }

  private static final String[][] UNITS_OF_TRADES = {{"放流鱼苗", "尾", "尾"}, {"蜂群", "群", "群"},
      {"疏浚河道", "空方", "立方米"}, {"新增光伏装机", "吉瓦", "吉瓦"}, {"新增风电装机", "GW", "吉瓦"}};

  @Test
  void countsAndMeasuresOfTradesAreQuantities() {
    qt().withExamples(200).forAll(integers().between(0, UNITS_OF_TRADES.length - 1), integers().between(10, 999),
        integers().between(10, 999))
        .checkAssert((trade, target, done) -> {
          String[] t = UNITS_OF_TRADES[trade];
          String task = t[0] + target + "万" + t[1];
          String narrative = "全年" + t[0] + tenths(done) + "万" + t[1];
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).singleElement()
              .satisfies(pair -> assertThat(pair).endsWith(target + "万" + t[2] + " ← " + tenths(done) + "万" + t[2]));
        });
    // but 群 and 尾 start words that count nothing: 2万群众 counts people, 12座尾矿库 reservoirs
    assertThat(NumberScanner.scan("为2万群众体检").get(0).unitSymbol).isEmpty();
    assertThat(NumberScanner.scan("治理5尾矿库").get(0).unitSymbol).isEmpty();
    // 0.62吉瓦 is 62万千瓦
    Task power = FormsOfWritingTest.extracted("新增光伏装机50万千瓦", "新增光伏装机0.62吉瓦");
    assertThat(FormsOfWritingTest.assessed(power, 12).status()).isEqualTo(Status.EXCEEDED);
  }

  private static final String[] TO_VERBS = {"增至", "提至", "达到", "扩大到", "增到"};

  @Test
  void anOldLevelBeforeAnyVerbOfChangeIsNoTarget() {
    qt().withExamples(200).forAll(integers().between(0, TO_VERBS.length - 1), integers().between(30, 70),
        integers().between(1, 20), integers().between(0, 30))
        .checkAssert((verb, old, rise, shortTenths) -> {
          int target = old + rise;
          String task = "农作物耕种收综合机械化率由" + old + "%" + TO_VERBS[verb] + target + "%。";
          String narrative = "实际" + tenths(target * 10 - shortTenths) + "%。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("LEVEL EXACTLY " + target + "% ← " + tenths(target * 10 - shortTenths) + "%");
        });
  }

  @Test
  void aClassifierWithItsSecondCharacterInParenthesesIsThePair() {
    for (String written : new String[] {"台（套）", "台(套)"}) {
      Task read = FormsOfWritingTest.extracted("补贴农机具1500台套", "补贴机具1400" + written);
      assertThat(FormsOfWritingTest.pairs(read)).as(written).containsExactly("COUNT EXACTLY 1500台套 ← 1400台套");
    }
    // a pair the lexicon does not know stays the classifier, its aside apart
    assertThat(NumberScanner.scan("建成5座（处）").get(0).unitSymbol).isEqualTo("座");
  }

  @Test
  void aSpaceAfterAPointOrAThousandsCommaDoesNotCutTheNumber() {
    qt().withExamples(300).forAll(integers().between(1, 99), integers().between(0, 9), integers().between(1, 9),
        integers().between(0, 999))
        .checkAssert((whole, tenth, thousands, rest) -> {
          String decimal = "全年全社会用电量增长" + whole + ". " + tenth + "%。";
          assertThat(NumberScanner.scan(decimal).get(0).value).as(decimal)
              .isEqualByComparingTo(whole + "." + tenth);
          String grouped = "全年新增装机 " + thousands + ", " + String.format("%03d", rest) + " 万千瓦。";
          assertThat(NumberScanner.scan(grouped).get(0).value).as(grouped)
              .isEqualByComparingTo(String.valueOf(thousands * 1000 + rest));
        });
    // an item's number opening a clause stays the item's: 2. 3个项目 is item 2, three projects
    assertThat(NumberScanner.scan("已开工。2. 3个项目已竣工")).extracting(m -> m.value.toPlainString()).contains("3");
  }

  private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六"};
  private static final String[] RANKING = {"列全省第", "位居全省第", "排名全省第"};

  @Test
  void aPlaceWithoutItsClassifierAtAClausesEndIsAPlace() {
    qt().withExamples(100).forAll(integers().between(2, 5), integers().between(1, 6), integers().between(0, RANKING.length - 1))
        .checkAssert((goal, place, verb) -> {
          String task = "力争金牌数进入全省前" + NUMERALS[goal - 1] + "名。";
          String narrative = "金牌数" + RANKING[verb] + NUMERALS[place - 1] + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("LEVEL AT_MOST " + goal + "名 ← " + place + "名");
          assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(task + " ‖ " + narrative)
              .isEqualTo(place <= goal ? Status.MET : Status.NOT_MET);
        });
    // an ordinal of no ranking stays none: 第二批, 第三届
    assertThat(NumberScanner.scan("公布第二批名单，举办第三届运动会。")).noneMatch(Mention::isQuantity);
  }

  private static final String[] PEOPLE_TARGETS = {"解决%s万农村人口饮水不稳定问题", "为%s万城乡居民免费体检", "转移农村劳动力%s万"};
  private static final String[] WORKS_BESIDE = {"实施农村供水保障工程%d处", "设立服务点%d个", "举办招聘会%d场"};

  @Test
  void aScaledCountOfPeopleTakesNoCountOfWorks() {
    qt().withExamples(200).forAll(integers().between(0, PEOPLE_TARGETS.length - 1), integers().between(10, 90),
        integers().between(5, 99), integers().between(10, 99))
        .checkAssert((kind, tenThousands, works, servedTenths) -> {
          String task = String.format(PEOPLE_TARGETS[kind], tenths(tenThousands));
          String narrative = String.format(WORKS_BESIDE[kind], works) + "，惠及群众" + tenths(servedTenths) + "万人。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).singleElement()
              .satisfies(pair -> assertThat(pair).doesNotEndWith("处").doesNotEndWith("个").doesNotEndWith("场"));
        });
  }

  private static final String[][] STAGES = {{"受理", "办结"}, {"受理", "审结"}, {"立案", "结案"}};
  private static final String[] CASES = {"法律援助案件", "行政复议案件", "信访事项"};

  @Test
  void casesTakenInAndConcludedAreStagesNotParts() {
    qt().withExamples(200).forAll(integers().between(0, STAGES.length * CASES.length - 1), integers().between(500, 2000),
        integers().between(0, 400))
        .checkAssert((pick, taken, open) -> {
          String[] stage = STAGES[pick % STAGES.length];
          String cases = CASES[pick / STAGES.length];
          int target = taken + 100;
          String task = "全年办理" + cases + target + "件";
          String narrative = "全年" + stage[0] + cases + taken + "件，" + stage[1] + (taken - open) + "件。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.outcome().measures()).as(task + " ‖ " + narrative)
              .noneMatch(m -> m.value().intValue() == taken + taken - open);
          // a target of concluding takes the concluded, not the cases taken in
          Task concluded = FormsOfWritingTest.extracted(stage[1] + cases + target + "件", narrative);
          assertThat(FormsOfWritingTest.pairs(concluded)).as(narrative)
              .containsExactly("COUNT EXACTLY " + target + "件 ← " + (taken - open) + "件");
        });
  }

  private static final String[][] LIMITS = {{"财政供养人员控制在核定编制内", "人", "实有"}, {"三公经费支出控制在预算以内", "万元", "三公经费支出"},
      {"班额控制在规定标准以下", "人", "平均班额"}};

  @Test
  void aLimitNamedBeforeItsFigureInAnAsideIsACeiling() {
    qt().withExamples(200).forAll(integers().between(0, LIMITS.length - 1), integers().between(40, 900), integers().between(1, 30))
        .checkAssert((limit, ceiling, under) -> {
          String[] it = LIMITS[limit];
          String task = it[0] + "（" + ceiling + it[1] + "）";
          String narrative = it[2] + (ceiling - under) + it[1];
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.targets()).as(task).singleElement().satisfies(t -> assertThat(t.bound()).isEqualTo(Bound.AT_MOST));
          assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(task + " ‖ " + narrative).isEqualTo(Status.MET);
        });
    // an aside after a name that sets no limit stays the figure itself
    assertThat(FormsOfWritingTest.extracted("新建学校（3所）", "建成学校3所").targets())
        .singleElement().satisfies(t -> assertThat(t.bound()).isEqualTo(Bound.EXACTLY));
  }
}
