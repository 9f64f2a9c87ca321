package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms found by the twenty-eighth round of probing (the probe tables prefixed ae, written
 * against 8ff21a9). Before its fix, each law failed thus:
 *
 * <ul>
 *   <li>an indicator's unit in its header (粮食播种面积（万亩）, 网上可办率(%)) did not reach the cell's value
 *       when a space, or a space and the cell's label, stood between them (（万亩）　目标：95.2, (%): 目标值98):
 *       the target had no unit, and a rate was judged by its ratio rather than in points;
 *   <li>money per a person or a period in a header (低保标准（元/人·月）：≥980) was no unit at all;
 *   <li>the fields of a row flattened with bars (完成值37.2 ‖ 完成率103.3%, 760 | 76.0%) were one clause, so the
 *       figure before the bar was no figure;
 *   <li>a figure in 万 with its classifier left out after a verb of a level (实名注册用户达到432万) was an index,
 *       so it answered no count (注册用户突破500万人);
 *   <li>a target widened to a total (“跨省通办”事项拓展至200项, 扩展至, 扩大至) kept its verb in its name and was
 *       no stock, so the year's new ones (新增38项) answered it rather than the total they brought (累计达到213项);
 *   <li>a target of two things, the second in an aside after the first (新建社区老年食堂（助餐点）12个) or joined to it
 *       by 、 (开展集体颁证、婚姻家庭辅导活动50场), was answered by the first thing's figure alone, not by the two
 *       figures the narrative gives one per thing (also the round ab miss 博士后科研工作站（创新实践基地）4家);
 *   <li>a row's bare figure broken down after 其中 (完成值163，其中新建社区老年食堂41个) lost to its part, whose unit
 *       and words the target shares, since a bare figure was no whole of a part in a unit;
 *   <li>a share set at 100 % (“最多跑一次”事项比例达到100%) was not answered by the things all covered (实现全覆盖), as a
 *       rate (覆盖率达到100%) was;
 *   <li>a range in a table's cell under its header's unit (新登记社会组织（家）：150-180) was no target: a bare range
 *       was never a value;
 *   <li>a time that names a service (打造15分钟健身圈, 24小时自助服务区覆盖率, 实行24小时值班) was a target of that duration,
 *       which nothing answers;
 *   <li>a standard changed from an old value that is not the target's (城市低保标准由每人每月1010元调整为1060元 for
 *       提高到不低于1050元) was a revision of the target, so the row had no figure;
 *   <li>poultry counted in 羽 (家禽出栏600万羽) did not compare with poultry counted in 只 (出栏家禽586.5万只), nor
 *       lifts in 部 with lifts in 台 (加装电梯200部 ‖ 218台; round af, written against 5faa9f1);
 *   <li>共享 and 共建 opening a name lost their 共, read as 共 "in all" (享平台提供数据调用), and the second height of a
 *       确保/力争 pair took whatever figure was left (新增共享数据目录1162个) rather than its twin's, which fits it better;
 *   <li>a sheet flattened with bars, its unit in a field of its own (接待国内游客 | 万人次 | 4800 ‖ 5012.6 | 104.4% | …),
 *       gave no target: the bar before the value was no header, and the name two fields back was out of reach
 *       (round af);
 *   <li>a row's bare figure of a rate followed by its completion rate in a field of no words (参保率（%）≥95 ‖ 94.2  99.2%)
 *       lost to that rate, a percentage as the target is, so 99.2% was taken for the level reached (round af);
 *   <li>a cell that opens with its figure in 万 (1.56万, 27.6万 | 92.0%) had no figure: only an unscaled one was read;
 *   <li>a figure right after an aside noting a part of it (其中达到A级标准（含AAA级12座）的35座) took the aside's words,
 *       含AAA级, for its own (round af).
 * </ul>
 */
class TwentyThirdRoundFormsTest {

  /** An indicator, the unit its header names, and that unit as a target's. */
  private static final String[][] HEADERS = {{"粮食播种面积", "万亩", "万亩"}, {"政务服务事项网上可办率", "%", "%"},
      {"新增社区老年助餐点", "个", "个"}, {"完成水利建设投资", "亿元", "亿元"}, {"城市低保标准", "元/人·月", "元"},
      {"特困人员基本生活标准", "元/人·年", "元"}};

  /** What may stand between a header and its cell's value. */
  private static final String[] BETWEEN = {"：", ": ", "：目标值", ": 目标值", "　目标：", " 目标: ", "，目标", "，目标：",
      "：年度目标"};

  @Test
  void aHeadersUnitReachesTheCellsValueAcrossItsLabel() {
    qt().withExamples(400).forAll(integers().between(0, HEADERS.length - 1), integers().between(0, BETWEEN.length - 1),
        integers().between(20, 99), integers().between(0, 3))
        .checkAssert((row, between, target, formAndBracket) -> {
          String[] h = HEADERS[row];
          boolean ascii = formAndBracket % 2 == 1;
          String header = h[0] + (ascii ? "(" + h[1] + ")" : "（" + h[1] + "）");
          String task = header + BETWEEN[between] + target;
          int achieved = target + 1;
          String narrative = (formAndBracket < 2 ? "完成值" : "完成：") + achieved;
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.targets()).as(task).hasSize(1);
          assertThat(read.targets().get(0).unit().symbol()).as(task).isEqualTo(h[2]);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).singleElement()
              .satisfies(pair -> assertThat(pair).matches(".* ← " + achieved + "\\D*"));
        });
  }

  /** A bar that parts a flattened row's fields, and what may follow it. */
  private static final String[] BARS = {" ‖ ", "‖", " | ", "｜", " │ "};
  private static final String[] AFTER_THE_BAR = {"完成率%s%%", "备注：按计划推进", "较上年提高%s个百分点", "%s%%"};

  @Test
  void aBarPartsTheFieldsOfARow() {
    qt().withExamples(400).forAll(integers().between(0, BARS.length - 1), integers().between(0, AFTER_THE_BAR.length - 1),
        integers().between(100, 5000), integers().between(0, 1))
        .checkAssert((bar, after, achieved, labelled) -> {
          String task = "新增公办学位（个）：1500";
          String rest = String.format(AFTER_THE_BAR[after], FormsOfWritingTest.tenths(achieved % 1000 + 1));
          String narrative = (labelled == 1 ? "完成值" : "") + achieved + BARS[bar] + rest;
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().satisfies(pair -> assertThat(pair).endsWith("← " + achieved));
        });
  }

  /** A count in 万 of a target, and the narrative's verbs of a level before its figure. */
  private static final String[][] SCALED_COUNTS = {{"实名注册用户突破%s万人", "实名注册用户达到%s万"},
      {"年接待游客达到%s万人次", "全年接待游客%s万"}, {"全市常住人口达到%s万人", "年末常住人口为%s万"}};

  @Test
  void aFigureInTenThousandsWithoutItsClassifierCountsTheTargetsThings() {
    qt().withExamples(300).forAll(integers().between(0, SCALED_COUNTS.length - 1), integers().between(10, 900),
        integers().between(10, 900))
        .checkAssert((row, target, achieved) -> {
          String task = String.format(SCALED_COUNTS[row][0], target);
          String narrative = String.format(SCALED_COUNTS[row][1], achieved) + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().satisfies(pair -> assertThat(pair).endsWith("← " + achieved + "万"));
        });
  }

  private static final String[] WIDENED_TO = {"拓展至", "拓展到", "扩展至", "扩展到", "扩大至", "扩大到"};

  @Test
  void aTargetWidenedToATotalIsAnsweredByTheTotalNotTheNewOnes() {
    qt().withExamples(300).forAll(integers().between(0, WIDENED_TO.length - 1), integers().between(50, 900),
        integers().between(1, 49), integers().between(50, 999))
        .checkAssert((verb, target, added, total) -> {
          String task = "“跨省通办”事项" + WIDENED_TO[verb] + target + "项以上。";
          String narrative = "新增“跨省通办”事项" + added + "项，累计达到" + total + "项。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().satisfies(pair -> assertThat(pair).endsWith("← " + total + "项"));
        });
  }

  /** A target naming two things ({@code %s} its figure) and the narrative's figures, one per thing. */
  private static final String[][] TWO_THINGS = {{"新建社区老年食堂（助餐点）%s个", "建成社区老年食堂%s个、村级老年助餐点%s个", "个"},
      {"新建乡镇公益性公墓（骨灰堂）%s处", "建成乡镇公益性公墓%s处、骨灰堂%s处", "处"},
      {"开展集体颁证、婚姻家庭辅导活动%s场", "开展集体颁证活动%s场、婚姻家庭辅导%s场", "场"},
      {"新建博士后科研工作站（创新实践基地）%s家", "新设博士后科研工作站%s家、博士后创新实践基地%s家", "家"}};

  @Test
  void aTargetOfTwoThingsIsAnsweredByTheSumOfTheirFigures() {
    qt().withExamples(300).forAll(integers().between(0, TWO_THINGS.length - 1), integers().between(2, 90),
        integers().between(1, 60), integers().between(1, 60))
        .checkAssert((row, target, first, second) -> {
          String[] r = TWO_THINGS[row];
          String task = String.format(r[0], target);
          String narrative = String.format(r[1], first, second) + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().satisfies(pair -> assertThat(pair).endsWith("← " + (first + second) + r[2]));
        });
  }

  @Test
  void aRowsBareFigureIsTheWholeOfItsBreakdown() {
    qt().withExamples(300).forAll(integers().between(100, 900), integers().between(0, 2), integers().between(1, 99))
        .checkAssert((whole, separator, share) -> {
          String task = "新增社区老年助餐点（个）：150";
          int part = Math.max(1, whole * share / 100);
          String narrative = "完成值" + whole + new String[] {"，", " ‖ ", "｜"}[separator] + "其中新建社区老年食堂" + part + "个";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().satisfies(pair -> assertThat(pair).endsWith("← " + whole));
        });
  }

  private static final String[][] SHARES = {{"“最多跑一次”事项比例", "全市%d项“最多跑一次”事项实现全覆盖"},
      {"二级医院设置发热门诊比例", "全市%d家二级医院均已设置发热门诊，实现全覆盖"},
      {"政务服务事项网上可办占比", "%d项政务服务事项网上可办实现全覆盖"}};

  @Test
  void aShareSetAtAHundredIsAnsweredByAllCovered() {
    qt().withExamples(100).forAll(integers().between(0, SHARES.length - 1), integers().between(2, 400))
        .checkAssert((row, count) -> {
          String task = SHARES[row][0] + "达到100%";
          String narrative = String.format(SHARES[row][1], count) + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().satisfies(pair -> assertThat(pair).endsWith("← 100%"));
        });
  }

  @Test
  void aRangeInACellUnderItsHeadersUnitIsATarget() {
    qt().withExamples(200).forAll(integers().between(10, 500), integers().between(1, 100), integers().between(0, 3))
        .checkAssert((low, width, dash) -> {
          int high = low + width;
          String task = "新登记社会组织（家）：" + low + new String[] {"-", "—", "~", "至"}[dash] + high;
          Task read = FormsOfWritingTest.extracted(task, "完成值" + (low + width / 2));
          assertThat(read.targets()).as(task).singleElement().satisfies(t -> {
            assertThat(t.value()).isEqualByComparingTo(java.math.BigDecimal.valueOf(low));
            assertThat(t.upper()).hasValueSatisfying(u -> assertThat(u.value()).isEqualByComparingTo(java.math.BigDecimal.valueOf(high)));
            assertThat(t.unit().symbol()).isEqualTo("家");
          });
          assertThat(FormsOfWritingTest.pairs(read)).as(task).singleElement()
              .satisfies(pair -> assertThat(pair).endsWith("← " + (low + width / 2)));
        });
  }

  /** A task naming a service by its time ({@code %d} the time), and one that sets a duration. */
  private static final String[] SERVICES_NAMED_BY_TIME = {"打造%d分钟健身圈", "推进“%d分钟便民生活圈”建设", "实行%d小时值班",
      "%d小时自助服务区覆盖率达到100%%"};
  private static final String[] DURATIONS_SET = {"企业开办时间压缩至%d小时以内", "急救平均反应时间控制在%d分钟以内",
      "每天校内体育活动时间不少于%d小时", "路灯故障修复时间控制在%d小时内"};

  @Test
  void aTimeThatNamesAServiceSetsNoDurationAndOneWithABoundDoes() {
    qt().withExamples(200).forAll(integers().between(0, 3), integers().between(1, 48), integers().between(0, 1))
        .checkAssert((row, time, named) -> {
          String task = String.format((named == 1 ? SERVICES_NAMED_BY_TIME : DURATIONS_SET)[row], time);
          Task read = FormsOfWritingTest.extracted(task, "按计划推进。");
          boolean duration = read.targets().stream().anyMatch(t -> t.unit().symbol().equals("分钟") || t.unit().symbol().equals("小时"));
          assertThat(duration).as(task).isEqualTo(named == 0);
        });
  }

  private static final String[] CHANGE_VERBS = {"调整为", "调整至", "上调至", "调增为"};

  @Test
  void aStandardChangedFromAnotherValueIsAchievedAndOneChangedFromTheTargetIsNot() {
    qt().withExamples(300).forAll(integers().between(0, CHANGE_VERBS.length - 1), integers().between(500, 1500),
        integers().between(-4, 4), integers().between(1, 200))
        .checkAssert((verb, target, oldStep, raise) -> {
          int old = target + 25 * oldStep; // one in nine the target's own value
          int now = old + raise;
          String task = "城市低保标准提高到每人每月不低于" + target + "元";
          String narrative = "城市低保标准由每人每月" + old + "元" + CHANGE_VERBS[verb] + now + "元。";
          List<String> pairs = FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative));
          assertThat(pairs).as(task + " ‖ " + narrative).singleElement()
              .satisfies(pair -> assertThat(pair.endsWith("← " + now + "元")).isEqualTo(old != target));
        });
  }

  /** A target's count and the narrative's, in the two classifiers of one kind of thing. */
  private static final String[][] TWO_CLASSIFIERS = {{"家禽出栏%d万羽", "全年出栏家禽%d万只", "万只"},
      {"既有住宅加装电梯%d部", "全年完成加装电梯%d台", "台"}, {"既有住宅加装电梯%d台", "全年完成加装电梯%d部", "部"}};

  @Test
  void poultryInYuCountsAsInZhiAndLiftsInBuAsInTai() {
    qt().withExamples(150).forAll(integers().between(0, TWO_CLASSIFIERS.length - 1), integers().between(10, 900),
        integers().between(10, 900))
        .checkAssert((row, target, achieved) -> {
          String task = String.format(TWO_CLASSIFIERS[row][0], target);
          String narrative = String.format(TWO_CLASSIFIERS[row][1], achieved) + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().satisfies(pair -> assertThat(pair).endsWith("← " + achieved + TWO_CLASSIFIERS[row][2]));
        });
  }

  @Test
  void aSecondHeightTakesItsTwinsFigureOverAWorseOneLeft() {
    qt().withExamples(200).forAll(integers().between(10, 40), integers().between(1, 30), integers().between(5, 60),
        integers().between(100, 3000))
        .checkAssert((firm, more, achieved, other) -> {
          String task = "政务数据共享交换平台数据调用量确保达到" + FormsOfWritingTest.tenths(firm) + "亿次、力争"
              + FormsOfWritingTest.tenths(firm + more) + "亿次。";
          String narrative = "全年共享平台提供数据调用" + FormsOfWritingTest.tenths(achieved) + "亿次，新增共享数据目录" + other + "个。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.outcome().measures().get(0).metric()).as(narrative).startsWith("共享");
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).hasSize(2)
              .allSatisfy(pair -> assertThat(pair).endsWith("← " + FormsOfWritingTest.tenths(achieved) + "亿次"));
        });
  }

  /** An indicator, its unit's field, the kind of target the row makes, and what the value's field opens with. */
  private static final String[][] BARRED_ROWS = {{"接待国内游客", "万人次", "COUNT", ""}, {"国内旅游收入", "亿元", "AMOUNT", ""},
      {"过夜游客占比", "%", "LEVEL", ""}, {"新建改建旅游厕所", "座", "COUNT", ""},
      {"森林蓄积量", "万立方米", "AMOUNT", "约束性"}, {"全社会固定资产投资", "%", "GROWTH", "增长"},
      {"招商引资到位资金", "亿元", "AMOUNT", "争取"}};

  @Test
  void aSheetFlattenedWithBarsNamesItsUnitInAFieldOfItsOwn() {
    qt().withExamples(300).forAll(integers().between(0, BARRED_ROWS.length - 1), integers().between(10, 99),
        integers().between(0, 3), integers().between(0, 1))
        .checkAssert((row, target, bar, bound) -> {
          String[] r = BARRED_ROWS[row];
          String sep = new String[] {" | ", "｜", " ‖ ", "  "}[bar]; // or a gap of spaces, as a sheet pasted as text has
          // an attribute is a field of its own between the unit's and the value's; a verb opens the value's
          String value = r[3].equals("约束性") ? r[3] + sep : r[3];
          String task = r[0] + sep + r[1] + sep + value + (bound == 1 && value.isEmpty() ? "≥" : "") + target;
          int achieved = target + 1;
          String narrative = r[2].equals("GROWTH") ? "—" + sep + "+" + achieved + "%" + sep + "技改投资拉动明显"
              : achieved + sep + "完成率" + (100 * achieved / target) + "%" + sep + "同比+3.1%";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.targets()).as(task).singleElement().satisfies(t -> {
            assertThat(t.metric()).isEqualTo(r[0]);
            assertThat(t.unit().symbol()).isEqualTo(r[1]);
            assertThat(t.kind().name()).isEqualTo(r[2]);
          });
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).singleElement()
              .satisfies(pair -> assertThat(pair).matches(".* ← " + achieved + "\\D*"));
        });
  }

  @Test
  void aPercentageEqualToTheFigureBeforeOverTheTargetIsItsCompletionRate() {
    qt().withExamples(300).forAll(integers().between(600, 990), integers().between(-80, 60), integers().between(0, 2))
        .checkAssert((targetTenths, offsetTenths, separator) -> {
          java.math.BigDecimal target = java.math.BigDecimal.valueOf(targetTenths, 1);
          java.math.BigDecimal achieved = java.math.BigDecimal.valueOf(Math.min(1000, targetTenths + offsetTenths), 1);
          java.math.BigDecimal rate = achieved.multiply(java.math.BigDecimal.valueOf(100))
              .divide(target, 1, java.math.RoundingMode.HALF_UP);
          String task = "户籍人口基本养老保险参保率（%）  ≥" + target.toPlainString();
          String narrative = achieved.toPlainString() + new String[] {"  ", " | ", "，"}[separator] + rate.toPlainString() + "%";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().satisfies(pair -> {
                assertThat(pair).endsWith("%");
                assertThat(new java.math.BigDecimal(pair.substring(pair.indexOf("← ") + 2, pair.length() - 1)))
                    .isEqualByComparingTo(achieved);
              });
        });
  }

  @Test
  void aCellOpeningWithItsFigureInTenThousandsHasThatFigure() {
    qt().withExamples(200).forAll(integers().between(11, 99), integers().between(-9, 9), integers().between(0, 1))
        .checkAssert((tenThousands, offset, separator) -> {
          String task = "美术馆年接待观众（人次）：" + tenThousands + "0000";
          String achieved = FormsOfWritingTest.tenths(tenThousands * 10 + offset) + "万";
          String narrative = achieved + new String[] {" | 完成率92.0%", "，同比增长3.1%"}[separator];
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().satisfies(pair -> assertThat(pair).endsWith("← " + achieved));
        });
  }

  /** A thing, the part an aside notes, and their classifier. */
  private static final String[][] ASIDES_INSIDE_A_SUBJECT = {{"达到A级标准", "含AAA级", "座"},
      {"建成5G基站", "含室内分布站", "个"}, {"通过验收的示范村", "其中省级", "个"}};

  @Test
  void aFigureAfterAnAsideIsOfTheWordsBeforeTheAside() {
    qt().withExamples(200).forAll(integers().between(0, ASIDES_INSIDE_A_SUBJECT.length - 1), integers().between(2, 90),
        integers().between(1, 99), integers().between(0, 1))
        .checkAssert((row, whole, share, linked) -> {
          String[] r = ASIDES_INSIDE_A_SUBJECT[row];
          int part = Math.max(1, whole * share / 100);
          String narrative = "全年新建旅游厕所" + (whole + 9) + "座；其中" + r[0] + "（" + r[1] + part + r[2] + "）"
              + (linked == 1 ? "的" : "") + whole + r[2] + "。";
          Task read = FormsOfWritingTest.extracted("新建旅游厕所50座", narrative);
          assertThat(read.outcome().measures()).as(narrative)
              .anySatisfy(m -> {
                assertThat(m.value()).isEqualByComparingTo(java.math.BigDecimal.valueOf(whole));
                assertThat(m.metric()).isEqualTo(r[0]);
              });
        });
  }

  @Test
  void aHeaderThenAGapOfSpacesThenTheValueIsACell() {
    qt().withExamples(200).forAll(integers().between(1000, 90000), integers().between(-500, 500), integers().between(0, 1))
        .checkAssert((target, offset, verdict) -> {
          String task = "城镇新增就业（人）  " + target;
          int achieved = target + offset;
          String narrative = achieved + "  " + (verdict == 1 ? "完成" : "—  按月统计");
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.targets()).as(task).singleElement().satisfies(t -> {
            assertThat(t.metric()).isEqualTo("城镇新增就业");
            assertThat(t.unit().symbol()).isEqualTo("人");
          });
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).singleElement()
              .satisfies(pair -> assertThat(pair).endsWith("← " + achieved));
        });
  }

  /** The counterexample QuickTheories found to the first worked-out rate: 1.1 of 31.5 is 3.49%, near the 3.0% change. */
  @Test
  void aSignedPercentageIsNeverTheRateWorkedOutFromTheFigureBefore() {
    Task read = FormsOfWritingTest.extracted("高峰拥堵指数≤31.5", "1.1（+3.0%）");
    assertThat(read.outcome().measures()).noneMatch(m -> m.role() == io.github.workreport.Role.COMPLETION_RATE);
    assertThat(FormsOfWritingTest.pairs(read)).singleElement().satisfies(pair -> assertThat(pair).endsWith("← 1.1"));
  }

  /** A narrative's figure with its target in an aside ({@code %s} the figures), and the aside's label. */
  private static final String[][] TARGETS_IN_THE_NARRATIVE = {{"全年实现招商引资到位资金%s亿元", "预期目标"},
      {"全年争取新增专项债券资金%s亿元", "年度目标"}, {"全年启动城中村改造项目%s个", "目标任务："},
      {"完成农村危房改造%s户", "，占年度目标任务"}};

  @Test
  void aTargetInAnAsideAfterTheNarrativesFigureIsATarget() {
    qt().withExamples(200).forAll(integers().between(0, TARGETS_IN_THE_NARRATIVE.length - 1), integers().between(10, 900),
        integers().between(10, 900))
        .checkAssert((row, target, achieved) -> {
          String[] r = TARGETS_IN_THE_NARRATIVE[row];
          String unit = r[0].endsWith("个") ? "个" : r[0].endsWith("户") ? "户" : "亿元";
          String narrative = r[1].startsWith("，占") ? String.format(r[0], achieved) + r[1] + target + unit + "的"
              + (100 * achieved / target) + "%。"
              : String.format(r[0], achieved) + "（" + r[1] + target + unit + "），支持重点项目27个。";
          Task read = FormsOfWritingTest.extracted("招商引资和项目建设提质增效", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative).singleElement()
              .satisfies(pair -> assertThat(pair).contains(" " + target + unit + " ← " + achieved + unit));
        });
  }

  private static final String[] BASES = {"同口径", "可比口径"};

  @Test
  void aBasisInAnAsideTargetNamesNoThing() {
    qt().withExamples(150).forAll(integers().between(0, BASES.length - 1), integers().between(10, 90), integers().between(10, 90))
        .checkAssert((basis, target, achieved) -> {
          String task = "一般公共预算收入（预期目标：" + BASES[basis] + "增长" + FormsOfWritingTest.tenths(target) + "%）";
          String narrative = "完成一般公共预算收入41.26亿元，" + BASES[basis] + "增长" + FormsOfWritingTest.tenths(achieved) + "%。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.targets()).as(task).singleElement().satisfies(t -> assertThat(t.metric()).isEqualTo("一般公共预算收入"));
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).singleElement()
              .satisfies(pair -> assertThat(pair).endsWith("← " + FormsOfWritingTest.tenths(achieved) + "%"));
        });
  }

  @Test
  void aBareFigureAboveAHundredIsARatioOfTheOrderOfItsTarget() {
    qt().withExamples(150).forAll(integers().between(101, 300), integers().between(-100, 100))
        .checkAssert((target, offset) -> {
          int achieved = Math.max(1, target + offset);
          String task = "政府综合债务率｜%｜控制在" + target + "以内";
          String narrative = achieved + ".6｜-4.7个百分点｜";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().satisfies(pair -> assertThat(pair).endsWith("← " + achieved + ".6%"));
        });
  }

  /** An indicator with its unit, and the labels of a slashed pair. */
  private static final String[][] SLASHED_PAIRS = {{"高校毕业生留岱就业创业（万人）", "目标／完成："}, {"人才公寓（套）", "目标/完成:"},
      {"产教融合型企业（家）", "目标值／完成值："}};

  @Test
  void aTargetAndItsFigureGivenAsSlashedPairsAreATargetAndItsFigure() {
    qt().withExamples(200).forAll(integers().between(0, SLASHED_PAIRS.length - 1), integers().between(10, 900),
        integers().between(10, 900), integers().between(0, 1))
        .checkAssert((row, target, achieved, spaced) -> {
          String[] r = SLASHED_PAIRS[row];
          String slash = spaced == 1 ? " ／ " : "／";
          String narrative = r[1] + target + slash + achieved + "；完成率" + (100 * achieved / target) + "%";
          Task read = FormsOfWritingTest.extracted(r[0], narrative);
          String unit = r[0].substring(r[0].indexOf('（') + 1, r[0].indexOf('）'));
          assertThat(FormsOfWritingTest.pairs(read)).as(r[0] + " ‖ " + narrative).singleElement()
              .satisfies(pair -> assertThat(pair).contains(" " + target + unit + " ← " + achieved));
          assertThat(read.outcome().measures()).allSatisfy(m -> assertThat(m.text()).doesNotContain("\u200b"));
        });
  }

  /** A header with its unit, and the labels of a list of values after it. */
  private static final String[][] LABELLED_LISTS = {{"农民合作社示范社（家）　目标：", "国家级", "省级", "市级"},
      {"美丽乡村示范村（个）：", "省级", "市级", "县级"}, {"重点工业项目（个）：", "开工", "投产", "达产"}};

  @Test
  void aCellsListOfLabelledValuesIsOneTargetPerLabel() {
    qt().withExamples(200).forAll(integers().between(0, LABELLED_LISTS.length - 1), integers().between(1, 60),
        integers().between(1, 60), integers().between(1, 60))
        .checkAssert((row, first, second, third) -> {
          String[] r = LABELLED_LISTS[row];
          String task = r[0] + r[1] + first + "、" + r[2] + second + "、" + r[3] + third;
          Task read = FormsOfWritingTest.extracted(task, "按计划推进。");
          String unit = r[0].substring(r[0].indexOf('（') + 1, r[0].indexOf('）'));
          assertThat(read.targets()).as(task).extracting(t -> t.metric() + t.quantity().format())
              .containsExactly(r[1] + first + unit, r[2] + second + unit, r[3] + third + unit);
        });
  }

  @Test
  void aTargetAndItsFigureEachAfterItsLabelInTheNarrativeAreATargetAndItsFigure() {
    qt().withExamples(200).forAll(integers().between(500, 990), integers().between(-50, 50), integers().between(0, 2))
        .checkAssert((target, offset, form) -> {
          String goal = FormsOfWritingTest.tenths(target);
          String achieved = FormsOfWritingTest.tenths(Math.min(1000, target + offset));
          String narrative = new String[] {"目标值 ≥" + goal + " 完成值 " + achieved, "目标值：" + goal + "，完成值：" + achieved,
              "年度目标 " + goal + " 实绩 " + achieved + " 备注 按月通报"}[form];
          Task read = FormsOfWritingTest.extracted("适龄儿童免疫规划疫苗接种率（%）", narrative);
          assertThat(read.targets()).as(narrative).singleElement().satisfies(t -> {
            assertThat(t.metric()).isEqualTo("适龄儿童免疫规划疫苗接种率");
            assertThat(t.value()).isEqualByComparingTo(new java.math.BigDecimal(goal));
          });
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative).singleElement()
              .satisfies(pair -> assertThat(new java.math.BigDecimal(pair.substring(pair.indexOf("← ") + 2, pair.length() - 1)))
                  .isEqualByComparingTo(new java.math.BigDecimal(achieved)));
        });
  }

  @Test
  void aCountOfNoneOfARatesEventsIsARateOfNothing() {
    qt().withExamples(100).forAll(integers().between(5, 30), integers().between(1000, 9000), integers().between(0, 1))
        .checkAssert((ceiling, births, classifier) -> {
          String task = "孕产妇死亡率控制在" + ceiling + "/10万以内";
          String narrative = "1-10月全县活产" + births + "人，孕产妇死亡0" + (classifier == 1 ? "例" : "人") + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().satisfies(pair -> assertThat(pair).endsWith("← 0/10万"));
        });
  }

  @Test
  void aRowOfBareValuesAnswersTheTargetsInOrder() {
    qt().withExamples(200).forAll(integers().between(1, 30), integers().between(1, 30), integers().between(1, 30),
        integers().between(0, 2))
        .checkAssert((first, second, achievedSecond, separator) -> {
          String task = "新建“枫桥式”派出所（个）：" + first + "；培育县级“枫桥式”调解组织（个）：" + second;
          String narrative = "实际值：" + first + new String[] {"；", " ‖ ", " | "}[separator] + achievedSecond;
          List<String> pairs = FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative));
          assertThat(pairs).as(task + " ‖ " + narrative).hasSize(2);
          assertThat(pairs.get(0)).as(task + " ‖ " + narrative).endsWith("← " + first + "个");
          assertThat(pairs.get(1)).as(task + " ‖ " + narrative).endsWith("← " + achievedSecond + "个");
        });
  }
}
