package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Task;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms found by the twelfth and thirteenth rounds of probing (the probe tables prefixed n, o and p),
 * written against the reader of 9b976f2 and after. Dates: a change from an old level that names its year
 * (由2022年的66.2%提高到69.4%) lost the new level as a figure of that year, and a share of an earlier year
 * (恢复到2019年同期的74.1%) was dropped the same way; of running totals at several dates (三季度累计…；截至目前
 * 累计…) the quarter's won. Last year: its level in a task's aside (（上年为86%）) was a target, its column in a
 * narrative (上年：94.0%) a figure of this year. Kinds and units: money per month against money per year was
 * compared as it stood; a bare figure of a rate or an index (死亡率为0.043) was a count; a level as last year's
 * (与上年持平) was no change of points; a change counted in dollars (以美元计) answered a target in yuan, and a
 * figure converted in an aside (约合人民币) lost its subject. Subjects: a growth after a budget's share or on
 * a basis (为调整预算的100.7%，同口径增长8.3%) and a change or 其中 part after a share of the plan took the
 * share's subject; a change after a clause naming what changes (…收入稳步提高，增长10.5%以上) had none. Which
 * figure answers: none of a grade of accidents answered a ceiling on all deaths; a revision from an old
 * figure (由100亿元调减为80亿元) was a stock; the total cost of projects brought in (协议总投资) was no target; a
 * figure named as the target was summed with another beside it, and a stock after the new ones (全市…达到53家)
 * called a sum of parts off; two kinds joined by 和 were not answered by their parts in their own words; the
 * built-up area (建成区) was work done; 另1条 and 剩余…已全部脱贫 were read the wrong way round; the new ones since
 * the year's start (比年初新增) had no subject; of a year's target and one over five years the wrong one took
 * the year's change; the level a whole place reached (全区…达到2550吨/日) answered a target of new capacity.
 * And 住房和城乡建设局 made 住房和城乡 a place.
 */
class TwelfthRoundFormsTest {

  private static String tenths(int n) {
    return new BigDecimal(n).movePointLeft(1).toPlainString();
  }

  private static final String[] DATED_OLD_LEVELS = {"由%d年的", "从%d年底的", "由%d年末的", "由%d年"};

  @Test
  void aDateOnTheOldLevelLeavesTheNewLevelThisYears() {
    qt().withExamples(300).forAll(integers().between(0, DATED_OLD_LEVELS.length - 1), integers().between(2010, 2019),
        integers().between(300, 990), integers().between(1, 90))
        .checkAssert((form, year, old, rise) -> {
          String task = "城市生活污水集中收集率提高到70%以上。";
          String now = tenths(old + rise);
          String narrative = "城市生活污水集中收集率" + String.format(DATED_OLD_LEVELS[form], year) + tenths(old) + "%提高到" + now + "%。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("LEVEL AT_LEAST 70% ← " + new BigDecimal(now).stripTrailingZeros().toPlainString() + "%");
          // a level of that year alone is still that year's, not this one's
          String before = year + "年城市生活污水集中收集率达到" + tenths(old) + "%。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, before))).as(task + " ‖ " + before)
              .containsExactly("LEVEL AT_LEAST 70% ← -");
        });
  }

  private static final String[] GRADES = {"较大", "重大", "特别重大", "较大以上", "较大及以上"};

  @Test
  void noneOfAGradeOfAccidentsIsNotNoneOfAllTheirDead() {
    qt().withExamples(300).forAll(integers().between(0, GRADES.length - 1), integers().between(1, 40),
        integers().between(1, 60), integers().between(1, 2))
        .checkAssert((grade, ceiling, dead, order) -> {
          String task = "生产安全事故死亡人数控制在" + ceiling + "人以内。";
          String counted = "全年发生生产安全事故" + (dead + 3) + "起、死亡" + dead + "人";
          String none = "未发生" + GRADES[grade] + "生产安全事故";
          String narrative = order == 1 ? counted + "，" + none + "。" : none + "，" + counted + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("COUNT AT_MOST " + ceiling + "人 ← " + dead + "人");
          // a ceiling on the grade itself is answered by none of it
          String ofTheGrade = GRADES[grade] + "生产安全事故控制在" + ceiling + "起以内。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(ofTheGrade, narrative))).as(ofTheGrade + " ‖ " + narrative)
              .containsExactly("COUNT AT_MOST " + ceiling + "起 ← 0起");
        });
  }

  private static final String[][] RUNNING_THINGS = {{"营造林", "万亩"}, {"老旧小区改造", "个"}, {"农村公路建设", "公里"}};
  private static final String[] MIDDLE_DATES = {"三季度，组织集中攻坚，累计完成", "三季度累计完成", "截至9月底，累计完成", "前三季度累计完成"};
  private static final String[] LATEST_DATES = {"截至目前，全县累计完成", "截至目前累计完成", "截止目前，累计完成", "截至12月底累计完成"};

  @Test
  void ofRunningTotalsAtSeveralDatesTheLatestAnswers() {
    qt().withExamples(300).forAll(integers().between(0, RUNNING_THINGS.length - 1), integers().between(0, MIDDLE_DATES.length - 1),
        integers().between(0, LATEST_DATES.length - 1), integers().between(10, 500))
        .checkAssert((thing, middle, latest, first) -> {
          String[] t = RUNNING_THINGS[thing];
          int target = first * 2;
          String task = "全年完成" + t[0] + target + t[1] + "。";
          String narrative = "上半年，完成" + t[0] + first + t[1] + "；" + MIDDLE_DATES[middle] + t[0] + (first + first / 2) + t[1]
              + "；" + LATEST_DATES[latest] + t[0] + (target + 7) + t[1] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().asString().endsWith("← " + (target + 7) + t[1]);
        });
  }

  private static final String[] PROMOTION = {"协议总投资%d亿元以上", "签约项目协议总投资不低于%d亿元", "引进项目总投资%d亿元以上",
      "新签约项目总投资超过%d亿元"};

  @Test
  void theTotalCostOfProjectsBroughtInIsATarget() {
    qt().withExamples(200).forAll(integers().between(0, PROMOTION.length - 1), integers().between(10, 900),
        integers().between(-50, 50))
        .checkAssert((form, target, off) -> {
          String task = "全年签约项目80个，" + String.format(PROMOTION[form], target) + "。";
          int reached = Math.max(1, target + off);
          String narrative = "全年签约项目86个，协议总投资" + reached + "亿元。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY 80个 ← 86个", "AMOUNT AT_LEAST " + target + "亿元 ← " + reached + "亿元");
          // a project's own size is no target of the year
          String size = "建设城北污水处理厂，总投资" + target + "亿元。";
          assertThat(FormsOfWritingTest.extracted(size, narrative).targets()).as(size).isEmpty();
        });
  }

  @Test
  void aChangeAfterAShareOfThePlanIsOfTheFigureBeforeIt() {
    qt().withExamples(200).forAll(integers().between(100, 900), integers().between(60, 130), integers().between(-30, 150))
        .checkAssert((amount, share, growth) -> {
          String change = tenths(growth);
          String task = "完成固定资产投资" + amount + "亿元，增长10%以上。";
          String narrative = "全年完成固定资产投资" + (amount * share / 100) + "亿元，完成年度计划的" + share + "%，同比增长" + change + "%。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("AMOUNT EXACTLY " + amount + "亿元 ← " + (amount * share / 100) + "亿元",
                  "GROWTH AT_LEAST 10% ← " + new BigDecimal(change).stripTrailingZeros().toPlainString() + "%");
        });
  }

  @Test
  void aBreakdownAfterAShareOfThePlanIsOfTheFigureBeforeIt() {
    qt().withExamples(200).forAll(integers().between(30, 90), integers().between(10, 29), integers().between(60, 130))
        .checkAssert((whole, part, share) -> {
          String task = "开展补贴性职业技能培训" + whole + "万人次以上，其中培训农民工不少于" + part + "万人次。";
          String done = tenths(whole * share / 10);
          String narrative = "全年开展补贴性职业技能培训" + done + "万人次，完成年度任务的" + share + "%，其中农民工" + (part - 3) + "万人次。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("COUNT AT_LEAST " + whole + "万人次 ← " + new BigDecimal(done).stripTrailingZeros().toPlainString() + "万人次",
                  "COUNT AT_LEAST " + part + "万人次 ← " + (part - 3) + "万人次");
        });
  }

  /** A target's standard per a span, the narrative's per another, and how many of each span a year holds. */
  private static final String[][] SPANS = {{"每人每月%d元", "每人每年%s元", "12", "1"}, {"每人每年%d元", "每人每月%s元", "1", "12"},
      {"%d元/人·月", "%s元/人·年", "12", "1"}, {"每人每季度%d元", "每人每年%s元", "4", "1"}};

  @Test
  void moneyPerAnotherSpanOfTimeIsAnsweredInTheTargetsSpan() {
    qt().withExamples(300).forAll(integers().between(0, SPANS.length - 1), integers().between(10, 200),
        integers().between(80, 120))
        .checkAssert((form, dozens, percent) -> {
          String[] f = SPANS[form];
          int standard = dozens * 12;
          int reached = standard * percent / 100 / 12 * 12; // a year's figure a month's holds whole
          String said = new BigDecimal(reached).multiply(new BigDecimal(f[2])).divide(new BigDecimal(f[3])).toPlainString();
          String task = "农村低保平均标准提高到" + String.format(f[0], standard) + "以上。";
          String narrative = "全年农村低保平均标准达到" + String.format(f[1], said) + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().asString().endsWith("← " + reached + "元");
          // the same span on both sides, or a span on one side only, is read as written
          String same = "全年农村低保平均标准达到" + String.format(f[0], reached) + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, same))).as(task + " ‖ " + same)
              .singleElement().asString().endsWith("← " + reached + "元");
          String bare = "全年农村低保平均标准提高到" + said + "元。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, bare))).as(task + " ‖ " + bare)
              .singleElement().asString().endsWith("← " + said + "元");
        });
  }

  private static final String[] REVISIONS = {"年度目标由%d亿元调减为%d亿元，", "经省政府同意将年度目标由%d亿元调整为%d亿元；",
      "新增发放创业担保贷款目标由%d亿元调整为%d亿元，", "新增发放创业担保贷款由%d亿元调减为%d亿元，"};

  @Test
  void aTargetRevisedFromItsOldFigureIsJudgedByTheNewOne() {
    qt().withExamples(200).forAll(integers().between(0, REVISIONS.length - 1), integers().between(50, 200),
        integers().between(50, 90), integers().between(90, 130))
        .checkAssert((form, target, cut, done) -> {
          int revised = target * cut / 100;
          int reached = revised * done / 100;
          String task = "新增发放创业担保贷款" + target + "亿元。";
          String narrative = String.format(REVISIONS[form], target, revised) + "全年新增发放创业担保贷款" + reached + "亿元。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.matches()).as(task + " ‖ " + narrative).singleElement().satisfies(m -> {
            assertThat(m.revision()).isPresent();
            assertThat(read.outcome().measures().get(m.revision().getAsInt()).value()).isEqualByComparingTo(new BigDecimal(revised));
            assertThat(read.outcome().measures().get(m.measure().getAsInt()).value()).isEqualByComparingTo(new BigDecimal(reached));
          });
        });
  }

  private static final String[] CONVERSIONS = {"约合人民币", "折合人民币", "约合", "折合"};

  @Test
  void aFigureConvertedInAnAsideIsTheFigureBeforeIt() {
    qt().withExamples(200).forAll(integers().between(0, CONVERSIONS.length - 1), integers().between(100, 900),
        integers().between(80, 130), integers().between(1, 99))
        .checkAssert((form, target, percent, growth) -> {
          int yuan = target * percent / 100;
          String task = "外贸进出口总额达到" + target + "亿元，增长5%以上。";
          String narrative = "全年完成进出口总额" + tenths(yuan * 10 / 7) + "亿美元（" + CONVERSIONS[form] + yuan + "亿元），同比增长"
              + tenths(growth) + "%。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("AMOUNT EXACTLY " + target + "亿元 ← " + yuan + "亿元",
                  "GROWTH AT_LEAST 5% ← " + new BigDecimal(tenths(growth)).stripTrailingZeros().toPlainString() + "%");
        });
  }

  @Test
  void aChangeCountedInDollarsIsNoChangeOfATargetInYuan() {
    qt().withExamples(200).forAll(integers().between(1, 150), integers().between(1, 150), integers().between(0, 1))
        .checkAssert((yuan, dollars, order) -> {
          String task = "出口总额增长6%以上。";
          String inYuan = "全年实现出口总额186.2亿元，同比增长" + tenths(yuan) + "%";
          String inDollars = "以美元计，出口总额26.4亿美元，同比增长" + tenths(dollars) + "%";
          String narrative = (order == 0 ? inYuan + "；" + inDollars : inDollars + "；" + inYuan) + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("GROWTH AT_LEAST 6% ← " + new BigDecimal(tenths(yuan)).stripTrailingZeros().toPlainString() + "%");
        });
  }

  @Test
  void theBuiltUpAreaIsNoWorkDone() {
    qt().withExamples(200).forAll(integers().between(5, 30), integers().between(3, 40), integers().between(20, 90))
        .checkAssert((target, done, total) -> {
          String task = "新增海绵城市达标面积" + tenths(target) + "平方公里。";
          String narrative = "完成：" + tenths(done) + "平方公里；累计：建成区达标面积" + total + "平方公里。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("AMOUNT EXACTLY " + new BigDecimal(tenths(target)).stripTrailingZeros().toPlainString() + "平方公里 ← "
                  + new BigDecimal(tenths(done)).stripTrailingZeros().toPlainString() + "平方公里");
          assertThat(Metrics.work("建成区达标面积")).as("建成区").isZero();
        });
  }

  @Test
  void lastYearsColumnIsNoFigureOfThisYear() {
    qt().withExamples(200).forAll(integers().between(800, 999), integers().between(800, 999), integers().between(0, 1),
        integers().between(0, 1))
        .checkAssert((now, before, order, label) -> {
          String task = "县城污水处理率达到96%以上。";
          String mine = (label == 0 ? "实绩：" : "完成：") + tenths(now) + "%";
          String last = (label == 0 ? "上年：" : "去年：") + tenths(before) + "%";
          String narrative = (order == 0 ? mine + "；" + last : last + "；" + mine) + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("LEVEL AT_LEAST 96% ← " + new BigDecimal(tenths(now)).stripTrailingZeros().toPlainString() + "%");
        });
  }

  private static final String[][] BESIDE = {{"新增恢复灌溉面积", "改善灌溉面积", "亩"}, {"新建公厕", "改造提升公厕", "座"},
      {"新增城市绿地", "提升改造绿地", "公顷"}};

  @Test
  void aFigureNamedAsTheTargetIsItsOwnNotAPartBesideAnother() {
    qt().withExamples(200).forAll(integers().between(0, BESIDE.length - 1), integers().between(10, 900),
        integers().between(10, 900))
        .checkAssert((row, own, other) -> {
          String[] b = BESIDE[row];
          String task = b[0] + "1000" + b[2] + "。";
          String narrative = b[0] + own + b[2] + "，" + b[1] + other + b[2] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().asString().endsWith("← " + own + b[2]);
        });
  }

  private static final String[] BARE_LEVELS = {"亿元GDP生产安全事故死亡率", "万台事故率", "综合指数", "基尼系数"};

  @Test
  void aBareFigureOfARateOrAnIndexIsALevel() {
    qt().withExamples(200).forAll(integers().between(0, BARE_LEVELS.length - 1), integers().between(1, 99),
        integers().between(0, 120), integers().between(0, 1))
        .checkAssert((name, ceiling, reached, zero) -> {
          String bound = "0." + String.format("%02d", ceiling);
          String value = zero == 1 ? "0" : new BigDecimal(reached).movePointLeft(3).toPlainString();
          String task = BARE_LEVELS[name] + "控制在" + bound + "以内。";
          String narrative = "全年" + BARE_LEVELS[name] + "为" + value + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("LEVEL AT_MOST " + new BigDecimal(bound).stripTrailingZeros().toPlainString() + " ← "
                  + new BigDecimal(value).stripTrailingZeros().toPlainString());
          // a task to have none of a count sets no bare target of nothing
          String none = "全区零就业家庭户数为0。";
          assertThat(FormsOfWritingTest.extracted(none, narrative).targets()).as(none).isEmpty();
        });
  }

  private static final String[] LAST_YEARS = {"（上年为%s%%）", "（去年%s%%）", "，上年为%s%%", "（上年同期%s%%）"};

  @Test
  void lastYearsLevelBesideATargetIsNoTarget() {
    qt().withExamples(200).forAll(integers().between(0, LAST_YEARS.length - 1), integers().between(500, 999),
        integers().between(1, 99))
        .checkAssert((form, last, rise) -> {
          String target = tenths(Math.min(1000, last + rise));
          String task = "农村生活污水治理覆盖率达到" + target + "%" + String.format(LAST_YEARS[form], tenths(last)) + "。";
          assertThat(FormsOfWritingTest.extracted(task, "覆盖率为99%。").targets()).as(task)
              .singleElement().satisfies(t -> assertThat(t.value()).isEqualByComparingTo(new BigDecimal(target)));
          // compared with last year, the figure is the target
          String compared = "农村生活污水治理覆盖率比上年提高" + tenths(rise) + "个百分点。";
          assertThat(FormsOfWritingTest.extracted(compared, "覆盖率为99%。").targets()).as(compared).hasSize(1);
        });
  }

  private static final String[] OLD_LEVEL_DATES = {"%d年的", "%d年底的", "上年的", "上年末的", "去年的"};

  @Test
  void aChangeInPointsFromADatedOldLevelIsTheirDifference() {
    qt().withExamples(200).forAll(integers().between(0, OLD_LEVEL_DATES.length - 1), integers().between(100, 500),
        integers().between(1, 40))
        .checkAssert((form, old, rise) -> {
          String task = "非化石能源消费比重提高1个百分点以上。";
          String narrative = "非化石能源消费比重由" + String.format(OLD_LEVEL_DATES[form], 2019) + tenths(old) + "%提高到"
              + tenths(old + rise) + "%。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("GROWTH AT_LEAST 1个百分点 ← " + new BigDecimal(tenths(rise)).stripTrailingZeros().toPlainString()
                  + "个百分点");
        });
  }

  @Test
  void aLevelAsLastYearsIsAChangeOfNoPoints() {
    qt().withExamples(200).forAll(integers().between(1, 30), integers().between(1, 500), integers().between(0, 1),
        integers().between(1, 99))
        .checkAssert((fall, level, base, growth) -> {
          String task = "重度及以上污染天数比率下降" + tenths(fall) + "个百分点。";
          String narrative = "重度及以上污染天数比率为" + tenths(level) + "%，" + (base == 0 ? "与上年持平" : "同比持平") + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().asString().endsWith("← 0个百分点");
          // a growth rate as last year's is the growth, not a growth of nothing
          String rate = "地区生产总值增长" + tenths(growth) + "%，与上年持平。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("地区生产总值增长5%。", rate))).as(rate)
              .containsExactly("GROWTH EXACTLY 5% ← " + new BigDecimal(tenths(growth)).stripTrailingZeros().toPlainString() + "%");
        });
  }

  private static final String[] BUDGET_QUALIFIERS = {"同口径", "扣除留抵退税因素后同口径", "按可比口径", "剔除一次性因素后"};
  private static final String[] BUDGET_SHARES = {"为调整预算的%d%%，", "完成年初预算的%d%%，", "", "为预算的%d%%，"};

  @Test
  void aGrowthOnABasisAfterABudgetsShareIsTheRevenuesGrowth() {
    qt().withExamples(200).forAll(integers().between(0, BUDGET_QUALIFIERS.length - 1), integers().between(0, BUDGET_SHARES.length - 1),
        integers().between(90, 110), integers().between(1, 150))
        .checkAssert((basis, share, percent, growth) -> {
          String task = "一般公共预算收入增长6%。";
          String narrative = "一般公共预算收入完成207.35亿元，" + String.format(BUDGET_SHARES[share], percent) + BUDGET_QUALIFIERS[basis]
              + "增长" + tenths(growth) + "%，自然口径下降9.7%。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("GROWTH EXACTLY 6% ← " + new BigDecimal(tenths(growth)).stripTrailingZeros().toPlainString() + "%");
          // a share of the general budget's revenue is a share, not a completion rate
          String ratio = "税收收入占一般公共预算收入比重为7" + (growth % 10) + ".4%。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("税收占比达到72%以上。", ratio))).as(ratio)
              .containsExactly("LEVEL AT_LEAST 72% ← 7" + (growth % 10) + ".4%");
        });
  }

  private static final String[] SINCE_THE_YEARS_START = {"比年初新增", "较年初新增", "比年初增加", "比上年末新增"};

  @Test
  void theNewOnesSinceTheYearsStartAnswerATargetOfNewOnes() {
    qt().withExamples(200).forAll(integers().between(0, SINCE_THE_YEARS_START.length - 1), integers().between(100, 900),
        integers().between(50, 150))
        .checkAssert((form, target, percent) -> {
          int added = target * percent / 100;
          String task = "全年新增贷款" + target + "亿元以上。";
          String narrative = "年末贷款余额" + (added * 10 + 7) + "亿元，" + SINCE_THE_YEARS_START[form] + added + "亿元。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("AMOUNT AT_LEAST " + target + "亿元 ← " + added + "亿元");
        });
  }

  private static final String[] OVER_YEARS = {"，“十四五”期间累计下降%s%%", "，五年累计下降%s%%", "，“十四五”期间下降%s%%"};

  @Test
  void aYearsChangeEqualToTheFiveYearFigureStillAnswersTheYearsTarget() {
    // the counterexample the law below found, {0, 0, 10, 50}: the year's 5.0% equals the five-year target
    String task = "单位GDP二氧化碳排放下降1.0%，“十四五”期间累计下降5.0%。";
    assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, "全年单位GDP二氧化碳排放下降5.0%。")))
        .containsExactly("DECLINE EXACTLY 1% ← 5%", "DECLINE EXACTLY 5% ← -");
    // a change said over the years answers the target over the years
    assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, "“十四五”以来单位GDP二氧化碳排放累计下降3.2%。")))
        .containsExactly("DECLINE EXACTLY 1% ← -", "DECLINE EXACTLY 5% ← 3.2%");
  }

  @Test
  void aYearsChangeAnswersTheYearsTargetOverOneOfSeveralYears() {
    qt().withExamples(200).forAll(integers().between(0, OVER_YEARS.length - 1), integers().between(0, 1),
        integers().between(10, 60), integers().between(10, 60))
        .checkAssert((form, order, annual, done) -> {
          String year = "单位GDP二氧化碳排放下降" + tenths(annual) + "%";
          String plan = String.format(OVER_YEARS[form], tenths(annual * 5));
          String task = order == 0 ? year + plan + "。" : "单位GDP二氧化碳排放" + plan.substring(1) + "，年度下降" + tenths(annual) + "%。";
          String narrative = "全年单位GDP二氧化碳排放下降" + tenths(done) + "%。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.matches()).as(task + " ‖ " + narrative).hasSize(2)
              .filteredOn(m -> m.measure().isPresent()).singleElement()
              .satisfies(m -> assertThat(read.targets().get(m.target()).value())
                  .isEqualByComparingTo(new BigDecimal(tenths(annual))));
        });
  }

  private static final String[] SHARES_OF_A_YEAR = {"恢复到%d年的", "恢复到%d年同期的", "恢复至%d年的", "达到%d年同期的"};

  @Test
  void aShareOfAnEarlierYearIsThisYearsFigure() {
    qt().withExamples(200).forAll(integers().between(0, SHARES_OF_A_YEAR.length - 1), integers().between(2015, 2019),
        integers().between(500, 1200), integers().between(0, 1))
        .checkAssert((form, year, share, list) -> {
          String task = list == 0 ? "旅游总收入恢复到2019年的75%以上。" : "全年接待游客人次和旅游总收入分别恢复到2019年的80%和75%以上。";
          String said = String.format(SHARES_OF_A_YEAR[form], year);
          String narrative = list == 0 ? "旅游总收入" + said + tenths(share) + "%。"
              : "全年接待游客2865.3万人次，实现旅游总收入298.7亿元，分别" + said + "82.6%和" + tenths(share) + "%。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .last().asString().endsWith("75% ← " + new BigDecimal(tenths(share)).stripTrailingZeros().toPlainString() + "%");
          // a level of that year alone is still that year's
          String before = year + "年旅游总收入达到" + tenths(share) + "%。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("旅游总收入恢复到2019年的75%以上。", before)))
              .as(before).containsExactly("LEVEL AT_LEAST 75% ← -");
        });
  }

  private static final String[] PENDING = {"已通过初审", "正在创建", "已提交评审材料", "待验收"};

  @Test
  void anotherOfTheThingsStillPendingIsNoPartOfWhatWasDone() {
    qt().withExamples(200).forAll(integers().between(0, PENDING.length - 1), integers().between(2, 30), integers().between(1, 29))
        .checkAssert((state, target, done) -> {
          int made = Math.min(done, target - 1);
          String task = "创建示范街区" + target + "条。";
          String narrative = "创建示范街区" + made + "条，另" + (target - made) + "条" + PENDING[state] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + target + "条 ← " + made + "条");
        });
  }

  @Test
  void theLevelAStockReachedAfterTheNewOnesIsNoneOfThem() {
    qt().withExamples(200).forAll(integers().between(1, 20), integers().between(1, 20), integers().between(40, 90),
        integers().between(0, 1))
        .checkAssert((first, second, stock, verb) -> {
          String task = "新增国家3A级以上旅游景区6家。";
          String narrative = "全年新增国家4A级旅游景区" + first + "家、3A级旅游景区" + second + "家，全市A级旅游景区"
              + (verb == 0 ? "达到" : "总数") + stock + "家。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY 6家 ← " + (first + second) + "家");
        });
  }

  private static final String[] PLACES = {"临江市", "清河县", "东湖区", "云岭镇", "江南省"};
  private static final String[] DEPARTMENTS = {"住房和城乡建设局", "城乡规划局", "乡村振兴局", "农业农村局", "城乡管理委员会"};

  @Test
  void theCountrysideOfADepartmentsNameIsNoPlace() {
    qt().withExamples(100).forAll(integers().between(0, PLACES.length - 1), integers().between(0, DEPARTMENTS.length - 1),
        integers().between(2015, 2030))
        .checkAssert((place, department, year) -> {
          String title = PLACES[place] + DEPARTMENTS[department] + year + "年度重点工作任务完成情况";
          assertThat(ReportTitle.parse(title).jurisdiction()).as(title).contains(PLACES[place]);
        });
  }

  private static final String[] OPENING_CLAUSES = {"%s稳步提高，", "%s增速高于全省平均水平，", "%s持续较快增长，", "%s保持稳定增长，"};

  @Test
  void aChangeAfterAClauseNamingWhatChangesIsOfThatThing() {
    qt().withExamples(200).forAll(integers().between(0, OPENING_CLAUSES.length - 1), integers().between(10, 150),
        integers().between(10, 150))
        .checkAssert((form, target, done) -> {
          String task = String.format(OPENING_CLAUSES[form], "农村居民人均可支配收入") + "增长" + tenths(target) + "%以上。";
          String narrative = "全县农村居民人均可支配收入14258元，增长" + tenths(done) + "%。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("GROWTH AT_LEAST " + new BigDecimal(tenths(target)).stripTrailingZeros().toPlainString() + "% ← "
                  + new BigDecimal(tenths(done)).stripTrailingZeros().toPlainString() + "%");
        });
  }

  private static final String[][] TWO_KINDS = {
      {"新增省级以上科技企业孵化器和众创空间%d家。", "新认定省级科技企业孵化器%d家、省级众创空间%d家，另备案市级众创空间8家。", "家"},
      {"开通定制公交和旅游专线%d条。", "开通定制公交线路%d条、旅游公交专线%d条。", "条"},
      {"招聘特岗教师和公费师范生%d名。", "招聘特岗教师%d名、接收公费师范毕业生%d名。", "名"}};

  @Test
  void twoKindsJoinedByAndAreAnsweredByTheirFiguresInTheirOwnWords() {
    qt().withExamples(200).forAll(integers().between(0, TWO_KINDS.length - 1), integers().between(1, 60), integers().between(1, 60))
        .checkAssert((row, first, second) -> {
          String[] k = TWO_KINDS[row];
          String task = String.format(k[0], first + second + 3);
          String narrative = String.format(k[1], first, second);
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().asString().endsWith("← " + (first + second) + k[2]);
        });
  }

  @Test
  void theLevelAWholePlaceReachedIsNoNewCapacity() {
    qt().withExamples(200).forAll(integers().between(100, 900), integers().between(80, 120), integers().between(1000, 3000),
        integers().between(0, 1))
        .checkAssert((target, percent, before, form) -> {
          int added = target * percent / 100;
          String task = "新增生活垃圾处理能力" + target + "吨/日。";
          String total = form == 0 ? "全区生活垃圾日处理能力由" + before + "吨提升至" + (before + added) + "吨"
              : "全区生活垃圾处理能力达到" + (before + added) + "吨/日";
          String narrative = "新增处理能力" + added + "吨/日，" + total + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("LEVEL EXACTLY " + target + "吨/日 ← " + added + "吨/日");
          // the total alone answers no target of new capacity
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, total + "。"))).as(task + " ‖ " + total)
              .containsExactly("LEVEL EXACTLY " + target + "吨/日 ← -");
          // but a share reached from an old one answers the share a target raises it to
          String share = "高新技术产业增加值占规模以上工业增加值比重由上年的39.6%提高到4" + (percent % 10) + ".2%。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("高新技术产业增加值占规模以上工业增加值比重提高到42%。", share)))
              .as(share).containsExactly("LEVEL EXACTLY 42% ← 4" + (percent % 10) + ".2%");
        });
  }

  private static final String[] REMAINDERS_DONE = {"已全部脱贫", "已实现脱贫", "已全部完成脱贫退出"};
  private static final String[] REMAINDERS_RUNNING = {"正在办理退出", "明年完成退出", "尚未退出"};

  @Test
  void theRemainderSaidDoneIsWorkDone() {
    qt().withExamples(200).forAll(integers().between(0, REMAINDERS_DONE.length - 1), integers().between(0, REMAINDERS_RUNNING.length - 1),
        integers().between(100, 2000))
        .checkAssert((done, running, people) -> {
          String task = "全年贫困人口脱贫" + (people + 35) + "人。";
          String said = "剩余贫困人口" + (people / 3) + "户" + people + "人" + REMAINDERS_DONE[done] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, said))).as(task + " ‖ " + said)
              .containsExactly("COUNT EXACTLY " + (people + 35) + "人 ← " + people + "人");
          // what remains to do is still no work done
          String left = "剩余贫困人口" + (people / 3) + "户" + people + "人" + REMAINDERS_RUNNING[running] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, left))).as(task + " ‖ " + left)
              .containsExactly("COUNT EXACTLY " + (people + 35) + "人 ← -");
        });
  }
}
